"""Checks for `client.teams`: members given as addresses or dicts with a role."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from ..._validate import address_entries
from ...errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.models import TeamMemberInvite

TeamRole = Literal["admin", "member"]


_ROLES = frozenset({"admin", "member"})


class MemberDict(TypedDict, total=False):
    """A person to invite: `{"email": ..., "role": "admin" | "member"}` (no role: the API's default)."""

    email: Required[str]
    role: TeamRole


_MEMBER_KEYS = frozenset(MemberDict.__annotations__)


def check_invites(members: Iterable[str | MemberDict], name: str) -> list[TeamMemberInvite]:
    """Invites from addresses or `MemberDict`s; at least one."""
    from mixmax_openapi.models import TeamMemberInvite

    entries = address_entries(members, name, keys=_MEMBER_KEYS, kind="member")
    if not entries:
        raise MixmaxValidationError(f"{name} is empty: pass at least one member")
    invites = []
    for where, email, item in entries:
        invite = TeamMemberInvite(email=email)
        if "role" in item:
            if item["role"] not in _ROLES:
                raise MixmaxValidationError(f"{where}.role must be 'admin' or 'member', not {item['role']!r}")
            invite.role = item["role"]
        invites.append(invite)
    return invites
