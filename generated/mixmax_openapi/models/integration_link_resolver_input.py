from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationLinkResolverInput")


@_attrs_define
class IntegrationLinkResolverInput:
    description: str | Unset = UNSET
    regex: str | Unset = UNSET
    resolver_url: str | Unset = UNSET
    order: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        regex = self.regex

        resolver_url = self.resolver_url

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if regex is not UNSET:
            field_dict["regex"] = regex
        if resolver_url is not UNSET:
            field_dict["resolverUrl"] = resolver_url
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        regex = d.pop("regex", UNSET)

        resolver_url = d.pop("resolverUrl", UNSET)

        order = d.pop("order", UNSET)

        integration_link_resolver_input = cls(
            description=description,
            regex=regex,
            resolver_url=resolver_url,
            order=order,
        )

        integration_link_resolver_input.additional_properties = d
        return integration_link_resolver_input

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
