"""`MIXMAX_LOG`, read at `import mixmax_sdk`: `debug`/`info` log the `mixmax_sdk` logger on stderr; any
other value is named in one warning line on stderr (not silently ignored). In a subprocess each, since
the variable is read once per process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# Imports the SDK, calls the setup a second time (it must not warn twice), then reports the logger.
CODE = """
import logging, mixmax_sdk
from mixmax_sdk._logs import setup_from_env
setup_from_env()
logger = logging.getLogger("mixmax_sdk")
print(len(logger.handlers), logging.getLevelName(logger.level))
"""


def run(value: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MIXMAX_LOG"}
    if value is not None:
        env["MIXMAX_LOG"] = value
    return subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("value", ["verbose", "warning", "1", " Trace "])
def test_an_unknown_value_is_named_once_on_stderr(value: str) -> None:
    done = run(value)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        f"mixmax_sdk: MIXMAX_LOG={value!r} is not a level the SDK knows (debug or info); logging stays off\n"
    )
    assert done.stdout == "0 NOTSET\n", "logging stays off"


@pytest.mark.parametrize(("value", "level"), [("debug", "DEBUG"), (" INFO ", "INFO"), ("Debug", "DEBUG")])
def test_a_known_value_sets_up_the_logger_without_a_warning(value: str, level: str) -> None:
    done = run(value)
    assert (done.returncode, done.stderr, done.stdout) == (0, "", f"1 {level}\n")


@pytest.mark.parametrize("value", [None, "", "  "])
def test_unset_or_empty_is_silent(value: str | None) -> None:
    done = run(value)
    assert (done.returncode, done.stderr, done.stdout) == (0, "", "0 NOTSET\n")
