from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.meeting_invite_custom_field import MeetingInviteCustomField
    from ..models.meeting_invite_integrations_type_0 import MeetingInviteIntegrationsType0
    from ..models.meeting_invite_timeslot import MeetingInviteTimeslot


T = TypeVar("T", bound="MeetingInvite")


@_attrs_define
class MeetingInvite:
    """A meeting invite (shared availability)."""

    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    creation_date: float | Unset = UNSET
    """ Epoch milliseconds (a double). """
    location: str | Unset = UNSET
    description: str | Unset = UNSET
    title: str | Unset = UNSET
    timezone: str | Unset = UNSET
    calendar_name: str | Unset = UNSET
    locale: str | Unset = UNSET
    guests_can_modify: bool | Unset = UNSET
    timeslots: list[MeetingInviteTimeslot] | None | Unset = UNSET
    allow_double_bookings: bool | Unset = UNSET
    additional_guests: list[EmailAddress] | None | Unset = UNSET
    meeting_type_id: str | Unset = UNSET
    created_by_id: str | Unset = UNSET
    custom_fields: list[MeetingInviteCustomField] | None | Unset = UNSET
    integrations: MeetingInviteIntegrationsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meeting_invite_integrations_type_0 import MeetingInviteIntegrationsType0  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        creation_date = self.creation_date

        location = self.location

        description = self.description

        title = self.title

        timezone = self.timezone

        calendar_name = self.calendar_name

        locale = self.locale

        guests_can_modify = self.guests_can_modify

        timeslots: list[dict[str, Any]] | None | Unset
        if isinstance(self.timeslots, Unset):
            timeslots = UNSET
        elif isinstance(self.timeslots, list):
            timeslots = []
            for timeslots_type_0_item_data in self.timeslots:
                timeslots_type_0_item = timeslots_type_0_item_data.to_dict()
                timeslots.append(timeslots_type_0_item)

        else:
            timeslots = self.timeslots

        allow_double_bookings = self.allow_double_bookings

        additional_guests: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_guests, Unset):
            additional_guests = UNSET
        elif isinstance(self.additional_guests, list):
            additional_guests = []
            for additional_guests_type_0_item_data in self.additional_guests:
                additional_guests_type_0_item = additional_guests_type_0_item_data.to_dict()
                additional_guests.append(additional_guests_type_0_item)

        else:
            additional_guests = self.additional_guests

        meeting_type_id = self.meeting_type_id

        created_by_id = self.created_by_id

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        integrations: dict[str, Any] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, MeetingInviteIntegrationsType0):
            integrations = self.integrations.to_dict()
        else:
            integrations = self.integrations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if location is not UNSET:
            field_dict["location"] = location
        if description is not UNSET:
            field_dict["description"] = description
        if title is not UNSET:
            field_dict["title"] = title
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if calendar_name is not UNSET:
            field_dict["calendarName"] = calendar_name
        if locale is not UNSET:
            field_dict["locale"] = locale
        if guests_can_modify is not UNSET:
            field_dict["guestsCanModify"] = guests_can_modify
        if timeslots is not UNSET:
            field_dict["timeslots"] = timeslots
        if allow_double_bookings is not UNSET:
            field_dict["allowDoubleBookings"] = allow_double_bookings
        if additional_guests is not UNSET:
            field_dict["additionalGuests"] = additional_guests
        if meeting_type_id is not UNSET:
            field_dict["meetingTypeId"] = meeting_type_id
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.meeting_invite_custom_field import MeetingInviteCustomField  # noqa: PLC0415
        from ..models.meeting_invite_integrations_type_0 import MeetingInviteIntegrationsType0  # noqa: PLC0415
        from ..models.meeting_invite_timeslot import MeetingInviteTimeslot  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        user_id = d.pop("userId", UNSET)

        creation_date = d.pop("creationDate", UNSET)

        location = d.pop("location", UNSET)

        description = d.pop("description", UNSET)

        title = d.pop("title", UNSET)

        timezone = d.pop("timezone", UNSET)

        calendar_name = d.pop("calendarName", UNSET)

        locale = d.pop("locale", UNSET)

        guests_can_modify = d.pop("guestsCanModify", UNSET)

        def _parse_timeslots(data: object) -> list[MeetingInviteTimeslot] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                timeslots_type_0 = []
                _timeslots_type_0 = data
                for timeslots_type_0_item_data in _timeslots_type_0:
                    timeslots_type_0_item = MeetingInviteTimeslot.from_dict(timeslots_type_0_item_data)

                    timeslots_type_0.append(timeslots_type_0_item)

                return timeslots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeetingInviteTimeslot] | None | Unset, data)

        timeslots = _parse_timeslots(d.pop("timeslots", UNSET))

        allow_double_bookings = d.pop("allowDoubleBookings", UNSET)

        def _parse_additional_guests(data: object) -> list[EmailAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_guests_type_0 = []
                _additional_guests_type_0 = data
                for additional_guests_type_0_item_data in _additional_guests_type_0:
                    additional_guests_type_0_item = EmailAddress.from_dict(additional_guests_type_0_item_data)

                    additional_guests_type_0.append(additional_guests_type_0_item)

                return additional_guests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddress] | None | Unset, data)

        additional_guests = _parse_additional_guests(d.pop("additionalGuests", UNSET))

        meeting_type_id = d.pop("meetingTypeId", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        def _parse_custom_fields(data: object) -> list[MeetingInviteCustomField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = MeetingInviteCustomField.from_dict(custom_fields_type_0_item_data)

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeetingInviteCustomField] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_integrations(data: object) -> MeetingInviteIntegrationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integrations_type_0 = MeetingInviteIntegrationsType0.from_dict(data)

                return integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingInviteIntegrationsType0 | None | Unset, data)

        integrations = _parse_integrations(d.pop("integrations", UNSET))

        meeting_invite = cls(
            id=id,
            user_id=user_id,
            creation_date=creation_date,
            location=location,
            description=description,
            title=title,
            timezone=timezone,
            calendar_name=calendar_name,
            locale=locale,
            guests_can_modify=guests_can_modify,
            timeslots=timeslots,
            allow_double_bookings=allow_double_bookings,
            additional_guests=additional_guests,
            meeting_type_id=meeting_type_id,
            created_by_id=created_by_id,
            custom_fields=custom_fields,
            integrations=integrations,
        )

        meeting_invite.additional_properties = d
        return meeting_invite

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
