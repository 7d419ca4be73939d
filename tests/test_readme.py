"""The code in the README and the guides (docs/*.md) runs and type-checks: the self-contained blocks run
verbatim against the fake Mixmax served over HTTP by `python -m mixmax_sdk.testing` (and print no field
as `UNSET`, also when the API leaves optional fields out), the per-group examples run against the fake
in-process, and every Python block passes `mypy --strict`."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

from mixmax_sdk.testing import FakeMixmax

# Names the per-group block uses without defining them (the README says what they stand for).
GROUP_PREAMBLE = """\
from datetime import datetime
from mixmax_sdk import Mixmax
client = Mixmax()
seq_id = contact_id = group_id = message_id = snippet_id = tag_id = poll_id = yes_no_id = ""
enhancement_id = meeting_type_id = summary_id = rule_id = team_id = member_id = ""
"""


# Every text whose Python blocks are checked here: the README and every page of the docs site.
DOC_FILES = ["README.md", *sorted(str(path.relative_to(ROOT)) for path in (ROOT / "docs").rglob("*.md"))]


def _blocks(where: str | None = None) -> list[str]:
    """The Python blocks of one text (README.md, docs/x.md), or of all of them."""
    texts = DOC_FILES if where is None else [where]
    return [block for name in texts for block in re.findall(r"```python\n(.*?)```", (ROOT / name).read_text(), re.S)]


def test_readme_starts_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text()
    first_block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make demo", "make test"]


def test_every_group_example_runs_against_the_fake() -> None:
    example = next(b for b in _blocks("docs/examples.md") if b.startswith("client.users.me()"))
    fake = FakeMixmax(rate_limit=None)
    first = {key: docs[-1]["_id"] for key in fake.store.collection_names() if (docs := fake.store.newest_first(key))}
    team_id = first["teams"]
    scope = {
        "client": fake.client(),
        "datetime": datetime.datetime,
        "seq_id": next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding"),
        "contact_id": first["contacts"],
        "group_id": first["contactgroups"],
        "message_id": first["messages"],
        "snippet_id": first["snippets"],
        "tag_id": first["snippettags"],
        "poll_id": first["polls"],
        "yes_no_id": first["yesno"],
        "enhancement_id": first["integrations/enhancements"],
        "meeting_type_id": first["meetingtypes"],
        "summary_id": first["meetings/summaries/search"],
        "rule_id": first["rules"],
        "team_id": team_id,
        "member_id": first[f"teams/{team_id}/members"],
    }
    exec(compile(example, "docs/examples.md", "exec"), scope)
    assert len(fake.served) >= 30  # list() calls that are not iterated send nothing (pagers are lazy)
    assert all(s.status is not None and s.status < 400 for s in fake.served), [
        (s.method, s.path, s.status) for s in fake.served if s.status is None or s.status >= 400
    ]


def _self_contained() -> list[str]:
    return [b for b in _blocks() if b.startswith(("from mixmax_sdk", "import asyncio"))]


@pytest.fixture(scope="module")
def fake_server() -> Iterator[dict[str, str]]:
    """`python -m mixmax_sdk.testing` in a subprocess, as the README tells a newcomer to start it."""
    server = subprocess.Popen(
        [sys.executable, "-m", "mixmax_sdk.testing", "--port", "0", "--no-rate-limit"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(3)]
        base_url = lines[0].rsplit(" ", 1)[-1].strip()
        token = lines[1].rsplit(" ", 1)[-1].strip()
        assert base_url.startswith("http://127.0.0.1:") and token, lines
        yield {**os.environ, "MIXMAX_BASE_URL": base_url, "MIXMAX_API_KEY": token}
    finally:
        server.terminate()
        server.wait(10)


def _run(source: str, env: dict[str, str]) -> list[str]:
    """The lines a block (or a script, as a path) prints; no field of a response prints as UNSET."""
    command = [sys.executable, source] if source.endswith(".py") else [sys.executable, "-c", source]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, f"{source}\n{result.stderr}"
    assert "UNSET" not in result.stdout, f"a field printed as UNSET:\n{source}\n{result.stdout}"
    return result.stdout.splitlines()


def test_the_quickstart_runs_verbatim_against_the_fake_server(fake_server: dict[str, str]) -> None:
    quickstart = next(b for b in _blocks("docs/quickstart.md") if "with Mixmax() as client:" in b)
    out = _run(quickstart, fake_server)
    assert out[0] == "ada@example.com"
    assert "ada@example.com success" in out, out  # a row without errors prints none (not UNSET)
    assert "grace@example.com duplicated" in out, out
    assert out[-1].startswith("404 GET /v1/sequences/no-such-sequence: ")


def test_the_readme_quickstart_runs_verbatim_against_the_fake_server(fake_server: dict[str, str]) -> None:
    (quickstart,) = _blocks("README.md")
    out = _run(quickstart, fake_server)
    assert out[0] == "ada@example.com"
    assert any(line.endswith(" Onboarding") for line in out[1:]), out


# Optional fields the examples print, taken out of the fake's seeded records: what a real account may
# send (User.email and Sequence.createdAt are optional in the spec, with evidence).
SPARSE_FIELDS = {"users": ("email", "name"), "sequences": ("createdAt", "updatedAt", "variables", "userId", "timezone")}


@pytest.fixture(scope="module")
def sparse_server() -> Iterator[dict[str, str]]:
    """A fake Mixmax over HTTP whose users and sequences lack every optional field the examples print."""
    fake = FakeMixmax(rate_limit=None)
    for collection, fields in SPARSE_FIELDS.items():
        for doc in fake.store.newest_first(collection):
            for field in fields:
                doc.pop(field, None)
    onboarding = next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")
    with fake.serve() as server:
        yield {
            **os.environ,
            "MIXMAX_BASE_URL": server.base_url,
            "MIXMAX_API_KEY": fake.demo_token,
            "MIXMAX_DEMO_SEQUENCE_ID": onboarding,
        }


def test_make_demo_prints_no_unset_when_the_api_leaves_optional_fields_out(sparse_server: dict[str, str]) -> None:
    out = _run("examples/quickstart.py", sparse_server)
    assert "(no name) <?>" in out[3], out
    assert "   'Onboarding'                 variables=[] created=-" in out, out
    assert out[-1] == "Done.", out


@pytest.mark.slow
def test_every_self_contained_block_prints_no_unset_when_the_api_leaves_optional_fields_out(
    sparse_server: dict[str, str],
) -> None:
    for block in _self_contained():
        _run(block, sparse_server)


@pytest.mark.slow
def test_every_self_contained_block_runs_against_the_fake_server(fake_server: dict[str, str]) -> None:
    blocks = _self_contained()
    assert len(blocks) >= 11
    for block in blocks:
        _run(block, fake_server)


@pytest.mark.slow
def test_every_python_block_passes_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, block in enumerate(_blocks()):
        source = block if block.startswith(("from ", "import ")) else GROUP_PREAMBLE + block
        path = tmp_path / f"docs_block_{number}.py"
        path.write_text(source)
        files.append(str(path))
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run(
        [str(mypy), "--strict", "--no-incremental", "--config-file", str(ROOT / "pyproject.toml"), *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_operation_count_in_the_readme_is_the_spec_s() -> None:
    from conftest import iter_operations, load_spec

    stated = re.search(r"\((\d+) operations", (ROOT / "README.md").read_text())
    assert stated is not None
    assert int(stated.group(1)) == len(iter_operations(load_spec()))
