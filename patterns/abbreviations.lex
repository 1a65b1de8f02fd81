# abbreviations.lex - words that keep their period, for the sentence
# splitter (src/segment.c). Matched with case as written. Without a value
# the period never ends a sentence ("Mr. Smith", "Jan. 5", "No. 10");
# with the value "final" it does when a sentence starter
# (sentence_starters.lex) follows ("... in the U.S. The talks ...").
# Single capitals ("J.") and dotted initials ("U.N.") are handled without
# being listed.
Mr.
Mrs.
Ms.
Messrs.
Mme.
Dr.
Prof.
Gen.
Lt.
Col.
Maj.
Capt.
Cmdr.
Cdr.
Adm.
Sgt.
Cpl.
Pvt.
Brig.
Rep.
Reps.
Sen.
Sens.
Gov.
Govs.
Pres.
Amb.
Rev.
Fr.
Sr.
Jr.	final
St.
Mt.
Ft.
Hon.
Jan.
Feb.
Mar.
Apr.
Jun.
Jul.
Aug.
Sep.
Sept.
Oct.
Nov.
Dec.
No.
Nos.
Vol.
Art.
Fig.
vs.
v.
etc.	final
e.g.
i.e.
cf.
approx.
est.
ca.
c.
Inc.	final
Corp.	final
Co.	final
Ltd.	final
Bros.	final
Cos.	final
U.S.	final
U.K.	final
U.N.	final
E.U.	final
D.C.	final
U.S.A.	final
a.m.	final
p.m.	final
Ave.
Blvd.
Rd.
Ala.	final
Ariz.	final
Ark.	final
Calif.	final
Colo.	final
Conn.	final
Del.	final
Fla.	final
Ga.	final
Ill.	final
Ind.	final
Kan.	final
Ky.	final
La.	final
Md.	final
Mass.	final
Mich.	final
Minn.	final
Miss.	final
Mo.	final
Mont.	final
Neb.	final
Nev.	final
Okla.	final
Ore.	final
Pa.	final
Tenn.	final
Tex.	final
Va.	final
Vt.	final
Wash.	final
Wis.	final
Wyo.	final
