# outlets.lex — claimex news-outlet lexicon: newspapers, broadcasters, magazines, sites and wire services.
# Fields (TAB-separated): NAME  CANONICAL   — NAME as written in articles (case-sensitive), CANONICAL the outlet's
# own full name, keeping a leading 'The' when the outlet uses it. Left out as ambiguous: 'The Post', 'The Times', 'Post',
# 'Times', bare 'Time', bare 'Vice', bare 'ABC', 'SBS', 'Mint', 'Fortune', 'The Australian', 'The Age', 'The National', 'The Nation', 'The Daily Star', 'Fox'.

# --- Wire services and news agencies ---
Reuters	Reuters
Thomson Reuters	Reuters
Associated Press	The Associated Press
The Associated Press	The Associated Press
# AP: almost always the Associated Press in news text
AP	The Associated Press
A.P.	The Associated Press
Agence France-Presse	Agence France-Presse
Agence France Presse	Agence France-Presse
AFP	Agence France-Presse
# Bloomberg: also Michael Bloomberg's surname
Bloomberg	Bloomberg
Bloomberg News	Bloomberg
Bloomberg L.P.	Bloomberg
Deutsche Presse-Agentur	Deutsche Presse-Agentur
dpa	Deutsche Presse-Agentur
DPA	Deutsche Presse-Agentur
ANSA	ANSA
EFE	EFE
Agencia EFE	EFE
Press Association	PA Media
PA Media	PA Media
PA news agency	PA Media
Kyodo	Kyodo News
Kyodo News	Kyodo News
Kyodo News Agency	Kyodo News
Jiji Press	Jiji Press
Jiji	Jiji Press
Yonhap	Yonhap News Agency
Yonhap News Agency	Yonhap News Agency
Yonhap News	Yonhap News Agency
KCNA	Korean Central News Agency
Korean Central News Agency	Korean Central News Agency
Xinhua	Xinhua News Agency
Xinhua News Agency	Xinhua News Agency
Xinhua News	Xinhua News Agency
TASS	TASS
Tass	TASS
ITAR-TASS	TASS
RIA Novosti	RIA Novosti
RIA	RIA Novosti
Interfax	Interfax
Interfax-Ukraine	Interfax
Ukrinform	Ukrinform
Anadolu	Anadolu Agency
Anadolu Agency	Anadolu Agency
IRNA	Islamic Republic News Agency
Islamic Republic News Agency	Islamic Republic News Agency
Tasnim	Tasnim News Agency
Tasnim News Agency	Tasnim News Agency
Fars News Agency	Fars News Agency
Mehr	Mehr News Agency
Mehr News Agency	Mehr News Agency
ISNA	Iranian Students' News Agency
Iranian Students' News Agency	Iranian Students' News Agency
WAFA	WAFA
Saudi Press Agency	Saudi Press Agency
Emirates News Agency	Emirates News Agency
WAM	Emirates News Agency
Qatar News Agency	Qatar News Agency
QNA	Qatar News Agency
Middle East News Agency	Middle East News Agency
Press Trust of India	Press Trust of India
PTI	Press Trust of India
ANI	Asian News International
Asian News International	Asian News International
Bernama	Bernama
Antara	Antara
Central News Agency	Central News Agency
Focus Taiwan	Central News Agency
Canadian Press	The Canadian Press
The Canadian Press	The Canadian Press
Australian Associated Press	Australian Associated Press
AAP	Australian Associated Press
News Agency of Nigeria	News Agency of Nigeria
Austria Presse Agentur	Austria Presse Agentur
Lusa	Lusa
Europa Press	Europa Press
Kyodo News International	Kyodo News
# --- US national outlets ---
New York Times	The New York Times
The New York Times	The New York Times
NYT	The New York Times
N.Y. Times	The New York Times
NY Times	The New York Times
Washington Post	The Washington Post
The Washington Post	The Washington Post
WaPo	The Washington Post
Wall Street Journal	The Wall Street Journal
The Wall Street Journal	The Wall Street Journal
WSJ	The Wall Street Journal
USA Today	USA Today
USA TODAY	USA Today
Los Angeles Times	Los Angeles Times
LA Times	Los Angeles Times
L.A. Times	Los Angeles Times
The Los Angeles Times	Los Angeles Times
Chicago Tribune	Chicago Tribune
The Chicago Tribune	Chicago Tribune
Boston Globe	The Boston Globe
The Boston Globe	The Boston Globe
San Francisco Chronicle	San Francisco Chronicle
Miami Herald	Miami Herald
The Miami Herald	Miami Herald
Houston Chronicle	Houston Chronicle
Dallas Morning News	The Dallas Morning News
The Dallas Morning News	The Dallas Morning News
Philadelphia Inquirer	The Philadelphia Inquirer
The Philadelphia Inquirer	The Philadelphia Inquirer
Star Tribune	Star Tribune
Minneapolis Star Tribune	Star Tribune
Seattle Times	The Seattle Times
The Seattle Times	The Seattle Times
Denver Post	The Denver Post
The Denver Post	The Denver Post
Atlanta Journal-Constitution	The Atlanta Journal-Constitution
The Atlanta Journal-Constitution	The Atlanta Journal-Constitution
AJC	The Atlanta Journal-Constitution
Tampa Bay Times	Tampa Bay Times
Arizona Republic	The Arizona Republic
The Arizona Republic	The Arizona Republic
Detroit Free Press	Detroit Free Press
Newsday	Newsday
New York Post	New York Post
NY Post	New York Post
The New York Post	New York Post
New York Daily News	New York Daily News
Washington Times	The Washington Times
The Washington Times	The Washington Times
Washington Examiner	Washington Examiner
The Washington Examiner	Washington Examiner
# The Hill: US outlet; lowercase 'the Hill' usually means Capitol Hill
The Hill	The Hill
Politico	Politico
POLITICO	Politico
Politico Europe	Politico
Politico EU	Politico
Axios	Axios
Punchbowl News	Punchbowl News
Semafor	Semafor
# The Atlantic: magazine; beware sentence-initial 'The Atlantic Ocean/Council'
The Atlantic	The Atlantic
The New Yorker	The New Yorker
New Yorker	The New Yorker
Newsweek	Newsweek
Time magazine	Time
TIME	Time
TIME magazine	Time
Time Magazine	Time
U.S. News & World Report	U.S. News & World Report
US News & World Report	U.S. News & World Report
U.S. News and World Report	U.S. News & World Report
National Review	National Review
The American Conservative	The American Conservative
Mother Jones	Mother Jones
The Intercept	The Intercept
ProPublica	ProPublica
Vox	Vox
Slate	Slate
# Salon, Slate, Vox, Wired, Forbes: outlet names that are also words/surnames
Salon	Salon
HuffPost	HuffPost
Huffington Post	HuffPost
The Huffington Post	HuffPost
BuzzFeed News	BuzzFeed News
Vice News	Vice News
VICE News	Vice News
VICE	Vice News
Business Insider	Business Insider
Forbes	Forbes
Fortune magazine	Fortune
CNBC	CNBC
CNN	CNN
CNN International	CNN
Cable News Network	CNN
MSNBC	MSNBC
MS NOW	MSNBC
Fox News	Fox News
Fox News Channel	Fox News
Fox News Digital	Fox News
Fox Business	Fox Business
Fox Business Network	Fox Business
NBC News	NBC News
# Bare network names map to the network's news division
NBC	NBC News
ABC News	ABC News
CBS News	CBS News
CBS	CBS News
PBS	PBS
PBS NewsHour	PBS
PBS News	PBS
NPR	NPR
National Public Radio	NPR
C-SPAN	C-SPAN
Newsmax	Newsmax
One America News	One America News
OAN	One America News
One America News Network	One America News
Breitbart	Breitbart News
Breitbart News	Breitbart News
The Daily Caller	The Daily Caller
Daily Caller	The Daily Caller
The Daily Beast	The Daily Beast
Daily Beast	The Daily Beast
The Federalist	The Federalist
HotAir	HotAir
Hot Air	HotAir
TheBlaze	TheBlaze
The Blaze	TheBlaze
Townhall	Townhall
RealClearPolitics	RealClearPolitics
RealClear Politics	RealClearPolitics
Washington Free Beacon	Washington Free Beacon
The Washington Free Beacon	Washington Free Beacon
Free Beacon	Washington Free Beacon
The Free Press	The Free Press
The Daily Wire	The Daily Wire
Daily Wire	The Daily Wire
Mediaite	Mediaite
TechCrunch	TechCrunch
The Verge	The Verge
Wired	Wired
WIRED	Wired
Ars Technica	Ars Technica
MarketWatch	MarketWatch
Barron's	Barron's
Barron’s	Barron's
Yahoo News	Yahoo News
Yahoo Finance	Yahoo Finance
Military Times	Military Times
Defense News	Defense News
Stars and Stripes	Stars and Stripes
Roll Call	Roll Call
Foreign Policy	Foreign Policy
Foreign Affairs	Foreign Affairs
Bloomberg Businessweek	Bloomberg Businessweek
Businessweek	Bloomberg Businessweek
Christian Science Monitor	The Christian Science Monitor
The Christian Science Monitor	The Christian Science Monitor
Al-Monitor	Al-Monitor
Al Monitor	Al-Monitor
Voice of America	Voice of America
VOA	Voice of America
Radio Free Asia	Radio Free Asia
RFA	Radio Free Asia
Radio Free Europe/Radio Liberty	Radio Free Europe/Radio Liberty
RFE/RL	Radio Free Europe/Radio Liberty
Radio Free Europe	Radio Free Europe/Radio Liberty
Radio Liberty	Radio Free Europe/Radio Liberty
Digital Journal	Digital Journal
MENAFN	MENAFN
# --- UK and Ireland ---
BBC	BBC
BBC News	BBC
British Broadcasting Corporation	BBC
BBC World Service	BBC
The Guardian	The Guardian
The Observer	The Observer
The Telegraph	The Telegraph
Daily Telegraph	The Telegraph
The Daily Telegraph	The Telegraph
Telegraph	The Telegraph
The Economist	The Economist
Financial Times	Financial Times
FT	Financial Times
The Financial Times	Financial Times
The Independent	The Independent
Daily Mail	Daily Mail
The Daily Mail	Daily Mail
MailOnline	Daily Mail
Mail Online	Daily Mail
The Mail on Sunday	Daily Mail
Mail on Sunday	Daily Mail
# The Sun: UK tabloid (lowercase 'the sun' is the star)
The Sun	The Sun
Daily Mirror	Daily Mirror
The Mirror	Daily Mirror
Daily Express	Daily Express
The Express	Daily Express
Evening Standard	Evening Standard
London Evening Standard	Evening Standard
The Evening Standard	Evening Standard
# The Times (London) only via unambiguous forms
The Times of London	The Times
Times of London	The Times
The Sunday Times	The Sunday Times
Sunday Times	The Sunday Times
Sky News	Sky News
ITV News	ITV News
ITV	ITV News
Channel 4 News	Channel 4 News
GB News	GB News
LBC	LBC
The Spectator	The Spectator
New Statesman	New Statesman
The Scotsman	The Scotsman
The Irish Times	The Irish Times
Irish Times	The Irish Times
Irish Independent	Irish Independent
RTÉ	RTÉ
RTE	RTÉ
# --- Europe ---
Der Spiegel	Der Spiegel
Spiegel	Der Spiegel
Die Zeit	Die Zeit
Die Welt	Die Welt
Bild	Bild
Bild-Zeitung	Bild
Süddeutsche Zeitung	Süddeutsche Zeitung
Sueddeutsche Zeitung	Süddeutsche Zeitung
Frankfurter Allgemeine Zeitung	Frankfurter Allgemeine Zeitung
FAZ	Frankfurter Allgemeine Zeitung
Frankfurter Allgemeine	Frankfurter Allgemeine Zeitung
Handelsblatt	Handelsblatt
Deutsche Welle	Deutsche Welle
DW	Deutsche Welle
Le Monde	Le Monde
Le Figaro	Le Figaro
Libération	Libération
Les Echos	Les Echos
France 24	France 24
Radio France Internationale	Radio France Internationale
RFI	Radio France Internationale
El País	El País
El Pais	El País
El Mundo	El Mundo
La Vanguardia	La Vanguardia
Corriere della Sera	Corriere della Sera
La Repubblica	La Repubblica
La Stampa	La Stampa
Euronews	Euronews
EUobserver	EUobserver
Euractiv	Euractiv
EURACTIV	Euractiv
De Telegraaf	De Telegraaf
NRC Handelsblad	NRC Handelsblad
Kathimerini	Kathimerini
Ekathimerini	Kathimerini
Neue Zürcher Zeitung	Neue Zürcher Zeitung
NZZ	Neue Zürcher Zeitung
Swissinfo	Swissinfo
SWI swissinfo.ch	Swissinfo
Yle	Yle
Helsingin Sanomat	Helsingin Sanomat
Dagens Nyheter	Dagens Nyheter
Aftenposten	Aftenposten
Gazeta Wyborcza	Gazeta Wyborcza
Notes from Poland	Notes from Poland
Kyiv Independent	The Kyiv Independent
The Kyiv Independent	The Kyiv Independent
Kyiv Post	Kyiv Post
Ukrainska Pravda	Ukrainska Pravda
Sputnik	Sputnik
# RT: Russian state broadcaster (also 'retweet' in social-media text)
RT	RT
Russia Today	RT
Kommersant	Kommersant
Izvestia	Izvestia
Vedomosti	Vedomosti
Meduza	Meduza
Novaya Gazeta	Novaya Gazeta
Daily Sabah	Daily Sabah
Hürriyet	Hürriyet
Hurriyet	Hürriyet
Hürriyet Daily News	Hürriyet
Hurriyet Daily News	Hürriyet
# --- Middle East ---
Al Jazeera	Al Jazeera
Al-Jazeera	Al Jazeera
Aljazeera	Al Jazeera
Al Arabiya	Al Arabiya
Al-Arabiya	Al Arabiya
Asharq Al-Awsat	Asharq Al-Awsat
Asharq al-Awsat	Asharq Al-Awsat
Arab News	Arab News
Gulf News	Gulf News
Khaleej Times	Khaleej Times
Middle East Eye	Middle East Eye
Haaretz	Haaretz
Times of Israel	The Times of Israel
The Times of Israel	The Times of Israel
Jerusalem Post	The Jerusalem Post
The Jerusalem Post	The Jerusalem Post
Ynet	Ynet
Ynetnews	Ynet
Yedioth Ahronoth	Yedioth Ahronoth
Yediot Ahronot	Yedioth Ahronoth
i24NEWS	i24NEWS
i24 News	i24NEWS
Press TV	Press TV
PressTV	Press TV
Ahram Online	Ahram Online
Al-Ahram	Ahram Online
Al Ahram	Ahram Online
Mada Masr	Mada Masr
L'Orient-Le Jour	L'Orient-Le Jour
L'Orient Today	L'Orient-Le Jour
# --- South Asia ---
Times of India	The Times of India
The Times of India	The Times of India
TOI	The Times of India
Hindustan Times	Hindustan Times
The Hindu	The Hindu
Indian Express	The Indian Express
The Indian Express	The Indian Express
NDTV	NDTV
India Today	India Today
Economic Times	The Economic Times
The Economic Times	The Economic Times
Livemint	Mint
ThePrint	ThePrint
Scroll.in	Scroll.in
# Dawn: Pakistani newspaper; also a common word/given name — match only when capitalized mid-sentence
Dawn	Dawn
Dawn newspaper	Dawn
Dawn.com	Dawn
The Express Tribune	The Express Tribune
Express Tribune	The Express Tribune
Geo News	Geo News
Kathmandu Post	The Kathmandu Post
The Kathmandu Post	The Kathmandu Post
# --- East and Southeast Asia ---
# Nikkei: the newspaper; 'the Nikkei' / 'Nikkei 225' can also mean the Tokyo stock index
Nikkei	Nikkei
Nikkei Asia	Nikkei
Nikkei Asian Review	Nikkei
Asahi Shimbun	The Asahi Shimbun
The Asahi Shimbun	The Asahi Shimbun
Asahi	The Asahi Shimbun
Yomiuri Shimbun	The Yomiuri Shimbun
The Yomiuri Shimbun	The Yomiuri Shimbun
Yomiuri	The Yomiuri Shimbun
Mainichi Shimbun	The Mainichi
The Mainichi	The Mainichi
Mainichi	The Mainichi
Sankei Shimbun	Sankei Shimbun
Sankei	Sankei Shimbun
Japan Times	The Japan Times
The Japan Times	The Japan Times
NHK	NHK
NHK World	NHK
Japan Broadcasting Corporation	NHK
Chosun Ilbo	Chosun Ilbo
The Chosun Ilbo	Chosun Ilbo
Chosun	Chosun Ilbo
JoongAng Ilbo	JoongAng Ilbo
Korea JoongAng Daily	JoongAng Ilbo
JoongAng Daily	JoongAng Ilbo
Dong-A Ilbo	Dong-A Ilbo
The Dong-A Ilbo	Dong-A Ilbo
Hankyoreh	Hankyoreh
The Hankyoreh	Hankyoreh
Korea Herald	The Korea Herald
The Korea Herald	The Korea Herald
Korea Times	The Korea Times
The Korea Times	The Korea Times
KBS	KBS
Korean Broadcasting System	KBS
MBC	MBC
Munhwa Broadcasting Corporation	MBC
JTBC	JTBC
Arirang	Arirang
Arirang TV	Arirang
NK News	NK News
Daily NK	Daily NK
38 North	38 North
Rodong Sinmun	Rodong Sinmun
South China Morning Post	South China Morning Post
SCMP	South China Morning Post
The South China Morning Post	South China Morning Post
Hong Kong Free Press	Hong Kong Free Press
HKFP	Hong Kong Free Press
Global Times	Global Times
The Global Times	Global Times
China Daily	China Daily
People's Daily	People's Daily
People’s Daily	People's Daily
CGTN	CGTN
China Global Television Network	CGTN
CCTV	CCTV
China Central Television	CCTV
Caixin	Caixin
Sixth Tone	Sixth Tone
Taipei Times	Taipei Times
Straits Times	The Straits Times
The Straits Times	The Straits Times
Channel NewsAsia	CNA
# CNA: Singapore's Channel NewsAsia (Taiwan's Central News Agency is listed by full name only)
CNA	CNA
The Jakarta Post	The Jakarta Post
Jakarta Post	The Jakarta Post
Bangkok Post	Bangkok Post
Philippine Daily Inquirer	Philippine Daily Inquirer
Inquirer.net	Philippine Daily Inquirer
Rappler	Rappler
VnExpress	VnExpress
The Diplomat	The Diplomat
Asia Times	Asia Times
# --- Oceania and Canada ---
ABC Australia	Australian Broadcasting Corporation
Australian Broadcasting Corporation	Australian Broadcasting Corporation
Australian Broadcasting Corp.	Australian Broadcasting Corporation
ABC News Australia	Australian Broadcasting Corporation
Sydney Morning Herald	The Sydney Morning Herald
The Sydney Morning Herald	The Sydney Morning Herald
SMH	The Sydney Morning Herald
Australian Financial Review	Australian Financial Review
AFR	Australian Financial Review
The Australian Financial Review	Australian Financial Review
news.com.au	news.com.au
SBS News	SBS News
Sky News Australia	Sky News Australia
New Zealand Herald	The New Zealand Herald
The New Zealand Herald	The New Zealand Herald
NZ Herald	The New Zealand Herald
RNZ	RNZ
Radio New Zealand	RNZ
CBC	CBC News
CBC News	CBC News
Canadian Broadcasting Corporation	CBC News
CBC/Radio-Canada	CBC News
Globe and Mail	The Globe and Mail
The Globe and Mail	The Globe and Mail
Toronto Star	Toronto Star
The Toronto Star	Toronto Star
National Post	National Post
CTV News	CTV News
CTV	CTV News
# --- Africa and Latin America ---
News24	News24
Mail & Guardian	Mail & Guardian
Daily Maverick	Daily Maverick
Premium Times	Premium Times
The Punch	The Punch
Punch Newspapers	The Punch
ThisDay	ThisDay
THISDAY	ThisDay
Daily Nation	Daily Nation
Nation Africa	Daily Nation
The East African	The East African
Africanews	Africanews
AllAfrica	AllAfrica
allAfrica	AllAfrica
Addis Standard	Addis Standard
The Rio Times	The Rio Times
Rio Times	The Rio Times
Folha de S.Paulo	Folha de S.Paulo
Folha de São Paulo	Folha de S.Paulo
Folha	Folha de S.Paulo
O Globo	O Globo
Estadão	Estadão
O Estado de S. Paulo	Estadão
Estadao	Estadão
Clarín	Clarín
Clarin	Clarín
La Nación	La Nación
El Universal	El Universal
Reforma	Reforma
MercoPress	MercoPress
Buenos Aires Times	Buenos Aires Times
