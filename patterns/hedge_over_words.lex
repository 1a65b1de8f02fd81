# hedge_over_words.lex - "over"/"under" as qualifiers (hedges.rules).
over
under
