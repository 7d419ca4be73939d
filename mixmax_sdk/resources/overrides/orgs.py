"""Checks for `client.orgs.custom_domains`: the domain type and a bare DNS name."""

from __future__ import annotations

from typing import Literal

from ...errors import MixmaxValidationError

CustomDomainType = Literal["calendar", "tracking"]


"""Which custom domain: "calendar" (meeting pages) or "tracking" (link and open tracking)."""


def check_dns_name(value: object, name: str) -> str:
    """`domain` as a bare DNS name like "links.example.com" (no scheme, no path)."""
    if not isinstance(value, str):
        raise MixmaxValidationError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise MixmaxValidationError(f"{name} must not be empty")
    if any(c.isspace() for c in value) or "/" in value:
        raise MixmaxValidationError(f"{name} must be a bare DNS name like 'links.example.com', not {value!r}")
    return value
