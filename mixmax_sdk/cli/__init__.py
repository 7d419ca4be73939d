"""The `mixmax` command line. Needs typer and rich (the `cli` extra); `import mixmax_sdk` never loads it."""

from __future__ import annotations

import importlib
import sys

from .._extras import install_hint

USAGE = 2  # the exit code of a usage error (as in `app.py`), which a missing extra is

# The modules of the `cli` extra (pyproject.toml), checked before the command line is imported.
EXTRA_MODULES = ("typer", "rich")


def missing_extra() -> str | None:
    """The first module of the `cli` extra that cannot be imported, or None."""
    for name in EXTRA_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            return name
    return None


def main() -> None:
    """Entry point of the `mixmax` console script."""
    # Checked up front rather than by catching the ImportError of `.app`: an import that fails inside
    # the SDK itself must still show its traceback, not pass for a missing extra.
    missing = missing_extra()
    if missing is not None:
        sys.stderr.write(
            f"mixmax: the command line needs the 'cli' extra ({missing} cannot be imported): {install_hint('cli')}\n"
        )
        raise SystemExit(USAGE)
    from .app import main as run

    run()
