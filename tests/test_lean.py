"""What the performance work must keep true: a lean `import mixmax_sdk`, and a user's
`http_client` used through its own transport, mounts, hooks and auth, without a second client."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import httpx
import pytest

from mixmax_sdk import AsyncMixmax, Mixmax, RedirectError

TOKEN = "test-token-5b2f9c1e7a"
BASE = "https://api.mixmax.com/v1"


def test_import_loads_no_resource_module_no_asyncio_and_no_generated_layer() -> None:
    code = (
        # `import mixmax_sdk` alone loads no client (tests/test_plugin_import.py): what a user imports does.
        "import sys, json; from mixmax_sdk import Mixmax; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('mixmax', 'asyncio', 'attr', 'httpcore')))))"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    lazy = ("asyncio", "attr", "mixmax_openapi", "mixmax_sdk.resources", "httpcore")  # httpx loads httpcore lazily too
    assert not [m for m in loaded if m.startswith(lazy)]
    assert "mixmax_sdk._client" in loaded


def test_receiving_webhooks_loads_neither_the_command_line_nor_its_extra() -> None:
    code = (
        "import sys, json; import mixmax_sdk.webhooks; "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'typer' or m.startswith('mixmax_sdk.cli'))))"
    )
    # Not rich or click: `import httpx` itself loads them when they are installed (for its own `httpx` CLI).
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert loaded == []


def test_a_group_module_loads_on_first_use_and_the_generated_layer_reports_drift() -> None:
    code = (
        "import sys; from mixmax_sdk import Mixmax; c = Mixmax(api_key='t0k3n-abc'); "
        "assert 'mixmax_sdk.resources.users' not in sys.modules; c.users; "
        "assert 'mixmax_sdk.resources.users' in sys.modules; "
        "assert 'mixmax_sdk.resources.sequences' not in sys.modules; "
        "from mixmax_sdk._call import from_module; from mixmax_openapi.api.users import get_current_user; "
        "from mixmax_openapi import types; from mixmax_sdk import _drift; "
        "from_module(get_current_user, lambda r: r); assert types._handler is _drift._handle; print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr


def _user(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"_id": "u1", "email": "a@b.com"})


def test_a_mounted_transport_of_the_users_client_is_the_one_used() -> None:
    seen: list[str] = []

    def mounted(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["X-API-Token"])
        return _user(request)

    def default(request: httpx.Request) -> httpx.Response:
        raise AssertionError("the mount for api.mixmax.com must win")

    http = httpx.Client(
        transport=httpx.MockTransport(default), mounts={"https://api.mixmax.com": httpx.MockTransport(mounted)}
    )
    with Mixmax(api_key=TOKEN, base_url=BASE, http_client=http) as client:
        assert client.users.me().id == "u1"
    assert seen == [TOKEN]
    assert not http.is_closed, "the user's client stays theirs"


def test_the_users_auth_flow_and_hooks_apply_to_every_attempt() -> None:
    statuses = iter([503, 200])
    seen: list[tuple[str, str | None]] = []
    responses: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers["X-API-Token"], request.headers.get("authorization")))
        status = next(statuses)
        return _user(request) if status == 200 else httpx.Response(status)

    http = httpx.Client(
        transport=httpx.MockTransport(handler),
        auth=httpx.BasicAuth("proxy-user", "pw"),
        event_hooks={"response": [lambda r: responses.append(r.status_code)]},
    )
    with Mixmax(api_key=TOKEN, base_url=BASE, http_client=http, clock=_NoWait()) as client:
        assert client.users.me().id == "u1"
    basic = httpx.BasicAuth("proxy-user", "pw")._auth_header
    assert seen == [(TOKEN, basic), (TOKEN, basic)]
    assert responses == [503, 200]


@pytest.mark.parametrize("with_auth", [False, True])
def test_a_users_async_client_that_follows_redirects_still_never_follows_one(with_auth: bool) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(302, headers={"Location": "https://evil.example/steal"})

    async def main() -> None:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(handler),
            follow_redirects=True,
            auth=httpx.BasicAuth("u", "p") if with_auth else None,
        )
        async with AsyncMixmax(api_key=TOKEN, base_url=BASE, http_client=http) as client:
            with pytest.raises(RedirectError):
                await client.users.me()
        await http.aclose()

    asyncio.run(main())
    assert calls == [f"{BASE}/users/me"]


def test_a_closed_users_client_refuses_as_httpx_does() -> None:
    http = httpx.Client(transport=httpx.MockTransport(_user))
    client = Mixmax(api_key=TOKEN, base_url=BASE, http_client=http)
    http.close()
    with pytest.raises(RuntimeError, match="client has been closed"):
        client.users.me()


class _NoWait:
    def now(self) -> float:
        return 0.0

    def time(self) -> float:
        return 0.0

    def sleep(self, seconds: float) -> None:
        pass

    async def asleep(self, seconds: float) -> None:
        pass


def test_neither_the_sdk_nor_the_command_line_loads_the_mcp_extra_until_a_server_starts() -> None:
    code = (
        "import sys, json; import mixmax_sdk; from mixmax_sdk import AsyncMixmax, Mixmax; a = set(sys.modules); "
        "import mixmax_sdk.cli.app; b = set(sys.modules); "
        "extra = lambda names: sorted(m for m in names if m.split('.')[0] in ('mcp', 'mcp_types', 'jsonschema', 'uvicorn', 'starlette') "
        "or m.startswith('mixmax_sdk.mcp')); "
        "print(json.dumps([extra(a), extra(b)]))"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert loaded[0] == []  # the SDK: nothing of the server
    assert loaded[1] == ["mixmax_sdk.mcp", "mixmax_sdk.mcp._table"]  # the CLI: the table for --list, not the extra
