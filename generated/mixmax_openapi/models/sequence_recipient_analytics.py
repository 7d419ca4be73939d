from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sequence_recipient_analytics_events import SequenceRecipientAnalyticsEvents


T = TypeVar("T", bound="SequenceRecipientAnalytics")


@_attrs_define
class SequenceRecipientAnalytics:
    events: SequenceRecipientAnalyticsEvents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_recipient_analytics_events import SequenceRecipientAnalyticsEvents  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: SequenceRecipientAnalyticsEvents | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = SequenceRecipientAnalyticsEvents.from_dict(_events)

        sequence_recipient_analytics = cls(
            events=events,
        )

        sequence_recipient_analytics.additional_properties = d
        return sequence_recipient_analytics

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
