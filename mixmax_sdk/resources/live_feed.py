"""Live feed: sent messages matching a search, their tracking events, and the legacy `/events` list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._resource import M, RequestOptions, Resource, paginated
from .._validate import require_id, unset
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import Event, LiveFeedEvent, LiveFeedMessage

__all__ = ["LiveFeed"]


class LiveFeed(Resource[M]):
    """`client.livefeed`: what happened to the mail you sent. Timestamps (`sent`, `timestamp`) are epoch ms."""

    @paginated
    def list(
        self,
        *,
        search: str | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[LiveFeedMessage]:
        """Sent messages matching a live-feed search, newest first, across all pages (lazily).

        Each page's envelope also carries the search's aggregate statistics:
        `client.livefeed.list(search=...).first_page().raw.stats` (`sent`, `opened`, `percentages`, ...).

        Args:
            search: a live-feed search, e.g. "is:opened to:ada@example.com sent:yesterday"; operators
                `is:`, `to:`, `from:`, `subject:`, `sequence:`, `template:`, `sent:`,
                `salesforceAccount:`, `salesforceOpportunity:`, `rsvp:`. None for everything.
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.live_feed import list_live_feed
        from mixmax_openapi.models import LiveFeedPage

        return cursor_list(
            list_live_feed, LiveFeedPage.from_dict, limit=limit, search=unset(search), next=next, previous=previous
        )

    @paginated
    def events(
        self,
        message_id: str,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[LiveFeedEvent]:
        """Tracking events (opened, clicked, downloaded, replied, ...) of one message, lazily (at most 200).

        Args:
            message_id: the live-feed message's `id` (sent as `messageId`, a name inferred from the docs).
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.live_feed import list_live_feed_events
        from mixmax_openapi.models import LiveFeedEventPage

        return cursor_list(
            list_live_feed_events,
            LiveFeedEventPage.from_dict,
            limit=limit,
            message_id=require_id(message_id, "message_id"),
            next=next,
            previous=previous,
        )

    @paginated
    def legacy_events(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Event]:
        """The older tracking-events list (`GET /events`, 2016 docs; superseded by the live feed), lazily.

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.live_feed import list_events
        from mixmax_openapi.models import EventPage

        return cursor_list(list_events, EventPage.from_dict, limit=limit, next=next, previous=previous)
