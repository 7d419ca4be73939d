"""Meetings (Meeting Copilot): search meeting summaries and read their transcripts (`client.meetings`).

Both endpoints need the workspace feature `mixmaxApi`; without it the API answers 403, raised as
`PermissionDeniedError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import require_id
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import MeetingSummary, MeetingTranscript

__all__ = ["Meetings"]


class Meetings(Resource[M]):
    """`client.meetings`: Meeting Copilot summaries and transcripts (needs the `mixmaxApi` feature)."""

    @paginated
    def search_summaries(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[MeetingSummary]:
        """Meeting summaries you own (every workspace member's for an admin with workspace-wide access), lazily.

        A summary's `id` is its transcript id. The API's search filters are not published; send them
        through `client.request("GET", "/meetings/summaries/search", params=...)` if you know them.

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.meetings import search_meeting_summaries
        from mixmax_openapi.models import MeetingSummaryPage

        return cursor_list(
            search_meeting_summaries, MeetingSummaryPage.from_dict, limit=limit, next=next, previous=previous
        )

    @endpoint
    def transcript(self, summary_id: str, **options: Unpack[RequestOptions]) -> Call[MeetingTranscript]:
        """The full transcript of a meeting, with speakers and timestamps, by its summary's `id`."""
        from mixmax_openapi.api.meetings import get_meeting_transcript
        from mixmax_openapi.models import MeetingTranscript

        return from_module(
            get_meeting_transcript, model(MeetingTranscript.from_dict), id=require_id(summary_id, "summary_id")
        )
