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
from . import rule_trigger as _m_rule_trigger

if TYPE_CHECKING:
    from ..models.rule_trigger import RuleTrigger

_KEYS = frozenset(
    (
        "name",
        "trigger",
        "filter",
        "isPaused",
    )
)


T = TypeVar("T", bound="RuleInput")


@_attrs_define
class RuleInput:
    name: str
    trigger: RuleTrigger
    """ What fires the rule, e.g. `{type: "event", eventName: "message:sent"}`. """
    filter_: str | Unset = UNSET
    is_paused: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.trigger is not UNSET:
            field_dict["trigger"] = _to_json(self.trigger)
        if self.filter_ is not UNSET:
            field_dict["filter"] = self.filter_
        if self.is_paused is not UNSET:
            field_dict["isPaused"] = self.is_paused
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
        if not (name.__class__ is str):
            _deviation("RuleInput", "name", "string", name)

        trigger = _get("trigger", UNSET)
        if trigger.__class__ is dict:
            try:
                trigger = _m_rule_trigger.RuleTrigger.from_dict(trigger)
            except _ResponseDeviation as _e:
                _e._within("RuleInput", "trigger")
                raise
        else:
            _deviation("RuleInput", "trigger", "RuleTrigger", trigger)

        filter_ = _get("filter", UNSET)
        if not (filter_.__class__ is str) and filter_ is not UNSET:
            _deviation("RuleInput", "filter", "string", filter_)

        is_paused = _get("isPaused", UNSET)
        if not (is_paused is True or is_paused is False) and is_paused is not UNSET:
            _deviation("RuleInput", "isPaused", "boolean", is_paused)

        _obj = cls(
            name,
            trigger,
            filter_,
            is_paused,
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
