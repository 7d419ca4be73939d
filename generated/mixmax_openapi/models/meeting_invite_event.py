from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress


T = TypeVar("T", bound="MeetingInviteEvent")


@_attrs_define
class MeetingInviteEvent:
    id: str | Unset = UNSET
    """ Google Calendar event id. """
    custom_fields: list[str] | None | Unset = UNSET
    guest: EmailAddress | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_address import EmailAddress  # noqa: PLC0415

        id = self.id

        custom_fields: list[str] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = self.custom_fields

        else:
            custom_fields = self.custom_fields

        guest: dict[str, Any] | None | Unset
        if isinstance(self.guest, Unset):
            guest = UNSET
        elif isinstance(self.guest, EmailAddress):
            guest = self.guest.to_dict()
        else:
            guest = self.guest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if guest is not UNSET:
            field_dict["guest"] = guest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_custom_fields(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = cast(list[str], data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_guest(data: object) -> EmailAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guest_type_0 = EmailAddress.from_dict(data)

                return guest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailAddress | None | Unset, data)

        guest = _parse_guest(d.pop("guest", UNSET))

        meeting_invite_event = cls(
            id=id,
            custom_fields=custom_fields,
            guest=guest,
        )

        meeting_invite_event.additional_properties = d
        return meeting_invite_event

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
