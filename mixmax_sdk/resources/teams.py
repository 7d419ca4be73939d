"""Teams: list, create, read, rename and delete teams, and manage their members (`client.teams.members`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, Unpack

from .._call import Call, from_module, model, no_content
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import address_entries, comma_list, require_id, unset
from ..errors import MixmaxValidationError
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import Team, TeamMember, TeamMemberInvite

__all__ = ["MemberDict", "TeamMembers", "TeamRole", "Teams"]

TeamRole = Literal["admin", "member"]
_ROLES = frozenset({"admin", "member"})


class MemberDict(TypedDict, total=False):
    """A person to invite: `{"email": ..., "role": "admin" | "member"}` (no role: the API's default)."""

    email: Required[str]
    role: TeamRole


_MEMBER_KEYS = frozenset(MemberDict.__annotations__)


class Teams(Resource[M]):
    """`client.teams`: teams you belong to. Members are under `client.teams.members`."""

    def __init__(self, runner: Any) -> None:
        super().__init__(runner)
        self.members: TeamMembers[M] = TeamMembers(runner)

    @paginated
    def list(
        self,
        *,
        expand: str | Iterable[str] | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Team]:
        """Teams you belong to, across all pages (lazily).

        Args:
            expand: fields to expand (the API accepts `expand` here but does not document its values).
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.teams import list_teams
        from mixmax_openapi.models import TeamPage

        return cursor_list(
            list_teams,
            TeamPage.from_dict,
            limit=limit,
            expand=unset(comma_list(expand, "expand")),
            next=next,
            previous=previous,
        )

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

    @endpoint
    def get(
        self, team_id: str, *, expand: str | Iterable[str] | None = None, **options: Unpack[RequestOptions]
    ) -> Call[Team]:
        """One team by id."""
        from mixmax_openapi.api.teams import get_team
        from mixmax_openapi.models import Team

        return from_module(
            get_team,
            model(Team.from_dict),
            id=require_id(team_id, "team_id"),
            expand=unset(comma_list(expand, "expand")),
        )

    @endpoint
    def update(self, team_id: str, name: str, **options: Unpack[RequestOptions]) -> Call[Team]:
        """Rename a team; returns the team (low-confidence endpoint: PATCH is inferred, GO sends POST)."""
        from mixmax_openapi.api.teams import update_team
        from mixmax_openapi.models import Team, TeamUpdate

        return from_module(
            update_team,
            model(Team.from_dict),
            id=require_id(team_id, "team_id"),
            body=TeamUpdate(name=require_id(name, "name")),
        )

    @endpoint
    def delete(self, team_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Delete a team (any 2xx answer is success)."""
        from mixmax_openapi.api.teams import delete_team

        return from_module(delete_team, no_content, id=require_id(team_id, "team_id"))


class TeamMembers(Resource[M]):
    """`client.teams.members`: a team's members and pending invitations."""

    @paginated
    def list(
        self,
        team_id: str,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[TeamMember]:
        """The team's members, pending invitations included (they have `email`), lazily.

        Args:
            team_id: the team's `_id`.
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.teams import list_team_members
        from mixmax_openapi.models import TeamMemberPage

        return cursor_list(
            list_team_members,
            TeamMemberPage.from_dict,
            limit=limit,
            id=require_id(team_id, "team_id"),
            next=next,
            previous=previous,
        )

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

    @endpoint
    def remove(self, team_id: str, member_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Remove a member by its `member_id` (any 2xx answer is success)."""
        from mixmax_openapi.api.teams import remove_team_member

        return from_module(
            remove_team_member,
            no_content,
            id=require_id(team_id, "team_id"),
            member_id=require_id(member_id, "member_id"),
        )


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
