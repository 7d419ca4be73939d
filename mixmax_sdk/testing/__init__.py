"""A built-in fake of the Mixmax API, for tests and demos: no account, no network, no real emails.

    from mixmax_sdk.testing import FakeMixmax

    fake = FakeMixmax()
    with fake.client() as client:                       # in-process
        client.sequences.sequence(seq_id).add_recipients(["a@example.com"])
    with fake.serve() as server:                        # real HTTP on 127.0.0.1
        Mixmax(api_key=fake.demo_token, base_url=server.base_url)

In pytest, the `mixmax_fake` fixture (registered automatically) gives a fresh `FakeMixmax`.
"""

from ._clock import FakeClock, FastForwardClock, RealClock
from ._fake import DEMO_TOKEN, FakeMixmax, Served
from ._faults import Fault, FaultPlan
from ._server import FakeServer
from ._transport import FakeTransport
from ._webhooks import Delivery

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
