"""Sequence folders on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire
from mixmax_openapi.models import SequenceShared

from mixmax_sdk import MixmaxValidationError, as_datetime


def test_list_follows_the_cursor_until_has_next_is_false(d: Driver, wire: Wire, cassette) -> None:
    with cassette("sequence_folders/list_two_pages"):
        folders = d.all(d.client.sequence_folders.list(limit=2))
    assert wire.lines == [
        ("GET", "/sequencefolders", {"limit": "2"}),
        ("GET", "/sequencefolders", {"limit": "2", "next": "eyJfaWQiOiI1YzhmMWUyYTNiNGM1ZDZlN2Y4MDkxMTEifQ"}),
    ]
    assert [f.name for f in folders] == ["Outbound", "Customer success", "Archive"]
    outbound, success, archive = folders
    assert outbound.id == "5c8f1e2a3b4c5d6e7f809112" and outbound.user_id == "kZYPwDDiGPTfQDj5n"
    assert outbound.created_at == datetime.datetime(2019, 3, 18, 10, 15, 6, 123000, tzinfo=datetime.UTC)
    assert outbound.sequence_ids == ["5815495f8447b9058a310430", "5815495f8447b9058a310433"]
    assert outbound.shared is False
    # savedAt comes as epoch ms or as an ISO string; as_datetime reads both.
    assert as_datetime(outbound.saved_at) == datetime.datetime(2019, 3, 18, 10, 15, 6, 123000, tzinfo=datetime.UTC)
    assert as_datetime(success.saved_at) == datetime.datetime(2019, 3, 12, 8, 0, tzinfo=datetime.UTC)
    assert isinstance(success.shared, SequenceShared) and success.sequence_ids == []
    assert archive.saved_at == 1546430400000


def test_create_with_and_without_sequence_ids(d: Driver, wire: Wire, cassette) -> None:
    with cassette("sequence_folders/create"):
        folder = d(
            d.client.sequence_folders.create(
                "Q4 outreach", sequence_ids=["5815495f8447b9058a310430", "5815495f8447b9058a310434"]
            )
        )
        empty = d(d.client.sequence_folders.create("Drafts"))
    assert wire.lines == [("POST", "/sequencefolders", {}), ("POST", "/sequencefolders", {})]
    assert [r.json for r in wire.requests] == [
        {"name": "Q4 outreach", "sequenceIds": ["5815495f8447b9058a310430", "5815495f8447b9058a310434"]},
        {"name": "Drafts"},
    ]
    assert folder.id == "5c8f1e2a3b4c5d6e7f809113" and folder.name == "Q4 outreach"
    assert folder.sequence_ids == ["5815495f8447b9058a310430", "5815495f8447b9058a310434"]
    assert folder.created_at == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.UTC)
    assert folder.saved_at == 1700000000000
    assert empty.name == "Drafts" and empty.sequence_ids == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.sequence_folders.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.sequence_folders.list(limit=1000), "limit must be an int from 1 to 300"),
        (lambda c: c.sequence_folders.create(""), "name must not be empty"),
        (lambda c: c.sequence_folders.create(None), "name must be a string"),
        (lambda c: c.sequence_folders.create("Q4", "5815495f8447b9058a310430"), "not one string"),
        (lambda c: c.sequence_folders.create("Q4", [""]), "sequence_ids[0] must not be empty"),
        (lambda c: c.sequence_folders.create("Q4", ["s", 5]), "sequence_ids[1] must be a string"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
