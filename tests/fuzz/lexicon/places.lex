# places.lex — claimex place lexicon: countries, capitals, demonyms, regions, cities, US states.
# Fields (TAB-separated): ALIAS  CANONICAL  TYPE   TYPE ∈ country|capital|demonym|region|city|state
# ALIAS is the surface form as written in news (case-sensitive); CANONICAL is the short English news name
# (for capital/demonym entries CANONICAL is the country; for region/city/state it is the place itself).

# Left out on purpose (ambiguous): 'Korea', 'Korean', 'English', 'Pole(s)', 'Georgetown', 'Victoria', 'Male', 'St. John's', 'CAR', 'Nice', 'Columbus', 'Richmond', 'Providence'.

# ===== Countries (UN member states) with aliases, capitals and demonyms =====
Afghanistan	Afghanistan	country
Islamic Republic of Afghanistan	Afghanistan	country
Kabul	Afghanistan	capital
Afghan	Afghanistan	demonym
Afghans	Afghanistan	demonym
Albania	Albania	country
Republic of Albania	Albania	country
Tirana	Albania	capital
Tirane	Albania	capital
Albanian	Albania	demonym
Albanians	Albania	demonym
Algeria	Algeria	country
Algiers	Algeria	capital
Algerian	Algeria	demonym
Algerians	Algeria	demonym
Andorra	Andorra	country
Andorra la Vella	Andorra	capital
Andorran	Andorra	demonym
Andorrans	Andorra	demonym
Angola	Angola	country
Luanda	Angola	capital
Angolan	Angola	demonym
Angolans	Angola	demonym
Antigua and Barbuda	Antigua and Barbuda	country
Antigua	Antigua and Barbuda	country
Antiguan	Antigua and Barbuda	demonym
Antiguans	Antigua and Barbuda	demonym
Argentina	Argentina	country
Argentine Republic	Argentina	country
Buenos Aires	Argentina	capital
Argentine	Argentina	demonym
Argentines	Argentina	demonym
Argentinian	Argentina	demonym
Argentinians	Argentina	demonym
Argentinean	Argentina	demonym
Armenia	Armenia	country
Yerevan	Armenia	capital
Armenian	Armenia	demonym
Armenians	Armenia	demonym
Australia	Australia	country
Commonwealth of Australia	Australia	country
Canberra	Australia	capital
Australian	Australia	demonym
Australians	Australia	demonym
Austria	Austria	country
Republic of Austria	Austria	country
Vienna	Austria	capital
Austrian	Austria	demonym
Austrians	Austria	demonym
Azerbaijan	Azerbaijan	country
Baku	Azerbaijan	capital
Azerbaijani	Azerbaijan	demonym
Azerbaijanis	Azerbaijan	demonym
Azeri	Azerbaijan	demonym
Azeris	Azerbaijan	demonym
Bahamas	Bahamas	country
The Bahamas	Bahamas	country
the Bahamas	Bahamas	country
Nassau	Bahamas	capital
Bahamian	Bahamas	demonym
Bahamians	Bahamas	demonym
Bahrain	Bahrain	country
Kingdom of Bahrain	Bahrain	country
Manama	Bahrain	capital
Bahraini	Bahrain	demonym
Bahrainis	Bahrain	demonym
Bangladesh	Bangladesh	country
Dhaka	Bangladesh	capital
Bangladeshi	Bangladesh	demonym
Bangladeshis	Bangladesh	demonym
Barbados	Barbados	country
Bridgetown	Barbados	capital
Barbadian	Barbados	demonym
Barbadians	Barbados	demonym
Bajan	Barbados	demonym
Belarus	Belarus	country
Republic of Belarus	Belarus	country
Minsk	Belarus	capital
Belarusian	Belarus	demonym
Belarusians	Belarus	demonym
Belgium	Belgium	country
Kingdom of Belgium	Belgium	country
Brussels	Belgium