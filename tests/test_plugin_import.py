"""The pytest plugin is cheap: pytest loads it (the `pytest11` entry point) in every run of every
project that installs the SDK, so importing it loads neither httpx nor the SDK nor the fake until a
test asks for the `mixmax_fake` fixture. Importing it imports the packages `mixmax_sdk` and
`mixmax_sdk.testing` first, which are lazy for that reason."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PLUGIN = "mixmax_sdk.testing.pytest_plugin"
HEAVY = ("httpx", "httpcore", "anyio", "attr", "mixmax_openapi", "yaml")


def loaded_after(code: str) -> list[str]:
    """The modules a fresh interpreter holds after running `code`."""
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    modules: list[str] = json.loads(done.stdout)
    return modules


def test_importing_the_plugin_loads_no_httpx_and_nothing_of_the_sdk_but_its_packages() -> None:
    loaded = loaded_after("import mixmax_sdk.testing.pytest_plugin")
    assert "mixmax_sdk.testing.pytest_plugin" in loaded
    assert [m for m in loaded if m.split(".")[0] in HEAVY] == []
    ours = [m for m in loaded if m.startswith("mixmax_sdk")]
    assert ours == [
        "mixmax_sdk",
        "mixmax_sdk._logs",  # MIXMAX_LOG is read at `import mixmax_sdk`
        "mixmax_sdk._version",
        "mixmax_sdk.testing",
        "mixmax_sdk.testing.pytest_plugin",
    ]


def test_the_lazy_packages_still_give_every_public_name() -> None:
    code = (
        "import mixmax_sdk, mixmax_sdk.testing\n"
        "names = [getattr(mixmax_sdk, n) for n in mixmax_sdk.__all__]\n"
        "names += [getattr(mixmax_sdk.testing, n) for n in mixmax_sdk.testing.__all__]\n"
        "assert mixmax_sdk.errors.MixmaxError is mixmax_sdk.MixmaxError\n"
        "assert set(mixmax_sdk.__all__) <= set(dir(mixmax_sdk))\n"
        "from mixmax_sdk import *\n"
        "from mixmax_sdk.testing import *\n"
    )
    assert "httpx" in loaded_after(code)


def test_a_pytest_run_that_does_not_ask_for_the_fake_never_loads_httpx(tmp_path: Path) -> None:
    (tmp_path / "uses_the_plugin.py").write_text(
        "import sys\n\n\n"
        "def test_plain():\n"
        "    assert 'httpx' not in sys.modules\n"
        "    assert 'mixmax_sdk.testing.pytest_plugin' in sys.modules\n\n\n"
        "def test_with_the_fake(mixmax_fake):\n"
        "    assert mixmax_fake.client().users.me().email == 'ada@example.com'\n"
        "    assert 'httpx' in sys.modules\n"
    )
    # Only this plugin (other installed plugins may load httpx themselves); the first test runs first.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", PLUGIN, "uses_the_plugin.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
