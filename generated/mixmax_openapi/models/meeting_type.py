from __future__ import annotations

import datetime
import datetime as _datetime
import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import day_availability as _m_day_availability
from . import meeting_type_days_from_now as _m_meeting_type_days_from_now
from . import meeting_type_defaults as _m_meeting_type_defaults
from . import meeting_type_integrations as _m_meeting_type_integrations

if TYPE_CHECKING:
    from ..models.day_availability import DayAvailability
    from ..models.meeting_type_days_from_now import MeetingTypeDaysFromNow
    from ..models.meeting_type_defaults import MeetingTypeDefaults
    from ..models.meeting_type_integrations import MeetingTypeIntegrations

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "createdAt",
        "updatedAt",
        "name",
        "durationMin",
        "daysFromNow",
        "day0",
        "day1",
        "day2",
        "day3",
        "day4",
        "day5",
        "day6",
        "defaults",
        "link",
        "buffer",
        "type",
        "calendarIds",
        "customFields",
        "defaultGuests",
        "guestsCanModifyInvites",
        "includeMessagePermaLink",
        "integrations",
        "preventDoubleBooking",
        "reducedInterval",
        "roomsAndResources",
        "anyRoomInBuilding",
        "roundRobinQueue",
        "ruleIds",
    )
)


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
    integrations: MeetingTypeIntegrations | None | Unset = UNSET
    prevent_double_booking: list[Any] | None | Unset = UNSET
    reduced_interval: bool | int | None | Unset = UNSET
    rooms_and_resources: list[Any] | None | Unset = UNSET
    any_room_in_building: list[Any] | None | Unset = UNSET
    round_robin_queue: list[Any] | None | Unset = UNSET
    rule_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created_at is not UNSET:
            field_dict["createdAt"] = _to_json(self.created_at)
        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.duration_min is not UNSET:
            field_dict["durationMin"] = self.duration_min
        if self.days_from_now is not UNSET:
            field_dict["daysFromNow"] = _to_json(self.days_from_now)
        if self.day0 is not UNSET:
            field_dict["day0"] = _to_json(self.day0)
        if self.day1 is not UNSET:
            field_dict["day1"] = _to_json(self.day1)
        if self.day2 is not UNSET:
            field_dict["day2"] = _to_json(self.day2)
        if self.day3 is not UNSET:
            field_dict["day3"] = _to_json(self.day3)
        if self.day4 is not UNSET:
            field_dict["day4"] = _to_json(self.day4)
        if self.day5 is not UNSET:
            field_dict["day5"] = _to_json(self.day5)
        if self.day6 is not UNSET:
            field_dict["day6"] = _to_json(self.day6)
        if self.defaults is not UNSET:
            field_dict["defaults"] = _to_json(self.defaults)
        if self.link is not UNSET:
            field_dict["link"] = self.link
        if self.buffer is not UNSET:
            field_dict["buffer"] = self.buffer
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.calendar_ids is not UNSET:
            field_dict["calendarIds"] = self.calendar_ids
        if self.custom_fields is not UNSET:
            field_dict["customFields"] = self.custom_fields
        if self.default_guests is not UNSET:
            field_dict["defaultGuests"] = self.default_guests
        if self.guests_can_modify_invites is not UNSET:
            field_dict["guestsCanModifyInvites"] = self.guests_can_modify_invites
        if self.include_message_perma_link is not UNSET:
            field_dict["includeMessagePermaLink"] = self.include_message_perma_link
        if self.integrations is not UNSET:
            field_dict["integrations"] = _to_json(self.integrations)
        if self.prevent_double_booking is not UNSET:
            field_dict["preventDoubleBooking"] = self.prevent_double_booking
        if self.reduced_interval is not UNSET:
            field_dict["reducedInterval"] = self.reduced_interval
        if self.rooms_and_resources is not UNSET:
            field_dict["roomsAndResources"] = self.rooms_and_resources
        if self.any_room_in_building is not UNSET:
            field_dict["anyRoomInBuilding"] = self.any_room_in_building
        if self.round_robin_queue is not UNSET:
            field_dict["roundRobinQueue"] = self.round_robin_queue
        if self.rule_ids is not UNSET:
            field_dict["ruleIds"] = self.rule_ids
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
            _deviation("MeetingType", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("MeetingType", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if created_at.__class__ is str:
            try:
                created_at = _datetime.datetime.fromisoformat(created_at)
            except ValueError:
                _deviation("MeetingType", "createdAt", "date-time string", created_at)
        elif created_at is not UNSET:
            _deviation("MeetingType", "createdAt", "date-time string", created_at)

        updated_at = _get("updatedAt", UNSET)
        if (
            not (updated_at.__class__ is int or updated_at.__class__ is str or updated_at is None)
            and updated_at is not UNSET
        ):
            _deviation("MeetingType", "updatedAt", "integer or string or null", updated_at)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("MeetingType", "name", "string", name)

        duration_min = _get("durationMin", UNSET)
        if not (duration_min.__class__ is int) and duration_min is not UNSET:
            _deviation("MeetingType", "durationMin", "integer", duration_min)

        days_from_now = _get("daysFromNow", UNSET)
        if days_from_now.__class__ is dict:
            try:
                days_from_now = _m_meeting_type_days_from_now.MeetingTypeDaysFromNow.from_dict(days_from_now)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "daysFromNow")
                raise
        elif days_from_now is None:
            pass
        elif days_from_now is not UNSET:
            _deviation("MeetingType", "daysFromNow", "MeetingTypeDaysFromNow or null", days_from_now)

        day0 = _get("day0", UNSET)
        if day0.__class__ is dict:
            try:
                day0 = _m_day_availability.DayAvailability.from_dict(day0)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "day0")
                raise
        elif day0 is None:
            pass
        elif day0 is not UNSET:
            _deviation("MeetingType", "day0", "DayAvailability or null", day0)

        day1 = _get("day1", UNSET)
        if day1.__class__ is dict:
            try:
                day1 = _m_day_availability.DayAvailability.from_dict(day1)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "day1")
                raise
        elif day1 is None:
            pass
        elif day1 is not UNSET:
            _deviation("MeetingType", "day1", "DayAvailability or null", day1)

        day2 = _get("day2", UNSET)
        if day2.__class__ is dict:
            try:
                day2 = _m_day_availability.DayAvailability.from_dict(day2)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "day2")
                raise
        elif day2 is None:
            pass
        elif day2 is not UNSET:
            _deviation("MeetingType", "day2", "DayAvailability or null", day2)

        day3 = _get("day3", UNSET)
        if day3.__class__ is dict:
            try:
                day3 = _m_day_availability.DayAvailability.from_dict(day3)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "day3")
                raise
        elif day3 is None:
            pass
        elif day3 is not UNSET:
            _deviation("MeetingType", "day3", "DayAvailability or null", day3)

        day4 = _get("day4", UNSET)
        if day4.__class__ is dict:
            try:
                day4 = _m_day_availability.DayAvailability.from_dict(day4)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "day4")
                raise
        elif day4 is None:
            pass
        elif day4 is not UNSET:
            _deviation("MeetingType", "day4", "DayAvailability or null", day4)

        day5 = _get("day5", UNSET)
        if day5.__class__ is dict:
            try:
                day5 = _m_day_availability.DayAvailability.from_dict(day5)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "day5")
                raise
        elif day5 is None:
            pass
        elif day5 is not UNSET:
            _deviation("MeetingType", "day5", "DayAvailability or null", day5)

        day6 = _get("day6", UNSET)
        if day6.__class__ is dict:
            try:
                day6 = _m_day_availability.DayAvailability.from_dict(day6)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "day6")
                raise
        elif day6 is None:
            pass
        elif day6 is not UNSET:
            _deviation("MeetingType", "day6", "DayAvailability or null", day6)

        defaults = _get("defaults", UNSET)
        if defaults.__class__ is dict:
            try:
                defaults = _m_meeting_type_defaults.MeetingTypeDefaults.from_dict(defaults)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "defaults")
                raise
        elif defaults is None:
            pass
        elif defaults is not UNSET:
            _deviation("MeetingType", "defaults", "MeetingTypeDefaults or null", defaults)

        link = _get("link", UNSET)
        if not (link.__class__ is str) and link is not UNSET:
            _deviation("MeetingType", "link", "string", link)

        buffer = _get("buffer", UNSET)
        if not (buffer.__class__ is int) and buffer is not UNSET:
            _deviation("MeetingType", "buffer", "integer", buffer)

        type_ = _get("type", UNSET)
        if not (type_.__class__ is str) and type_ is not UNSET:
            _deviation("MeetingType", "type", "string", type_)

        calendar_ids = _get("calendarIds", UNSET)
        if calendar_ids.__class__ is list:
            for _n1, _calendar_ids_item in enumerate(calendar_ids):
                if not (_calendar_ids_item.__class__ is str):
                    _deviation("MeetingType", f"calendarIds[{_n1}]", "string", _calendar_ids_item)
        elif calendar_ids is None:
            pass
        elif calendar_ids is not UNSET:
            _deviation("MeetingType", "calendarIds", "array of string or null", calendar_ids)

        custom_fields = _get("customFields", UNSET)
        if not (custom_fields.__class__ is list or custom_fields is None) and custom_fields is not UNSET:
            _deviation("MeetingType", "customFields", "array of any or null", custom_fields)

        default_guests = _get("defaultGuests", UNSET)
        if not (default_guests.__class__ is list or default_guests is None) and default_guests is not UNSET:
            _deviation("MeetingType", "defaultGuests", "array of any or null", default_guests)

        guests_can_modify_invites = _get("guestsCanModifyInvites", UNSET)
        if (
            not (guests_can_modify_invites is True or guests_can_modify_invites is False)
            and guests_can_modify_invites is not UNSET
        ):
            _deviation("MeetingType", "guestsCanModifyInvites", "boolean", guests_can_modify_invites)

        include_message_perma_link = _get("includeMessagePermaLink", UNSET)
        if (
            not (include_message_perma_link is True or include_message_perma_link is False)
            and include_message_perma_link is not UNSET
        ):
            _deviation("MeetingType", "includeMessagePermaLink", "boolean", include_message_perma_link)

        integrations = _get("integrations", UNSET)
        if integrations.__class__ is dict:
            try:
                integrations = _m_meeting_type_integrations.MeetingTypeIntegrations.from_dict(integrations)
            except _ResponseDeviation as _e:
                _e._within("MeetingType", "integrations")
                raise
        elif integrations is None:
            pass
        elif integrations is not UNSET:
            _deviation("MeetingType", "integrations", "MeetingTypeIntegrations or null", integrations)

        prevent_double_booking = _get("preventDoubleBooking", UNSET)
        if (
            not (prevent_double_booking.__class__ is list or prevent_double_booking is None)
            and prevent_double_booking is not UNSET
        ):
            _deviation("MeetingType", "preventDoubleBooking", "array of any or null", prevent_double_booking)

        reduced_interval = _get("reducedInterval", UNSET)
        if (
            not (
                (reduced_interval is True or reduced_interval is False)
                or reduced_interval.__class__ is int
                or reduced_interval is None
            )
            and reduced_interval is not UNSET
        ):
            _deviation("MeetingType", "reducedInterval", "boolean or integer or null", reduced_interval)

        rooms_and_resources = _get("roomsAndResources", UNSET)
        if (
            not (rooms_and_resources.__class__ is list or rooms_and_resources is None)
            and rooms_and_resources is not UNSET
        ):
            _deviation("MeetingType", "roomsAndResources", "array of any or null", rooms_and_resources)

        any_room_in_building = _get("anyRoomInBuilding", UNSET)
        if (
            not (any_room_in_building.__class__ is list or any_room_in_building is None)
            and any_room_in_building is not UNSET
        ):
            _deviation("MeetingType", "anyRoomInBuilding", "array of any or null", any_room_in_building)

        round_robin_queue = _get("roundRobinQueue", UNSET)
        if not (round_robin_queue.__class__ is list or round_robin_queue is None) and round_robin_queue is not UNSET:
            _deviation("MeetingType", "roundRobinQueue", "array of any or null", round_robin_queue)

        rule_ids = _get("ruleIds", UNSET)
        if rule_ids.__class__ is list:
            for _n1, _rule_ids_item in enumerate(rule_ids):
                if not (_rule_ids_item.__class__ is str):
                    _deviation("MeetingType", f"ruleIds[{_n1}]", "string", _rule_ids_item)
        elif rule_ids is None:
            pass
        elif rule_ids is not UNSET:
            _deviation("MeetingType", "ruleIds", "array of string or null", rule_ids)

        _obj = cls(
            id,
            user_id,
            created_at,
            updated_at,
            name,
            duration_min,
            days_from_now,
            day0,
            day1,
            day2,
            day3,
            day4,
            day5,
            day6,
            defaults,
            link,
            buffer,
            type_,
            calendar_ids,
            custom_fields,
            default_guests,
            guests_can_modify_invites,
            include_message_perma_link,
            integrations,
            prevent_double_booking,
            reduced_interval,
            rooms_and_resources,
            any_room_in_building,
            round_robin_queue,
            rule_ids,
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
