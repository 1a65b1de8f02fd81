# clock_words.lex - what marks a time of day ("5 p.m.", "10:30", "9am").
a.m.
p.m.
am
pm
GMT
ET
:
