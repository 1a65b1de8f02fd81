# age_words.lex - words around an age ("aged 45", "a 45-year-old").
aged
age
ages
old
olds
