"""At runtime every resource method shows its declared signature (inspect.signature, help(), REPL
completion), in all four modes: `Mixmax`, `AsyncMixmax` and both `with_raw_response` views.

The walk discovers the groups, sub-groups and handles from the client itself (cached properties,
attributes holding a resource, methods that make a handle from ids), so a new method is covered without
touching this file.
"""

from __future__ import annotations

import asyncio
import inspect
import pydoc
from collections.abc import Iterator
from functools import cached_property
from typing import Any

import pytest

from mixmax_sdk import AsyncMixmax, Mixmax
from mixmax_sdk._call import Call
from mixmax_sdk._client import MixmaxClient
from mixmax_sdk._resource import Method, Resource, endpoint
from mixmax_sdk.testing import FakeMixmax

MODES = ("sync", "async", "raw", "async raw")


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, Any]]:
    fake = FakeMixmax()
    client, async_client = fake.client(), fake.async_client()
    try:
        yield {
            "sync": client,
            "async": async_client,
            "raw": client.with_raw_response,
            "async raw": async_client.with_raw_response,
        }
    finally:
        client.close()
        asyncio.run(async_client.close())


def _handle_factory_args(function: Any) -> list[str] | None:
    """Ids for a method that makes a handle (`sequences.sequence(id)`): it takes only required string
    positionals and returns a resource. None for anything else."""
    parameters = list(inspect.signature(function).parameters.values())[1:]
    if not parameters or not str(inspect.signature(function).return_annotation).endswith("[M]"):
        return None
    if any(
        p.kind is not p.POSITIONAL_OR_KEYWORD or p.default is not p.empty or p.annotation != "str" for p in parameters
    ):
        return None
    return [f"id-{index}" for index in range(len(parameters))]


def walk(resource: Resource[Any], path: str) -> Iterator[tuple[str, Method, Any]]:
    """(path, descriptor, bound method) for every resource method reachable from `resource`."""
    cls = type(resource)
    for name in sorted(dir(cls)):
        if name.startswith("_"):
            continue
        attribute = inspect.getattr_static(cls, name)
        if isinstance(attribute, Method):
            yield f"{path}.{name}", attribute, getattr(resource, name)
        elif isinstance(attribute, cached_property):
            value = getattr(resource, name)
            if isinstance(value, Resource) and not isinstance(value, MixmaxClient):
                yield from walk(value, f"{path}.{name}")
        elif inspect.isfunction(attribute) and not isinstance(resource, MixmaxClient):
            ids = _handle_factory_args(attribute)
            if ids is not None:
                handle = getattr(resource, name)(*ids)
                assert isinstance(handle, Resource), f"{path}.{name} is annotated as a handle"
                yield from walk(handle, f"{path}.{name}({', '.join(map(repr, ids))})")
    for name, value in sorted(vars(resource).items()):
        if not name.startswith("_") and isinstance(value, Resource) and inspect.getattr_static(cls, name, None) is None:
            yield from walk(value, f"{path}.{name}")


def _unwrap_return(mode: str, descriptor: Method, text: str) -> str:
    """The payload type from a bound method's return annotation, checking the mode's wrapper."""
    pager = type(descriptor).__name__ == "paginated"
    outer = {
        "sync": "SyncPager[{}]" if pager else "{}",
        "async": "AsyncPager[{}]" if pager else "Coroutine[object, None, {}]",
        "raw": "RawResponse[Page[{}]]" if pager else "RawResponse[{}]",
        "async raw": "Coroutine[object, None, RawResponse[Page[{}]]]"
        if pager
        else "Coroutine[object, None, RawResponse[{}]]",
    }[mode]
    head, tail = outer.split("{}")
    assert text.startswith(head) and text.endswith(tail), (mode, text)
    return text[len(head) : len(text) - len(tail)]


def test_every_method_of_every_mode_has_its_declared_signature(clients: dict[str, Any]) -> None:
    problems: list[str] = []
    payloads: dict[str, dict[str, str]] = {}
    walked: set[str] = set()
    for mode, client in clients.items():
        for path, descriptor, bound in walk(client, "client"):
            walked.add(path)
            declared = inspect.signature(descriptor.__wrapped__)
            shown = inspect.signature(bound)
            if list(shown.parameters.values()) != list(declared.parameters.values())[1:]:
                problems.append(f"{mode} {path}: {shown} != {declared}")
            for attribute in ("__name__", "__qualname__", "__doc__", "__module__"):
                if getattr(bound, attribute) != getattr(descriptor.__wrapped__, attribute):
                    problems.append(f"{mode} {path}: {attribute} {getattr(bound, attribute)!r}")
            if bound.__wrapped__ is not descriptor.__wrapped__:
                problems.append(f"{mode} {path}: __wrapped__")
            if not isinstance(shown.return_annotation, str):
                problems.append(f"{mode} {path}: no return annotation")
                continue
            payload = _unwrap_return(mode, descriptor, shown.return_annotation)
            payloads.setdefault(path, {})[mode] = payload
            if payload.startswith(("Call[", "Plan[", "Batch[")):
                problems.append(f"{mode} {path}: returns the description {payload}")
    assert not problems, "\n".join(problems)
    # The four modes name the same result; with_raw_response has exactly the client's methods.
    assert all(len(set(by_mode.values())) == 1 and len(by_mode) == 4 for by_mode in payloads.values()), payloads
    assert {
        "client.polls.get",
        "client.polls.list",
        "client.users.me",
        "client.teams.members.list",
        "client.sequences.sequence('id-0').add_recipients",
        "client.sequences.sequence('id-0').recipients.list",
        "client.sequences.sequence('id-0').recipients.cancel",
    } <= walked
    assert len(walked) > 100


@pytest.mark.parametrize(
    ("method", "returns"),
    [
        (
            lambda c: c.polls.get,
            [
                "Poll",
                "Coroutine[object, None, Poll]",
                "RawResponse[Poll]",
                "Coroutine[object, None, RawResponse[Poll]]",
            ],
        ),
        (
            lambda c: c.polls.list,
            [
                "SyncPager[Poll]",
                "AsyncPager[Poll]",
                "RawResponse[Page[Poll]]",
                "Coroutine[object, None, RawResponse[Page[Poll]]]",
            ],
        ),
        (
            lambda c: c.sequences.sequence("s1").add_recipients,
            [
                "AddRecipientsResult",
                "Coroutine[object, None, AddRecipientsResult]",
                "RawResponse[AddRecipientsResult]",
                "Coroutine[object, None, RawResponse[AddRecipientsResult]]",
            ],
        ),
    ],
    ids=["endpoint", "paginated", "batched"],
)
def test_the_return_annotation_is_what_the_caller_gets_in_each_mode(
    clients: dict[str, Any], method: Any, returns: list[str]
) -> None:
    assert [inspect.signature(method(clients[mode])).return_annotation for mode in MODES] == returns


def test_the_signature_of_polls_get_reads_as_declared(clients: dict[str, Any]) -> None:
    parameters = "(poll_id: 'str', *, expand: 'str | Iterable[str] | None' = None, **options: 'Unpack[RequestOptions]')"
    assert str(inspect.signature(clients["sync"].polls.get)) == f"{parameters} -> 'Poll'"
    assert str(inspect.signature(clients["async raw"].polls.get)) == (
        f"{parameters} -> 'Coroutine[object, None, RawResponse[Poll]]'"
    )


@pytest.mark.parametrize("mode", MODES)
def test_help_shows_the_parameters_and_the_docstring(clients: dict[str, Any], mode: str) -> None:
    text = pydoc.render_doc(clients[mode].polls.get, renderer=pydoc.plaintext)
    assert "get(poll_id: 'str', *, expand: 'str | Iterable[str] | None' = None" in text
    assert "One poll with its options and respondents." in text
    assert "*args" not in text


def test_the_signature_is_computed_once_per_descriptor_and_mode(clients: dict[str, Any]) -> None:
    client, raw = clients["sync"], clients["raw"]
    first = client.polls.get
    again = type(client.polls)(client._runner).get  # a new group instance binds anew
    assert again is not first
    assert again.__signature__ is first.__signature__
    assert client.sequences.sequence("a").pause.__signature__ is client.sequences.sequence("b").pause.__signature__
    assert raw.polls.get.__signature__ is not first.__signature__  # the raw view's return differs


# Written without postponed evaluation: the declared annotations are objects, not strings.
_PLAIN_MODULE = '''
from mixmax_sdk._call import Call
from mixmax_sdk._resource import Resource, endpoint

class Things(Resource):
    @endpoint
    def get(self, thing_id: str, *, deep: bool = False) -> Call[list[int]]:
        """One thing."""
        raise NotImplementedError
'''


def test_annotations_written_as_objects_are_shown_too() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(_PLAIN_MODULE, "plain_things", "exec", dont_inherit=True), namespace)
    with Mixmax(api_key="t0k3n-signature", rate_limit=None) as client:
        shown = inspect.signature(namespace["Things"](client._runner).get)
    assert list(shown.parameters) == ["thing_id", "deep"]
    assert shown.parameters["thing_id"].annotation is str
    assert shown.parameters["deep"].default is False
    assert shown.return_annotation == "list[int]"


def test_an_undeclared_return_leaves_the_annotation_empty() -> None:
    class Odd(Resource[Any]):
        @endpoint
        def get(self, x: int):  # type: ignore[no-untyped-def]
            return Call("GET", "/x", lambda response: None)

    async def check() -> None:
        async with AsyncMixmax(api_key="t0k3n-signature", rate_limit=None) as client:
            shown = inspect.signature(Odd(client._runner).get)
            assert str(shown) == "(x: 'int')"

    asyncio.run(check())
