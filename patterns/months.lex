# months.lex - month names and their abbreviations, for dates ("Jan. 5",
# "5 January 2020") that are not figures.
January
February
March
April
May
June
July
August
September
October
November
December
Jan
Feb
Mar
Apr
Jun
Jul
Aug
Sep
Sept
Oct
Nov
Dec
