from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactNote")


@_attrs_define
class ContactNote:
    id: str
    created_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    modified_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    user_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        modified_at: int | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = self.modified_at

        user_id = self.user_id

        contact_id = self.contact_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if modified_at is not UNSET:
            field_dict["modifiedAt"] = modified_at
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_modified_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        modified_at = _parse_modified_at(d.pop("modifiedAt", UNSET))

        user_id = d.pop("userId", UNSET)

        contact_id = d.pop("contactId", UNSET)

        text = d.pop("text", UNSET)

        contact_note = cls(
            id=id,
            created_at=created_at,
            modified_at=modified_at,
            user_id=user_id,
            contact_id=contact_id,
            text=text,
        )

        contact_note.additional_properties = d
        return contact_note

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
