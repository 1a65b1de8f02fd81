# fractions.lex - fractions before a magnitude: "a quarter of a billion
# dollars", "half a million", "one and a half million".
half	0.5
a half	0.5
one half	0.5
quarter	0.25
a quarter	0.25
one quarter	0.25
three quarters	0.75
three-quarters	0.75
