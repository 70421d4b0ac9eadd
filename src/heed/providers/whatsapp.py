"""WhatsApp Business Cloud API (Meta): the webhook's subscription check, signature and payload.

Meta first verifies the callback URL with a GET carrying `hub.mode`, `hub.verify_token` and
`hub.challenge` (developers.facebook.com/docs/graph-api/webhooks/getting-started). Every POST
is then signed: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`, keyed with
the app secret (not the access token, not the verify token).

One POST can batch several entries, changes, messages and statuses, so `parse` walks them
all (developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages).
The `user_preferences` field reports a person stopping or resuming marketing messages in
WhatsApp itself (…/webhooks/reference/user_preferences): heed reads it as the provider's
opt-out (or opt-back-in) of marketing from that number, like error 131050.

Sending (a confirmation or a reply) is `POST /{phone-number-id}/messages` on the Graph API
with the access token (…/whatsapp/cloud-api/reference/messages). A free-form text is allowed
within 24 hours of the person's last message, which is when heed replies.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, overload

from heed.core.delivery import Outcome, classify
from heed.core.vocabulary import Channel
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.providers.base import (
    ApiRequest,
    DeliveryReport,
    InboundMessage,
    Outgoing,
    SendOutcome,
    api_base,
    person_number,
    required_option,
    retryable,
)

PROVIDER = "whatsapp"
SIGNATURE_HEADER = "X-Hub-Signature-256"
_SIGNATURE_PREFIX = "sha256="
#: The error code Meta reports when a person stopped marketing messages from this business.
MARKETING_OPT_OUT = "131050"
#: `user_preferences` values: the person stopped, or resumed, marketing messages.
_PREFERENCE_OUTCOMES = {"stop": Outcome.CARRIER_OPT_OUT, "resume": Outcome.CARRIER_OPT_IN}
#: Graph API errors after which the same send may succeed later: 131000 "something went
#: wrong", 130429 throughput limit, 131056 pair rate limit, 133004 server unavailable.
_RETRY_CODES = frozenset({"131000", "130429", "131056", "133004"})
GRAPH_API = "https://graph.facebook.com/v23.0"


def verify_subscription(query: Mapping[str, str], verify_token: str) -> str:
    """Return `hub.challenge` for Meta's subscription GET, or raise SignatureInvalid.

    The caller answers 200 with the challenge as the plain-text body, not JSON.
    """
    if not verify_token:
        raise SignatureInvalid("no WhatsApp verify token configured")
    challenge = query.get("hub.challenge")
    if challenge is None:
        raise SignatureInvalid("not a WhatsApp webhook subscription request: no hub.challenge")
    token = query.get("hub.verify_token") or ""
    if query.get("hub.mode") != "subscribe" or not hmac.compare_digest(
        token.encode(), verify_token.encode()
    ):
        raise SignatureInvalid("WhatsApp hub.verify_token does not match")
    return challenge


def sign(raw_body: bytes, app_secret: str) -> str:
    """Return the `X-Hub-Signature-256` header value Meta would send for `raw_body`."""
    digest = hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()
    return _SIGNATURE_PREFIX + digest


def verify_signature(raw_body: bytes, header: str | None, app_secret: str) -> None:
    """Raise SignatureInvalid unless `header` signs `raw_body` with `app_secret`.

    It must be the raw bytes as received: Meta signs its own escaped serialisation, which
    re-encoding the parsed JSON does not reproduce.
    """
    if not header:
        raise SignatureInvalid(f"missing {SIGNATURE_HEADER} header")
    if not app_secret:
        raise SignatureInvalid("no WhatsApp app secret configured")
    if not hmac.compare_digest(header.strip().encode(), sign(raw_body, app_secret).encode()):
        raise SignatureInvalid(f"{SIGNATURE_HEADER} does not match the body")


def parse(payload: Mapping[str, Any]) -> tuple[list[InboundMessage], list[DeliveryReport]]:
    """Return every inbound message and status update in a webhook POST.

    Changes of other fields (template updates, account alerts, …) and system-level
    `value.errors` carry neither, so they are skipped.

    One batch mixes people and kinds, so one item heed cannot fully read must not cost the
    others (Meta would retry the whole POST, STOPs included, for days): a person is their
    phone number (`from`, `recipient_id`, `wa_id`) or, when Meta sends none, their
    business-scoped user id (`from_user_id`, `recipient_user_id`, `user_id`: "US.1349…",
    the only id of a person who adopted a username, from April 2026); an item with neither is
    still returned, its person empty, so that it is stored with its ids as evidence.
    Only the envelope (`object`, `entry`, `changes`) must be well formed.
    """
    if payload.get("object") != "whatsapp_business_account":
        raise InvalidWebhook("not a WhatsApp Business Account webhook", field="object")
    messages: list[InboundMessage] = []
    reports: list[DeliveryReport] = []
    for i, entry in enumerate(_list(payload, "entry", "")):
        for j, change in enumerate(_list(entry, "changes", f"entry[{i}]")):
            path = f"entry[{i}].changes[{j}]"
            field = _text(change, "field", path)
            if field not in ("messages", "user_preferences"):
                continue
            value = _object(change, "value", path)
            path += ".value"
            if field == "user_preferences":
                reports += _preferences(value, path)
                continue
            inbound = _items(value, "messages")
            statuses = _items(value, "statuses")
            if not inbound and not statuses:
                continue
            business, known = _business_number(value), _contacts(value)
            messages += [
                _message(m, business, f"{path}.messages[{k}]", known) for k, m in enumerate(inbound)
            ]
            reports += [
                _status(s, business, f"{path}.statuses[{k}]", known) for k, s in enumerate(statuses)
            ]
    return messages, reports


def _business_number(value: Mapping[str, Any]) -> str:
    """Return our number: `metadata.display_phone_number`, digits only, made E.164; "" if
    absent (the message is still honoured, flagged as to a sender heed does not know)."""
    metadata = value.get("metadata")
    number = metadata.get("display_phone_number") if isinstance(metadata, Mapping) else None
    return person_number(number) if isinstance(number, str) else ""


def _items(value: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """The objects of `value[key]`; anything else in their place carries nothing to keep."""
    found = value.get(key)
    if not isinstance(found, list):
        return []
    return [item for item in found if isinstance(item, Mapping)]


def _message(message: Mapping[str, Any], business: str, path: str, known: _Known) -> InboundMessage:
    group = message.get("group_id")
    person, linked = _person(message, "from", "from_user_id", known)
    return InboundMessage(
        channel=Channel.WHATSAPP,
        from_address=person,
        to_address=business,
        body=_body(message),
        provider=PROVIDER,
        provider_message_id=_item_id(message, path),
        sent_at=_time(message, path, required=False),
        raw=dict(message),
        button=_button_payload(message),
        group=group if isinstance(group, str) and group else None,
        linked_address=linked,
    )


#: The change's `contacts[]`, both ways: phone number (`wa_id`) to user id and back.
_Known = dict[str, str]


def _contacts(value: Mapping[str, Any]) -> _Known:
    """Who `contacts[]` names by both phone number and user id (Meta sends `user_id` beside
    `wa_id` when the phone number may be shared): each id to the other."""
    known: _Known = {}
    for contact in _items(value, "contacts"):
        phone, user = contact.get("wa_id"), contact.get("user_id")
        if isinstance(phone, str) and isinstance(user, str) and phone.strip() and user.strip():
            known[phone.strip()], known[user.strip()] = user.strip(), phone.strip()
    return known


def _person(
    item: Mapping[str, Any], phone: str, user_id: str, known: _Known | None = None
) -> tuple[str, str | None]:
    """The person of an item: the phone number made E.164, else the business-scoped user id,
    else "" (heed then stores the item and keys nothing on it); and beside a phone number,
    the user id the item or the change's `contacts[]` gives for it (None when neither does)."""
    known = known or {}
    number, bsuid = _given(item, phone), _given(item, user_id)
    number = number or known.get(bsuid or "")
    bsuid = bsuid or known.get(number or "")
    if number:
        return person_number(number), bsuid
    return bsuid or "", None


def _given(item: Mapping[str, Any], key: str) -> str | None:
    found = item.get(key)
    return found.strip() if isinstance(found, str) and found.strip() else None


def _item_id(item: Mapping[str, Any], path: str) -> str:
    """The item's id (`wamid.…`), or one made from its content: a retry is still recognised."""
    found = item.get("id")
    if isinstance(found, str) and found:
        return found
    digest = hashlib.sha256(json.dumps(item, sort_keys=True, default=str).encode()).hexdigest()
    return f"no-id:{digest[:32]}"


def _status(status: Mapping[str, Any], business: str, path: str, known: _Known) -> DeliveryReport:
    # A status without its word is kept and, like any word heed does not know, counted as
    # a failure (heed.core.delivery) rather than dropped.
    found = status.get("status")
    word = found if isinstance(found, str) and found else "missing"
    errors = _items(status, "errors")
    first_code = errors[0].get("code") if errors else None  # an int in Meta's examples
    code = None if first_code is None else str(first_code)
    recipient, linked = _person(status, "recipient_id", "recipient_user_id", known)
    return DeliveryReport(
        channel=Channel.WHATSAPP,
        provider=PROVIDER,
        provider_message_id=_item_id(status, path),
        status=word,
        error_code=code,
        outcome=classify(PROVIDER, word, code),
        recipient=recipient,
        sender=business,
        occurred_at=_time(status, path, required=False),
        raw=dict(status),
        # 131050 stops marketing only: utility and authentication templates still go through.
        marketing_only=code == MARKETING_OPT_OUT,
        linked_address=linked,
    )


def _preferences(value: Mapping[str, Any], path: str) -> list[DeliveryReport]:
    """Marketing preference changes, as the provider's reports about the person.

    Only the `marketing_messages` category exists today; another one is skipped rather than
    guessed at. The report id is made from the person, time and value, since the webhook has
    none: Meta's retry of the same change is then recognised as a duplicate.
    """
    business = _business_number(value)
    reports = []
    for k, item in enumerate(_items(value, "user_preferences")):
        where = f"{path}.user_preferences[{k}]"
        word = item.get("value")
        outcome = _PREFERENCE_OUTCOMES.get(word) if isinstance(word, str) else None
        if item.get("category") != "marketing_messages" or outcome is None:
            continue
        person, linked = _person(item, "wa_id", "user_id")
        occurred = _time(item, where, required=False)
        when = int(occurred.timestamp()) if occurred else _item_id(item, where)
        as_sent = person.removeprefix("+")  # the id as before E.164: retries still match
        reports.append(
            DeliveryReport(
                channel=Channel.WHATSAPP,
                provider=PROVIDER,
                provider_message_id=f"user_preferences:{as_sent}:{when}",
                status=f"marketing_{word}",
                error_code=None,
                outcome=outcome,
                recipient=person,
                sender=business,
                occurred_at=occurred,
                raw=dict(item),
                marketing_only=True,
                linked_address=linked,
            )
        )
    return reports


def send_request(message: Outgoing) -> ApiRequest:
    """The Graph API request that sends `message` as text (options `phone_number_id` and
    `access_token`)."""
    number_id = required_option(message.options, "phone_number_id", PROVIDER)
    token = required_option(message.options, "access_token", PROVIDER)
    payload = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": message.to_address.removeprefix("+"),
        "type": "text",
        "text": {"preview_url": False, "body": message.body},
    }
    base = api_base(message.options, GRAPH_API)
    return ApiRequest(
        "POST",
        f"{base}/{number_id}/messages",
        headers={"Authorization": f"Bearer {token}"},
        json=payload,
    )


def read_send_response(status: int, body: Any) -> SendOutcome:
    """Read the answer to `send_request`: the `wamid`, or the Graph API's error."""
    fields = body if isinstance(body, Mapping) else {}
    sent = fields.get("messages")
    first = sent[0] if isinstance(sent, list) and sent and isinstance(sent[0], Mapping) else {}
    if 200 <= status < 300 and isinstance(first.get("id"), str) and first["id"]:
        return SendOutcome(first["id"])
    found = fields.get("error")
    error: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    code = None if error.get("code") is None else str(error["code"])
    return SendOutcome(
        None,
        error=f"WhatsApp refused the message: {error.get('message') or f'HTTP {status}'}",
        error_code=code,
        retry=retryable(status) or code in _RETRY_CODES,
    )


#: Message types whose object may carry a `caption` the person wrote under the media.
_CAPTIONED = frozenset({"image", "video", "document", "animated_image"})


def _body(message: Mapping[str, Any]) -> str:
    """Return the text a person sent, wrote under media, or tapped; "" for other types.

    A caption ("STOP" under a photo) is text the person wrote like any other. A template
    quick-reply button arrives as `button.text`; an interactive reply as
    `interactive.button_reply.title` or `interactive.list_reply.title`. The tapped title is
    what the person saw and chose, e.g. "Stop promotions".
    """
    kind = message.get("type")
    part = message.get(kind) if isinstance(kind, str) else None
    if not isinstance(part, Mapping):
        return ""
    if kind == "text":
        found = part.get("body")
    elif kind in _CAPTIONED:
        found = part.get("caption")
    elif kind == "button":
        found = part.get("text")
    elif kind == "interactive":
        reply = part.get("button_reply") or part.get("list_reply")
        found = reply.get("title") if isinstance(reply, Mapping) else None
    else:
        found = None
    return found if isinstance(found, str) else ""


def _button_payload(message: Mapping[str, Any]) -> str | None:
    """The payload the business gave the tapped button: `button.payload` of a template quick
    reply, the `id` of an interactive button or list row; None for anything typed."""
    kind = message.get("type")
    part = message.get(kind) if isinstance(kind, str) else None
    if not isinstance(part, Mapping):
        return None
    if kind == "button":
        found = part.get("payload")
    elif kind == "interactive":
        reply = part.get("button_reply") or part.get("list_reply")
        found = reply.get("id") if isinstance(reply, Mapping) else None
    else:
        return None
    return found if isinstance(found, str) and found else None


@overload
def _time(item: Mapping[str, Any], path: str) -> datetime: ...
@overload
def _time(item: Mapping[str, Any], path: str, *, required: bool) -> datetime | None: ...
def _time(item: Mapping[str, Any], path: str, *, required: bool = True) -> datetime | None:
    """`timestamp` in unix seconds: a string in messages and statuses, an integer in
    user_preferences (as Meta's references show them). Not `required`: a missing or
    unreadable one is None, and heed uses its own receipt time."""
    value = item.get("timestamp")
    if not required and not isinstance(value, int | str):
        return None
    text = str(value) if isinstance(value, int) else _text(item, "timestamp", path)
    try:
        return datetime.fromtimestamp(int(text), UTC)
    except (ValueError, OverflowError, OSError):
        if not required:
            return None
        raise InvalidWebhook(
            f"{path}.timestamp is not unix seconds", field=f"{path}.timestamp"
        ) from None


def _text(item: Mapping[str, Any], key: str, path: str) -> str:
    value = item.get(key)
    where = f"{path}.{key}" if path else key
    if not isinstance(value, str) or not value:
        raise InvalidWebhook(f"{where} must be a non-empty string", field=where)
    return value


def _object(item: Mapping[str, Any], key: str, path: str) -> Mapping[str, Any]:
    value = item.get(key)
    if not isinstance(value, Mapping):
        where = f"{path}.{key}" if path else key
        raise InvalidWebhook(f"{where} must be an object", field=where)
    return value


def _list(
    item: Mapping[str, Any], key: str, path: str, *, required: bool = True
) -> list[Mapping[str, Any]]:
    """Return item[key] as a list of objects, naming the first bad element's path."""
    where = f"{path}.{key}" if path else key
    value = item.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list):
        raise InvalidWebhook(f"{where} must be a list", field=where)
    objects: list[Mapping[str, Any]] = []
    for n, element in enumerate(value):
        if not isinstance(element, Mapping):
            raise InvalidWebhook(f"{where}[{n}] must be an object", field=f"{where}[{n}]")
        objects.append(element)
    return objects
