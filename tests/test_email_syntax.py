"""Email addresses are checked as an SMTP server reads them (RFC 5321, with RFC 6531's international
addresses; see mixmax_sdk/_email.py) before any request, and an address that passes is sent exactly as
given: over loopback to the fake Mixmax, both clients, single and bulk calls."""

from __future__ import annotations

import asyncio
import json
import string
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mixmax_sdk import AsyncMixmax, InvalidRecipientsError, Mixmax, MixmaxValidationError
from mixmax_sdk._validate import check_email, is_email
from mixmax_sdk.testing import FakeMixmax, FakeServer

LONGEST = "a@" + ".".join(["b" * 63] * 3) + "." + "c" * 60  # 254 octets
assert len(LONGEST) == 254

ACCEPTED = [
    "ada@example.com",
    "ada.l+tag@sub.example.co",
    "=1+2@example.com",  # a formula to a spreadsheet, but a valid dot-atom: the API decides
    "!#$%&'*+-/=?^_`{|}~@example.com",  # every atext symbol
    '"john doe"@example.com',
    '"josé doe"@example.com',  # RFC 6531: non-ASCII in a quoted local part too
    '"a@b"@example.com',  # an @ inside quotes
    '"a\\"b\\\\c"@example.com',  # quoted-pairs: an escaped quote and an escaped backslash
    '"=HYPERLINK(\\"http://x\\",\\"y\\")"@example.com',  # quoted, the same text is a valid local part
    "用户@例子.广告",
    "josé@exämple.com",
    "Δοκιμή@παράδειγμα.δοκιμή",
    "a@1-2.example",
    "a@xn--exmple-cua.com",
    "a@[192.0.2.1]",
    "a@[IPv6:2001:db8::1]",
    "a@[IPv6:::ffff:192.0.2.1]",
    "x" * 64 + "@example.com",  # the longest local part
    LONGEST,
]

REFUSED = [
    ("a@example..com", "the domain has two dots in a row"),
    ("a@-example.com", "the domain label '-example' starts with a hyphen"),
    ("a@example-.com", "the domain label 'example-' ends with a hyphen"),
    (
        '=HYPERLINK("http://x","y")@example.com',
        "the local part has '(', which only a quoted local part (\"...\") may hold",
    ),
    ("a@.example.com", "the domain starts with a dot"),
    ("a@example.com.", "the domain ends with a dot"),
    ("a@exa_mple.com", "the domain label 'exa_mple' has '_'; labels hold letters, digits and hyphens"),
    ("a@exa mple.com", "the domain label 'exa mple' has ' '; labels hold letters, digits and hyphens"),
    ("a@例子。广告", "the domain has no dot"),  # an ideographic full stop is not a label separator
    ("a@ex☃mple.com", "the domain label 'ex☃mple' has '☃'; labels hold letters, digits and hyphens"),
    ("a@" + "b" * 64 + ".com", "a domain label is 64 octets long, more than the 63 a label may have"),
    (
        "a@" + "ä" * 60 + ".com",
        "a domain label is 66 octets long as an A-label (xn--...), more than the 63 a label may have",
    ),
    ("a@localhost", "the domain has no dot"),
    (".a@example.com", "the local part starts with a dot"),
    ("a.@example.com", "the local part ends with a dot"),
    ("a..b@example.com", "the local part has two dots in a row"),
    ("a,b@example.com", "the local part has ',', which only a quoted local part (\"...\") may hold"),
    ("john doe@example.com", "the local part has ' ', which only a quoted local part (\"...\") may hold"),
    ("<a@example.com>", "the local part has '<', which only a quoted local part (\"...\") may hold"),
    ('"john"doe@example.com', "the quoted local part must be followed by @"),
    ('"john@example.com', "the quoted local part has no closing quote"),
    ('"a"b"@example.com', "the quoted local part must be followed by @"),
    ('"a\\', "a backslash in the quoted local part must escape a printable ASCII character"),
    ('""@example.com', "the local part (before the @) is empty"),
    ("@example.com", "the local part (before the @) is empty"),
    ("a@", "there is no domain after the @"),
    ("example.com", "it has no @"),
    ("", "it is empty"),
    ("a@b@example.com", "it has more than one @ (only a quoted local part may hold one)"),
    ("x" * 65 + "@example.com", "the local part is 65 octets long, more than the 64 it may have"),
    ("é" * 33 + "@example.com", "the local part is 66 octets long, more than the 64 it may have"),
    (
        LONGEST.replace("@", "@c"),
        "it is 255 octets long, more than the 254 an address may have",
    ),
    ("ada@example.com\n", "it contains the invisible or control character U+000A"),
    ('"a\tb"@example.com', "it contains the invisible or control character U+0009"),
    ("ad\u200ba@example.com", "it contains the invisible or control character U+200B"),
    ("ada@exam\u00a0ple.com", "it contains the invisible or control character U+00A0"),
    ("a@[1.2.3]", "the address literal '[1.2.3]' is neither [IPv4 address] nor [IPv6:IPv6 address]"),
    ("a@[256.1.1.1]", "the address literal '[256.1.1.1]' is neither [IPv4 address] nor [IPv6:IPv6 address]"),
    ("a@[2001:db8::1]", "the address literal '[2001:db8::1]' is neither [IPv4 address] nor [IPv6:IPv6 address]"),
    (
        "a@[IPv6:fe80::1%eth0]",
        "the address literal '[IPv6:fe80::1%eth0]' is neither [IPv4 address] nor [IPv6:IPv6 address]",
    ),
    ("a@[192.0.2.1", "the address literal has no closing ]"),
]


@pytest.mark.parametrize("address", ACCEPTED)
def test_an_address_smtp_accepts_passes_unchanged(address: str) -> None:
    assert check_email(address) is address
    assert is_email(address)


@pytest.mark.parametrize(("address", "problem"), REFUSED)
def test_the_error_says_what_is_wrong(address: str, problem: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        check_email(address, "to[0]")
    assert str(info.value) == f"to[0] is not a valid email address: {address!r} ({problem})"
    assert not is_email(address)


@pytest.mark.parametrize(("value", "kind"), [(None, "NoneType"), (42, "int"), (b"a@example.com", "bytes")])
def test_a_value_that_is_not_a_string(value: object, kind: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        check_email(value)
    assert str(info.value) == f"email is not a valid email address: {value!r} (a {kind}, not a string)"


# ------------------------------------------------------------------------------ properties
ATEXT = string.ascii_letters + string.digits + "!#$%&'*+-/=?^_`{|}~"
atoms = st.text(alphabet=ATEXT, min_size=1, max_size=8)
dot_atoms = st.lists(atoms, min_size=1, max_size=4).map(".".join).filter(lambda s: len(s) <= 64)
quoted = (
    st.text(alphabet=[chr(c) for c in range(32, 127)], max_size=20)
    .filter(bool)
    .map(lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"')
)
labels = st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9-]{0,14}[A-Za-z0-9])?", fullmatch=True)
domains = st.lists(labels, min_size=2, max_size=4).map(".".join)
NOT_ATEXT = '()<>[]:;@\\," '


@settings(max_examples=300, deadline=None)
@given(local=dot_atoms | quoted, domain=domains)
def test_every_dot_atom_or_quoted_local_part_at_an_ldh_domain_passes(local: str, domain: str) -> None:
    address = f"{local}@{domain}"
    if len(local) <= 64:
        assert check_email(address) is address


@settings(max_examples=300, deadline=None)
@given(local=dot_atoms, domain=domains, data=st.data())
def test_breaking_any_rule_is_refused(local: str, domain: str, data: st.DataObject) -> None:
    bad = data.draw(st.sampled_from(NOT_ATEXT))
    at = data.draw(st.integers(0, len(local)))
    broken_local = local[:at] + bad + local[at:]
    label_at = data.draw(st.integers(0, domain.count(".")))
    parts = domain.split(".")
    hyphen_first = ".".join(p if i != label_at else "-" + p for i, p in enumerate(parts))
    dots = data.draw(st.sampled_from(["..", ".", ""]))
    for address in (
        f"{broken_local}@{domain}",
        f"{local}@{hyphen_first}",
        f"{local}@{domain.replace('.', '..', 1)}",
        f"{local}..x@{domain}" if dots == ".." else f".{local}@{domain}" if dots == "." else f"{local}.@{domain}",
    ):
        assert not is_email(address), address


# ------------------------------------------------------------------------------ on the wire
@pytest.fixture
def served() -> Iterator[tuple[FakeMixmax, FakeServer]]:
    fake = FakeMixmax(rate_limit=None)
    with fake.serve() as server:
        yield fake, server


def run(kind: str, server: FakeServer, fake: FakeMixmax, body: Callable[[Any], Any]) -> list[bytes]:
    """Run `body(client)` on a new client of `kind` over loopback; the bodies of the requests it sent."""
    sent: list[bytes] = []
    options: dict[str, Any] = {"api_key": fake.demo_token, "base_url": server.base_url, "max_retries": 0}
    if kind == "sync":
        http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.read())]})
        with Mixmax(http_client=http, **options) as client:
            body(client)
        return sent

    async def capture(request: httpx.Request) -> None:
        sent.append(await request.aread())

    async def main() -> None:
        async with AsyncMixmax(http_client=httpx.AsyncClient(event_hooks={"request": [capture]}), **options) as client:
            await body(client)

    asyncio.run(main())
    return sent


INTERNATIONAL = ['"john doe"@example.com', "用户@例子.广告", "josé@exämple.com", "=1+2@example.com"]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_accepted_addresses_go_on_the_wire_byte_exact(served: tuple[FakeMixmax, FakeServer], kind: str) -> None:
    fake, server = served
    for address in INTERNATIONAL:
        sent = run(kind, server, fake, lambda client, a=address: client.unsubscribes.add(a))
        assert sent == [b'{"email":' + json.dumps(address, ensure_ascii=False).encode("utf-8") + b"}"]
    assert [(s.method, s.path, s.status) for s in fake.served] == [("POST", "/unsubscribes", 200)] * 4


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_bulk_rows_are_checked_the_same_way_and_sent_as_given(served: tuple[FakeMixmax, FakeServer], kind: str) -> None:
    fake, server = served
    seq_id = next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")
    rows: list[Any] = [*INTERNATIONAL[:3], {"email": INTERNATIONAL[3]}]

    def add(client: Any, rows: list[Any], **kwargs: Any) -> Any:
        return client.sequences.sequence(seq_id).add_recipients(rows, allow_missing_variables=True, **kwargs)

    bad = ["ok@example.com", "a@example..com", {"email": "a@-example.com"}, '=HYPERLINK("http://x","y")@example.com']
    with pytest.raises(InvalidRecipientsError) as info:
        run(kind, server, fake, lambda client: add(client, bad))
    assert {i: message for i, (_, message) in info.value.problems.items()} == {
        1: "recipients[1] is not a valid email address: 'a@example..com' (the domain has two dots in a row)",
        2: "recipients[2].email is not a valid email address: 'a@-example.com' "
        "(the domain label '-example' starts with a hyphen)",
        3: 'recipients[3] is not a valid email address: \'=HYPERLINK("http://x","y")@example.com\' '
        "(the local part has '(', which only a quoted local part (\"...\") may hold)",
    }
    assert fake.served == [], "nothing was sent"

    sent = run(kind, server, fake, lambda client: add(client, rows))
    (body,) = sent
    assert json.loads(body) == {
        "allowMissingVariables": True,
        "recipients": [{"email": address} for address in INTERNATIONAL],
    }
    for address in INTERNATIONAL:
        assert json.dumps(address, ensure_ascii=False).encode("utf-8") in body
    assert [r["email"] for r in fake.sequence_recipients(seq_id)][-4:] == INTERNATIONAL
