# troop_roles.lex - people a force is made of who are not troops by the
# word alone ("150 Dutch instructors" of a training mission, not of a
# school): counted only in a sentence about the military
# (MILITARY_CONTEXT in troops.rules).
instructors
military instructors
trainers
military trainers
advisers
advisors
military advisers
military advisors
officers
pilots
crewmen
crew members
medics
cadets
recruits
