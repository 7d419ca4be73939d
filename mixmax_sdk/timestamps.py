"""Mixmax mixes epoch-millisecond integers and ISO-8601 strings; these helpers bridge both ways.

Inputs accept a `datetime` (a naive one is taken as UTC) or epoch milliseconds. Models keep the wire
value; `as_datetime(model.field)` gives the aware UTC `datetime` view of any timestamp field.
"""

from __future__ import annotations

import datetime
from typing import Any

from .errors import MixmaxValidationError

__all__ = ["as_datetime", "to_epoch_ms"]

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def to_epoch_ms(value: datetime.datetime | int, *, name: str = "timestamp") -> int:
    """Epoch milliseconds from a `datetime` (naive means UTC) or an int already in milliseconds."""
    if isinstance(value, bool) or not isinstance(value, int | datetime.datetime):
        raise MixmaxValidationError(f"{name} must be a datetime or epoch milliseconds (int), not {value!r}")
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.UTC)
        return (value - _EPOCH) // datetime.timedelta(milliseconds=1)
    if value < 0:
        raise MixmaxValidationError(f"{name} must not be negative: {value}")
    if value < 100_000_000_000:  # before 1973 in ms, but a plausible date in seconds
        raise MixmaxValidationError(f"{name}={value} looks like seconds; Mixmax wants epoch milliseconds")
    return value


def as_datetime(value: Any) -> datetime.datetime | None:
    """An aware UTC datetime for an epoch-ms number, an ISO-8601 string or a datetime; None for none."""
    if value is None or type(value).__name__ == "Unset":
        return None
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)
    if isinstance(value, bool):
        raise TypeError(f"not a timestamp: {value!r}")
    if isinstance(value, int | float):
        return _EPOCH + datetime.timedelta(milliseconds=value)
    if isinstance(value, str):
        parsed = datetime.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    raise TypeError(f"not a timestamp: {value!r}")
