"""`python -m mixmax_sdk.testing [--host 127.0.0.1] [--port 8080]`: serve the fake Mixmax over HTTP."""

from __future__ import annotations

import argparse
import contextlib
import sys

from ._clock import RealClock
from ._fake import FakeMixmax


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mixmax_sdk.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--no-rate-limit", action="store_true", help="turn the 120 requests/minute limit off")
    args = parser.parse_args(argv)
    fake = FakeMixmax(clock=RealClock(), rate_limit=None if args.no_rate_limit else 120)
    server = fake.serve(args.host, args.port)
    print(f"Fake Mixmax serving at {server.base_url}", flush=True)
    print(f"Demo token: {fake.demo_token}", flush=True)
    print(
        f"Try: MIXMAX_BASE_URL={server.base_url} MIXMAX_API_KEY={fake.demo_token} python examples/quickstart.py",
        flush=True,
    )
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
