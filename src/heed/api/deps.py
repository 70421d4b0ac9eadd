"""Shared request dependencies: the engine, the settings, and who an API key acts as."""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from heed.api.limits import JsonTooDeep, load_json
from heed.core.text import storable_text  # noqa: F401 - re-exported for the routes
from heed.core.vocabulary import Actor, ActorKind
from heed.engine import Engine
from heed.engine.results import ApiPrincipal
from heed.errors import Unauthenticated
from heed.settings import Settings


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


#: Declares the scheme in /openapi.json (and the Authorize button in /docs); heed answers a
#: missing or wrong key itself, as a 401 problem.
_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="An API key of one account and role: `Authorization: Bearer heed_…`.",
)


async def get_principal(
    engine: Annotated[Engine, Depends(get_engine)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> ApiPrincipal:
    """The account and role of the request's `Authorization: Bearer` key.

    The account always comes from the key, never from the request, so one tenant's key can
    never address another tenant's data.
    """
    token = credentials.credentials.strip() if credentials else ""
    if not token:
        raise Unauthenticated("send an API key as `Authorization: Bearer <key>`")
    return await run_in_threadpool(engine.authenticate, token)


def get_actor(principal: Annotated[ApiPrincipal, Depends(get_principal)]) -> Actor:
    """Who an API request acts as in the activity log: the key, with its role."""
    return Actor(ActorKind.API_KEY, principal.key_id, principal.role)


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
Principal = Annotated[ApiPrincipal, Depends(get_principal)]
ActorDep = Annotated[Actor, Depends(get_actor)]


async def refuse_unstorable_text(request: Request, _principal: Principal) -> None:
    """Refuse text no database can keep (NUL characters and lone UTF-16 surrogates) and
    JSON numbers it would not keep as sent (NaN, infinities, integers past 2**53).

    PostgreSQL rejects both kinds of text (in text and in JSONB) and SQLite cannot encode
    surrogates, so without this a stray `\\u0000` in a query or a JSON body is a 500 instead
    of a 422; NaN and 1e400 were stored as null.
    Runs after authentication, like FastAPI's own validation, so a caller without a key
    learns nothing about its input.
    """
    errors: list[dict[str, Any]] = []
    for name, value in request.query_params.multi_items():
        if not _storable(name) or not _storable(value):
            errors.append(_unstorable(("query", name)))
    for name, value in request.path_params.items():
        if isinstance(value, str) and not _storable(value):
            errors.append(_unstorable(("path", name)))
    if request.headers.get("content-type", "").startswith("application/json"):
        depth = get_settings(request).max_json_depth
        try:
            body = load_json(await request.body(), depth)
        except JsonTooDeep as exc:
            too_deep = {"loc": ("body",), "msg": str(exc), "type": "value_error"}
            raise RequestValidationError([too_deep]) from None
        except ValueError:
            body = None  # FastAPI answers malformed JSON itself
        errors.extend(_unusable_in(body, ("body",)))
    if errors:
        raise RequestValidationError(errors)


def _storable(text: str) -> bool:
    return "\x00" not in text and not any("\ud800" <= c <= "\udfff" for c in text)


def _unstorable(loc: tuple[str | int, ...]) -> dict[str, Any]:
    message = "text must not contain NUL characters or unpaired surrogates"
    return {"loc": loc, "msg": message, "type": "value_error"}


#: JSON numbers beyond this lose digits in most JSON readers (IEEE doubles), so heed keeps
#: none: a setting or a contact's field is exactly what was sent, or refused.
LARGEST_NUMBER = 2**53 - 1


def _unusable_in(value: Any, loc: tuple[str | int, ...]) -> list[dict[str, Any]]:
    """Errors for every value in a JSON document heed cannot store as sent: text with NUL
    or lone surrogates, NaN, infinities (1e400 parses as one) and integers past 2**53."""
    if isinstance(value, str):
        return [] if _storable(value) else [_unstorable(loc)]
    if isinstance(value, float) and not math.isfinite(value):
        message = "must be a finite number (NaN, Infinity and numbers past 1e308 are refused)"
        return [{"loc": loc, "msg": message, "type": "value_error"}]
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > LARGEST_NUMBER:
        message = f"must be between -{LARGEST_NUMBER:,} and {LARGEST_NUMBER:,}"
        return [{"loc": loc, "msg": message, "type": "value_error"}]
    if isinstance(value, list):
        return [bad for i, item in enumerate(value) for bad in _unusable_in(item, (*loc, i))]
    if isinstance(value, dict):
        found = [_unstorable((*loc, key)) for key in value if not _storable(key)]
        return found + [b for k, v in value.items() for b in _unusable_in(v, (*loc, k))]
    return []


def public_url(request: Request, settings: Settings) -> str:
    """The URL the provider called, for signature checks (see Settings.public_url)."""
    if settings.public_url:
        base = settings.public_url.rstrip("/")
        query = f"?{request.url.query}" if request.url.query else ""
        return f"{base}{request.url.path}{query}"
    return str(request.url)


async def refuse_unstorable_query(request: Request, _principal: Principal) -> None:
    """`refuse_unstorable_text` for routes whose body is a file (CSV, JSON recipients): the
    query and path are checked here; the body is left to the file readers, never read whole."""
    errors = [
        _unstorable(("query", name))
        for name, value in request.query_params.multi_items()
        if not _storable(name) or not _storable(value)
    ]
    errors += [
        _unstorable(("path", name))
        for name, value in request.path_params.items()
        if isinstance(value, str) and not _storable(value)
    ]
    if errors:
        raise RequestValidationError(errors)
