from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sequence_shared import SequenceShared
    from ..models.share_grant import ShareGrant


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
        from ..models.sequence_shared import SequenceShared  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        name = self.name

        commands: list[str] | None | Unset
        if isinstance(self.commands, Unset):
            commands = UNSET
        elif isinstance(self.commands, list):
            commands = self.commands

        else:
            commands = self.commands

        parameter_placeholder = self.parameter_placeholder

        command_parameter_hints_url = self.command_parameter_hints_url

        command_resolver_url = self.command_resolver_url

        shared: bool | dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.shared, Unset):
            shared = UNSET
        elif isinstance(self.shared, SequenceShared):
            shared = self.shared.to_dict()
        elif isinstance(self.shared, list):
            shared = []
            for componentsschemas_shared_type_2_item_data in self.shared:
                componentsschemas_shared_type_2_item = componentsschemas_shared_type_2_item_data.to_dict()
                shared.append(componentsschemas_shared_type_2_item)

        else:
            shared = self.shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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
        if shared is not UNSET:
            field_dict["shared"] = shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_shared import SequenceShared  # noqa: PLC0415
        from ..models.share_grant import ShareGrant  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        name = d.pop("name", UNSET)

        def _parse_commands(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                commands_type_0 = cast(list[str], data)

                return commands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        commands = _parse_commands(d.pop("commands", UNSET))

        parameter_placeholder = d.pop("parameterPlaceholder", UNSET)

        command_parameter_hints_url = d.pop("commandParameterHintsUrl", UNSET)

        command_resolver_url = d.pop("commandResolverUrl", UNSET)

        def _parse_shared(data: object) -> bool | list[ShareGrant] | None | SequenceShared | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_shared_type_1 = SequenceShared.from_dict(data)

                return componentsschemas_shared_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_shared_type_2 = []
                _componentsschemas_shared_type_2 = data
                for componentsschemas_shared_type_2_item_data in _componentsschemas_shared_type_2:
                    componentsschemas_shared_type_2_item = ShareGrant.from_dict(
                        componentsschemas_shared_type_2_item_data
                    )

                    componentsschemas_shared_type_2.append(componentsschemas_shared_type_2_item)

                return componentsschemas_shared_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[ShareGrant] | None | SequenceShared | Unset, data)

        shared = _parse_shared(d.pop("shared", UNSET))

        integration_command = cls(
            id=id,
            user_id=user_id,
            created_at=created_at,
            name=name,
            commands=commands,
            parameter_placeholder=parameter_placeholder,
            command_parameter_hints_url=command_parameter_hints_url,
            command_resolver_url=command_resolver_url,
            shared=shared,
        )

        integration_command.additional_properties = d
        return integration_command

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
