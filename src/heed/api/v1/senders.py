"""Senders: the addresses an account sends from, with their opt-out scope and keywords."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from heed.api.deps import ActorDep, EngineDep, Principal
from heed.api.hooks import SecretCache
from heed.api.v1.idempotency import IdempotencyKey, idempotent
from heed.api.v1.schemas import Page, SenderCreate, SenderPublic, SenderUpdate
from heed.engine.results import to_json

router = APIRouter(prefix="/senders", tags=["senders"])


def forget_secrets(request: Request, slug: str) -> None:
    """A changed secret verifies webhooks at once in this process (others: within seconds)."""
    cache: SecretCache = request.app.state.secret_cache
    cache.forget(slug)


@router.get("", response_model=Page[SenderPublic])
async def list_senders(principal: Principal, engine: EngineDep) -> Page[SenderPublic]:
    """The account's senders, all on one page (`next_cursor` is null): the shape of every list."""
    senders = await run_in_threadpool(engine.list_senders, principal.account_slug)
    return Page[SenderPublic](items=[SenderPublic(**to_json(s)) for s in senders], next_cursor=None)


@router.post("", response_model=SenderPublic, status_code=201)
async def create_sender(
    body: SenderCreate,
    request: Request,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Register a sending address (admin). The provider secret is stored, never returned."""

    async def create() -> object:
        sender = await run_in_threadpool(
            lambda: engine.add_sender(
                principal.account_slug,
                body.channel,
                body.address,
                actor=actor,
                scope=body.scope,
                provider=body.provider,
                secret=body.secret,
                keywords=body.keywords,
                removed_keywords=body.removed_keywords,
                provider_handles_keywords=body.provider_handles_keywords,
                name=body.name,
                replies={str(kind): text for kind, text in body.replies.items()},
                provider_options=body.provider_options,
                buttons=dict(body.buttons),
            )
        )
        forget_secrets(request, principal.account_slug)
        return sender

    return await idempotent(idempotency_key, request, engine, principal, create, SenderPublic)


@router.get("/{sender_id}", response_model=SenderPublic)
async def get_sender(sender_id: str, principal: Principal, engine: EngineDep) -> SenderPublic:
    sender = await run_in_threadpool(engine.get_sender, principal.account_slug, sender_id)
    return SenderPublic(**to_json(sender))


@router.patch("/{sender_id}", response_model=SenderPublic)
async def update_sender(
    sender_id: str,
    body: SenderUpdate,
    request: Request,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
) -> SenderPublic:
    """Change a sender's settings (admin), all or none; one `sender.updated` event.

    A new secret verifies webhooks at once; the old one may verify for up to ten seconds
    more in other server processes. The channel and address cannot change.
    """
    changes = body.changes()
    sender = await run_in_threadpool(
        lambda: engine.update_sender(principal.account_slug, sender_id, actor=actor, **changes)
    )
    forget_secrets(request, principal.account_slug)
    return SenderPublic(**to_json(sender))
