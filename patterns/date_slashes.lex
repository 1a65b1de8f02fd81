# date_slashes.lex - the separator of numeric dates ("11/21/2019").
/
