"""PLACEHOLDER: being written."""

from __future__ import annotations

from .._resource import M, Resource


class ContactGroups(Resource[M]):
    """PLACEHOLDER."""
