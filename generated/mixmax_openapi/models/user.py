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
        "email",
        "name",
        "timezone",
    )
)


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A Mixmax user. `_id` is Airbyte's primary key of `users/me` and the only field of the schema
    Airbyte imported from the real answers it tested (openapi/EVIDENCE.md, "User"); `email` is
    optional: the only body that has one is a hand-written mock in PostHog's connector test.

    """

    id: str
    email: str | Unset = UNSET
    name: None | str | Unset = UNSET
    timezone: str | Unset = UNSET
    """ IANA time-zone name (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.timezone is not UNSET:
            field_dict["timezone"] = self.timezone
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
            _deviation("User", "_id", "string", id)

        email = _get("email", UNSET)
        if not (email.__class__ is str) and email is not UNSET:
            _deviation("User", "email", "string", email)

        name = _get("name", UNSET)
        if not (name.__class__ is str or name is None) and name is not UNSET:
            _deviation("User", "name", "string or null", name)

        timezone = _get("timezone", UNSET)
        if not (timezone.__class__ is str) and timezone is not UNSET:
            _deviation("User", "timezone", "string", timezone)

        _obj = cls(
            id,
            email,
            name,
            timezone,
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
