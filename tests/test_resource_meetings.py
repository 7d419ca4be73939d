"""Meeting invites, meeting types and Meeting Copilot (summaries, transcripts) on cassettes."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError, PermissionDeniedError, as_datetime

INVITE = "5e8f1a2b8447b9058a3105c0"
TYPE = "5f7b1c2e8447b9058a310431"
DEMO = "5f7b1c2e8447b9058a310432"
SUMMARY = "6512a9f08447b9058a3106d0"


# ---------------------------------------------------------------------------------------- invites
def test_invites_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/invites_two_pages"):
        invites = d.all(d.client.meeting_invites.list(limit=1))
    assert wire.lines == [
        ("GET", "/meetinginvites", {"limit": "1"}),
        ("GET", "/meetinginvites", {"limit": "1", "next": "eyJfaWQiOiI1ZThmMWEyYjg0NDdiOTA1OGEzMTA1YzAifQ"}),
    ]
    assert [(i.id, i.title) for i in invites] == [
        (INVITE, "Intro call"),
        ("5e8f1a2b8447b9058a3105c1", "Roadmap review"),
    ]
    assert invites[1].guests_can_modify is True and invites[1].allow_double_bookings is True


def test_invite_get_returns_timeslots_guests_and_custom_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/invite_get"):
        invite = d(d.client.meeting_invites.get(INVITE))
    assert wire.lines == [("GET", f"/meetinginvites/{INVITE}", {})]
    assert invite.creation_date == 1585926000123  # epoch ms on the wire
    assert as_datetime(invite.creation_date) == datetime.datetime(2020, 4, 3, 15, 0, 0, 123000, tzinfo=datetime.UTC)
    slot = invite.timeslots[0]
    assert (slot.start, slot.end) == ("2020-04-06T09:00:00.000Z", "2020-04-06T09:30:00.000Z")  # ISO strings
    event = slot.events[0]
    assert (event.id, event.custom_fields, event.guest.email) == (
        "7k2v5q0m1c3f8h9j4l6n",
        ["Acme Corp"],
        "grace@example.com",
    )
    assert invite.timeslots[1].events == []
    assert [(g.name, g.email) for g in invite.additional_guests] == [("Linus Torvalds", "linus@example.com")]
    assert (invite.custom_fields[0].label, invite.custom_fields[0].required) == ("Company", True)
    assert invite.integrations["zoom"] is True
    assert (invite.meeting_type_id, invite.calendar_name, invite.locale) == (TYPE, "ada@example.com", "en")


# ---------------------------------------------------------------------------------------- types
def test_types_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/types_two_pages"):
        types = d.all(d.client.meeting_types.list(limit=1))
    assert wire.lines == [
        ("GET", "/meetingtypes", {"limit": "1"}),
        ("GET", "/meetingtypes", {"limit": "1", "next": "eyJfaWQiOiI1ZjdiMWMyZTg0NDdiOTA1OGEzMTA0MzEifQ"}),
    ]
    assert [(t.name, t.duration_min, t.days_from_now.unit) for t in types] == [
        ("New meeting type", 30, "weekdays"),
        ("Demo", 45, "days"),
    ]
    assert types[1].day2.timeslots[0].start_time == "13:00:00"


def test_type_get_returns_the_documented_object(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/type_get"):
        meeting_type = d(d.client.meeting_types.get(TYPE))
    assert wire.lines == [("GET", f"/meetingtypes/{TYPE}", {})]
    assert as_datetime(meeting_type.created_at) == datetime.datetime(
        2020, 10, 5, 12, 0, tzinfo=datetime.UTC
    )  # ISO on the wire
    assert as_datetime(meeting_type.updated_at) == datetime.datetime(2020, 10, 6, 9, 30, tzinfo=datetime.UTC)
    window = meeting_type.days_from_now
    assert (window.start, window.end, window.unit) == (1, 21, "weekdays")
    assert meeting_type.day1.enabled is True
    assert (meeting_type.day1.timeslots[0].start_time, meeting_type.day1.timeslots[0].end_time) == (
        "09:00:00",
        "17:00:00",
    )
    assert (meeting_type.defaults.title, meeting_type.defaults.location) == ("Intro call", "Zoom")
    assert (meeting_type.link, meeting_type.buffer, meeting_type.calendar_ids) == (
        "meetingtype_1",
        0,
        ["ada@example.com"],
    )
    assert meeting_type.integrations["zoom"] is True and meeting_type.reduced_interval is False


def test_type_create_sends_every_field(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/type_create"):
        meeting_type = d(
            d.client.meeting_types.create(
                name="Demo",
                duration_min=45,
                days_from_now={"start": 1, "end": 14, "unit": "days"},
                defaults={"title": "Mixmax demo", "location": "Zoom"},
                link="demo",
                buffer=15,
                calendar_ids=["ada@example.com"],
            )
        )
    assert wire.lines == [("POST", "/meetingtypes", {})]
    assert wire.last.json == {
        "name": "Demo",
        "durationMin": 45,
        "daysFromNow": {"start": 1, "end": 14, "unit": "days"},
        "defaults": {"title": "Mixmax demo", "location": "Zoom"},
        "link": "demo",
        "buffer": 15,
        "calendarIds": ["ada@example.com"],
    }
    assert (meeting_type.id, meeting_type.name, meeting_type.buffer) == (DEMO, "Demo", 15)


def test_type_update_sends_only_the_given_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/type_update"):
        meeting_type = d(
            d.client.meeting_types.update(DEMO, duration_min=60, defaults={"description": "Bring your questions"})
        )
    assert wire.lines == [("PATCH", f"/meetingtypes/{DEMO}", {})]
    assert wire.last.json == {"durationMin": 60, "defaults": {"description": "Bring your questions"}}
    assert meeting_type.duration_min == 60 and meeting_type.defaults.description == "Bring your questions"


def test_type_delete_accepts_204(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/type_delete"):
        assert d(d.client.meeting_types.delete(DEMO)) is None
    assert wire.lines == [("DELETE", f"/meetingtypes/{DEMO}", {})]


# ---------------------------------------------------------------------------------------- Meeting Copilot
def test_search_summaries_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/summaries_two_pages"):
        summaries = d.all(d.client.meetings.search_summaries(limit=2))
    assert wire.lines == [
        ("GET", "/meetings/summaries/search", {"limit": "2"}),
        ("GET", "/meetings/summaries/search", {"limit": "2", "next": "eyJfaWQiOiI2NTEyYTlmMDg0NDdiOTA1OGEzMTA2ZDEifQ"}),
    ]
    assert [s.id for s in summaries] == [SUMMARY, "6512a9f08447b9058a3106d1", "6512a9f08447b9058a3106d2"]
    assert summaries[0].title == "Acme pilot kickoff"
    assert summaries[0].created_at == "2023-09-26T15:00:00.000Z"  # representation unknown: kept as sent
    assert as_datetime(summaries[0].created_at) == datetime.datetime(2023, 9, 26, 15, 0, tzinfo=datetime.UTC)


def test_transcript_by_summary_id(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/transcript"):
        transcript = d(d.client.meetings.transcript(SUMMARY))
    assert wire.lines == [("GET", f"/meetings/transcripts/{SUMMARY}", {})]
    assert transcript.id == SUMMARY
    assert [(e.speaker, e.timestamp) for e in transcript.transcript] == [
        ("Ada Lovelace", 0),
        ("Grace Hopper", 4.2),
        ("Ada Lovelace", 9.8),
    ]
    assert transcript.transcript[2].text == "Yes: two teams, four weeks."


def test_without_the_mixmax_api_feature_both_endpoints_raise_permission_denied(d: Driver, wire: Wire, cassette) -> None:
    with cassette("meetings/forbidden"):
        with pytest.raises(PermissionDeniedError) as listing:
            d.all(d.client.meetings.search_summaries())
        with pytest.raises(PermissionDeniedError) as reading:
            d(d.client.meetings.transcript(SUMMARY))
    for error in (listing.value, reading.value):
        assert error.status_code == 403
        assert error.message == "This workspace does not have the mixmaxApi feature"
    assert wire.lines == [("GET", "/meetings/summaries/search", {}), ("GET", f"/meetings/transcripts/{SUMMARY}", {})]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.meeting_invites.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.meeting_invites.get(""), "invite_id must not be empty"),
        (lambda c: c.meeting_types.list(limit="10"), "limit must be an int from 1 to 300"),
        (lambda c: c.meeting_types.get(None), "meeting_type_id must be a string"),
        (lambda c: c.meeting_types.create(name=""), "name must not be empty"),
        (lambda c: c.meeting_types.create(duration_min=0), "duration_min must be an int >= 1"),
        (lambda c: c.meeting_types.create(duration_min=True), "duration_min must be an int >= 1"),
        (lambda c: c.meeting_types.create(buffer=-5), "buffer must be an int >= 0"),
        (lambda c: c.meeting_types.create(link="my demo"), "link must be a URL slug"),
        (lambda c: c.meeting_types.create(link="a/b"), "link must be a URL slug"),
        (lambda c: c.meeting_types.create(days_from_now={"unit": "months"}), "days_from_now.unit must be"),
        (lambda c: c.meeting_types.create(days_from_now={"start": 10, "end": 2}), "must not be after"),
        (lambda c: c.meeting_types.create(days_from_now={"start": "1"}), "days_from_now.start must be an int"),
        (lambda c: c.meeting_types.create(days_from_now={"daysFromNow": 1}), "days_from_now has unknown keys"),
        (lambda c: c.meeting_types.create(days_from_now=[1, 21]), "days_from_now must be a dict"),
        (lambda c: c.meeting_types.create(defaults={"title": 5}), "defaults.title must be a string"),
        (lambda c: c.meeting_types.create(defaults={"subject": "x"}), "defaults has unknown keys"),
        (lambda c: c.meeting_types.create(calendar_ids="ada@example.com"), "calendar_ids must be a list"),
        (lambda c: c.meeting_types.create(calendar_ids=[""]), "calendar_ids[0] must not be empty"),
        (lambda c: c.meeting_types.update(DEMO), "nothing to update"),
        (lambda c: c.meeting_types.update("", name="x"), "meeting_type_id must not be empty"),
        (lambda c: c.meeting_types.delete(""), "meeting_type_id must not be empty"),
        (lambda c: c.meetings.search_summaries(limit=500), "limit must be an int from 1 to 300"),
        (lambda c: c.meetings.transcript(""), "summary_id must not be empty"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
