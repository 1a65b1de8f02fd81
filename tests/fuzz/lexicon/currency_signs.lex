# currency_signs.lex - currency signs, before or after the number ("$5",
# "£3.9bn", "10 €", "100元", "50¢"). Value: the ISO 4217 code; "$" means
# the text's dollar: USD unless a dollar rule (dollar.rules) finds that
# the text says otherwise; "ISO FACTOR" for a sub-unit sign ("¢").
$	$
$US	USD
$A	AUD
€	EUR
£	GBP
¥	JPY
￥	JPY
円	JPY
元	CNY
₩	KRW
₹	INR
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
৳	BDT
ரூ	LKR
₿	BTC
¢	$ 0.01
