from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleTrigger")


@_attrs_define
class RuleTrigger:
    """What fires the rule, e.g. `{type: "event", eventName: "message:sent"}`."""

    type_: str
    event_name: str | Unset = UNSET
    """ Known values: `unopened`, `opened`, `clicked`, `downloaded`, `message:sent`,
    `message:received`, `poll:vote`, `qa:submit`, `meetinginvited:confirmed`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event_name = self.event_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_name is not UNSET:
            field_dict["eventName"] = event_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        event_name = d.pop("eventName", UNSET)

        rule_trigger = cls(
            type_=type_,
            event_name=event_name,
        )

        rule_trigger.additional_properties = d
        return rule_trigger

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
