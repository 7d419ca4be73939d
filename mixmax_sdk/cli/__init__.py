"""The `mixmax` command line. Needs typer and rich (the `cli` extra); `import mixmax_sdk` never loads it."""

from __future__ import annotations


def main() -> None:
    """Entry point of the `mixmax` console script."""
    from .app import main as run

    run()
