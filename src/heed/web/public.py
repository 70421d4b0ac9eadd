"""What the public pages (the opt-out form, the one-click unsubscribe page) share: the
business's name, logo and colour from its settings, and the person's language.

These pages are seen by the people who receive the business's messages, not by its staff, so
they carry the business's display name rather than heed's, and speak the language the
browser asks for (`Accept-Language`) among those heed has words for. The logo is only a link
the person's browser loads: heed never fetches it, and the page's Content-Security-Policy
allows images from that one origin and the colour through a hashed style, nothing more.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse

from heed.core.account_settings import AccountSettings
from heed.web.public_words import LANGUAGES, WORDS
from heed.web.render import render


@dataclass(frozen=True)
class Brand:
    """How a public page shows the business."""

    name: str
    logo_url: str | None = None
    colour: str | None = None

    @classmethod
    def of(cls, name: str, settings: AccountSettings | None) -> Brand:
        """The account's brand; an account that does not exist (settings None) is only named,
        like any account without a logo or colour, so the page does not tell them apart."""
        if settings is None:
            return cls(name)
        return cls(settings.display_name or name, settings.logo_url, settings.brand_colour)

    @property
    def style(self) -> str:
        """The page's colours as CSS custom properties (empty: heed's own)."""
        if not self.colour:
            return ""
        colour, ink = self.colour, _ink(self.colour)
        return f":root{{--brand:{colour};--brand-dark:{colour};--brand-ink:{ink}}}"


def _ink(colour: str) -> str:
    """Text on the brand colour: dark or white, whichever contrasts more (WCAG 2 luminance)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    dark = 0.0144  # heed's ink, #18212f
    return "#18212f" if (luminance + 0.05) / (dark + 0.05) > 1.05 / (luminance + 0.05) else "#fff"


def language(accept_language: str | None) -> str:
    """The best of heed's languages for an `Accept-Language` header (RFC 9110 §12.5.4):
    by quality, then order; a region (`pt-BR`) matches its language; English otherwise."""
    best, best_q = "en", 0.0
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if primary in LANGUAGES and quality > best_q and 0 < quality <= 1:
            best, best_q = primary, quality - position * 1e-6
    return best


def public_page(
    request: Request, template: str, brand: Brand, status: int = 200, **context: Any
) -> HTMLResponse:
    """Render a public page in the person's language, with the business's brand."""
    lang = language(request.headers.get("accept-language"))
    response = render(
        request, template, None, status, brand=brand, lang=lang, t=WORDS[lang], **context
    )
    response.headers["Content-Security-Policy"] = _policy(brand)
    response.headers["Content-Language"] = lang
    response.headers["Vary"] = "Accept-Language"
    return response


def _policy(brand: Brand) -> str:
    images = "'self' data:"
    if brand.logo_url:
        parts = urlsplit(brand.logo_url)
        images += f" {parts.scheme}://{parts.netloc}"
    styles = "'self'"
    if brand.style:
        digest = base64.b64encode(hashlib.sha256(brand.style.encode()).digest()).decode()
        styles += f" 'sha256-{digest}'"
    return (
        f"default-src 'self'; img-src {images}; style-src {styles}; "
        "script-src 'self'; form-action 'self'; frame-ancestors 'none'"
    )
