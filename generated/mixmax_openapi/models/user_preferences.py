from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_preferences_calendar_appointment_slots import UserPreferencesCalendarAppointmentSlots
    from ..models.user_preferences_default_followup import UserPreferencesDefaultFollowup
    from ..models.user_preferences_followup_presets import UserPreferencesFollowupPresets
    from ..models.user_preferences_send_from_accounts_item import UserPreferencesSendFromAccountsItem
    from ..models.user_preferences_signatures_item import UserPreferencesSignaturesItem
    from ..models.week_availability import WeekAvailability


T = TypeVar("T", bound="UserPreferences")


@_attrs_define
class UserPreferences:
    """The user's preferences: a flat object of key/value pairs. The documented and observed keys are
    typed below; every other key is kept as-is.

    """

    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    add_unsubscribe_link_to_sequences: bool | Unset = UNSET
    always_reply_from_default_address: bool | Unset = UNSET
    app_hotkey_mac: str | Unset = UNSET
    app_hotkey_win: str | Unset = UNSET
    archive_on_cmd_enter: bool | Unset = UNSET
    archive_on_reminder: bool | Unset = UNSET
    auto_bcc_address: str | Unset = UNSET
    auto_bcc_excluded_domains: str | Unset = UNSET
    """ Comma-separated list. """
    auto_bcc_excluded_emails: str | Unset = UNSET
    """ Comma-separated list. """
    auto_link_conversion_enabled: bool | Unset = UNSET
    calendar_additional_guests: list[str] | Unset = UNSET
    calendar_appointment_slots: UserPreferencesCalendarAppointmentSlots | Unset = UNSET
    calendar_availability_description: str | Unset = UNSET
    calendar_availability_location: str | Unset = UNSET
    calendar_availability_title: str | Unset = UNSET
    calendar_drag_chunking_enabled: bool | Unset = UNSET
    calendar_event_description: str | Unset = UNSET
    calendar_hour_format_ampm: bool | Unset = UNSET
    default_calendar_type: str | Unset = UNSET
    default_file_tracking_enabled: bool | Unset = UNSET
    default_followup: UserPreferencesDefaultFollowup | Unset = UNSET
    default_link_tracking_enabled: bool | Unset = UNSET
    default_meeting_length: float | Unset = UNSET
    """ Minutes. """
    default_meeting_type: str | Unset = UNSET
    default_notifications_enabled: bool | Unset = UNSET
    default_tracking_enabled: bool | Unset = UNSET
    disable_eu_tracking: bool | Unset = UNSET
    followup_presets: UserPreferencesFollowupPresets | Unset = UNSET
    prevent_double_bookings: bool | Unset = UNSET
    send_from_accounts: list[UserPreferencesSendFromAccountsItem] | Unset = UNSET
    signatures: list[UserPreferencesSignaturesItem] | Unset = UNSET
    undo_delay: float | Unset = UNSET
    """ Seconds. """
    undo_send_enabled: bool | Unset = UNSET
    week_start_day: float | Unset = UNSET
    """ 0 is Sunday. """
    work_hours: WeekAvailability | Unset = UNSET
    """ Availability per weekday; `day0` is Sunday. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        add_unsubscribe_link_to_sequences = self.add_unsubscribe_link_to_sequences

        always_reply_from_default_address = self.always_reply_from_default_address

        app_hotkey_mac = self.app_hotkey_mac

        app_hotkey_win = self.app_hotkey_win

        archive_on_cmd_enter = self.archive_on_cmd_enter

        archive_on_reminder = self.archive_on_reminder

        auto_bcc_address = self.auto_bcc_address

        auto_bcc_excluded_domains = self.auto_bcc_excluded_domains

        auto_bcc_excluded_emails = self.auto_bcc_excluded_emails

        auto_link_conversion_enabled = self.auto_link_conversion_enabled

        calendar_additional_guests: list[str] | Unset = UNSET
        if not isinstance(self.calendar_additional_guests, Unset):
            calendar_additional_guests = self.calendar_additional_guests

        calendar_appointment_slots: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calendar_appointment_slots, Unset):
            calendar_appointment_slots = self.calendar_appointment_slots.to_dict()

        calendar_availability_description = self.calendar_availability_description

        calendar_availability_location = self.calendar_availability_location

        calendar_availability_title = self.calendar_availability_title

        calendar_drag_chunking_enabled = self.calendar_drag_chunking_enabled

        calendar_event_description = self.calendar_event_description

        calendar_hour_format_ampm = self.calendar_hour_format_ampm

        default_calendar_type = self.default_calendar_type

        default_file_tracking_enabled = self.default_file_tracking_enabled

        default_followup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_followup, Unset):
            default_followup = self.default_followup.to_dict()

        default_link_tracking_enabled = self.default_link_tracking_enabled

        default_meeting_length = self.default_meeting_length

        default_meeting_type = self.default_meeting_type

        default_notifications_enabled = self.default_notifications_enabled

        default_tracking_enabled = self.default_tracking_enabled

        disable_eu_tracking = self.disable_eu_tracking

        followup_presets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.followup_presets, Unset):
            followup_presets = self.followup_presets.to_dict()

        prevent_double_bookings = self.prevent_double_bookings

        send_from_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.send_from_accounts, Unset):
            send_from_accounts = []
            for send_from_accounts_item_data in self.send_from_accounts:
                send_from_accounts_item = send_from_accounts_item_data.to_dict()
                send_from_accounts.append(send_from_accounts_item)

        signatures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signatures, Unset):
            signatures = []
            for signatures_item_data in self.signatures:
                signatures_item = signatures_item_data.to_dict()
                signatures.append(signatures_item)

        undo_delay = self.undo_delay

        undo_send_enabled = self.undo_send_enabled

        week_start_day = self.week_start_day

        work_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_hours, Unset):
            work_hours = self.work_hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if add_unsubscribe_link_to_sequences is not UNSET:
            field_dict["addUnsubscribeLinkToSequences"] = add_unsubscribe_link_to_sequences
        if always_reply_from_default_address is not UNSET:
            field_dict["alwaysReplyFromDefaultAddress"] = always_reply_from_default_address
        if app_hotkey_mac is not UNSET:
            field_dict["appHotkeyMac"] = app_hotkey_mac
        if app_hotkey_win is not UNSET:
            field_dict["appHotkeyWin"] = app_hotkey_win
        if archive_on_cmd_enter is not UNSET:
            field_dict["archiveOnCmdEnter"] = archive_on_cmd_enter
        if archive_on_reminder is not UNSET:
            field_dict["archiveOnReminder"] = archive_on_reminder
        if auto_bcc_address is not UNSET:
            field_dict["autoBccAddress"] = auto_bcc_address
        if auto_bcc_excluded_domains is not UNSET:
            field_dict["autoBccExcludedDomains"] = auto_bcc_excluded_domains
        if auto_bcc_excluded_emails is not UNSET:
            field_dict["autoBccExcludedEmails"] = auto_bcc_excluded_emails
        if auto_link_conversion_enabled is not UNSET:
            field_dict["autoLinkConversionEnabled"] = auto_link_conversion_enabled
        if calendar_additional_guests is not UNSET:
            field_dict["calendarAdditionalGuests"] = calendar_additional_guests
        if calendar_appointment_slots is not UNSET:
            field_dict["calendarAppointmentSlots"] = calendar_appointment_slots
        if calendar_availability_description is not UNSET:
            field_dict["calendarAvailabilityDescription"] = calendar_availability_description
        if calendar_availability_location is not UNSET:
            field_dict["calendarAvailabilityLocation"] = calendar_availability_location
        if calendar_availability_title is not UNSET:
            field_dict["calendarAvailabilityTitle"] = calendar_availability_title
        if calendar_drag_chunking_enabled is not UNSET:
            field_dict["calendarDragChunkingEnabled"] = calendar_drag_chunking_enabled
        if calendar_event_description is not UNSET:
            field_dict["calendarEventDescription"] = calendar_event_description
        if calendar_hour_format_ampm is not UNSET:
            field_dict["calendarHourFormatAMPM"] = calendar_hour_format_ampm
        if default_calendar_type is not UNSET:
            field_dict["defaultCalendarType"] = default_calendar_type
        if default_file_tracking_enabled is not UNSET:
            field_dict["defaultFileTrackingEnabled"] = default_file_tracking_enabled
        if default_followup is not UNSET:
            field_dict["defaultFollowup"] = default_followup
        if default_link_tracking_enabled is not UNSET:
            field_dict["defaultLinkTrackingEnabled"] = default_link_tracking_enabled
        if default_meeting_length is not UNSET:
            field_dict["defaultMeetingLength"] = default_meeting_length
        if default_meeting_type is not UNSET:
            field_dict["defaultMeetingType"] = default_meeting_type
        if default_notifications_enabled is not UNSET:
            field_dict["defaultNotificationsEnabled"] = default_notifications_enabled
        if default_tracking_enabled is not UNSET:
            field_dict["defaultTrackingEnabled"] = default_tracking_enabled
        if disable_eu_tracking is not UNSET:
            field_dict["disableEUTracking"] = disable_eu_tracking
        if followup_presets is not UNSET:
            field_dict["followupPresets"] = followup_presets
        if prevent_double_bookings is not UNSET:
            field_dict["preventDoubleBookings"] = prevent_double_bookings
        if send_from_accounts is not UNSET:
            field_dict["sendFromAccounts"] = send_from_accounts
        if signatures is not UNSET:
            field_dict["signatures"] = signatures
        if undo_delay is not UNSET:
            field_dict["undoDelay"] = undo_delay
        if undo_send_enabled is not UNSET:
            field_dict["undoSendEnabled"] = undo_send_enabled
        if week_start_day is not UNSET:
            field_dict["weekStartDay"] = week_start_day
        if work_hours is not UNSET:
            field_dict["workHours"] = work_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_preferences_calendar_appointment_slots import UserPreferencesCalendarAppointmentSlots  # noqa: PLC0415
        from ..models.user_preferences_default_followup import UserPreferencesDefaultFollowup  # noqa: PLC0415
        from ..models.user_preferences_followup_presets import UserPreferencesFollowupPresets  # noqa: PLC0415
        from ..models.user_preferences_send_from_accounts_item import UserPreferencesSendFromAccountsItem  # noqa: PLC0415
        from ..models.user_preferences_signatures_item import UserPreferencesSignaturesItem  # noqa: PLC0415
        from ..models.week_availability import WeekAvailability  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        user_id = d.pop("userId", UNSET)

        add_unsubscribe_link_to_sequences = d.pop("addUnsubscribeLinkToSequences", UNSET)

        always_reply_from_default_address = d.pop("alwaysReplyFromDefaultAddress", UNSET)

        app_hotkey_mac = d.pop("appHotkeyMac", UNSET)

        app_hotkey_win = d.pop("appHotkeyWin", UNSET)

        archive_on_cmd_enter = d.pop("archiveOnCmdEnter", UNSET)

        archive_on_reminder = d.pop("archiveOnReminder", UNSET)

        auto_bcc_address = d.pop("autoBccAddress", UNSET)

        auto_bcc_excluded_domains = d.pop("autoBccExcludedDomains", UNSET)

        auto_bcc_excluded_emails = d.pop("autoBccExcludedEmails", UNSET)

        auto_link_conversion_enabled = d.pop("autoLinkConversionEnabled", UNSET)

        calendar_additional_guests = cast(list[str], d.pop("calendarAdditionalGuests", UNSET))

        _calendar_appointment_slots = d.pop("calendarAppointmentSlots", UNSET)
        calendar_appointment_slots: UserPreferencesCalendarAppointmentSlots | Unset
        if isinstance(_calendar_appointment_slots, Unset):
            calendar_appointment_slots = UNSET
        else:
            calendar_appointment_slots = UserPreferencesCalendarAppointmentSlots.from_dict(_calendar_appointment_slots)

        calendar_availability_description = d.pop("calendarAvailabilityDescription", UNSET)

        calendar_availability_location = d.pop("calendarAvailabilityLocation", UNSET)

        calendar_availability_title = d.pop("calendarAvailabilityTitle", UNSET)

        calendar_drag_chunking_enabled = d.pop("calendarDragChunkingEnabled", UNSET)

        calendar_event_description = d.pop("calendarEventDescription", UNSET)

        calendar_hour_format_ampm = d.pop("calendarHourFormatAMPM", UNSET)

        default_calendar_type = d.pop("defaultCalendarType", UNSET)

        default_file_tracking_enabled = d.pop("defaultFileTrackingEnabled", UNSET)

        _default_followup = d.pop("defaultFollowup", UNSET)
        default_followup: UserPreferencesDefaultFollowup | Unset
        if isinstance(_default_followup, Unset):
            default_followup = UNSET
        else:
            default_followup = UserPreferencesDefaultFollowup.from_dict(_default_followup)

        default_link_tracking_enabled = d.pop("defaultLinkTrackingEnabled", UNSET)

        default_meeting_length = d.pop("defaultMeetingLength", UNSET)

        default_meeting_type = d.pop("defaultMeetingType", UNSET)

        default_notifications_enabled = d.pop("defaultNotificationsEnabled", UNSET)

        default_tracking_enabled = d.pop("defaultTrackingEnabled", UNSET)

        disable_eu_tracking = d.pop("disableEUTracking", UNSET)

        _followup_presets = d.pop("followupPresets", UNSET)
        followup_presets: UserPreferencesFollowupPresets | Unset
        if isinstance(_followup_presets, Unset):
            followup_presets = UNSET
        else:
            followup_presets = UserPreferencesFollowupPresets.from_dict(_followup_presets)

        prevent_double_bookings = d.pop("preventDoubleBookings", UNSET)

        _send_from_accounts = d.pop("sendFromAccounts", UNSET)
        send_from_accounts: list[UserPreferencesSendFromAccountsItem] | Unset = UNSET
        if _send_from_accounts is not UNSET:
            send_from_accounts = []
            for send_from_accounts_item_data in _send_from_accounts:
                send_from_accounts_item = UserPreferencesSendFromAccountsItem.from_dict(send_from_accounts_item_data)

                send_from_accounts.append(send_from_accounts_item)

        _signatures = d.pop("signatures", UNSET)
        signatures: list[UserPreferencesSignaturesItem] | Unset = UNSET
        if _signatures is not UNSET:
            signatures = []
            for signatures_item_data in _signatures:
                signatures_item = UserPreferencesSignaturesItem.from_dict(signatures_item_data)

                signatures.append(signatures_item)

        undo_delay = d.pop("undoDelay", UNSET)

        undo_send_enabled = d.pop("undoSendEnabled", UNSET)

        week_start_day = d.pop("weekStartDay", UNSET)

        _work_hours = d.pop("workHours", UNSET)
        work_hours: WeekAvailability | Unset
        if isinstance(_work_hours, Unset):
            work_hours = UNSET
        else:
            work_hours = WeekAvailability.from_dict(_work_hours)

        user_preferences = cls(
            id=id,
            user_id=user_id,
            add_unsubscribe_link_to_sequences=add_unsubscribe_link_to_sequences,
            always_reply_from_default_address=always_reply_from_default_address,
            app_hotkey_mac=app_hotkey_mac,
            app_hotkey_win=app_hotkey_win,
            archive_on_cmd_enter=archive_on_cmd_enter,
            archive_on_reminder=archive_on_reminder,
            auto_bcc_address=auto_bcc_address,
            auto_bcc_excluded_domains=auto_bcc_excluded_domains,
            auto_bcc_excluded_emails=auto_bcc_excluded_emails,
            auto_link_conversion_enabled=auto_link_conversion_enabled,
            calendar_additional_guests=calendar_additional_guests,
            calendar_appointment_slots=calendar_appointment_slots,
            calendar_availability_description=calendar_availability_description,
            calendar_availability_location=calendar_availability_location,
            calendar_availability_title=calendar_availability_title,
            calendar_drag_chunking_enabled=calendar_drag_chunking_enabled,
            calendar_event_description=calendar_event_description,
            calendar_hour_format_ampm=calendar_hour_format_ampm,
            default_calendar_type=default_calendar_type,
            default_file_tracking_enabled=default_file_tracking_enabled,
            default_followup=default_followup,
            default_link_tracking_enabled=default_link_tracking_enabled,
            default_meeting_length=default_meeting_length,
            default_meeting_type=default_meeting_type,
            default_notifications_enabled=default_notifications_enabled,
            default_tracking_enabled=default_tracking_enabled,
            disable_eu_tracking=disable_eu_tracking,
            followup_presets=followup_presets,
            prevent_double_bookings=prevent_double_bookings,
            send_from_accounts=send_from_accounts,
            signatures=signatures,
            undo_delay=undo_delay,
            undo_send_enabled=undo_send_enabled,
            week_start_day=week_start_day,
            work_hours=work_hours,
        )

        user_preferences.additional_properties = d
        return user_preferences

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
