# currency_names_scaled.lex - currency names that are money only after a
# magnitude ("361 million pounds", "2 billion marks"): without one,
# "200 pounds" is usually a weight and "5 marks" a grade.
pound	GBP
pounds	GBP
mark	DEM
marks	DEM
real	BRL
reals	BRL
