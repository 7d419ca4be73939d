"""Checks for `client.snippets.send`: recipients as for messages, and template variables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._validate import check_variables
from .messages import Address, email_addresses

if TYPE_CHECKING:
    from mixmax_openapi.models import CustomVariables

__all__ = ["Address", "check_snippet_variables", "email_addresses"]


def check_snippet_variables(value: object, name: str) -> CustomVariables:
    """Template variables by name, each a string."""
    from mixmax_openapi.models import CustomVariables

    return CustomVariables.from_dict(check_variables(value, name))
