# magnitudes.lex - scale words after a number ("5 billion", "3.9bn"), with
# the factor. Rules allow a space before them. Single letters ("5m",
# "10k") are in magnitude_letters.lex because they must be glued to the
# number.
thousand	1000
million	1000000
mn	1000000
mln	1000000
mil	1000000
billion	1000000000
bn	1000000000
bln	1000000000
trillion	1000000000000
tn	1000000000000
trn	1000000000000
tln	1000000000000
lakh	100000
lakhs	100000
lac	100000
crore	10000000
crores	10000000
