# numbers.lex - number words and their values.
# Read by the number parser (src/amount.c): a word below 100 adds to the
# group being built, "hundred" multiplies it ("three hundred"); words such
# as "thousand" and "million" are in magnitudes.lex. "a"/"an" count as one
# where a rule allows them ("a billion dollars").
# Also the words that make a sentence worth trying word rules on.
zero	0
one	1
two	2
three	3
four	4
five	5
six	6
seven	7
eight	8
nine	9
ten	10
eleven	11
twelve	12
thirteen	13
fourteen	14
fifteen	15
sixteen	16
seventeen	17
eighteen	18
nineteen	19
twenty	20
thirty	30
forty	40
fifty	50
sixty	60
seventy	70
eighty	80
ninety	90
hundred	100
