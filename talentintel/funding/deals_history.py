"""A text that opens on a dated past raise announces the first later round that names its company and sum (fund67).

"When Stripe-subsidiary Paystack raised its seed round of $1.3 million in 2016, it was one of the largest disclosed
rounds at that stage in Nigeria" opens a trend piece (kind_recaps.PAST_RAISE, reason "history"). Cut before any new
round (b37-newzz-african-preseed-2020) it is `other`; read on to "Egyptian fintech startup Cassbana raised a $1 million
pre-seed investment" (hs12-techstuff-africa-pre-seed-2020-cassbana) it announces that round, deal 1 by its label. A
later part with no name or no sum ("Typically, pre-seed rounds are raised ...") announces nothing.
"""

from __future__ import annotations

from talentintel.funding.types import Deal


def after_history(deals: list[Deal], head_reason: str) -> list[Deal]:
    """`deals` with the first later named, summed round first when the head part was history."""
    if head_reason != "history" or len(deals) < 2 or deals[0].kind != "other":
        return deals
    later = next((d for d in deals[1:] if d.kind == "round" and d.company and d.amount_usd), None)
    return deals if later is None else [later, *(d for d in deals[1:] if d is not later)]
