# annual_words.lex - adjectives and adverbs of yearly amounts ("annual
# fee", "annually"): the cue of per rules that need one of them.
annual
annually
yearly
annum
p.a.
a-year
