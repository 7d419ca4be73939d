"""The fake as an httpx transport (sync and async), for in-process use."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from ._fake import FakeMixmax
from ._wire import FakeRequest, FakeResponse, trickled

BASE_PATH = "/v1"


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers httpx requests from a `FakeMixmax`, in-process. Works for `Client` and `AsyncClient`.

    Transport-level faults become the httpx errors a real network gives: "refuse" a `ConnectError`
    (the request never left), "drop" a `RemoteProtocolError` (sent, no answer), and a "delay" longer
    than the request's read timeout a `ReadTimeout` (the fake's clock moves by the timeout).
    """

    def __init__(self, fake: FakeMixmax) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._respond(request, self.fake.handle(self._convert(request)))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)

    @staticmethod
    def _convert(request: httpx.Request) -> FakeRequest:
        path = request.url.path
        query: dict[str, list[str]] = {}
        for key, value in request.url.params.multi_items():
            query.setdefault(key, []).append(value)
        return FakeRequest(
            method=request.method,
            path=path[len(BASE_PATH) :] if path.startswith(BASE_PATH + "/") else "/__outside_base_path__" + path,
            query=query,
            headers={k.lower(): v for k, v in request.headers.items()},
            body=request.read(),
        )

    def _respond(self, request: httpx.Request, response: FakeResponse) -> httpx.Response:
        if response.action == "refuse":
            raise httpx.ConnectError("Connection refused (injected)", request=request)
        if response.action == "drop":
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response (injected)", request=request
            )
        if response.delay:
            timeout = request.extensions.get("timeout", {}).get("read")
            if timeout is not None and response.delay >= timeout:
                self.fake.clock.pass_time(timeout)
                raise httpx.ReadTimeout("Read timed out (injected delay)", request=request)
            self.fake.clock.pass_time(response.delay)
        if response.trickle:
            stream = _Trickle(response.body, response.trickle, self.fake)
            return httpx.Response(response.status, headers=response.headers, stream=stream, request=request)
        return httpx.Response(response.status, headers=response.headers, content=response.body, request=request)


class _Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives one byte at a time, the fake's clock moving between bytes."""

    def __init__(self, body: bytes, pause: float, fake: FakeMixmax) -> None:
        self.body, self.pause, self.fake = body, pause, fake

    def __iter__(self) -> Iterator[bytes]:
        return trickled(self.body, self.pause, self.fake.clock)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk
