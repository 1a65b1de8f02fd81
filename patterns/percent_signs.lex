# percent_signs.lex - what makes a number a percentage ("8.3%", "40
# percent", "40 per cent", "2 percentage points"). percent.rules uses it,
# and it is the cue that lets percentage rules run on a sentence.
%
％
percent
per cent
pct
percentage
percentage point
percentage points
percents
