"""`make bench` must not rot: its smoke run (tiny sizes, no goal asserted, nothing written) runs every
row of the table, the server in its own process included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "bench.py"

ROWS = [
    "`import mixmax_sdk` vs `import httpx`",
    "`users.me()` over loopback HTTP",
    "`sequences.get(id)` over loopback HTTP",
    "`users.me()` in memory (pure CPU)",
    "`sequences.get(id)` in memory (pure CPU)",
    "`users.me()` in memory, `http_client=` passed in",
    "`sequences.get(id)` in memory, `http_client=` passed in",
    "`users.me()` in memory, vs the bare transport",
    "`sequences.get(id)` in memory, vs the bare transport",
    "300-item sequences page into models",
    "iterating 900 vs 300 items (tracemalloc peak)",
    "a 2 MiB answer, `client.request()` vs `response.json()`: peak RSS growth per MiB of body",
    "5 concurrent `await users.me()`, 50 ms latency, vs sequential",
    "5 concurrent `await users.me()`, 50 ms latency, vs raw `httpx.AsyncClient`",
    "bulk `add_recipients` (sync): 200 rows in chunks of 50",
    "bulk `add_recipients` (async): 200 rows in chunks of 50",
    "shared Redis limiter: SDK `users.me()` over loopback",
    "MCP tool call `users_me`",
    "`tools/list` over stdio: 124 tools",
]


@pytest.mark.slow
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
        # Every row has a ratio, but bulk enrolment of 200 rows: one window, which the limit never slows.
        assert ("**" in line) != row.startswith("bulk"), line
    assert not out.exists(), "a smoke run must not overwrite the results"


def test_the_readme_quotes_only_figures_make_bench_wrote() -> None:
    import re

    root = SCRIPT.parent.parent
    readme = (root / "README.md").read_text()
    block = readme.split("<!-- bench:start -->", 1)[1].split("<!-- bench:end -->", 1)[0]
    results = (root / "bench" / "RESULTS.md").read_text().split("## ", 2)[1]  # the latest run only
    figures = re.findall(r"\d+\.\d+x", block)
    assert len(figures) >= 10, block
    for figure in figures:
        assert f"**{figure}**" in results, f"{figure} is not in the latest run of bench/RESULTS.md"
