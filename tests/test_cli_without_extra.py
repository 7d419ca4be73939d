"""The `mixmax` console script without the `cli` extra: one line saying what to install, exit 2, no
traceback. Each case runs in a subprocess in which the extra's modules cannot be imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mixmax_sdk import __version__

SCRIPT = Path(sys.executable).parent / "mixmax"


def expected(module: str) -> str:
    return (
        f"mixmax: the command line needs the 'cli' extra ({module} cannot be imported): "
        f"pip install '.[cli]' in a checkout, or pip install 'dist/mixmax_sdk-{__version__}-py3-none-any.whl[cli]' "
        "for a built wheel\n"
    )


def shadowing(tmp_path: Path, module: str) -> dict[str, str]:
    """An environment whose `module` raises ImportError on import, as an uninstalled one would."""
    package = tmp_path / module
    package.mkdir()
    (package / "__init__.py").write_text(f"raise ImportError(\"No module named '{module}'\")\n")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}


@pytest.mark.parametrize("module", ["typer", "rich"])
def test_the_console_script_names_the_extra_to_install(tmp_path: Path, module: str) -> None:
    done = subprocess.run(
        [str(SCRIPT), "whoami"], env=shadowing(tmp_path, module), capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", expected(module))


def test_python_m_without_typer_in_sys_modules() -> None:
    code = (
        "import sys; sys.modules['typer'] = None; import runpy; runpy.run_module('mixmax_sdk.cli', run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", code, "--help"], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", expected("typer"))


def test_an_import_error_inside_the_sdk_still_shows_its_traceback(tmp_path: Path) -> None:
    # With the extra installed, a broken import of the command line itself is a bug, not a missing extra.
    code = "import sys; import mixmax_sdk.cli as cli; sys.modules['mixmax_sdk.cli.app'] = None; cli.main()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" in done.stderr and "mixmax_sdk.cli.app" in done.stderr
    assert "cli' extra" not in done.stderr
