# hedges.lex - qualifiers written just before an amount ("roughly $5
# billion"). The figure's `hedge` is the one written, in lower case.
# "over" and "under" have their own rules in hedges.rules ("China over $4
# billion" is no hedge).
about
around
roughly
approximately
approx.
nearly
almost
some
circa
close to
up to
as much as
as many as
as high as
as little as
as few as
as low as
at least
at most
no more than
no less than
not more than
not less than
no fewer than
more than
less than
fewer than
a little more than
a little less than
a little over
slightly more than
slightly less than
just more than
just less than
well more than
far more than
much more than
upwards of
upward of
in excess of
an estimated
estimated
a maximum of
a minimum of
a reported
