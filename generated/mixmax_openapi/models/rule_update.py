from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_trigger import RuleTrigger


T = TypeVar("T", bound="RuleUpdate")


@_attrs_define
class RuleUpdate:
    name: str | Unset = UNSET
    trigger: RuleTrigger | Unset = UNSET
    """ What fires the rule, e.g. `{type: "event", eventName: "message:sent"}`. """
    filter_: str | Unset = UNSET
    is_paused: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        filter_ = self.filter_

        is_paused = self.is_paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if is_paused is not UNSET:
            field_dict["isPaused"] = is_paused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_trigger import RuleTrigger  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _trigger = d.pop("trigger", UNSET)
        trigger: RuleTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = RuleTrigger.from_dict(_trigger)

        filter_ = d.pop("filter", UNSET)

        is_paused = d.pop("isPaused", UNSET)

        rule_update = cls(
            name=name,
            trigger=trigger,
            filter_=filter_,
            is_paused=is_paused,
        )

        rule_update.additional_properties = d
        return rule_update

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
