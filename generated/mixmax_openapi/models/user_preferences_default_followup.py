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
        "autoRemind",
        "trigger",
        "unparsedDate",
    )
)


T = TypeVar("T", bound="UserPreferencesDefaultFollowup")


@_attrs_define
class UserPreferencesDefaultFollowup:
    auto_remind: bool | Unset = UNSET
    trigger: str | Unset = UNSET
    unparsed_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.auto_remind is not UNSET:
            field_dict["autoRemind"] = self.auto_remind
        if self.trigger is not UNSET:
            field_dict["trigger"] = self.trigger
        if self.unparsed_date is not UNSET:
            field_dict["unparsedDate"] = self.unparsed_date
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        auto_remind = _get("autoRemind", UNSET)
        if not (auto_remind is True or auto_remind is False) and auto_remind is not UNSET:
            _deviation("UserPreferencesDefaultFollowup", "autoRemind", "boolean", auto_remind)

        trigger = _get("trigger", UNSET)
        if not (trigger.__class__ is str) and trigger is not UNSET:
            _deviation("UserPreferencesDefaultFollowup", "trigger", "string", trigger)

        unparsed_date = _get("unparsedDate", UNSET)
        if not (unparsed_date.__class__ is str) and unparsed_date is not UNSET:
            _deviation("UserPreferencesDefaultFollowup", "unparsedDate", "string", unparsed_date)

        _obj = cls(
            auto_remind,
            trigger,
            unparsed_date,
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
