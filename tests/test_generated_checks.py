"""The exact messages of the checks that `x-sdk` names for generated methods (`nonempty`, `require_one:
{message}`, `timestamp`, a check from the overrides module), which these methods had as hand-written
overrides: each bad call fails before any request, with the message it always had."""

from __future__ import annotations

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError

SEQUENCE = "5d2e3f4a8447b9058a310001"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.reminders.create(date=None), "date is required: a datetime or epoch milliseconds"),
        (lambda c: c.reminders.update("r1"), "nothing to update: pass at least one field"),
        (lambda c: c.reminders.update("r1", trigger=5), "trigger must be a string, not 5"),
        (lambda c: c.meeting_types.update("m1"), "nothing to update: pass at least one field"),
        (
            lambda c: c.meeting_types.create(link="a b"),
            "link must be a URL slug without spaces or slashes, not 'a b'",
        ),
        (lambda c: c.rules.update("r1"), "nothing to update: pass name, trigger, filter or is_paused"),
        (lambda c: c.rules.create("n", None), "trigger must be a dict like {'type': 'event', ...}, not None"),
        (lambda c: c.contacts.update("c1"), "update needs at least one field to change"),
        (
            lambda c: c.contacts.create("ada@example.com", groups="g1"),
            "groups must be a list of contact group ids, not one string",
        ),
        (lambda c: c.sequences.cancel_everywhere([]), "emails must name at least one address"),
        (lambda c: c.sequences.search_recipients([]), "emails must name at least one address"),
        (
            lambda c: c.sequences.sequence(SEQUENCE).cancel([]),
            "emails is empty: pass None to exit every active recipient",
        ),
        (lambda c: c.sequences.sequence(SEQUENCE).recipients.cancel(""), "recipient_id must not be empty"),
        (lambda c: c.teams.create("T", []), "members is empty: pass at least one member"),
        (lambda c: c.teams.members.invite("t1", []), "members is empty: pass at least one member"),
        (lambda c: c.messages.create([]), "to is empty: pass at least one address"),
        (lambda c: c.snippets.send("s1", []), "to is empty: pass at least one address"),
        (lambda c: c.send.email([]), "to is empty: pass at least one address"),
        (
            lambda c: c.send.email(['"a,b"@example.com']),
            "to[0] contains a comma, which separates addresses: '\"a,b\"@example.com'",
        ),
        (lambda c: c.orgs.custom_domains.get("mail"), "type must be one of 'calendar', 'tracking', not 'mail'"),
        (
            lambda c: c.orgs.custom_domains.set("tracking", "https://x.com/"),
            "domain must be a bare DNS name like 'links.example.com', not 'https://x.com/'",
        ),
    ],
)
def test_generated_checks_keep_their_messages(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert str(info.value) == message
    assert wire.requests == []
