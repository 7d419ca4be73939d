"""PLACEHOLDER: being written."""

from __future__ import annotations

from .._resource import M, Resource


class Unsubscribes(Resource[M]):
    """PLACEHOLDER."""
