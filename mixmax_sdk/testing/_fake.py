"""`FakeMixmax`: a stateful, in-memory Mixmax API for tests and demos."""

from __future__ import annotations

import base64
import math
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._clock import FakeClock, RealClock
from ._faults import Fault, FaultPlan
from ._spec import Route, body_schema, problems, query_problems, routes
from ._store import Store
from ._webhooks import LOOPBACK_HOSTS, Delivery, camel, fire, tracking_payload
from ._wire import NOT_FOUND, FakeRequest, FakeResponse, HTTPError, iso_from_ms

if TYPE_CHECKING:
    from .._client import AsyncMixmax, Mixmax
    from ._server import FakeServer
    from ._transport import FakeTransport

MISSING_TOKEN = (
    "No API token provided; please visit https://app.mixmax.com/dashboard/settings/personal/integrations to create one"
)
UNKNOWN_TOKEN = "Invalid API token; please visit https://app.mixmax.com/dashboard/settings/personal/integrations"
RATE_LIMITED = "Rate limit exceeded: 120 requests per minute. Please respect the Retry-After header."

DEMO_TOKEN = "demo-token-not-secret"


@dataclass(frozen=True)
class Served:
    """One request the fake saw, and what it answered (`status` None: dropped or refused)."""

    method: str
    path: str
    query: dict[str, list[str]]
    status: int | None
    user_id: str | None  # who sent it (None: no or unknown token); tokens themselves are never kept
    at: float
    fault: Fault | None = None


class FakeMixmax:
    """A stateful fake of the Mixmax REST API v1, covering every operation of `openapi/mixmax.yaml`.

    Ways in:
        `fake.client()` / `fake.async_client()`  an SDK client wired to the fake in-process;
        `fake.transport()`                       an httpx transport for your own clients;
        `fake.serve()`                           a real HTTP server on 127.0.0.1 (a context manager);
        `python -m mixmax_sdk.testing`           the same, from the command line.

    The clock is a `FakeClock` by default (rate-limit windows move only when the test says so); pass
    `clock=RealClock()` for wall time. `rate_limit=None` turns the 120/minute limit off.
    """

    def __init__(
        self,
        *,
        clock: FakeClock | RealClock | None = None,
        rate_limit: int | None = 120,
        rate_window: float = 60.0,
        rate_limit_headers: bool = False,
        seed: bool = True,
    ) -> None:
        self.clock: FakeClock | RealClock = clock if clock is not None else FakeClock()
        self.rate_limit: int | None = rate_limit
        self.rate_window: float = rate_window
        self.rate_limit_headers: bool = rate_limit_headers
        self.faults: FaultPlan = FaultPlan()
        self.store: Store = Store()
        self.tokens: dict[str, str] = {}
        self.features: set[str] = {"mixmaxApi"}
        self.served: list[Served] = []
        self._windows: dict[str, deque[float]] = {}
        self._lock = threading.RLock()
        # Webhook deliveries of rules (see _webhooks.py): loopback only, a few quick attempts each.
        self.webhook_hosts: set[str] = set(LOOPBACK_HOSTS)
        self.webhook_attempts: int = 3
        self.webhook_timeout: float = 2.0
        self.webhook_backoff: float = 0.05
        self.deliveries: list[Delivery] = []
        self.delivery_lock: threading.Lock = threading.Lock()
        if seed:
            from ._seed import seed_demo_data

            seed_demo_data(self)

    # ------------------------------------------------------------------ setup helpers
    def add_user(self, email: str, name: str, *, token: str | None = None) -> tuple[str, str]:
        """Create a user; returns `(user_id, token)`."""
        with self._lock:
            user = self.store.add("users", {"email": email, "name": name, "timezone": "UTC"})
            token = token or f"token-{user['_id']}"
            self.tokens[token] = user["_id"]
            return user["_id"], token

    @property
    def demo_token(self) -> str:
        return DEMO_TOKEN

    def now_ms(self) -> int:
        return self.clock.epoch_ms()

    def now_iso(self) -> str:
        return iso_from_ms(self.now_ms())

    # ------------------------------------------------------------------ ways in
    def transport(self) -> FakeTransport:
        from ._transport import FakeTransport

        return FakeTransport(self)

    def client(self, *, token: str | None = None, **kwargs: Any) -> Mixmax:
        """A `Mixmax` client talking to this fake in-process, waiting on the fake's clock (extra kwargs
        go to `Mixmax`)."""
        import httpx

        from .._client import Mixmax

        http = httpx.Client(transport=self.transport())
        kwargs.setdefault("clock", self.clock)
        return Mixmax(api_key=token or DEMO_TOKEN, base_url="https://api.mixmax.com/v1", http_client=http, **kwargs)

    def async_client(self, *, token: str | None = None, **kwargs: Any) -> AsyncMixmax:
        import httpx

        from .._client import AsyncMixmax

        http = httpx.AsyncClient(transport=self.transport())
        kwargs.setdefault("clock", self.clock)
        return AsyncMixmax(
            api_key=token or DEMO_TOKEN, base_url="https://api.mixmax.com/v1", http_client=http, **kwargs
        )

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
        """Serve over real HTTP in a background thread; use as a context manager (`.base_url`)."""
        from ._server import FakeServer

        return FakeServer(self, host, port)

    # ------------------------------------------------------------------ the request path
    def handle(self, request: FakeRequest) -> FakeResponse:
        with self._lock:
            fault = self.faults.take(request.method, request.path)
            if fault is not None and not (fault.after_processing or fault.kind in {"delay", "trickle"}):
                response = self._fault(fault, None)
            else:
                response = self._process(request)
                if fault is not None:
                    response = self._fault(fault, response)
            token = request.headers.get("x-api-token") or request.arg("apiToken")
            status = None if response.action else response.status
            self.served.append(
                Served(
                    request.method,
                    request.path,
                    request.query,
                    status,
                    self.tokens.get(token or ""),
                    self.clock.now(),
                    fault,
                )
            )
            return response

    def _process(self, request: FakeRequest) -> FakeResponse:
        try:
            token = request.headers.get("x-api-token") or request.arg("apiToken")
            if not token:
                raise HTTPError(401, MISSING_TOKEN)
            user_id = self.tokens.get(token)
            if user_id is None:
                raise HTTPError(401, UNKNOWN_TOKEN)
            limit_headers = self._admit(token)
            route, params = self._route(request)
            response = self._dispatch(route, params, request, user_id)
            response.headers.update(limit_headers)
            return response
        except HTTPError as error:
            return FakeResponse.of_json(error.status, {"message": error.message}, error.headers)

    def _admit(self, token: str) -> dict[str, str]:
        """Sliding 60-second window per token: at most `rate_limit` requests start in any window."""
        if self.rate_limit is None:
            return {}
        now = self.clock.now()
        window = self._windows.setdefault(token, deque())
        while window and window[0] <= now - self.rate_window:
            window.popleft()
        if len(window) >= self.rate_limit:
            wait = max(1, math.ceil(window[0] + self.rate_window - now))
            raise HTTPError(429, RATE_LIMITED, {"retry-after": str(wait), **self._limit_headers(window, now)})
        window.append(now)
        return self._limit_headers(window, now)

    def _limit_headers(self, window: deque[float], now: float) -> dict[str, str]:
        if not self.rate_limit_headers or self.rate_limit is None:
            return {}
        reset = (window[0] + self.rate_window) if window else now
        return {
            "x-ratelimit-limit": str(self.rate_limit),
            "x-ratelimit-remaining": str(max(self.rate_limit - len(window), 0)),
            "x-ratelimit-reset": str(math.ceil(reset)),
        }

    def _route(self, request: FakeRequest) -> tuple[Route, dict[str, str]]:
        allowed: list[str] = []
        template = None
        for route in routes():
            params = route.match(request.method, request.path)
            if params is not None:
                return route, params
            if route.regex.fullmatch(request.path) is not None and template in (None, route.template):
                template = route.template  # the most specific template that fits names the resource
                allowed.append(route.method)
        if allowed:
            raise HTTPError(405, "Method not allowed", {"allow": ", ".join(sorted(set(allowed)))})
        raise HTTPError(404, NOT_FOUND)

    def _dispatch(self, route: Route, params: dict[str, str], request: FakeRequest, user_id: str) -> FakeResponse:
        from ._handlers import Context, handler_for

        found = query_problems(route.template, route.operation, request.query)
        if found:
            raise HTTPError(400, found[0])
        body: Any = None
        schema = body_schema(route.operation)
        if schema is not None:
            body = request.json()
            required = route.operation["requestBody"].get("required", False)
            if body is None and required:
                raise HTTPError(400, "A JSON body is required")
            if body is not None:
                found = problems(schema, body)
                if found:
                    raise HTTPError(400, found[0])
        return handler_for(route)(Context(self, route, params, request, user_id, body))

    def _fault(self, fault: Fault, processed: FakeResponse | None) -> FakeResponse:
        if fault.kind == "refuse":
            return FakeResponse(0, action="refuse")
        if fault.kind == "drop":
            return FakeResponse(0, action="drop")
        if fault.kind == "delay":
            assert processed is not None
            processed.delay = fault.delay
            return processed
        if fault.kind == "trickle":
            assert processed is not None
            processed.trickle = fault.delay
            return processed
        if fault.kind == "truncated":
            whole = processed.body if processed is not None and processed.body else b'{"results": [], "hasNext": false}'
            return FakeResponse(200, whole[: max(1, len(whole) // 2)], {"content-type": "application/json"})
        if fault.kind == "html":
            status = fault.status if fault.status != 500 else 502
            page = f"<html><head><title>{status}</title></head><body><h1>{status} Bad Gateway</h1></body></html>"
            return FakeResponse(status, page.encode(), {"content-type": "text/html", **fault.headers})
        body = fault.body if fault.body is not None else {"message": f"Injected fault {fault.status}"}
        return FakeResponse.of_json(fault.status, body, {k.lower(): v for k, v in fault.headers.items()})

    # ------------------------------------------------------------------ webhook events
    def emit(self, event_name: str, *, user_id: str | None = None, **fields: Any) -> list[Delivery]:
        """Fire an event as Mixmax would (e.g. "opened", "clicked"): every rule of the user triggered by
        it and passing its filter POSTs it to its webhook URLs, in the background. Returns the deliveries.

        `fields` (snake_case or camelCase) are the payload's fields; `opened`, `clicked`, `downloaded`
        and `unopened` get the tracking envelope of the documented "Opened" example around them, filled
        from the fake's message when `message_id` names one. `user_id` defaults to the demo user.
        """
        payload = {camel(k): v for k, v in fields.items()}
        with self._lock:
            owner = user_id if user_id is not None else self.tokens[DEMO_TOKEN]
            if event_name in {"opened", "clicked", "downloaded", "unopened"}:
                payload = tracking_payload(self, event_name, owner, payload)
            else:
                payload = {"userId": owner, **payload, "eventName": event_name}
            return fire(self, owner, payload)

    def fire_event(self, user_id: str, payload: dict[str, Any]) -> list[Delivery]:
        """Deliver a ready-made event payload (it must carry `eventName`) to `user_id`'s rules."""
        with self._lock:
            return fire(self, user_id, payload)

    def wait_for_deliveries(self, timeout: float = 10.0) -> list[Delivery]:
        """Wait until every delivery started so far has finished its attempts; returns them all."""
        deadline = time.monotonic() + timeout
        with self.delivery_lock:
            pending = list(self.deliveries)
        for delivery in pending:
            if not delivery.done.wait(max(0.0, deadline - time.monotonic())):
                raise TimeoutError(
                    f"webhook delivery of {delivery.event_name!r} for rule {delivery.rule_id} "
                    f"(action {delivery.action_id}) still running after {timeout}s"
                )
        with self.delivery_lock:
            return list(self.deliveries)

    # ------------------------------------------------------------------ cursors
    @staticmethod
    def encode_cursor(doc_id: str) -> str:
        # Standard base64 on purpose: real cursors may hold '/', '+' and '=', which clients must encode.
        return base64.b64encode(f'{{"_id":"{doc_id}"}}'.encode()).decode()

    @staticmethod
    def decode_cursor(cursor: str) -> str:
        try:
            raw = base64.b64decode(cursor.encode(), validate=True).decode()
        except ValueError:
            raise HTTPError(400, "Invalid cursor") from None
        if not raw.startswith('{"_id":"') or not raw.endswith('"}'):
            raise HTTPError(400, "Invalid cursor")
        return raw[8:-2]

    # ------------------------------------------------------------------ inspection for tests
    def requests_to(self, method: str, path_glob: str) -> list[Served]:
        import fnmatch

        return [s for s in self.served if s.method == method and fnmatch.fnmatchcase(s.path, path_glob)]

    def sequence_recipients(self, sequence_id: str, *, state: str | None = None) -> list[dict[str, Any]]:
        """The recipients of a sequence (oldest first), optionally only those in `state`."""
        docs = list(reversed(self.store.newest_first(f"sequences/{sequence_id}/recipients")))
        return [d for d in docs if state is None or d["state"] == state]
