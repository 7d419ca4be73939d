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
        "sequenceId",
        "ordinal",
        "type",
        "subject",
        "body",
    )
)


T = TypeVar("T", bound="SequenceStage")


@_attrs_define
class SequenceStage:
    """A sequence stage. Its fields are not documented; `_id` and the observed ones are typed."""

    id: str | Unset = UNSET
    sequence_id: str | Unset = UNSET
    ordinal: int | Unset = UNSET
    type_: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.sequence_id is not UNSET:
            field_dict["sequenceId"] = self.sequence_id
        if self.ordinal is not UNSET:
            field_dict["ordinal"] = self.ordinal
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.body is not UNSET:
            field_dict["body"] = self.body
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
        if not (id.__class__ is str) and id is not UNSET:
            _deviation("SequenceStage", "_id", "string", id)

        sequence_id = _get("sequenceId", UNSET)
        if not (sequence_id.__class__ is str) and sequence_id is not UNSET:
            _deviation("SequenceStage", "sequenceId", "string", sequence_id)

        ordinal = _get("ordinal", UNSET)
        if not (ordinal.__class__ is int) and ordinal is not UNSET:
            _deviation("SequenceStage", "ordinal", "integer", ordinal)

        type_ = _get("type", UNSET)
        if not (type_.__class__ is str) and type_ is not UNSET:
            _deviation("SequenceStage", "type", "string", type_)

        subject = _get("subject", UNSET)
        if not (subject.__class__ is str) and subject is not UNSET:
            _deviation("SequenceStage", "subject", "string", subject)

        body = _get("body", UNSET)
        if not (body.__class__ is str) and body is not UNSET:
            _deviation("SequenceStage", "body", "string", body)

        _obj = cls(
            id,
            sequence_id,
            ordinal,
            type_,
            subject,
            body,
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
