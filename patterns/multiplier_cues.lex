# multiplier_cues.lex - words that make multiplier rules worth running on
# a sentence ("five times", "10-fold", "5x"); the one-word multipliers
# themselves are in multipliers.lex.
times
fold
x
