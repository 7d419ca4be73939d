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
        "email",
        "status",
        "errors",
        "name",
    )
)


T = TypeVar("T", bound="RecipientResult")


@_attrs_define
class RecipientResult:
    """The outcome for one recipient."""

    email: str
    status: str
    """ Known values: `success` (sent or scheduled), `error` (not added; see `errors`), `duplicated`
    (already in the sequence; skipped), `unsubscribed` (on the unsubscribe list; not added).
     """
    errors: list[str] | None | Unset = UNSET
    """ Present when `status` is `error`. """
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.errors is not UNSET:
            field_dict["errors"] = self.errors
        if self.name is not UNSET:
            field_dict["name"] = self.name
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
            _deviation("RecipientResult", "email", "string", email)

        status = _get("status", UNSET)
        if not (status.__class__ is str):
            _deviation("RecipientResult", "status", "string", status)

        errors = _get("errors", UNSET)
        if errors.__class__ is list:
            for _n1, _errors_item in enumerate(errors):
                if not (_errors_item.__class__ is str):
                    _deviation("RecipientResult", f"errors[{_n1}]", "string", _errors_item)
        elif errors is None:
            pass
        elif errors is not UNSET:
            _deviation("RecipientResult", "errors", "array of string or null", errors)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("RecipientResult", "name", "string", name)

        _obj = cls(
            email,
            status,
            errors,
            name,
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
