# currency_names.lex - currency names written after a number ("4.7 billion
# dollars", "1.39 trillion won", "50 cents"). Value: the ISO 4217 code,
# "$" for the text's dollar (see currency_signs.lex), and a factor for
# sub-units ("pence": GBP 0.01). Obsolete currencies keep their old code
# (FIM, NLG, ESP...). Bare "francs" are Swiss, bare "pesos" Mexican: the
# ones most in the news now. Names that are also ordinary words when no
# magnitude comes first ("200 pounds" of weight) are in
# currency_names_scaled.lex.
dollar	$
dollars	$
us dollar	USD
us dollars	USD
u.s. dollar	USD
u.s. dollars	USD
american dollar	USD
american dollars	USD
united states dollar	USD
united states dollars	USD
canadian dollar	CAD
canadian dollars	CAD
australian dollar	AUD
australian dollars	AUD
new zealand dollar	NZD
new zealand dollars	NZD
hong kong dollar	HKD
hong kong dollars	HKD
singapore dollar	SGD
singapore dollars	SGD
taiwan dollar	TWD
taiwan dollars	TWD
new taiwan dollar	TWD
new taiwan dollars	TWD
taiwanese dollar	TWD
taiwanese dollars	TWD
jamaican dollar	JMD
jamaican dollars	JMD
namibian dollar	NAD
namibian dollars	NAD
zimbabwe dollar	ZWL
zimbabwe dollars	ZWL
zimbabwean dollar	ZWL
zimbabwean dollars	ZWL
fiji dollar	FJD
fiji dollars	FJD
fijian dollar	FJD
fijian dollars	FJD
east caribbean dollar	XCD
east caribbean dollars	XCD
liberian dollar	LRD
liberian dollars	LRD
brunei dollar	BND
brunei dollars	BND
bahamian dollar	BSD
bahamian dollars	BSD
barbados dollar	BBD
barbados dollars	BBD
barbadian dollar	BBD
barbadian dollars	BBD
belize dollar	BZD
belize dollars	BZD
trinidad and tobago dollar	TTD
trinidad and tobago dollars	TTD
guyanese dollar	GYD
guyanese dollars	GYD
euro	EUR
euros	EUR
euro cent	EUR 0.01
euro cents	EUR 0.01
cent	$ 0.01
cents	$ 0.01
penny	$ 0.01
pennies	$ 0.01
pence	GBP 0.01
pound sterling	GBP
pounds sterling	GBP
sterling	GBP
british pound	GBP
british pounds	GBP
egyptian pound	EGP
egyptian pounds	EGP
lebanese pound	LBP
lebanese pounds	LBP
syrian pound	SYP
syrian pounds	SYP
sudanese pound	SDG
sudanese pounds	SDG
south sudanese pound	SSP
south sudanese pounds	SSP
yen	JPY
japanese yen	JPY
yuan	CNY
chinese yuan	CNY
renminbi	CNY
kuai	CNY
won	KRW
south korean won	KRW
korean won	KRW
north korean won	KPW
rupee	INR
rupees	INR
indian rupee	INR
indian rupees	INR
paisa	INR 0.01
paise	INR 0.01
pakistani rupee	PKR
pakistani rupees	PKR
sri lankan rupee	LKR
sri lankan rupees	LKR
nepalese rupee	NPR
nepalese rupees	NPR
nepali rupee	NPR
nepali rupees	NPR
mauritian rupee	MUR
mauritian rupees	MUR
franc	CHF
francs	CHF
swiss franc	CHF
swiss francs	CHF
french franc	FRF
french francs	FRF
belgian franc	BEF
belgian francs	BEF
cfa franc	XOF
cfa francs	XOF
west african cfa franc	XOF
west african cfa francs	XOF
central african cfa franc	XAF
central african cfa francs	XAF
congolese franc	CDF
congolese francs	CDF
rwandan franc	RWF
rwandan francs	RWF
deutsche mark	DEM
deutsche marks	DEM
deutschmark	DEM
deutschmarks	DEM
d-mark	DEM
d-marks	DEM
lira	TRY
liras	TRY
turkish lira	TRY
turkish liras	TRY
lire	ITL
italian lira	ITL
italian lire	ITL
peso	MXN
pesos	MXN
mexican peso	MXN
mexican pesos	MXN
philippine peso	PHP
philippine pesos	PHP
argentine peso	ARS
argentine pesos	ARS
argentinian peso	ARS
argentinian pesos	ARS
chilean peso	CLP
chilean pesos	CLP
colombian peso	COP
colombian pesos	COP
cuban peso	CUP
cuban pesos	CUP
dominican peso	DOP
dominican pesos	DOP
uruguayan peso	UYU
uruguayan pesos	UYU
brazilian real	BRL
brazilian reais	BRL
reais	BRL
rand	ZAR
south african rand	ZAR
ringgit	MYR
malaysian ringgit	MYR
baht	THB
thai baht	THB
dong	VND
vietnamese dong	VND
rupiah	IDR
indonesian rupiah	IDR
shekel	ILS
shekels	ILS
new shekel	ILS
new shekels	ILS
israeli shekel	ILS
israeli shekels	ILS
new israeli shekel	ILS
new israeli shekels	ILS
dirham	AED
dirhams	AED
uae dirham	AED
uae dirhams	AED
emirati dirham	AED
emirati dirhams	AED
moroccan dirham	MAD
moroccan dirhams	MAD
riyal	SAR
riyals	SAR
saudi riyal	SAR
saudi riyals	SAR
qatari riyal	QAR
qatari riyals	QAR
omani rial	OMR
omani rials	OMR
rial	IRR
rials	IRR
iranian rial	IRR
iranian rials	IRR
kuwaiti dinar	KWD
kuwaiti dinars	KWD
iraqi dinar	IQD
iraqi dinars	IQD
bahraini dinar	BHD
bahraini dinars	BHD
jordanian dinar	JOD
jordanian dinars	JOD
libyan dinar	LYD
libyan dinars	LYD
tunisian dinar	TND
tunisian dinars	TND
algerian dinar	DZD
algerian dinars	DZD
serbian dinar	RSD
serbian dinars	RSD
naira	NGN
nigerian naira	NGN
cedi	GHS
cedis	GHS
ghanaian cedi	GHS
ghanaian cedis	GHS
shilling	KES
shillings	KES
kenyan shilling	KES
kenyan shillings	KES
ugandan shilling	UGX
ugandan shillings	UGX
tanzanian shilling	TZS
tanzanian shillings	TZS
birr	ETB
ethiopian birr	ETB
kwacha	ZMW
zambian kwacha	ZMW
krona	SEK
kronor	SEK
swedish krona	SEK
swedish kronor	SEK
icelandic krona	ISK
icelandic kronur	ISK
krone	NOK
kroner	NOK
norwegian krone	NOK
norwegian kroner	NOK
danish krone	DKK
danish kroner	DKK
zloty	PLN
zlotys	PLN
zlotych	PLN
polish zloty	PLN
polish zlotys	PLN
forint	HUF
forints	HUF
hungarian forint	HUF
hungarian forints	HUF
koruna	CZK
korunas	CZK
koruny	CZK
czech koruna	CZK
czech korunas	CZK
czech crowns	CZK
leu	RON
lei	RON
romanian leu	RON
romanian lei	RON
lev	BGN
leva	BGN
bulgarian lev	BGN
bulgarian leva	BGN
hryvnia	UAH
hryvnias	UAH
hryvnas	UAH
hryvnya	UAH
ukrainian hryvnia	UAH
ukrainian hryvnias	UAH
ruble	RUB
rubles	RUB
rouble	RUB
roubles	RUB
russian ruble	RUB
russian rubles	RUB
russian rouble	RUB
russian roubles	RUB
kopeck	RUB 0.01
kopecks	RUB 0.01
kopek	RUB 0.01
kopeks	RUB 0.01
tenge	KZT
kazakh tenge	KZT
taka	BDT
bangladeshi taka	BDT
kyat	MMK
kyats	MMK
riel	KHR
riels	KHR
kip	LAK
lao kip	LAK
afghani	AFN
afghanis	AFN
manat	AZN
azerbaijani manat	AZN
lari	GEL
georgian lari	GEL
bitcoin	BTC
bitcoins	BTC
satoshi	BTC 0.00000001
satoshis	BTC 0.00000001
markka	FIM
markkaa	FIM
finnish markka	FIM
finnish markkaa	FIM
guilder	NLG
guilders	NLG
dutch guilder	NLG
dutch guilders	NLG
netherlands guilder	NLG
netherlands guilders	NLG
peseta	ESP
pesetas	ESP
spanish peseta	ESP
spanish pesetas	ESP
escudo	PTE
escudos	PTE
portuguese escudo	PTE
portuguese escudos	PTE
drachma	GRD
drachmas	GRD
drachmae	GRD
greek drachma	GRD
greek drachmas	GRD
schilling	ATS
schillings	ATS
austrian schilling	ATS
austrian schillings	ATS
special drawing rights	XDR
