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
        "reminder",
        "sendLater",
    )
)


T = TypeVar("T", bound="UserPreferencesFollowupPresets")


@_attrs_define
class UserPreferencesFollowupPresets:
    reminder: list[str] | None | Unset = UNSET
    send_later: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.reminder is not UNSET:
            field_dict["reminder"] = self.reminder
        if self.send_later is not UNSET:
            field_dict["sendLater"] = self.send_later
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        reminder = _get("reminder", UNSET)
        if reminder.__class__ is list:
            for _n1, _reminder_item in enumerate(reminder):
                if not (_reminder_item.__class__ is str):
                    _deviation("UserPreferencesFollowupPresets", f"reminder[{_n1}]", "string", _reminder_item)
        elif reminder is None:
            pass
        elif reminder is not UNSET:
            _deviation("UserPreferencesFollowupPresets", "reminder", "array of string or null", reminder)

        send_later = _get("sendLater", UNSET)
        if send_later.__class__ is list:
            for _n1, _send_later_item in enumerate(send_later):
                if not (_send_later_item.__class__ is str):
                    _deviation("UserPreferencesFollowupPresets", f"sendLater[{_n1}]", "string", _send_later_item)
        elif send_later is None:
            pass
        elif send_later is not UNSET:
            _deviation("UserPreferencesFollowupPresets", "sendLater", "array of string or null", send_later)

        _obj = cls(
            reminder,
            send_later,
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
