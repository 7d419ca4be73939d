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
        "commands",
        "parameterPlaceholder",
        "commandParameterHintsUrl",
        "commandResolverUrl",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.commands is not UNSET:
            field_dict["commands"] = self.commands
        if self.parameter_placeholder is not UNSET:
            field_dict["parameterPlaceholder"] = self.parameter_placeholder
        if self.command_parameter_hints_url is not UNSET:
            field_dict["commandParameterHintsUrl"] = self.command_parameter_hints_url
        if self.command_resolver_url is not UNSET:
            field_dict["commandResolverUrl"] = self.command_resolver_url
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
            _deviation("IntegrationCommandInput", "name", "string", name)

        commands = _get("commands", UNSET)
        if commands.__class__ is list:
            for _n1, _commands_item in enumerate(commands):
                if not (_commands_item.__class__ is str):
                    _deviation("IntegrationCommandInput", f"commands[{_n1}]", "string", _commands_item)
        elif commands is not UNSET:
            _deviation("IntegrationCommandInput", "commands", "array of string", commands)

        parameter_placeholder = _get("parameterPlaceholder", UNSET)
        if not (parameter_placeholder.__class__ is str) and parameter_placeholder is not UNSET:
            _deviation("IntegrationCommandInput", "parameterPlaceholder", "string", parameter_placeholder)

        command_parameter_hints_url = _get("commandParameterHintsUrl", UNSET)
        if not (command_parameter_hints_url.__class__ is str) and command_parameter_hints_url is not UNSET:
            _deviation("IntegrationCommandInput", "commandParameterHintsUrl", "string", command_parameter_hints_url)

        command_resolver_url = _get("commandResolverUrl", UNSET)
        if not (command_resolver_url.__class__ is str) and command_resolver_url is not UNSET:
            _deviation("IntegrationCommandInput", "commandResolverUrl", "string", command_resolver_url)

        _obj = cls(
            name,
            commands,
            parameter_placeholder,
            command_parameter_hints_url,
            command_resolver_url,
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
