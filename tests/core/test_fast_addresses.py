"""The shortcuts for already-canonical addresses give exactly the full parsers' answers."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heed.core.addresses import normalise_email, normalise_phone
from heed.core.fast_addresses import (
    canonical_e164,
    canonical_email,
    canonical_nanp,
    canonical_national,
    normalise_address_fast,
)
from heed.core.vocabulary import Channel
from heed.errors import InvalidAddress


def slow(raw: str, country: str | None = None) -> str | None:
    try:
        return normalise_phone(raw, country)
    except InvalidAddress:
        return None


def test_every_calling_code_and_length_agrees_with_phonenumbers() -> None:
    """Random national numbers of every length for every calling code: wherever the shortcut
    answers, the answer is phonenumbers' own, with and without a default country."""
    rng = random.Random(20261124)
    answered = checked = 0
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        for length in range(1, 16):
            for _ in range(3):
                number = f"+{code}{rng.randint(0, 9)}" + "".join(
                    rng.choice("0123456789") for _ in range(length - 1)
                )
                fast = canonical_e164(number)
                checked += 1
                if fast is not None:
                    answered += 1
                    assert fast == slow(number) == slow(number, "US") == slow(number, "DE"), number
    assert answered > checked // 10, "most lengths are impossible, but many must be answered"


def test_the_example_numbers_of_every_region_take_the_shortcut_and_agree() -> None:
    hits = total = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            total += 1
            fast = canonical_e164(e164)
            if fast is not None:
                hits += 1
                assert fast == slow(e164), e164
    assert hits / total > 0.8, f"only {hits} of {total} real-looking numbers took the shortcut"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+14155550100", "+14155550100"),
        ("  +14155550100 ", "+14155550100"),  # stripped, as normalise_phone does
        ("+447911123456", "+447911123456"),
        ("+4402071234567", None),  # a national prefix after +44: phonenumbers strips it
        ("+541123456789", None),  # Argentina's prefix pattern matches anything: slow path
        ("+1415555010", None),  # too short: the slow path words the error
        ("+390612345678", None),  # Italian leading zero
        ("14155550100", None),  # no +
        ("+1 415 555 0100", None),
        ("+١٤١٥٥٥٥٠١٠٠", None),  # Arabic-Indic digits: normalised by the slow path only
        ("whatsapp:+14155550100", None),
        ("+999123456789", None),  # no such calling code
        ("+", None),
        ("", None),
    ],
)
def test_shortcut_cases(raw: str, expected: str | None) -> None:
    assert canonical_e164(raw) == expected
    if expected is not None:
        assert slow(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"\A\+[0-9]{6,16}\Z"))
def test_any_plus_digits_string_agrees(raw: str) -> None:
    fast = canonical_e164(raw)
    assert fast is None or fast == slow(raw)


_NATIONAL_FORMS = st.builds(
    lambda lead, digits, cuts, separators: (
        lead
        + "".join(
            f"{separators[n % len(separators)]}{d}" if n in cuts else d
            for n, d in enumerate(digits)
        )
    ),
    st.sampled_from(["", "1", "1 ", "1-", "(", "+", "0", "011 "]),
    st.from_regex(r"\A[0-9]{6,12}\Z"),
    st.sets(st.integers(0, 12), max_size=4),
    st.lists(st.sampled_from([" ", "-", ".", "(", ")", ") ", "/", "x", "\t"]), min_size=1),
)


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(_NATIONAL_FORMS, st.text(alphabet="0123456789 -().1", max_size=18)),
    st.sampled_from(["US", "CA", "us", "GB", "BM", None]),
)
def test_national_north_american_numbers_agree_with_phonenumbers(
    raw: str, country: str | None
) -> None:
    """Wherever the national shortcut answers, phonenumbers gives the same E.164 with that
    default country; it answers for the United States and Canada only."""
    fast = canonical_nanp(raw, country)
    assert fast is None or fast == slow(raw, country), (raw, country)
    if country not in ("US", "CA", "us"):
        assert fast is None


@pytest.mark.parametrize(
    "raw",
    [
        "(415) 555-0100",
        "415.555.0100",
        "415-555-0100",
        "1 415 555 0100",
        "4155550100",
        "14155550100",
        "1 (415) 555-0100",
        " 415 555 0100 ",
    ],
)
def test_the_usual_north_american_spellings_take_the_national_shortcut(raw: str) -> None:
    assert canonical_nanp(raw, "US") == slow(raw, "US") == "+14155550100"
    assert normalise_address_fast(Channel.SMS, raw, "CA") == "+14155550100"


@pytest.mark.parametrize(
    "raw",
    [
        "555-0100",
        "415 555 010",
        "0415 555 0100",
        "1415555010",
        "415 555 0100 x12",
        "415/555/0100",
        "+1 415 555 0100",
        "２１２５５５０１００",
        "415\t555 0100",
    ],
)
def test_other_spellings_leave_the_national_shortcut_to_phonenumbers(raw: str) -> None:
    assert canonical_nanp(raw, "US") is None


def test_every_regions_national_numbers_agree_with_phonenumbers() -> None:
    """The example numbers phonenumbers holds for every region and kind, written nationally:
    wherever the trunk-prefix shortcut answers, phonenumbers gives the same E.164 with that
    default country; it answers for many regions, and none outside its rule."""
    kinds = (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.VOIP,
    )
    answered: set[str] = set()
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            raw = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
            fast = canonical_national(raw, region)
            assert fast is None or fast == slow(raw, region), (raw, region)
            if fast is not None:
                answered.add(region)
    assert len(answered) > 80 and {"GB", "DE", "FR", "AU", "IN", "NL", "ZA"} <= answered


_TRUNK_FORMS = st.builds(
    lambda digits, cuts, separators: "".join(
        f"{separators[n % len(separators)]}{d}" if n in cuts else d for n, d in enumerate(digits)
    ),
    st.from_regex(r"\A0[0-9]{4,13}\Z"),
    st.sets(st.integers(0, 14), max_size=4),
    st.lists(st.sampled_from([" ", "-", ".", "(", ")", ") ", "/", "x"]), min_size=1),
)


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(_TRUNK_FORMS, st.text(alphabet="0123456789 -().", max_size=18)),
    st.sampled_from([*sorted(phonenumbers.SUPPORTED_REGIONS), "gb", "XX", "GG"]),
)
def test_national_numbers_with_a_trunk_prefix_agree_with_phonenumbers(
    raw: str, country: str
) -> None:
    fast = canonical_national(raw, country)
    assert fast is None or fast == slow(raw, country), (raw, country)


@pytest.mark.parametrize(
    ("raw", "country", "e164"),
    [
        ("07700 900123", "GB", "+447700900123"),
        ("(030) 1234567", "DE", "+49301234567"),
        ("0412 345 678", "AU", "+61412345678"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("06-12345678", "nl", "+31612345678"),
    ],
)
def test_the_usual_national_spellings_take_the_trunk_prefix_shortcut(
    raw: str, country: str, e164: str
) -> None:
    assert canonical_national(raw, country) == slow(raw, country) == e164
    assert normalise_address_fast(Channel.SMS, raw, country) == e164


@pytest.mark.parametrize(
    ("raw", "country"),
    [
        ("07700 900123", None),  # no default country: never a guess
        ("07700 900123", "US"),
        ("0044 7700 900123", "GB"),  # a call abroad: phonenumbers reads the calling code
        ("7700 900123", "GB"),  # no trunk prefix
        ("07700 900123 x12", "GB"),
        ("0612345678", "IT"),  # Italy keeps its 0
        ("07781 123456", "GG"),  # Guernsey: +44, whose possible lengths are Britain's
    ],
)
def test_other_national_spellings_leave_the_trunk_prefix_shortcut_to_phonenumbers(
    raw: str, country: str | None
) -> None:
    assert canonical_national(raw, country) is None


DOMAINS = st.sampled_from(
    [
        "example.com",
        "Example.COM",
        "mail.example.co.uk",
        "xn--bcher-kva.example",
        "localhost",
        "foo.test",
        "foo.local",
        "foo.123",
        "-bad.com",
        "exa_mple.com",
        "a..b.com",
    ]
)
LOCALS = st.from_regex(r"\A[A-Za-z0-9_+.-]{1,20}\Z")


@settings(max_examples=300, deadline=None)
@given(LOCALS, DOMAINS)
def test_emails_agree_with_email_validator(local: str, domain: str) -> None:
    raw = f"{local}@{domain}"
    fast = canonical_email(raw)
    try:
        expected: str | None = normalise_email(raw)
    except InvalidAddress:
        expected = None
    assert fast is None or fast == expected, raw
    assert normalise_address_fast(Channel.EMAIL, "Ann.Lee@Example.com") == "ann.lee@example.com"


def test_the_fast_entry_point_raises_the_slow_paths_errors() -> None:
    with pytest.raises(InvalidAddress, match="default_country"):
        normalise_address_fast(Channel.SMS, "415 555 0100")
    assert normalise_address_fast(Channel.SMS, "(415) 555-0100", "US") == "+14155550100"
    with pytest.raises(InvalidAddress):
        normalise_address_fast(Channel.EMAIL, "ann@localhost")
