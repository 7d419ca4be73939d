from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import deviation as _deviation

_KEYS = frozenset(())


T = TypeVar("T", bound="CustomVariables")


@_attrs_define
class CustomVariables:
    """Template variables, by variable name (e.g. `First name`)."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _obj = cls()
        if not _KEYS.issuperset(src_dict):
            _extra: dict[str, Any] = {}
            for _k, _v in src_dict.items():
                if _k not in _KEYS:
                    if not (_v.__class__ is str):
                        _deviation("CustomVariables", f"{_k}", "string", _v)

                    _extra[_k] = _v
            _obj.additional_properties = _extra
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
