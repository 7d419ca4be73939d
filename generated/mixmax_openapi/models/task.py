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
        "_id",
        "type",
        "status",
        "isCompleted",
        "description",
    )
)


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    id: str
    type_: str | Unset = UNSET
    """ Known value: `todo`. """
    status: str | Unset = UNSET
    """ Known values: `Open`, `Completed`. """
    is_completed: bool | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.is_completed is not UNSET:
            field_dict["isCompleted"] = self.is_completed
        if self.description is not UNSET:
            field_dict["description"] = self.description
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
            _deviation("Task", "_id", "string", id)

        type_ = _get("type", UNSET)
        if not (type_.__class__ is str) and type_ is not UNSET:
            _deviation("Task", "type", "string", type_)

        status = _get("status", UNSET)
        if not (status.__class__ is str) and status is not UNSET:
            _deviation("Task", "status", "string", status)

        is_completed = _get("isCompleted", UNSET)
        if not (is_completed is True or is_completed is False) and is_completed is not UNSET:
            _deviation("Task", "isCompleted", "boolean", is_completed)

        description = _get("description", UNSET)
        if not (description.__class__ is str) and description is not UNSET:
            _deviation("Task", "description", "string", description)

        _obj = cls(
            id,
            type_,
            status,
            is_completed,
            description,
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
