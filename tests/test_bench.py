"""`make bench` must not rot: its smoke run (tiny sizes, no goal asserted, nothing written) runs every
row of the table, the server in its own process included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "bench.py"

ROWS = [
    "`import mixmax_sdk` vs `import httpx`",
    "`users.me()` over loopback HTTP",
    "`sequences.get(id)` over loopback HTTP",
    "`users.me()` in memory (pure CPU)",
    "`sequences.get(id)` in memory (pure CPU)",
    "`users.me()` in memory, `http_client=` passed in",
    "`sequences.get(id)` in memory, `http_client=` passed in",
    "300-item sequences page into models",
    "iterating 900 vs 300 items (tracemalloc peak)",
    "5 concurrent `await users.me()`, 50 ms latency, vs sequential",
    "5 concurrent `await users.me()`, 50 ms latency, vs raw `httpx.AsyncClient`",
    "bulk efficiency (not measured yet (issue 12))",
]


def test_bench_smoke_run_prints_every_row_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--smoke", "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    table = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    assert len(table) == 1 + len(ROWS), done.stdout  # the header, then one line a row
    for row, line in zip(ROWS, table[1:], strict=True):
        assert line.startswith(f"| {row}"), (row, line)
        # Every measured row has a ratio; only the placeholder has none.
        assert ("**" in line) != row.startswith("bulk efficiency"), line
    assert not out.exists(), "a smoke run must not overwrite the results"
