"""Polls, Q&A forms and Yes/No questions on cassettes (npm-wrapper parity: list and get with expand)."""

from __future__ import annotations

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError, NotFoundError

USER = "kZYPwDDiGPTfQDj5n"
POLL, POLL2 = "5f78a0b1c2d3e4f5a6b7c8d9", "5f78a0b1c2d3e4f5a6b7c8da"
QA, QA2 = "5f79b0c1d2e3f4a5b6c7d8e9", "5f79b0c1d2e3f4a5b6c7d8ea"
YES_NO, YES_NO2 = "5f7ac0d1e2f3a4b5c6d7e8f9", "5f7ac0d1e2f3a4b5c6d7e8fa"


# ------------------------------------------------------------------------------------ polls
def test_polls_list_follows_cursors_until_has_next_is_false(d: Driver, wire: Wire, cassette) -> None:
    with cassette("polls/list_two_pages"):
        polls = d.all(d.client.polls.list(limit=2))
    assert [p.id for p in polls] == [POLL, POLL2, "5f78a0b1c2d3e4f5a6b7c8db"]
    # The npm wrapper sent this cursor unencoded (`?next=a b&c=d` grew a `c` parameter); here it stays one value.
    assert wire.lines == [
        ("GET", "/polls", {"limit": "2"}),
        ("GET", "/polls", {"limit": "2", "next": "a b&c=d"}),
    ]
    first = polls[0]
    assert (first.user_id, first.created, first.live_poll) == (USER, 1601712000000, False)
    assert [o.text for o in first.options] == ["Tuesday 10am", "Wednesday 2pm"]
    ada = first.options[0].respondents[0]
    assert (ada.email, ada.name, ada.responded_at) == ("ada@example.com", "Ada Lovelace", 1601715600000)
    assert polls[1].live_poll is True


def test_polls_get_with_expand(d: Driver, wire: Wire, cassette) -> None:
    with cassette("polls/get"):
        poll = d(d.client.polls.get(POLL, expand=["options", "respondents"]))
    assert wire.lines == [("GET", f"/polls/{POLL}", {"expand": "options,respondents"})]
    assert wire.last.json is None
    assert poll.id == POLL
    assert [len(o.respondents) for o in poll.options] == [2, 0]
    assert poll.options[0].respondents[1].email == "grace@example.com"


# ------------------------------------------------------------------------------------ Q&A
def test_qa_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("qa/list_two_pages"):
        forms = d.all(d.client.qa.list(limit=2))
    assert [f.title for f in forms] == ["Event feedback", "Onboarding survey", "Lunch order"]
    assert wire.lines == [
        ("GET", "/qa", {"limit": "2"}),
        ("GET", "/qa", {"limit": "2", "next": "eyJfaWQiOiI1Zjc5YjAifQ/+"}),
    ]
    first = forms[0]
    assert (first.id, first.creator_id, first.creation_date) == (QA, USER, 1601798400000)
    text, checkbox = first.questions
    assert (text.type_, text.content) == ("text", "What did you like most?")
    assert text.answers[0].answer == "The live demo"
    assert checkbox.answers[0].answer == ["Keynote", "Workshop"]
    assert (checkbox.answers[0].recipient_email, checkbox.answers[0].recipient_name) == (
        "grace@example.com",
        "Grace Hopper",
    )


def test_qa_get_with_expand(d: Driver, wire: Wire, cassette) -> None:
    with cassette("qa/get"):
        form = d(d.client.qa.get(QA, expand="questions"))
    assert wire.lines == [("GET", f"/qa/{QA}", {"expand": "questions"})]
    assert (form.id, form.title, len(form.questions)) == (QA, "Event feedback", 2)


# ------------------------------------------------------------------------------------ Yes/No
def test_yes_no_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("yes_no/list_two_pages"):
        questions = d.all(d.client.yes_no.list(limit=2))
    assert [q.text for q in questions] == [
        "Can you make the demo on Friday?",
        "Should we move the standup to 10am?",
        "Is the new pricing page live?",
    ]
    assert wire.lines == [
        ("GET", "/yesno", {"limit": "2"}),
        ("GET", "/yesno", {"limit": "2", "next": "eyJfaWQiOiI1ZjdhYzAifQ"}),
    ]
    first = questions[0]
    assert (first.id, first.user_id, first.created) == (YES_NO, USER, 1601884800000)
    assert [(a.text, a.respondents) for a in first.answers] == [
        ("Yes", ["ada@example.com", "grace@example.com"]),
        ("No", ["linus@example.com"]),
    ]
    assert questions[2].answers == []


def test_yes_no_get_with_expand(d: Driver, wire: Wire, cassette) -> None:
    with cassette("yes_no/get"):
        question = d(d.client.yes_no.get(YES_NO, expand=("answers",)))
    assert wire.lines == [("GET", f"/yesno/{YES_NO}", {"expand": "answers"})]
    assert (question.id, question.answers[1].respondents) == (YES_NO, ["linus@example.com"])


# ------------------------------------------------------------------------------------ all three
@pytest.mark.parametrize(
    ("group", "path", "item_id", "field", "value"),
    [
        ("polls", "/polls", POLL2, "live_poll", True),
        ("qa", "/qa", QA2, "title", "Onboarding survey"),
        ("yes_no", "/yesno", YES_NO2, "text", "Should we move the standup to 10am?"),
    ],
)
def test_get_accepts_any_2xx(d: Driver, wire: Wire, cassette, group, path, item_id, field, value) -> None:
    """A 203 is success. The npm wrapper's `get` threw `ReferenceError: results is not defined` on any 2xx but 200."""
    with cassette(f"{group}/get_non_200"):
        item = d(getattr(d.client, group).get(item_id))
    assert wire.lines == [("GET", f"{path}/{item_id}", {})]
    assert item.id == item_id and getattr(item, field) == value


@pytest.mark.parametrize(("group", "path"), [("polls", "/polls"), ("qa", "/qa"), ("yes_no", "/yesno")])
def test_id_and_expand_are_url_encoded(d: Driver, wire: Wire, cassette, group, path) -> None:
    """`../users/me` goes out as `..%2Fusers%2Fme` (the cassette matches the encoded path), so it cannot reach
    /users/me; an `&` in expand cannot add a query parameter."""
    with cassette(f"{group}/get_encoded_id") as tape, pytest.raises(NotFoundError):
        d(getattr(d.client, group).get("../users/me", expand="options&x=1"))
    assert tape.play_count == 1
    assert tape.requests[0].uri.endswith(f"{path}/..%2Fusers%2Fme?expand=options%26x%3D1")
    assert wire.lines == [("GET", f"{path}/../users/me", {"expand": "options&x=1"})]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.polls.get(""), "poll_id must not be empty"),
        (lambda c: c.polls.get(None), "poll_id must be a string"),
        (lambda c: c.qa.get(1), "qa_id must be a string"),
        (lambda c: c.qa.get(" "), "qa_id must not be empty"),
        (lambda c: c.yes_no.get("\t"), "yes_no_id must not be empty"),
        (lambda c: c.yes_no.get(["x"]), "yes_no_id must be a string"),
        (lambda c: c.polls.get("x", expand=["options", ""]), "expand must be a string or a list of non-empty"),
        (lambda c: c.qa.get("x", expand=[1]), "expand must be a string or a list of non-empty"),
        (lambda c: c.yes_no.get("x", expand=[None]), "expand must be a string or a list of non-empty"),
        (lambda c: c.polls.list(limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.qa.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.yes_no.list(limit=2.0), "limit must be an int from 1 to 300"),
        (lambda c: c.yes_no.list(limit=False), "limit must be an int from 1 to 300"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
