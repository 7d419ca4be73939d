"""One worker process of the multi-process rate-limit test: CLIENTS clients in threads, each sending
REQUESTS requests with no retries (so a 429 is an error, not a wait).

python tests/redis_worker.py BASE_URL TOKEN (REDIS_URL|local) LIMIT WINDOW CLIENTS REQUESTS
Prints a JSON line {"ok": n, "errors": [...]}.
"""

from __future__ import annotations

import json
import sys
import threading

from mixmax_sdk import LocalRateLimit, Mixmax, MixmaxError, RedisRateLimit


def main(argv: list[str]) -> int:
    base_url, token, store, limit, window, clients, requests = argv
    spec = (
        LocalRateLimit(int(limit), float(window))
        if store == "local"
        else RedisRateLimit(store, limit=int(limit), window=float(window))
    )
    ok: list[int] = []
    errors: list[str] = []

    def work() -> None:
        with Mixmax(api_key=token, base_url=base_url, max_retries=0, rate_limit=spec) as client:
            for _ in range(int(requests)):
                try:
                    client.users.me()
                    ok.append(1)
                except MixmaxError as error:
                    errors.append(f"{type(error).__name__}: {error}")

    threads = [threading.Thread(target=work, daemon=True) for _ in range(int(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps({"ok": len(ok), "errors": errors}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
