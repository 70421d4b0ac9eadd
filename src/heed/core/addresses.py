"""Turn what a person or a file gave us into the one canonical address heed keys on.

Suppressions are keyed by address, so "+1 (415) 555-0100", "14155550100" with a default country
and "+14155550100" must all become the same string, or an opt-out would silently miss.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import ValidationResult

from heed.core.vocabulary import AddressKind, Channel
from heed.errors import InvalidAddress

#: A WhatsApp business-scoped user id (BSUID): the person's ISO country code, "ENT." for an
#: enterprise's parent id, then an alphanumeric id ("US.13491208655302741918"). Meta sends it
#: beside, or (for a person who adopted a username) instead of, the phone number.
_BSUID = re.compile(r"([A-Za-z]{2})\.((?:ENT\.)?[A-Za-z0-9]{1,128})")


def normalise_address(channel: Channel, raw: str, default_country: str | None = None) -> str:
    """Return the canonical address for `channel`, or raise InvalidAddress saying why.

    On WhatsApp a person may be known by a business-scoped user id only: a person who may
    say STOP all the same, so the id is an address of that channel (its country code
    upper-cased, the rest as Meta wrote it).
    """
    if channel.address_kind is AddressKind.EMAIL:
        return normalise_email(raw)
    if channel is Channel.WHATSAPP and (bsuid := _BSUID.fullmatch(raw.strip())):
        return f"{bsuid[1].upper()}.{bsuid[2]}"
    return normalise_phone(raw, default_country)


def normalise_phone(raw: str, default_country: str | None = None) -> str:
    """Return the E.164 form of a phone number.

    Without a default country only international numbers (+CC…) are accepted: guessing the
    country of "0412 345 678" could suppress a stranger's number instead of the person's.
    A number that can only be dialled locally ("555-0100", no area code) is refused too:
    phonenumbers calls it possible, but its E.164 form (+15550100) is nobody's number, so an
    opt-out stored under it would protect no one.
    """
    text = raw.strip()
    if text.lower().startswith("whatsapp:"):  # Twilio prefixes WhatsApp addresses this way
        text = text[len("whatsapp:") :]
    if not text:
        raise InvalidAddress("empty phone number: expected E.164, e.g. +14155550100")
    try:
        number = phonenumbers.parse(text, default_country.upper() if default_country else None)
    except phonenumbers.NumberParseException:
        raise InvalidAddress(_phone_hint(raw, default_country)) from None
    if phonenumbers.is_possible_number_with_reason(number) != ValidationResult.IS_POSSIBLE:
        raise InvalidAddress(_phone_hint(raw, default_country))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phone_hint(raw: str, default_country: str | None) -> str:
    if default_country:
        return (
            f"{raw!r} is not a valid phone number: expected E.164 (e.g. +14155550100) "
            f"or a national number of {default_country.upper()}"
        )
    return (
        f"{raw!r} is not a valid phone number: expected E.164 (e.g. +14155550100), "
        "or set the account's default_country to accept national numbers"
    )


def normalise_email(raw: str) -> str:
    """Return the email address lower-cased, with the domain in its IDNA-normalised form.

    Lower-casing the local part is technically lossy, but no mailbox provider in practice
    distinguishes case, and a case-sensitive suppression list would miss "Ann@x.com" vs "ann@x.com".
    """
    # Imported here: it compiles its grammar on import, which `heed check` on a phone number
    # should not pay for (#12 item 7).
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidAddress(f"{raw!r} is not a valid email address: {exc}") from None
    return result.normalized.lower()


def valid_country(code: str) -> str:
    """Return an ISO 3166 region code phonenumbers knows, upper-cased, or raise."""
    region = code.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidAddress(f"{code!r} is not a country code phonenumbers knows (e.g. US, GB, DE)")
    return region


def normalise_sender(channel: Channel, raw: str, default_country: str | None = None) -> str:
    """Return the canonical form of a sending address: E.164, a short code, or a lower-cased
    email address or sending domain."""
    text = raw.strip()
    if channel.address_kind is AddressKind.EMAIL:
        if not text:
            raise InvalidAddress("empty sender: expected an email address or sending domain")
        return text.lower()
    if text.isdigit() and 3 <= len(text) <= 8:
        return text  # a short code, e.g. 12345: not a phone number, but a valid sender
    return normalise_phone(text, default_country)


def address_to_find(channel: Channel | None, raw: str, default_country: str | None) -> str:
    """How heed stores `raw` (as an email if it has an @, else a phone, without a channel),
    or `raw` itself when it reads as neither: a filter then simply finds nothing."""
    if channel is None:
        channel = Channel.EMAIL if "@" in raw else Channel.SMS
    try:
        return normalise_address(channel, raw, default_country)
    except InvalidAddress:
        return raw
