from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import contact_input as _m_contact_input

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput

_KEYS = frozenset(
    (
        "name",
        "contacts",
    )
)


T = TypeVar("T", bound="ContactGroupInput")


@_attrs_define
class ContactGroupInput:
    name: str
    contacts: list[ContactInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.contacts is not UNSET:
            field_dict["contacts"] = _to_json(self.contacts)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        name = _get("name", UNSET)
        if not (name.__class__ is str):
            _deviation("ContactGroupInput", "name", "string", name)

        contacts = _get("contacts", UNSET)
        if contacts.__class__ is list:
            _contacts_items: list[Any] = []
            for _contacts_item in contacts:
                if _contacts_item.__class__ is dict:
                    try:
                        _contacts_item = _m_contact_input.ContactInput.from_dict(_contacts_item)
                    except _ResponseDeviation as _e:
                        _e._within("ContactGroupInput", f"contacts[{len(_contacts_items)}]")
                        raise
                else:
                    _deviation("ContactGroupInput", f"contacts[{len(_contacts_items)}]", "ContactInput", _contacts_item)

                _contacts_items.append(_contacts_item)
            contacts = _contacts_items
        elif contacts is not UNSET:
            _deviation("ContactGroupInput", "contacts", "array of ContactInput", contacts)

        _obj = cls(
            name,
            contacts,
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
