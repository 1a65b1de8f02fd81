# currency_symbols.lex - currency signs, before or after the number
# ("$5", "US$4.7bn", "c$16.4 million", "10 €", "100元"). Value: the ISO
# 4217 code; "$" means the text's dollar: USD unless a dollar rule
# (dollar.rules) finds that the text says otherwise. "ISO FACTOR" for a
# sub-unit sign ("¢": a hundredth of the dollar).
# Rules match these without case where letters are involved (hk$, us$).
$	$
US$	USD
U.S.$	USD
U.S. $	USD
U.S $	USD
US $	USD
$US	USD
USD$	USD
C$	CAD
CA$	CAD
CAD$	CAD
Can$	CAD
A$	AUD
AU$	AUD
AUD$	AUD
$A	AUD
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
€	EUR
£	GBP
¥	JPY
￥	JPY
円	JPY
元	CNY
₩	KRW
₹	INR
Rs	INR
Rs.	INR
₱	PHP
₽	RUB
₺	TRY
₫	VND
₪	ILS
฿	THB
₦	NGN
₴	UAH
₡	CRC
₾	GEL
₭	LAK
₸	KZT
₮	MNT
₵	GHS
GH₵	GHS
৳	BDT
ரூ	LKR
₿	BTC
Rp	IDR
RM	MYR
KSh	KES
Dh	AED
Dhs	AED
zł	PLN
Kč	CZK
¢	$ 0.01
