"""File requests, Insights reports, reminders and tasks on cassettes: the exact request and the typed result."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError, as_datetime

FILE_REQUEST = "5d2e3f4a8447b9058a3108a0"
REPORT = "60a1b2c38447b9058a3109b0"
REMINDER = "651a2b3c8447b9058a310ac0"
MESSAGE = "lAh716dny9EiTzt2E"
GMAIL_ID = "18ad1c2e3f4a5b6c"


# ---------------------------------------------------------------------------------------- file requests
def test_file_requests_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("file_requests/list_two_pages"):
        requests = d.all(d.client.file_requests.list(limit=2))
    assert wire.lines == [
        ("GET", "/filerequests", {"limit": "2"}),
        ("GET", "/filerequests", {"limit": "2", "next": "eyJfaWQiOiI1ZDJlM2Y0YTg0NDdiOTA1OGEzMTA4YTEifQ"}),
    ]
    assert [(r.id, len(r.uploads)) for r in requests] == [
        (FILE_REQUEST, 2),
        ("5d2e3f4a8447b9058a3108a1", 0),
        ("5d2e3f4a8447b9058a3108a2", 1),
    ]
    assert requests[2].uploads[0].name == "logo.png"


def test_file_request_get_returns_uploads(d: Driver, wire: Wire, cassette) -> None:
    with cassette("file_requests/get"):
        request = d(d.client.file_requests.get(FILE_REQUEST))
    assert wire.lines == [("GET", f"/filerequests/{FILE_REQUEST}", {})]
    assert request.user_id == "kZYPwDDiGPTfQDj5n"
    assert request.timestamp == 1562834400000  # epoch ms, kept as sent
    assert as_datetime(request.timestamp) == datetime.datetime(2019, 7, 11, 8, 40, tzinfo=datetime.UTC)
    upload = request.uploads[0]
    assert (upload.email, upload.name, upload.ip_address) == ("grace@example.com", "signed-contract.pdf", "203.0.113.7")
    assert upload.download_url == "https://files.mixmax.com/uploads/5d2e3f4a/signed-contract.pdf"
    assert upload.timestamp == 1562920800000


# ---------------------------------------------------------------------------------------- insights reports
def test_insights_reports_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("insights_reports/list_two_pages"):
        reports = d.all(d.client.insights_reports.list(limit=2))
    assert wire.lines == [
        ("GET", "/insightsreports", {"limit": "2"}),
        ("GET", "/insightsreports", {"limit": "2", "next": "eyJfaWQiOiI2MGExYjJjMzg0NDdiOTA1OGEzMTA5YjEifQ"}),
    ]
    assert [(r.type_, r.title) for r in reports] == [
        ("messages", "September outreach"),
        ("sequences", "Onboarding sequences"),
        ("meetings", "Meetings booked"),
    ]
    first = reports[0]
    assert first.created_at == datetime.datetime(2023, 10, 1, 8, 0, tzinfo=datetime.UTC)  # ISO, parsed
    assert first.updated_at == "2023-10-02T09:15:00.000Z"  # representation unknown: kept as sent
    assert reports[2].query == ""


def test_insights_report_create(d: Driver, wire: Wire, cassette) -> None:
    with cassette("insights_reports/create"):
        report = d(
            d.client.insights_reports.create(
                type="messages", title="September outreach", query="from:me sent:09/01/2023-09/30/2023"
            )
        )
    assert wire.lines == [("POST", "/insightsreports", {})]
    assert wire.last.json == {
        "type": "messages",
        "title": "September outreach",
        "query": "from:me sent:09/01/2023-09/30/2023",
    }
    assert (report.id, report.query) == (REPORT, "from:me sent:09/01/2023-09/30/2023")


# ---------------------------------------------------------------------------------------- reminders
def test_reminders_list_sends_filters_and_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("reminders/list_two_pages"):
        reminders = d.all(
            d.client.reminders.list(service="gmail", service_thread_id=GMAIL_ID, dismissed=False, limit=1)
        )
    query = {"service": "gmail", "serviceThreadId": GMAIL_ID, "dismissed": "false", "limit": "1"}
    assert wire.lines == [
        ("GET", "/reminders", query),
        ("GET", "/reminders", {**query, "next": "eyJfaWQiOiI2NTFhMmIzYzg0NDdiOTA1OGEzMTBhYzAifQ"}),
    ]
    assert [(r.id, r.trigger) for r in reminders] == [(REMINDER, "noReply"), ("651a2b3c8447b9058a310ac1", "always")]
    assert reminders[0].mixmax_message_id == MESSAGE and not reminders[1].mixmax_message_id  # absent: UNSET
    assert reminders[1].date == 1696240800000


def test_reminder_create_nests_the_reminder_and_sends_epoch_ms(d: Driver, wire: Wire, cassette) -> None:
    with cassette("reminders/create"):
        reminder = d(
            d.client.reminders.create(
                date=datetime.datetime(2023, 10, 3, 9, 0),  # naive = UTC
                description="Follow up on the pilot",
                trigger="noReply",
                thread_subject="Pilot proposal",
                service="gmail",
                service_message_id=GMAIL_ID,
                service_thread_id=GMAIL_ID,
                mixmax_message_id=MESSAGE,
                archive_thread=True,
            )
        )
    assert wire.lines == [("POST", "/reminders", {})]
    assert wire.last.json == {
        "reminder": {
            "date": 1696323600000,
            "description": "Follow up on the pilot",
            "trigger": "noReply",
            "threadSubject": "Pilot proposal",
            "service": "gmail",
            "serviceMessageId": GMAIL_ID,
            "serviceThreadId": GMAIL_ID,
            "mixmaxMessageId": MESSAGE,
        },
        "archiveThread": True,
    }
    assert reminder.id == REMINDER
    assert as_datetime(reminder.date) == datetime.datetime(2023, 10, 3, 9, 0, tzinfo=datetime.UTC)
    assert as_datetime(reminder.created_at) == datetime.datetime(2023, 9, 26, 15, 1, 40, tzinfo=datetime.UTC)


def test_reminder_get(d: Driver, wire: Wire, cassette) -> None:
    with cassette("reminders/get"):
        reminder = d(d.client.reminders.get(REMINDER))
    assert wire.lines == [("GET", f"/reminders/{REMINDER}", {})]
    assert (reminder.thread_subject, reminder.dismissed, reminder.service) == ("Pilot proposal", False, "gmail")
    assert (reminder.service_message_id, reminder.service_thread_id) == (GMAIL_ID, GMAIL_ID)


def test_reminder_update_sends_only_the_given_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("reminders/update"):
        moved = d(d.client.reminders.update(REMINDER, date=1696410000000))  # epoch ms as-is
        dismissed = d(d.client.reminders.update(REMINDER, dismissed=True))
    assert wire.lines == [("PATCH", f"/reminders/{REMINDER}", {}), ("PATCH", f"/reminders/{REMINDER}", {})]
    assert [r.json for r in wire.requests] == [{"date": 1696410000000}, {"dismissed": True}]
    assert moved.date == 1696410000000 and moved.dismissed is False
    assert dismissed.dismissed is True


def test_reminder_delete_accepts_an_empty_200(d: Driver, wire: Wire, cassette) -> None:
    with cassette("reminders/delete"):
        assert d(d.client.reminders.delete(REMINDER)) is None
    assert wire.lines == [("DELETE", f"/reminders/{REMINDER}", {})]


# ---------------------------------------------------------------------------------------- tasks
def test_tasks_list_sends_query_and_search_and_keeps_total(d: Driver, wire: Wire, cassette) -> None:
    with cassette("tasks/list_two_pages"):
        pages = d.pages(d.client.tasks.list(query="status:open", search="all", limit=2))
    query = {"query": "status:open", "search": "all", "limit": "2"}
    assert wire.lines == [
        ("GET", "/tasks", query),
        ("GET", "/tasks", {**query, "next": "eyJfaWQiOiI2NTJiM2M0ZDg0NDdiOTA1OGEzMTBiZDEifQ"}),
    ]
    tasks = [t for page in pages for t in page]
    assert [t.description for t in tasks] == [
        "Call Grace about the pilot",
        "Send the security questionnaire",
        "Book the kickoff",
    ]
    assert (tasks[0].type_, tasks[0].status, tasks[0].is_completed) == ("todo", "Open", False)
    assert [p.raw.total for p in pages] == [3, 3]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.file_requests.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.file_requests.get(""), "file_request_id must not be empty"),
        (lambda c: c.insights_reports.list(limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.insights_reports.create(type="", title="T", query=""), "type must not be empty"),
        (lambda c: c.insights_reports.create(type="messages", title=" ", query=""), "title must not be empty"),
        (lambda c: c.insights_reports.create(type="messages", title="T", query=None), "query must be a string"),
        (lambda c: c.reminders.list(dismissed="no"), "dismissed must be a bool"),
        (lambda c: c.reminders.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.reminders.create(date=None), "date is required"),
        (lambda c: c.reminders.create(date="tomorrow"), "date must be a datetime or epoch milliseconds"),
        (lambda c: c.reminders.create(date=1_696_323_600), "looks like seconds"),
        (lambda c: c.reminders.create(date=True), "date must be a datetime or epoch milliseconds"),
        (lambda c: c.reminders.create(date=1696323600000, description=5), "description must be a string"),
        (lambda c: c.reminders.create(date=1696323600000, archive_thread="yes"), "archive_thread must be a bool"),
        (lambda c: c.reminders.get(""), "reminder_id must not be empty"),
        (lambda c: c.reminders.update(REMINDER), "nothing to update"),
        (lambda c: c.reminders.update(REMINDER, dismissed=1), "dismissed must be a bool"),
        (lambda c: c.reminders.update(REMINDER, date=-1), "date must not be negative"),
        (lambda c: c.reminders.update(None, dismissed=True), "reminder_id must be a string"),
        (lambda c: c.reminders.delete(""), "reminder_id must not be empty"),
        (lambda c: c.tasks.list(limit=1000), "limit must be an int from 1 to 300"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
