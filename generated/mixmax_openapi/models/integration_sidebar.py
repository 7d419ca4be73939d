from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import deviation as _deviation

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "createdAt",
        "name",
        "url",
        "iconHTML",
        "iconColor",
        "iconImage",
        "iconName",
        "mixmaxId",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.icon_html is not UNSET:
            field_dict["iconHTML"] = self.icon_html
        if self.icon_color is not UNSET:
            field_dict["iconColor"] = self.icon_color
        if self.icon_image is not UNSET:
            field_dict["iconImage"] = self.icon_image
        if self.icon_name is not UNSET:
            field_dict["iconName"] = self.icon_name
        if self.mixmax_id is not UNSET:
            field_dict["mixmaxId"] = self.mixmax_id
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        id = _get("_id", UNSET)
        if not (id.__class__ is str):
            _deviation("IntegrationSidebar", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("IntegrationSidebar", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int or created_at.__class__ is str) and created_at is not UNSET:
            _deviation("IntegrationSidebar", "createdAt", "integer or string", created_at)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("IntegrationSidebar", "name", "string", name)

        url = _get("url", UNSET)
        if not (url.__class__ is str) and url is not UNSET:
            _deviation("IntegrationSidebar", "url", "string", url)

        icon_html = _get("iconHTML", UNSET)
        if not (icon_html.__class__ is str) and icon_html is not UNSET:
            _deviation("IntegrationSidebar", "iconHTML", "string", icon_html)

        icon_color = _get("iconColor", UNSET)
        if not (icon_color.__class__ is str) and icon_color is not UNSET:
            _deviation("IntegrationSidebar", "iconColor", "string", icon_color)

        icon_image = _get("iconImage", UNSET)
        if not (icon_image.__class__ is str) and icon_image is not UNSET:
            _deviation("IntegrationSidebar", "iconImage", "string", icon_image)

        icon_name = _get("iconName", UNSET)
        if not (icon_name.__class__ is str) and icon_name is not UNSET:
            _deviation("IntegrationSidebar", "iconName", "string", icon_name)

        mixmax_id = _get("mixmaxId", UNSET)
        if not (mixmax_id.__class__ is str) and mixmax_id is not UNSET:
            _deviation("IntegrationSidebar", "mixmaxId", "string", mixmax_id)

        _obj = cls(
            id,
            user_id,
            created_at,
            name,
            url,
            icon_html,
            icon_color,
            icon_image,
            icon_name,
            mixmax_id,
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
