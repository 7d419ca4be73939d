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
from . import custom_variables as _m_custom_variables

if TYPE_CHECKING:
    from ..models.custom_variables import CustomVariables

_KEYS = frozenset(
    (
        "email",
        "variables",
        "scheduledAt",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.variables is not UNSET:
            field_dict["variables"] = _to_json(self.variables)
        if self.scheduled_at is not UNSET:
            field_dict["scheduledAt"] = self.scheduled_at
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        email = _get("email", UNSET)
        if not (email.__class__ is str):
            _deviation("RecipientInput", "email", "string", email)

        variables = _get("variables", UNSET)
        if variables.__class__ is dict:
            try:
                variables = _m_custom_variables.CustomVariables.from_dict(variables)
            except _ResponseDeviation as _e:
                _e._within("RecipientInput", "variables")
                raise
        elif variables is not UNSET:
            _deviation("RecipientInput", "variables", "CustomVariables", variables)

        scheduled_at = _get("scheduledAt", UNSET)
        if (
            not (scheduled_at.__class__ is int or (scheduled_at is True or scheduled_at is False))
            and scheduled_at is not UNSET
        ):
            _deviation("RecipientInput", "scheduledAt", "integer or boolean", scheduled_at)

        _obj = cls(
            email,
            variables,
            scheduled_at,
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
