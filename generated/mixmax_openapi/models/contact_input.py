from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_input_meta import ContactInputMeta


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
        email = self.email

        name = self.name

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        contact_id = self.contact_id

        salesforce_id = self.salesforce_id

        mark_as_used = self.mark_as_used

        enrich = self.enrich

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if groups is not UNSET:
            field_dict["groups"] = groups
        if meta is not UNSET:
            field_dict["meta"] = meta
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if salesforce_id is not UNSET:
            field_dict["salesforceId"] = salesforce_id
        if mark_as_used is not UNSET:
            field_dict["markAsUsed"] = mark_as_used
        if enrich is not UNSET:
            field_dict["enrich"] = enrich

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_input_meta import ContactInputMeta  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name", UNSET)

        groups = cast(list[str], d.pop("groups", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: ContactInputMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ContactInputMeta.from_dict(_meta)

        contact_id = d.pop("contactId", UNSET)

        salesforce_id = d.pop("salesforceId", UNSET)

        mark_as_used = d.pop("markAsUsed", UNSET)

        enrich = d.pop("enrich", UNSET)

        contact_input = cls(
            email=email,
            name=name,
            groups=groups,
            meta=meta,
            contact_id=contact_id,
            salesforce_id=salesforce_id,
            mark_as_used=mark_as_used,
            enrich=enrich,
        )

        contact_input.additional_properties = d
        return contact_input

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
