from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import team_member_invite as _m_team_member_invite

if TYPE_CHECKING:
    from ..models.team_member_invite import TeamMemberInvite

_KEYS = frozenset(("members",))


T = TypeVar("T", bound="TeamMembersInput")


@_attrs_define
class TeamMembersInput:
    members: list[TeamMemberInvite]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.members is not UNSET:
            field_dict["members"] = _to_json(self.members)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        members = _get("members", UNSET)
        if members.__class__ is list:
            _members_items: list[Any] = []
            for _members_item in members:
                if _members_item.__class__ is dict:
                    try:
                        _members_item = _m_team_member_invite.TeamMemberInvite.from_dict(_members_item)
                    except _ResponseDeviation as _e:
                        _e._within("TeamMembersInput", f"members[{len(_members_items)}]")
                        raise
                else:
                    _deviation("TeamMembersInput", f"members[{len(_members_items)}]", "TeamMemberInvite", _members_item)

                _members_items.append(_members_item)
            members = _members_items
        else:
            _deviation("TeamMembersInput", "members", "array of TeamMemberInvite", members)

        _obj = cls(
            members,
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
