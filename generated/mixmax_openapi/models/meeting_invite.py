from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.meeting_invite_custom_field import MeetingInviteCustomField
    from ..models.meeting_invite_integrations import MeetingInviteIntegrations
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
    timeslots: list[MeetingInviteTimeslot] | Unset = UNSET
    allow_double_bookings: bool | Unset = UNSET
    additional_guests: list[EmailAddress] | Unset = UNSET
    meeting_type_id: str | Unset = UNSET
    created_by_id: str | Unset = UNSET
    custom_fields: list[MeetingInviteCustomField] | Unset = UNSET
    integrations: MeetingInviteIntegrations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        timeslots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timeslots, Unset):
            timeslots = []
            for timeslots_item_data in self.timeslots:
                timeslots_item = timeslots_item_data.to_dict()
                timeslots.append(timeslots_item)

        allow_double_bookings = self.allow_double_bookings

        additional_guests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_guests, Unset):
            additional_guests = []
            for additional_guests_item_data in self.additional_guests:
                additional_guests_item = additional_guests_item_data.to_dict()
                additional_guests.append(additional_guests_item)

        meeting_type_id = self.meeting_type_id

        created_by_id = self.created_by_id

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

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
        from ..models.meeting_invite_integrations import MeetingInviteIntegrations  # noqa: PLC0415
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

        _timeslots = d.pop("timeslots", UNSET)
        timeslots: list[MeetingInviteTimeslot] | Unset = UNSET
        if _timeslots is not UNSET:
            timeslots = []
            for timeslots_item_data in _timeslots:
                timeslots_item = MeetingInviteTimeslot.from_dict(timeslots_item_data)

                timeslots.append(timeslots_item)

        allow_double_bookings = d.pop("allowDoubleBookings", UNSET)

        _additional_guests = d.pop("additionalGuests", UNSET)
        additional_guests: list[EmailAddress] | Unset = UNSET
        if _additional_guests is not UNSET:
            additional_guests = []
            for additional_guests_item_data in _additional_guests:
                additional_guests_item = EmailAddress.from_dict(additional_guests_item_data)

                additional_guests.append(additional_guests_item)

        meeting_type_id = d.pop("meetingTypeId", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[MeetingInviteCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = MeetingInviteCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _integrations = d.pop("integrations", UNSET)
        integrations: MeetingInviteIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = MeetingInviteIntegrations.from_dict(_integrations)

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
