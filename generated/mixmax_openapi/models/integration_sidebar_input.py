from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationSidebarInput")


@_attrs_define
class IntegrationSidebarInput:
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    icon_html: str | Unset = UNSET
    icon_color: str | Unset = UNSET
    icon_image: str | Unset = UNSET
    icon_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        icon_html = self.icon_html

        icon_color = self.icon_color

        icon_image = self.icon_image

        icon_name = self.icon_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if icon_html is not UNSET:
            field_dict["iconHTML"] = icon_html
        if icon_color is not UNSET:
            field_dict["iconColor"] = icon_color
        if icon_image is not UNSET:
            field_dict["iconImage"] = icon_image
        if icon_name is not UNSET:
            field_dict["iconName"] = icon_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        icon_html = d.pop("iconHTML", UNSET)

        icon_color = d.pop("iconColor", UNSET)

        icon_image = d.pop("iconImage", UNSET)

        icon_name = d.pop("iconName", UNSET)

        integration_sidebar_input = cls(
            name=name,
            url=url,
            icon_html=icon_html,
            icon_color=icon_color,
            icon_image=icon_image,
            icon_name=icon_name,
        )

        integration_sidebar_input.additional_properties = d
        return integration_sidebar_input

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
