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
from . import team_member as _m_team_member

if TYPE_CHECKING:
    from ..models.team_member import TeamMember

_KEYS = frozenset(
    (
        "_id",
        "name",
        "createdAt",
        "modifiedAt",
        "members",
        "users",
    )
)


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """A team. Its dates are ISO strings in the only example (2016 docs), so they keep their wire form."""

    id: str
    name: str
    created_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    modified_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    members: list[TeamMember] | None | Unset = UNSET
    users: list[TeamMember] | None | Unset = UNSET
    """ Older name of `members`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.modified_at is not UNSET:
            field_dict["modifiedAt"] = self.modified_at
        if self.members is not UNSET:
            field_dict["members"] = _to_json(self.members)
        if self.users is not UNSET:
            field_dict["users"] = _to_json(self.users)
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
            _deviation("Team", "_id", "string", id)

        name = _get("name", UNSET)
        if not (name.__class__ is str):
            _deviation("Team", "name", "string", name)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int or created_at.__class__ is str) and created_at is not UNSET:
            _deviation("Team", "createdAt", "integer or string", created_at)

        modified_at = _get("modifiedAt", UNSET)
        if not (modified_at.__class__ is int or modified_at.__class__ is str) and modified_at is not UNSET:
            _deviation("Team", "modifiedAt", "integer or string", modified_at)

        members = _get("members", UNSET)
        if members.__class__ is list:
            _members_items: list[Any] = []
            for _members_item in members:
                if _members_item.__class__ is dict:
                    try:
                        _members_item = _m_team_member.TeamMember.from_dict(_members_item)
                    except _ResponseDeviation as _e:
                        _e._within("Team", f"members[{len(_members_items)}]")
                        raise
                else:
                    _deviation("Team", f"members[{len(_members_items)}]", "TeamMember", _members_item)

                _members_items.append(_members_item)
            members = _members_items
        elif members is None:
            pass
        elif members is not UNSET:
            _deviation("Team", "members", "array of TeamMember or null", members)

        users = _get("users", UNSET)
        if users.__class__ is list:
            _users_items: list[Any] = []
            for _users_item in users:
                if _users_item.__class__ is dict:
                    try:
                        _users_item = _m_team_member.TeamMember.from_dict(_users_item)
                    except _ResponseDeviation as _e:
                        _e._within("Team", f"users[{len(_users_items)}]")
                        raise
                else:
                    _deviation("Team", f"users[{len(_users_items)}]", "TeamMember", _users_item)

                _users_items.append(_users_item)
            users = _users_items
        elif users is None:
            pass
        elif users is not UNSET:
            _deviation("Team", "users", "array of TeamMember or null", users)

        _obj = cls(
            id,
            name,
            created_at,
            modified_at,
            members,
            users,
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
