from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationCommandInput")


@_attrs_define
class IntegrationCommandInput:
    name: str | Unset = UNSET
    commands: list[str] | Unset = UNSET
    parameter_placeholder: str | Unset = UNSET
    command_parameter_hints_url: str | Unset = UNSET
    command_resolver_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        commands: list[str] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = self.commands

        parameter_placeholder = self.parameter_placeholder

        command_parameter_hints_url = self.command_parameter_hints_url

        command_resolver_url = self.command_resolver_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if commands is not UNSET:
            field_dict["commands"] = commands
        if parameter_placeholder is not UNSET:
            field_dict["parameterPlaceholder"] = parameter_placeholder
        if command_parameter_hints_url is not UNSET:
            field_dict["commandParameterHintsUrl"] = command_parameter_hints_url
        if command_resolver_url is not UNSET:
            field_dict["commandResolverUrl"] = command_resolver_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        commands = cast(list[str], d.pop("commands", UNSET))

        parameter_placeholder = d.pop("parameterPlaceholder", UNSET)

        command_parameter_hints_url = d.pop("commandParameterHintsUrl", UNSET)

        command_resolver_url = d.pop("commandResolverUrl", UNSET)

        integration_command_input = cls(
            name=name,
            commands=commands,
            parameter_placeholder=parameter_placeholder,
            command_parameter_hints_url=command_parameter_hints_url,
            command_resolver_url=command_resolver_url,
        )

        integration_command_input.additional_properties = d
        return integration_command_input

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
