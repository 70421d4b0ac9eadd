"""Classify a provider's delivery report into what heed should do about the recipient.

Pure tables, no I/O. Each provider has two tables:

- its status words, each mapped to an `Outcome`;
- its error codes, which refine a *failure* status (any status whose outcome is not
  `DELIVERED` or `PENDING`).

The rule that keeps the tables honest: a failure whose code is not in the table is `TEMPORARY`.
It is counted (N soft failures in a window suppress), never dropped, and never turned into an
instant permanent suppression on a guess. A status word heed has never seen is treated as a
failure for the same reason: when heed cannot tell, it counts rather than ignores.

`SENDER_FAULT` means "not the recipient's doing": content filtering, rate limits, unregistered
senders, account problems, provider outages. Those must never suppress a recipient, or one
misconfigured sender would silently empty an audience.

Sources are the provider's own pages unless marked [secondary] (a third-party copy of the
provider's text) or [unconfirmed]; see /tmp/heed-research/providers.md for the full notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Outcome(StrEnum):
    """What a delivery report means for the recipient."""

    DELIVERED = "delivered"  # delivered, sent or read: nothing to do
    PENDING = "pending"  # accepted, queued, buffered: nothing to do yet
    CARRIER_OPT_OUT = "carrier_opt_out"  # the recipient opted out at the carrier or provider
    CARRIER_OPT_IN = "carrier_opt_in"  # …and opted back in there (WhatsApp: resumed marketing)
    PERMANENT = "permanent"  # the recipient cannot be reached: invalid, landline, unknown
    TEMPORARY = "temporary"  # soft failure (absent handset, network error): counted
    SENDER_FAULT = "sender_fault"  # our side (content, rate, registration, account): no effect
    COMPLAINT = "complaint"  # email spam complaint


_NOTHING_TO_DO = frozenset({Outcome.DELIVERED, Outcome.PENDING})

# --- Twilio ---------------------------------------------------------------------------------
# Status words: Twilio OpenAPI `MessageEnumStatus`
# (twilio.com/docs/messaging/guides/outbound-message-status-in-status-callbacks).
TWILIO_STATUSES: dict[str, Outcome] = {
    "accepted": Outcome.PENDING,  # Messaging Service accepted it, sender not chosen yet
    "scheduled": Outcome.PENDING,
    "queued": Outcome.PENDING,
    "sending": Outcome.PENDING,
    # "sent" is the last word Twilio gets from carriers that return no delivery receipt.
    "sent": Outcome.DELIVERED,
    "delivered": Outcome.DELIVERED,
    "read": Outcome.DELIVERED,  # WhatsApp and RCS only
    "partially_delivered": Outcome.DELIVERED,  # some of it arrived: the recipient is reachable
    "receiving": Outcome.DELIVERED,  # inbound message statuses: nothing to do with delivery
    "received": Outcome.DELIVERED,
    "canceled": Outcome.SENDER_FAULT,  # we cancelled a scheduled message ourselves
    "failed": Outcome.TEMPORARY,  # refined by ErrorCode
    "undelivered": Outcome.TEMPORARY,  # refined by ErrorCode
}

# Error codes: twilio.com/docs/api/errors/<code>.
TWILIO_CODES: dict[str, Outcome] = {
    # Attempt to send to unsubscribed recipient: the To replied STOP to this sender.
    "21610": Outcome.CARRIER_OPT_OUT,
    # Channel message blocked by user action: the recipient blocked the sender or "opted out or
    # otherwise removed consent" (WhatsApp and other channels).
    "63014": Outcome.CARRIER_OPT_OUT,
    "21211": Outcome.PERMANENT,  # Invalid 'To' phone number (not a possible number)
    "21614": Outcome.PERMANENT,  # 'To' is not a valid mobile number: landline or invalid
    "21635": Outcome.PERMANENT,  # 'To' number cannot be a landline
    "30005": Outcome.PERMANENT,  # Unknown destination handset: "may no longer exist" [secondary]
    "30006": Outcome.PERMANENT,  # Landline or unreachable carrier: "do not retry the same SMS"
    "30003": Outcome.TEMPORARY,  # Unreachable destination handset: off, no signal, roaming
    # Message blocked. Twilio lists a previous STOP among several causes (landline, DND list,
    # carrier filtering), so the code alone cannot say the person opted out: counted, and
    # repeated blocks suppress (twilio.com/docs/api/errors/30004).
    "30004": Outcome.TEMPORARY,
    "30008": Outcome.TEMPORARY,  # Unknown error: unspecified carrier failure [secondary]
    # Invalid WhatsApp recipient: not on WhatsApp, terms not accepted, or an old client. It can
    # change (the person installs WhatsApp), so it is counted rather than permanent.
    "63024": Outcome.TEMPORARY,
    "21408": Outcome.SENDER_FAULT,  # Geo permissions not enabled for the region
    "21606": Outcome.SENDER_FAULT,  # 'From' is not a message-capable Twilio number
    "21612": Outcome.SENDER_FAULT,  # The To/From combination cannot be routed
    "21659": Outcome.SENDER_FAULT,  # 'From' is not a Twilio number, or short code country mismatch
    "30002": Outcome.SENDER_FAULT,  # Account suspended
    "30007": Outcome.SENDER_FAULT,  # Message filtered (spam, phishing, policy)
    "30022": Outcome.SENDER_FAULT,  # US A2P 10DLC rate limit exceeded
    "30023": Outcome.SENDER_FAULT,  # US A2P 10DLC daily cap reached [secondary]
    "30024": Outcome.SENDER_FAULT,  # Numeric sender ID not provisioned on the carrier
    "30032": Outcome.SENDER_FAULT,  # Toll-free number has not been verified
    # US A2P 10DLC message from an unregistered number. Title from a public code constant;
    # the official page was not retrieved [unconfirmed].
    "30034": Outcome.SENDER_FAULT,
    "30410": Outcome.SENDER_FAULT,  # Provider timeout: failed, not retried (a platform fault)
    "30450": Outcome.SENDER_FAULT,  # Blocked by SMS pumping protection for 15-30 minutes
    "30500": Outcome.SENDER_FAULT,  # Twilio internal error
    "63016": Outcome.SENDER_FAULT,  # WhatsApp free-form message outside the 24-hour window
    "63018": Outcome.SENDER_FAULT,  # Channel rate limit exceeded
}

# --- Vonage SMS API -------------------------------------------------------------------------
# developer.vonage.com/messaging/sms/guides/delivery-receipts ("DLR status messages").
VONAGE_STATUSES: dict[str, Outcome] = {
    "accepted": Outcome.PENDING,  # "If status is accepted ignore the value of err-code"
    "buffered": Outcome.PENDING,
    # "No useful information available": counting it would suppress people whose carriers
    # simply return no receipts.
    "unknown": Outcome.PENDING,
    "delivered": Outcome.DELIVERED,
    "expired": Outcome.TEMPORARY,  # no final carrier status within the expiry time
    "undelivered": Outcome.TEMPORARY,  # refined by err-code
    "failed": Outcome.TEMPORARY,  # the same, in the Java SDK and Opt-Out Assist examples
    "rejected": Outcome.TEMPORARY,  # refined by err-code
    # Messages API status webhooks (developer.vonage.com/en/api/messages#message-status):
    # `submitted` comes first for every message, so it must not count as a failure.
    "submitted": Outcome.PENDING,
    "read": Outcome.DELIVERED,
    "undeliverable": Outcome.TEMPORARY,
}

# `err-code` table of the same page. 0 ("Delivered") is left out on purpose: on a failure status
# it contradicts the status, and a contradiction is counted like any unknown failure.
VONAGE_CODES: dict[str, Outcome] = {
    # "Illegal Number": "The user has specifically requested not to receive messages from a
    # specific service"; Opt-Out Assist reports a STOP this way
    # (developer.vonage.com/en/opt-out-assist/guides/messaging-opted-out-numbers).
    "9": Outcome.CARRIER_OPT_OUT,
    "3": Outcome.PERMANENT,  # Absent subscriber, permanent: "should be removed from your database"
    "4": Outcome.PERMANENT,  # Call barred by user: "This is a permanent error"
    "14": Outcome.PERMANENT,  # Number blocked by carrier: SMS not enabled on the plan
    "1": Outcome.TEMPORARY,  # Unknown: "no reason could be determined"
    "2": Outcome.TEMPORARY,  # Absent subscriber, temporary: "retry"
    "5": Outcome.TEMPORARY,  # Portability error: contact the network operator
    "7": Outcome.TEMPORARY,  # Handset busy: "retry"
    "8": Outcome.TEMPORARY,  # Network error: "retry"
    # Destination unreachable: "A route to the number cannot be found - confirm the
    # recipient's number". Could be the number or the route, so counted rather than permanent.
    "12": Outcome.TEMPORARY,
    "15": Outcome.TEMPORARY,  # Prepaid recipient has insufficient credit
    "6": Outcome.SENDER_FAULT,  # Anti-spam rejection (sender ID or content)
    "10": Outcome.SENDER_FAULT,  # Illegal message: a bad message parameter, e.g. encoding
    "11": Outcome.SENDER_FAULT,  # Unroutable: Vonage has no route, contact support
    # Subscriber age restriction: this content may not go to this person; other messages may.
    "13": Outcome.SENDER_FAULT,
    "99": Outcome.SENDER_FAULT,  # General error: "typically … an error in the route"
}

# --- WhatsApp Cloud API ---------------------------------------------------------------------
# developers.facebook.com/docs/whatsapp/cloud-api/webhooks/reference/messages/status
WHATSAPP_STATUSES: dict[str, Outcome] = {
    "sent": Outcome.DELIVERED,
    "delivered": Outcome.DELIVERED,
    "read": Outcome.DELIVERED,
    "played": Outcome.DELIVERED,  # voice messages
    "failed": Outcome.TEMPORARY,  # refined by errors[].code
}

# Meta's own error table was not retrievable; titles below are from BSP copies of it
# [secondary]: dualhook.com, help.chakrahq.com, docs.ycloud.com, niswey.com.
WHATSAPP_CODES: dict[str, Outcome] = {
    # "This recipient has chosen to stop receiving marketing messages on WhatsApp from your
    # business." Marketing only: the report carries marketing_only=True.
    "131050": Outcome.CARRIER_OPT_OUT,
    # Message undeliverable: not on WhatsApp, terms not accepted, or an old client. It can
    # change, and some BSPs say it can hide a block, so counted rather than permanent.
    "131026": Outcome.TEMPORARY,
    "131000": Outcome.TEMPORARY,  # Something went wrong (unknown)
    "368": Outcome.SENDER_FAULT,  # Temporarily blocked for policy violations
    "130429": Outcome.SENDER_FAULT,  # Cloud API throughput rate limit hit
    "130472": Outcome.SENDER_FAULT,  # User's number is part of a marketing experiment
    "131021": Outcome.SENDER_FAULT,  # Recipient cannot be sender [unconfirmed]
    "131030": Outcome.SENDER_FAULT,  # Recipient not in the allowed list (test numbers)
    "131031": Outcome.SENDER_FAULT,  # Business account locked or restricted
    "131047": Outcome.SENDER_FAULT,  # Re-engagement: over 24 h since the user last replied
    "131048": Outcome.SENDER_FAULT,  # Spam rate limit hit: earlier messages were flagged
    # Meta chose not to deliver: per-user marketing limit. Meta's pacing, not an opt-out.
    "131049": Outcome.SENDER_FAULT,
    "131056": Outcome.SENDER_FAULT,  # (Business, consumer) pair rate limit hit
}

# --- Email (ESP notifications, Amazon SES vocabulary) ---------------------------------------
# docs.aws.amazon.com/ses/latest/APIReference-V2/API_Bounce.html; complaints are ARF feedback
# reports (RFC 5965), whose Feedback-Type is the code.
EMAIL_STATUSES: dict[str, Outcome] = {
    "send": Outcome.PENDING,
    "delivery": Outcome.DELIVERED,
    "delivered": Outcome.DELIVERED,
    "bounce": Outcome.TEMPORARY,  # refined by bounceType
    "complaint": Outcome.COMPLAINT,  # refined by Feedback-Type
}

EMAIL_CODES: dict[str, Outcome] = {
    "permanent": Outcome.PERMANENT,  # hard bounce: SES suppresses the address
    "transient": Outcome.TEMPORARY,  # soft bounce: mailbox full, message too large, …
    "undetermined": Outcome.TEMPORARY,  # the ESP could not tell
    "not-spam": Outcome.DELIVERED,  # ARF Feedback-Type not-spam: the opposite of a complaint
}

# --- SendGrid Event Webhook -----------------------------------------------------------------
# twilio.com/docs/sendgrid/for-developers/tracking-events/event. The code is a bounce's `type`
# ("bounce" when absent, as in payloads from before `type` existed) or a drop's `reason`.
SENDGRID_STATUSES: dict[str, Outcome] = {
    "processed": Outcome.PENDING,
    # SendGrid retries a deferred message for up to 72 hours; its end is a bounce or a drop.
    "deferred": Outcome.PENDING,
    "delivered": Outcome.DELIVERED,
    "bounce": Outcome.TEMPORARY,  # refined by type
    "dropped": Outcome.SENDER_FAULT,  # refined by reason: most drops are our own settings
    "spamreport": Outcome.COMPLAINT,
}

SENDGRID_CODES: dict[str, Outcome] = {
    "bounce": Outcome.PERMANENT,  # the receiving server rejected the address
    # "Blocks happen when your email is rejected because of an issue with the message itself
    # rather than an issue with the recipient's address" (SendGrid's Blocks documentation).
    "blocked": Outcome.SENDER_FAULT,
    "bounced address": Outcome.PERMANENT,  # dropped: the address bounced before
    "invalid": Outcome.PERMANENT,  # dropped: not a valid address
    "spam reporting address": Outcome.COMPLAINT,  # dropped: the person reported spam before
}

# --- Postmark -------------------------------------------------------------------------------
# postmarkapp.com/developer/webhooks/bounce-webhook and …/spam-complaint-webhook; the code is
# the bounce `Type` (postmarkapp.com/developer/api/bounce-api#bounce-types).
POSTMARK_STATUSES: dict[str, Outcome] = {
    "delivery": Outcome.DELIVERED,
    "bounce": Outcome.TEMPORARY,  # refined by Type
    "spamcomplaint": Outcome.COMPLAINT,
    # A broadcast stream's suppression: refined by SuppressionReason; a reactivation (no
    # suppression) is parsed as "delivery".
    "subscriptionchange": Outcome.SENDER_FAULT,
}

POSTMARK_CODES: dict[str, Outcome] = {
    "hardbounce": Outcome.PERMANENT,  # "unknown user, mailbox not found"
    "bademailaddress": Outcome.PERMANENT,  # "Invalid email address"
    "spamcomplaint": Outcome.COMPLAINT,
    "softbounce": Outcome.TEMPORARY,  # "mailbox full, … try again later"
    "transient": Outcome.TEMPORARY,  # "message delayed"
    "dnserror": Outcome.TEMPORARY,
    "unknown": Outcome.TEMPORARY,
    "autoresponder": Outcome.DELIVERED,  # an out-of-office reply: it arrived
    "addresschange": Outcome.DELIVERED,  # it arrived; the person names a new address
    "subscribe": Outcome.DELIVERED,
    "challengeverification": Outcome.PENDING,
    "spamnotification": Outcome.SENDER_FAULT,  # the receiving server filtered it as spam
    "virusnotification": Outcome.SENDER_FAULT,
    "blocked": Outcome.SENDER_FAULT,  # the ISP blocked our message or IP
    "dmarcpolicy": Outcome.SENDER_FAULT,
    "templaterenderingfailed": Outcome.SENDER_FAULT,
    "manuallydeactivated": Outcome.SENDER_FAULT,  # our own action in Postmark
    "manualsuppression": Outcome.SENDER_FAULT,
    "smtpapierror": Outcome.SENDER_FAULT,
    "inbounderror": Outcome.SENDER_FAULT,
    "openrelaytest": Outcome.SENDER_FAULT,
    "unconfirmed": Outcome.SENDER_FAULT,
    "unsubscribe": Outcome.SENDER_FAULT,  # a reply asking to unsubscribe; not a bounce
}

# --- Mailgun --------------------------------------------------------------------------------
# documentation.mailgun.com/docs/mailgun/user-manual/events/event-types. A failure's code is
# "<severity>:<reason>".
MAILGUN_STATUSES: dict[str, Outcome] = {
    "accepted": Outcome.PENDING,
    "delivered": Outcome.DELIVERED,
    "failed": Outcome.TEMPORARY,  # refined by severity and reason
    "rejected": Outcome.SENDER_FAULT,  # Mailgun refused our request to send
    "complained": Outcome.COMPLAINT,
}

MAILGUN_CODES: dict[str, Outcome] = {
    "permanent:bounce": Outcome.PERMANENT,  # a hard bounce
    "permanent:suppress-bounce": Outcome.PERMANENT,  # the address bounced before
    "permanent:suppress-complaint": Outcome.COMPLAINT,  # the person complained before
    "permanent:suppress-unsubscribe": Outcome.SENDER_FAULT,  # Mailgun's own unsubscribe list
    "permanent:espblock": Outcome.SENDER_FAULT,  # the mailbox provider blocked us
    # "messages that reached their retry limit": the soft failure that ended the attempts.
    "permanent:old": Outcome.TEMPORARY,
    "permanent:generic": Outcome.TEMPORARY,
    # Mailgun retries a temporary failure itself; its last word comes as a permanent one.
    "temporary:generic": Outcome.PENDING,
    "temporary:greylisted": Outcome.PENDING,
}

# --- Anyone else, through POST /v1/deliveries ------------------------------------------------
GENERIC_STATUSES: dict[str, Outcome] = {
    "delivered": Outcome.DELIVERED,
    "failed": Outcome.TEMPORARY,  # a soft failure: counted
    "bounced": Outcome.PERMANENT,  # a hard bounce: "do not send again"
    "complained": Outcome.COMPLAINT,
}

#: Every provider heed can classify, with its (status table, code table).
TABLES: Mapping[str, tuple[Mapping[str, Outcome], Mapping[str, Outcome]]] = MappingProxyType(
    {
        "twilio": (TWILIO_STATUSES, TWILIO_CODES),
        "vonage": (VONAGE_STATUSES, VONAGE_CODES),
        "whatsapp": (WHATSAPP_STATUSES, WHATSAPP_CODES),
        "email": (EMAIL_STATUSES, EMAIL_CODES),
        "ses": (EMAIL_STATUSES, EMAIL_CODES),
        "sendgrid": (SENDGRID_STATUSES, SENDGRID_CODES),
        "postmark": (POSTMARK_STATUSES, POSTMARK_CODES),
        "mailgun": (MAILGUN_STATUSES, MAILGUN_CODES),
        "generic": (GENERIC_STATUSES, {}),
    }
)


def classify(provider: str, status: str, error_code: str | None) -> Outcome:
    """Return what a delivery report of `provider` means for its recipient.

    Status words and codes are compared case-insensitively and without surrounding spaces.
    """
    try:
        statuses, codes = TABLES[provider]
    except KeyError:
        raise ValueError(f"no delivery table for provider {provider!r}") from None
    outcome = statuses.get(status.strip().lower(), Outcome.TEMPORARY)
    if outcome in _NOTHING_TO_DO:
        return outcome  # a code on a success is noise (Vonage: "ignore the value of err-code")
    code = (error_code or "").strip().lower()
    return codes.get(code, outcome) if code else outcome
