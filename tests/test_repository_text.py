"""The repository's text stays true to it: every test file and test it names exists (the guarantees in
docs/errors.md, and the other guides in docs/, name the test that proves each line, so moving or
renaming a test must update them), and no text points at an issue by number, which a reader of the
repository cannot look up."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import ROOT

# `tests/test_x.py`, `test_x.py` or either with `::test_name`; not a path into another folder.
TEST_REFERENCE = re.compile(r"(?<![\w/])(?:tests/)?(test_\w+\.py)(?:::(\w+))?")
# The word (or its plural), then a number, with a space, '#' or '-' between them.
ISSUE_NUMBER = re.compile(r"\bissues?[\s#-]*\d", re.IGNORECASE)


def tracked_text_files() -> dict[str, str]:
    """Every text file git tracks, by path, except generated/ (which only `make sdk` writes)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    texts = {}
    for name in listed.decode().split("\0"):
        path = ROOT / name
        if not name or name.startswith("generated/") or not path.is_file():
            continue
        try:
            texts[name] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary
    return texts


def references(texts: dict[str, str]) -> list[tuple[str, int, str, str | None]]:
    """(where, line, test file, test name or None) for every test the texts name."""
    found = []
    for where, text in texts.items():
        if where == "tests/test_repository_text.py":
            continue  # its examples of references
        for number, line in enumerate(text.splitlines(), 1):
            found += [(where, number, m[1], m[2]) for m in TEST_REFERENCE.finditer(line)]
    return found


def collected(files: set[str]) -> set[str]:
    """The test functions pytest collects from `files` (in tests/), as `file::name` without parameters."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
        + [f"tests/{name}" for name in sorted(files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return {line.split("[")[0].removeprefix("tests/") for line in done.stdout.splitlines() if "::" in line}


def test_every_test_the_repository_names_exists() -> None:
    found = references(tracked_text_files())
    guarantees = [ref for ref in found if ref[0] == "docs/errors.md" and ref[3] is not None]
    assert len(guarantees) >= 20, "the guarantees (docs/errors.md) name their tests"
    assert {"docs/workers.md", "docs/proxies.md"} <= {ref[0] for ref in found}, "the guides are scanned too"
    missing_files = [ref for ref in found if not (ROOT / "tests" / ref[2]).is_file()]
    assert missing_files == [], "names a test file that does not exist"
    named = {ref for ref in found if ref[3] is not None}
    tests = collected({file for _, _, file, _ in named})
    dangling = [ref for ref in sorted(named) if f"{ref[2]}::{ref[3]}" not in tests]
    assert dangling == [], "names a test that pytest does not collect there"


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # Spelled in two pieces, so that this file does not mention one itself.
        ("see issue " + "12", True),
        ("(I" + "ssue #" + "5)", True),
        ("issues " + "3 and 4", True),
        ("sequence.item.nulls.issue-" + "8.json", True),
        ("a real-data issue (templates)", False),
        ("tissue 5", False),
        ("ISSUE_NUMBER", False),
    ],
)
def test_the_issue_number_pattern(text: str, mentions: bool) -> None:
    assert bool(ISSUE_NUMBER.search(text)) is mentions


def test_no_tracked_file_mentions_an_issue_number() -> None:
    texts = tracked_text_files()
    assert "README.md" in texts and "Makefile" in texts and "tests/conftest.py" in texts
    mentions = [
        f"{where}:{number}: {line.strip()}"
        for where, text in texts.items()
        for number, line in enumerate(text.splitlines(), 1)
        if ISSUE_NUMBER.search(line)
    ]
    assert mentions == [], "say what the code or test is about instead"


def test_the_pattern_finds_references_as_the_readme_writes_them() -> None:
    text = "(`test_retries.py::test_a`, `tests/test_b.py`, tests/typing/test_c.py, `test_d.py::test_e[sync]`)"
    assert references({"x": text}) == [
        ("x", 1, "test_retries.py", "test_a"),
        ("x", 1, "test_b.py", None),
        ("x", 1, "test_d.py", "test_e"),
    ]
