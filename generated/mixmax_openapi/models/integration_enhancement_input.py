from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        name = self.name

        icon = self.icon

        icon_tooltip = self.icon_tooltip

        editor_url = self.editor_url

        editor_height = self.editor_height

        editor_width = self.editor_width

        resolver_url = self.resolver_url

        activate_url = self.activate_url

        commands: list[str] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = self.commands

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if icon is not UNSET:
            field_dict["icon"] = icon
        if icon_tooltip is not UNSET:
            field_dict["iconTooltip"] = icon_tooltip
        if editor_url is not UNSET:
            field_dict["editorUrl"] = editor_url
        if editor_height is not UNSET:
            field_dict["editorHeight"] = editor_height
        if editor_width is not UNSET:
            field_dict["editorWidth"] = editor_width
        if resolver_url is not UNSET:
            field_dict["resolverUrl"] = resolver_url
        if activate_url is not UNSET:
            field_dict["activateUrl"] = activate_url
        if commands is not UNSET:
            field_dict["commands"] = commands

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        icon = d.pop("icon", UNSET)

        icon_tooltip = d.pop("iconTooltip", UNSET)

        editor_url = d.pop("editorUrl", UNSET)

        editor_height = d.pop("editorHeight", UNSET)

        editor_width = d.pop("editorWidth", UNSET)

        resolver_url = d.pop("resolverUrl", UNSET)

        activate_url = d.pop("activateUrl", UNSET)

        commands = cast(list[str], d.pop("commands", UNSET))

        integration_enhancement_input = cls(
            name=name,
            icon=icon,
            icon_tooltip=icon_tooltip,
            editor_url=editor_url,
            editor_height=editor_height,
            editor_width=editor_width,
            resolver_url=resolver_url,
            activate_url=activate_url,
            commands=commands,
        )

        integration_enhancement_input.additional_properties = d
        return integration_enhancement_input

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
