# currency_abbrevs.lex - letter abbreviations written before the amount
# ("Rs 500 crore", "RM5 billion", "KSh 2 billion"), matched with case.
Rs	INR
Rs.	INR
Rp	IDR
RM	MYR
KSh	KES
Dh	AED
Dhs	AED
zł	PLN
Kč	CZK
