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
        "userId",
        "createdAt",
        "description",
        "regex",
        "order",
        "resolverUrl",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.regex is not UNSET:
            field_dict["regex"] = self.regex
        if self.order is not UNSET:
            field_dict["order"] = self.order
        if self.resolver_url is not UNSET:
            field_dict["resolverUrl"] = self.resolver_url
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
            _deviation("IntegrationLinkResolver", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("IntegrationLinkResolver", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int or created_at.__class__ is str) and created_at is not UNSET:
            _deviation("IntegrationLinkResolver", "createdAt", "integer or string", created_at)

        description = _get("description", UNSET)
        if not (description.__class__ is str) and description is not UNSET:
            _deviation("IntegrationLinkResolver", "description", "string", description)

        regex = _get("regex", UNSET)
        if not (regex.__class__ is str) and regex is not UNSET:
            _deviation("IntegrationLinkResolver", "regex", "string", regex)

        order = _get("order", UNSET)
        if not (order.__class__ is float or order.__class__ is int) and order is not UNSET:
            _deviation("IntegrationLinkResolver", "order", "number", order)

        resolver_url = _get("resolverUrl", UNSET)
        if not (resolver_url.__class__ is str) and resolver_url is not UNSET:
            _deviation("IntegrationLinkResolver", "resolverUrl", "string", resolver_url)

        _obj = cls(
            id,
            user_id,
            created_at,
            description,
            regex,
            order,
            resolver_url,
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
