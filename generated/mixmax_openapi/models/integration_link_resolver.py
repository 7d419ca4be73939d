from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationLinkResolver")


@_attrs_define
class IntegrationLinkResolver:
    """A link resolver. A legacy `id` mirror of `_id` may appear among the unknown fields."""

    id: str
    user_id: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    description: str | Unset = UNSET
    regex: str | Unset = UNSET
    order: float | Unset = UNSET
    resolver_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        description = self.description

        regex = self.regex

        order = self.order

        resolver_url = self.resolver_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if regex is not UNSET:
            field_dict["regex"] = regex
        if order is not UNSET:
            field_dict["order"] = order
        if resolver_url is not UNSET:
            field_dict["resolverUrl"] = resolver_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        description = d.pop("description", UNSET)

        regex = d.pop("regex", UNSET)

        order = d.pop("order", UNSET)

        resolver_url = d.pop("resolverUrl", UNSET)

        integration_link_resolver = cls(
            id=id,
            user_id=user_id,
            created_at=created_at,
            description=description,
            regex=regex,
            order=order,
            resolver_url=resolver_url,
        )

        integration_link_resolver.additional_properties = d
        return integration_link_resolver

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
