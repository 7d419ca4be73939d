"""Teams and team members on cassettes: the exact request on the wire and the typed result."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire
from mixmax_openapi.models import TeamMemberUser

from mixmax_sdk import MixmaxValidationError, as_datetime

TEAM = "5c9f2b6e8447b9058a3104a0"
GRACE = "5c9f2b6e8447b9058a3104b2"


def test_list_follows_cursors_and_reads_old_and_new_member_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("teams/list_two_pages"):
        teams = d.all(d.client.teams.list(limit=2))
    assert wire.lines == [
        ("GET", "/teams", {"limit": "2"}),
        ("GET", "/teams", {"limit": "2", "next": "eyJfaWQiOiI1YzlmMmI2ZTg0NDdiOTA1OGEzMTA0YTEifQ"}),
    ]
    assert [t.name for t in teams] == ["Sales", "Support", "Founders"]
    sales = teams[0]
    assert sales.id == TEAM
    assert as_datetime(sales.modified_at) == datetime.datetime(2019, 4, 5, 8, 0, tzinfo=datetime.UTC)  # ISO on the wire
    ada, grace = sales.members
    assert (ada.member_id, ada.user_id, ada.role, ada.accepted) == (
        "5c9f2b6e8447b9058a3104b1",
        "kZYPwDDiGPTfQDj5n",
        "admin",
        True,
    )
    assert ada.accepted_at == "2019-03-30T09:12:00.000Z"  # member dates stay strings; as_datetime converts
    assert as_datetime(ada.accepted_at) == datetime.datetime(2019, 3, 30, 9, 12, tzinfo=datetime.UTC)
    assert (grace.email, grace.accepted, grace.accepted_at) == ("grace@example.com", False, None)
    # The 2016 shape: `users` instead of `members`, `dateAccepted` kept as an extra field.
    founders = teams[2]
    assert founders.users[0].role == "admin" and founders.users[0]["dateAccepted"] == "2016-05-10T12:00:00.000Z"


def test_create_invites_addresses_and_member_dicts(d: Driver, wire: Wire, cassette) -> None:
    with cassette("teams/create"):
        team = d(
            d.client.teams.create(
                "Sales EU", members=["ada@example.com", {"email": "grace@example.com", "role": "admin"}]
            )
        )
    assert wire.lines == [("POST", "/teams", {})]
    assert wire.last.json == {
        "name": "Sales EU",
        "members": [{"email": "ada@example.com"}, {"email": "grace@example.com", "role": "admin"}],
    }
    assert team.name == "Sales EU"
    assert [(m.email, m.role, m.accepted) for m in team.members[1:]] == [
        ("ada@example.com", "member", False),
        ("grace@example.com", "admin", False),
    ]


def test_get_with_expand_returns_expanded_users(d: Driver, wire: Wire, cassette) -> None:
    with cassette("teams/get"):
        team = d(d.client.teams.get(TEAM, expand="members.userId"))
    assert wire.lines == [("GET", f"/teams/{TEAM}", {"expand": "members.userId"})]
    user = team.members[0].user_id
    assert isinstance(user, TeamMemberUser)
    assert (user.id, user.email, user.name) == ("kZYPwDDiGPTfQDj5n", "ada@example.com", "Ada Lovelace")
    assert team.members[1].email == "grace@example.com"  # a pending invitation has no user yet


def test_update_renames(d: Driver, wire: Wire, cassette) -> None:
    with cassette("teams/update"):
        team = d(d.client.teams.update(TEAM, "Sales (EMEA)"))
    assert wire.lines == [("PATCH", f"/teams/{TEAM}", {})]
    assert wire.last.json == {"name": "Sales (EMEA)"}
    assert team.name == "Sales (EMEA)"
    assert as_datetime(team.modified_at) == datetime.datetime(2019, 4, 9, 15, 30, tzinfo=datetime.UTC)


def test_delete_accepts_an_empty_200(d: Driver, wire: Wire, cassette) -> None:
    with cassette("teams/delete"):
        assert d(d.client.teams.delete(TEAM)) is None
    assert wire.lines == [("DELETE", f"/teams/{TEAM}", {})]


def test_members_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("teams/members_two_pages"):
        members = d.all(d.client.teams.members.list(TEAM, limit=2))
    assert wire.lines == [
        ("GET", f"/teams/{TEAM}/members", {"limit": "2"}),
        ("GET", f"/teams/{TEAM}/members", {"limit": "2", "next": "eyJfaWQiOiI1YzlmMmI2ZTg0NDdiOTA1OGEzMTA0YjIifQ"}),
    ]
    assert [m.member_id for m in members] == [
        "5c9f2b6e8447b9058a3104b1",
        GRACE,
        "5c9f2b6e8447b9058a3104b3",
    ]
    assert members[2].user_id == "qW3rTy7uIoP9aSdFg" and members[2].invited_at == "2019-04-04T17:45:00.000Z"


def test_members_invite_and_remove(d: Driver, wire: Wire, cassette) -> None:
    with cassette("teams/invite"):
        invited = [{"email": "linus@example.com", "role": "member"}, "ken@example.com"]
        assert d(d.client.teams.members.invite(TEAM, invited)) is None  # 204
    with cassette("teams/remove"):
        assert d(d.client.teams.members.remove(TEAM, GRACE)) is None
    assert wire.lines == [("POST", f"/teams/{TEAM}/members", {}), ("DELETE", f"/teams/{TEAM}/members/{GRACE}", {})]
    assert wire.requests[0].json == {
        "members": [{"email": "linus@example.com", "role": "member"}, {"email": "ken@example.com"}]
    }
    assert wire.requests[1].json is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.teams.list(limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.teams.get(""), "team_id must not be empty"),
        (lambda c: c.teams.create(""), "name must not be empty"),
        (lambda c: c.teams.create(None), "name must be a string"),
        (lambda c: c.teams.create("T", members="ada@example.com"), "not a single one"),
        (lambda c: c.teams.create("T", members={"email": "ada@example.com"}), "not a single one"),
        (lambda c: c.teams.create("T", members=[]), "members is empty"),
        (lambda c: c.teams.create("T", members=["ada"]), "members[0] is not a valid email address"),
        (lambda c: c.teams.create("T", members=[{"role": "admin"}]), "members[0] has no email"),
        (lambda c: c.teams.create("T", members=[{"email": "a@x.com", "name": "A"}]), "members[0] has unknown keys"),
        (
            lambda c: c.teams.create("T", members=[{"email": "a@x.com", "role": "owner"}]),
            "role must be 'admin' or 'member'",
        ),
        (lambda c: c.teams.create("T", members=[42]), "members[0] must be an address or a dict"),
        (lambda c: c.teams.update(TEAM, ""), "name must not be empty"),
        (lambda c: c.teams.update(" ", "T"), "team_id must not be empty"),
        (lambda c: c.teams.delete(7), "team_id must be a string"),
        (lambda c: c.teams.members.list("", limit=5), "team_id must not be empty"),
        (lambda c: c.teams.members.list(TEAM, limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.teams.members.invite(TEAM, []), "members is empty"),
        (lambda c: c.teams.members.invite(TEAM, ["a@x.com", "b@x"]), "members[1] is not a valid email address"),
        (lambda c: c.teams.members.remove(TEAM, ""), "member_id must not be empty"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
