# url_cues.lex - what starts a link or an e-mail address.
http
https
www
@
