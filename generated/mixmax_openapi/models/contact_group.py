from __future__ import annotations

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
        "name",
        "groupId",
        "count",
        "shared",
    )
)


T = TypeVar("T", bound="ContactGroup")


@_attrs_define
class ContactGroup:
    id: str
    user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    count: int | Unset = UNSET
    shared: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.group_id is not UNSET:
            field_dict["groupId"] = self.group_id
        if self.count is not UNSET:
            field_dict["count"] = self.count
        if self.shared is not UNSET:
            field_dict["shared"] = self.shared
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        id = _get("_id", UNSET)
        if not (id.__class__ is str):
            _deviation("ContactGroup", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("ContactGroup", "userId", "string", user_id)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("ContactGroup", "name", "string", name)

        group_id = _get("groupId", UNSET)
        if not (group_id.__class__ is str) and group_id is not UNSET:
            _deviation("ContactGroup", "groupId", "string", group_id)

        count = _get("count", UNSET)
        if not (count.__class__ is int) and count is not UNSET:
            _deviation("ContactGroup", "count", "integer", count)

        shared = _get("shared", UNSET)
        if not (shared is True or shared is False) and shared is not UNSET:
            _deviation("ContactGroup", "shared", "boolean", shared)

        _obj = cls(
            id,
            user_id,
            name,
            group_id,
            count,
            shared,
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
