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
        "createdAt",
        "modifiedAt",
        "userId",
        "contactId",
        "text",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.modified_at is not UNSET:
            field_dict["modifiedAt"] = self.modified_at
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.contact_id is not UNSET:
            field_dict["contactId"] = self.contact_id
        if self.text is not UNSET:
            field_dict["text"] = self.text
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
            _deviation("ContactNote", "_id", "string", id)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int or created_at.__class__ is str) and created_at is not UNSET:
            _deviation("ContactNote", "createdAt", "integer or string", created_at)

        modified_at = _get("modifiedAt", UNSET)
        if not (modified_at.__class__ is int or modified_at.__class__ is str) and modified_at is not UNSET:
            _deviation("ContactNote", "modifiedAt", "integer or string", modified_at)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("ContactNote", "userId", "string", user_id)

        contact_id = _get("contactId", UNSET)
        if not (contact_id.__class__ is str) and contact_id is not UNSET:
            _deviation("ContactNote", "contactId", "string", contact_id)

        text = _get("text", UNSET)
        if not (text.__class__ is str) and text is not UNSET:
            _deviation("ContactNote", "text", "string", text)

        _obj = cls(
            id,
            created_at,
            modified_at,
            user_id,
            contact_id,
            text,
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
