"""Review deadlines in business days.

The FCC's 2024 revocation rule (47 CFR 64.1200(a)(10)) gives a sender at most ten business
days to honour a revocation made by any reasonable means, so a free-form reply heed is unsure
of may wait for a human at most that long; then it is applied anyway (fail safe).
"""

from __future__ import annotations

from datetime import datetime, timedelta

FCC_MAX_BUSINESS_DAYS = 10


def add_business_days(start: datetime, days: int) -> datetime:
    """`start` plus `days` working days (Monday to Friday), at the same time of day.

    Public holidays are not skipped: counting them would push the deadline past the legal
    maximum in some places, and an early deadline only makes heed apply the opt-out sooner.
    """
    moment, left = start, days
    while left > 0:
        moment += timedelta(days=1)
        if moment.weekday() < 5:
            left -= 1
    return moment
