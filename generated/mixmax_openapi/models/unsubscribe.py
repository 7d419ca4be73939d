from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        email = self.email

        id = self.id

        name = self.name

        user_id = self.user_id

        team_id = self.team_id

        message_id = self.message_id

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        id = d.pop("_id", UNSET)

        name = d.pop("name", UNSET)

        user_id = d.pop("userId", UNSET)

        team_id = d.pop("teamId", UNSET)

        message_id = d.pop("messageId", UNSET)

        def _parse_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        unsubscribe = cls(
            email=email,
            id=id,
            name=name,
            user_id=user_id,
            team_id=team_id,
            message_id=message_id,
            timestamp=timestamp,
        )

        unsubscribe.additional_properties = d
        return unsubscribe

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
