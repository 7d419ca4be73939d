"""Overrides for `client.meeting_types`: nested settings given as dicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

from ..._call import Call, from_module, model
from ..._resource import M, RequestOptions, Resource, endpoint
from ..._validate import check_min, require_id, unset
from ...errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.models import MeetingType, MeetingTypeDaysFromNow, MeetingTypeDefaults, MeetingTypeInput


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


class MeetingTypesOverrides(Resource[M]):
    """Overrides of `MeetingTypes` (the generated class inherits them)."""

    @endpoint
    def create(
        self,
        *,
        name: str | None = None,
        duration_min: int | None = None,
        days_from_now: DaysFromNowDict | None = None,
        defaults: DefaultsDict | None = None,
        link: str | None = None,
        buffer: int | None = None,
        calendar_ids: Iterable[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[MeetingType]:
        """Create a meeting type; fields left None take the API's defaults (low-confidence endpoint).

        Args:
            name: the name (API default "New meeting type").
            duration_min: the meeting length in minutes (API default 30).
            days_from_now: the booking window, `{"start", "end", "unit"}` with unit "weekdays" or "days".
            defaults: the booked event's `{"title", "location", "description"}`.
            link: the URL slug of the booking page (API default `meetingtype_<n>`).
            buffer: minutes kept free between meetings.
            calendar_ids: the calendars checked for conflicts.
        """
        from mixmax_openapi.api.meeting_types import create_meeting_type
        from mixmax_openapi.models import MeetingType

        body = _input(name, duration_min, days_from_now, defaults, link, buffer, calendar_ids)
        return from_module(create_meeting_type, model(MeetingType.from_dict), body=body)

    @endpoint
    def update(
        self,
        meeting_type_id: str,
        *,
        name: str | None = None,
        duration_min: int | None = None,
        days_from_now: DaysFromNowDict | None = None,
        defaults: DefaultsDict | None = None,
        link: str | None = None,
        buffer: int | None = None,
        calendar_ids: Iterable[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[MeetingType]:
        """Change the given fields (PATCH); returns the meeting type (low-confidence endpoint).

        Args:
            meeting_type_id: the meeting type's `_id`.
            name, duration_min, days_from_now, defaults, link, buffer, calendar_ids: as for `create`;
                None leaves a field unchanged.
        """
        from mixmax_openapi.api.meeting_types import update_meeting_type
        from mixmax_openapi.models import MeetingType

        meeting_type_id = require_id(meeting_type_id, "meeting_type_id")
        body = _input(name, duration_min, days_from_now, defaults, link, buffer, calendar_ids)
        if not body.to_dict():
            raise MixmaxValidationError("nothing to update: pass at least one field")
        return from_module(update_meeting_type, model(MeetingType.from_dict), id=meeting_type_id, body=body)


def _input(
    name: str | None,
    duration_min: int | None,
    days_from_now: Mapping[str, Any] | None,
    defaults: Mapping[str, Any] | None,
    link: str | None,
    buffer: int | None,
    calendar_ids: Iterable[str] | None,
) -> MeetingTypeInput:
    from mixmax_openapi.models import MeetingTypeInput

    if link is not None and (not isinstance(link, str) or not link or any(c.isspace() or c == "/" for c in link)):
        raise MixmaxValidationError(f"link must be a URL slug without spaces or slashes, not {link!r}")
    return MeetingTypeInput(
        name=unset(None if name is None else require_id(name, "name")),
        duration_min=unset(check_min(duration_min, "duration_min", 1)),
        days_from_now=unset(None if days_from_now is None else _days_from_now(days_from_now)),
        defaults=unset(None if defaults is None else _defaults(defaults)),
        link=unset(link),
        buffer=unset(check_min(buffer, "buffer", 0)),
        calendar_ids=unset(None if calendar_ids is None else _ids(calendar_ids, "calendar_ids")),
    )


def _days_from_now(value: object) -> MeetingTypeDaysFromNow:
    from mixmax_openapi.models import MeetingTypeDaysFromNow

    where = "days_from_now"
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


def _defaults(value: object) -> MeetingTypeDefaults:
    from mixmax_openapi.models import MeetingTypeDefaults

    item = _known_keys(value, "defaults", DefaultsDict.__annotations__)
    for key, text in item.items():
        if not isinstance(text, str):
            raise MixmaxValidationError(f"defaults.{key} must be a string, not {text!r}")
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


def _ids(values: Iterable[str], name: str) -> list[str]:
    if isinstance(values, str | bytes):
        raise MixmaxValidationError(f"{name} must be a list of ids, not one string")
    return [require_id(v, f"{name}[{i}]") for i, v in enumerate(values)]
