# claim_cues.lex - words near a figure that say which statement of a
# quantity it is (docs/conflicts.md). Fields: CUE<TAB>FIELD:VALUE, where
# FIELD is `role` (part, from, potential) or `span` (since, so-far,
# multi-year). Case-insensitive, whole words, multi-word cues allowed.
# A `role:part` or `role:potential` cue counts within a few words before
# the figure in its clause; `role:from` right before it; `span` cues in
# the figure's clause.

# A part of a larger amount.
including	role:part
includes	role:part
included	role:part
include	role:part
of which	role:part
among them	role:part
another	role:part
a further	role:part
an additional	role:part
the first	role:part
the rest	role:part
the remaining	role:part

# The level a change starts from.
from	role:from
up from	role:from
down from	role:from
compared with	role:from
compared to	role:from

# What may happen, not what is.
could	role:potential
might	role:potential
may	role:potential
possible	role:potential
possibly	role:potential
potential	role:potential
potentially	role:potential
ceiling	role:potential
cap	role:potential
allow for	role:potential
allowing for	role:potential
allows for	role:potential
target	role:potential
goal	role:potential
aim	role:potential
proposed	role:potential
proposal	role:potential

# Totals over a period rather than one act.
since	span:since
so far	span:so-far
to date	span:so-far
cumulative	span:since
in all	span:since
over the decade	span:multi-year
over the next decade	span:multi-year
over ten years	span:multi-year
over 10 years	span:multi-year
over five years	span:multi-year
over the term	span:multi-year
over the ten-year term	span:multi-year
over the life	span:multi-year
a day	span:per-day
per day	span:per-day
a month	span:per-month
per month	span:per-month
a week	span:per-week
per household	span:per-unit
per person	span:per-unit
per head	span:per-unit
each	span:per-unit
apiece	span:per-unit
