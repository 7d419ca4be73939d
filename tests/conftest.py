from __future__ import annotations

import asyncio
import functools
import inspect
import json
import os
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr
import yaml

from mixmax_sdk import AsyncMixmax, LocalRateLimit, Mixmax
from mixmax_sdk.testing import FakeMixmax, FakeServer, RealClock

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "mixmax.yaml"
CASSETTES = Path(__file__).resolve().parent / "cassettes"
PAYLOADS = Path(__file__).resolve().parent / "fixtures" / "payloads"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

# The token every offline test uses. tests/test_cassettes.py fails if it (or any token) reaches a cassette.
TEST_TOKEN = "test-token-5b2f9c1e7a"
RECORDING = os.environ.get("MIXMAX_RECORD") == "1"


@functools.cache
def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


def load_payload(name: str) -> dict[str, Any]:
    """A public example payload of the real API: tests/fixtures/payloads/<name> (its source, schema, note
    and payload)."""
    data: dict[str, Any] = json.loads((PAYLOADS / name).read_text())
    return data


class Recorder:
    """A deviation handler (`mixmax_openapi.types.set_deviation_handler`) that keeps every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str, str, Any]] = []

    def __call__(self, schema: str, field: str, expected: str, observed: str, value: Any) -> None:
        self.calls.append((schema, field, expected, observed, value))


# ---------------------------------------------------------------------------------------- the wire
@dataclass
class WireRequest:
    """A request as it left the client (before vcrpy or a fake answered it)."""

    method: str
    path: str
    query: dict[str, str | list[str]]
    headers: httpx.Headers
    json: Any

    @property
    def line(self) -> tuple[str, str, dict[str, str | list[str]]]:
        return self.method, self.path, self.query


@dataclass
class Wire:
    requests: list[WireRequest] = field(default_factory=list)

    def capture(self, request: httpx.Request) -> None:
        body = request.read()
        query: dict[str, str | list[str]] = {}
        for key, value in request.url.params.multi_items():
            if key in query:
                prev = query[key]
                query[key] = [*prev, value] if isinstance(prev, list) else [prev, value]
            else:
                query[key] = value
        self.requests.append(
            WireRequest(
                method=request.method,
                path=request.url.path.removeprefix("/v1"),
                query=query,
                headers=httpx.Headers(request.headers),  # a copy: errors redact the original
                json=json.loads(body) if body else None,
            )
        )

    async def acapture(self, request: httpx.Request) -> None:
        self.capture(request)

    @property
    def lines(self) -> list[tuple[str, str, dict[str, str | list[str]]]]:
        return [r.line for r in self.requests]

    @property
    def last(self) -> WireRequest:
        return self.requests[-1]


@pytest.fixture
def wire() -> Wire:
    return Wire()


# ---------------------------------------------------------------------------------------- clients
class Driver:
    """Runs the same test body against `Mixmax` and `AsyncMixmax`: `d(x)` awaits x if it is awaitable,
    `d.all(pager)` drains a sync or async pager, `d.first(pager)` fetches its first page."""

    def __init__(self, client: Mixmax | AsyncMixmax, loop: asyncio.Runner | None) -> None:
        self.client = client
        self.is_async = loop is not None
        self._loop = loop

    def __call__(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            assert self._loop is not None, "a sync client returned an awaitable"
            return self._loop.run(_await(value))
        assert not self.is_async, "the async client returned a plain value"
        return value

    def all(self, pager: Any) -> list[Any]:
        if self._loop is None:
            return list(pager)
        return self._loop.run(_drain(pager))

    def pages(self, pager: Any) -> list[Any]:
        if self._loop is None:
            return list(pager.iter_pages())
        return self._loop.run(_drain(pager.iter_pages()))

    def first(self, pager: Any) -> Any:
        return self(pager.first_page())


async def _await(value: Any) -> Any:
    return await value


async def _drain(aiterable: Any) -> list[Any]:
    return [item async for item in aiterable]


def make_client(kind: str, wire: Wire, **kwargs: Any) -> tuple[Mixmax | AsyncMixmax, asyncio.Runner | None]:
    token = os.environ["MIXMAX_API_KEY"] if RECORDING else TEST_TOKEN
    if kind == "sync":
        http = httpx.Client(event_hooks={"request": [wire.capture]})
        return Mixmax(api_key=token, http_client=http, **kwargs), None
    loop = asyncio.Runner()
    ahttp = httpx.AsyncClient(event_hooks={"request": [wire.acapture]})
    return AsyncMixmax(api_key=token, http_client=ahttp, **kwargs), loop


@pytest.fixture(params=["sync", "async"])
def d(request: pytest.FixtureRequest, wire: Wire) -> Iterator[Driver]:
    # A cassette holds one answer per request: retries are tested against the fake (tests/test_retries.py).
    # Every cassette test uses the same token; a limiter shared per key would pace the whole suite to
    # 120 replayed requests a minute, so each test's client gets a window of its own.
    client, loop = make_client(
        request.param,
        wire,
        base_url="https://api.mixmax.com/v1",
        max_retries=0,
        rate_limit=LocalRateLimit(120, shared=False),
    )
    driver = Driver(client, loop)
    yield driver
    if loop is not None:
        loop.run(client.aclose())  # type: ignore[union-attr]
        loop.close()
    else:
        client.close()  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------- the fake, two ways
# In-memory transports hide what only real sockets and a real event loop show; a test that takes
# `reach` runs once through the fake's transport and once through `fake.serve()` on 127.0.0.1.
Reach = Callable[[FakeMixmax], FakeServer | None]


@pytest.fixture(params=["memory", "loopback"])
def reach(request: pytest.FixtureRequest) -> Iterator[Reach]:
    """`server = reach(fake)`: None in memory; over loopback, `fake` served on 127.0.0.1 until the test
    ends. Hand it to `fake_client`."""
    servers: list[FakeServer] = []

    def serve(fake: FakeMixmax) -> FakeServer | None:
        if request.param == "memory":
            return None
        servers.append(fake.serve().start())
        return servers[-1]

    yield serve
    for server in servers:
        server.stop()


def fake_client(fake: FakeMixmax, mode: str, server: FakeServer | None = None, **kwargs: Any) -> Any:
    """A new `Mixmax` ("sync") or `AsyncMixmax` ("async") on `fake`, waiting on the fake's clock (so
    waits are exact and instant): in memory, or over loopback HTTP through `server`."""
    if server is None:
        return fake.client(**kwargs) if mode == "sync" else fake.async_client(**kwargs)
    kwargs.setdefault("clock", fake.clock)
    kind = Mixmax if mode == "sync" else AsyncMixmax
    return kind(api_key=fake.demo_token, base_url=server.base_url, **kwargs)


# ---------------------------------------------------------------------------------------- canned answers
# `mock(handler)`: a client of either kind answered in-process by `handler`; `served`: the fake over HTTP.
Handler = Callable[[httpx.Request], httpx.Response]
ME = {"_id": "u1", "email": "ada@example.com", "name": "Ada"}


def fast_clock() -> Any:
    from mixmax_sdk.testing import FakeClock

    return FakeClock()


@pytest.fixture(params=["sync", "async"])
def mock(request: pytest.FixtureRequest) -> Iterator[Callable[..., Driver]]:
    """`mock(handler, **client_kwargs)`: a Driver whose client answers through `handler`, in-process."""
    made: list[tuple[Any, asyncio.Runner | None]] = []

    def make(handler: Handler, **kwargs: Any) -> Driver:
        kwargs.setdefault("clock", fast_clock())
        kwargs.setdefault("base_url", "https://api.mixmax.com/v1")
        if request.param == "sync":
            client: Mixmax | AsyncMixmax = Mixmax(
                api_key=TEST_TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs
            )
            loop = None
        else:
            loop = asyncio.Runner()
            client = AsyncMixmax(
                api_key=TEST_TOKEN, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **kwargs
            )
        made.append((client, loop))
        return Driver(client, loop)

    yield make
    for _client, loop in made:
        if loop is not None:
            loop.close()


@pytest.fixture
def served() -> Iterator[FakeServer]:
    """The fake over HTTP on 127.0.0.1, on wall time (so a held answer is really late)."""
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    with fake.serve() as server:
        yield server


# ---------------------------------------------------------------------------------------- cassettes
def _json_body(r1: Any, r2: Any) -> None:
    """Bodies match as JSON (key order and whitespace do not matter), else byte for byte."""

    def decode(body: Any) -> Any:
        if not body:
            return None
        try:
            return json.loads(body)
        except ValueError:
            return body

    assert decode(r1.body) == decode(r2.body), f"body {r1.body!r} != {r2.body!r}"


def _drop_set_cookie(response: dict[str, Any]) -> dict[str, Any]:
    # filter_headers covers requests only: a session cookie the API sets would be recorded as is.
    response["headers"] = {k: v for k, v in response.get("headers", {}).items() if k.lower() != "set-cookie"}
    return response


def make_vcr() -> vcr.VCR:
    my_vcr = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode="all" if RECORDING else "none",
        match_on=["method", "scheme", "host", "port", "path", "query", "json_body"],
        filter_headers=[("X-API-Token", None), ("User-Agent", None), ("Cookie", None), ("Set-Cookie", None)],
        filter_query_parameters=["apiToken"],
        decode_compressed_response=True,
        before_record_response=_drop_set_cookie,
    )
    my_vcr.register_matcher("json_body", _json_body)
    return my_vcr


VCR = make_vcr()


@pytest.fixture
def cassette() -> Callable[[str], Any]:
    """`with cassette("sequences/list_three_pages"):` replays tests/cassettes/sequences/list_three_pages.yaml.

    Replay-only unless MIXMAX_RECORD=1 (`make record`). On exit, every interaction must have been played:
    a test that sends fewer requests than the cassette holds fails too."""

    @functools.wraps(VCR.use_cassette)
    def use(name: str) -> Any:
        if RECORDING and _writes(name):
            pytest.skip(f"{name}: not re-recorded, it would change data in a real Mixmax account")
        return _AllPlayed(VCR.use_cassette(f"{name}.yaml"))

    return use


def _writes(name: str) -> bool:
    """Whether a cassette holds anything but GETs (recording it would write to the real account)."""
    path = CASSETTES / f"{name}.yaml"
    if not path.exists():
        return False
    interactions = yaml.safe_load(path.read_text())["interactions"]
    return any(i["request"]["method"] != "GET" for i in interactions)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`-m cassette` selects the tests that replay cassettes (what `make record` re-records)."""
    for item in items:
        if "cassette" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.cassette)


class _AllPlayed:
    def __init__(self, context: Any) -> None:
        self._context = context

    def __enter__(self) -> Any:
        self.cassette = self._context.__enter__()
        return self.cassette

    def __exit__(self, *exc: Any) -> None:
        self._context.__exit__(*exc)
        if exc[0] is None and not RECORDING:
            assert self.cassette.all_played, f"{self.cassette._path}: not every interaction was played"


# ---------------------------------------------------------------------------------------- fault stats
FAULT_STATS = {"cases": 0, "faults": 0, "lost": 0, "duplicated": 0}


@dataclass
class HttpFaultStats:
    """What tests/test_fault_matrix_loopback.py ran over real sockets (the summary line is computed from it)."""

    kinds: set[str] = field(default_factory=set)
    requests: set[str] = field(default_factory=set)
    clients: set[str] = field(default_factory=set)
    faults: int = 0
    wire: int = 0
    lost: int = 0
    duplicated: int = 0
    foreign: int = 0

    def line(self) -> str:
        return (
            f"http-fault-injection: {len(self.kinds)} kinds x {len(self.requests)} requests x "
            f"{len(self.clients)} clients, {self.faults} faults injected, {self.wire} requests on the wire, "
            f"{self.lost} lost, {self.duplicated} duplicated, {self.foreign} foreign exceptions"
        )

    def to_dict(self) -> dict[str, Any]:
        return {name: sorted(value) if isinstance(value, set) else value for name, value in vars(self).items()}

    def add(self, other: dict[str, Any]) -> None:
        for name, value in other.items():
            if isinstance(value, list):
                getattr(self, name).update(value)
            else:
                setattr(self, name, getattr(self, name) + value)


HTTP_FAULT_STATS = HttpFaultStats()


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (`make test`): three workers for two cores. Nearly half of a worker's time goes to
    waiting on real timeouts and sockets (a Redis that never answers, trickled answers, rate-limit
    windows), during which the extra worker runs tests: 72 s instead of 87 s on two cores."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, cores * 3 // 2)


# Under pytest-xdist (`make test`) each worker counts its own cases: a worker hands its counts to the
# controller when it finishes, and the controller prints the sums.
def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["fault_stats"] = dict(FAULT_STATS)
        workeroutput["http_fault_stats"] = HTTP_FAULT_STATS.to_dict()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    output = getattr(node, "workeroutput", {})
    for name, value in output.get("fault_stats", {}).items():
        FAULT_STATS[name] += value
    HTTP_FAULT_STATS.add(output.get("http_fault_stats", {}))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FAULT_STATS["cases"]:
        terminalreporter.write_line(
            "fault-injection: {cases} cases run, {faults} faults injected, {lost} recipients lost, "
            "{duplicated} recipients duplicated".format(**FAULT_STATS)
        )
    if HTTP_FAULT_STATS.kinds:
        terminalreporter.write_line(HTTP_FAULT_STATS.line())


# ---------------------------------------------------------------------------------------- hermetic network
@pytest.fixture(autouse=True)
def _no_proxy_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK honours the environment's proxies: a machine's own must not route the loopback tests
    (tests/test_proxies.py sets its own). Recording goes to the real API: through the machine's proxy."""
    if RECORDING:
        return
    for scheme in ("http", "https", "all", "no"):
        monkeypatch.delenv(f"{scheme}_proxy", raising=False)
        monkeypatch.delenv(f"{scheme.upper()}_PROXY", raising=False)


@pytest.fixture(autouse=True, scope="session")
def _one_tls_context_per_trust_setting() -> Iterator[None]:
    """Every httpx client makes an SSLContext, and loading certifi's CAs into one costs ~18 ms of CPU:
    thousands of identical contexts were a third of the suite's time. Clients share one per trust
    setting instead (what httpx makes it from: trust_env, SSL_CERT_FILE, SSL_CERT_DIR); any other
    `verify`, or a `cert`, is made afresh as before. httpcore sets the same ALPN (http/1.1; nothing
    sends http2) on the context at each connection, so sharing it changes nothing a test sees."""
    from httpx._transports import default

    make = default.create_ssl_context
    made: dict[tuple[bool, str | None, str | None], ssl.SSLContext] = {}

    def shared(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
        if verify is not True or cert:
            return make(verify=verify, cert=cert, trust_env=trust_env)
        env = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")) if trust_env else (None, None)
        key = (trust_env, *env)
        if key not in made:
            made[key] = make(verify=verify, cert=cert, trust_env=trust_env)
        return made[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(default, "create_ssl_context", shared)
        yield


@pytest.fixture(scope="session")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The checkout `make sdk`'s steps regenerate from the spec plus a `widgets` resource, made once per
    run (tests/regenerated_checkout.py)."""
    from regenerated_checkout import shared_checkout

    return shared_checkout(tmp_path_factory)
