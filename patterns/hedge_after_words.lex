# hedge_after_words.lex - qualifiers after a figure ("or more", "or so",
# "plus").
more
so
less
fewer
plus
