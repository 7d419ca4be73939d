"""A built-in fake of the Mixmax API, for tests and demos: no account, no network, no real emails.

    from mixmax_sdk.testing import FakeMixmax

    fake = FakeMixmax()
    with fake.client() as client:                       # in-process
        client.sequences.sequence(seq_id).add_recipients(["a@example.com"])
    with fake.serve() as server:                        # real HTTP on 127.0.0.1
        Mixmax(api_key=fake.demo_token, base_url=server.base_url)

In pytest, the `mixmax_fake` fixture (registered automatically) gives a fresh `FakeMixmax`.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._clock import FakeClock, FastForwardClock, RealClock
    from ._fake import DEMO_TOKEN, FakeMixmax, Served
    from ._faults import Fault, FaultPlan
    from ._server import FakeServer
    from ._transport import FakeTransport
    from ._webhooks import Delivery

# Loaded on first use: this package is imported in every pytest run of every project that installs
# the SDK (the `mixmax_fake` plugin lives in it), which must not load the fake, the SDK or httpx.
_LAZY = {
    "FakeClock": "._clock",
    "FastForwardClock": "._clock",
    "RealClock": "._clock",
    "DEMO_TOKEN": "._fake",
    "FakeMixmax": "._fake",
    "Served": "._fake",
    "Fault": "._faults",
    "FaultPlan": "._faults",
    "FakeServer": "._server",
    "FakeTransport": "._transport",
    "Delivery": "._webhooks",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "DEMO_TOKEN",
    "Delivery",
    "FakeClock",
    "FakeMixmax",
    "FakeServer",
    "FakeTransport",
    "FastForwardClock",
    "Fault",
    "FaultPlan",
    "RealClock",
    "Served",
]
