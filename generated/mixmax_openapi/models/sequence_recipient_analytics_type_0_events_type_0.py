from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SequenceRecipientAnalyticsType0EventsType0")


@_attrs_define
class SequenceRecipientAnalyticsType0EventsType0:
    opens: int | Unset = UNSET
    clicks: int | Unset = UNSET
    downloads: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opens = self.opens

        clicks = self.clicks

        downloads = self.downloads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opens is not UNSET:
            field_dict["opens"] = opens
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if downloads is not UNSET:
            field_dict["downloads"] = downloads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opens = d.pop("opens", UNSET)

        clicks = d.pop("clicks", UNSET)

        downloads = d.pop("downloads", UNSET)

        sequence_recipient_analytics_type_0_events_type_0 = cls(
            opens=opens,
            clicks=clicks,
            downloads=downloads,
        )

        sequence_recipient_analytics_type_0_events_type_0.additional_properties = d
        return sequence_recipient_analytics_type_0_events_type_0

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
