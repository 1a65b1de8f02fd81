# harm_words.lex - what happens to casualties: a troop count in a sentence
# with one of these may be a count of the dead or wounded, which
# exclude.rules (troop-casualties) then removes.
killed
killing
wounded
wounding
injured
injuring
hurt
dead
died
missing
captured
capturing
kidnapped
kidnapping
hostage
executed
executing
lost
losing
