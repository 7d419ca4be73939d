from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPreferencesSendFromAccountsType0Item")


@_attrs_define
class UserPreferencesSendFromAccountsType0Item:
    email: str | Unset = UNSET
    is_alias: bool | Unset = UNSET
    is_gmail_default: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_alias = self.is_alias

        is_gmail_default = self.is_gmail_default

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if is_alias is not UNSET:
            field_dict["isAlias"] = is_alias
        if is_gmail_default is not UNSET:
            field_dict["isGmailDefault"] = is_gmail_default
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        is_alias = d.pop("isAlias", UNSET)

        is_gmail_default = d.pop("isGmailDefault", UNSET)

        name = d.pop("name", UNSET)

        user_preferences_send_from_accounts_type_0_item = cls(
            email=email,
            is_alias=is_alias,
            is_gmail_default=is_gmail_default,
            name=name,
        )

        user_preferences_send_from_accounts_type_0_item.additional_properties = d
        return user_preferences_send_from_accounts_type_0_item

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
