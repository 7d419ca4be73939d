"""scripts/ensure_redis_server.sh (`make redis-server`, before `make test`): redis-server found on PATH,
else installed with the platform's package manager (sudo only when not root and sudo exists), else one
line saying what to install and exit 1, never a shell error. Each case runs the script with a PATH that
holds only the tools it needs (`id`, `env`) and fakes that record how they were called."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

SCRIPT = ROOT / "scripts" / "ensure_redis_server.sh"

NOT_FOUND = (
    "redis-server not found on PATH: install Redis so that it is (Debian/Ubuntu: apt-get install redis-server; "
    "Fedora: dnf install redis; macOS: brew install redis), then run make test again\n"
)


class Box:
    """A bin directory that is the whole PATH, and a log of the fakes' calls."""

    def __init__(self, tmp_path: Path, uid: int) -> None:
        self.bin = tmp_path / "bin"
        self.bin.mkdir()
        self.log = tmp_path / "calls.log"
        # a fake `id` (so that root and non-root are both tested whoever runs the tests); the real `env`
        self.fake("id", f'[ "$1" = -u ] && echo {uid}')
        os.symlink("/usr/bin/env", self.bin / "env")

    def fake(self, name: str, body: str = "") -> None:
        path = self.bin / name
        path.write_text(f'#!/bin/sh\necho "{name} $*" >> {self.log}\n{body}\n')
        path.chmod(0o755)

    def package_manager(self, name: str, installs: bool = True) -> None:
        """A package manager whose `install` puts a redis-server on PATH (or fails, exit 100)."""
        server = self.bin / "redis-server"
        effect = f"printf '#!/bin/sh\\n' > {server}; /bin/chmod +x {server}" if installs else "exit 100"
        self.fake(name, f'case " $* " in *" install "*) {effect};; esac')

    def run(self) -> tuple[int, str, str, list[str]]:
        done = subprocess.run(
            ["/bin/sh", str(SCRIPT)], env={"PATH": str(self.bin)}, capture_output=True, text=True, timeout=60
        )
        calls = self.log.read_text().splitlines() if self.log.exists() else []
        return done.returncode, done.stdout, done.stderr, [c for c in calls if not c.startswith("id ")]


def test_without_redis_server_or_a_package_manager_one_line_and_exit_1(tmp_path: Path) -> None:
    box = Box(tmp_path, uid=0)
    assert box.run() == (1, "", NOT_FOUND, [])


def test_redis_server_on_path_is_used_and_nothing_is_installed(tmp_path: Path) -> None:
    box = Box(tmp_path, uid=0)
    box.fake("redis-server")
    for manager in ("apt-get", "dnf", "brew", "sudo"):
        box.package_manager(manager)
    assert box.run() == (0, "", "", [])


@pytest.mark.parametrize(
    ("manager", "uid", "with_sudo", "calls", "said"),
    [
        (
            "apt-get",
            0,
            True,
            ["apt-get update -qq", "apt-get install -y -qq redis-server"],
            "installing the redis-server package with apt-get",
        ),
        (
            "apt-get",
            1000,
            True,
            [
                "sudo apt-get update -qq",
                "apt-get update -qq",
                "sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server",
                "apt-get install -y -qq redis-server",
            ],
            "installing the redis-server package with apt-get",
        ),
        ("dnf", 0, False, ["dnf install -y -q redis"], "installing the redis package with dnf"),
        (
            "dnf",
            1000,
            True,
            ["sudo dnf install -y -q redis", "dnf install -y -q redis"],
            "installing the redis package with dnf",
        ),
        # Homebrew refuses to run as root, so never through sudo
        ("brew", 1000, True, ["brew install --quiet redis"], "installing redis with brew"),
        ("brew", 1000, False, ["brew install --quiet redis"], "installing redis with brew"),
    ],
)
def test_the_platforms_package_manager_installs_it(
    tmp_path: Path, manager: str, uid: int, with_sudo: bool, calls: list[str], said: str
) -> None:
    box = Box(tmp_path, uid=uid)
    box.package_manager(manager)
    if with_sudo:
        box.fake("sudo", 'exec "$@"')
    assert box.run() == (0, "", f"redis-server not found: {said}\n", calls)


@pytest.mark.parametrize("manager", ["apt-get", "dnf"])
def test_a_system_package_manager_without_root_or_sudo_is_not_tried(tmp_path: Path, manager: str) -> None:
    box = Box(tmp_path, uid=1000)
    box.package_manager(manager)
    assert box.run() == (1, "", NOT_FOUND, [])


def test_a_failed_install_ends_with_the_same_line(tmp_path: Path) -> None:
    box = Box(tmp_path, uid=0)
    box.package_manager("apt-get", installs=False)
    code, out, err, calls = box.run()
    assert (code, out, calls) == (1, "", ["apt-get update -qq", "apt-get install -y -qq redis-server"])
    assert err == "redis-server not found: installing the redis-server package with apt-get\n" + NOT_FOUND
