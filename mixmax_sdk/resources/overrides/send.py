"""Checks for `client.send.email`: addresses travel comma-separated, as in the vendor's example."""

from __future__ import annotations

from collections.abc import Iterable

from ..._validate import check_emails
from ...errors import MixmaxValidationError


def joined_addresses(values: Iterable[str] | None, name: str) -> str | None:
    """Checked addresses as "a@x.com,b@y.com"; None for none (an empty list sends nothing)."""
    addresses = check_emails(values, name) or []
    for i, address in enumerate(addresses):
        if "," in address:
            raise MixmaxValidationError(f"{name}[{i}] contains a comma, which separates addresses: {address!r}")
    return ",".join(addresses) or None
