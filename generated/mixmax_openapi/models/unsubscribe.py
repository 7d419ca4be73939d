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
        "email",
        "_id",
        "name",
        "userId",
        "teamId",
        "messageId",
        "timestamp",
    )
)


T = TypeVar("T", bound="Unsubscribe")


@_attrs_define
class Unsubscribe:
    """An unsubscribed address (the address is what an entry is)."""

    email: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    team_id: str | Unset = UNSET
    message_id: str | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.team_id is not UNSET:
            field_dict["teamId"] = self.team_id
        if self.message_id is not UNSET:
            field_dict["messageId"] = self.message_id
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
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
            _deviation("Unsubscribe", "email", "string", email)

        id = _get("_id", UNSET)
        if not (id.__class__ is str) and id is not UNSET:
            _deviation("Unsubscribe", "_id", "string", id)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("Unsubscribe", "name", "string", name)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("Unsubscribe", "userId", "string", user_id)

        team_id = _get("teamId", UNSET)
        if not (team_id.__class__ is str) and team_id is not UNSET:
            _deviation("Unsubscribe", "teamId", "string", team_id)

        message_id = _get("messageId", UNSET)
        if not (message_id.__class__ is str) and message_id is not UNSET:
            _deviation("Unsubscribe", "messageId", "string", message_id)

        timestamp = _get("timestamp", UNSET)
        if not (timestamp.__class__ is int or timestamp.__class__ is str) and timestamp is not UNSET:
            _deviation("Unsubscribe", "timestamp", "integer or string", timestamp)

        _obj = cls(
            email,
            id,
            name,
            user_id,
            team_id,
            message_id,
            timestamp,
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
