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
Brussels	Belgium	capital
Belgian	Belgium	demonym
Belgians	Belgium	demonym
Belize	Belize	country
Belmopan	Belize	capital
Belizean	Belize	demonym
Belizeans	Belize	demonym
Benin	Benin	country
Porto-Novo	Benin	capital
Cotonou	Benin	capital
Beninese	Benin	demonym
Bhutan	Bhutan	country
Thimphu	Bhutan	capital
Bhutanese	Bhutan	demonym
Bolivia	Bolivia	country
La Paz	Bolivia	capital
Sucre	Bolivia	capital
Bolivian	Bolivia	demonym
Bolivians	Bolivia	demonym
Bosnia and Herzegovina	Bosnia and Herzegovina	country
Bosnia	Bosnia and Herzegovina	country
Bosnia-Herzegovina	Bosnia and Herzegovina	country
Bosnia & Herzegovina	Bosnia and Herzegovina	country
Sarajevo	Bosnia and Herzegovina	capital
Bosnian	Bosnia and Herzegovina	demonym
Bosnians	Bosnia and Herzegovina	demonym
Botswana	Botswana	country
Gaborone	Botswana	capital
Motswana	Botswana	demonym
Batswana	Botswana	demonym
Brazil	Brazil	country
Federative Republic of Brazil	Brazil	country
Brasilia	Brazil	capital
Brasília	Brazil	capital
Brazilian	Brazil	demonym
Brazilians	Brazil	demonym
Brunei	Brunei	country
Brunei Darussalam	Brunei	country
Bandar Seri Begawan	Brunei	capital
Bruneian	Brunei	demonym
Bruneians	Brunei	demonym
Bulgaria	Bulgaria	country
Sofia	Bulgaria	capital
Bulgarian	Bulgaria	demonym
Bulgarians	Bulgaria	demonym
Burkina Faso	Burkina Faso	country
Ouagadougou	Burkina Faso	capital
Burkinabe	Burkina Faso	demonym
Burkinabè	Burkina Faso	demonym
Burundi	Burundi	country
Gitega	Burundi	capital
Bujumbura	Burundi	capital
Burundian	Burundi	demonym
Burundians	Burundi	demonym
Cambodia	Cambodia	country
Kingdom of Cambodia	Cambodia	country
Phnom Penh	Cambodia	capital
Cambodian	Cambodia	demonym
Cambodians	Cambodia	demonym
Cameroon	Cameroon	country
Yaounde	Cameroon	capital
Yaoundé	Cameroon	capital
Cameroonian	Cameroon	demonym
Cameroonians	Cameroon	demonym
Canada	Canada	country
Ottawa	Canada	capital
Canadian	Canada	demonym
Canadians	Canada	demonym
Cape Verde	Cape Verde	country
Cabo Verde	Cape Verde	country
Praia	Cape Verde	capital
Cape Verdean	Cape Verde	demonym
Cape Verdeans	Cape Verde	demonym
Central African Republic	Central African Republic	country
Bangui	Central African Republic	capital
Central African	Central African Republic	demonym
# Chad/Jordan are also given names; as places they are countries
Chad	Chad	country
N'Djamena	Chad	capital
N’Djamena	Chad	capital
Chadian	Chad	demonym
Chadians	Chad	demonym
Chile	Chile	country
Santiago	Chile	capital
Chilean	Chile	demonym
Chileans	Chile	demonym
China	China	country
PRC	China	country
People's Republic of China	China	country
People’s Republic of China	China	country
Mainland China	China	country
mainland China	China	country
Beijing	China	capital
Peking	China	capital
Chinese	China	demonym
Colombia	Colombia	country
Bogota	Colombia	capital
Bogotá	Colombia	capital
Colombian	Colombia	demonym
Colombians	Colombia	demonym
Comoros	Comoros	country
Moroni	Comoros	capital
Comoran	Comoros	demonym
Comorian	Comoros	demonym
Comorians	Comoros	demonym
Democratic Republic of Congo	Democratic Republic of Congo	country
Democratic Republic of the Congo	Democratic Republic of Congo	country
DR Congo	Democratic Republic of Congo	country
DRC	Democratic Republic of Congo	country
D.R. Congo	Democratic Republic of Congo	country
Congo-Kinshasa	Democratic Republic of Congo	country
# 'Congo' alone: AP style and most news use it for the Democratic Republic of Congo
Congo	Democratic Republic of Congo	country
Kinshasa	Democratic Republic of Congo	capital
# 'Congolese' is used overwhelmingly for the DRC (the larger country); may also mean Republic of Congo
Congolese	Democratic Republic of Congo	demonym
Republic of Congo	Republic of Congo	country
Republic of the Congo	Republic of Congo	country
Congo-Brazzaville	Republic of Congo	country
Congo Republic	Republic of Congo	country
Brazzaville	Republic of Congo	capital
Ivory Coast	Ivory Coast	country
Côte d'Ivoire	Ivory Coast	country
Côte d’Ivoire	Ivory Coast	country
Cote d'Ivoire	Ivory Coast	country
Cote d’Ivoire	Ivory Coast	country
Yamoussoukro	Ivory Coast	capital
Ivorian	Ivory Coast	demonym
Ivorians	Ivory Coast	demonym
Costa Rica	Costa Rica	country
San José	Costa Rica	capital
Costa Rican	Costa Rica	demonym
Costa Ricans	Costa Rica	demonym
Croatia	Croatia	country
Zagreb	Croatia	capital
Croatian	Croatia	demonym
Croatians	Croatia	demonym
Croat	Croatia	demonym
Croats	Croatia	demonym
Cuba	Cuba	country
Havana	Cuba	capital
Cuban	Cuba	demonym
Cubans	Cuba	demonym
Cyprus	Cyprus	country
Republic of Cyprus	Cyprus	country
Nicosia	Cyprus	capital
Cypriot	Cyprus	demonym
Cypriots	Cyprus	demonym
Czech Republic	Czech Republic	country
Czechia	Czech Republic	country
Prague	Czech Republic	capital
Czech	Czech Republic	demonym
Czechs	Czech Republic	demonym
Denmark	Denmark	country
Kingdom of Denmark	Denmark	country
Copenhagen	Denmark	capital
Danish	Denmark	demonym
Dane	Denmark	demonym
Danes	Denmark	demonym
Djibouti	Djibouti	country
Djiboutian	Djibouti	demonym
Djiboutians	Djibouti	demonym
Dominica	Dominica	country
Commonwealth of Dominica	Dominica	country
Roseau	Dominica	capital
Dominican Republic	Dominican Republic	country
Santo Domingo	Dominican Republic	capital
Dominican	Dominican Republic	demonym
Dominicans	Dominican Republic	demonym
East Timor	East Timor	country
Timor-Leste	East Timor	country
Timor Leste	East Timor	country
Dili	East Timor	capital
East Timorese	East Timor	demonym
Timorese	East Timor	demonym
Ecuador	Ecuador	country
Quito	Ecuador	capital
Ecuadorian	Ecuador	demonym
Ecuadorean	Ecuador	demonym
Ecuadorians	Ecuador	demonym
Ecuadoreans	Ecuador	demonym
Egypt	Egypt	country
Arab Republic of Egypt	Egypt	country
Cairo	Egypt	capital
Egyptian	Egypt	demonym
Egyptians	Egypt	demonym
El Salvador	El Salvador	country
San Salvador	El Salvador	capital
Salvadoran	El Salvador	demonym
Salvadorans	El Salvador	demonym
Salvadorean	El Salvador	demonym
Salvadoreans	El Salvador	demonym
Equatorial Guinea	Equatorial Guinea	country
Malabo	Equatorial Guinea	capital
Equatorial Guinean	Equatorial Guinea	demonym
Equatoguinean	Equatorial Guinea	demonym
Eritrea	Eritrea	country
Asmara	Eritrea	capital
Eritrean	Eritrea	demonym
Eritreans	Eritrea	demonym
Estonia	Estonia	country
Tallinn	Estonia	capital
Estonian	Estonia	demonym
Estonians	Estonia	demonym
Eswatini	Eswatini	country
Swaziland	Eswatini	country
Mbabane	Eswatini	capital
Lobamba	Eswatini	capital
Swazi	Eswatini	demonym
Swazis	Eswatini	demonym
Ethiopia	Ethiopia	country
Addis Ababa	Ethiopia	capital
Ethiopian	Ethiopia	demonym
Ethiopians	Ethiopia	demonym
Fiji	Fiji	country
Suva	Fiji	capital
Fijian	Fiji	demonym
Fijians	Fiji	demonym
Finland	Finland	country
Helsinki	Finland	capital
Finnish	Finland	demonym
Finn	Finland	demonym
Finns	Finland	demonym
France	France	country
French Republic	France	country
Paris	France	capital
French	France	demonym
Gabon	Gabon	country
Libreville	Gabon	capital
Gabonese	Gabon	demonym
Gambia	Gambia	country
The Gambia	Gambia	country
the Gambia	Gambia	country
Banjul	Gambia	capital
Gambian	Gambia	demonym
Gambians	Gambia	demonym
Georgia	Georgia	country
Tbilisi	Georgia	capital
# 'Georgian' here = the country Georgia (US state Georgia is deliberately not listed)
Georgian	Georgia	demonym
Georgians	Georgia	demonym
Germany	Germany	country
Federal Republic of Germany	Germany	country
Berlin	Germany	capital
German	Germany	demonym
Germans	Germany	demonym
Ghana	Ghana	country
Accra	Ghana	capital
Ghanaian	Ghana	demonym
Ghanaians	Ghana	demonym
Greece	Greece	country
Hellenic Republic	Greece	country
Athens	Greece	capital
Greek	Greece	demonym
Greeks	Greece	demonym
Grenada	Grenada	country
St. George's	Grenada	capital
St George's	Grenada	capital
Grenadian	Grenada	demonym
Grenadians	Grenada	demonym
Guatemala	Guatemala	country
Guatemala City	Guatemala	capital
Guatemalan	Guatemala	demonym
Guatemalans	Guatemala	demonym
Guinea	Guinea	country
Guinea-Conakry	Guinea	country
Conakry	Guinea	capital
Guinean	Guinea	demonym
Guineans	Guinea	demonym
Guinea-Bissau	Guinea-Bissau	country
Guinea Bissau	Guinea-Bissau	country
Bissau	Guinea-Bissau	capital
Bissau-Guinean	Guinea-Bissau	demonym
Bissau-Guineans	Guinea-Bissau	demonym
Guyana	Guyana	country
Guyanese	Guyana	demonym
Haiti	Haiti	country
Port-au-Prince	Haiti	capital
Haitian	Haiti	demonym
Haitians	Haiti	demonym
Honduras	Honduras	country
Tegucigalpa	Honduras	capital
Honduran	Honduras	demonym
Hondurans	Honduras	demonym
Hungary	Hungary	country
Budapest	Hungary	capital
Hungarian	Hungary	demonym
Hungarians	Hungary	demonym
Iceland	Iceland	country
Reykjavik	Iceland	capital
Reykjavík	Iceland	capital
Icelandic	Iceland	demonym
Icelander	Iceland	demonym
Icelanders	Iceland	demonym
India	India	country
Republic of India	India	country
Bharat	India	country
New Delhi	India	capital
Indian	India	demonym
Indians	India	demonym
Indonesia	Indonesia	country
Republic of Indonesia	Indonesia	country
Jakarta	Indonesia	capital
Indonesian	Indonesia	demonym
Indonesians	Indonesia	demonym
Iran	Iran	country
Islamic Republic of Iran	Iran	country
Tehran	Iran	capital
Teheran	Iran	capital
Iranian	Iran	demonym
Iranians	Iran	demonym
Iraq	Iraq	country
Republic of Iraq	Iraq	country
Baghdad	Iraq	capital
Iraqi	Iraq	demonym
Iraqis	Iraq	demonym
Ireland	Ireland	country
Republic of Ireland	Ireland	country
Eire	Ireland	country
Éire	Ireland	country
Dublin	Ireland	capital
Irish	Ireland	demonym
Israel	Israel	country
State of Israel	Israel	country
# Jerusalem: Israel's seat of government; status contested (East Jerusalem is listed as a region)
Jerusalem	Israel	capital
Israeli	Israel	demonym
Israelis	Israel	demonym
Italy	Italy	country
Italian Republic	Italy	country
Rome	Italy	capital
Italian	Italy	demonym
Italians	Italy	demonym
Jamaica	Jamaica	country
Kingston	Jamaica	capital
Jamaican	Jamaica	demonym
Jamaicans	Jamaica	demonym
Japan	Japan	country
Tokyo	Japan	capital
Japanese	Japan	demonym
Jordan	Jordan	country
Hashemite Kingdom of Jordan	Jordan	country
Amman	Jordan	capital
Jordanian	Jordan	demonym
Jordanians	Jordan	demonym
Kazakhstan	Kazakhstan	country
Republic of Kazakhstan	Kazakhstan	country
Astana	Kazakhstan	capital
Kazakh	Kazakhstan	demonym
Kazakhs	Kazakhstan	demonym
Kazakhstani	Kazakhstan	demonym
Kazakhstanis	Kazakhstan	demonym
Kenya	Kenya	country
Republic of Kenya	Kenya	country
Nairobi	Kenya	capital
Kenyan	Kenya	demonym
Kenyans	Kenya	demonym
Kiribati	Kiribati	country
Tarawa	Kiribati	capital
South Tarawa	Kiribati	capital
I-Kiribati	Kiribati	demonym
Kuwait	Kuwait	country
State of Kuwait	Kuwait	country
Kuwait City	Kuwait	capital
Kuwaiti	Kuwait	demonym
Kuwaitis	Kuwait	demonym
Kyrgyzstan	Kyrgyzstan	country
Kyrgyz Republic	Kyrgyzstan	country
Bishkek	Kyrgyzstan	capital
Kyrgyz	Kyrgyzstan	demonym
Kyrgyzstani	Kyrgyzstan	demonym
Laos	Laos	country
Lao PDR	Laos	country
Lao People's Democratic Republic	Laos	country
Vientiane	Laos	capital
Laotian	Laos	demonym
Laotians	Laos	demonym
Latvia	Latvia	country
Riga	Latvia	capital
Latvian	Latvia	demonym
Latvians	Latvia	demonym
Lebanon	Lebanon	country
Lebanese Republic	Lebanon	country
Beirut	Lebanon	capital
Lebanese	Lebanon	demonym
Lesotho	Lesotho	country
Maseru	Lesotho	capital
Basotho	Lesotho	demonym
Mosotho	Lesotho	demonym
Liberia	Liberia	country
Monrovia	Liberia	capital
Liberian	Liberia	demonym
Liberians	Liberia	demonym
Libya	Libya	country
Tripoli	Libya	capital
Libyan	Libya	demonym
Libyans	Libya	demonym
Liechtenstein	Liechtenstein	country
Vaduz	Liechtenstein	capital
Liechtensteiner	Liechtenstein	demonym
Liechtensteiners	Liechtenstein	demonym
Lithuania	Lithuania	country
Vilnius	Lithuania	capital
Lithuanian	Lithuania	demonym
Lithuanians	Lithuania	demonym
Luxembourg	Luxembourg	country
Grand Duchy of Luxembourg	Luxembourg	country
Luxembourger	Luxembourg	demonym
Luxembourgers	Luxembourg	demonym
Luxembourgish	Luxembourg	demonym
Madagascar	Madagascar	country
Antananarivo	Madagascar	capital
Malagasy	Madagascar	demonym
Malawi	Malawi	country
Lilongwe	Malawi	capital
Malawian	Malawi	demonym
Malawians	Malawi	demonym
Malaysia	Malaysia	country
Kuala Lumpur	Malaysia	capital
Putrajaya	Malaysia	capital
Malaysian	Malaysia	demonym
Malaysians	Malaysia	demonym
Maldives	Maldives	country
the Maldives	Maldives	country
The Maldives	Maldives	country
Malé	Maldives	capital
Maldivian	Maldives	demonym
Maldivians	Maldives	demonym
Mali	Mali	country
Bamako	Mali	capital
Malian	Mali	demonym
Malians	Mali	demonym
Malta	Malta	country
Valletta	Malta	capital
Maltese	Malta	demonym
Marshall Islands	Marshall Islands	country
Majuro	Marshall Islands	capital
Marshallese	Marshall Islands	demonym
Mauritania	Mauritania	country
Nouakchott	Mauritania	capital
Mauritanian	Mauritania	demonym
Mauritanians	Mauritania	demonym
Mauritius	Mauritius	country
Port Louis	Mauritius	capital
Mauritian	Mauritius	demonym
Mauritians	Mauritius	demonym
Mexico	Mexico	country
United Mexican States	Mexico	country
Mexico City	Mexico	capital
Mexican	Mexico	demonym
Mexicans	Mexico	demonym
Micronesia	Micronesia	country
Federated States of Micronesia	Micronesia	country
Palikir	Micronesia	capital
Micronesian	Micronesia	demonym
Micronesians	Micronesia	demonym
Moldova	Moldova	country
Republic of Moldova	Moldova	country
Chisinau	Moldova	capital
Chișinău	Moldova	capital
Kishinev	Moldova	capital
Moldovan	Moldova	demonym
Moldovans	Moldova	demonym
Monaco	Monaco	country
Principality of Monaco	Monaco	country
Monegasque	Monaco	demonym
Monégasque	Monaco	demonym
Mongolia	Mongolia	country
Ulaanbaatar	Mongolia	capital
Ulan Bator	Mongolia	capital
Mongolian	Mongolia	demonym
Mongolians	Mongolia	demonym
Montenegro	Montenegro	country
Podgorica	Montenegro	capital
Montenegrin	Montenegro	demonym
Montenegrins	Montenegro	demonym
Morocco	Morocco	country
Kingdom of Morocco	Morocco	country
Rabat	Morocco	capital
Moroccan	Morocco	demonym
Moroccans	Morocco	demonym
Mozambique	Mozambique	country
Maputo	Mozambique	capital
Mozambican	Mozambique	demonym
Mozambicans	Mozambique	demonym
Myanmar	Myanmar	country
Burma	Myanmar	country
Naypyitaw	Myanmar	capital
Naypyidaw	Myanmar	capital
Nay Pyi Taw	Myanmar	capital
Burmese	Myanmar	demonym
Namibia	Namibia	country
Windhoek	Namibia	capital
Namibian	Namibia	demonym
Namibians	Namibia	demonym
Nauru	Nauru	country
Yaren	Nauru	capital
Nauruan	Nauru	demonym
Nauruans	Nauru	demonym
Nepal	Nepal	country
Kathmandu	Nepal	capital
Nepali	Nepal	demonym
Nepalese	Nepal	demonym
Netherlands	Netherlands	country
the Netherlands	Netherlands	country
The Netherlands	Netherlands	country
# 'Holland' is also a surname; as a place it means the Netherlands
Holland	Netherlands	country
Kingdom of the Netherlands	Netherlands	country
Amsterdam	Netherlands	capital
Dutch	Netherlands	demonym
New Zealand	New Zealand	country
Aotearoa	New Zealand	country
Wellington	New Zealand	capital
New Zealander	New Zealand	demonym
New Zealanders	New Zealand	demonym
Nicaragua	Nicaragua	country
Managua	Nicaragua	capital
Nicaraguan	Nicaragua	demonym
Nicaraguans	Nicaragua	demonym
Niger	Niger	country
Niamey	Niger	capital
Nigerien	Niger	demonym
Nigeriens	Niger	demonym
Nigeria	Nigeria	country
Federal Republic of Nigeria	Nigeria	country
Abuja	Nigeria	capital
Nigerian	Nigeria	demonym
Nigerians	Nigeria	demonym
North Korea	North Korea	country
DPRK	North Korea	country
D.P.R.K.	North Korea	country
Democratic People's Republic of Korea	North Korea	country
Democratic People’s Republic of Korea	North Korea	country
N. Korea	North Korea	country
N.Korea	North Korea	country
Pyongyang	North Korea	capital
North Korean	North Korea	demonym
North Koreans	North Korea	demonym
North Macedonia	North Macedonia	country
Republic of North Macedonia	North Macedonia	country
# 'Macedonia' = the country's pre-2019 name; may rarely mean the Greek region
Macedonia	North Macedonia	country
Skopje	North Macedonia	capital
North Macedonian	North Macedonia	demonym
North Macedonians	North Macedonia	demonym
Norway	Norway	country
Kingdom of Norway	Norway	country
Oslo	Norway	capital
Norwegian	Norway	demonym
Norwegians	Norway	demonym
Oman	Oman	country
Sultanate of Oman	Oman	country
Muscat	Oman	capital
Omani	Oman	demonym
Omanis	Oman	demonym
Pakistan	Pakistan	country
Islamic Republic of Pakistan	Pakistan	country
Islamabad	Pakistan	capital
Pakistani	Pakistan	demonym
Pakistanis	Pakistan	demonym
Palau	Palau	country
Ngerulmud	Palau	capital
Palauan	Palau	demonym
Palauans	Palau	demonym
Panama	Panama	country
Panama City	Panama	capital
Panamanian	Panama	demonym
Panamanians	Panama	demonym
Papua New Guinea	Papua New Guinea	country
PNG	Papua New Guinea	country
Port Moresby	Papua New Guinea	capital
Papua New Guinean	Papua New Guinea	demonym
Papua New Guineans	Papua New Guinea	demonym
Paraguay	Paraguay	country
Asuncion	Paraguay	capital
Asunción	Paraguay	capital
Paraguayan	Paraguay	demonym
Paraguayans	Paraguay	demonym
Peru	Peru	country
Lima	Peru	capital
Peruvian	Peru	demonym
Peruvians	Peru	demonym
Philippines	Philippines	country
the Philippines	Philippines	country
The Philippines	Philippines	country
Republic of the Philippines	Philippines	country
Manila	Philippines	capital
Filipino	Philippines	demonym
Filipinos	Philippines	demonym
Filipina	Philippines	demonym
Filipinas	Philippines	demonym
Philippine	Philippines	demonym
Poland	Poland	country
Republic of Poland	Poland	country
Warsaw	Poland	capital
Polish	Poland	demonym
Portugal	Portugal	country
Portuguese Republic	Portugal	country
Lisbon	Portugal	capital
Portuguese	Portugal	demonym
Qatar	Qatar	country
State of Qatar	Qatar	country
Doha	Qatar	capital
Qatari	Qatar	demonym
Qataris	Qatar	demonym
Romania	Romania	country
Bucharest	Romania	capital
Romanian	Romania	demonym
Romanians	Romania	demonym
Russia	Russia	country
Russian Federation	Russia	country
Moscow	Russia	capital
Russian	Russia	demonym
Russians	Russia	demonym
Rwanda	Rwanda	country
Kigali	Rwanda	capital
Rwandan	Rwanda	demonym
Rwandans	Rwanda	demonym
Saint Kitts and Nevis	Saint Kitts and Nevis	country
St. Kitts and Nevis	Saint Kitts and Nevis	country
St Kitts and Nevis	Saint Kitts and Nevis	country
Saint Kitts & Nevis	Saint Kitts and Nevis	country
Basseterre	Saint Kitts and Nevis	capital
Kittitian	Saint Kitts and Nevis	demonym
Kittitians	Saint Kitts and Nevis	demonym
Saint Lucia	Saint Lucia	country
St. Lucia	Saint Lucia	country
St Lucia	Saint Lucia	country
Castries	Saint Lucia	capital
Saint Lucian	Saint Lucia	demonym
St. Lucian	Saint Lucia	demonym
Saint Lucians	Saint Lucia	demonym
Saint Vincent and the Grenadines	Saint Vincent and the Grenadines	country
St. Vincent and the Grenadines	Saint Vincent and the Grenadines	country
St Vincent and the Grenadines	Saint Vincent and the Grenadines	country
Kingstown	Saint Vincent and the Grenadines	capital
Vincentian	Saint Vincent and the Grenadines	demonym
Vincentians	Saint Vincent and the Grenadines	demonym
Samoa	Samoa	country
Apia	Samoa	capital
Samoan	Samoa	demonym
Samoans	Samoa	demonym
San Marino	San Marino	country
Sammarinese	San Marino	demonym
Sao Tome and Principe	Sao Tome and Principe	country
São Tomé and Príncipe	Sao Tome and Principe	country
São Tomé	Sao Tome and Principe	capital
Sao Tome	Sao Tome and Principe	capital
Santomean	Sao Tome and Principe	demonym
Santomeans	Sao Tome and Principe	demonym
Saudi Arabia	Saudi Arabia	country
Kingdom of Saudi Arabia	Saudi Arabia	country
KSA	Saudi Arabia	country
Riyadh	Saudi Arabia	capital
Saudi	Saudi Arabia	demonym
Saudis	Saudi Arabia	demonym
Senegal	Senegal	country
Dakar	Senegal	capital
Senegalese	Senegal	demonym
Serbia	Serbia	country
Republic of Serbia	Serbia	country
Belgrade	Serbia	capital
Serbian	Serbia	demonym
Serbians	Serbia	demonym
Serb	Serbia	demonym
Serbs	Serbia	demonym
Seychelles	Seychelles	country
the Seychelles	Seychelles	country
The Seychelles	Seychelles	country
Seychellois	Seychelles	demonym
Sierra Leone	Sierra Leone	country
Freetown	Sierra Leone	capital
Sierra Leonean	Sierra Leone	demonym
Sierra Leoneans	Sierra Leone	demonym
Singapore	Singapore	country
Republic of Singapore	Singapore	country
Singaporean	Singapore	demonym
Singaporeans	Singapore	demonym
Slovakia	Slovakia	country
Slovak Republic	Slovakia	country
Bratislava	Slovakia	capital
Slovak	Slovakia	demonym
Slovaks	Slovakia	demonym
Slovakian	Slovakia	demonym
Slovenia	Slovenia	country
Ljubljana	Slovenia	capital
Slovenian	Slovenia	demonym
Slovenians	Slovenia	demonym
Slovene	Slovenia	demonym
Slovenes	Slovenia	demonym
Solomon Islands	Solomon Islands	country
Honiara	Solomon Islands	capital
Solomon Islander	Solomon Islands	demonym
Solomon Islanders	Solomon Islands	demonym
Somalia	Somalia	country
Federal Republic of Somalia	Somalia	country
Mogadishu	Somalia	capital
Somali	Somalia	demonym
Somalis	Somalia	demonym
South Africa	South Africa	country
Republic of South Africa	South Africa	country
Pretoria	South Africa	capital
Cape Town	South Africa	capital
Bloemfontein	South Africa	capital
South African	South Africa	demonym
South Africans	South Africa	demonym
South Korea	South Korea	country
Republic of Korea	South Korea	country
ROK	South Korea	country
R.O.K.	South Korea	country
S. Korea	South Korea	country
S.Korea	South Korea	country
Seoul	South Korea	capital
South Korean	South Korea	demonym
South Koreans	South Korea	demonym
South Sudan	South Sudan	country
Republic of South Sudan	South Sudan	country
Juba	South Sudan	capital
South Sudanese	South Sudan	demonym
Spain	Spain	country
Kingdom of Spain	Spain	country
Madrid	Spain	capital
Spanish	Spain	demonym
Spaniard	Spain	demonym
Spaniards	Spain	demonym
Sri Lanka	Sri Lanka	country
Colombo	Sri Lanka	capital
Sri Jayawardenepura Kotte	Sri Lanka	capital
Sri Lankan	Sri Lanka	demonym
Sri Lankans	Sri Lanka	demonym
Sudan	Sudan	country
Republic of the Sudan	Sudan	country
Khartoum	Sudan	capital
Sudanese	Sudan	demonym
Suriname	Suriname	country
Surinam	Suriname	country
Paramaribo	Suriname	capital
Surinamese	Suriname	demonym
Sweden	Sweden	country
Kingdom of Sweden	Sweden	country
Stockholm	Sweden	capital
Swedish	Sweden	demonym
Swede	Sweden	demonym
Swedes	Sweden	demonym
Switzerland	Switzerland	country
Swiss Confederation	Switzerland	country
Bern	Switzerland	capital
Berne	Switzerland	capital
Swiss	Switzerland	demonym
Syria	Syria	country
Syrian Arab Republic	Syria	country
Damascus	Syria	capital
Syrian	Syria	demonym
Syrians	Syria	demonym
Tajikistan	Tajikistan	country
Dushanbe	Tajikistan	capital
Tajik	Tajikistan	demonym
Tajiks	Tajikistan	demonym
Tajikistani	Tajikistan	demonym
Tanzania	Tanzania	country
United Republic of Tanzania	Tanzania	country
Dodoma	Tanzania	capital
Tanzanian	Tanzania	demonym
Tanzanians	Tanzania	demonym
Thailand	Thailand	country
Kingdom of Thailand	Thailand	country
Bangkok	Thailand	capital
Thai	Thailand	demonym
Thais	Thailand	demonym
Togo	Togo	country
Lome	Togo	capital
Lomé	Togo	capital
Togolese	Togo	demonym
Tonga	Tonga	country
Nuku'alofa	Tonga	capital
Nukuʻalofa	Tonga	capital
Tongan	Tonga	demonym
Tongans	Tonga	demonym
Trinidad and Tobago	Trinidad and Tobago	country
Trinidad & Tobago	Trinidad and Tobago	country
Trinidad	Trinidad and Tobago	country
Port of Spain	Trinidad and Tobago	capital
Port-of-Spain	Trinidad and Tobago	capital
Trinidadian	Trinidad and Tobago	demonym
Trinidadians	Trinidad and Tobago	demonym
Tunisia	Tunisia	country
Tunis	Tunisia	capital
Tunisian	Tunisia	demonym
Tunisians	Tunisia	demonym
Turkey	Turkey	country
Türkiye	Turkey	country
Turkiye	Turkey	country
Republic of Turkey	Turkey	country
Republic of Türkiye	Turkey	country
Ankara	Turkey	capital
Turkish	Turkey	demonym
Turk	Turkey	demonym
Turks	Turkey	demonym
Turkmenistan	Turkmenistan	country
Ashgabat	Turkmenistan	capital
Turkmen	Turkmenistan	demonym
Tuvalu	Tuvalu	country
Funafuti	Tuvalu	capital
Tuvaluan	Tuvalu	demonym
Tuvaluans	Tuvalu	demonym
Uganda	Uganda	country
Kampala	Uganda	capital
Ugandan	Uganda	demonym
Ugandans	Uganda	demonym
Ukraine	Ukraine	country
Kyiv	Ukraine	capital
Kiev	Ukraine	capital
Ukrainian	Ukraine	demonym
Ukrainians	Ukraine	demonym
United Arab Emirates	United Arab Emirates	country
UAE	United Arab Emirates	country
U.A.E.	United Arab Emirates	country
the Emirates	United Arab Emirates	country
Abu Dhabi	United Arab Emirates	capital
Emirati	United Arab Emirates	demonym
Emiratis	United Arab Emirates	demonym
United Kingdom	United Kingdom	country
UK	United Kingdom	country
U.K.	United Kingdom	country
Britain	United Kingdom	country
Great Britain	United Kingdom	country
United Kingdom of Great Britain and Northern Ireland	United Kingdom	country
London	United Kingdom	capital
British	United Kingdom	demonym
Briton	United Kingdom	demonym
Britons	United Kingdom	demonym
Brit	United Kingdom	demonym
Brits	United Kingdom	demonym
United States	United States	country
US	United States	country
U.S.	United States	country
USA	United States	country
U.S.A.	United States	country
United States of America	United States	country
# 'America' in news almost always means the United States (the continents are 'the Americas')
America	United States	country
# 'Washington' = the US capital/government (Washington State is listed separately under states)
Washington	United States	capital
Washington, D.C.	United States	capital
Washington D.C.	United States	capital
Washington DC	United States	capital
Washington, DC	United States	capital
American	United States	demonym
Americans	United States	demonym
Uruguay	Uruguay	country
Montevideo	Uruguay	capital
Uruguayan	Uruguay	demonym
Uruguayans	Uruguay	demonym
Uzbekistan	Uzbekistan	country
Tashkent	Uzbekistan	capital
Uzbek	Uzbekistan	demonym
Uzbeks	Uzbekistan	demonym
Uzbekistani	Uzbekistan	demonym
Vanuatu	Vanuatu	country
Port Vila	Vanuatu	capital
Ni-Vanuatu	Vanuatu	demonym
Venezuela	Venezuela	country
Bolivarian Republic of Venezuela	Venezuela	country
Caracas	Venezuela	capital
Venezuelan	Venezuela	demonym
Venezuelans	Venezuela	demonym
Vietnam	Vietnam	country
Viet Nam	Vietnam	country
Socialist Republic of Vietnam	Vietnam	country
Hanoi	Vietnam	capital
Vietnamese	Vietnam	demonym
Yemen	Yemen	country
Republic of Yemen	Yemen	country
Sanaa	Yemen	capital
Sana'a	Yemen	capital
Sana’a	Yemen	capital
Yemeni	Yemen	demonym
Yemenis	Yemen	demonym
Zambia	Zambia	country
Lusaka	Zambia	capital
Zambian	Zambia	demonym
Zambians	Zambia	demonym
Zimbabwe	Zimbabwe	country
Harare	Zimbabwe	capital
Zimbabwean	Zimbabwe	demonym
Zimbabweans	Zimbabwe	demonym

# ===== Non-UN-member states, territories and historical states =====
Taiwan	Taiwan	country
# 'Republic of China' is Taiwan's official name; 'People's Republic of China' maps to China
Republic of China	Taiwan	country
Chinese Taipei	Taiwan	country
Taipei	Taiwan	capital
Taiwanese	Taiwan	demonym
Kosovo	Kosovo	country
Republic of Kosovo	Kosovo	country
Pristina	Kosovo	capital
Prishtina	Kosovo	capital
Kosovar	Kosovo	demonym
Kosovars	Kosovo	demonym
Kosovan	Kosovo	demonym
Kosovans	Kosovo	demonym
Palestine	Palestine	country
State of Palestine	Palestine	country
Palestinian territories	Palestine	country
Palestinian Territories	Palestine	country
Occupied Palestinian Territories	Palestine	country
occupied Palestinian territories	Palestine	country
# Ramallah: administrative seat of the Palestinian Authority
Ramallah	Palestine	capital
Palestinian	Palestine	demonym
Palestinians	Palestine	demonym
Vatican City	Vatican City	country
Vatican	Vatican City	country
the Vatican	Vatican City	country
Holy See	Vatican City	country
the Holy See	Vatican City	country
Hong Kong	Hong Kong	country
Hong Kong SAR	Hong Kong	country
HKSAR	Hong Kong	country
Hong Konger	Hong Kong	demonym
Hong Kongers	Hong Kong	demonym
Hongkonger	Hong Kong	demonym
Hongkongers	Hong Kong	demonym
Macau	Macau	country
Macao	Macau	country
Macau SAR	Macau	country
Macanese	Macau	demonym
Western Sahara	Western Sahara	country
Sahrawi	Western Sahara	demonym
Sahrawis	Western Sahara	demonym
Somaliland	Somaliland	country
Somalilander	Somaliland	demonym
Somalilanders	Somaliland	demonym
Greenland	Greenland	country
Nuuk	Greenland	capital
Greenlandic	Greenland	demonym
Greenlander	Greenland	demonym
Greenlanders	Greenland	demonym
Puerto Rico	Puerto Rico	country
San Juan	Puerto Rico	capital
Puerto Rican	Puerto Rico	demonym
Puerto Ricans	Puerto Rico	demonym
Bermuda	Bermuda	country
Bermudian	Bermuda	demonym
Bermudians	Bermuda	demonym
Cayman Islands	Cayman Islands	country
Gibraltar	Gibraltar	country
Gibraltarian	Gibraltar	demonym
Gibraltarians	Gibraltar	demonym
Guam	Guam	country
Faroe Islands	Faroe Islands	country
Faroes	Faroe Islands	country
Torshavn	Faroe Islands	capital
Tórshavn	Faroe Islands	capital
Faroese	Faroe Islands	demonym
New Caledonia	New Caledonia	country
Noumea	New Caledonia	capital
Nouméa	New Caledonia	capital
Northern Cyprus	Northern Cyprus	country
Turkish Republic of Northern Cyprus	Northern Cyprus	country
TRNC	Northern Cyprus	country
Soviet Union	Soviet Union	country
USSR	Soviet Union	country
U.S.S.R.	Soviet Union	country
Union of Soviet Socialist Republics	Soviet Union	country
# Historical: Soviet Union
Soviet	Soviet Union	demonym
Soviets	Soviet Union	demonym

# ===== Regions (canonical = the region itself) =====
Asia	Asia	region
Europe	Europe	region
Africa	Africa	region
Middle East	Middle East	region
the Middle East	Middle East	region
Mideast	Middle East	region
Near East	Near East	region
Far East	Far East	region
Latin America	Latin America	region
Central America	Central America	region
North America	North America	region
South America	South America	region
Americas	Americas	region
the Americas	Americas	region
Korean Peninsula	Korean Peninsula	region
the Korean Peninsula	Korean Peninsula	region
Korean peninsula	Korean Peninsula	region
the Korean peninsula	Korean Peninsula	region
Indo-Pacific	Indo-Pacific	region
Indo Pacific	Indo-Pacific	region
Asia-Pacific	Asia-Pacific	region
Asia Pacific	Asia-Pacific	region
Pacific	Pacific	region
the Pacific	Pacific	region
Pacific Ocean	Pacific	region
South Pacific	South Pacific	region
Western Pacific	Western Pacific	region
Atlantic	Atlantic	region
the Atlantic	Atlantic	region
Atlantic Ocean	Atlantic	region
North Atlantic	North Atlantic	region
Indian Ocean	Indian Ocean	region
# 'Gulf' alone usually means the Persian Gulf region in world news
Gulf	Gulf	region
the Gulf	Gulf	region
Persian Gulf	Persian Gulf	region
Arabian Gulf	Persian Gulf	region
Gulf of Mexico	Gulf of Mexico	region
# 'Gulf of America': US official name since 2025 for the Gulf of Mexico
Gulf of America	Gulf of Mexico	region
Gulf of Aden	Gulf of Aden	region
Gulf of Oman	Gulf of Oman	region
Balkans	Balkans	region
the Balkans	Balkans	region
Western Balkans	Balkans	region
Baltic	Baltic	region
Baltics	Baltic	region
the Baltics	Baltic	region
Baltic states	Baltic	region
Baltic States	Baltic	region
Baltic Sea	Baltic Sea	region
Caribbean	Caribbean	region
the Caribbean	Caribbean	region
Scandinavia	Scandinavia	region
Southeast Asia	Southeast Asia	region
South-East Asia	Southeast Asia	region
South East Asia	Southeast Asia	region
East Asia	East Asia	region
Northeast Asia	Northeast Asia	region
North-East Asia	Northeast Asia	region
North East Asia	Northeast Asia	region
Central Asia	Central Asia	region
South Asia	South Asia	region
West Asia	West Asia	region
Sub-Saharan Africa	Sub-Saharan Africa	region
sub-Saharan Africa	Sub-Saharan Africa	region
West Africa	West Africa	region
East Africa	East Africa	region
North Africa	North Africa	region
Southern Africa	Southern Africa	region
Central Africa	Central Africa	region
Horn of Africa	Horn of Africa	region
the Horn of Africa	Horn of Africa	region
Sahel	Sahel	region
the Sahel	Sahel	region
Sahara	Sahara	region
the Sahara	Sahara	region
Maghreb	Maghreb	region
Levant	Levant	region
the Levant	Levant	region
Arab world	Arab world	region
Arab World	Arab world	region
Eurasia	Eurasia	region
Arctic	Arctic	region
the Arctic	Arctic	region
Arctic Ocean	Arctic	region
Antarctica	Antarctica	region
Antarctic	Antarctica	region
Western Europe	Western Europe	region
Eastern Europe	Eastern Europe	region
Central Europe	Central Europe	region
Northern Europe	Northern Europe	region
Southern Europe	Southern Europe	region
Western Hemisphere	Western Hemisphere	region
Global South	Global South	region
Crimea	Crimea	region
Crimean Peninsula	Crimea	region
Donbas	Donbas	region
Donbass	Donbas	region
the Donbas	Donbas	region
Gaza Strip	Gaza Strip	region
the Gaza Strip	Gaza Strip	region
Gaza	Gaza	region
West Bank	West Bank	region
the West Bank	West Bank	region
East Jerusalem	East Jerusalem	region
Golan Heights	Golan Heights	region
the Golan Heights	Golan Heights	region
Golan	Golan Heights	region
Sinai	Sinai	region
Sinai Peninsula	Sinai	region
Kashmir	Kashmir	region
Jammu and Kashmir	Kashmir	region
Okinawa	Okinawa	region
Hokkaido	Hokkaido	region
Kyushu	Kyushu	region
Honshu	Honshu	region
Tibet	Tibet	region
Xinjiang	Xinjiang	region
Inner Mongolia	Inner Mongolia	region
Taiwan Strait	Taiwan Strait	region
Taiwan Straits	Taiwan Strait	region
South China Sea	South China Sea	region
East China Sea	East China Sea	region
Yellow Sea	Yellow Sea	region
Sea of Japan	Sea of Japan	region
East Sea	East Sea	region
Red Sea	Red Sea	region
Black Sea	Black Sea	region
Mediterranean	Mediterranean	region
Mediterranean Sea	Mediterranean	region
the Mediterranean	Mediterranean	region
Caspian Sea	Caspian Sea	region
Strait of Hormuz	Strait of Hormuz	region
Hormuz Strait	Strait of Hormuz	region
Suez Canal	Suez Canal	region
Panama Canal	Panama Canal	region
Bab el-Mandeb	Bab el-Mandeb	region
Caucasus	Caucasus	region
North Caucasus	Caucasus	region
South Caucasus	Caucasus	region
Nagorno-Karabakh	Nagorno-Karabakh	region
Karabakh	Nagorno-Karabakh	region
Kurdistan	Kurdistan	region
Iraqi Kurdistan	Kurdistan	region
Kurdistan Region	Kurdistan	region
Siberia	Siberia	region
Chechnya	Chechnya	region
Dagestan	Dagestan	region
Transnistria	Transnistria	region
Abkhazia	Abkhazia	region
South Ossetia	South Ossetia	region
Darfur	Darfur	region
Tigray	Tigray	region
Amhara	Amhara	region
Punjab	Punjab	region
Balochistan	Balochistan	region
Baluchistan	Balochistan	region
Khyber Pakhtunkhwa	Khyber Pakhtunkhwa	region
Sindh	Sindh	region
Mindanao	Mindanao	region
Borneo	Borneo	region
Sumatra	Sumatra	region
Bali	Bali	region
Patagonia	Patagonia	region
Andes	Andes	region
Himalayas	Himalayas	region
the Himalayas	Himalayas	region
Kuril Islands	Kuril Islands	region
Kurils	Kuril Islands	region
Kuriles	Kuril Islands	region
Senkaku Islands	Senkaku Islands	region
Senkakus	Senkaku Islands	region
Diaoyu Islands	Diaoyu Islands	region
Spratly Islands	Spratly Islands	region
Spratlys	Spratly Islands	region
Paracel Islands	Paracel Islands	region
Paracels	Paracel Islands	region
Dokdo	Dokdo	region
Takeshima	Takeshima	region
Demilitarized Zone	Demilitarized Zone	region
DMZ	Demilitarized Zone	region
Demilitarised Zone	Demilitarized Zone	region
Jeju Island	Jeju Island	region
Gyeonggi	Gyeonggi	region
Gyeonggi Province	Gyeonggi	region
Silicon Valley	Silicon Valley	region
Iberian Peninsula	Iberian Peninsula	region
Iberia	Iberian Peninsula	region
Anatolia	Anatolia	region
Catalonia	Catalonia	region
Basque Country	Basque Country	region
Andalusia	Andalusia	region
Galicia	Galicia	region
Sicily	Sicily	region
Sardinia	Sardinia	region
Lombardy	Lombardy	region
Tuscany	Tuscany	region
Bavaria	Bavaria	region
Saxony	Saxony	region
Thuringia	Thuringia	region
Brandenburg	Brandenburg	region
North Rhine-Westphalia	North Rhine-Westphalia	region
Baden-Württemberg	Baden-Württemberg	region
Baden-Wurttemberg	Baden-Württemberg	region
Lower Saxony	Lower Saxony	region
Flanders	Flanders	region
Wallonia	Wallonia	region
Corsica	Corsica	region
Normandy	Normandy	region
Brittany	Brittany	region
# UK constituent countries (kept as regions so they do not count as separate states)
England	England	region
Scotland	Scotland	region
Wales	Wales	region
Northern Ireland	Northern Ireland	region
# Sub-national regions (provinces, states of other countries, islands, seas) use TYPE region
Ontario	Ontario	region
Quebec	Quebec	region
Québec	Quebec	region
British Columbia	British Columbia	region
Alberta	Alberta	region
Manitoba	Manitoba	region
Saskatchewan	Saskatchewan	region
Nova Scotia	Nova Scotia	region
New Brunswick	New Brunswick	region
Newfoundland and Labrador	Newfoundland and Labrador	region
Newfoundland	Newfoundland and Labrador	region
Prince Edward Island	Prince Edward Island	region
Yukon	Yukon	region
Nunavut	Nunavut	region
Northwest Territories	Northwest Territories	region
New South Wales	New South Wales	region
Queensland	Queensland	region
Western Australia	Western Australia	region
South Australia	South Australia	region
Tasmania	Tasmania	region
Northern Territory	Northern Territory	region
Guangdong	Guangdong	region
Fujian	Fujian	region
Hubei	Hubei	region
Sichuan	Sichuan	region
Yunnan	Yunnan	region
Zhejiang	Zhejiang	region
Jiangsu	Jiangsu	region
Shandong	Shandong	region
Henan	Henan	region
Hebei	Hebei	region
Liaoning	Liaoning	region
Heilongjiang	Heilongjiang	region
Hainan	Hainan	region
Guangxi	Guangxi	region
Shaanxi	Shaanxi	region
Shanxi	Shanxi	region
Gansu	Gansu	region
Qinghai	Qinghai	region
Ningxia	Ningxia	region
Anhui	Anhui	region
Jiangxi	Jiangxi	region
Hunan	Hunan	region
Guizhou	Guizhou	region
Uttar Pradesh	Uttar Pradesh	region
Maharashtra	Maharashtra	region
Gujarat	Gujarat	region
Kerala	Kerala	region
Tamil Nadu	Tamil Nadu	region
Karnataka	Karnataka	region
West Bengal	West Bengal	region
Bihar	Bihar	region
Rajasthan	Rajasthan	region
Manipur	Manipur	region
Assam	Assam	region
Telangana	Telangana	region
Andhra Pradesh	Andhra Pradesh	region
Odisha	Odisha	region
Madhya Pradesh	Madhya Pradesh	region
Haryana	Haryana	region
Sinaloa	Sinaloa	region
Chihuahua	Chihuahua	region
Jalisco	Jalisco	region
Michoacan	Michoacan	region
Michoacán	Michoacan	region
Tamaulipas	Tamaulipas	region
Sonora	Sonora	region
Baja California	Baja California	region
Oaxaca	Oaxaca	region
Chiapas	Chiapas	region
Yucatan	Yucatan	region
Yucatán	Yucatan	region
Yucatan Peninsula	Yucatan	region
Belgorod region	Belgorod region	region
Kursk region	Kursk region	region
Bryansk	Bryansk	region
Zaporizhzhia region	Zaporizhzhia region	region
Kherson region	Kherson region	region
Donetsk region	Donetsk region	region
Luhansk region	Luhansk region	region
Kharkiv region	Kharkiv region	region
# Region adjectives / peoples (map to the region)
European	Europe	region
Europeans	Europe	region
African	Africa	region
Africans	Africa	region
Asian	Asia	region
Asians	Asia	region
Latin American	Latin America	region
Latin Americans	Latin America	region
Middle Eastern	Middle East	region
Scandinavian	Scandinavia	region
Balkan	Balkans	region
Scottish	Scotland	region
Scots	Scotland	region
Welsh	Wales	region
Northern Irish	Northern Ireland	region
Tibetan	Tibet	region
Tibetans	Tibet	region
Kashmiri	Kashmir	region
Kashmiris	Kashmir	region
Crimean	Crimea	region
Gazan	Gaza	region
Gazans	Gaza	region
Siberian	Siberia	region
Catalan	Catalonia	region
Bavarian	Bavaria	region
Quebecer	Quebec	region
Quebecers	Quebec	region
Okinawan	Okinawa	region
Sicilian	Sicily	region
Chechen	Chechnya	region
Chechens	Chechnya	region

# ===== Major non-capital cities (canonical = the city) =====
New York	New York	city
New York City	New York	city
NYC	New York	city
N.Y.C.	New York	city
Los Angeles	Los Angeles	city
L.A.	Los Angeles	city
Chicago	Chicago	city
Houston	Houston	city
Phoenix	Phoenix	city
Philadelphia	Philadelphia	city
Philly	Philadelphia	city
San Antonio	San Antonio	city
San Diego	San Diego	city
Dallas	Dallas	city
San Jose	San Jose	city
Austin	Austin	city
Jacksonville	Jacksonville	city
San Francisco	San Francisco	city
Seattle	Seattle	city
Denver	Denver	city
Boston	Boston	city
Detroit	Detroit	city
Nashville	Nashville	city
Atlanta	Atlanta	city
Miami	Miami	city
Miami Beach	Miami Beach	city
Palm Beach	Palm Beach	city
Fort Lauderdale	Fort Lauderdale	city
Las Vegas	Las Vegas	city
# Portland: usually Oregon in news (Portland, Maine exists)
Portland	Portland	city
Baltimore	Baltimore	city
Minneapolis	Minneapolis	city
St. Paul	St. Paul	city
Saint Paul	St. Paul	city
Pittsburgh	Pittsburgh	city
Cleveland	Cleveland	city
New Orleans	New Orleans	city
St. Louis	St. Louis	city
Saint Louis	St. Louis	city
St Louis	St. Louis	city
Kansas City	Kansas City	city
# Charlotte/Adelaide/Florence are also given names; listed here as cities
Charlotte	Charlotte	city
Orlando	Orlando	city
Tampa	Tampa	city
Sacramento	Sacramento	city
Salt Lake City	Salt Lake City	city
Honolulu	Honolulu	city
Anchorage	Anchorage	city
Milwaukee	Milwaukee	city
Cincinnati	Cincinnati	city
Indianapolis	Indianapolis	city
Raleigh	Raleigh	city
Memphis	Memphis	city
Oklahoma City	Oklahoma City	city
Albuquerque	Albuquerque	city
Tucson	Tucson	city
Fort Worth	Fort Worth	city
El Paso	El Paso	city
Omaha	Omaha	city
Louisville	Louisville	city
Newark	Newark	city
Jersey City	Jersey City	city
Brooklyn	Brooklyn	city
Manhattan	Manhattan	city
Bronx	Bronx	city
the Bronx	Bronx	city
The Bronx	Bronx	city
Palo Alto	Palo Alto	city
Cupertino	Cupertino	city
Redmond	Redmond	city
Des Moines	Des Moines	city
Boise	Boise	city
Annapolis	Annapolis	city
Charleston	Charleston	city
Toronto	Toronto	city
Montreal	Montreal	city
Montréal	Montreal	city
Vancouver	Vancouver	city
Calgary	Calgary	city
Edmonton	Edmonton	city
Quebec City	Quebec City	city
Winnipeg	Winnipeg	city
Halifax	Halifax	city
São Paulo	São Paulo	city
Sao Paulo	São Paulo	city
Rio de Janeiro	Rio de Janeiro	city
# 'Rio' alone = Rio de Janeiro
Rio	Rio de Janeiro	city
Belo Horizonte	Belo Horizonte	city
Porto Alegre	Porto Alegre	city
Manaus	Manaus	city
Guadalajara	Guadalajara	city
Monterrey	Monterrey	city
Tijuana	Tijuana	city
Ciudad Juárez	Ciudad Juárez	city
Ciudad Juarez	Ciudad Juárez	city
Culiacán	Culiacán	city
Culiacan	Culiacán	city
Acapulco	Acapulco	city
Cancún	Cancún	city
Cancun	Cancún	city
Medellín	Medellín	city
Medellin	Medellín	city
Cali	Cali	city
Cartagena	Cartagena	city
Valparaíso	Valparaíso	city
Valparaiso	Valparaíso	city
Guayaquil	Guayaquil	city
Córdoba	Córdoba	city
Cordoba	Córdoba	city
Shanghai	Shanghai	city
Shenzhen	Shenzhen	city
Guangzhou	Guangzhou	city
Canton City	Guangzhou	city
Chongqing	Chongqing	city
Chengdu	Chengdu	city
Wuhan	Wuhan	city
Tianjin	Tianjin	city
Hangzhou	Hangzhou	city
Nanjing	Nanjing	city
Xi'an	Xi'an	city
Xian	Xi'an	city
Xi’an	Xi'an	city
Harbin	Harbin	city
Dalian	Dalian	city
Qingdao	Qingdao	city
Xiamen	Xiamen	city
Shenyang	Shenyang	city
Urumqi	Urumqi	city
Lhasa	Lhasa	city
Kunming	Kunming	city
Suzhou	Suzhou	city
Zhengzhou	Zhengzhou	city
Changsha	Changsha	city
Fuzhou	Fuzhou	city
Osaka	Osaka	city
Kyoto	Kyoto	city
Yokohama	Yokohama	city
Nagoya	Nagoya	city
Kobe	Kobe	city
Sapporo	Sapporo	city
Fukuoka	Fukuoka	city
Hiroshima	Hiroshima	city
Nagasaki	Nagasaki	city
Fukushima	Fukushima	city
Sendai	Sendai	city
Busan	Busan	city
Pusan	Busan	city
Incheon	Incheon	city
Daegu	Daegu	city
Gwangju	Gwangju	city
Daejeon	Daejeon	city
Ulsan	Ulsan	city
Sejong City	Sejong City	city
Suwon	Suwon	city
Jeju	Jeju	city
Panmunjom	Panmunjom	city
Kaesong	Kaesong	city
Sinuiju	Sinuiju	city
Wonsan	Wonsan	city
Yongbyon	Yongbyon	city
Hamhung	Hamhung	city
Nampo	Nampo	city
Mumbai	Mumbai	city
Bombay	Mumbai	city
Kolkata	Kolkata	city
Calcutta	Kolkata	city
Chennai	Chennai	city
Madras	Chennai	city
Bengaluru	Bengaluru	city
Bangalore	Bengaluru	city
Hyderabad	Hyderabad	city
Ahmedabad	Ahmedabad	city
Pune	Pune	city
Delhi	Delhi	city
Jaipur	Jaipur	city
Lucknow	Lucknow	city
Srinagar	Srinagar	city
Amritsar	Amritsar	city
Varanasi	Varanasi	city
Karachi	Karachi	city
Lahore	Lahore	city
Peshawar	Peshawar	city
Rawalpindi	Rawalpindi	city
Quetta	Quetta	city
Multan	Multan	city
Kandahar	Kandahar	city
Herat	Herat	city
Mazar-i-Sharif	Mazar-i-Sharif	city
Jalalabad	Jalalabad	city
Chittagong	Chittagong	city
Chattogram	Chittagong	city
Ho Chi Minh City	Ho Chi Minh City	city
Saigon	Ho Chi Minh City	city
Da Nang	Da Nang	city
Danang	Da Nang	city
Haiphong	Haiphong	city
Cebu	Cebu	city
Davao	Davao	city
Surabaya	Surabaya	city
Phuket	Phuket	city
Chiang Mai	Chiang Mai	city
Pattaya	Pattaya	city
Yangon	Yangon	city
Rangoon	Yangon	city
Mandalay	Mandalay	city
Penang	Penang	city
Almaty	Almaty	city
Samarkand	Samarkand	city
Kaohsiung	Kaohsiung	city
Taichung	Taichung	city
Tainan	Tainan	city
Dubai	Dubai	city
Sharjah	Sharjah	city
Istanbul	Istanbul	city
Izmir	Izmir	city
Antalya	Antalya	city
Tel Aviv	Tel Aviv	city
Tel Aviv-Yafo	Tel Aviv	city
Haifa	Haifa	city
Eilat	Eilat	city
Gaza City	Gaza City	city
Rafah	Rafah	city
Khan Younis	Khan Younis	city
Khan Yunis	Khan Younis	city
Jenin	Jenin	city
Hebron	Hebron	city
Nablus	Nablus	city
Aleppo	Aleppo	city
Homs	Homs	city
Idlib	Idlib	city
Raqqa	Raqqa	city
Deir ez-Zor	Deir ez-Zor	city
Deir el-Zour	Deir ez-Zor	city
Mosul	Mosul	city
Basra	Basra	city
Erbil	Erbil	city
Kirkuk	Kirkuk	city
Fallujah	Fallujah	city
Najaf	Najaf	city
Karbala	Karbala	city
Isfahan	Isfahan	city
Mashhad	Mashhad	city
Tabriz	Tabriz	city
Shiraz	Shiraz	city
Qom	Qom	city
Natanz	Natanz	city
Bushehr	Bushehr	city
Jeddah	Jeddah	city
Mecca	Mecca	city
Makkah	Mecca	city
Medina	Medina	city
Dammam	Dammam	city
Benghazi	Benghazi	city
Misrata	Misrata	city
Aden	Aden	city
Hodeidah	Hodeidah	city
Alexandria	Alexandria	city
Sharm el-Sheikh	Sharm el-Sheikh	city
Luxor	Luxor	city
Casablanca	Casablanca	city
Marrakech	Marrakech	city
Marrakesh	Marrakech	city
Tangier	Tangier	city
Lagos	Lagos	city
Kano	Kano	city
Port Harcourt	Port Harcourt	city
Ibadan	Ibadan	city
Johannesburg	Johannesburg	city
Durban	Durban	city
Soweto	Soweto	city
Abidjan	Abidjan	city
Dar es Salaam	Dar es Salaam	city
Mombasa	Mombasa	city
Goma	Goma	city
Lubumbashi	Lubumbashi	city
Douala	Douala	city
Zanzibar	Zanzibar	city
Timbuktu	Timbuktu	city
Milan	Milan	city
Naples	Naples	city
Turin	Turin	city
Florence	Florence	city
Venice	Venice	city
Bologna	Bologna	city
Genoa	Genoa	city
Palermo	Palermo	city
Barcelona	Barcelona	city
Valencia	Valencia	city
Seville	Seville	city
Bilbao	Bilbao	city
Málaga	Málaga	city
Malaga	Málaga	city
Munich	Munich	city
Hamburg	Hamburg	city
Frankfurt	Frankfurt	city
Cologne	Cologne	city
Stuttgart	Stuttgart	city
Düsseldorf	Düsseldorf	city
Dusseldorf	Düsseldorf	city
Leipzig	Leipzig	city
Dresden	Dresden	city
Nuremberg	Nuremberg	city
Bonn	Bonn	city
Marseille	Marseille	city
Lyon	Lyon	city
Toulouse	Toulouse	city
Bordeaux	Bordeaux	city
Strasbourg	Strasbourg	city
Lille	Lille	city
Nantes	Nantes	city
Geneva	Geneva	city
Zurich	Zurich	city
Zürich	Zurich	city
Davos	Davos	city
Basel	Basel	city
Lausanne	Lausanne	city
Manchester	Manchester	city
Liverpool	Liverpool	city
# Birmingham, Cambridge, Alexandria, Córdoba, Hyderabad: same name in several countries
Birmingham	Birmingham	city
Glasgow	Glasgow	city
Edinburgh	Edinburgh	city
Cardiff	Cardiff	city
Belfast	Belfast	city
Leeds	Leeds	city
Bristol	Bristol	city
Oxford	Oxford	city
Cambridge	Cambridge	city
Sheffield	Sheffield	city
Newcastle	Newcastle	city
Rotterdam	Rotterdam	city
The Hague	The Hague	city
the Hague	The Hague	city
Hague	The Hague	city
Antwerp	Antwerp	city
Porto	Porto	city
Kraków	Kraków	city
Krakow	Kraków	city
Gdańsk	Gdańsk	city
Gdansk	Gdańsk	city
Wrocław	Wrocław	city
Wroclaw	Wrocław	city
# 'St. Petersburg' in world news usually means the Russian city
St. Petersburg	St. Petersburg	city
Saint Petersburg	St. Petersburg	city
St Petersburg	St. Petersburg	city
Novosibirsk	Novosibirsk	city
Yekaterinburg	Yekaterinburg	city
Vladivostok	Vladivostok	city
Kaliningrad	Kaliningrad	city
Sochi	Sochi	city
Kazan	Kazan	city
Murmansk	Murmansk	city
Belgorod	Belgorod	city
Kursk	Kursk	city
Rostov-on-Don	Rostov-on-Don	city
Rostov	Rostov-on-Don	city
Kharkiv	Kharkiv	city
Kharkov	Kharkiv	city
Odesa	Odesa	city
Odessa	Odesa	city
Lviv	Lviv	city
Mariupol	Mariupol	city
Bakhmut	Bakhmut	city
Dnipro	Dnipro	city
Zaporizhzhia	Zaporizhzhia	city
Zaporizhia	Zaporizhzhia	city
Kherson	Kherson	city
Donetsk	Donetsk	city
Luhansk	Luhansk	city
Lugansk	Luhansk	city
Sevastopol	Sevastopol	city
Mykolaiv	Mykolaiv	city
Avdiivka	Avdiivka	city
Pokrovsk	Pokrovsk	city
Bucha	Bucha	city
Chornobyl	Chornobyl	city
Chernobyl	Chornobyl	city
Thessaloniki	Thessaloniki	city
Salzburg	Salzburg	city
Gothenburg	Gothenburg	city
Monte Carlo	Monte Carlo	city
Sydney	Sydney	city
Melbourne	Melbourne	city
Brisbane	Brisbane	city
Perth	Perth	city
Adelaide	Adelaide	city
Gold Coast	Gold Coast	city
Auckland	Auckland	city
Christchurch	Christchurch	city

# ===== US states + DC (TYPE state). 'Washington' alone = the capital (see above);
# 'Georgia' is the country (see above) and deliberately not listed as a state. =====
Alabama	Alabama	state
Alaska	Alaska	state
Arizona	Arizona	state
Arkansas	Arkansas	state
California	California	state
Colorado	Colorado	state
Connecticut	Connecticut	state
Delaware	Delaware	state
Florida	Florida	state
Hawaii	Hawaii	state
Idaho	Idaho	state
Illinois	Illinois	state
Indiana	Indiana	state
Iowa	Iowa	state
Kansas	Kansas	state
Kentucky	Kentucky	state
Louisiana	Louisiana	state
Maine	Maine	state
Maryland	Maryland	state
Massachusetts	Massachusetts	state
Michigan	Michigan	state
Minnesota	Minnesota	state
Mississippi	Mississippi	state
Missouri	Missouri	state
Montana	Montana	state
Nebraska	Nebraska	state
Nevada	Nevada	state
New Hampshire	New Hampshire	state
New Jersey	New Jersey	state
New Mexico	New Mexico	state
North Carolina	North Carolina	state
North Dakota	North Dakota	state
Ohio	Ohio	state
Oklahoma	Oklahoma	state
Oregon	Oregon	state
Pennsylvania	Pennsylvania	state
Rhode Island	Rhode Island	state
South Carolina	South Carolina	state
South Dakota	South Dakota	state
Tennessee	Tennessee	state
Texas	Texas	state
Utah	Utah	state
Vermont	Vermont	state
Virginia	Virginia	state
West Virginia	West Virginia	state
Wisconsin	Wisconsin	state
Wyoming	Wyoming	state
# New York alone = the city; the state needs 'State'/'state' or the N.Y. abbreviation
New York State	New York State	state
New York state	New York State	state
# Washington State (the state, not the capital)
Washington State	Washington State	state
Washington state	Washington State	state
District of Columbia	District of Columbia	state
D.C.	District of Columbia	state
DC	District of Columbia	state
# AP-style state abbreviations (Ga., Wash., Miss., Ind. left out: ambiguous)
Ala.	Alabama	state
Ariz.	Arizona	state
Ark.	Arkansas	state
Calif.	California	state
Colo.	Colorado	state
Conn.	Connecticut	state
Del.	Delaware	state
Fla.	Florida	state
Ill.	Illinois	state
Kan.	Kansas	state
Ky.	Kentucky	state
La.	Louisiana	state
Md.	Maryland	state
Mass.	Massachusetts	state
Mich.	Michigan	state
Minn.	Minnesota	state
Mo.	Missouri	state
Mont.	Montana	state
Neb.	Nebraska	state
Nev.	Nevada	state
N.H.	New Hampshire	state
N.J.	New Jersey	state
N.M.	New Mexico	state
N.Y.	New York State	state
N.C.	North Carolina	state
N.D.	North Dakota	state
Okla.	Oklahoma	state
Ore.	Oregon	state
Pa.	Pennsylvania	state
R.I.	Rhode Island	state
S.C.	South Carolina	state
S.D.	South Dakota	state
Tenn.	Tennessee	state
Vt.	Vermont	state
Va.	Virginia	state
W.Va.	West Virginia	state
Wis.	Wisconsin	state
Wyo.	Wyoming	state
