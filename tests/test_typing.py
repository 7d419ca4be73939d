"""What an IDE user sees: a user's script type-checks under mypy --strict and pyright, and pyright's
`--verifytypes` finds every public symbol of mixmax_sdk fully typed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow  # each runs a type checker in a subprocess

BIN = Path(sys.executable).parent
USER_SCRIPT = ROOT / "tests" / "typing" / "user_script.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_user_script_passes_mypy_strict() -> None:
    result = _run(str(BIN / "mypy"), "--strict", "--no-incremental", str(USER_SCRIPT))
    assert result.returncode == 0, result.stdout + result.stderr


def test_user_script_passes_pyright() -> None:
    result = _run(str(BIN / "pyright"), "--pythonpath", sys.executable, str(USER_SCRIPT))
    assert result.returncode == 0, result.stdout + result.stderr


def test_verifytypes_scores_100_percent() -> None:
    result = _run(
        str(BIN / "pyright"),
        "--pythonpath",
        sys.executable,
        "--verifytypes",
        "mixmax_sdk",
        "--ignoreexternal",
        "--outputjson",
    )
    report = json.loads(result.stdout)["typeCompleteness"]
    problems = [
        f"{symbol['name']}: {diagnostic['message']}"
        for symbol in report["symbols"]
        for diagnostic in symbol["diagnostics"]
        if diagnostic["severity"] == "error"
    ]
    assert report["completenessScore"] == 1.0, "\n".join(problems)
    assert report["exportedSymbolCounts"]["withUnknownType"] == 0
