from __future__ import annotations

import datetime
import datetime as _datetime
import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import rule_action as _m_rule_action
from . import rule_trigger as _m_rule_trigger

if TYPE_CHECKING:
    from ..models.rule_action import RuleAction
    from ..models.rule_trigger import RuleTrigger

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "createdAt",
        "modifiedAt",
        "name",
        "trigger",
        "filter",
        "isPaused",
        "actions",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created_at is not UNSET:
            field_dict["createdAt"] = _to_json(self.created_at)
        if self.modified_at is not UNSET:
            field_dict["modifiedAt"] = self.modified_at
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.trigger is not UNSET:
            field_dict["trigger"] = _to_json(self.trigger)
        if self.filter_ is not UNSET:
            field_dict["filter"] = self.filter_
        if self.is_paused is not UNSET:
            field_dict["isPaused"] = self.is_paused
        if self.actions is not UNSET:
            field_dict["actions"] = _to_json(self.actions)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        id = _get("_id", UNSET)
        if not (id.__class__ is str):
            _deviation("Rule", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("Rule", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if created_at.__class__ is str:
            try:
                created_at = _datetime.datetime.fromisoformat(created_at)
            except ValueError:
                _deviation("Rule", "createdAt", "date-time string", created_at)
        elif created_at is not UNSET:
            _deviation("Rule", "createdAt", "date-time string", created_at)

        modified_at = _get("modifiedAt", UNSET)
        if (
            not (modified_at.__class__ is int or modified_at.__class__ is str or modified_at is None)
            and modified_at is not UNSET
        ):
            _deviation("Rule", "modifiedAt", "integer or string or null", modified_at)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("Rule", "name", "string", name)

        trigger = _get("trigger", UNSET)
        if trigger.__class__ is dict:
            try:
                trigger = _m_rule_trigger.RuleTrigger.from_dict(trigger)
            except _ResponseDeviation as _e:
                _e._within("Rule", "trigger")
                raise
        elif trigger is None:
            pass
        elif trigger is not UNSET:
            _deviation("Rule", "trigger", "RuleTrigger or null", trigger)

        filter_ = _get("filter", UNSET)
        if not (filter_.__class__ is str) and filter_ is not UNSET:
            _deviation("Rule", "filter", "string", filter_)

        is_paused = _get("isPaused", UNSET)
        if not (is_paused is True or is_paused is False) and is_paused is not UNSET:
            _deviation("Rule", "isPaused", "boolean", is_paused)

        actions = _get("actions", UNSET)
        if actions.__class__ is list:
            _actions_items: list[Any] = []
            for _actions_item in actions:
                if _actions_item.__class__ is dict:
                    try:
                        _actions_item = _m_rule_action.RuleAction.from_dict(_actions_item)
                    except _ResponseDeviation as _e:
                        _e._within("Rule", f"actions[{len(_actions_items)}]")
                        raise
                else:
                    _deviation("Rule", f"actions[{len(_actions_items)}]", "RuleAction", _actions_item)

                _actions_items.append(_actions_item)
            actions = _actions_items
        elif actions is None:
            pass
        elif actions is not UNSET:
            _deviation("Rule", "actions", "array of RuleAction or null", actions)

        _obj = cls(
            id,
            user_id,
            created_at,
            modified_at,
            name,
            trigger,
            filter_,
            is_paused,
            actions,
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
