from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        id = self.id

        rule_id = self.rule_id

        type_ = self.type_

        is_paused = self.is_paused

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        modified_at: int | None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = self.modified_at

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if rule_id is not UNSET:
            field_dict["ruleId"] = rule_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_paused is not UNSET:
            field_dict["isPaused"] = is_paused
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if modified_at is not UNSET:
            field_dict["modifiedAt"] = modified_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        rule_id = d.pop("ruleId", UNSET)

        type_ = d.pop("type", UNSET)

        is_paused = d.pop("isPaused", UNSET)

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

        url = d.pop("url", UNSET)

        rule_action = cls(
            id=id,
            rule_id=rule_id,
            type_=type_,
            is_paused=is_paused,
            created_at=created_at,
            modified_at=modified_at,
            url=url,
        )

        rule_action.additional_properties = d
        return rule_action

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
