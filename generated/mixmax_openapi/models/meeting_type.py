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
    from ..models.meeting_type_integrations_type_0 import MeetingTypeIntegrationsType0


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
    updated_at: int | None | str | Unset = UNSET
    name: str | Unset = UNSET
    """ Default "New meeting type". """
    duration_min: int | Unset = UNSET
    """ Minutes; default 30. """
    days_from_now: MeetingTypeDaysFromNow | None | Unset = UNSET
    day0: DayAvailability | None | Unset = UNSET
    day1: DayAvailability | None | Unset = UNSET
    day2: DayAvailability | None | Unset = UNSET
    day3: DayAvailability | None | Unset = UNSET
    day4: DayAvailability | None | Unset = UNSET
    day5: DayAvailability | None | Unset = UNSET
    day6: DayAvailability | None | Unset = UNSET
    defaults: MeetingTypeDefaults | None | Unset = UNSET
    link: str | Unset = UNSET
    """ URL slug, default `meetingtype_<n>`. """
    buffer: int | Unset = UNSET
    """ Minutes between meetings. """
    type_: str | Unset = UNSET
    calendar_ids: list[str] | None | Unset = UNSET
    custom_fields: list[Any] | None | Unset = UNSET
    default_guests: list[Any] | None | Unset = UNSET
    guests_can_modify_invites: bool | Unset = UNSET
    include_message_perma_link: bool | Unset = UNSET
    integrations: MeetingTypeIntegrationsType0 | None | Unset = UNSET
    prevent_double_booking: list[Any] | None | Unset = UNSET
    reduced_interval: bool | int | None | Unset = UNSET
    rooms_and_resources: list[Any] | None | Unset = UNSET
    any_room_in_building: list[Any] | None | Unset = UNSET
    round_robin_queue: list[Any] | None | Unset = UNSET
    rule_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.day_availability import DayAvailability  # noqa: PLC0415
        from ..models.meeting_type_days_from_now import MeetingTypeDaysFromNow  # noqa: PLC0415
        from ..models.meeting_type_defaults import MeetingTypeDefaults  # noqa: PLC0415
        from ..models.meeting_type_integrations_type_0 import MeetingTypeIntegrationsType0  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: int | None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        name = self.name

        duration_min = self.duration_min

        days_from_now: dict[str, Any] | None | Unset
        if isinstance(self.days_from_now, Unset):
            days_from_now = UNSET
        elif isinstance(self.days_from_now, MeetingTypeDaysFromNow):
            days_from_now = self.days_from_now.to_dict()
        else:
            days_from_now = self.days_from_now

        day0: dict[str, Any] | None | Unset
        if isinstance(self.day0, Unset):
            day0 = UNSET
        elif isinstance(self.day0, DayAvailability):
            day0 = self.day0.to_dict()
        else:
            day0 = self.day0

        day1: dict[str, Any] | None | Unset
        if isinstance(self.day1, Unset):
            day1 = UNSET
        elif isinstance(self.day1, DayAvailability):
            day1 = self.day1.to_dict()
        else:
            day1 = self.day1

        day2: dict[str, Any] | None | Unset
        if isinstance(self.day2, Unset):
            day2 = UNSET
        elif isinstance(self.day2, DayAvailability):
            day2 = self.day2.to_dict()
        else:
            day2 = self.day2

        day3: dict[str, Any] | None | Unset
        if isinstance(self.day3, Unset):
            day3 = UNSET
        elif isinstance(self.day3, DayAvailability):
            day3 = self.day3.to_dict()
        else:
            day3 = self.day3

        day4: dict[str, Any] | None | Unset
        if isinstance(self.day4, Unset):
            day4 = UNSET
        elif isinstance(self.day4, DayAvailability):
            day4 = self.day4.to_dict()
        else:
            day4 = self.day4

        day5: dict[str, Any] | None | Unset
        if isinstance(self.day5, Unset):
            day5 = UNSET
        elif isinstance(self.day5, DayAvailability):
            day5 = self.day5.to_dict()
        else:
            day5 = self.day5

        day6: dict[str, Any] | None | Unset
        if isinstance(self.day6, Unset):
            day6 = UNSET
        elif isinstance(self.day6, DayAvailability):
            day6 = self.day6.to_dict()
        else:
            day6 = self.day6

        defaults: dict[str, Any] | None | Unset
        if isinstance(self.defaults, Unset):
            defaults = UNSET
        elif isinstance(self.defaults, MeetingTypeDefaults):
            defaults = self.defaults.to_dict()
        else:
            defaults = self.defaults

        link = self.link

        buffer = self.buffer

        type_ = self.type_

        calendar_ids: list[str] | None | Unset
        if isinstance(self.calendar_ids, Unset):
            calendar_ids = UNSET
        elif isinstance(self.calendar_ids, list):
            calendar_ids = self.calendar_ids

        else:
            calendar_ids = self.calendar_ids

        custom_fields: list[Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = self.custom_fields

        else:
            custom_fields = self.custom_fields

        default_guests: list[Any] | None | Unset
        if isinstance(self.default_guests, Unset):
            default_guests = UNSET
        elif isinstance(self.default_guests, list):
            default_guests = self.default_guests

        else:
            default_guests = self.default_guests

        guests_can_modify_invites = self.guests_can_modify_invites

        include_message_perma_link = self.include_message_perma_link

        integrations: dict[str, Any] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, MeetingTypeIntegrationsType0):
            integrations = self.integrations.to_dict()
        else:
            integrations = self.integrations

        prevent_double_booking: list[Any] | None | Unset
        if isinstance(self.prevent_double_booking, Unset):
            prevent_double_booking = UNSET
        elif isinstance(self.prevent_double_booking, list):
            prevent_double_booking = self.prevent_double_booking

        else:
            prevent_double_booking = self.prevent_double_booking

        reduced_interval: bool | int | None | Unset
        if isinstance(self.reduced_interval, Unset):
            reduced_interval = UNSET
        else:
            reduced_interval = self.reduced_interval

        rooms_and_resources: list[Any] | None | Unset
        if isinstance(self.rooms_and_resources, Unset):
            rooms_and_resources = UNSET
        elif isinstance(self.rooms_and_resources, list):
            rooms_and_resources = self.rooms_and_resources

        else:
            rooms_and_resources = self.rooms_and_resources

        any_room_in_building: list[Any] | None | Unset
        if isinstance(self.any_room_in_building, Unset):
            any_room_in_building = UNSET
        elif isinstance(self.any_room_in_building, list):
            any_room_in_building = self.any_room_in_building

        else:
            any_room_in_building = self.any_room_in_building

        round_robin_queue: list[Any] | None | Unset
        if isinstance(self.round_robin_queue, Unset):
            round_robin_queue = UNSET
        elif isinstance(self.round_robin_queue, list):
            round_robin_queue = self.round_robin_queue

        else:
            round_robin_queue = self.round_robin_queue

        rule_ids: list[str] | None | Unset
        if isinstance(self.rule_ids, Unset):
            rule_ids = UNSET
        elif isinstance(self.rule_ids, list):
            rule_ids = self.rule_ids

        else:
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
        from ..models.meeting_type_integrations_type_0 import MeetingTypeIntegrationsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_updated_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        name = d.pop("name", UNSET)

        duration_min = d.pop("durationMin", UNSET)

        def _parse_days_from_now(data: object) -> MeetingTypeDaysFromNow | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                days_from_now_type_0 = MeetingTypeDaysFromNow.from_dict(data)

                return days_from_now_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingTypeDaysFromNow | None | Unset, data)

        days_from_now = _parse_days_from_now(d.pop("daysFromNow", UNSET))

        def _parse_day0(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day0_type_0 = DayAvailability.from_dict(data)

                return day0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day0 = _parse_day0(d.pop("day0", UNSET))

        def _parse_day1(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day1_type_0 = DayAvailability.from_dict(data)

                return day1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day1 = _parse_day1(d.pop("day1", UNSET))

        def _parse_day2(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day2_type_0 = DayAvailability.from_dict(data)

                return day2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day2 = _parse_day2(d.pop("day2", UNSET))

        def _parse_day3(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day3_type_0 = DayAvailability.from_dict(data)

                return day3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day3 = _parse_day3(d.pop("day3", UNSET))

        def _parse_day4(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day4_type_0 = DayAvailability.from_dict(data)

                return day4_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day4 = _parse_day4(d.pop("day4", UNSET))

        def _parse_day5(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day5_type_0 = DayAvailability.from_dict(data)

                return day5_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day5 = _parse_day5(d.pop("day5", UNSET))

        def _parse_day6(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day6_type_0 = DayAvailability.from_dict(data)

                return day6_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day6 = _parse_day6(d.pop("day6", UNSET))

        def _parse_defaults(data: object) -> MeetingTypeDefaults | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                defaults_type_0 = MeetingTypeDefaults.from_dict(data)

                return defaults_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingTypeDefaults | None | Unset, data)

        defaults = _parse_defaults(d.pop("defaults", UNSET))

        link = d.pop("link", UNSET)

        buffer = d.pop("buffer", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_calendar_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                calendar_ids_type_0 = cast(list[str], data)

                return calendar_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        calendar_ids = _parse_calendar_ids(d.pop("calendarIds", UNSET))

        def _parse_custom_fields(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = cast(list[Any], data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_default_guests(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_guests_type_0 = cast(list[Any], data)

                return default_guests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        default_guests = _parse_default_guests(d.pop("defaultGuests", UNSET))

        guests_can_modify_invites = d.pop("guestsCanModifyInvites", UNSET)

        include_message_perma_link = d.pop("includeMessagePermaLink", UNSET)

        def _parse_integrations(data: object) -> MeetingTypeIntegrationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integrations_type_0 = MeetingTypeIntegrationsType0.from_dict(data)

                return integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingTypeIntegrationsType0 | None | Unset, data)

        integrations = _parse_integrations(d.pop("integrations", UNSET))

        def _parse_prevent_double_booking(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prevent_double_booking_type_0 = cast(list[Any], data)

                return prevent_double_booking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        prevent_double_booking = _parse_prevent_double_booking(d.pop("preventDoubleBooking", UNSET))

        def _parse_reduced_interval(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        reduced_interval = _parse_reduced_interval(d.pop("reducedInterval", UNSET))

        def _parse_rooms_and_resources(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rooms_and_resources_type_0 = cast(list[Any], data)

                return rooms_and_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        rooms_and_resources = _parse_rooms_and_resources(d.pop("roomsAndResources", UNSET))

        def _parse_any_room_in_building(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_room_in_building_type_0 = cast(list[Any], data)

                return any_room_in_building_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        any_room_in_building = _parse_any_room_in_building(d.pop("anyRoomInBuilding", UNSET))

        def _parse_round_robin_queue(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                round_robin_queue_type_0 = cast(list[Any], data)

                return round_robin_queue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        round_robin_queue = _parse_round_robin_queue(d.pop("roundRobinQueue", UNSET))

        def _parse_rule_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rule_ids_type_0 = cast(list[str], data)

                return rule_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        rule_ids = _parse_rule_ids(d.pop("ruleIds", UNSET))

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
