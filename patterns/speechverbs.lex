# speechverbs.lex — claimex speech/attribution verb lexicon for quote and claim attribution in news.
# Fields (TAB-separated): FORM  LEMMA   — FORM is an inflected surface form (lowercase; match case-insensitively),
# LEMMA its dictionary form. Multi-word phrasal forms are allowed ('pointed out'). Each FORM listed once.
# An optional third field holds flags, each starting with '+': '+weak' marks verbs that often occur without
# attributing speech ('agreed to pay', 'talks continued'): a quote takes a weak cue only when the sentence has
# no other, and a figure never takes its source from one. '+obj' marks verbs whose object is the person addressed
# ('told The Telegraph', 'accusing Trump'), so 'VERB Name' is not the speaker inverted after the verb.

say	say
says	say
said	say
saying	say
tell	tell	+obj
tells	tell	+obj
told	tell	+obj
telling	tell	+obj
add	add
adds	add
added	add
adding	add
state	state
states	state
stated	state
stating	state
write	write
writes	write
wrote	write
written	write
writing	write
warn	warn	+obj
warns	warn	+obj
warned	warn	+obj
warning	warn	+obj
argue	argue
argues	argue
argued	argue
arguing	argue
comment	comment
comments	comment
commented	comment
commenting	comment
note	note
notes	note
noted	note
noting	note
explain	explain
explains	explain
explained	explain
explaining	explain
claim	claim
claims	claim
claimed	claim
claiming	claim
insist	insist
insists	insist
insisted	insist
insisting	insist
ask	ask	+obj
asks	ask	+obj
asked	ask	+obj
asking	ask	+obj
reply	reply
replies	reply
replied	reply
replying	reply
respond	respond
responds	respond
responded	respond
responding	respond
answer	answer
answers	answer
answered	answer
answering	answer
announce	announce
announces	announce
announced	announce
announcing	announce
acknowledge	acknowledge
acknowledges	acknowledge
acknowledged	acknowledge
acknowledging	acknowledge
admit	admit
admits	admit
admitted	admit
admitting	admit
assert	assert
asserts	assert
asserted	assert
asserting	assert
declare	declare
declares	declare
declared	declare
declaring	declare
tweet	tweet
tweets	tweet
tweeted	tweet
tweeting	tweet
# post/posted, tweet, text, email: written attribution on social media / messaging
post	post	+weak
posts	post	+weak
posted	post	+weak
posting	post	+weak
text	text	+weak +obj
texts	text	+weak +obj
texted	text	+weak +obj
texting	text	+weak +obj
email	email	+weak +obj
emails	email	+weak +obj
emailed	email	+weak +obj
emailing	email	+weak +obj
suggest	suggest	+weak
suggests	suggest	+weak
suggested	suggest	+weak
suggesting	suggest	+weak
# continue/continued: 'he continued' after a quote
continue	continue	+weak
continues	continue	+weak
continued	continue	+weak
continuing	continue	+weak
recall	recall	+weak
recalls	recall	+weak
recalled	recall	+weak
recalling	recall	+weak
recount	recount	+weak
recounts	recount	+weak
recounted	recount	+weak
recounting	recount	+weak
predict	predict
predicts	predict
predicted	predict
predicting	predict
observe	observe
observes	observe
observed	observe
observing	observe
remark	remark
remarks	remark
remarked	remark
remarking	remark
emphasize	emphasize
emphasizes	emphasize
emphasized	emphasize
emphasizing	emphasize
emphasise	emphasise
emphasises	emphasise
emphasised	emphasise
emphasising	emphasise
stress	stress
stresses	stress
stressed	stress
stressing	stress
underscore	underscore	+weak
underscores	underscore	+weak
underscored	underscore	+weak
underscoring	underscore	+weak
underline	underline	+weak
underlines	underline	+weak
underlined	underline	+weak
underlining	underline	+weak
highlight	highlight	+weak
highlights	highlight	+weak
highlighted	highlight	+weak
highlighting	highlight	+weak
complain	complain
complains	complain
complained	complain
complaining	complain
concede	concede
concedes	concede
conceded	concede
conceding	concede
contend	contend
contends	contend
contended	contend
contending	contend
maintain	maintain	+weak
maintains	maintain	+weak
maintained	maintain	+weak
maintaining	maintain	+weak
# report/reported: also used for outlets ('Reuters reported')
report	report
reports	report
reported	report
reporting	report
# quote/quoted: 'was quoted as saying'
quote	quote	+obj
quotes	quote	+obj
quoted	quote	+obj
quoting	quote	+obj
describe	describe	+weak
describes	describe	+weak
described	describe	+weak
describing	describe	+weak
characterize	characterize	+weak
characterizes	characterize	+weak
characterized	characterize	+weak
characterizing	characterize	+weak
characterise	characterise	+weak
characterises	characterise	+weak
characterised	characterise	+weak
characterising	characterise	+weak
# call/called: attribution only in frames like 'called it "..."' or 'called X a ...'; use with care
call	call	+weak +obj
calls	call	+weak +obj
called	call	+weak +obj
calling	call	+weak +obj
urge	urge	+weak +obj
urges	urge	+weak +obj
urged	urge	+weak +obj
urging	urge	+weak +obj
vow	vow	+weak
vows	vow	+weak
vowed	vow	+weak
vowing	vow	+weak
pledge	pledge	+weak
pledges	pledge	+weak
pledged	pledge	+weak
pledging	pledge	+weak
promise	promise	+weak
promises	promise	+weak
promised	promise	+weak
promising	promise	+weak
threaten	threaten	+weak
threatens	threaten	+weak
threatened	threaten	+weak
threatening	threaten	+weak
deny	deny
denies	deny
denied	deny
denying	deny
confirm	confirm
confirms	confirm
confirmed	confirm
confirming	confirm
testify	testify
testifies	testify
testified	testify
testifying	testify
allege	allege
alleges	allege
alleged	allege
alleging	allege
reckon	reckon
reckons	reckon
reckoned	reckon
reckoning	reckon
muse	muse
muses	muse
mused	muse
musing	muse
quip	quip
quips	quip
quipped	quip
quipping	quip
joke	joke
jokes	joke
joked	joke
joking	joke
scoff	scoff
scoffs	scoff
scoffed	scoff
scoffing	scoff
shout	shout
shouts	shout
shouted	shout
shouting	shout
yell	yell
yells	yell
yelled	yell
yelling	yell
scream	scream
screams	scream
screamed	scream
screaming	scream
whisper	whisper
whispers	whisper
whispered	whisper
whispering	whisper
mutter	mutter
mutters	mutter
muttered	mutter
muttering	mutter
murmur	murmur
murmurs	murmur
murmured	murmur
murmuring	murmur
exclaim	exclaim
exclaims	exclaim
exclaimed	exclaim
exclaiming	exclaim
counter	counter
counters	counter
countered	counter
countering	counter
retort	retort
retorts	retort
retorted	retort
retorting	retort
lament	lament	+weak
laments	lament	+weak
lamented	lament	+weak
lamenting	lament	+weak
boast	boast	+weak
boasts	boast	+weak
boasted	boast	+weak
boasting	boast	+weak
brag	brag	+weak
brags	brag	+weak
bragged	brag	+weak
bragging	brag	+weak
conclude	conclude
concludes	conclude
concluded	conclude
concluding	conclude
caution	caution
cautions	caution
cautioned	caution
cautioning	caution
signal	signal	+weak
signals	signal	+weak
signaled	signal	+weak
signalled	signal	+weak
signaling	signal	+weak
signalling	signal	+weak
mention	mention	+weak
mentions	mention	+weak
mentioned	mention	+weak
mentioning	mention	+weak
reiterate	reiterate
reiterates	reiterate
reiterated	reiterate
reiterating	reiterate
repeat	repeat
repeats	repeat
repeated	repeat
repeating	repeat
affirm	affirm
affirms	affirm
affirmed	affirm
affirming	affirm
reaffirm	reaffirm
reaffirms	reaffirm
reaffirmed	reaffirm
reaffirming	reaffirm
assure	assure	+obj
assures	assure	+obj
assured	assure	+obj
assuring	assure	+obj
reassure	reassure	+obj
reassures	reassure	+obj
reassured	reassure	+obj
reassuring	reassure	+obj
demanded	demand	+weak
demanding	demand	+weak
propose	propose	+weak
proposes	propose	+weak
proposed	propose	+weak
proposing	propose	+weak
recommend	recommend	+weak
recommends	recommend	+weak
recommended	recommend	+weak
recommending	recommend	+weak
speculate	speculate	+weak
speculates	speculate	+weak
speculated	speculate	+weak
speculating	speculate	+weak
inquire	inquire	+weak
inquires	inquire	+weak
inquired	inquire	+weak
inquiring	inquire	+weak
enquire	enquire	+weak
enquires	enquire	+weak
enquired	enquire	+weak
enquiring	enquire	+weak
query	query	+weak
queries	query	+weak
queried	query	+weak
querying	query	+weak
wonder	wonder	+weak
wonders	wonder	+weak
wondered	wonder	+weak
wondering	wonder	+weak
opine	opine
opines	opine
opined	opine
opining	opine
proclaim	proclaim
proclaims	proclaim
proclaimed	proclaim
proclaiming	proclaim
disclose	disclose	+weak
discloses	disclose	+weak
disclosed	disclose	+weak
disclosing	disclose	+weak
reveal	reveal	+weak
reveals	reveal	+weak
revealed	reveal	+weak
revealing	reveal	+weak
indicate	indicate	+weak
indicates	indicate	+weak
indicated	indicate	+weak
indicating	indicate	+weak
hint	hint	+weak
hints	hint	+weak
hinted	hint	+weak
hinting	hint	+weak
imply	imply	+weak
implies	imply	+weak
implied	imply	+weak
implying	imply	+weak
# agree/objected/protested: weak; often not followed by a quote
agree	agree	+weak
agrees	agree	+weak
agreed	agree	+weak
agreeing	agree	+weak
objected	object	+weak
objecting	object	+weak
protested	protest	+weak
protesting	protest	+weak
plead	plead	+weak
pleads	plead	+weak
pleaded	plead	+weak
pled	plead	+weak
pleading	plead	+weak
beg	beg	+weak +obj
begs	beg	+weak +obj
begged	beg	+weak +obj
begging	beg	+weak +obj
implore	implore	+weak +obj
implores	implore	+weak +obj
implored	implore	+weak +obj
imploring	implore	+weak +obj
grumble	grumble
grumbles	grumble
grumbled	grumble
grumbling	grumble
gush	gush	+weak
gushes	gush	+weak
gushed	gush	+weak
gushing	gush	+weak
marvel	marvel	+weak
marvels	marvel	+weak
marveled	marvel	+weak
marvelled	marvel	+weak
marveling	marvel	+weak
marvelling	marvel	+weak
sighed	sigh	+weak
sighing	sigh	+weak
chide	chide	+obj
chides	chide	+obj
chided	chide	+obj
chiding	chide	+obj
fumed	fume	+weak
fuming	fume	+weak
railed	rail	+weak
tout	tout	+weak
touts	tout	+weak
touted	tout	+weak
touting	tout	+weak
echoed	echo	+weak
echoing	echo	+weak
clarify	clarify
clarifies	clarify
clarified	clarify
clarifying	clarify
elaborate	elaborate
elaborates	elaborate
elaborated	elaborate
elaborating	elaborate
interject	interject
interjects	interject
interjected	interject
interjecting	interject
confide	confide
confides	confide
confided	confide
confiding	confide
confess	confess
confesses	confess
confessed	confess
confessing	confess
remind	remind	+weak +obj
reminds	remind	+weak +obj
reminded	remind	+weak +obj
reminding	remind	+weak +obj
swear	swear
swears	swear
swore	swear
sworn	swear
swearing	swear
reasoned	reason	+weak
reasoning	reason	+weak
surmise	surmise	+weak
surmises	surmise	+weak
surmised	surmise	+weak
surmising	surmise	+weak
posit	posit	+weak
posits	posit	+weak
posited	posit	+weak
positing	posit	+weak
theorize	theorize	+weak
theorizes	theorize	+weak
theorized	theorize	+weak
theorizing	theorize	+weak
theorise	theorise	+weak
theorises	theorise	+weak
theorised	theorise	+weak
theorising	theorise	+weak
# estimated: attribution of figures ('analysts estimated')
estimated	estimate	+weak
estimating	estimate	+weak
recollect	recollect	+weak
recollects	recollect	+weak
recollected	recollect	+weak
recollecting	recollect	+weak
concur	concur
concurs	concur
concurred	concur
concurring	concur
accuse	accuse	+weak +obj
accuses	accuse	+weak +obj
accused	accuse	+weak +obj
accusing	accuse	+weak +obj
# accuse/criticize/condemn/praised/blasted/slam: reporting verbs that often introduce paraphrase; weaker than 'said'
criticize	criticize	+weak +obj
criticizes	criticize	+weak +obj
criticized	criticize	+weak +obj
criticizing	criticize	+weak +obj
criticise	criticise	+weak +obj
criticises	criticise	+weak +obj
criticised	criticise	+weak +obj
criticising	criticise	+weak +obj
condemn	condemn	+weak +obj
condemns	condemn	+weak +obj
condemned	condemn	+weak +obj
condemning	condemn	+weak +obj
praised	praise	+weak +obj
praising	praise	+weak +obj
blasted	blast	+weak +obj
blasting	blast	+weak +obj
slam	slam	+weak +obj
slams	slam	+weak +obj
slammed	slam	+weak +obj
slamming	slam	+weak +obj
rebut	rebut	+weak
rebuts	rebut	+weak
rebutted	rebut	+weak
rebutting	rebut	+weak
# read: 'the statement read: "..."' — base and past are the same spelling; common non-speech meaning
read	read	+weak
reads	read	+weak
recite	recite	+weak
recites	recite	+weak
recited	recite	+weak
reciting	recite	+weak
preach	preach	+weak
preaches	preach	+weak
preached	preach	+weak
preaching	preach	+weak
stammer	stammer
stammers	stammer
stammered	stammer
stammering	stammer
# cried/snapped/barked: speech only in narrative style ('"Stop!" she cried'); weak
cried	cry	+weak
crying	cry	+weak
snapped	snap	+weak
snapping	snap	+weak
barked	bark	+weak
barking	bark	+weak
# Multi-word / phrasal attribution forms
point out	point out
pointed out	point out
points out	point out
pointing out	point out
go on	go on	+weak
went on	go on	+weak
goes on	go on	+weak
going on	go on	+weak
gone on	go on	+weak
add that	add that
added that	add that
tell reporters	tell reporters
told reporters	tell reporters
tells reporters	tell reporters
write in	write in
wrote in	write in
writes in	write in
say in a statement	say in a statement
said in a statement	say in a statement
says in a statement	say in a statement
speak out	speak out
spoke out	speak out
speaks out	speak out
speaking out	speak out
spoken out	speak out
weigh in	weigh in	+weak
weighed in	weigh in	+weak
weighs in	weigh in	+weak
weighing in	weigh in	+weak
chime in	chime in	+weak
chimed in	chime in	+weak
chimes in	chime in	+weak
chiming in	chime in	+weak
sound off	sound off	+weak
sounded off	sound off	+weak
cry out	cry out	+weak
cried out	cry out	+weak
call out	call out	+weak
called out	call out	+weak
calls out	call out	+weak
calling out	call out	+weak
lash out	lash out	+weak
lashed out	lash out	+weak
lashes out	lash out	+weak
lashing out	lash out	+weak
push back	push back	+weak
pushed back	push back	+weak
pushes back	push back	+weak
pushing back	push back	+weak
fire back	fire back
fired back	fire back
fires back	fire back
firing back	fire back
# 'hit back' past = 'hit back' (same form as base)
hit back	hit back
hits back	hit back
hitting back	hit back
shoot back	shoot back
shot back	shoot back
open up	open up	+weak
opened up	open up	+weak
opens up	open up	+weak
make clear	make clear
made clear	make clear
makes clear	make clear
making clear	make clear
point to	point to	+weak
pointed to	point to	+weak
points to	point to	+weak
pointing to	point to	+weak
bring up	bring up	+weak
brought up	bring up	+weak
brings up	bring up	+weak
spell out	spell out	+weak
spelled out	spell out	+weak
spelt out	spell out	+weak
spells out	spell out	+weak
# 'put it': as in 'as she put it'
put it	put it
puts it	put it
be quoted as saying	be quoted as saying
was quoted as saying	be quoted as saying
were quoted as saying	be quoted as saying
# 'according to' is not a verb but is the most common attribution marker; lemma kept as itself
according to	according to
# speak/talk/address/brief: verb forms only (noun-like forms such as 'talks', 'address', 'briefing' omitted)
speak	speak	+weak
speaks	speak	+weak
spoke	speak	+weak
spoken	speak	+weak
speaking	speak	+weak
talked	talk	+weak
talking	talk	+weak
addressed	address	+weak +obj
addressing	address	+weak +obj
briefed	brief	+weak +obj
# blame: "he blamed South Korea for ..."; the object is the one blamed
blame	blame	+weak +obj
blames	blame	+weak +obj
blamed	blame	+weak +obj
blaming	blame	+weak +obj
