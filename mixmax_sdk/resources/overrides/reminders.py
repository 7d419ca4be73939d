"""Checks for `client.reminders` (its methods are generated)."""

from __future__ import annotations

from ...errors import MixmaxValidationError


def check_reminder_text(value: object, name: str) -> str:
    """A string field of a reminder (the message shows the value, not only its type)."""
    if not isinstance(value, str):
        raise MixmaxValidationError(f"{name} must be a string, not {value!r}")
    return value
