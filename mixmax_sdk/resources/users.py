"""Users: the authenticated user."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint

if TYPE_CHECKING:
    from mixmax_openapi.models import User


class Users(Resource[M]):
    """`client.users`."""

    @endpoint
    def me(self, **options: Unpack[RequestOptions]) -> Call[User]:
        """The user the API token belongs to (a cheap way to check a token)."""
        from mixmax_openapi.api.users import get_current_user
        from mixmax_openapi.models import User

        return from_module(get_current_user, model(User.from_dict))
