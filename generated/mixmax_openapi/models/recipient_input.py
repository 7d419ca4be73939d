from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_variables import CustomVariables


T = TypeVar("T", bound="RecipientInput")


@_attrs_define
class RecipientInput:
    """A recipient to add."""

    email: str
    variables: CustomVariables | Unset = UNSET
    """ Template variables, by variable name (e.g. `First name`). """
    scheduled_at: bool | int | Unset = UNSET
    """ Epoch milliseconds to activate at, or `false` to keep the recipients as drafts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        scheduled_at: bool | int | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = self.scheduled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_variables import CustomVariables  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        _variables = d.pop("variables", UNSET)
        variables: CustomVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = CustomVariables.from_dict(_variables)

        def _parse_scheduled_at(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt", UNSET))

        recipient_input = cls(
            email=email,
            variables=variables,
            scheduled_at=scheduled_at,
        )

        recipient_input.additional_properties = d
        return recipient_input

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
