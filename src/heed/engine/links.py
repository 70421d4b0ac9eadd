"""RFC 8058 one-click unsubscribe links: a signed token per recipient, its headers, and
reading a token back (heed.providers.email makes and reads the tokens)."""

from __future__ import annotations

from heed.core.addresses import normalise_address
from heed.core.vocabulary import Channel
from heed.engine.base import Transactions
from heed.errors import SignatureInvalid
from heed.providers import email as email_links
from heed.store import accounts


class UnsubscribeLinks:
    """Links made with each account's link keys (heed.server_key), read with all of them."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def unsubscribe_token(self, slug: str, address: str) -> str:
        """A signed, opaque token for an RFC 8058 one-click unsubscribe link of `address`."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            normalised = normalise_address(Channel.EMAIL, address)
            return email_links.make_token(account.keys.links[0], account.id, normalised)

    def unsubscribe_headers(
        self, slug: str, address: str, base_url: str, mailto: str | None = None
    ) -> dict[str, str]:
        """The `List-Unsubscribe` and `List-Unsubscribe-Post` headers for one recipient."""
        token = self.unsubscribe_token(slug, address)
        url = f"{base_url.rstrip('/')}/unsubscribe/{slug}/{token}"
        return email_links.list_unsubscribe_headers(url, mailto)

    def read_unsubscribe_token(self, slug: str, token: str) -> str:
        """The email address a token was made for, or SignatureInvalid.

        An unknown account gets the answer a wrong signature gets, after the same work (the
        token is checked against the stand-in's keys): the link never says which accounts exist.
        """
        with self.transactions.read() as session:
            account, exists = accounts.account_or_stand_in(session, slug)
            account_id, address, _scope = email_links.read_any(account.keys.links, token)
            if account_id != account.id or not exists:
                raise SignatureInvalid("this unsubscribe link belongs to another account")
            return address
