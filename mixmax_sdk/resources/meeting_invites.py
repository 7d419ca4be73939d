"""Meeting invites: the availability you shared (`client.meeting_invites`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import require_id
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import MeetingInvite

__all__ = ["MeetingInvites"]


class MeetingInvites(Resource[M]):
    """`client.meeting_invites`: meeting invites (shared availability) you sent.

    `creation_date` is epoch milliseconds and `timeslots[].start`/`end` are ISO-8601 strings;
    `mixmax_sdk.as_datetime` turns either into a datetime.
    """

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[MeetingInvite]:
        """Meeting invites, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.meeting_invites import list_meeting_invites
        from mixmax_openapi.models import MeetingInvitePage

        return cursor_list(list_meeting_invites, MeetingInvitePage.from_dict, limit=limit, next=next, previous=previous)

    @endpoint
    def get(self, invite_id: str, **options: Unpack[RequestOptions]) -> Call[MeetingInvite]:
        """One meeting invite by id (low-confidence endpoint)."""
        from mixmax_openapi.api.meeting_invites import get_meeting_invite
        from mixmax_openapi.models import MeetingInvite

        return from_module(get_meeting_invite, model(MeetingInvite.from_dict), id=require_id(invite_id, "invite_id"))
