from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_availability import DayAvailability
    from ..models.meeting_type_days_from_now import MeetingTypeDaysFromNow
    from ..models.meeting_type_defaults import MeetingTypeDefaults
    from ..models.meeting_type_integrations import MeetingTypeIntegrations


T = TypeVar("T", bound="MeetingType")


@_attrs_define
class MeetingType:
    """A meeting type.

    Example:
        {'_id': '5f7b1c2e8447b9058a310431', 'userId': 'kZYPwDDiGPTfQDj5n', 'createdAt': '2020-10-05T12:00:00.000Z',
            'updatedAt': '2020-10-06T09:30:00.000Z', 'name': 'New meeting type', 'durationMin': 30, 'daysFromNow': {'start':
            1, 'end': 21, 'unit': 'weekdays'}, 'day1': {'enabled': True, 'timeslots': [{'startTime': '09:00:00', 'endTime':
            '17:00:00'}]}, 'defaults': {'title': 'Intro call', 'location': 'Zoom', 'description': ''}, 'link':
            'meetingtype_1', 'buffer': 0}

    """

    id: str
    user_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    """ Default "New meeting type". """
    duration_min: int | Unset = UNSET
    """ Minutes; default 30. """
    days_from_now: MeetingTypeDaysFromNow | Unset = UNSET
    day0: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day1: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day2: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day3: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day4: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day5: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day6: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    defaults: MeetingTypeDefaults | Unset = UNSET
    link: str | Unset = UNSET
    """ URL slug, default `meetingtype_<n>`. """
    buffer: int | Unset = UNSET
    """ Minutes between meetings. """
    type_: str | Unset = UNSET
    calendar_ids: list[str] | Unset = UNSET
    custom_fields: list[Any] | Unset = UNSET
    default_guests: list[Any] | Unset = UNSET
    guests_can_modify_invites: bool | Unset = UNSET
    include_message_perma_link: bool | Unset = UNSET
    integrations: MeetingTypeIntegrations | Unset = UNSET
    prevent_double_booking: list[Any] | Unset = UNSET
    reduced_interval: bool | int | None | Unset = UNSET
    rooms_and_resources: list[Any] | Unset = UNSET
    any_room_in_building: list[Any] | Unset = UNSET
    round_robin_queue: list[Any] | Unset = UNSET
    rule_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        name = self.name

        duration_min = self.duration_min

        days_from_now: dict[str, Any] | Unset = UNSET
        if not isinstance(self.days_from_now, Unset):
            days_from_now = self.days_from_now.to_dict()

        day0: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day0, Unset):
            day0 = self.day0.to_dict()

        day1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day1, Unset):
            day1 = self.day1.to_dict()

        day2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day2, Unset):
            day2 = self.day2.to_dict()

        day3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day3, Unset):
            day3 = self.day3.to_dict()

        day4: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day4, Unset):
            day4 = self.day4.to_dict()

        day5: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day5, Unset):
            day5 = self.day5.to_dict()

        day6: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day6, Unset):
            day6 = self.day6.to_dict()

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        link = self.link

        buffer = self.buffer

        type_ = self.type_

        calendar_ids: list[str] | Unset = UNSET
        if not isinstance(self.calendar_ids, Unset):
            calendar_ids = self.calendar_ids

        custom_fields: list[Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields

        default_guests: list[Any] | Unset = UNSET
        if not isinstance(self.default_guests, Unset):
            default_guests = self.default_guests

        guests_can_modify_invites = self.guests_can_modify_invites

        include_message_perma_link = self.include_message_perma_link

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        prevent_double_booking: list[Any] | Unset = UNSET
        if not isinstance(self.prevent_double_booking, Unset):
            prevent_double_booking = self.prevent_double_booking

        reduced_interval: bool | int | None | Unset
        if isinstance(self.reduced_interval, Unset):
            reduced_interval = UNSET
        else:
            reduced_interval = self.reduced_interval

        rooms_and_resources: list[Any] | Unset = UNSET
        if not isinstance(self.rooms_and_resources, Unset):
            rooms_and_resources = self.rooms_and_resources

        any_room_in_building: list[Any] | Unset = UNSET
        if not isinstance(self.any_room_in_building, Unset):
            any_room_in_building = self.any_room_in_building

        round_robin_queue: list[Any] | Unset = UNSET
        if not isinstance(self.round_robin_queue, Unset):
            round_robin_queue = self.round_robin_queue

        rule_ids: list[str] | Unset = UNSET
        if not isinstance(self.rule_ids, Unset):
            rule_ids = self.rule_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if duration_min is not UNSET:
            field_dict["durationMin"] = duration_min
        if days_from_now is not UNSET:
            field_dict["daysFromNow"] = days_from_now
        if day0 is not UNSET:
            field_dict["day0"] = day0
        if day1 is not UNSET:
            field_dict["day1"] = day1
        if day2 is not UNSET:
            field_dict["day2"] = day2
        if day3 is not UNSET:
            field_dict["day3"] = day3
        if day4 is not UNSET:
            field_dict["day4"] = day4
        if day5 is not UNSET:
            field_dict["day5"] = day5
        if day6 is not UNSET:
            field_dict["day6"] = day6
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if link is not UNSET:
            field_dict["link"] = link
        if buffer is not UNSET:
            field_dict["buffer"] = buffer
        if type_ is not UNSET:
            field_dict["type"] = type_
        if calendar_ids is not UNSET:
            field_dict["calendarIds"] = calendar_ids
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if default_guests is not UNSET:
            field_dict["defaultGuests"] = default_guests
        if guests_can_modify_invites is not UNSET:
            field_dict["guestsCanModifyInvites"] = guests_can_modify_invites
        if include_message_perma_link is not UNSET:
            field_dict["includeMessagePermaLink"] = include_message_perma_link
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if prevent_double_booking is not UNSET:
            field_dict["preventDoubleBooking"] = prevent_double_booking
        if reduced_interval is not UNSET:
            field_dict["reducedInterval"] = reduced_interval
        if rooms_and_resources is not UNSET:
            field_dict["roomsAndResources"] = rooms_and_resources
        if any_room_in_building is not UNSET:
            field_dict["anyRoomInBuilding"] = any_room_in_building
        if round_robin_queue is not UNSET:
            field_dict["roundRobinQueue"] = round_robin_queue
        if rule_ids is not UNSET:
            field_dict["ruleIds"] = rule_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_availability import DayAvailability  # noqa: PLC0415
        from ..models.meeting_type_days_from_now import MeetingTypeDaysFromNow  # noqa: PLC0415
        from ..models.meeting_type_defaults import MeetingTypeDefaults  # noqa: PLC0415
        from ..models.meeting_type_integrations import MeetingTypeIntegrations  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        name = d.pop("name", UNSET)

        duration_min = d.pop("durationMin", UNSET)

        _days_from_now = d.pop("daysFromNow", UNSET)
        days_from_now: MeetingTypeDaysFromNow | Unset
        if isinstance(_days_from_now, Unset):
            days_from_now = UNSET
        else:
            days_from_now = MeetingTypeDaysFromNow.from_dict(_days_from_now)

        _day0 = d.pop("day0", UNSET)
        day0: DayAvailability | Unset
        if isinstance(_day0, Unset):
            day0 = UNSET
        else:
            day0 = DayAvailability.from_dict(_day0)

        _day1 = d.pop("day1", UNSET)
        day1: DayAvailability | Unset
        if isinstance(_day1, Unset):
            day1 = UNSET
        else:
            day1 = DayAvailability.from_dict(_day1)

        _day2 = d.pop("day2", UNSET)
        day2: DayAvailability | Unset
        if isinstance(_day2, Unset):
            day2 = UNSET
        else:
            day2 = DayAvailability.from_dict(_day2)

        _day3 = d.pop("day3", UNSET)
        day3: DayAvailability | Unset
        if isinstance(_day3, Unset):
            day3 = UNSET
        else:
            day3 = DayAvailability.from_dict(_day3)

        _day4 = d.pop("day4", UNSET)
        day4: DayAvailability | Unset
        if isinstance(_day4, Unset):
            day4 = UNSET
        else:
            day4 = DayAvailability.from_dict(_day4)

        _day5 = d.pop("day5", UNSET)
        day5: DayAvailability | Unset
        if isinstance(_day5, Unset):
            day5 = UNSET
        else:
            day5 = DayAvailability.from_dict(_day5)

        _day6 = d.pop("day6", UNSET)
        day6: DayAvailability | Unset
        if isinstance(_day6, Unset):
            day6 = UNSET
        else:
            day6 = DayAvailability.from_dict(_day6)

        _defaults = d.pop("defaults", UNSET)
        defaults: MeetingTypeDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = MeetingTypeDefaults.from_dict(_defaults)

        link = d.pop("link", UNSET)

        buffer = d.pop("buffer", UNSET)

        type_ = d.pop("type", UNSET)

        calendar_ids = cast(list[str], d.pop("calendarIds", UNSET))

        custom_fields = cast(list[Any], d.pop("customFields", UNSET))

        default_guests = cast(list[Any], d.pop("defaultGuests", UNSET))

        guests_can_modify_invites = d.pop("guestsCanModifyInvites", UNSET)

        include_message_perma_link = d.pop("includeMessagePermaLink", UNSET)

        _integrations = d.pop("integrations", UNSET)
        integrations: MeetingTypeIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = MeetingTypeIntegrations.from_dict(_integrations)

        prevent_double_booking = cast(list[Any], d.pop("preventDoubleBooking", UNSET))

        def _parse_reduced_interval(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        reduced_interval = _parse_reduced_interval(d.pop("reducedInterval", UNSET))

        rooms_and_resources = cast(list[Any], d.pop("roomsAndResources", UNSET))

        any_room_in_building = cast(list[Any], d.pop("anyRoomInBuilding", UNSET))

        round_robin_queue = cast(list[Any], d.pop("roundRobinQueue", UNSET))

        rule_ids = cast(list[str], d.pop("ruleIds", UNSET))

        meeting_type = cls(
            id=id,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            duration_min=duration_min,
            days_from_now=days_from_now,
            day0=day0,
            day1=day1,
            day2=day2,
            day3=day3,
            day4=day4,
            day5=day5,
            day6=day6,
            defaults=defaults,
            link=link,
            buffer=buffer,
            type_=type_,
            calendar_ids=calendar_ids,
            custom_fields=custom_fields,
            default_guests=default_guests,
            guests_can_modify_invites=guests_can_modify_invites,
            include_message_perma_link=include_message_perma_link,
            integrations=integrations,
            prevent_double_booking=prevent_double_booking,
            reduced_interval=reduced_interval,
            rooms_and_resources=rooms_and_resources,
            any_room_in_building=any_room_in_building,
            round_robin_queue=round_robin_queue,
            rule_ids=rule_ids,
        )

        meeting_type.additional_properties = d
        return meeting_type

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
