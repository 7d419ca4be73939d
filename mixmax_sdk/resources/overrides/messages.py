"""Checks for `client.messages` (and `snippets.send`): recipients as strings or address dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Required, TypedDict

from ..._validate import address_entries
from ...errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.models import EmailAddress


class AddressDict(TypedDict, total=False):
    """A named address: `{"email": "grace@example.com", "name": "Grace Hopper"}`."""

    email: Required[str]
    name: str | None


Address = str | AddressDict


"""An email address, or a dict `{"email", "name"}` for a named one."""


_ADDRESS_KEYS = frozenset(AddressDict.__annotations__)


def email_addresses(values: Iterable[Address] | None, name: str) -> list[EmailAddress] | None:
    """`[{email, name}]` objects from addresses and address dicts, each one checked (None stays None)."""
    from mixmax_openapi.models import EmailAddress

    if values is None:
        return None
    addresses = []
    for where, email, item in address_entries(values, name, keys=_ADDRESS_KEYS):
        address = EmailAddress(email=email)
        if "name" in item:
            label = item["name"]
            if label is not None and not isinstance(label, str):
                raise MixmaxValidationError(f"{where}.name must be a string, not {type(label).__name__}")
            address.name = label
        addresses.append(address)
    return addresses
