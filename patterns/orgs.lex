# orgs.lex - claimex organization lexicon: well-known governments' bodies, international organisations,
# parties and armed groups that news names without a keyword suffix (or by an acronym).
# Fields (TAB-separated): NAME  CANONICAL. NAME as written (case-sensitive), CANONICAL the full name an
# article would use. Outlets are in outlets.lex; names that end in a keyword ('... Ministry',
# '... University') are found through orgsuffixes.lex and need not be listed here.
# Left out as ambiguous: 'House' (building, family), 'Fed' lower-case, 'Labour' (the word), 'ICE' (ice).

# --- International organisations ---
United Nations	United Nations
UN	United Nations
U.N.	United Nations
UN Security Council	UN Security Council
U.N. Security Council	UN Security Council
Security Council	UN Security Council
UN General Assembly	UN General Assembly
General Assembly	UN General Assembly
European Union	European Union
EU	European Union
E.U.	European Union
European Commission	European Commission
European Parliament	European Parliament
European Central Bank	European Central Bank
ECB	European Central Bank
NATO	NATO
Nato	NATO
North Atlantic Treaty Organization	NATO
World Health Organization	World Health Organization
World Health Organisation	World Health Organization
WHO	World Health Organization
International Monetary Fund	International Monetary Fund
IMF	International Monetary Fund
World Bank	World Bank
World Trade Organization	World Trade Organization
WTO	World Trade Organization
OPEC	OPEC
OPEC+	OPEC+
ASEAN	ASEAN
Association of Southeast Asian Nations	ASEAN
African Union	African Union
Arab League	Arab League
G7	G7
G-7	G7
G20	G20
G-20	G20
OECD	OECD
International Atomic Energy Agency	International Atomic Energy Agency
IAEA	International Atomic Energy Agency
International Criminal Court	International Criminal Court
ICC	International Criminal Court
International Court of Justice	International Court of Justice
ICJ	International Court of Justice
Red Cross	International Committee of the Red Cross
ICRC	International Committee of the Red Cross
UNICEF	UNICEF
UNHCR	UNHCR
Amnesty International	Amnesty International
Human Rights Watch	Human Rights Watch
Greenpeace	Greenpeace
Interpol	Interpol
BRICS	BRICS
Quad	Quad

# --- United States ---
# 'Pentagon' names the Department of Defense (the building is rarely what is meant)
Pentagon	U.S. Department of Defense
Department of Defense	U.S. Department of Defense
Defense Department	U.S. Department of Defense
U.S. Department of Defense	U.S. Department of Defense
US Department of Defense	U.S. Department of Defense
State Department	U.S. Department of State
Department of State	U.S. Department of State
U.S. State Department	U.S. Department of State
US State Department	U.S. Department of State
Justice Department	U.S. Department of Justice
Department of Justice	U.S. Department of Justice
Treasury Department	U.S. Department of the Treasury
Commerce Department	U.S. Department of Commerce
Department of Commerce	U.S. Department of Commerce
Department of Homeland Security	U.S. Department of Homeland Security
Homeland Security Department	U.S. Department of Homeland Security
White House	White House
Congress	Congress
U.S. Congress	U.S. Congress
US Congress	U.S. Congress
Senate	Senate
House of Representatives	House of Representatives
Supreme Court	Supreme Court
Federal Reserve	Federal Reserve
Fed	Federal Reserve
FBI	FBI
F.B.I.	FBI
CIA	CIA
C.I.A.	CIA
NSA	NSA
EPA	Environmental Protection Agency
FDA	Food and Drug Administration
CDC	Centers for Disease Control and Prevention
NASA	NASA
SEC	Securities and Exchange Commission
Democratic Party	Democratic Party
Republican Party	Republican Party
GOP	Republican Party

# --- Other governments ---
Kremlin	Kremlin
Downing Street	Downing Street
Élysée	Élysée Palace
Elysee	Élysée Palace
Politburo	Politburo
Blue House	Blue House
Bank of England	Bank of England
Bank of Japan	Bank of Japan
BOJ	Bank of Japan
People's Bank of China	People's Bank of China
People’s Bank of China	People's Bank of China
Chinese Communist Party	Chinese Communist Party
Communist Party	Communist Party
Bundestag	Bundestag
Knesset	Knesset

# --- Armed and militant groups ---
Hamas	Hamas
Hezbollah	Hezbollah
Taliban	Taliban
Islamic State	Islamic State
ISIS	Islamic State
ISIL	Islamic State
al-Qaeda	al-Qaeda
al Qaeda	al-Qaeda
Al Qaeda	al-Qaeda
Houthis	Houthis
Wagner Group	Wagner Group
