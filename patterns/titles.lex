# titles.lex — claimex title lexicon: honorifics, ranks and offices that precede (or describe) a person's name.
# Fields (TAB-separated): TITLE  GENDER  KIND   GENDER ∈ m|f|u (gender implied by the title, u = none);
# KIND ∈ honorific (courtesy/rank form written directly before a name: Mr., Dr., Sen., Gen.) | office (a position) | party (a party label, a title only before a person).
# Multi-word titles allowed; match longest first. 'Major', 'Private', 'Assistant' and 'Deputy' have KIND party: titles
# only before a given name or another title ("Major Andriy Lysenko", "Assistant Attorney General X"), not in "Major League".

# --- Honorifics and abbreviated ranks (appear directly before a name) ---
Mr.	m	honorific
Mr	m	honorific
Mrs.	f	honorific
Mrs	f	honorific
Ms.	f	honorific
Ms	f	honorific
Miss	f	honorific
Mx.	u	honorific
Mme	f	honorific
Mme.	f	honorific
Madam	f	honorific
Madame	f	honorific
Dr.	u	honorific
Dr	u	honorific
Prof.	u	honorific
Prof	u	honorific
Sir	m	honorific
Dame	f	honorific
Lord	m	honorific
Lady	f	honorific
Baron	m	honorific
Baroness	f	honorific
Rev.	u	honorific
Rev	u	honorific
Revd	u	honorific
Reverend	u	honorific
Rt. Hon.	u	honorific
Rt Hon	u	honorific
Hon.	u	honorific
Msgr.	m	honorific
Fr.	m	honorific
Father	m	honorific
Sen.	u	honorific
Sens.	u	honorific
Rep.	u	honorific
Reps.	u	honorific
Gov.	u	honorific
Lt. Gov.	u	honorific
Atty. Gen.	u	honorific
Gen.	u	honorific
Lt. Gen.	u	honorific
Maj. Gen.	u	honorific
Brig. Gen.	u	honorific
Lt.	u	honorific
Lt. Col.	u	honorific
Col.	u	honorific
Maj.	u	honorific
Capt.	u	honorific
Cmdr.	u	honorific
Cdr.	u	honorific
Lt. Cmdr.	u	honorific
Adm.	u	honorific
Vice Adm.	u	honorific
Rear Adm.	u	honorific
Sgt.	u	honorific
Staff Sgt.	u	honorific
Sgt. Maj.	u	honorific
Master Sgt.	u	honorific
1st Sgt.	u	honorific
Cpl.	u	honorific
Lance Cpl.	u	honorific
Pvt.	u	honorific
Pfc.	u	honorific
Spc.	u	honorific
Ens.	u	honorific
Det.	u	honorific
Det. Sgt.	u	honorific
Insp.	u	honorific
Supt.	u	honorific
Cmdr	u	honorific
Sheikh	m	office
Sheikha	f	office
Shaikh	m	office
Ayatollah	m	honorific
Grand Ayatollah	m	honorific
Hojatoleslam	m	honorific
Mullah	m	honorific
Maulana	m	honorific
Imam	m	honorific
Rabbi	u	honorific
Pastor	u	honorific
Cardinal	m	office
Archbishop	u	office
Bishop	u	office
Patriarch	m	office
Grand Mufti	m	office
Mufti	m	office
Chief Rabbi	u	office
# --- Party labels and ambiguous ranks written before a name
# ("Republican Donald Trump", "Democratic Sen. Tim Kaine", "Major Andriy
# Lysenko"): no part of the name. KIND party: a title only before a given
# name or another title, not in "Democratic National Convention" ---
Republican	u	party
Democrat	u	party
Democratic	u	party
GOP	u	party
Libertarian	u	party
Major	u	party
Private	u	party
Assistant	u	party
Deputy	u	party

# --- Heads of state and government ---
President	u	office
Vice President	u	office
Vice-President	u	office
President-elect	u	office
President-Elect	u	office
Vice President-elect	u	office
Former President	u	office
Prime Minister	u	office
Deputy Prime Minister	u	office
Prime Minister-designate	u	office
Acting President	u	office
Interim President	u	office
Acting Prime Minister	u	office
Interim Prime Minister	u	office
Chancellor	u	office
Vice Chancellor	u	office
Vice-Chancellor	u	office
Premier	u	office
Vice Premier	u	office
Taoiseach	u	office
Tánaiste	u	office
First Minister	u	office
Chief Minister	u	office
Governor-General	u	office
Governor General	u	office
Supreme Leader	u	office
Leader	u	office
Opposition Leader	u	office
Party Leader	u	office
Chief Executive	u	office
Head of State	u	office
First Lady	f	office
First Gentleman	m	office
# --- Royalty and nobility ---
King	m	office
Queen	f	office
Prince	m	office
Princess	f	office
Crown Prince	m	office
Crown Princess	f	office
Queen Consort	f	office
Queen Mother	f	office
Emperor	m	office
Empress	f	office
Duke	m	office
Duchess	f	office
Earl	m	office
Countess	f	office
Emir	m	office
Amir	m	office
Sultan	m	office
Shah	m	office
Pope	m	office
Dalai Lama	m	office
# --- Cabinet, ministers, secretaries ---
Secretary	u	office
Secretary of State	u	office
State Secretary	u	office
Deputy Secretary of State	u	office
Defense Secretary	u	office
Defence Secretary	u	office
Secretary of Defense	u	office
War Secretary	u	office
Secretary of War	u	office
Treasury Secretary	u	office
Secretary of the Treasury	u	office
Commerce Secretary	u	office
Labor Secretary	u	office
Health Secretary	u	office
Health and Human Services Secretary	u	office
Homeland Security Secretary	u	office
Energy Secretary	u	office
Education Secretary	u	office
Interior Secretary	u	office
Agriculture Secretary	u	office
Transportation Secretary	u	office
Transport Secretary	u	office
Veterans Affairs Secretary	u	office
Housing Secretary	u	office
Home Secretary	u	office
Foreign Secretary	u	office
Business Secretary	u	office
Culture Secretary	u	office
Environment Secretary	u	office
Work and Pensions Secretary	u	office
Northern Ireland Secretary	u	office
Scottish Secretary	u	office
Welsh Secretary	u	office
Justice Secretary	u	office
Chancellor of the Exchequer	u	office
Chief Secretary to the Treasury	u	office
Cabinet Secretary	u	office
Permanent Secretary	u	office
Chief Secretary	u	office
Press Secretary	u	office
White House Press Secretary	u	office
Deputy Secretary	u	office
Undersecretary	u	office
Under Secretary	u	office
Assistant Secretary	u	office
Army Secretary	u	office
Navy Secretary	u	office
Air Force Secretary	u	office
Attorney General	u	office
Deputy Attorney General	u	office
Solicitor General	u	office
Surgeon General	u	office
Minister	u	office
Deputy Minister	u	office
Vice Minister	u	office
Minister of State	u	office
Junior Minister	u	office
Cabinet Minister	u	office
Foreign Minister	u	office
Vice Foreign Minister	u	office
Deputy Foreign Minister	u	office
Finance Minister	u	office
Defense Minister	u	office
Defence Minister	u	office
Interior Minister	u	office
Home Minister	u	office
Home Affairs Minister	u	office
Health Minister	u	office
Trade Minister	u	office
Commerce Minister	u	office
Economy Minister	u	office
Economic Minister	u	office
Industry Minister	u	office
Energy Minister	u	office
Oil Minister	u	office
Justice Minister	u	office
Education Minister	u	office
Unification Minister	u	office
Agriculture Minister	u	office
Labor Minister	u	office
Labour Minister	u	office
Environment Minister	u	office
Climate Minister	u	office
Transport Minister	u	office
Culture Minister	u	office
Information Minister	u	office
Communications Minister	u	office
Science Minister	u	office
Digital Minister	u	office
Immigration Minister	u	office
Housing Minister	u	office
Tourism Minister	u	office
Security Minister	u	office
Public Security Minister	u	office
Foreign Affairs Minister	u	office
Minister of Foreign Affairs	u	office
Minister of Defense	u	office
Minister of Defence	u	office
Minister of Finance	u	office
Finance Secretary	u	office
Chief Cabinet Secretary	u	office
Minister-President	u	office
# --- Legislature ---
Senator	u	office
State Senator	u	office
Senate Majority Leader	u	office
Senate Minority Leader	u	office
Majority Leader	u	office
Minority Leader	u	office
Majority Whip	u	office
Minority Whip	u	office
Whip	u	office
Chief Whip	u	office
Representative	u	office
State Representative	u	office
Congressman	m	office
Congresswoman	f	office
Congressperson	u	office
Congressmember	u	office
Delegate	u	office
Assemblyman	m	office
Assemblywoman	f	office
Assemblymember	u	office
Speaker	u	office
House Speaker	u	office
Speaker of the House	u	office
Deputy Speaker	u	office
MP	u	office
MEP	u	office
# --- Regional and local government ---
Governor	u	office
Lieutenant Governor	u	office
Lt. Governor	u	office
Mayor	u	office
Deputy Mayor	u	office
Lord Mayor	u	office
Mayor-elect	u	office
Governor-elect	u	office
Council Member	u	office
Councilmember	u	office
Councilman	m	office
Councilwoman	f	office
Councillor	u	office
Councilor	u	office
Alderman	m	office
Alderwoman	f	office
Alderperson	u	office
Commissioner	u	office
Administrator	u	office
County Commissioner	u	office
Comptroller	u	office
Treasurer	u	office
Auditor General	u	office
Ombudsman	u	office
Sheriff	u	office
District Attorney	u	office
State Attorney	u	office
U.S. Attorney	u	office
Prosecutor	u	office
Chief Prosecutor	u	office
Public Prosecutor	u	office
Special Counsel	u	office
Inspector General	u	office
# --- Diplomacy and international bodies ---
Ambassador	u	office
Envoy	u	office
Special Envoy	u	office
Special Representative	u	office
Consul	u	office
Consul General	u	office
Consul-General	u	office
Charge d'Affaires	u	office
Chargé d'Affaires	u	office
High Commissioner	u	office
Secretary-General	u	office
Secretary General	u	office
UN Secretary-General	u	office
Deputy Secretary-General	u	office
Under-Secretary-General	u	office
Director-General	u	office
Director General	u	office
Deputy Director-General	u	office
European Commissioner	u	office
EU Commissioner	u	office
Commission President	u	office
High Representative	u	office
# --- Military ---
General	u	office
Lieutenant General	u	office
Major General	u	office
Brigadier General	u	office
Brigadier	u	office
Admiral	u	office
Vice Admiral	u	office
Rear Admiral	u	office
Fleet Admiral	u	office
Colonel	u	office
Lieutenant Colonel	u	office
Lieutenant	u	office
Second Lieutenant	u	office
First Lieutenant	u	office
Captain	u	office
Commander	u	office
Lieutenant Commander	u	office
Wing Commander	u	office
Squadron Leader	u	office
Group Captain	u	office
Commander-in-Chief	u	office
Commander in Chief	u	office
Supreme Allied Commander	u	office
Commodore	u	office
Marshal	u	office
Field Marshal	u	office
Air Marshal	u	office
Air Chief Marshal	u	office
Air Vice-Marshal	u	office
Sergeant	u	office
Staff Sergeant	u	office
Sergeant Major	u	office
Master Sergeant	u	office
Corporal	u	office
Lance Corporal	u	office
Chief of Staff	u	office
Chief of the Defence Staff	u	office
Chief of Defence Staff	u	office
Chief of the General Staff	u	office
Chief of General Staff	u	office
Army Chief	u	office
Army Chief of Staff	u	office
Chief of Naval Operations	u	office
Joint Chiefs Chairman	u	office
Chairman of the Joint Chiefs of Staff	u	office
Defense Chief	u	office
Defence Chief	u	office
National Security Adviser	u	office
National Security Advisor	u	office
Deputy National Security Adviser	u	office
# --- Judiciary and law enforcement ---
Justice	u	office
Associate Justice	u	office
Chief Justice	u	office
Judge	u	office
Chief Judge	u	office
District Judge	u	office
Federal Judge	u	office
Magistrate	u	office
Magistrate Judge	u	office
Inspector	u	office
Chief Inspector	u	office
Detective	u	office
Detective Inspector	u	office
Detective Chief Inspector	u	office
Detective Sergeant	u	office
Detective Superintendent	u	office
Superintendent	u	office
Chief Superintendent	u	office
Chief Constable	u	office
Constable	u	office
Police Commissioner	u	office
Police Chief	u	office
Chief	u	office
Chief of Police	u	office
Fire Chief	u	office
Officer	u	office
Police Officer	u	office
Trooper	u	office
Special Agent	u	office
Warden	u	office
Coroner	u	office
# --- Business, institutions, media ---
Chairman	m	office
Chairwoman	f	office
Chair	u	office
Chairperson	u	office
Vice Chairman	m	office
Vice Chairwoman	f	office
Vice Chair	u	office
Co-Chair	u	office
Co-chair	u	office
Chief Executive Officer	u	office
CEO	u	office
Co-CEO	u	office
Chief Operating Officer	u	office
COO	u	office
Chief Financial Officer	u	office
CFO	u	office
Chief Technology Officer	u	office
CTO	u	office
Chief Investment Officer	u	office
CIO	u	office
Chief Economist	u	office
Chief Strategist	u	office
Chief Scientist	u	office
Chief Medical Officer	u	office
Managing Director	u	office
Executive Director	u	office
Director	u	office
Deputy Director	u	office
Executive Vice President	u	office
Senior Vice President	u	office
General Manager	u	office
Managing Partner	u	office
Founder	u	office
Co-founder	u	office
Co-Founder	u	office
Cofounder	u	office
Editor-in-Chief	u	office
Spokesman	m	office
Spokeswoman	f	office
Spokesperson	u	office
Press Officer	u	office
Fed Chair	u	office
Fed Chairman	m	office
Central Bank Governor	u	office
# --- Academia, medicine, religion ---
Professor	u	office
Associate Professor	u	office
Assistant Professor	u	office
Emeritus Professor	u	office
Professor Emeritus	u	office
Lecturer	u	office
# Dean: also a given name (see firstnames.lex)
Dean	u	office
Provost	u	office
Rector	u	office
Doctor	u	office
Coach	u	office
Head Coach	u	office
