# troop_nouns_weak.lex - nouns that count troops only after a modifier
# ("2,500 U.S. forces", "300 military personnel"), not alone ("3,000
# personnel" of a hospital).
forces
personnel
