# troop_subjects.lex - phrases that a bare number after "to"/"from" counts
# ("cut troop levels from 34,500 to 25,000").
troop level
troop levels
troop number
troop numbers
troop presence
troop strength
troop deployment
troop deployments
force level
force levels
garrison
garrisons
contingent
contingents
rotational force
reserve force
reserve forces
task force
expeditionary force
standing army
