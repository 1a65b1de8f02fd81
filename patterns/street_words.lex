# street_words.lex - street names after a house number ("10 Downing
# Street").
Street
St.
Avenue
Ave.
Road
Rd.
Boulevard
Blvd.
Lane
Drive
Square
