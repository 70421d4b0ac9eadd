"""The records side of `heed.Engine`: API keys, Idempotency-Keys, contacts, suppressions by
id, the activity log, lists and consents, bulk checks, one module each.

Mixins only to keep engine.py readable: every method is still one transaction on the same
engine, scoped to one account, with roles checked here like everywhere else.
"""

from heed.records.contacts import Contacts
from heed.records.idempotency import IdempotencyKeys
from heed.records.keys import ApiKeys
from heed.records.lists import ListsAndConsents
from heed.records.suppressions import Suppressions


class Records(ApiKeys, IdempotencyKeys, Contacts, Suppressions, ListsAndConsents):
    """Mixed into `heed.Engine`; relies on its transactions and its check."""


__all__ = ["Records"]
