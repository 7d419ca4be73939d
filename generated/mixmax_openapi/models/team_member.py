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
from . import team_member_user as _m_team_member_user

if TYPE_CHECKING:
    from ..models.team_member_user import TeamMemberUser

_KEYS = frozenset(
    (
        "memberId",
        "userId",
        "email",
        "role",
        "accepted",
        "acceptedAt",
        "invitedAt",
    )
)


T = TypeVar("T", bound="TeamMember")


@_attrs_define
class TeamMember:
    """A team member or pending invitation. The 2016 docs name the dates `dateAccepted`/`dateInvited`."""

    member_id: str | Unset = UNSET
    user_id: str | TeamMemberUser | Unset = UNSET
    """ The user id, or the expanded user. """
    email: str | Unset = UNSET
    """ Present on pending invitations. """
    role: str | Unset = UNSET
    """ Known values: `admin`, `member`. """
    accepted: bool | Unset = UNSET
    accepted_at: int | None | str | Unset = UNSET
    invited_at: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.member_id is not UNSET:
            field_dict["memberId"] = self.member_id
        if self.user_id is not UNSET:
            field_dict["userId"] = _to_json(self.user_id)
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.accepted is not UNSET:
            field_dict["accepted"] = self.accepted
        if self.accepted_at is not UNSET:
            field_dict["acceptedAt"] = self.accepted_at
        if self.invited_at is not UNSET:
            field_dict["invitedAt"] = self.invited_at
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        member_id = _get("memberId", UNSET)
        if not (member_id.__class__ is str) and member_id is not UNSET:
            _deviation("TeamMember", "memberId", "string", member_id)

        user_id = _get("userId", UNSET)
        if user_id.__class__ is str:
            pass
        elif user_id.__class__ is dict:
            try:
                user_id = _m_team_member_user.TeamMemberUser.from_dict(user_id)
            except _ResponseDeviation as _e:
                _e._within("TeamMember", "userId")
                raise
        elif user_id is not UNSET:
            _deviation("TeamMember", "userId", "string or TeamMemberUser", user_id)

        email = _get("email", UNSET)
        if not (email.__class__ is str) and email is not UNSET:
            _deviation("TeamMember", "email", "string", email)

        role = _get("role", UNSET)
        if not (role.__class__ is str) and role is not UNSET:
            _deviation("TeamMember", "role", "string", role)

        accepted = _get("accepted", UNSET)
        if not (accepted is True or accepted is False) and accepted is not UNSET:
            _deviation("TeamMember", "accepted", "boolean", accepted)

        accepted_at = _get("acceptedAt", UNSET)
        if (
            not (accepted_at.__class__ is int or accepted_at.__class__ is str or accepted_at is None)
            and accepted_at is not UNSET
        ):
            _deviation("TeamMember", "acceptedAt", "integer or string or null", accepted_at)

        invited_at = _get("invitedAt", UNSET)
        if (
            not (invited_at.__class__ is int or invited_at.__class__ is str or invited_at is None)
            and invited_at is not UNSET
        ):
            _deviation("TeamMember", "invitedAt", "integer or string or null", invited_at)

        _obj = cls(
            member_id,
            user_id,
            email,
            role,
            accepted,
            accepted_at,
            invited_at,
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
