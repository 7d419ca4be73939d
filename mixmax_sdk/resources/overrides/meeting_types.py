"""Checks for `client.meeting_types`: nested settings given as dicts, and the booking page's slug."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from ..._validate import check_min, unset
from ...errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.models import MeetingTypeDaysFromNow, MeetingTypeDefaults


class DaysFromNowDict(TypedDict, total=False):
    """The booking window: `{"start": 1, "end": 21, "unit": "weekdays"}` (the API's defaults)."""

    start: int
    end: int
    unit: Literal["weekdays", "days"]


class DefaultsDict(TypedDict, total=False):
    """Defaults of the booked event: `{"title": ..., "location": ..., "description": ...}`."""

    title: str
    location: str
    description: str


_UNITS = frozenset({"weekdays", "days"})


def check_slug(link: object, name: str) -> str:
    """A booking page's URL slug: no spaces, no slashes."""
    if not isinstance(link, str) or not link or any(c.isspace() or c == "/" for c in link):
        raise MixmaxValidationError(f"{name} must be a URL slug without spaces or slashes, not {link!r}")
    return link


def check_days_from_now(value: object, where: str) -> MeetingTypeDaysFromNow:
    """The booking window as the generated model; each bound checked."""
    from mixmax_openapi.models import MeetingTypeDaysFromNow

    item = _known_keys(value, where, DaysFromNowDict.__annotations__)
    window = MeetingTypeDaysFromNow(
        start=unset(check_min(item.get("start"), f"{where}.start", 0)),
        end=unset(check_min(item.get("end"), f"{where}.end", 0)),
    )
    if "start" in item and "end" in item and item["start"] > item["end"]:
        raise MixmaxValidationError(f"{where}.start must not be after {where}.end")
    if "unit" in item:
        if item["unit"] not in _UNITS:
            raise MixmaxValidationError(f"{where}.unit must be 'weekdays' or 'days', not {item['unit']!r}")
        window.unit = item["unit"]
    return window


def check_defaults(value: object, where: str) -> MeetingTypeDefaults:
    """The booked event's defaults as the generated model; every value a string."""
    from mixmax_openapi.models import MeetingTypeDefaults

    item = _known_keys(value, where, DefaultsDict.__annotations__)
    for key, text in item.items():
        if not isinstance(text, str):
            raise MixmaxValidationError(f"{where}.{key} must be a string, not {text!r}")
    return MeetingTypeDefaults(
        title=unset(item.get("title")), location=unset(item.get("location")), description=unset(item.get("description"))
    )


def _known_keys(value: object, where: str, known: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise MixmaxValidationError(f"{where} must be a dict, not {type(value).__name__}")
    unknown = set(value) - set(known)
    if unknown:
        raise MixmaxValidationError(f"{where} has unknown keys {sorted(unknown, key=str)} (known: {sorted(known)})")
    return dict(value)
