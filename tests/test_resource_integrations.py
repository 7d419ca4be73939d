"""Integrations on cassettes: slash commands, enhancements, link resolvers and sidebars, sync and async."""

from __future__ import annotations

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError, NotFoundError

USER = "kZYPwDDiGPTfQDj5n"
CMD = "5f64a1b2c3d4e5f6a7b8c9d0"
ENH, ENH2 = "5f65b1b2c3d4e5f6a7b8c9e0", "5f65b1b2c3d4e5f6a7b8c9e1"
LR, LR2 = "5f66c1b2c3d4e5f6a7b8c9f0", "5f66c1b2c3d4e5f6a7b8c9f1"
SB, SB2 = "5fd5e1b2c3d4e5f6a7b8ca00", "5fd5e1b2c3d4e5f6a7b8ca01"
SVG = '<svg viewBox="0 0 16 16"><circle cx="8" cy="8" r="8"/></svg>'
JIRA_REGEX = r"https?://example\.atlassian\.net/browse/[A-Z]+-\d+"


def raw_paths(d: Driver) -> list[str]:
    """The percent-encoded paths as they leave the client (`wire` records the decoded path)."""
    seen: list[str] = []

    def hook(request) -> None:
        seen.append(request.url.raw_path.decode().split("?")[0].removeprefix("/v1"))

    async def ahook(request) -> None:
        hook(request)

    d.client._runner.user_http.event_hooks["request"].append(ahook if d.is_async else hook)
    return seen


# ------------------------------------------------------------------------------------ slash commands
def test_commands_list_follows_cursors_until_has_next_is_false(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/commands_list_two_pages"):
        commands = d.all(d.client.integrations.commands.list(limit=2))
    assert [c.name for c in commands] == ["Giphy", "Weather", "Jira issue"]
    # The cursor holds '/', '?', '=' and ' ': it goes out encoded, as one `next` parameter.
    assert wire.lines == [
        ("GET", "/integrations/commands", {"limit": "2"}),
        ("GET", "/integrations/commands", {"limit": "2", "next": "eyJfaWQiOiI1ZjY0In0/?= x"}),
    ]
    first = commands[0]
    assert (first.id, first.user_id, first.created_at) == (CMD, USER, "2020-09-18T10:00:00.000Z")
    assert first.commands == ["giphy"] and first.parameter_placeholder == "[search term]"
    assert first.command_resolver_url == "https://giphy.example.com/resolver"
    assert first.shared is False
    assert first["id"] == CMD, "the legacy `id` mirror is kept among the unknown fields"
    assert commands[1].commands == ["weather", "forecast"] and commands[1].shared is True
    assert commands[2].created_at == 1600250400000


def test_commands_create_sends_every_field_in_camel_case(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/commands_create"):
        command = d(
            d.client.integrations.commands.create(
                name="Giphy",
                commands=("giphy",),
                parameter_placeholder="[search term]",
                command_parameter_hints_url="https://giphy.example.com/typeahead",
                command_resolver_url="https://giphy.example.com/resolver",
            )
        )
    assert wire.lines == [("POST", "/integrations/commands", {})]
    assert wire.last.headers["Content-Type"] == "application/json"
    assert wire.last.json == {
        "name": "Giphy",
        "commands": ["giphy"],
        "parameterPlaceholder": "[search term]",
        "commandParameterHintsUrl": "https://giphy.example.com/typeahead",
        "commandResolverUrl": "https://giphy.example.com/resolver",
    }
    assert command.id == CMD and command.name == "Giphy"
    assert command.command_parameter_hints_url == "https://giphy.example.com/typeahead"


def test_commands_get(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/commands_get"):
        command = d(d.client.integrations.commands.get(CMD))
    assert wire.lines == [("GET", f"/integrations/commands/{CMD}", {})]
    assert wire.last.json is None
    assert (command.id, command.name, command.commands) == (CMD, "Giphy", ["giphy"])


def test_commands_delete_accepts_an_empty_200(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/commands_delete"):
        assert d(d.client.integrations.commands.delete(CMD)) is None
    assert wire.lines == [("DELETE", f"/integrations/commands/{CMD}", {})]
    assert wire.last.json is None


# ------------------------------------------------------------------------------------ enhancements
def test_enhancements_list_stops_when_has_next_is_false(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/enhancements_list_two_pages"):
        enhancements = d.all(d.client.integrations.enhancements.list(limit=2))
    assert [e.name for e in enhancements] == ["Formatted code", "Survey", "Giphy picker"]
    assert wire.lines == [
        ("GET", "/integrations/enhancements", {"limit": "2"}),
        ("GET", "/integrations/enhancements", {"limit": "2", "next": "eyJfaWQiOiI1ZjY1YjEifQ"}),
    ]
    first, second = enhancements[0], enhancements[1]
    assert (first.id, first.editor_height, first.editor_width) == (ENH, 480, 640)
    assert first.category == "productivity" and second.category == ["surveys", "productivity"]
    assert first.is_editable is True and first.activate_url == "https://code.example.com/activate"
    assert second.editor_height == 320.5 and second.commands == []


def test_enhancements_create_sends_every_field_in_camel_case(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/enhancements_create"):
        enhancement = d(
            d.client.integrations.enhancements.create(
                name="Formatted code",
                icon="https://code.example.com/icon.png",
                icon_tooltip="Insert formatted code",
                editor_url="https://code.example.com/editor",
                editor_height=480,
                editor_width=640,
                resolver_url="https://code.example.com/resolver",
                activate_url="https://code.example.com/activate",
                commands=["code"],
            )
        )
    assert wire.lines == [("POST", "/integrations/enhancements", {})]
    assert wire.last.json == {
        "name": "Formatted code",
        "icon": "https://code.example.com/icon.png",
        "iconTooltip": "Insert formatted code",
        "editorUrl": "https://code.example.com/editor",
        "editorHeight": 480,
        "editorWidth": 640,
        "resolverUrl": "https://code.example.com/resolver",
        "activateUrl": "https://code.example.com/activate",
        "commands": ["code"],
    }
    assert enhancement.id == ENH and enhancement.icon_tooltip == "Insert formatted code"
    assert enhancement.created_at == "2020-09-19T08:30:00.000Z"


def test_enhancements_get(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/enhancements_get"):
        enhancement = d(d.client.integrations.enhancements.get(ENH2))
    assert wire.lines == [("GET", f"/integrations/enhancements/{ENH2}", {})]
    assert (enhancement.id, enhancement.name, enhancement.shared) == (ENH2, "Survey", True)
    assert enhancement.resolver_url == "https://survey.example.com/resolver"


def test_enhancements_delete_ignores_the_body(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/enhancements_delete"):
        assert d(d.client.integrations.enhancements.delete(ENH)) is None
    assert wire.lines == [("DELETE", f"/integrations/enhancements/{ENH}", {})]


# ------------------------------------------------------------------------------------ link resolvers
def test_link_resolvers_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/link_resolvers_list_two_pages"):
        resolvers = d.all(d.client.integrations.link_resolvers.list(limit=2))
    assert [r.description for r in resolvers] == ["Jira issue previews", "GitHub pull requests", "Figma files"]
    assert wire.lines == [
        ("GET", "/integrations/linkresolvers", {"limit": "2"}),
        ("GET", "/integrations/linkresolvers", {"limit": "2", "next": "eyJvcmRlciI6Mn0"}),
    ]
    first = resolvers[0]
    assert (first.id, first.regex, first.order, first.created_at) == (LR, JIRA_REGEX, 1, 1600510000000)
    assert first.resolver_url == "https://jira.example.com/link-resolver"
    assert resolvers[1].order == 2.5


def test_link_resolvers_create_sends_every_field(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/link_resolvers_create"):
        resolver = d(
            d.client.integrations.link_resolvers.create(
                description="Jira issue previews",
                regex=JIRA_REGEX,
                resolver_url="https://jira.example.com/link-resolver",
                order=1,
            )
        )
    assert wire.lines == [("POST", "/integrations/linkresolvers", {})]
    assert wire.last.json == {
        "description": "Jira issue previews",
        "regex": JIRA_REGEX,
        "resolverUrl": "https://jira.example.com/link-resolver",
        "order": 1,
    }
    assert resolver.id == LR and resolver["id"] == LR


def test_link_resolvers_get(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/link_resolvers_get"):
        resolver = d(d.client.integrations.link_resolvers.get(LR2))
    assert wire.lines == [("GET", f"/integrations/linkresolvers/{LR2}", {})]
    assert (resolver.id, resolver.description, resolver.order) == (LR2, "GitHub pull requests", 2.5)


def test_link_resolvers_delete_accepts_204(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/link_resolvers_delete"):
        assert d(d.client.integrations.link_resolvers.delete(LR)) is None
    assert wire.lines == [("DELETE", f"/integrations/linkresolvers/{LR}", {})]


# ------------------------------------------------------------------------------------ sidebars
def test_sidebars_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/sidebars_list_two_pages"):
        sidebars = d.all(d.client.integrations.sidebars.list(limit=2))
    assert [s.name for s in sidebars] == ["CRM", "Support tickets", "Billing"]
    # The last page carries a `next` cursor too: hasNext=false stops the pager.
    assert wire.lines == [
        ("GET", "/integrations/sidebars", {"limit": "2"}),
        ("GET", "/integrations/sidebars", {"limit": "2", "next": "eyJfaWQiOiI1ZmQ1ZTEifQ=="}),
    ]
    first = sidebars[0]
    assert (first.id, first.url, first.icon_html) == (SB, "https://crm.example.com/mixmax/sidebar", SVG)
    assert (first.icon_color, first.icon_image, first.icon_name) == (
        "#2d7ff9",
        "https://crm.example.com/icon.png",
        "crm",
    )
    assert first.mixmax_id == "sidebar-crm"


def test_sidebars_create_accepts_201_and_200(d: Driver, wire: Wire, cassette) -> None:
    sidebars = d.client.integrations.sidebars
    with cassette("integrations/sidebars_create"):
        created = d(
            sidebars.create(
                name="CRM",
                url="https://crm.example.com/mixmax/sidebar",
                icon_html=SVG,
                icon_color="#2d7ff9",
                icon_image="https://crm.example.com/icon.png",
                icon_name="crm",
            )
        )  # 201: the npm wrapper threw here
        other = d(sidebars.create(name="Support tickets", url="https://support.example.com/mixmax/sidebar"))  # 200
    assert wire.lines == [("POST", "/integrations/sidebars", {}), ("POST", "/integrations/sidebars", {})]
    assert [r.json for r in wire.requests] == [
        {
            "name": "CRM",
            "url": "https://crm.example.com/mixmax/sidebar",
            "iconHTML": SVG,
            "iconColor": "#2d7ff9",
            "iconImage": "https://crm.example.com/icon.png",
            "iconName": "crm",
        },
        {"name": "Support tickets", "url": "https://support.example.com/mixmax/sidebar"},
    ]
    assert (created.id, created.icon_html, created.user_id) == (SB, SVG, USER)
    assert (other.id, other.icon_color) == (SB2, "#f5a623")


def test_sidebars_get(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/sidebars_get"):
        sidebar = d(d.client.integrations.sidebars.get(SB))
    assert wire.lines == [("GET", f"/integrations/sidebars/{SB}", {})]
    assert (sidebar.id, sidebar.name, sidebar.created_at) == (SB, "CRM", "2020-12-13T09:00:00.000Z")


def test_sidebars_delete_accepts_204_and_200(d: Driver, wire: Wire, cassette) -> None:
    with cassette("integrations/sidebars_delete"):
        assert d(d.client.integrations.sidebars.delete(SB)) is None  # 204: the npm wrapper threw here
        assert d(d.client.integrations.sidebars.delete(SB2)) is None  # 200 with a body, ignored
    assert wire.lines == [
        ("DELETE", f"/integrations/sidebars/{SB}", {}),
        ("DELETE", f"/integrations/sidebars/{SB2}", {}),
    ]


# ------------------------------------------------------------------------------------ ids on the wire
def test_ids_are_url_encoded_and_cannot_reach_another_endpoint(d: Driver, wire: Wire, cassette) -> None:
    paths = raw_paths(d)
    integrations = d.client.integrations
    with cassette("integrations/encoded_ids"):
        with pytest.raises(NotFoundError):
            d(integrations.sidebars.get("../users/me"))
        assert d(integrations.commands.delete("a b?c=d")) is None
        with pytest.raises(NotFoundError):
            d(integrations.enhancements.get("x/../../users/me?y="))
        assert d(integrations.link_resolvers.delete("#frag/..")) is None
    assert paths == [
        "/integrations/sidebars/..%2Fusers%2Fme",
        "/integrations/commands/a%20b%3Fc%3Dd",
        "/integrations/enhancements/x%2F..%2F..%2Fusers%2Fme%3Fy%3D",
        "/integrations/linkresolvers/%23frag%2F..",
    ]
    # Decoded, each id is still one path segment under its own collection, and nothing became a query.
    assert wire.lines == [
        ("GET", "/integrations/sidebars/../users/me", {}),
        ("DELETE", "/integrations/commands/a b?c=d", {}),
        ("GET", "/integrations/enhancements/x/../../users/me?y=", {}),
        ("DELETE", "/integrations/linkresolvers/#frag/..", {}),
    ]


def test_sub_resources_are_created_once_and_send_nothing(d: Driver, wire: Wire) -> None:
    integrations = d.client.integrations
    assert integrations is d.client.integrations
    assert integrations.sidebars is integrations.sidebars
    names = {type(r).__name__ for r in (integrations.commands, integrations.enhancements)}
    names |= {type(r).__name__ for r in (integrations.link_resolvers, integrations.sidebars)}
    assert names == {
        "IntegrationCommands",
        "IntegrationEnhancements",
        "IntegrationLinkResolvers",
        "IntegrationSidebars",
    }
    assert wire.requests == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.integrations.commands.get(""), "command_id must not be empty"),
        (lambda c: c.integrations.commands.delete(None), "command_id must be a string"),
        (lambda c: c.integrations.enhancements.get(42), "enhancement_id must be a string"),
        (lambda c: c.integrations.enhancements.delete("  "), "enhancement_id must not be empty"),
        (lambda c: c.integrations.link_resolvers.get(""), "link_resolver_id must not be empty"),
        (lambda c: c.integrations.link_resolvers.delete(["x"]), "link_resolver_id must be a string"),
        (lambda c: c.integrations.sidebars.get(b"abc"), "sidebar_id must be a string"),
        (lambda c: c.integrations.sidebars.delete(""), "sidebar_id must not be empty"),
        (lambda c: c.integrations.commands.list(limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.integrations.enhancements.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.integrations.link_resolvers.list(limit=True), "limit must be an int from 1 to 300"),
        (lambda c: c.integrations.sidebars.list(limit="50"), "limit must be an int from 1 to 300"),
        (lambda c: c.integrations.commands.create(), "a slash command needs at least one field"),
        (lambda c: c.integrations.enhancements.create(), "an enhancement needs at least one field"),
        (lambda c: c.integrations.link_resolvers.create(), "a link resolver needs at least one field"),
        (lambda c: c.integrations.sidebars.create(), "a sidebar needs at least one field"),
        (lambda c: c.integrations.commands.create(commands="giphy"), "commands must be a list of strings"),
        (lambda c: c.integrations.commands.create(commands=7), "commands must be a list of strings"),
        (lambda c: c.integrations.commands.create(commands=["giphy", ""]), "commands[1] must be a non-empty"),
        (lambda c: c.integrations.commands.create(name=" "), "name must not be empty"),
        (
            lambda c: c.integrations.commands.create(command_resolver_url="giphy.example.com/resolver"),
            "command_resolver_url must be an http(s) URL",
        ),
        (lambda c: c.integrations.enhancements.create(editor_height=0), "editor_height must be greater than 0"),
        (lambda c: c.integrations.enhancements.create(editor_width=True), "editor_width must be a finite number"),
        (
            lambda c: c.integrations.enhancements.create(editor_height=float("nan")),
            "editor_height must be a finite number",
        ),
        (lambda c: c.integrations.enhancements.create(editor_url="ftp://x.example.com"), "editor_url must be an"),
        (lambda c: c.integrations.enhancements.create(commands=[None]), "commands[0] must be a non-empty string"),
        (lambda c: c.integrations.link_resolvers.create(order="1"), "order must be a finite number"),
        (lambda c: c.integrations.link_resolvers.create(regex=123), "regex must be a string"),
        (lambda c: c.integrations.sidebars.create(name=""), "name must not be empty"),
        (lambda c: c.integrations.sidebars.create(url="crm.example.com"), "url must be an http(s) URL"),
        (lambda c: c.integrations.sidebars.create(name="CRM", icon_html=5), "icon_html must be a string"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
