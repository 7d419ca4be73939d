from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_type_days_from_now import MeetingTypeDaysFromNow
    from ..models.meeting_type_defaults import MeetingTypeDefaults


T = TypeVar("T", bound="MeetingTypeInput")


@_attrs_define
class MeetingTypeInput:
    """Meeting-type fields to set (inferred from the meeting-type object)."""

    name: str | Unset = UNSET
    duration_min: int | Unset = UNSET
    days_from_now: MeetingTypeDaysFromNow | Unset = UNSET
    defaults: MeetingTypeDefaults | Unset = UNSET
    link: str | Unset = UNSET
    buffer: int | Unset = UNSET
    calendar_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        duration_min = self.duration_min

        days_from_now: dict[str, Any] | Unset = UNSET
        if not isinstance(self.days_from_now, Unset):
            days_from_now = self.days_from_now.to_dict()

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        link = self.link

        buffer = self.buffer

        calendar_ids: list[str] | Unset = UNSET
        if not isinstance(self.calendar_ids, Unset):
            calendar_ids = self.calendar_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if duration_min is not UNSET:
            field_dict["durationMin"] = duration_min
        if days_from_now is not UNSET:
            field_dict["daysFromNow"] = days_from_now
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if link is not UNSET:
            field_dict["link"] = link
        if buffer is not UNSET:
            field_dict["buffer"] = buffer
        if calendar_ids is not UNSET:
            field_dict["calendarIds"] = calendar_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_type_days_from_now import MeetingTypeDaysFromNow  # noqa: PLC0415
        from ..models.meeting_type_defaults import MeetingTypeDefaults  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        duration_min = d.pop("durationMin", UNSET)

        _days_from_now = d.pop("daysFromNow", UNSET)
        days_from_now: MeetingTypeDaysFromNow | Unset
        if isinstance(_days_from_now, Unset):
            days_from_now = UNSET
        else:
            days_from_now = MeetingTypeDaysFromNow.from_dict(_days_from_now)

        _defaults = d.pop("defaults", UNSET)
        defaults: MeetingTypeDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = MeetingTypeDefaults.from_dict(_defaults)

        link = d.pop("link", UNSET)

        buffer = d.pop("buffer", UNSET)

        calendar_ids = cast(list[str], d.pop("calendarIds", UNSET))

        meeting_type_input = cls(
            name=name,
            duration_min=duration_min,
            days_from_now=days_from_now,
            defaults=defaults,
            link=link,
            buffer=buffer,
            calendar_ids=calendar_ids,
        )

        meeting_type_input.additional_properties = d
        return meeting_type_input

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
