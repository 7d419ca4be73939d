from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import meeting_invite_event as _m_meeting_invite_event

if TYPE_CHECKING:
    from ..models.meeting_invite_event import MeetingInviteEvent

_KEYS = frozenset(
    (
        "start",
        "end",
        "events",
    )
)


T = TypeVar("T", bound="MeetingInviteTimeslot")


@_attrs_define
class MeetingInviteTimeslot:
    start: str | Unset = UNSET
    """ ISO-8601. """
    end: str | Unset = UNSET
    """ ISO-8601. """
    events: list[MeetingInviteEvent] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.start is not UNSET:
            field_dict["start"] = self.start
        if self.end is not UNSET:
            field_dict["end"] = self.end
        if self.events is not UNSET:
            field_dict["events"] = _to_json(self.events)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        start = _get("start", UNSET)
        if not (start.__class__ is str) and start is not UNSET:
            _deviation("MeetingInviteTimeslot", "start", "string", start)

        end = _get("end", UNSET)
        if not (end.__class__ is str) and end is not UNSET:
            _deviation("MeetingInviteTimeslot", "end", "string", end)

        events = _get("events", UNSET)
        if events.__class__ is list:
            _events_items: list[Any] = []
            for _events_item in events:
                if _events_item.__class__ is dict:
                    try:
                        _events_item = _m_meeting_invite_event.MeetingInviteEvent.from_dict(_events_item)
                    except _ResponseDeviation as _e:
                        _e._within("MeetingInviteTimeslot", f"events[{len(_events_items)}]")
                        raise
                else:
                    _deviation(
                        "MeetingInviteTimeslot", f"events[{len(_events_items)}]", "MeetingInviteEvent", _events_item
                    )

                _events_items.append(_events_item)
            events = _events_items
        elif events is None:
            pass
        elif events is not UNSET:
            _deviation("MeetingInviteTimeslot", "events", "array of MeetingInviteEvent or null", events)

        _obj = cls(
            start,
            end,
            events,
        )
        if not _KEYS.issuperset(src_dict):
            _obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
