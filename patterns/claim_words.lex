# claim_words.lex - one canonical word for the words that name the same
# thing counted, so that two outlets' wordings of one claim share a word
# (docs/conflicts.md). Fields: WORD<TAB>CANONICAL. Case-insensitive.
# Plurals are folded before the lookup ("soldiers" -> "soldier").

# Military personnel, however the outlet calls them.
troop	troop
soldier	troop
serviceman	troop
servicewoman	troop
servicemember	troop
service member	troop
personnel	troop
sailor	troop
marine	troop
airman	troop
paratrooper	troop
force	troop
forces	troop
guardsman	troop
conscript	troop
reservist	reservist
peacekeeper	peacekeeper
instructor	instructor
trainer	instructor
adviser	adviser
advisor	adviser
recruit	recruit

# Changes of a level.
rise	increase
raise	increase
hike	increase
boost	increase
growth	increase
jump	increase
gain	increase
cut	decrease
reduction	decrease
fall	decrease
drop	decrease
decline	decrease

# Money given or paid.
payment	payment
fee	fee
charge	fee
assistance	aid
support	aid
relief	relief
defense	defence
