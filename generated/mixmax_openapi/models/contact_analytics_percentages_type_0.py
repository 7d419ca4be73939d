from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactAnalyticsPercentagesType0")


@_attrs_define
class ContactAnalyticsPercentagesType0:
    opened: float | Unset = UNSET
    clicked: float | Unset = UNSET
    downloaded: float | Unset = UNSET
    replied: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opened = self.opened

        clicked = self.clicked

        downloaded = self.downloaded

        replied = self.replied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opened is not UNSET:
            field_dict["opened"] = opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if downloaded is not UNSET:
            field_dict["downloaded"] = downloaded
        if replied is not UNSET:
            field_dict["replied"] = replied

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opened = d.pop("opened", UNSET)

        clicked = d.pop("clicked", UNSET)

        downloaded = d.pop("downloaded", UNSET)

        replied = d.pop("replied", UNSET)

        contact_analytics_percentages_type_0 = cls(
            opened=opened,
            clicked=clicked,
            downloaded=downloaded,
            replied=replied,
        )

        contact_analytics_percentages_type_0.additional_properties = d
        return contact_analytics_percentages_type_0

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
