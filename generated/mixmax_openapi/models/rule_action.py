from __future__ import annotations

import datetime
import datetime as _datetime
import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import deviation as _deviation
from ..types import to_json as _to_json

_KEYS = frozenset(
    (
        "_id",
        "ruleId",
        "type",
        "isPaused",
        "createdAt",
        "modifiedAt",
        "url",
    )
)


T = TypeVar("T", bound="RuleAction")


@_attrs_define
class RuleAction:
    id: str
    rule_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Known value: `webhook`. """
    is_paused: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    modified_at: int | None | str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.rule_id is not UNSET:
            field_dict["ruleId"] = self.rule_id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.is_paused is not UNSET:
            field_dict["isPaused"] = self.is_paused
        if self.created_at is not UNSET:
            field_dict["createdAt"] = _to_json(self.created_at)
        if self.modified_at is not UNSET:
            field_dict["modifiedAt"] = self.modified_at
        if self.url is not UNSET:
            field_dict["url"] = self.url
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
            _deviation("RuleAction", "_id", "string", id)

        rule_id = _get("ruleId", UNSET)
        if not (rule_id.__class__ is str) and rule_id is not UNSET:
            _deviation("RuleAction", "ruleId", "string", rule_id)

        type_ = _get("type", UNSET)
        if not (type_.__class__ is str) and type_ is not UNSET:
            _deviation("RuleAction", "type", "string", type_)

        is_paused = _get("isPaused", UNSET)
        if not (is_paused is True or is_paused is False) and is_paused is not UNSET:
            _deviation("RuleAction", "isPaused", "boolean", is_paused)

        created_at = _get("createdAt", UNSET)
        if created_at.__class__ is str:
            try:
                created_at = _datetime.datetime.fromisoformat(created_at)
            except ValueError:
                _deviation("RuleAction", "createdAt", "date-time string", created_at)
        elif created_at is not UNSET:
            _deviation("RuleAction", "createdAt", "date-time string", created_at)

        modified_at = _get("modifiedAt", UNSET)
        if (
            not (modified_at.__class__ is int or modified_at.__class__ is str or modified_at is None)
            and modified_at is not UNSET
        ):
            _deviation("RuleAction", "modifiedAt", "integer or string or null", modified_at)

        url = _get("url", UNSET)
        if not (url.__class__ is str) and url is not UNSET:
            _deviation("RuleAction", "url", "string", url)

        _obj = cls(
            id,
            rule_id,
            type_,
            is_paused,
            created_at,
            modified_at,
            url,
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
