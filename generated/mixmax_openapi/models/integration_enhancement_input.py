from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import deviation as _deviation

_KEYS = frozenset(
    (
        "name",
        "icon",
        "iconTooltip",
        "editorUrl",
        "editorHeight",
        "editorWidth",
        "resolverUrl",
        "activateUrl",
        "commands",
    )
)


T = TypeVar("T", bound="IntegrationEnhancementInput")


@_attrs_define
class IntegrationEnhancementInput:
    name: str | Unset = UNSET
    icon: str | Unset = UNSET
    icon_tooltip: str | Unset = UNSET
    editor_url: str | Unset = UNSET
    editor_height: float | Unset = UNSET
    editor_width: float | Unset = UNSET
    resolver_url: str | Unset = UNSET
    activate_url: str | Unset = UNSET
    commands: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("IntegrationEnhancementInput", "name", "string", name)

        icon = _get("icon", UNSET)
        if not (icon.__class__ is str) and icon is not UNSET:
            _deviation("IntegrationEnhancementInput", "icon", "string", icon)

        icon_tooltip = _get("iconTooltip", UNSET)
        if not (icon_tooltip.__class__ is str) and icon_tooltip is not UNSET:
            _deviation("IntegrationEnhancementInput", "iconTooltip", "string", icon_tooltip)

        editor_url = _get("editorUrl", UNSET)
        if not (editor_url.__class__ is str) and editor_url is not UNSET:
            _deviation("IntegrationEnhancementInput", "editorUrl", "string", editor_url)

        editor_height = _get("editorHeight", UNSET)
        if not (editor_height.__class__ is float or editor_height.__class__ is int) and editor_height is not UNSET:
            _deviation("IntegrationEnhancementInput", "editorHeight", "number", editor_height)

        editor_width = _get("editorWidth", UNSET)
        if not (editor_width.__class__ is float or editor_width.__class__ is int) and editor_width is not UNSET:
            _deviation("IntegrationEnhancementInput", "editorWidth", "number", editor_width)

        resolver_url = _get("resolverUrl", UNSET)
        if not (resolver_url.__class__ is str) and resolver_url is not UNSET:
            _deviation("IntegrationEnhancementInput", "resolverUrl", "string", resolver_url)

        activate_url = _get("activateUrl", UNSET)
        if not (activate_url.__class__ is str) and activate_url is not UNSET:
            _deviation("IntegrationEnhancementInput", "activateUrl", "string", activate_url)

        commands = _get("commands", UNSET)
        if commands.__class__ is list:
            for _n1, _commands_item in enumerate(commands):
                if not (_commands_item.__class__ is str):
                    _deviation("IntegrationEnhancementInput", f"commands[{_n1}]", "string", _commands_item)
        elif commands is not UNSET:
            _deviation("IntegrationEnhancementInput", "commands", "array of string", commands)

        _obj = cls(
            name,
            icon,
            icon_tooltip,
            editor_url,
            editor_height,
            editor_width,
            resolver_url,
            activate_url,
            commands,
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
