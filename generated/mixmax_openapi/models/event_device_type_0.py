from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventDeviceType0")


@_attrs_define
class EventDeviceType0:
    os: str | Unset = UNSET
    program: str | Unset = UNSET
    is_mobile: bool | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os = self.os

        program = self.program

        is_mobile: bool | int | Unset
        if isinstance(self.is_mobile, Unset):
            is_mobile = UNSET
        else:
            is_mobile = self.is_mobile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if os is not UNSET:
            field_dict["os"] = os
        if program is not UNSET:
            field_dict["program"] = program
        if is_mobile is not UNSET:
            field_dict["isMobile"] = is_mobile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        os = d.pop("os", UNSET)

        program = d.pop("program", UNSET)

        def _parse_is_mobile(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        is_mobile = _parse_is_mobile(d.pop("isMobile", UNSET))

        event_device_type_0 = cls(
            os=os,
            program=program,
            is_mobile=is_mobile,
        )

        event_device_type_0.additional_properties = d
        return event_device_type_0

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
