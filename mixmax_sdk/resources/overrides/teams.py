"""Overrides for `client.teams`: members given as addresses or dicts with a role."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, Required, TypedDict, Unpack

from ..._call import Call, from_module, model, no_content
from ..._resource import M, RequestOptions, Resource, endpoint
from ..._validate import address_entries, require_id
from ...errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.models import Team, TeamMemberInvite

TeamRole = Literal["admin", "member"]


_ROLES = frozenset({"admin", "member"})


class MemberDict(TypedDict, total=False):
    """A person to invite: `{"email": ..., "role": "admin" | "member"}` (no role: the API's default)."""

    email: Required[str]
    role: TeamRole


_MEMBER_KEYS = frozenset(MemberDict.__annotations__)


class TeamsOverrides(Resource[M]):
    """Overrides of `Teams` (the generated class inherits them)."""

    @endpoint
    def create(
        self, name: str, members: Iterable[str | MemberDict] | None = None, **options: Unpack[RequestOptions]
    ) -> Call[Team]:
        """Create a team, optionally inviting people by email.

        Args:
            name: the team's name.
            members: addresses, or dicts `{"email", "role"}` with role "admin" or "member"; None for nobody.
        """
        from mixmax_openapi.api.teams import create_team
        from mixmax_openapi.models import Team, TeamInput

        body = TeamInput(name=require_id(name, "name"))
        if members is not None:
            body.members = _invites(members)
        return from_module(create_team, model(Team.from_dict), body=body)


class TeamMembersOverrides(Resource[M]):
    """Overrides of `TeamMembers` (the generated class inherits them)."""

    @endpoint
    def invite(
        self, team_id: str, members: Iterable[str | MemberDict], **options: Unpack[RequestOptions]
    ) -> Call[None]:
        """Invite people by email (inviting by user id is not supported); any 2xx answer is success.

        Args:
            team_id: the team's `_id`.
            members: addresses, or dicts `{"email", "role"}` with role "admin" or "member".
        """
        from mixmax_openapi.api.teams import add_team_members
        from mixmax_openapi.models import TeamMembersInput

        team_id = require_id(team_id, "team_id")
        body = TeamMembersInput(members=_invites(members))
        return from_module(add_team_members, no_content, id=team_id, body=body)


def _invites(members: Iterable[str | MemberDict]) -> list[TeamMemberInvite]:
    from mixmax_openapi.models import TeamMemberInvite

    entries = address_entries(members, "members", keys=_MEMBER_KEYS, kind="member")
    if not entries:
        raise MixmaxValidationError("members is empty: pass at least one member")
    invites = []
    for where, email, item in entries:
        invite = TeamMemberInvite(email=email)
        if "role" in item:
            if item["role"] not in _ROLES:
                raise MixmaxValidationError(f"{where}.role must be 'admin' or 'member', not {item['role']!r}")
            invite.role = item["role"]
        invites.append(invite)
    return invites
