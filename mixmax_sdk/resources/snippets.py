"""PLACEHOLDER: being written."""

from __future__ import annotations

from .._resource import M, Resource


class Snippets(Resource[M]):
    """PLACEHOLDER."""
