from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_action import RuleAction
    from ..models.rule_trigger import RuleTrigger


T = TypeVar("T", bound="Rule")


@_attrs_define
class Rule:
    """A rule (webhook).

    Example:
        {'_id': '5a1b2c3d4e5f60718293a4b5', 'userId': 'kZYPwDDiGPTfQDj5n', 'createdAt': '2017-11-26T10:00:00.000Z',
            'modifiedAt': '2017-11-27T10:00:00.000Z', 'name': 'Notify CRM on send', 'trigger': {'type': 'event',
            'eventName': 'message:sent'}, 'isPaused': False}

    """

    id: str
    user_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    modified_at: int | None | str | Unset = UNSET
    name: str | Unset = UNSET
    trigger: None | RuleTrigger | Unset = UNSET
    filter_: str | Unset = UNSET
    """ JSON-serialised Sift filter; absent for none. """
    is_paused: bool | Unset = UNSET
    actions: list[RuleAction] | None | Unset = UNSET
    """ With `expand=actions`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_trigger import RuleTrigger  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        modified_at: int | None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = self.modified_at

        name = self.name

        trigger: dict[str, Any] | None | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, RuleTrigger):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger

        filter_ = self.filter_

        is_paused = self.is_paused

        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item = actions_type_0_item_data.to_dict()
                actions.append(actions_type_0_item)

        else:
            actions = self.actions

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
        if modified_at is not UNSET:
            field_dict["modifiedAt"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if is_paused is not UNSET:
            field_dict["isPaused"] = is_paused
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_action import RuleAction  # noqa: PLC0415
        from ..models.rule_trigger import RuleTrigger  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_modified_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        modified_at = _parse_modified_at(d.pop("modifiedAt", UNSET))

        name = d.pop("name", UNSET)

        def _parse_trigger(data: object) -> None | RuleTrigger | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0 = RuleTrigger.from_dict(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleTrigger | Unset, data)

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        filter_ = d.pop("filter", UNSET)

        is_paused = d.pop("isPaused", UNSET)

        def _parse_actions(data: object) -> list[RuleAction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actions_type_0 = []
                _actions_type_0 = data
                for actions_type_0_item_data in _actions_type_0:
                    actions_type_0_item = RuleAction.from_dict(actions_type_0_item_data)

                    actions_type_0.append(actions_type_0_item)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RuleAction] | None | Unset, data)

        actions = _parse_actions(d.pop("actions", UNSET))

        rule = cls(
            id=id,
            user_id=user_id,
            created_at=created_at,
            modified_at=modified_at,
            name=name,
            trigger=trigger,
            filter_=filter_,
            is_paused=is_paused,
            actions=actions,
        )

        rule.additional_properties = d
        return rule

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
