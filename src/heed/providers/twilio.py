"""Twilio Programmable Messaging: incoming-message and status-callback webhooks, and TwiML.

Both webhooks are form-encoded POSTs signed with `X-Twilio-Signature`
(twilio.com/docs/messaging/guides/webhook-request,
twilio.com/docs/usage/webhooks/webhooks-security).
Signatures are checked by Twilio's own SDK, so heed follows Twilio's quirks exactly rather
than re-implementing them.

Sending (a reply from the inbox) is the Messages resource of the REST API
(twilio.com/docs/messaging/api/message-resource#create-a-message-resource): a form POST with
HTTP basic auth of the account SID and auth token. `api_base_url` points it at a
Twilio-compatible API instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from twilio.request_validator import RequestValidator  # type: ignore[import-untyped]
from twilio.twiml.messaging_response import MessagingResponse  # type: ignore[import-untyped]

from heed.core.delivery import classify
from heed.core.vocabulary import Channel
from heed.errors import InvalidSetting, SignatureInvalid
from heed.providers.base import (
    ApiRequest,
    DeliveryReport,
    InboundMessage,
    Outgoing,
    SendOutcome,
    api_base,
    optional_field,
    required_field,
    required_option,
    retryable,
)

PROVIDER = "twilio"
SIGNATURE_HEADER = "X-Twilio-Signature"

#: Twilio requires a Content-Type on the reply, or it fails with error 12300
#: (twilio.com/docs/errors/12300); text/xml is the type Twilio's own TwiML examples serve.
TWIML_CONTENT_TYPE = "text/xml"

# Twilio writes WhatsApp addresses as "whatsapp:+E164" in From and To.
_WHATSAPP_PREFIX = "whatsapp:"

# Characters XML 1.0 forbids even when escaped. One of them in a reply text would make the
# whole TwiML unparsable (Twilio error 12100) and the reply, often an opt-out confirmation, lost.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


#: Advanced Opt-Out's `OptOutType` values: Twilio matched one of the Messaging Service's
#: keywords (its own, or custom ones such as "SALIR") and already acted and replied.
OPT_OUT_TYPES = frozenset({"STOP", "START", "HELP"})


def parse_inbound(form: Mapping[str, str]) -> InboundMessage:
    """Read an incoming-message webhook (SMS, MMS or WhatsApp), sent as a POST form or as
    the query string of a GET (the console's "HTTP GET" choice): the same fields either way.

    Twilio's inbound webhook carries no timestamp, so `sent_at` is None and the caller uses
    its own receive time. `Body` is absent or empty on a picture-only MMS. A tapped template
    or interactive button (WhatsApp, RCS) arrives with its text in `Body` and `ButtonText`
    and the payload the business gave it in `ButtonPayload`.
    """
    sender = required_field(form, "From")
    recipient = required_field(form, "To")
    opt_out_type = (form.get("OptOutType") or "").strip().upper()
    return InboundMessage(
        channel=_channel(sender),
        from_address=_strip_prefix(sender),
        to_address=_strip_prefix(recipient),
        body=form.get("Body") or form.get("ButtonText") or "",
        provider=PROVIDER,
        provider_message_id=_message_sid(form),
        sent_at=None,
        raw=dict(form),
        provider_keyword=opt_out_type if opt_out_type in OPT_OUT_TYPES else None,
        button=form.get("ButtonPayload") or None,
    )


def parse_status(form: Mapping[str, str]) -> DeliveryReport:
    """Read a status callback for a message we sent.

    `From` may be missing if Twilio ever omits it; the recipient is what matters, so the
    report is kept with an empty sender rather than rejected. `RawDlrDoneDate` is not used
    as `occurred_at`: it is a carrier time with no time zone (Twilio changelog, 14 Feb 2023).
    """
    recipient = required_field(form, "To")
    status = _either(form, "MessageStatus", "SmsStatus")
    error_code = optional_field(form, "ErrorCode")
    return DeliveryReport(
        channel=_channel(recipient),
        provider=PROVIDER,
        provider_message_id=_message_sid(form),
        status=status,
        error_code=error_code,
        outcome=classify(PROVIDER, status, error_code),
        recipient=_strip_prefix(recipient),
        sender=_strip_prefix(form.get("From") or ""),
        occurred_at=None,
        raw=dict(form),
    )


def verify_signature(
    url: str, params: Mapping[str, str], signature: str | None, auth_token: str
) -> None:
    """Raise SignatureInvalid unless `signature` is Twilio's for this URL and these params.

    `url` must be the exact public URL Twilio called, query string included (behind a proxy,
    the configured webhook URL, not the one the app sees): for a GET webhook the fields are
    in that query string and `params` is empty. `params` must hold every POST field
    untrimmed: Twilio adds fields without notice (error 57012). Pass a multi-dict (Starlette's
    FormData, Werkzeug's MultiDict) to keep repeated keys; the SDK reads them.

    The SDK tries the URL both with and without its default port, because Twilio's own
    signing is inconsistent about it (comment in twilio/request_validator.py).
    """
    if not signature:
        raise SignatureInvalid(f"missing {SIGNATURE_HEADER} header")
    if not auth_token:
        # An empty key is a key everyone knows: refuse rather than "verify" with it.
        raise SignatureInvalid("no Twilio auth token configured for this sender")
    if not bool(RequestValidator(auth_token).validate(url, params, signature)):
        raise SignatureInvalid(f"{SIGNATURE_HEADER} does not match this URL and these fields")


def twiml(reply: str | None) -> str:
    """Return the TwiML answer to an incoming message: one reply, or an empty `<Response/>`.

    An empty `<Response/>` is Twilio's documented "do nothing" (twilio.com/docs/api/errors/11750);
    an empty HTTP body instead shows up as error 11200. Blank text sends nothing, since a
    `<Message>` needs a body.
    """
    response = MessagingResponse()
    if reply and reply.strip():
        response.message(_NOT_XML.sub("", reply))  # the SDK escapes <, & and >
    return str(response.to_xml())


def send_request(message: Outgoing) -> ApiRequest:
    """The REST request that sends `message` (option `account_sid`; the secret is the token)."""
    sid = required_option(message.options, "account_sid", PROVIDER)
    if not message.secret:
        raise InvalidSetting("the Twilio sender has no auth token (its secret): sending needs it")
    prefix = _WHATSAPP_PREFIX if message.channel is Channel.WHATSAPP else ""
    form = {
        "To": prefix + message.to_address,
        "From": prefix + message.from_address,
        "Body": message.body,
    }
    if message.status_callback:
        form["StatusCallback"] = message.status_callback
    base = api_base(message.options, "https://api.twilio.com")
    return ApiRequest(
        "POST",
        f"{base}/2010-04-01/Accounts/{sid}/Messages.json",
        form=form,
        basic_auth=(sid, message.secret),
    )


def read_send_response(status: int, body: Any) -> SendOutcome:
    """Read the answer to `send_request`: the new message's SID, or Twilio's error.

    Errors are JSON with a numeric `code` (twilio.com/docs/api/errors), the same codes as in
    status callbacks, so 21610 (the person replied STOP to this number) means the same here.
    """
    fields = body if isinstance(body, Mapping) else {}
    if 200 <= status < 300 and isinstance(fields.get("sid"), str):
        return SendOutcome(fields["sid"])
    code = fields.get("code")
    message = fields.get("message") or f"HTTP {status}"
    return SendOutcome(
        None,
        error=f"Twilio refused the message: {message}",
        error_code=None if code is None else str(code),
        retry=retryable(status),
    )


def _message_sid(form: Mapping[str, str]) -> str:
    return _either(form, "MessageSid", "SmsSid")


def _either(form: Mapping[str, str], name: str, deprecated: str) -> str:
    # SmsSid and SmsStatus are the deprecated twins of MessageSid and MessageStatus, still
    # sent alongside them; an error names the current field.
    return form.get(name) or form.get(deprecated) or required_field(form, name)


def _channel(address: str) -> Channel:
    return Channel.WHATSAPP if address.startswith(_WHATSAPP_PREFIX) else Channel.SMS


def _strip_prefix(address: str) -> str:
    return address.removeprefix(_WHATSAPP_PREFIX)
