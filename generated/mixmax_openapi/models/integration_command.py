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
        "commands",
        "parameterPlaceholder",
        "commandParameterHintsUrl",
        "commandResolverUrl",
        "shared",
    )
)


T = TypeVar("T", bound="IntegrationCommand")


@_attrs_define
class IntegrationCommand:
    """A slash command. Some responses also carry a legacy `id` mirror of `_id`; it is kept among the
    unknown fields.

    """

    id: str
    user_id: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    name: str | Unset = UNSET
    commands: list[str] | None | Unset = UNSET
    parameter_placeholder: str | Unset = UNSET
    command_parameter_hints_url: str | Unset = UNSET
    command_resolver_url: str | Unset = UNSET
    """ Observed spelling (GO spells it `commandResolveUrl`). """
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
        if self.commands is not UNSET:
            field_dict["commands"] = self.commands
        if self.parameter_placeholder is not UNSET:
            field_dict["parameterPlaceholder"] = self.parameter_placeholder
        if self.command_parameter_hints_url is not UNSET:
            field_dict["commandParameterHintsUrl"] = self.command_parameter_hints_url
        if self.command_resolver_url is not UNSET:
            field_dict["commandResolverUrl"] = self.command_resolver_url
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
            _deviation("IntegrationCommand", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("IntegrationCommand", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int or created_at.__class__ is str) and created_at is not UNSET:
            _deviation("IntegrationCommand", "createdAt", "integer or string", created_at)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("IntegrationCommand", "name", "string", name)

        commands = _get("commands", UNSET)
        if commands.__class__ is list:
            for _n1, _commands_item in enumerate(commands):
                if not (_commands_item.__class__ is str):
                    _deviation("IntegrationCommand", f"commands[{_n1}]", "string", _commands_item)
        elif commands is None:
            pass
        elif commands is not UNSET:
            _deviation("IntegrationCommand", "commands", "array of string or null", commands)

        parameter_placeholder = _get("parameterPlaceholder", UNSET)
        if not (parameter_placeholder.__class__ is str) and parameter_placeholder is not UNSET:
            _deviation("IntegrationCommand", "parameterPlaceholder", "string", parameter_placeholder)

        command_parameter_hints_url = _get("commandParameterHintsUrl", UNSET)
        if not (command_parameter_hints_url.__class__ is str) and command_parameter_hints_url is not UNSET:
            _deviation("IntegrationCommand", "commandParameterHintsUrl", "string", command_parameter_hints_url)

        command_resolver_url = _get("commandResolverUrl", UNSET)
        if not (command_resolver_url.__class__ is str) and command_resolver_url is not UNSET:
            _deviation("IntegrationCommand", "commandResolverUrl", "string", command_resolver_url)

        shared = _get("shared", UNSET)
        if shared is True or shared is False:
            pass
        elif shared.__class__ is dict:
            try:
                shared = _m_sequence_shared.SequenceShared.from_dict(shared)
            except _ResponseDeviation as _e:
                _e._within("IntegrationCommand", "shared")
                raise
        elif shared.__class__ is list:
            _shared_items: list[Any] = []
            for _shared_item in shared:
                if _shared_item.__class__ is dict:
                    try:
                        _shared_item = _m_share_grant.ShareGrant.from_dict(_shared_item)
                    except _ResponseDeviation as _e:
                        _e._within("IntegrationCommand", f"shared[{len(_shared_items)}]")
                        raise
                else:
                    _deviation("IntegrationCommand", f"shared[{len(_shared_items)}]", "ShareGrant", _shared_item)

                _shared_items.append(_shared_item)
            shared = _shared_items
        elif shared is None:
            pass
        elif shared is not UNSET:
            _deviation(
                "IntegrationCommand", "shared", "boolean or SequenceShared or array of ShareGrant or null", shared
            )

        _obj = cls(
            id,
            user_id,
            created_at,
            name,
            commands,
            parameter_placeholder,
            command_parameter_hints_url,
            command_resolver_url,
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
