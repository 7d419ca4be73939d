"""Snippets (templates): list, read, edit, delete and send them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model, no_content
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import check_bool, check_text, check_variables, comma_list, require_id, unset
from ..errors import MixmaxValidationError
from ..pagination import Plan, cursor_list
from .messages import Address, email_addresses

if TYPE_CHECKING:
    from mixmax_openapi.models import Snippet, SnippetInput

__all__ = ["Snippets"]


class Snippets(Resource[M]):
    """`client.snippets`: snippets and templates you can access, shared ones included.

    There is no create endpoint; `client.snippet_tags.snippets.add(tag_id, ...)` adds one to a tag.
    """

    @paginated
    def list(
        self,
        *,
        search: str | None = None,
        include_deleted: bool | None = None,
        sort: str | None = None,
        sort_ascending: bool | None = None,
        expand: str | Iterable[str] | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Snippet]:
        """Snippets, newest first, across all pages (lazily).

        Args:
            search: a search string with `name:"..."`, `subject:"..."`, `folder:"..."` or
                `owner:myself|"my team"|<email>` terms.
            include_deleted: include snippets in the trash.
            sort: the field to sort by, e.g. "name" or "savedAt".
            sort_ascending: sort ascending instead of descending.
            expand: "analytics", "userId" (owner email), "snippetId" (tag ids), or a list of them.
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.snippets import list_snippets
        from mixmax_openapi.models import SnippetPage

        return cursor_list(
            list_snippets,
            SnippetPage.from_dict,
            limit=limit,
            search=unset(check_text(search, "search")),
            include_deleted=unset(check_bool(include_deleted, "include_deleted")),
            sort=unset(check_text(sort, "sort")),
            sort_ascending=unset(check_bool(sort_ascending, "sort_ascending")),
            expand=unset(comma_list(expand, "expand")),
            next=next,
            previous=previous,
        )

    @endpoint
    def get(
        self,
        snippet_id: str,
        *,
        include_deleted: bool | None = None,
        expand: str | Iterable[str] | None = None,
        fields: str | Iterable[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Snippet]:
        """One snippet by id (low-confidence endpoint).

        Args:
            include_deleted: find it even if it is in the trash.
            expand: "analytics", "userId", "snippetId", or a list of them.
            fields: only these fields, e.g. ["title", "source"].
        """
        from mixmax_openapi.api.snippets import get_snippet
        from mixmax_openapi.models import Snippet

        return from_module(
            get_snippet,
            model(Snippet.from_dict),
            id=require_id(snippet_id, "snippet_id"),
            include_deleted=unset(check_bool(include_deleted, "include_deleted")),
            expand=unset(comma_list(expand, "expand")),
            fields=unset(comma_list(fields, "fields")),
        )

    @endpoint
    def update(
        self,
        snippet_id: str,
        *,
        title: str | None = None,
        name: str | None = None,
        source: str | None = None,
        expand: str | Iterable[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Snippet]:
        """Change a snippet's subject, name or body; returns the updated snippet (low-confidence endpoint).

        Args:
            title: the subject line.
            name: the snippet's name.
            source: the HTML body.
            expand: expand these fields of the answer, as in `get`.
            (At least one of title, name and source.)
        """
        from mixmax_openapi.api.snippets import update_snippet
        from mixmax_openapi.models import Snippet

        return from_module(
            update_snippet,
            model(Snippet.from_dict),
            id=require_id(snippet_id, "snippet_id"),
            body=snippet_input(title=title, name=name, source=source),
            expand=unset(comma_list(expand, "expand")),
        )

    @endpoint
    def delete(self, snippet_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Move a snippet to the trash (any 2xx answer is success)."""
        from mixmax_openapi.api.snippets import delete_snippet

        return from_module(delete_snippet, no_content, id=require_id(snippet_id, "snippet_id"))

    @endpoint
    def send(
        self,
        snippet_id: str,
        to: Iterable[Address],
        *,
        cc: Iterable[Address] | None = None,
        bcc: Iterable[Address] | None = None,
        subject: str | None = None,
        tracking_enabled: bool | None = None,
        variables: Mapping[str, str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[None]:
        """Send a snippet as an email (low-confidence endpoint; any 2xx answer is success).

        Args:
            to: recipients, as addresses or dicts `{"email", "name"}`; at least one.
            cc: copy recipients, in the same forms.
            bcc: blind-copy recipients, in the same forms.
            subject: a subject line instead of the snippet's title.
            tracking_enabled: track opens and clicks.
            variables: template variables by name, e.g. {"First name": "Grace"}.
        """
        from mixmax_openapi.api.snippets import send_snippet
        from mixmax_openapi.models import CustomVariables, SendSnippetRequest

        recipients = email_addresses(to, "to") or []
        if not recipients:
            raise MixmaxValidationError("to is empty: pass at least one address")
        values = None if variables is None else check_variables(variables, "variables")
        body = SendSnippetRequest(
            to=recipients,
            cc=unset(email_addresses(cc, "cc")),
            bcc=unset(email_addresses(bcc, "bcc")),
            subject=unset(check_text(subject, "subject")),
            tracking_enabled=unset(check_bool(tracking_enabled, "tracking_enabled")),
            variables=unset(None if values is None else CustomVariables.from_dict(values)),
        )
        return from_module(send_snippet, no_content, id=require_id(snippet_id, "snippet_id"), body=body)


def snippet_input(*, title: str | None, name: str | None, source: str | None) -> SnippetInput:
    """The `{title, name, source}` body of a snippet write; at least one of them."""
    from mixmax_openapi.models import SnippetInput

    if title is None and name is None and source is None:
        raise MixmaxValidationError("pass at least one of title, name and source")
    return SnippetInput(
        title=unset(check_text(title, "title")),
        name=unset(check_text(name, "name")),
        source=unset(check_text(source, "source")),
    )
