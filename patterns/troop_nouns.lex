# troop_nouns.lex - nouns that are military personnel by themselves: a
# number right before them (with troop_modifiers.lex words between) is a
# head count. Also the cue that lets troop rules run on a sentence.
troops
soldiers
servicemen
servicewomen
service members
servicemembers
service personnel
military personnel
defense personnel
defence personnel
army personnel
marines
sailors
airmen
paratroopers
peacekeepers
reservists
guardsmen
commandos
conscripts
infantrymen
special forces
special operations forces
combat forces
ground forces
military forces
armed forces
coalition forces
boots on the ground
