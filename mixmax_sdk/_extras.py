"""How to install an optional extra, for the messages that name a missing one. mixmax-sdk is not on a
package index yet, so the commands are those that work today: from a checkout, or from the wheel that
`pip wheel --no-deps -w dist .` builds there (README, "Installation")."""

from __future__ import annotations

from ._version import __version__


def install_hint(extra: str) -> str:
    """`pip install` commands that add `extra` (e.g. "cli") to mixmax-sdk."""
    return (
        f"pip install '.[{extra}]' in a checkout, "
        f"or pip install 'dist/mixmax_sdk-{__version__}-py3-none-any.whl[{extra}]' for a built wheel"
    )
