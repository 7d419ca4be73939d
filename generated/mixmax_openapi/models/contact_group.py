from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        id = self.id

        user_id = self.user_id

        name = self.name

        group_id = self.group_id

        count = self.count

        shared = self.shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if count is not UNSET:
            field_dict["count"] = count
        if shared is not UNSET:
            field_dict["shared"] = shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        name = d.pop("name", UNSET)

        group_id = d.pop("groupId", UNSET)

        count = d.pop("count", UNSET)

        shared = d.pop("shared", UNSET)

        contact_group = cls(
            id=id,
            user_id=user_id,
            name=name,
            group_id=group_id,
            count=count,
            shared=shared,
        )

        contact_group.additional_properties = d
        return contact_group

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
