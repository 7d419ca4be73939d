from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationSidebar")


@_attrs_define
class IntegrationSidebar:
    id: str
    user_id: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    icon_html: str | Unset = UNSET
    icon_color: str | Unset = UNSET
    icon_image: str | Unset = UNSET
    icon_name: str | Unset = UNSET
    mixmax_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        name = self.name

        url = self.url

        icon_html = self.icon_html

        icon_color = self.icon_color

        icon_image = self.icon_image

        icon_name = self.icon_name

        mixmax_id = self.mixmax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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
        if mixmax_id is not UNSET:
            field_dict["mixmaxId"] = mixmax_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        icon_html = d.pop("iconHTML", UNSET)

        icon_color = d.pop("iconColor", UNSET)

        icon_image = d.pop("iconImage", UNSET)

        icon_name = d.pop("iconName", UNSET)

        mixmax_id = d.pop("mixmaxId", UNSET)

        integration_sidebar = cls(
            id=id,
            user_id=user_id,
            created_at=created_at,
            name=name,
            url=url,
            icon_html=icon_html,
            icon_color=icon_color,
            icon_image=icon_image,
            icon_name=icon_name,
            mixmax_id=mixmax_id,
        )

        integration_sidebar.additional_properties = d
        return integration_sidebar

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
