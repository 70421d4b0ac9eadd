"""Shared request dependencies: the engine, the settings, and who an API key acts as."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from heed.config import Settings
from heed.engine import Engine
from heed.errors import PermissionDenied
from heed.store.accounts import ApiPrincipal


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_principal(
    request: Request, engine: Annotated[Engine, Depends(get_engine)]
) -> ApiPrincipal:
    """The account and role of the request's `Authorization: Bearer` key.

    The account always comes from the key, never from the request, so one tenant's key can
    never address another tenant's data.
    """
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise PermissionDenied("send an API key as `Authorization: Bearer <key>`")
    return await run_in_threadpool(engine.authenticate, token.strip())


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
Principal = Annotated[ApiPrincipal, Depends(get_principal)]


def public_url(request: Request, settings: Settings) -> str:
    """The URL the provider called, for signature checks (see Settings.public_url)."""
    if settings.public_url:
        base = settings.public_url.rstrip("/")
        query = f"?{request.url.query}" if request.url.query else ""
        return f"{base}{request.url.path}{query}"
    return str(request.url)
