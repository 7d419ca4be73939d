"""What a user installs: the wheel and the sdist, built from this checkout as a release would be
(`python -m build --no-isolation`: offline, with the hatchling of the dev venv; the wheel is built from
the sdist). Both carry the MIT LICENSE; the metadata says MIT, the version of `_version.py`, and only the
user's extras; the wheel holds the two packages (`mixmax_sdk`, the generated `mixmax_openapi`) with their
`py.typed` and nothing else; the sdist holds the source, never caches, virtualenvs or build output."""

from __future__ import annotations

import email.parser
import email.policy
import subprocess
import sys
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

import pytest
from conftest import ROOT

from mixmax_sdk import __version__
from mixmax_sdk._extras import install_hint

DIST_INFO = f"mixmax_sdk-{__version__}.dist-info"
SDIST_ROOT = f"mixmax_sdk-{__version__}"
# Building both distributions and importing the wheel in a subprocess take a few seconds.
pytestmark = pytest.mark.slow

# Parts of a path that belong to a working tree, never to a distribution.
NEVER = {"__pycache__", ".venv", ".git", ".pytest_cache", ".mypy_cache", ".ruff_cache", "dist", "build", ".ci"}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> zipfile.ZipFile:
    (path,) = dist.glob("*.whl")
    assert path.name == f"mixmax_sdk-{__version__}-py3-none-any.whl"
    return zipfile.ZipFile(path)


def test_the_install_commands_name_the_wheel_that_is_built(dist: Path) -> None:
    (path,) = dist.glob("*.whl")
    # the missing-extra messages (the `mixmax` script, RedisRateLimit) and the README's Installation
    for extra in ("cli", "redis"):
        assert f"pip install 'dist/{path.name}[{extra}]' for a built wheel" in install_hint(extra)
    installation = (ROOT / "README.md").read_text().partition("## Installation")[2].partition("\n## ")[0]
    assert f"pip install 'dist/{path.name}[cli]'" in installation


@pytest.fixture(scope="module")
def sdist(dist: Path) -> tarfile.TarFile:
    (path,) = dist.glob("*.tar.gz")
    assert path.name == f"mixmax_sdk-{__version__}.tar.gz"
    return tarfile.open(path)


def is_test(name: str) -> bool:
    parts = name.split("/")
    return "tests" in parts or parts[-1] == "conftest.py" or parts[-1].startswith("test_")


def metadata(text: bytes) -> Message:
    return email.parser.BytesParser(policy=email.policy.compat32).parsebytes(text)


def check_metadata(meta: Message) -> None:
    assert meta["Name"] == "mixmax-sdk"
    assert meta["Version"] == __version__
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    # the user's extras only: the development tools are requirements-dev.txt, not an extra
    assert meta.get_all("Provides-Extra") == ["cli", "mcp", "redis"]
    assert sorted(meta.get_all("Requires-Dist") or []) == [
        "attrs>=22.2.0",
        "httpx<0.29.0,>=0.23.1",
        "jsonschema>=4.18; extra == 'mcp'",
        "mcp<3,>=2.3; extra == 'mcp'",
        "redis<9,>=5; extra == 'redis'",
        "rich>=13; extra == 'cli'",
        "rich>=13; extra == 'mcp'",
        "typer>=0.12; extra == 'cli'",
        "typer>=0.12; extra == 'mcp'",
    ]


def test_the_license_file_is_mit() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n\nCopyright (c) 2026 mixmax-sdk maintainers\n")
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text


def test_the_wheel_carries_the_license_and_its_metadata(wheel: zipfile.ZipFile) -> None:
    assert wheel.read(f"{DIST_INFO}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()
    check_metadata(metadata(wheel.read(f"{DIST_INFO}/METADATA")))
    entry_points = wheel.read(f"{DIST_INFO}/entry_points.txt").decode()
    assert "mixmax = mixmax_sdk.cli:main" in entry_points


def test_the_wheel_holds_both_packages_and_nothing_else(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    assert {name.split("/")[0] for name in names} == {"mixmax_sdk", "mixmax_openapi", DIST_INFO}
    assert {
        "mixmax_sdk/py.typed",
        "mixmax_openapi/py.typed",
        "mixmax_openapi/openapi.json",
        "mixmax_sdk/mcp/tools.json",
    } <= set(names)
    # every source file of both packages, as in the checkout (nothing missing, nothing extra)
    sources = {
        path.relative_to(base).as_posix()
        for base, package in ((ROOT, "mixmax_sdk"), (ROOT / "generated", "mixmax_openapi"))
        for path in (base / package).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    assert {name for name in names if not name.startswith(DIST_INFO)} == sources
    assert not [name for name in names if NEVER & set(name.split("/")) or is_test(name)]


def test_the_wheel_alone_is_importable(wheel: zipfile.ZipFile, tmp_path: Path) -> None:
    # Unpacked and first on sys.path, ahead of the editable checkout: the generated layer and its spec
    # resource come from the wheel.
    wheel.extractall(tmp_path)
    code = (
        "import mixmax_sdk, mixmax_openapi.models, mixmax_sdk.testing._spec as spec; "
        "print(mixmax_sdk.__file__, mixmax_openapi.__file__, mixmax_sdk.__version__, len(spec.load_spec()['paths']) > 50)"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r}); {code}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    sdk, generated, version, has_paths = done.stdout.split()
    assert Path(sdk).is_relative_to(tmp_path) and Path(generated).is_relative_to(tmp_path)
    assert (version, has_paths) == (__version__, "True")


def test_the_sdist_carries_the_license_and_the_source_only(sdist: tarfile.TarFile) -> None:
    license_file = sdist.extractfile(f"{SDIST_ROOT}/LICENSE")
    assert license_file is not None and license_file.read() == (ROOT / "LICENSE").read_bytes()
    pkg_info = sdist.extractfile(f"{SDIST_ROOT}/PKG-INFO")
    assert pkg_info is not None
    check_metadata(metadata(pkg_info.read()))
    names = [name.removeprefix(f"{SDIST_ROOT}/") for name in sdist.getnames()]
    assert {"pyproject.toml", "mixmax_sdk/__init__.py", "generated/mixmax_openapi/py.typed"} <= set(names)
    assert {name.split("/")[0] for name in names} == {
        *("LICENSE", "PKG-INFO", "pyproject.toml", "README.md", "CHANGELOG.md", "CONTRIBUTING.md", ".gitignore"),
        *("Makefile", "requirements-dev.txt", "generator-config.yaml"),
        *("mixmax_sdk", "generated", "openapi", "templates", "tests", "scripts", "examples", "bench"),
    }
    assert not [name for name in names if NEVER & set(name.split("/")) or name.endswith((".pyc", ".egg-info"))]
