from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sequence_recipient_analytics_type_0_events_type_0 import SequenceRecipientAnalyticsType0EventsType0


T = TypeVar("T", bound="SequenceRecipientAnalyticsType0")


@_attrs_define
class SequenceRecipientAnalyticsType0:
    events: None | SequenceRecipientAnalyticsType0EventsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sequence_recipient_analytics_type_0_events_type_0 import (
            SequenceRecipientAnalyticsType0EventsType0,  # noqa: PLC0415
        )

        events: dict[str, Any] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, SequenceRecipientAnalyticsType0EventsType0):
            events = self.events.to_dict()
        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_recipient_analytics_type_0_events_type_0 import (
            SequenceRecipientAnalyticsType0EventsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_events(data: object) -> None | SequenceRecipientAnalyticsType0EventsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                events_type_0 = SequenceRecipientAnalyticsType0EventsType0.from_dict(data)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SequenceRecipientAnalyticsType0EventsType0 | Unset, data)

        events = _parse_events(d.pop("events", UNSET))

        sequence_recipient_analytics_type_0 = cls(
            events=events,
        )

        sequence_recipient_analytics_type_0.additional_properties = d
        return sequence_recipient_analytics_type_0

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
