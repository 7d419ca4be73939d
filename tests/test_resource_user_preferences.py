"""User preferences on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError

USER = "kZYPwDDiGPTfQDj5n"
PREFS_ID = "5816f0a28447b9058a310480"


def test_get_types_documented_keys_and_keeps_the_rest(d: Driver, wire: Wire, cassette) -> None:
    with cassette("user_preferences/get"):
        prefs = d(d.client.user_preferences.get())
        some = d(d.client.user_preferences.get(fields=["undoSendEnabled", "undoDelay"]))
    assert wire.lines == [
        ("GET", "/userpreferences/me", {}),
        ("GET", "/userpreferences/me", {"fields": "undoSendEnabled,undoDelay"}),
    ]
    assert (prefs.id, prefs.user_id) == (PREFS_ID, USER)
    assert (prefs.undo_send_enabled, prefs.undo_delay, prefs.week_start_day) == (True, 10, 1)
    assert prefs.calendar_hour_format_ampm is False and prefs.disable_eu_tracking is False
    assert prefs.auto_bcc_excluded_domains == "example.com,example.org"
    assert prefs.calendar_additional_guests == ["assistant@example.com"]
    assert prefs.calendar_appointment_slots.limit_max_booked_slots.per_day == 4
    assert prefs.default_followup.unparsed_date == "in 3 days"
    assert prefs.followup_presets.send_later == ["tomorrow 8am"]
    assert [(a.email, a.is_alias) for a in prefs.send_from_accounts] == [
        ("ada@example.com", False),
        ("countess@example.com", True),
    ]
    assert prefs.signatures[0].source.startswith("<div>Ada Lovelace")
    assert prefs.work_hours.day0.enabled is False
    assert prefs.work_hours.day1.timeslots[0].start_time == "09:00:00"
    assert prefs["smartSendEnabled"] is False  # a key the spec does not type
    assert (some.undo_send_enabled, some.undo_delay) == (True, 10)
    assert some.to_dict() == {"_id": PREFS_ID, "undoSendEnabled": True, "undoDelay": 10}  # nothing else is set


def test_update_patches_exactly_the_given_keys(d: Driver, wire: Wire, cassette) -> None:
    off = {"enabled": False, "timeslots": []}
    nine_to_five = {"enabled": True, "timeslots": [{"startTime": "09:00:00", "endTime": "17:00:00"}]}
    friday = {"enabled": True, "timeslots": [{"startTime": "09:00:00", "endTime": "13:00:00"}]}
    work_hours = {
        "day0": off,
        "day1": nine_to_five,
        "day2": nine_to_five,
        "day3": nine_to_five,
        "day4": nine_to_five,
        "day5": friday,
        "day6": off,
    }
    update = {
        "undoDelay": 20,
        "defaultMeetingLength": 45,
        "workHours": work_hours,
        "calendarAdditionalGuests": [],
        "smartSendEnabled": True,
    }
    with cassette("user_preferences/update"):
        prefs = d(d.client.user_preferences.update(update))
    assert wire.lines == [("PATCH", "/userpreferences/me", {})]
    assert wire.last.json == update
    assert wire.last.headers["Content-Type"] == "application/json"
    assert (prefs.undo_delay, prefs.default_meeting_length) == (20, 45)
    assert prefs.work_hours.day5.timeslots[0].end_time == "13:00:00"
    assert prefs.calendar_additional_guests == []
    assert prefs["smartSendEnabled"] is True
    assert prefs.undo_send_enabled is True  # untouched keys come back as they were


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.user_preferences.get(fields=[""]), "fields must be a string or a list"),
        (lambda c: c.user_preferences.update({}), "preferences is empty"),
        (lambda c: c.user_preferences.update(None), "preferences must be a mapping, not NoneType"),
        (lambda c: c.user_preferences.update([("undoDelay", 1)]), "preferences must be a mapping, not list"),
        (lambda c: c.user_preferences.update({1: True}), "preferences must be a mapping with string keys"),
        (lambda c: c.user_preferences.update({"": True}), "preferences has an empty key"),
        (lambda c: c.user_preferences.update({"undoDelay": {1, 2}}), "preferences is not JSON-serialisable"),
        (lambda c: c.user_preferences.update({"undoDelay": float("inf")}), "preferences is not JSON-serialisable"),
        (lambda c: c.user_preferences.update({"_id": "x"}), "may not set '_id'"),
        (lambda c: c.user_preferences.update({"userId": "x"}), "may not set 'userId'"),
        (lambda c: c.user_preferences.update({"undo_delay": 5}), "'undo_delay' is the Python attribute name"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
