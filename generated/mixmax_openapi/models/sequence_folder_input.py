from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SequenceFolderInput")


@_attrs_define
class SequenceFolderInput:
    name: str
    sequence_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sequence_ids: list[str] | Unset = UNSET
        if not isinstance(self.sequence_ids, Unset):
            sequence_ids = self.sequence_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if sequence_ids is not UNSET:
            field_dict["sequenceIds"] = sequence_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        sequence_ids = cast(list[str], d.pop("sequenceIds", UNSET))

        sequence_folder_input = cls(
            name=name,
            sequence_ids=sequence_ids,
        )

        sequence_folder_input.additional_properties = d
        return sequence_folder_input

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
