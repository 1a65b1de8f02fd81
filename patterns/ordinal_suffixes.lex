# ordinal_suffixes.lex - what follows the digits of an ordinal ("3rd").
st
nd
rd
th
