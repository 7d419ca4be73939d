from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        id = self.id

        sequence_id = self.sequence_id

        ordinal = self.ordinal

        type_ = self.type_

        subject = self.subject

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if sequence_id is not UNSET:
            field_dict["sequenceId"] = sequence_id
        if ordinal is not UNSET:
            field_dict["ordinal"] = ordinal
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        sequence_id = d.pop("sequenceId", UNSET)

        ordinal = d.pop("ordinal", UNSET)

        type_ = d.pop("type", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        sequence_stage = cls(
            id=id,
            sequence_id=sequence_id,
            ordinal=ordinal,
            type_=type_,
            subject=subject,
            body=body,
        )

        sequence_stage.additional_properties = d
        return sequence_stage

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
