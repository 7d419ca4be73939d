from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageSequenceType0")


@_attrs_define
class MessageSequenceType0:
    id: str | Unset = UNSET
    stage_id: str | Unset = UNSET
    recipient_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        stage_id = self.stage_id

        recipient_id = self.recipient_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if stage_id is not UNSET:
            field_dict["stageId"] = stage_id
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        stage_id = d.pop("stageId", UNSET)

        recipient_id = d.pop("recipientId", UNSET)

        message_sequence_type_0 = cls(
            id=id,
            stage_id=stage_id,
            recipient_id=recipient_id,
        )

        message_sequence_type_0.additional_properties = d
        return message_sequence_type_0

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
