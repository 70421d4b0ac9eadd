"""Results as JSON-ready values: what `--json` prints and the API returns.

Apart from heed.engine.results, whose models import pydantic, so that `heed check --json`
does not load them (#12 item 7).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from typing import Any


def to_json(value: Any) -> Any:
    """Convert results (dataclasses, enums, datetimes, tuples) into JSON-ready values."""
    if callable(getattr(value, "to_json", None)):  # e.g. heed.inbound.actions: its own shape
        return value.to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
