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
        "userId",
        "date",
        "createdAt",
        "dismissed",
        "trigger",
        "threadSubject",
        "description",
        "service",
        "serviceMessageId",
        "serviceThreadId",
        "mixmaxMessageId",
    )
)


T = TypeVar("T", bound="Reminder")


@_attrs_define
class Reminder:
    id: str
    user_id: str | Unset = UNSET
    date: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    created_at: int | str | Unset = UNSET
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.dismissed is not UNSET:
            field_dict["dismissed"] = self.dismissed
        if self.trigger is not UNSET:
            field_dict["trigger"] = self.trigger
        if self.thread_subject is not UNSET:
            field_dict["threadSubject"] = self.thread_subject
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.service is not UNSET:
            field_dict["service"] = self.service
        if self.service_message_id is not UNSET:
            field_dict["serviceMessageId"] = self.service_message_id
        if self.service_thread_id is not UNSET:
            field_dict["serviceThreadId"] = self.service_thread_id
        if self.mixmax_message_id is not UNSET:
            field_dict["mixmaxMessageId"] = self.mixmax_message_id
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
            _deviation("Reminder", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("Reminder", "userId", "string", user_id)

        date = _get("date", UNSET)
        if not (date.__class__ is int or date.__class__ is str) and date is not UNSET:
            _deviation("Reminder", "date", "integer or string", date)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int or created_at.__class__ is str) and created_at is not UNSET:
            _deviation("Reminder", "createdAt", "integer or string", created_at)

        dismissed = _get("dismissed", UNSET)
        if not (dismissed is True or dismissed is False) and dismissed is not UNSET:
            _deviation("Reminder", "dismissed", "boolean", dismissed)

        trigger = _get("trigger", UNSET)
        if not (trigger.__class__ is str) and trigger is not UNSET:
            _deviation("Reminder", "trigger", "string", trigger)

        thread_subject = _get("threadSubject", UNSET)
        if not (thread_subject.__class__ is str) and thread_subject is not UNSET:
            _deviation("Reminder", "threadSubject", "string", thread_subject)

        description = _get("description", UNSET)
        if not (description.__class__ is str) and description is not UNSET:
            _deviation("Reminder", "description", "string", description)

        service = _get("service", UNSET)
        if not (service.__class__ is str) and service is not UNSET:
            _deviation("Reminder", "service", "string", service)

        service_message_id = _get("serviceMessageId", UNSET)
        if not (service_message_id.__class__ is str) and service_message_id is not UNSET:
            _deviation("Reminder", "serviceMessageId", "string", service_message_id)

        service_thread_id = _get("serviceThreadId", UNSET)
        if not (service_thread_id.__class__ is str) and service_thread_id is not UNSET:
            _deviation("Reminder", "serviceThreadId", "string", service_thread_id)

        mixmax_message_id = _get("mixmaxMessageId", UNSET)
        if not (mixmax_message_id.__class__ is str) and mixmax_message_id is not UNSET:
            _deviation("Reminder", "mixmaxMessageId", "string", mixmax_message_id)

        _obj = cls(
            id,
            user_id,
            date,
            created_at,
            dismissed,
            trigger,
            thread_subject,
            description,
            service,
            service_message_id,
            service_thread_id,
            mixmax_message_id,
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
