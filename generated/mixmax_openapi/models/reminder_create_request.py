from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reminder_input import ReminderInput


T = TypeVar("T", bound="ReminderCreateRequest")


@_attrs_define
class ReminderCreateRequest:
    reminder: ReminderInput
    archive_thread: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reminder = self.reminder.to_dict()

        archive_thread = self.archive_thread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reminder": reminder,
            }
        )
        if archive_thread is not UNSET:
            field_dict["archiveThread"] = archive_thread

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reminder_input import ReminderInput  # noqa: PLC0415

        d = dict(src_dict)
        reminder = ReminderInput.from_dict(d.pop("reminder"))

        archive_thread = d.pop("archiveThread", UNSET)

        reminder_create_request = cls(
            reminder=reminder,
            archive_thread=archive_thread,
        )

        reminder_create_request.additional_properties = d
        return reminder_create_request

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
