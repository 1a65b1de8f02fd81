# per_words.lex - words that make a figure a yearly amount ("a year",
# "annually", "each year", "per annum"); the cue for per.rules.
year
annual
annually
yearly
annum
p.a.
