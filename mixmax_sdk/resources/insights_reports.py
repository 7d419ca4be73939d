"""Insights reports: your saved Insights reports (`client.insights_reports`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import require_id
from ..errors import MixmaxValidationError
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import InsightsReport

__all__ = ["InsightsReports"]


class InsightsReports(Resource[M]):
    """`client.insights_reports`: saved Insights reports.

    `created_at` is a datetime (ISO on the wire); `updated_at` is kept as sent (epoch ms or ISO-8601).
    """

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[InsightsReport]:
        """Saved reports, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.insights_reports import list_insights_reports
        from mixmax_openapi.models import InsightsReportPage

        return cursor_list(
            list_insights_reports, InsightsReportPage.from_dict, limit=limit, next=next, previous=previous
        )

    @endpoint
    def create(self, *, type: str, title: str, query: str, **options: Unpack[RequestOptions]) -> Call[InsightsReport]:
        """Save a report (low-confidence endpoint: the body fields are inferred from the list's).

        Args:
            type: the report type, as in a listed report's `type`.
            title: the report's title.
            query: the report's query string, as in a listed report's `query` (may be empty).
        """
        from mixmax_openapi.api.insights_reports import create_insights_report
        from mixmax_openapi.models import InsightsReport, InsightsReportInput

        if not isinstance(query, str):
            raise MixmaxValidationError(f"query must be a string, not {query.__class__.__name__}")
        body = InsightsReportInput(type_=require_id(type, "type"), title=require_id(title, "title"), query=query)
        return from_module(create_insights_report, model(InsightsReport.from_dict), body=body)
