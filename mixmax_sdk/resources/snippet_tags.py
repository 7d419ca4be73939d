"""Snippet tags (template folders), and the snippets in each (`client.snippet_tags.snippets`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Unpack

from .._call import Call, from_module, model, no_content
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import check_bool, check_text, comma_list, require_id, unset
from ..pagination import Plan, cursor_list
from .snippets import snippet_input

if TYPE_CHECKING:
    from mixmax_openapi.models import Snippet, SnippetTag

__all__ = ["SnippetTagSnippets", "SnippetTags"]


class SnippetTags(Resource[M]):
    """`client.snippet_tags`: the tags (folders) that group snippets."""

    def __init__(self, runner: Any) -> None:
        super().__init__(runner)
        self.snippets: SnippetTagSnippets[M] = SnippetTagSnippets(runner)

    @paginated
    def list(
        self,
        *,
        search: str | None = None,
        sort: str | None = None,
        sort_ascending: bool | None = None,
        expand: str | Iterable[str] | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[SnippetTag]:
        """Snippet tags, newest first, across all pages (lazily).

        Args:
            search: only tags matching this string.
            sort: the field to sort by, e.g. "name".
            sort_ascending: sort ascending instead of descending.
            expand: fields to expand, as a comma list or a list.
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.snippet_tags import list_snippet_tags
        from mixmax_openapi.models import SnippetTagPage

        return cursor_list(
            list_snippet_tags,
            SnippetTagPage.from_dict,
            limit=limit,
            sort=unset(check_text(sort, "sort")),
            sort_ascending=unset(check_bool(sort_ascending, "sort_ascending")),
            expand=unset(comma_list(expand, "expand")),
            search=unset(check_text(search, "search")),
            next=next,
            previous=previous,
        )

    @endpoint
    def create(self, name: str, **options: Unpack[RequestOptions]) -> Call[SnippetTag]:
        """Create a tag; returns it."""
        from mixmax_openapi.api.snippet_tags import create_snippet_tag
        from mixmax_openapi.models import SnippetTag, SnippetTagInput

        return from_module(
            create_snippet_tag, model(SnippetTag.from_dict), body=SnippetTagInput(name=require_id(name, "name"))
        )

    @endpoint
    def get(self, tag_id: str, **options: Unpack[RequestOptions]) -> Call[SnippetTag]:
        """One tag by id (low-confidence endpoint)."""
        from mixmax_openapi.api.snippet_tags import get_snippet_tag
        from mixmax_openapi.models import SnippetTag

        return from_module(get_snippet_tag, model(SnippetTag.from_dict), id=require_id(tag_id, "tag_id"))

    @endpoint
    def update(self, tag_id: str, name: str, **options: Unpack[RequestOptions]) -> Call[SnippetTag]:
        """Rename a tag; returns it (low-confidence endpoint)."""
        from mixmax_openapi.api.snippet_tags import update_snippet_tag
        from mixmax_openapi.models import SnippetTag, SnippetTagInput

        return from_module(
            update_snippet_tag,
            model(SnippetTag.from_dict),
            id=require_id(tag_id, "tag_id"),
            body=SnippetTagInput(name=require_id(name, "name")),
        )

    @endpoint
    def delete(self, tag_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Delete a tag (any 2xx answer is success)."""
        from mixmax_openapi.api.snippet_tags import delete_snippet_tag

        return from_module(delete_snippet_tag, no_content, id=require_id(tag_id, "tag_id"))


class SnippetTagSnippets(Resource[M]):
    """`client.snippet_tags.snippets`: the snippets in a tag, by tag id."""

    @paginated
    def list(
        self,
        tag_id: str,
        *,
        sort: str | None = None,
        sort_ascending: bool | None = None,
        expand: str | Iterable[str] | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Snippet]:
        """The tag's snippets, newest first, across all pages (lazily).

        Args:
            tag_id: the tag.
            sort: the field to sort by, e.g. "name" or "savedAt".
            sort_ascending: sort ascending instead of descending.
            expand: "analytics", "userId", "snippetId", or a list of them.
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.snippet_tags import list_snippet_tag_snippets
        from mixmax_openapi.models import SnippetPage

        return cursor_list(
            list_snippet_tag_snippets,
            SnippetPage.from_dict,
            limit=limit,
            id=require_id(tag_id, "tag_id"),
            sort=unset(check_text(sort, "sort")),
            sort_ascending=unset(check_bool(sort_ascending, "sort_ascending")),
            expand=unset(comma_list(expand, "expand")),
            next=next,
            previous=previous,
        )

    @endpoint
    def add(
        self,
        tag_id: str,
        *,
        title: str | None = None,
        name: str | None = None,
        source: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[None]:
        """Add a snippet to the tag (any 2xx answer is success; the answer's body is undocumented).

        Args:
            tag_id: the tag.
            title: the snippet's subject line.
            name: the snippet's name.
            source: the snippet's HTML body.
            (At least one of title, name and source.)
        """
        from mixmax_openapi.api.snippet_tags import add_snippet_to_tag

        return from_module(
            add_snippet_to_tag,
            no_content,
            id=require_id(tag_id, "tag_id"),
            body=snippet_input(title=title, name=name, source=source),
        )
