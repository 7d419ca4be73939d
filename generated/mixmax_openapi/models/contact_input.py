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
from . import contact_input_meta as _m_contact_input_meta

if TYPE_CHECKING:
    from ..models.contact_input_meta import ContactInputMeta

_KEYS = frozenset(
    (
        "email",
        "name",
        "groups",
        "meta",
        "contactId",
        "salesforceId",
        "markAsUsed",
        "enrich",
    )
)


T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """A contact to create; a contact with the same email is merged into the existing one."""

    email: str
    name: str | Unset = UNSET
    groups: list[str] | Unset = UNSET
    """ Contact group ids. """
    meta: ContactInputMeta | Unset = UNSET
    contact_id: str | Unset = UNSET
    salesforce_id: str | Unset = UNSET
    mark_as_used: bool | Unset = UNSET
    enrich: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.groups is not UNSET:
            field_dict["groups"] = self.groups
        if self.meta is not UNSET:
            field_dict["meta"] = _to_json(self.meta)
        if self.contact_id is not UNSET:
            field_dict["contactId"] = self.contact_id
        if self.salesforce_id is not UNSET:
            field_dict["salesforceId"] = self.salesforce_id
        if self.mark_as_used is not UNSET:
            field_dict["markAsUsed"] = self.mark_as_used
        if self.enrich is not UNSET:
            field_dict["enrich"] = self.enrich
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        email = _get("email", UNSET)
        if not (email.__class__ is str):
            _deviation("ContactInput", "email", "string", email)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("ContactInput", "name", "string", name)

        groups = _get("groups", UNSET)
        if groups.__class__ is list:
            for _n1, _groups_item in enumerate(groups):
                if not (_groups_item.__class__ is str):
                    _deviation("ContactInput", f"groups[{_n1}]", "string", _groups_item)
        elif groups is not UNSET:
            _deviation("ContactInput", "groups", "array of string", groups)

        meta = _get("meta", UNSET)
        if meta.__class__ is dict:
            try:
                meta = _m_contact_input_meta.ContactInputMeta.from_dict(meta)
            except _ResponseDeviation as _e:
                _e._within("ContactInput", "meta")
                raise
        elif meta is not UNSET:
            _deviation("ContactInput", "meta", "ContactInputMeta", meta)

        contact_id = _get("contactId", UNSET)
        if not (contact_id.__class__ is str) and contact_id is not UNSET:
            _deviation("ContactInput", "contactId", "string", contact_id)

        salesforce_id = _get("salesforceId", UNSET)
        if not (salesforce_id.__class__ is str) and salesforce_id is not UNSET:
            _deviation("ContactInput", "salesforceId", "string", salesforce_id)

        mark_as_used = _get("markAsUsed", UNSET)
        if not (mark_as_used is True or mark_as_used is False) and mark_as_used is not UNSET:
            _deviation("ContactInput", "markAsUsed", "boolean", mark_as_used)

        enrich = _get("enrich", UNSET)
        if not (enrich is True or enrich is False) and enrich is not UNSET:
            _deviation("ContactInput", "enrich", "boolean", enrich)

        _obj = cls(
            email,
            name,
            groups,
            meta,
            contact_id,
            salesforce_id,
            mark_as_used,
            enrich,
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
