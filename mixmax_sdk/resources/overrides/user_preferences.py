"""Overrides for `client.user_preferences`: a free-form mapping of preferences."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from ..._call import Call, from_module, model
from ..._resource import M, RequestOptions, Resource, endpoint
from ..._validate import check_str_map
from ...errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.models import UserPreferences as UserPreferencesModel

_READ_ONLY = frozenset({"_id", "userId"})


class UserPreferencesOverrides(Resource[M]):
    """Overrides of `UserPreferences` (the generated class inherits them)."""

    @endpoint
    def update(self, preferences: Mapping[str, Any], **options: Unpack[RequestOptions]) -> Call[UserPreferencesModel]:
        """Set the given preference keys (PATCH); keys not given are left unchanged. Returns the preferences.

        Args:
            preferences: the API's camelCase keys and their new JSON values, e.g.
                `{"undoSendEnabled": True, "undoDelay": 10}`.
        """
        import attrs
        from mixmax_openapi.api.user_preferences import update_user_preferences
        from mixmax_openapi.models import UserPreferences as UserPreferencesModel
        from mixmax_openapi.models import UserPreferencesUpdate

        if not isinstance(preferences, Mapping):
            raise MixmaxValidationError(f"preferences must be a mapping, not {type(preferences).__name__}")
        checked = check_str_map(preferences, "preferences") or {}
        if not checked:
            raise MixmaxValidationError("preferences is empty: pass at least one key to set")
        python_names = {f.name for f in attrs.fields(UserPreferencesModel)}
        for key in checked:
            if not key.strip():
                raise MixmaxValidationError("preferences has an empty key")
            if key in _READ_ONLY:
                raise MixmaxValidationError(f"preferences may not set {key!r}: it identifies the object")
            if "_" in key and key in python_names:
                raise MixmaxValidationError(
                    f"preferences keys are the API's camelCase names; {key!r} is the Python attribute name"
                )
        return from_module(
            update_user_preferences,
            model(UserPreferencesModel.from_dict),
            body=UserPreferencesUpdate.from_dict(checked),
        )
