from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_preferences_calendar_appointment_slots_type_0 import UserPreferencesCalendarAppointmentSlotsType0
    from ..models.user_preferences_default_followup_type_0 import UserPreferencesDefaultFollowupType0
    from ..models.user_preferences_followup_presets_type_0 import UserPreferencesFollowupPresetsType0
    from ..models.user_preferences_send_from_accounts_type_0_item import UserPreferencesSendFromAccountsType0Item
    from ..models.user_preferences_signatures_type_0_item import UserPreferencesSignaturesType0Item
    from ..models.user_preferences_slash_meeting_type_0 import UserPreferencesSlashMeetingType0
    from ..models.week_availability import WeekAvailability


T = TypeVar("T", bound="UserPreferences")


@_attrs_define
class UserPreferences:
    """The user's preferences: a flat object of key/value pairs. The documented and observed keys are
    typed below (every key Airbyte's connector observed is declared); every other key is kept as-is.

    """

    id: str
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
    calendar_additional_guests: list[str] | None | Unset = UNSET
    calendar_appointment_slots: None | Unset | UserPreferencesCalendarAppointmentSlotsType0 = UNSET
    calendar_availability_description: str | Unset = UNSET
    calendar_availability_location: str | Unset = UNSET
    calendar_availability_title: str | Unset = UNSET
    calendar_drag_chunking_enabled: bool | Unset = UNSET
    calendar_event_description: str | Unset = UNSET
    calendar_hour_format_ampm: bool | Unset = UNSET
    default_calendar_type: str | Unset = UNSET
    default_file_tracking_enabled: bool | Unset = UNSET
    default_followup: None | Unset | UserPreferencesDefaultFollowupType0 = UNSET
    default_link_tracking_enabled: bool | Unset = UNSET
    default_meeting_length: float | Unset = UNSET
    """ Minutes. """
    default_meeting_type: str | Unset = UNSET
    default_notifications_enabled: bool | Unset = UNSET
    default_tracking_enabled: bool | Unset = UNSET
    disable_eu_tracking: bool | Unset = UNSET
    followup_presets: None | Unset | UserPreferencesFollowupPresetsType0 = UNSET
    default_dashboard_nav_drawer_width: None | str | Unset = UNSET
    default_font_size: None | str | Unset = UNSET
    default_important_reminders: bool | None | Unset = UNSET
    default_naked_link_tracking_enabled: bool | None | Unset = UNSET
    default_narrow_width_enabled: bool | None | Unset = UNSET
    default_slack_notifications_enabled: bool | None | Unset = UNSET
    default_smart_reminders_enabled: bool | None | Unset = UNSET
    emoji_enabled: bool | None | Unset = UNSET
    enable_tracking_indicators_in_gmail: bool | None | Unset = UNSET
    hide_visible_calendars_sidebar: bool | None | Unset = UNSET
    include_message_perma_link: bool | None | Unset = UNSET
    inline_pdf_preview_enabled: bool | None | Unset = UNSET
    newsletter_opt_in: bool | None | Unset = UNSET
    sidebar_enabled: bool | None | Unset = UNSET
    slash_command_menu_enabled: bool | None | Unset = UNSET
    slash_meeting: None | Unset | UserPreferencesSlashMeetingType0 = UNSET
    template_shortcut_menu_enabled: bool | None | Unset = UNSET
    prevent_double_bookings: bool | Unset = UNSET
    send_from_accounts: list[UserPreferencesSendFromAccountsType0Item] | None | Unset = UNSET
    signatures: list[UserPreferencesSignaturesType0Item] | None | Unset = UNSET
    undo_delay: float | Unset = UNSET
    """ Seconds. """
    undo_send_enabled: bool | Unset = UNSET
    week_start_day: float | Unset = UNSET
    """ 0 is Sunday. """
    work_hours: None | Unset | WeekAvailability = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_preferences_calendar_appointment_slots_type_0 import (
            UserPreferencesCalendarAppointmentSlotsType0,  # noqa: PLC0415
        )
        from ..models.user_preferences_default_followup_type_0 import UserPreferencesDefaultFollowupType0  # noqa: PLC0415
        from ..models.user_preferences_followup_presets_type_0 import UserPreferencesFollowupPresetsType0  # noqa: PLC0415
        from ..models.user_preferences_slash_meeting_type_0 import UserPreferencesSlashMeetingType0  # noqa: PLC0415
        from ..models.week_availability import WeekAvailability  # noqa: PLC0415

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

        calendar_additional_guests: list[str] | None | Unset
        if isinstance(self.calendar_additional_guests, Unset):
            calendar_additional_guests = UNSET
        elif isinstance(self.calendar_additional_guests, list):
            calendar_additional_guests = self.calendar_additional_guests

        else:
            calendar_additional_guests = self.calendar_additional_guests

        calendar_appointment_slots: dict[str, Any] | None | Unset
        if isinstance(self.calendar_appointment_slots, Unset):
            calendar_appointment_slots = UNSET
        elif isinstance(self.calendar_appointment_slots, UserPreferencesCalendarAppointmentSlotsType0):
            calendar_appointment_slots = self.calendar_appointment_slots.to_dict()
        else:
            calendar_appointment_slots = self.calendar_appointment_slots

        calendar_availability_description = self.calendar_availability_description

        calendar_availability_location = self.calendar_availability_location

        calendar_availability_title = self.calendar_availability_title

        calendar_drag_chunking_enabled = self.calendar_drag_chunking_enabled

        calendar_event_description = self.calendar_event_description

        calendar_hour_format_ampm = self.calendar_hour_format_ampm

        default_calendar_type = self.default_calendar_type

        default_file_tracking_enabled = self.default_file_tracking_enabled

        default_followup: dict[str, Any] | None | Unset
        if isinstance(self.default_followup, Unset):
            default_followup = UNSET
        elif isinstance(self.default_followup, UserPreferencesDefaultFollowupType0):
            default_followup = self.default_followup.to_dict()
        else:
            default_followup = self.default_followup

        default_link_tracking_enabled = self.default_link_tracking_enabled

        default_meeting_length = self.default_meeting_length

        default_meeting_type = self.default_meeting_type

        default_notifications_enabled = self.default_notifications_enabled

        default_tracking_enabled = self.default_tracking_enabled

        disable_eu_tracking = self.disable_eu_tracking

        followup_presets: dict[str, Any] | None | Unset
        if isinstance(self.followup_presets, Unset):
            followup_presets = UNSET
        elif isinstance(self.followup_presets, UserPreferencesFollowupPresetsType0):
            followup_presets = self.followup_presets.to_dict()
        else:
            followup_presets = self.followup_presets

        default_dashboard_nav_drawer_width: None | str | Unset
        if isinstance(self.default_dashboard_nav_drawer_width, Unset):
            default_dashboard_nav_drawer_width = UNSET
        else:
            default_dashboard_nav_drawer_width = self.default_dashboard_nav_drawer_width

        default_font_size: None | str | Unset
        if isinstance(self.default_font_size, Unset):
            default_font_size = UNSET
        else:
            default_font_size = self.default_font_size

        default_important_reminders: bool | None | Unset
        if isinstance(self.default_important_reminders, Unset):
            default_important_reminders = UNSET
        else:
            default_important_reminders = self.default_important_reminders

        default_naked_link_tracking_enabled: bool | None | Unset
        if isinstance(self.default_naked_link_tracking_enabled, Unset):
            default_naked_link_tracking_enabled = UNSET
        else:
            default_naked_link_tracking_enabled = self.default_naked_link_tracking_enabled

        default_narrow_width_enabled: bool | None | Unset
        if isinstance(self.default_narrow_width_enabled, Unset):
            default_narrow_width_enabled = UNSET
        else:
            default_narrow_width_enabled = self.default_narrow_width_enabled

        default_slack_notifications_enabled: bool | None | Unset
        if isinstance(self.default_slack_notifications_enabled, Unset):
            default_slack_notifications_enabled = UNSET
        else:
            default_slack_notifications_enabled = self.default_slack_notifications_enabled

        default_smart_reminders_enabled: bool | None | Unset
        if isinstance(self.default_smart_reminders_enabled, Unset):
            default_smart_reminders_enabled = UNSET
        else:
            default_smart_reminders_enabled = self.default_smart_reminders_enabled

        emoji_enabled: bool | None | Unset
        if isinstance(self.emoji_enabled, Unset):
            emoji_enabled = UNSET
        else:
            emoji_enabled = self.emoji_enabled

        enable_tracking_indicators_in_gmail: bool | None | Unset
        if isinstance(self.enable_tracking_indicators_in_gmail, Unset):
            enable_tracking_indicators_in_gmail = UNSET
        else:
            enable_tracking_indicators_in_gmail = self.enable_tracking_indicators_in_gmail

        hide_visible_calendars_sidebar: bool | None | Unset
        if isinstance(self.hide_visible_calendars_sidebar, Unset):
            hide_visible_calendars_sidebar = UNSET
        else:
            hide_visible_calendars_sidebar = self.hide_visible_calendars_sidebar

        include_message_perma_link: bool | None | Unset
        if isinstance(self.include_message_perma_link, Unset):
            include_message_perma_link = UNSET
        else:
            include_message_perma_link = self.include_message_perma_link

        inline_pdf_preview_enabled: bool | None | Unset
        if isinstance(self.inline_pdf_preview_enabled, Unset):
            inline_pdf_preview_enabled = UNSET
        else:
            inline_pdf_preview_enabled = self.inline_pdf_preview_enabled

        newsletter_opt_in: bool | None | Unset
        if isinstance(self.newsletter_opt_in, Unset):
            newsletter_opt_in = UNSET
        else:
            newsletter_opt_in = self.newsletter_opt_in

        sidebar_enabled: bool | None | Unset
        if isinstance(self.sidebar_enabled, Unset):
            sidebar_enabled = UNSET
        else:
            sidebar_enabled = self.sidebar_enabled

        slash_command_menu_enabled: bool | None | Unset
        if isinstance(self.slash_command_menu_enabled, Unset):
            slash_command_menu_enabled = UNSET
        else:
            slash_command_menu_enabled = self.slash_command_menu_enabled

        slash_meeting: dict[str, Any] | None | Unset
        if isinstance(self.slash_meeting, Unset):
            slash_meeting = UNSET
        elif isinstance(self.slash_meeting, UserPreferencesSlashMeetingType0):
            slash_meeting = self.slash_meeting.to_dict()
        else:
            slash_meeting = self.slash_meeting

        template_shortcut_menu_enabled: bool | None | Unset
        if isinstance(self.template_shortcut_menu_enabled, Unset):
            template_shortcut_menu_enabled = UNSET
        else:
            template_shortcut_menu_enabled = self.template_shortcut_menu_enabled

        prevent_double_bookings = self.prevent_double_bookings

        send_from_accounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.send_from_accounts, Unset):
            send_from_accounts = UNSET
        elif isinstance(self.send_from_accounts, list):
            send_from_accounts = []
            for send_from_accounts_type_0_item_data in self.send_from_accounts:
                send_from_accounts_type_0_item = send_from_accounts_type_0_item_data.to_dict()
                send_from_accounts.append(send_from_accounts_type_0_item)

        else:
            send_from_accounts = self.send_from_accounts

        signatures: list[dict[str, Any]] | None | Unset
        if isinstance(self.signatures, Unset):
            signatures = UNSET
        elif isinstance(self.signatures, list):
            signatures = []
            for signatures_type_0_item_data in self.signatures:
                signatures_type_0_item = signatures_type_0_item_data.to_dict()
                signatures.append(signatures_type_0_item)

        else:
            signatures = self.signatures

        undo_delay = self.undo_delay

        undo_send_enabled = self.undo_send_enabled

        week_start_day = self.week_start_day

        work_hours: dict[str, Any] | None | Unset
        if isinstance(self.work_hours, Unset):
            work_hours = UNSET
        elif isinstance(self.work_hours, WeekAvailability):
            work_hours = self.work_hours.to_dict()
        else:
            work_hours = self.work_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
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
        if default_dashboard_nav_drawer_width is not UNSET:
            field_dict["defaultDashboardNavDrawerWidth"] = default_dashboard_nav_drawer_width
        if default_font_size is not UNSET:
            field_dict["defaultFontSize"] = default_font_size
        if default_important_reminders is not UNSET:
            field_dict["defaultImportantReminders"] = default_important_reminders
        if default_naked_link_tracking_enabled is not UNSET:
            field_dict["defaultNakedLinkTrackingEnabled"] = default_naked_link_tracking_enabled
        if default_narrow_width_enabled is not UNSET:
            field_dict["defaultNarrowWidthEnabled"] = default_narrow_width_enabled
        if default_slack_notifications_enabled is not UNSET:
            field_dict["defaultSlackNotificationsEnabled"] = default_slack_notifications_enabled
        if default_smart_reminders_enabled is not UNSET:
            field_dict["defaultSmartRemindersEnabled"] = default_smart_reminders_enabled
        if emoji_enabled is not UNSET:
            field_dict["emojiEnabled"] = emoji_enabled
        if enable_tracking_indicators_in_gmail is not UNSET:
            field_dict["enableTrackingIndicatorsInGmail"] = enable_tracking_indicators_in_gmail
        if hide_visible_calendars_sidebar is not UNSET:
            field_dict["hideVisibleCalendarsSidebar"] = hide_visible_calendars_sidebar
        if include_message_perma_link is not UNSET:
            field_dict["includeMessagePermaLink"] = include_message_perma_link
        if inline_pdf_preview_enabled is not UNSET:
            field_dict["inlinePDFPreviewEnabled"] = inline_pdf_preview_enabled
        if newsletter_opt_in is not UNSET:
            field_dict["newsletterOptIn"] = newsletter_opt_in
        if sidebar_enabled is not UNSET:
            field_dict["sidebarEnabled"] = sidebar_enabled
        if slash_command_menu_enabled is not UNSET:
            field_dict["slashCommandMenuEnabled"] = slash_command_menu_enabled
        if slash_meeting is not UNSET:
            field_dict["slashMeeting"] = slash_meeting
        if template_shortcut_menu_enabled is not UNSET:
            field_dict["templateShortcutMenuEnabled"] = template_shortcut_menu_enabled
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
        from ..models.user_preferences_calendar_appointment_slots_type_0 import (
            UserPreferencesCalendarAppointmentSlotsType0,  # noqa: PLC0415
        )
        from ..models.user_preferences_default_followup_type_0 import UserPreferencesDefaultFollowupType0  # noqa: PLC0415
        from ..models.user_preferences_followup_presets_type_0 import UserPreferencesFollowupPresetsType0  # noqa: PLC0415
        from ..models.user_preferences_send_from_accounts_type_0_item import UserPreferencesSendFromAccountsType0Item  # noqa: PLC0415
        from ..models.user_preferences_signatures_type_0_item import UserPreferencesSignaturesType0Item  # noqa: PLC0415
        from ..models.user_preferences_slash_meeting_type_0 import UserPreferencesSlashMeetingType0  # noqa: PLC0415
        from ..models.week_availability import WeekAvailability  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

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

        def _parse_calendar_additional_guests(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                calendar_additional_guests_type_0 = cast(list[str], data)

                return calendar_additional_guests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        calendar_additional_guests = _parse_calendar_additional_guests(d.pop("calendarAdditionalGuests", UNSET))

        def _parse_calendar_appointment_slots(
            data: object,
        ) -> None | Unset | UserPreferencesCalendarAppointmentSlotsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calendar_appointment_slots_type_0 = UserPreferencesCalendarAppointmentSlotsType0.from_dict(data)

                return calendar_appointment_slots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreferencesCalendarAppointmentSlotsType0, data)

        calendar_appointment_slots = _parse_calendar_appointment_slots(d.pop("calendarAppointmentSlots", UNSET))

        calendar_availability_description = d.pop("calendarAvailabilityDescription", UNSET)

        calendar_availability_location = d.pop("calendarAvailabilityLocation", UNSET)

        calendar_availability_title = d.pop("calendarAvailabilityTitle", UNSET)

        calendar_drag_chunking_enabled = d.pop("calendarDragChunkingEnabled", UNSET)

        calendar_event_description = d.pop("calendarEventDescription", UNSET)

        calendar_hour_format_ampm = d.pop("calendarHourFormatAMPM", UNSET)

        default_calendar_type = d.pop("defaultCalendarType", UNSET)

        default_file_tracking_enabled = d.pop("defaultFileTrackingEnabled", UNSET)

        def _parse_default_followup(data: object) -> None | Unset | UserPreferencesDefaultFollowupType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_followup_type_0 = UserPreferencesDefaultFollowupType0.from_dict(data)

                return default_followup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreferencesDefaultFollowupType0, data)

        default_followup = _parse_default_followup(d.pop("defaultFollowup", UNSET))

        default_link_tracking_enabled = d.pop("defaultLinkTrackingEnabled", UNSET)

        default_meeting_length = d.pop("defaultMeetingLength", UNSET)

        default_meeting_type = d.pop("defaultMeetingType", UNSET)

        default_notifications_enabled = d.pop("defaultNotificationsEnabled", UNSET)

        default_tracking_enabled = d.pop("defaultTrackingEnabled", UNSET)

        disable_eu_tracking = d.pop("disableEUTracking", UNSET)

        def _parse_followup_presets(data: object) -> None | Unset | UserPreferencesFollowupPresetsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                followup_presets_type_0 = UserPreferencesFollowupPresetsType0.from_dict(data)

                return followup_presets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreferencesFollowupPresetsType0, data)

        followup_presets = _parse_followup_presets(d.pop("followupPresets", UNSET))

        def _parse_default_dashboard_nav_drawer_width(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_dashboard_nav_drawer_width = _parse_default_dashboard_nav_drawer_width(
            d.pop("defaultDashboardNavDrawerWidth", UNSET)
        )

        def _parse_default_font_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_font_size = _parse_default_font_size(d.pop("defaultFontSize", UNSET))

        def _parse_default_important_reminders(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_important_reminders = _parse_default_important_reminders(d.pop("defaultImportantReminders", UNSET))

        def _parse_default_naked_link_tracking_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_naked_link_tracking_enabled = _parse_default_naked_link_tracking_enabled(
            d.pop("defaultNakedLinkTrackingEnabled", UNSET)
        )

        def _parse_default_narrow_width_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_narrow_width_enabled = _parse_default_narrow_width_enabled(d.pop("defaultNarrowWidthEnabled", UNSET))

        def _parse_default_slack_notifications_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_slack_notifications_enabled = _parse_default_slack_notifications_enabled(
            d.pop("defaultSlackNotificationsEnabled", UNSET)
        )

        def _parse_default_smart_reminders_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_smart_reminders_enabled = _parse_default_smart_reminders_enabled(
            d.pop("defaultSmartRemindersEnabled", UNSET)
        )

        def _parse_emoji_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        emoji_enabled = _parse_emoji_enabled(d.pop("emojiEnabled", UNSET))

        def _parse_enable_tracking_indicators_in_gmail(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_tracking_indicators_in_gmail = _parse_enable_tracking_indicators_in_gmail(
            d.pop("enableTrackingIndicatorsInGmail", UNSET)
        )

        def _parse_hide_visible_calendars_sidebar(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        hide_visible_calendars_sidebar = _parse_hide_visible_calendars_sidebar(
            d.pop("hideVisibleCalendarsSidebar", UNSET)
        )

        def _parse_include_message_perma_link(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_message_perma_link = _parse_include_message_perma_link(d.pop("includeMessagePermaLink", UNSET))

        def _parse_inline_pdf_preview_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        inline_pdf_preview_enabled = _parse_inline_pdf_preview_enabled(d.pop("inlinePDFPreviewEnabled", UNSET))

        def _parse_newsletter_opt_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        newsletter_opt_in = _parse_newsletter_opt_in(d.pop("newsletterOptIn", UNSET))

        def _parse_sidebar_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sidebar_enabled = _parse_sidebar_enabled(d.pop("sidebarEnabled", UNSET))

        def _parse_slash_command_menu_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        slash_command_menu_enabled = _parse_slash_command_menu_enabled(d.pop("slashCommandMenuEnabled", UNSET))

        def _parse_slash_meeting(data: object) -> None | Unset | UserPreferencesSlashMeetingType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slash_meeting_type_0 = UserPreferencesSlashMeetingType0.from_dict(data)

                return slash_meeting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreferencesSlashMeetingType0, data)

        slash_meeting = _parse_slash_meeting(d.pop("slashMeeting", UNSET))

        def _parse_template_shortcut_menu_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        template_shortcut_menu_enabled = _parse_template_shortcut_menu_enabled(
            d.pop("templateShortcutMenuEnabled", UNSET)
        )

        prevent_double_bookings = d.pop("preventDoubleBookings", UNSET)

        def _parse_send_from_accounts(data: object) -> list[UserPreferencesSendFromAccountsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                send_from_accounts_type_0 = []
                _send_from_accounts_type_0 = data
                for send_from_accounts_type_0_item_data in _send_from_accounts_type_0:
                    send_from_accounts_type_0_item = UserPreferencesSendFromAccountsType0Item.from_dict(
                        send_from_accounts_type_0_item_data
                    )

                    send_from_accounts_type_0.append(send_from_accounts_type_0_item)

                return send_from_accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserPreferencesSendFromAccountsType0Item] | None | Unset, data)

        send_from_accounts = _parse_send_from_accounts(d.pop("sendFromAccounts", UNSET))

        def _parse_signatures(data: object) -> list[UserPreferencesSignaturesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signatures_type_0 = []
                _signatures_type_0 = data
                for signatures_type_0_item_data in _signatures_type_0:
                    signatures_type_0_item = UserPreferencesSignaturesType0Item.from_dict(signatures_type_0_item_data)

                    signatures_type_0.append(signatures_type_0_item)

                return signatures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserPreferencesSignaturesType0Item] | None | Unset, data)

        signatures = _parse_signatures(d.pop("signatures", UNSET))

        undo_delay = d.pop("undoDelay", UNSET)

        undo_send_enabled = d.pop("undoSendEnabled", UNSET)

        week_start_day = d.pop("weekStartDay", UNSET)

        def _parse_work_hours(data: object) -> None | Unset | WeekAvailability:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_hours_type_0 = WeekAvailability.from_dict(data)

                return work_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WeekAvailability, data)

        work_hours = _parse_work_hours(d.pop("workHours", UNSET))

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
            default_dashboard_nav_drawer_width=default_dashboard_nav_drawer_width,
            default_font_size=default_font_size,
            default_important_reminders=default_important_reminders,
            default_naked_link_tracking_enabled=default_naked_link_tracking_enabled,
            default_narrow_width_enabled=default_narrow_width_enabled,
            default_slack_notifications_enabled=default_slack_notifications_enabled,
            default_smart_reminders_enabled=default_smart_reminders_enabled,
            emoji_enabled=emoji_enabled,
            enable_tracking_indicators_in_gmail=enable_tracking_indicators_in_gmail,
            hide_visible_calendars_sidebar=hide_visible_calendars_sidebar,
            include_message_perma_link=include_message_perma_link,
            inline_pdf_preview_enabled=inline_pdf_preview_enabled,
            newsletter_opt_in=newsletter_opt_in,
            sidebar_enabled=sidebar_enabled,
            slash_command_menu_enabled=slash_command_menu_enabled,
            slash_meeting=slash_meeting,
            template_shortcut_menu_enabled=template_shortcut_menu_enabled,
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
