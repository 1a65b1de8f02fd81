# dollar_prefixes.lex - letters before a dollar sign that say which dollar
# ("US$4.7bn", "c$16.4 million", "hk$10.05 billion"). Rules match them
# without case.
US$	USD
U.S.$	USD
U.S. $	USD
U.S $	USD
US $	USD
USD$	USD
C$	CAD
CA$	CAD
CAD$	CAD
Can$	CAD
A$	AUD
AU$	AUD
AUD$	AUD
NZ$	NZD
NZD$	NZD
HK$	HKD
HKD$	HKD
S$	SGD
SGD$	SGD
NT$	TWD
R$	BRL
Mex$	MXN
MX$	MXN
MXN$	MXN
J$	JMD
TT$	TTD
Z$	ZWL
GH₵	GHS
