# predicates.lex - what a figure's clause says is done with the quantity.
# Fields: WORD<TAB>CLASS<TAB>KINDS. CLASS names the predicate class that
# goes into a figure's key; KINDS lists the figure kinds it applies to
# (money, troops, percent, multiplier). Matching is case-insensitive and
# whole-word; multi-word entries allowed. See docs/keys.md.

# --- demand: an amount asked of someone -------------------------------
demand	demand	money,multiplier
demands	demand	money,multiplier
demanded	demand	money,multiplier
demanding	demand	money,multiplier
ask	demand	money,multiplier
asks	demand	money,multiplier
asked	demand	money,multiplier
asking	demand	money,multiplier
asking for	demand	money,multiplier
request	demand	money,multiplier
requested	demand	money,multiplier
requesting	demand	money,multiplier
seek	demand	money,multiplier
seeks	demand	money,multiplier
seeking	demand	money,multiplier
sought	demand	money,multiplier
want	demand	money,multiplier
wants	demand	money,multiplier
wanted	demand	money,multiplier
push for	demand	money,multiplier
pushes for	demand	money,multiplier
pushed for	demand	money,multiplier
pushing for	demand	money,multiplier
pushed	demand	money,multiplier
pressed	demand	money,multiplier
insist	demand	money,multiplier
insisted	demand	money,multiplier
call for	demand	money,multiplier
called for	demand	money,multiplier
calls for	demand	money,multiplier

# --- pay: what someone pays or contributes ----------------------------
pay	pay	money,percent,multiplier
pays	pay	money,percent,multiplier
paid	pay	money,percent,multiplier
paying	pay	money,percent,multiplier
payment	pay	money,percent,multiplier
payments	pay	money,percent,multiplier
contribute	pay	money,percent,multiplier
contributes	pay	money,percent,multiplier
contributed	pay	money,percent,multiplier
contributing	pay	money,percent,multiplier
contribution	pay	money,percent,multiplier
contributions	pay	money,percent,multiplier
commit	pay	money
commits	pay	money
committed	pay	money
fund	pay	money,percent
funds	pay	money,percent
funded	pay	money,percent
cover	pay	money,percent
covers	pay	money,percent
covered	pay	money,percent
fee	pay	money
fees	pay	money

# --- spending: what someone spends on its own account -----------------
spend	spending	money
spends	spending	money
spent	spending	money
spending	spending	money
expenditure	spending	money

# --- cost --------------------------------------------------------------
cost	cost	money
costs	cost	money
costing	cost	money
price	cost	money
price tag	cost	money
bill	cost	money
expense	cost	money
expenses	cost	money

# --- aid, loans, packages ---------------------------------------------
aid	aid	money
assistance	aid	money
package	aid	money
grant	aid	money
grants	aid	money
loan	aid	money
loans	aid	money
bailout	aid	money
pledge	aid	money
pledged	aid	money
pledges	aid	money

# --- budgets, trade balances -------------------------------------------
budget	budget	money
budgets	budget	money
surplus	surplus	money
deficit	deficit	money

# --- troops: where they are, and moves ---------------------------------
station	station	troops
stations	station	troops
stationed	station	troops
stationing	station	troops
host	station	troops
hosts	station	troops
hosted	station	troops
hosting	station	troops
based	station	troops
deploy	station	troops
deployed	station	troops
deploys	station	troops
keep	station	troops
keeps	station	troops
keeping	station	troops
garrison	station	troops
withdraw	withdraw	troops
withdraws	withdraw	troops
withdrew	withdraw	troops
withdrawn	withdraw	troops
withdrawing	withdraw	troops
withdrawal	withdraw	troops
pull out	withdraw	troops
pulling out	withdraw	troops
pulled out	withdraw	troops
remove	withdraw	troops
removing	withdraw	troops
cut	withdraw	troops
cutting	withdraw	troops
reduce	withdraw	troops
reducing	withdraw	troops
send	send	troops
sends	send	troops
sent	send	troops
sending	send	troops

# --- changes and shares (percent, multiplier) ---------------------------
increase	increase	percent,multiplier
increased	increase	percent,multiplier
increases	increase	percent,multiplier
rise	increase	percent
rose	increase	percent
risen	increase	percent
raise	increase	percent,multiplier
raised	increase	percent,multiplier
boost	increase	percent
boosted	increase	percent
grew	increase	percent
growth	increase	percent
hike	increase	percent
jump	increase	percent
jumped	increase	percent
fall	decrease	percent
fell	decrease	percent
drop	decrease	percent
dropped	decrease	percent
decline	decrease	percent
declined	decrease	percent
offset	share	percent
offsets	share	percent
share	share	percent
