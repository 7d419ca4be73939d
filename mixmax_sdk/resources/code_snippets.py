"""Code snippets: Formatted Code enhancements (syntax-highlighted code blocks for emails)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import check_text, require_id, unset
from ..errors import MixmaxValidationError
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import CodeSnippet, CodeSnippetInput, CodeSnippetWriteResult

__all__ = ["CodeSnippets"]


class CodeSnippets(Resource[M]):
    """`client.code_snippets`: your Formatted Code enhancements."""

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[CodeSnippet]:
        """Code snippets, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.code_snippets import list_code_snippets
        from mixmax_openapi.models import CodeSnippetPage

        return cursor_list(list_code_snippets, CodeSnippetPage.from_dict, limit=limit, next=next, previous=previous)

    @endpoint
    def get(self, code_snippet_id: str, **options: Unpack[RequestOptions]) -> Call[CodeSnippet]:
        """One code snippet by id (low-confidence endpoint)."""
        from mixmax_openapi.api.code_snippets import get_code_snippet
        from mixmax_openapi.models import CodeSnippet

        return from_module(
            get_code_snippet, model(CodeSnippet.from_dict), id=require_id(code_snippet_id, "code_snippet_id")
        )

    @endpoint
    def create(
        self,
        *,
        html: str,
        title: str | None = None,
        background: str | None = None,
        theme: str | None = None,
        language: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[CodeSnippetWriteResult]:
        """Create a code snippet; returns what the API answers (at least its id, as `.id`).

        Args:
            html: the highlighted code, as HTML.
            title: a title shown above the code.
            background: the background colour, e.g. "#282a36".
            theme: the highlighting theme, e.g. "dracula".
            language: the code's language, e.g. "python".
        """
        from mixmax_openapi.api.code_snippets import create_code_snippet
        from mixmax_openapi.models import CodeSnippetWriteResult

        if html is None:
            raise MixmaxValidationError("html is required to create a code snippet")
        body = _input(html=html, title=title, background=background, theme=theme, language=language)
        return from_module(create_code_snippet, model(CodeSnippetWriteResult.from_dict), body=body)

    @endpoint
    def update(
        self,
        code_snippet_id: str,
        *,
        html: str | None = None,
        title: str | None = None,
        background: str | None = None,
        theme: str | None = None,
        language: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[CodeSnippetWriteResult]:
        """Change a code snippet; only the fields given are sent (low-confidence endpoint).

        Args:
            html: the highlighted code, as HTML.
            title: a title shown above the code.
            background: the background colour.
            theme: the highlighting theme.
            language: the code's language.
            (At least one of them.)
        """
        from mixmax_openapi.api.code_snippets import update_code_snippet
        from mixmax_openapi.models import CodeSnippetWriteResult

        if all(v is None for v in (html, title, background, theme, language)):
            raise MixmaxValidationError("pass at least one of html, title, background, theme and language")
        return from_module(
            update_code_snippet,
            model(CodeSnippetWriteResult.from_dict),
            id=require_id(code_snippet_id, "code_snippet_id"),
            body=_input(html=html, title=title, background=background, theme=theme, language=language),
        )


def _input(
    *, html: str | None, title: str | None, background: str | None, theme: str | None, language: str | None
) -> CodeSnippetInput:
    from mixmax_openapi.models import CodeSnippetInput

    return CodeSnippetInput(
        html=unset(check_text(html, "html")),
        title=unset(check_text(title, "title")),
        background=unset(check_text(background, "background")),
        theme=unset(check_text(theme, "theme")),
        language=unset(check_text(language, "language")),
    )
