from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_user import TeamMemberUser


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
        from ..models.team_member_user import TeamMemberUser  # noqa: PLC0415

        member_id = self.member_id

        user_id: dict[str, Any] | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, TeamMemberUser):
            user_id = self.user_id.to_dict()
        else:
            user_id = self.user_id

        email = self.email

        role = self.role

        accepted = self.accepted

        accepted_at: int | None | str | Unset
        if isinstance(self.accepted_at, Unset):
            accepted_at = UNSET
        else:
            accepted_at = self.accepted_at

        invited_at: int | None | str | Unset
        if isinstance(self.invited_at, Unset):
            invited_at = UNSET
        else:
            invited_at = self.invited_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if member_id is not UNSET:
            field_dict["memberId"] = member_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if accepted_at is not UNSET:
            field_dict["acceptedAt"] = accepted_at
        if invited_at is not UNSET:
            field_dict["invitedAt"] = invited_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_member_user import TeamMemberUser  # noqa: PLC0415

        d = dict(src_dict)
        member_id = d.pop("memberId", UNSET)

        def _parse_user_id(data: object) -> str | TeamMemberUser | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_id_type_1 = TeamMemberUser.from_dict(data)

                return user_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TeamMemberUser | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        email = d.pop("email", UNSET)

        role = d.pop("role", UNSET)

        accepted = d.pop("accepted", UNSET)

        def _parse_accepted_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        accepted_at = _parse_accepted_at(d.pop("acceptedAt", UNSET))

        def _parse_invited_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        invited_at = _parse_invited_at(d.pop("invitedAt", UNSET))

        team_member = cls(
            member_id=member_id,
            user_id=user_id,
            email=email,
            role=role,
            accepted=accepted,
            accepted_at=accepted_at,
            invited_at=invited_at,
        )

        team_member.additional_properties = d
        return team_member

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
