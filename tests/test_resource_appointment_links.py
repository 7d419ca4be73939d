"""Appointment links on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError, NotFoundError

USER = "kZYPwDDiGPTfQDj5n"


def test_me_is_a_plain_object_whose_name_may_be_null(d: Driver, wire: Wire, cassette) -> None:
    with cassette("appointment_links/me"):
        link = d(d.client.appointment_links.me())
        unnamed = d(d.client.appointment_links.me())
    assert wire.lines == [("GET", "/appointmentlinks/me", {})] * 2
    assert (link.user_id, link.name) == (USER, "ada")
    assert (unnamed.user_id, unnamed.name) == (USER, None)


def test_update_me_returns_the_link_or_none_for_an_empty_answer(d: Driver, wire: Wire, cassette) -> None:
    with cassette("appointment_links/update_me"):
        link = d(d.client.appointment_links.update_me("ada-lovelace"))
        nothing = d(d.client.appointment_links.update_me("countess"))  # 200 with no body
    assert wire.lines == [("PATCH", "/appointmentlinks/me", {})] * 2
    assert [r.json for r in wire.requests] == [{"name": "ada-lovelace"}, {"name": "countess"}]
    assert (link.user_id, link.name) == (USER, "ada-lovelace")
    assert nothing is None


def test_find_by_name_and_not_found(d: Driver, wire: Wire, cassette) -> None:
    with cassette("appointment_links/find"):
        link = d(d.client.appointment_links.find("ada-lovelace"))
        with pytest.raises(NotFoundError) as info:
            d(d.client.appointment_links.find("nobody"))
    assert wire.lines == [
        ("GET", "/appointmentlinks", {"name": "ada-lovelace"}),
        ("GET", "/appointmentlinks", {"name": "nobody"}),
    ]
    assert (link.user_id, link.name) == (USER, "ada-lovelace")
    assert info.value.status_code == 404


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.appointment_links.update_me(""), "name must not be empty"),
        (lambda c: c.appointment_links.update_me(None), "name must be a string"),
        (lambda c: c.appointment_links.find(" "), "name must not be empty"),
        (lambda c: c.appointment_links.find(["ada"]), "name must be a string"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
