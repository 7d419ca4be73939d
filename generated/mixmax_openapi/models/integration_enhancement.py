from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import sequence_shared as _m_sequence_shared
from . import share_grant as _m_share_grant

if TYPE_CHECKING:
    from ..models.sequence_shared import SequenceShared
    from ..models.share_grant import ShareGrant

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "createdAt",
        "name",
        "icon",
        "iconTooltip",
        "editorUrl",
        "editorHeight",
        "editorWidth",
        "resolverUrl",
        "activateUrl",
        "commands",
        "category",
        "isEditable",
        "shared",
    )
)


T = TypeVar("T", bound="IntegrationEnhancement")


@_attrs_define
class IntegrationEnhancement:
    id: str
    user_id: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    name: str | Unset = UNSET
    icon: str | Unset = UNSET
    icon_tooltip: str | Unset = UNSET
    editor_url: str | Unset = UNSET
    editor_height: float | Unset = UNSET
    editor_width: float | Unset = UNSET
    resolver_url: str | Unset = UNSET
    """ Observed spelling (GO spells it `resolveUrl`). """
    activate_url: str | Unset = UNSET
    commands: list[str] | None | Unset = UNSET
    category: list[str] | str | Unset = UNSET
    """ One category or several. """
    is_editable: bool | Unset = UNSET
    shared: bool | list[ShareGrant] | None | SequenceShared | Unset = UNSET
    """ Sharing state; its shape depends on the resource and its age: a boolean (contact groups and
    integrations per GO), an object of settings (sequences per DOC; sequence folders and snippet tags
    as observed by AB), or a list of `{userEmail, confirmed}` grants (the DOC examples of snippets and
    snippet tags); `null` when never shared.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.icon is not UNSET:
            field_dict["icon"] = self.icon
        if self.icon_tooltip is not UNSET:
            field_dict["iconTooltip"] = self.icon_tooltip
        if self.editor_url is not UNSET:
            field_dict["editorUrl"] = self.editor_url
        if self.editor_height is not UNSET:
            field_dict["editorHeight"] = self.editor_height
        if self.editor_width is not UNSET:
            field_dict["editorWidth"] = self.editor_width
        if self.resolver_url is not UNSET:
            field_dict["resolverUrl"] = self.resolver_url
        if self.activate_url is not UNSET:
            field_dict["activateUrl"] = self.activate_url
        if self.commands is not UNSET:
            field_dict["commands"] = self.commands
        if self.category is not UNSET:
            field_dict["category"] = self.category
        if self.is_editable is not UNSET:
            field_dict["isEditable"] = self.is_editable
        if self.shared is not UNSET:
            field_dict["shared"] = _to_json(self.shared)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        id = _get("_id", UNSET)
        if not (id.__class__ is str):
            _deviation("IntegrationEnhancement", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("IntegrationEnhancement", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int or created_at.__class__ is str) and created_at is not UNSET:
            _deviation("IntegrationEnhancement", "createdAt", "integer or string", created_at)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("IntegrationEnhancement", "name", "string", name)

        icon = _get("icon", UNSET)
        if not (icon.__class__ is str) and icon is not UNSET:
            _deviation("IntegrationEnhancement", "icon", "string", icon)

        icon_tooltip = _get("iconTooltip", UNSET)
        if not (icon_tooltip.__class__ is str) and icon_tooltip is not UNSET:
            _deviation("IntegrationEnhancement", "iconTooltip", "string", icon_tooltip)

        editor_url = _get("editorUrl", UNSET)
        if not (editor_url.__class__ is str) and editor_url is not UNSET:
            _deviation("IntegrationEnhancement", "editorUrl", "string", editor_url)

        editor_height = _get("editorHeight", UNSET)
        if not (editor_height.__class__ is float or editor_height.__class__ is int) and editor_height is not UNSET:
            _deviation("IntegrationEnhancement", "editorHeight", "number", editor_height)

        editor_width = _get("editorWidth", UNSET)
        if not (editor_width.__class__ is float or editor_width.__class__ is int) and editor_width is not UNSET:
            _deviation("IntegrationEnhancement", "editorWidth", "number", editor_width)

        resolver_url = _get("resolverUrl", UNSET)
        if not (resolver_url.__class__ is str) and resolver_url is not UNSET:
            _deviation("IntegrationEnhancement", "resolverUrl", "string", resolver_url)

        activate_url = _get("activateUrl", UNSET)
        if not (activate_url.__class__ is str) and activate_url is not UNSET:
            _deviation("IntegrationEnhancement", "activateUrl", "string", activate_url)

        commands = _get("commands", UNSET)
        if commands.__class__ is list:
            for _n1, _commands_item in enumerate(commands):
                if not (_commands_item.__class__ is str):
                    _deviation("IntegrationEnhancement", f"commands[{_n1}]", "string", _commands_item)
        elif commands is None:
            pass
        elif commands is not UNSET:
            _deviation("IntegrationEnhancement", "commands", "array of string or null", commands)

        category = _get("category", UNSET)
        if category.__class__ is str:
            pass
        elif category.__class__ is list:
            for _n1, _category_item in enumerate(category):
                if not (_category_item.__class__ is str):
                    _deviation("IntegrationEnhancement", f"category[{_n1}]", "string", _category_item)
        elif category is not UNSET:
            _deviation("IntegrationEnhancement", "category", "string or array of string", category)

        is_editable = _get("isEditable", UNSET)
        if not (is_editable is True or is_editable is False) and is_editable is not UNSET:
            _deviation("IntegrationEnhancement", "isEditable", "boolean", is_editable)

        shared = _get("shared", UNSET)
        if shared is True or shared is False:
            pass
        elif shared.__class__ is dict:
            try:
                shared = _m_sequence_shared.SequenceShared.from_dict(shared)
            except _ResponseDeviation as _e:
                _e._within("IntegrationEnhancement", "shared")
                raise
        elif shared.__class__ is list:
            _shared_items: list[Any] = []
            for _shared_item in shared:
                if _shared_item.__class__ is dict:
                    try:
                        _shared_item = _m_share_grant.ShareGrant.from_dict(_shared_item)
                    except _ResponseDeviation as _e:
                        _e._within("IntegrationEnhancement", f"shared[{len(_shared_items)}]")
                        raise
                else:
                    _deviation("IntegrationEnhancement", f"shared[{len(_shared_items)}]", "ShareGrant", _shared_item)

                _shared_items.append(_shared_item)
            shared = _shared_items
        elif shared is None:
            pass
        elif shared is not UNSET:
            _deviation(
                "IntegrationEnhancement", "shared", "boolean or SequenceShared or array of ShareGrant or null", shared
            )

        _obj = cls(
            id,
            user_id,
            created_at,
            name,
            icon,
            icon_tooltip,
            editor_url,
            editor_height,
            editor_width,
            resolver_url,
            activate_url,
            commands,
            category,
            is_editable,
            shared,
        )
        if not _KEYS.issuperset(src_dict):
            _obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
