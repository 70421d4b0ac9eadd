"""Normalise addresses that are already canonical without the full parsers: same answers, faster.

`normalise_address` parses every phone number with phonenumbers (~30 µs) and every email with
email_validator (~75 µs). For one check that is nothing; for an audience of ten million it is
the whole run. Most lists are exported by systems that already store E.164 and plain ASCII
email, so this module recognises that case with a few string operations and answers exactly
what the full parsers would. Whenever it cannot prove the answer it says so (None) and the
caller takes the slow path, so a number is never suppressed or let through by a shortcut.

Why the phone shortcut is exact, step by step as phonenumbers parses `+<digits>` (whatever the
default country, since the `+` fixes the country code):
  1. the country calling code is the first 1-3 digits found in COUNTRY_CODE_TO_REGION_CODE;
  2. a national prefix is stripped only if the region's `national_prefix_for_parsing` matches
     the start of the national number: we give up when it does (e.g. +44 0…, or Argentina,
     whose pattern matches the empty string);
  3. the number is complete iff the national number's length is one of the region's general
     possible lengths (not a local-only one): we give up otherwise, so the slow path words
     the error;
  4. E.164 is then `+`, the calling code and the national number, i.e. the input itself.
A national number starting with 0 (kept as an "Italian leading zero") takes the slow path.

A number written nationally in the United States or Canada ("(415) 555-0100", "415.555.0100",
"1 415 555 0100": CRM exports of North American lists mostly look so) has its own shortcut,
`canonical_nanp`, exact for the same reasons with that default country: phonenumbers drops
the spaces, dashes, dots and parentheses; ten digits starting with 2-9 are the national number
(the national prefix for parsing, 1, cannot match them; the international prefix, 011, starts
with 0); eleven with a leading 1 are the calling code and those ten (the eleven are too long
to be a national number); and ten digits are a possible length of both regions.
A number written nationally with a trunk prefix 0 elsewhere ("07700 900123" in Britain, "0412
345 678" in Australia: about ninety regions) has `canonical_national`, exact with that default
country for the reasons its docstring gives, read off the region's own metadata.
`tests/core/test_fast_addresses.py` compares both paths over every calling code and length,
every region's example numbers, and any string of digits and those separators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata

from heed.core.addresses import normalise_address, normalise_email
from heed.core.vocabulary import AddressKind, Channel
from heed.errors import InvalidAddress

_MAX_COUNTRY_CODE_DIGITS = 3
# A conservative subset of RFC 5322's dot-atom, for which email_validator returns the local
# part unchanged (heed then lower-cases it).
_SIMPLE_LOCAL = re.compile(r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*")
_MAX_FAST_EMAIL = 200  # well inside email_validator's length limits (64 local, 254 in all)


def normalise_address_fast(channel: Channel, raw: str, default_country: str | None = None) -> str:
    """`normalise_address`, exactly, taking the shortcut when the input is already canonical."""
    if channel.address_kind is AddressKind.EMAIL:
        found = canonical_email(raw)
    else:
        found = canonical_phone(raw, default_country)
    return found if found is not None else normalise_address(channel, raw, default_country)


_Plan = tuple[int, re.Pattern[str] | None, frozenset[int]]
#: digits[:3] -> (length of the calling code, national-prefix pattern, possible national
#: lengths), or None: the first three digits decide the calling code (step 1 above).
_plans: dict[str, _Plan | None] = {}


def _plan(head: str) -> _Plan | None:
    for size in range(1, min(len(head), _MAX_COUNTRY_CODE_DIGITS) + 1):
        country_code = int(head[:size])
        if country_code in COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    if metadata is None or metadata.general_desc is None:
        return None
    desc = metadata.general_desc
    lengths = frozenset(desc.possible_length or ())
    prefix = metadata.national_prefix_for_parsing
    return size, (re.compile(prefix) if prefix else None), lengths


def canonical_e164(raw: str) -> str | None:
    """`raw` stripped, if it is an E.164 number that `normalise_phone` returns unchanged;
    None when it is anything else or when that cannot be told cheaply."""
    text = raw.strip()
    digits = text[1:]
    if not (text[:1] == "+" and digits.isascii() and digits.isdigit() and digits[:1] != "0"):
        return None
    head = digits[:3]
    try:
        plan = _plans[head]
    except KeyError:
        plan = _plans[head] = _plan(head)
    if plan is None:
        return None
    size, prefix, lengths = plan
    national = digits[size:]
    if len(national) < 2 or national[0] == "0":
        return None
    if prefix is not None and prefix.match(national):
        return None
    return text if len(national) in lengths else None


#: Default countries whose national numbers `canonical_nanp` reads: the North American
#: Numbering Plan's two largest, whose metadata parse a national number as described above
#: (others of the plan have their own national prefix rules: Bermuda's adds an area code).
_NANP = frozenset({"US", "CA"})
_SEPARATORS = str.maketrans("", "", " -().")


def canonical_nanp(raw: str, default_country: str | None) -> str | None:
    """`normalise_phone(raw, default_country)` for a number of the United States or Canada
    written nationally: ten digits starting with 2-9, or eleven with a leading 1, with only
    spaces, dashes, dots and parentheses among them; None for anything else."""
    if default_country is None or default_country.upper() not in _NANP:
        return None
    digits = raw.translate(_SEPARATORS)
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) != 10 or not (digits.isascii() and digits.isdigit()) or digits[0] < "2":
        return None
    return "+1" + digits


#: region -> (calling code, national prefix for parsing, the general national-number pattern,
#: international prefix, possible national lengths but local-only ones, whether the region
#: transforms what its prefix captures), or None where `canonical_national` does not answer.
_NationalPlan = tuple[
    str, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, frozenset[int], bool
]


@lru_cache(maxsize=512)  # bounded: a region each, whatever a setting holds
def _national_plan(region: str) -> _NationalPlan | None:
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None or metadata.country_code is None:
        return None
    desc = metadata.general_desc
    # `is_possible_number` reads the main region of the calling code (GB for +44, not GG)
    main = phonenumbers.region_code_for_country_code(metadata.country_code) == region
    if not (main and metadata.national_prefix_for_parsing and desc.national_number_pattern):
        return None
    local = frozenset(desc.possible_length_local_only or ())
    idd = metadata.international_prefix
    return (
        str(metadata.country_code),
        re.compile(metadata.national_prefix_for_parsing),
        re.compile(desc.national_number_pattern),
        re.compile(idd) if idd else None,
        frozenset(desc.possible_length or ()) - local,
        bool(metadata.national_prefix_transform_rule),
    )


def canonical_national(raw: str, default_country: str | None) -> str | None:
    """`normalise_phone(raw, default_country)` for a number written nationally with a trunk
    prefix 0 ("07700 900123" in GB, "030 1234567" in DE, "0412 345 678" in AU): digits with
    only spaces, dashes, dots and parentheses among them, the first a 0 and the second not.
    Exact as phonenumbers parses it with that default country: the digits are no call abroad
    (the region's international prefix does not match them); its national prefix for parsing
    matches the 0 alone, capturing nothing it would transform; what follows is a national
    number of the region (its general pattern, a possible length that is not local-only), so
    phonenumbers strips the 0, and E.164 is `+`, the calling code and that. None otherwise."""
    plan = _national_plan(default_country.upper()) if default_country else None
    if plan is None:
        return None
    code, prefix, general, idd, lengths, transforms = plan
    digits = raw.translate(_SEPARATORS)
    if len(digits) < 3 or digits[0] != "0" or digits[1] == "0":
        return None
    if not (digits.isascii() and digits.isdigit()) or (idd is not None and idd.match(digits)):
        return None
    found = prefix.match(digits)
    if found is None or found.end() != 1 or (transforms and found.groups()[-1:] != (None,)):
        return None
    national = digits[1:]
    if len(national) not in lengths or not general.fullmatch(national):
        return None
    return f"+{code}{national}"


def canonical_phone(raw: str, default_country: str | None = None) -> str | None:
    """`normalise_phone(raw, default_country)` where a shortcut proves it: the number in
    E.164 already (`canonical_e164`), or written nationally in the United States or Canada
    (`canonical_nanp`) or with a trunk prefix 0 (`canonical_national`); None for anything
    else."""
    return (
        canonical_e164(raw)
        or canonical_nanp(raw, default_country)
        or canonical_national(raw, default_country)
    )


def canonical_email(raw: str) -> str | None:
    """`normalise_email(raw)` for a plain ASCII address, with the domain's canonical form
    looked up once per domain; None when the address is not that simple."""
    text = raw.strip()
    local, at, domain = text.rpartition("@")
    if not at or len(text) > _MAX_FAST_EMAIL or not _SIMPLE_LOCAL.fullmatch(local):
        return None
    canonical = _canonical_domain(domain)
    return f"{local}@{canonical}".lower() if canonical is not None else None


#: A line holding an address `canonical_email` takes (a simple local part, an ASCII domain),
#: the domain captured: for a column of addresses searched at once, one line each.
_PLAIN_EMAIL_LINE = re.compile(rb"^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@([A-Za-z0-9.-]+)$", re.M)


def canonical_emails(raws: Sequence[bytes]) -> list[str | None]:
    """`canonical_email` of each of these non-empty UTF-8 values, or None where it is not
    proved here (the caller asks `normalise_address` of those), for a column of a file: one
    regular-expression search over the column joined by newlines and one `lower`, instead of
    a call per value. Only addresses without spaces or non-ASCII are taken; their result is
    the address lower-cased when the domain's canonical form is the domain lower-cased."""
    if not raws:
        return []
    joined = b"\n".join(raws)
    domains = _PLAIN_EMAIL_LINE.findall(joined)
    # some value is not that simple, or holds a line break (its lines would count as values)
    if len(domains) != len(raws) or joined.count(b"\n") != len(raws) - 1:
        return [canonical_email(raw.decode()) for raw in raws]
    bad = {d for d in set(domains) if not _same_domain(d.decode())}
    lowered = joined.lower().decode().split("\n")
    return [
        None if (bad and domain in bad) or len(raw) > _MAX_FAST_EMAIL else text
        for raw, domain, text in zip(raws, domains, lowered, strict=True)
    ]


def _same_domain(domain: str) -> bool:
    canonical = _canonical_domain(domain)
    return canonical is not None and canonical.lower() == domain.lower()


@lru_cache(maxsize=65_536)
def _canonical_domain(domain: str) -> str | None:
    """What email_validator makes of `domain` (lower-cased, IDNA-decoded), or None if it is
    not a domain email can be sent to. Independent of the local part, so it can be cached."""
    if not domain or "@" in domain:
        return None
    try:
        return normalise_email(f"a@{domain}").partition("@")[2]
    except InvalidAddress:
        return None
