"""The providers' side: sender numbers of the `shop` account, webhook bodies as they send them."""

from __future__ import annotations

from typing import Any

SMS_VONAGE, SMS_TWILIO, WHATSAPP, SMS_GENERIC = (
    "+15005550006",
    "+15005550007",
    "+15005550008",
    "+15005550009",
)


def preferences(*changes: dict[str, Any]) -> dict[str, Any]:
    """The shape of Meta's user_preferences webhook reference."""
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "field": "user_preferences",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "15550783881",
                                "phone_number_id": "106540352242922",
                            },
                            "contacts": [{"profile": {"name": "Sheena"}, "wa_id": "16505551234"}],
                            "user_preferences": list(changes),
                        },
                    }
                ],
            }
        ],
    }


def preference(value: str, category: str = "marketing_messages") -> dict[str, Any]:
    return {
        "wa_id": "16505551234",
        "detail": "User requested to stop marketing messages",
        "category": category,
        "value": value,
        "timestamp": 1731705721,
    }
