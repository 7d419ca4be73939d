from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReminderInput")


@_attrs_define
class ReminderInput:
    date: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    dismissed: bool | Unset = UNSET
    trigger: str | Unset = UNSET
    thread_subject: str | Unset = UNSET
    description: str | Unset = UNSET
    service: str | Unset = UNSET
    service_message_id: str | Unset = UNSET
    service_thread_id: str | Unset = UNSET
    mixmax_message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: int | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        dismissed = self.dismissed

        trigger = self.trigger

        thread_subject = self.thread_subject

        description = self.description

        service = self.service

        service_message_id = self.service_message_id

        service_thread_id = self.service_thread_id

        mixmax_message_id = self.mixmax_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if dismissed is not UNSET:
            field_dict["dismissed"] = dismissed
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if thread_subject is not UNSET:
            field_dict["threadSubject"] = thread_subject
        if description is not UNSET:
            field_dict["description"] = description
        if service is not UNSET:
            field_dict["service"] = service
        if service_message_id is not UNSET:
            field_dict["serviceMessageId"] = service_message_id
        if service_thread_id is not UNSET:
            field_dict["serviceThreadId"] = service_thread_id
        if mixmax_message_id is not UNSET:
            field_dict["mixmaxMessageId"] = mixmax_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        dismissed = d.pop("dismissed", UNSET)

        trigger = d.pop("trigger", UNSET)

        thread_subject = d.pop("threadSubject", UNSET)

        description = d.pop("description", UNSET)

        service = d.pop("service", UNSET)

        service_message_id = d.pop("serviceMessageId", UNSET)

        service_thread_id = d.pop("serviceThreadId", UNSET)

        mixmax_message_id = d.pop("mixmaxMessageId", UNSET)

        reminder_input = cls(
            date=date,
            dismissed=dismissed,
            trigger=trigger,
            thread_subject=thread_subject,
            description=description,
            service=service,
            service_message_id=service_message_id,
            service_thread_id=service_thread_id,
            mixmax_message_id=mixmax_message_id,
        )

        reminder_input.additional_properties = d
        return reminder_input

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
