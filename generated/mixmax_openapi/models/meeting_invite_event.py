from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import email_address as _m_email_address

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress

_KEYS = frozenset(
    (
        "id",
        "customFields",
        "guest",
    )
)


T = TypeVar("T", bound="MeetingInviteEvent")


@_attrs_define
class MeetingInviteEvent:
    id: str | Unset = UNSET
    """ Google Calendar event id. """
    custom_fields: list[str] | None | Unset = UNSET
    guest: EmailAddress | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.custom_fields is not UNSET:
            field_dict["customFields"] = self.custom_fields
        if self.guest is not UNSET:
            field_dict["guest"] = _to_json(self.guest)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        id = _get("id", UNSET)
        if not (id.__class__ is str) and id is not UNSET:
            _deviation("MeetingInviteEvent", "id", "string", id)

        custom_fields = _get("customFields", UNSET)
        if custom_fields.__class__ is list:
            for _n1, _custom_fields_item in enumerate(custom_fields):
                if not (_custom_fields_item.__class__ is str):
                    _deviation("MeetingInviteEvent", f"customFields[{_n1}]", "string", _custom_fields_item)
        elif custom_fields is None:
            pass
        elif custom_fields is not UNSET:
            _deviation("MeetingInviteEvent", "customFields", "array of string or null", custom_fields)

        guest = _get("guest", UNSET)
        if guest.__class__ is dict:
            try:
                guest = _m_email_address.EmailAddress.from_dict(guest)
            except _ResponseDeviation as _e:
                _e._within("MeetingInviteEvent", "guest")
                raise
        elif guest is None:
            pass
        elif guest is not UNSET:
            _deviation("MeetingInviteEvent", "guest", "EmailAddress or null", guest)

        _obj = cls(
            id,
            custom_fields,
            guest,
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
