# magnitude_letters.lex - one- and two-letter scales written right after a
# number: "$5m", "£10k", "$3B", "$2mm" (finance for million).
k	1000
K	1000
m	1000000
M	1000000
mm	1000000
MM	1000000
b	1000000000
B	1000000000
