"""Code snippets on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire
from mixmax_openapi.types import UNSET

from mixmax_sdk import MixmaxValidationError

CODE = "5a1d2b3c4d5e6f7081920a1b"


def test_list_follows_the_cursor_until_has_next_is_false(d: Driver, wire: Wire, cassette) -> None:
    with cassette("code_snippets/list_two_pages"):
        snippets = d.all(d.client.code_snippets.list(limit=2))
    assert wire.lines == [
        ("GET", "/codesnippets", {"limit": "2"}),
        ("GET", "/codesnippets", {"limit": "2", "next": "eyJfaWQiOiI1YTFkMmIzYzRkNWU2ZjcwODE5MjBhMWEifQ"}),
    ]
    assert [(s.title, s.language, s.theme) for s in snippets] == [
        ("add.py", "python", "dracula"),
        ("All users", "sql", "github"),
        ("Install", "bash", "dracula"),
    ]
    first = snippets[0]
    assert first.id == CODE and first.user_id == "kZYPwDDiGPTfQDj5n"
    assert first.created_at == datetime.datetime(2017, 11, 28, 14, 22, 36, 512000, tzinfo=datetime.UTC)
    assert first.html == "<pre><code>def add(a, b):\n    return a + b</code></pre>"
    assert first.background == "#282a36"


def test_get_returns_a_typed_code_snippet(d: Driver, wire: Wire, cassette) -> None:
    with cassette("code_snippets/get"):
        snippet = d(d.client.code_snippets.get(CODE))
    assert wire.lines == [("GET", f"/codesnippets/{CODE}", {})]
    assert snippet.id == CODE and snippet.code == "def add(a, b):\n    return a + b"
    assert snippet.created_at.year == 2017 and snippet.language == "python"


def test_create_sends_only_the_given_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("code_snippets/create"):
        result = d(
            d.client.code_snippets.create(
                html="<pre><code>print(42)</code></pre>", title="answer.py", theme="dracula", language="python"
            )
        )
    assert wire.lines == [("POST", "/codesnippets", {})]
    assert wire.last.headers["Content-Type"] == "application/json"
    assert wire.last.json == {
        "html": "<pre><code>print(42)</code></pre>",
        "title": "answer.py",
        "theme": "dracula",
        "language": "python",
    }
    assert result.id == "5a1d2b3c4d5e6f7081920a1c" and result.background == "#282a36"
    assert result.created_at == "2023-11-14T22:13:20.000Z"  # the write result keeps the wire string


def test_update_accepts_an_answer_with_only_the_id(d: Driver, wire: Wire, cassette) -> None:
    with cassette("code_snippets/update"):
        result = d(d.client.code_snippets.update(CODE, background="#ffffff", theme="github"))
    assert wire.lines == [("PATCH", f"/codesnippets/{CODE}", {})]
    assert wire.last.json == {"background": "#ffffff", "theme": "github"}
    assert result.id == CODE and result.theme is UNSET


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.code_snippets.get(""), "code_snippet_id must not be empty"),
        (lambda c: c.code_snippets.get(12), "code_snippet_id must be a string"),
        (lambda c: c.code_snippets.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.code_snippets.list(limit="50"), "limit must be an int from 1 to 300"),
        (lambda c: c.code_snippets.create(html=None), "html is required"),
        (lambda c: c.code_snippets.create(html=b"<pre>"), "html must be a string"),
        (lambda c: c.code_snippets.create(html="<pre>", theme=1), "theme must be a string"),
        (lambda c: c.code_snippets.update(CODE), "pass at least one of html, title, background, theme and language"),
        (lambda c: c.code_snippets.update(CODE, language=["python"]), "language must be a string"),
        (lambda c: c.code_snippets.update(" ", title="T"), "code_snippet_id must not be empty"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
