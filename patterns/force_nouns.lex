# force_nouns.lex - what an "N-strong" describes when it is a military
# force ("a 12,000-strong force"; "a 300-strong crowd" is not).
force
army
contingent
garrison
troops
military
deployment
brigade
division
battalion
regiment
unit
mission
presence
corps
coalition
