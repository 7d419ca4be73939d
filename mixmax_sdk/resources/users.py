"""Users: the authenticated user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._call import Call, from_module, model
from .._resource import M, Resource, endpoint

if TYPE_CHECKING:
    from mixmax_openapi.models import User


class Users(Resource[M]):
    """`client.users`."""

    @endpoint
    def me(self) -> Call[User]:
        """The user the API token belongs to (a cheap way to check a token)."""
        from mixmax_openapi.api.users import get_current_user
        from mixmax_openapi.models import User

        return from_module(get_current_user, model(User.from_dict))
