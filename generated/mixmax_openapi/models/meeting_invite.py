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
from . import meeting_invite_custom_field as _m_meeting_invite_custom_field
from . import meeting_invite_integrations as _m_meeting_invite_integrations
from . import meeting_invite_timeslot as _m_meeting_invite_timeslot

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.meeting_invite_custom_field import MeetingInviteCustomField
    from ..models.meeting_invite_integrations import MeetingInviteIntegrations
    from ..models.meeting_invite_timeslot import MeetingInviteTimeslot

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "creationDate",
        "location",
        "description",
        "title",
        "timezone",
        "calendarName",
        "locale",
        "guestsCanModify",
        "timeslots",
        "allowDoubleBookings",
        "additionalGuests",
        "meetingTypeId",
        "createdById",
        "customFields",
        "integrations",
    )
)


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
    integrations: MeetingInviteIntegrations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.creation_date is not UNSET:
            field_dict["creationDate"] = self.creation_date
        if self.location is not UNSET:
            field_dict["location"] = self.location
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.timezone is not UNSET:
            field_dict["timezone"] = self.timezone
        if self.calendar_name is not UNSET:
            field_dict["calendarName"] = self.calendar_name
        if self.locale is not UNSET:
            field_dict["locale"] = self.locale
        if self.guests_can_modify is not UNSET:
            field_dict["guestsCanModify"] = self.guests_can_modify
        if self.timeslots is not UNSET:
            field_dict["timeslots"] = _to_json(self.timeslots)
        if self.allow_double_bookings is not UNSET:
            field_dict["allowDoubleBookings"] = self.allow_double_bookings
        if self.additional_guests is not UNSET:
            field_dict["additionalGuests"] = _to_json(self.additional_guests)
        if self.meeting_type_id is not UNSET:
            field_dict["meetingTypeId"] = self.meeting_type_id
        if self.created_by_id is not UNSET:
            field_dict["createdById"] = self.created_by_id
        if self.custom_fields is not UNSET:
            field_dict["customFields"] = _to_json(self.custom_fields)
        if self.integrations is not UNSET:
            field_dict["integrations"] = _to_json(self.integrations)
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
        if not (id.__class__ is str) and id is not UNSET:
            _deviation("MeetingInvite", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("MeetingInvite", "userId", "string", user_id)

        creation_date = _get("creationDate", UNSET)
        if not (creation_date.__class__ is float or creation_date.__class__ is int) and creation_date is not UNSET:
            _deviation("MeetingInvite", "creationDate", "number", creation_date)

        location = _get("location", UNSET)
        if not (location.__class__ is str) and location is not UNSET:
            _deviation("MeetingInvite", "location", "string", location)

        description = _get("description", UNSET)
        if not (description.__class__ is str) and description is not UNSET:
            _deviation("MeetingInvite", "description", "string", description)

        title = _get("title", UNSET)
        if not (title.__class__ is str) and title is not UNSET:
            _deviation("MeetingInvite", "title", "string", title)

        timezone = _get("timezone", UNSET)
        if not (timezone.__class__ is str) and timezone is not UNSET:
            _deviation("MeetingInvite", "timezone", "string", timezone)

        calendar_name = _get("calendarName", UNSET)
        if not (calendar_name.__class__ is str) and calendar_name is not UNSET:
            _deviation("MeetingInvite", "calendarName", "string", calendar_name)

        locale = _get("locale", UNSET)
        if not (locale.__class__ is str) and locale is not UNSET:
            _deviation("MeetingInvite", "locale", "string", locale)

        guests_can_modify = _get("guestsCanModify", UNSET)
        if not (guests_can_modify is True or guests_can_modify is False) and guests_can_modify is not UNSET:
            _deviation("MeetingInvite", "guestsCanModify", "boolean", guests_can_modify)

        timeslots = _get("timeslots", UNSET)
        if timeslots.__class__ is list:
            _timeslots_items: list[Any] = []
            for _timeslots_item in timeslots:
                if _timeslots_item.__class__ is dict:
                    try:
                        _timeslots_item = _m_meeting_invite_timeslot.MeetingInviteTimeslot.from_dict(_timeslots_item)
                    except _ResponseDeviation as _e:
                        _e._within("MeetingInvite", f"timeslots[{len(_timeslots_items)}]")
                        raise
                else:
                    _deviation(
                        "MeetingInvite", f"timeslots[{len(_timeslots_items)}]", "MeetingInviteTimeslot", _timeslots_item
                    )

                _timeslots_items.append(_timeslots_item)
            timeslots = _timeslots_items
        elif timeslots is None:
            pass
        elif timeslots is not UNSET:
            _deviation("MeetingInvite", "timeslots", "array of MeetingInviteTimeslot or null", timeslots)

        allow_double_bookings = _get("allowDoubleBookings", UNSET)
        if not (allow_double_bookings is True or allow_double_bookings is False) and allow_double_bookings is not UNSET:
            _deviation("MeetingInvite", "allowDoubleBookings", "boolean", allow_double_bookings)

        additional_guests = _get("additionalGuests", UNSET)
        if additional_guests.__class__ is list:
            _additional_guests_items: list[Any] = []
            for _additional_guests_item in additional_guests:
                if _additional_guests_item.__class__ is dict:
                    try:
                        _additional_guests_item = _m_email_address.EmailAddress.from_dict(_additional_guests_item)
                    except _ResponseDeviation as _e:
                        _e._within("MeetingInvite", f"additionalGuests[{len(_additional_guests_items)}]")
                        raise
                else:
                    _deviation(
                        "MeetingInvite",
                        f"additionalGuests[{len(_additional_guests_items)}]",
                        "EmailAddress",
                        _additional_guests_item,
                    )

                _additional_guests_items.append(_additional_guests_item)
            additional_guests = _additional_guests_items
        elif additional_guests is None:
            pass
        elif additional_guests is not UNSET:
            _deviation("MeetingInvite", "additionalGuests", "array of EmailAddress or null", additional_guests)

        meeting_type_id = _get("meetingTypeId", UNSET)
        if not (meeting_type_id.__class__ is str) and meeting_type_id is not UNSET:
            _deviation("MeetingInvite", "meetingTypeId", "string", meeting_type_id)

        created_by_id = _get("createdById", UNSET)
        if not (created_by_id.__class__ is str) and created_by_id is not UNSET:
            _deviation("MeetingInvite", "createdById", "string", created_by_id)

        custom_fields = _get("customFields", UNSET)
        if custom_fields.__class__ is list:
            _custom_fields_items: list[Any] = []
            for _custom_fields_item in custom_fields:
                if _custom_fields_item.__class__ is dict:
                    try:
                        _custom_fields_item = _m_meeting_invite_custom_field.MeetingInviteCustomField.from_dict(
                            _custom_fields_item
                        )
                    except _ResponseDeviation as _e:
                        _e._within("MeetingInvite", f"customFields[{len(_custom_fields_items)}]")
                        raise
                else:
                    _deviation(
                        "MeetingInvite",
                        f"customFields[{len(_custom_fields_items)}]",
                        "MeetingInviteCustomField",
                        _custom_fields_item,
                    )

                _custom_fields_items.append(_custom_fields_item)
            custom_fields = _custom_fields_items
        elif custom_fields is None:
            pass
        elif custom_fields is not UNSET:
            _deviation("MeetingInvite", "customFields", "array of MeetingInviteCustomField or null", custom_fields)

        integrations = _get("integrations", UNSET)
        if integrations.__class__ is dict:
            try:
                integrations = _m_meeting_invite_integrations.MeetingInviteIntegrations.from_dict(integrations)
            except _ResponseDeviation as _e:
                _e._within("MeetingInvite", "integrations")
                raise
        elif integrations is None:
            pass
        elif integrations is not UNSET:
            _deviation("MeetingInvite", "integrations", "MeetingInviteIntegrations or null", integrations)

        _obj = cls(
            id,
            user_id,
            creation_date,
            location,
            description,
            title,
            timezone,
            calendar_name,
            locale,
            guests_can_modify,
            timeslots,
            allow_double_bookings,
            additional_guests,
            meeting_type_id,
            created_by_id,
            custom_fields,
            integrations,
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
