from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_update_meta import ContactUpdateMeta


T = TypeVar("T", bound="ContactUpdate")


@_attrs_define
class ContactUpdate:
    """Contact fields to change."""

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    salesforce_id: str | Unset = UNSET
    meta: ContactUpdateMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        contact_id = self.contact_id

        salesforce_id = self.salesforce_id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if salesforce_id is not UNSET:
            field_dict["salesforceId"] = salesforce_id
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_update_meta import ContactUpdateMeta  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        contact_id = d.pop("contactId", UNSET)

        salesforce_id = d.pop("salesforceId", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: ContactUpdateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ContactUpdateMeta.from_dict(_meta)

        contact_update = cls(
            email=email,
            name=name,
            contact_id=contact_id,
            salesforce_id=salesforce_id,
            meta=meta,
        )

        contact_update.additional_properties = d
        return contact_update

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
