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
from . import user_preferences_calendar_appointment_slots as _m_user_preferences_calendar_appointment_slots
from . import user_preferences_default_followup as _m_user_preferences_default_followup
from . import user_preferences_followup_presets as _m_user_preferences_followup_presets
from . import user_preferences_send_from_accounts_item as _m_user_preferences_send_from_accounts_item
from . import user_preferences_signatures_item as _m_user_preferences_signatures_item
from . import user_preferences_slash_meeting as _m_user_preferences_slash_meeting
from . import week_availability as _m_week_availability

if TYPE_CHECKING:
    from ..models.user_preferences_calendar_appointment_slots import UserPreferencesCalendarAppointmentSlots
    from ..models.user_preferences_default_followup import UserPreferencesDefaultFollowup
    from ..models.user_preferences_followup_presets import UserPreferencesFollowupPresets
    from ..models.user_preferences_send_from_accounts_item import UserPreferencesSendFromAccountsItem
    from ..models.user_preferences_signatures_item import UserPreferencesSignaturesItem
    from ..models.user_preferences_slash_meeting import UserPreferencesSlashMeeting
    from ..models.week_availability import WeekAvailability

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "addUnsubscribeLinkToSequences",
        "alwaysReplyFromDefaultAddress",
        "appHotkeyMac",
        "appHotkeyWin",
        "archiveOnCmdEnter",
        "archiveOnReminder",
        "autoBccAddress",
        "autoBccExcludedDomains",
        "autoBccExcludedEmails",
        "autoLinkConversionEnabled",
        "calendarAdditionalGuests",
        "calendarAppointmentSlots",
        "calendarAvailabilityDescription",
        "calendarAvailabilityLocation",
        "calendarAvailabilityTitle",
        "calendarDragChunkingEnabled",
        "calendarEventDescription",
        "calendarHourFormatAMPM",
        "defaultCalendarType",
        "defaultFileTrackingEnabled",
        "defaultFollowup",
        "defaultLinkTrackingEnabled",
        "defaultMeetingLength",
        "defaultMeetingType",
        "defaultNotificationsEnabled",
        "defaultTrackingEnabled",
        "disableEUTracking",
        "followupPresets",
        "defaultDashboardNavDrawerWidth",
        "defaultFontSize",
        "defaultImportantReminders",
        "defaultNakedLinkTrackingEnabled",
        "defaultNarrowWidthEnabled",
        "defaultSlackNotificationsEnabled",
        "defaultSmartRemindersEnabled",
        "emojiEnabled",
        "enableTrackingIndicatorsInGmail",
        "hideVisibleCalendarsSidebar",
        "includeMessagePermaLink",
        "inlinePDFPreviewEnabled",
        "newsletterOptIn",
        "sidebarEnabled",
        "slashCommandMenuEnabled",
        "slashMeeting",
        "templateShortcutMenuEnabled",
        "preventDoubleBookings",
        "sendFromAccounts",
        "signatures",
        "undoDelay",
        "undoSendEnabled",
        "weekStartDay",
        "workHours",
    )
)


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
    calendar_appointment_slots: None | Unset | UserPreferencesCalendarAppointmentSlots = UNSET
    calendar_availability_description: str | Unset = UNSET
    calendar_availability_location: str | Unset = UNSET
    calendar_availability_title: str | Unset = UNSET
    calendar_drag_chunking_enabled: bool | Unset = UNSET
    calendar_event_description: str | Unset = UNSET
    calendar_hour_format_ampm: bool | Unset = UNSET
    default_calendar_type: str | Unset = UNSET
    default_file_tracking_enabled: bool | Unset = UNSET
    default_followup: None | Unset | UserPreferencesDefaultFollowup = UNSET
    default_link_tracking_enabled: bool | Unset = UNSET
    default_meeting_length: float | Unset = UNSET
    """ Minutes. """
    default_meeting_type: str | Unset = UNSET
    default_notifications_enabled: bool | Unset = UNSET
    default_tracking_enabled: bool | Unset = UNSET
    disable_eu_tracking: bool | Unset = UNSET
    followup_presets: None | Unset | UserPreferencesFollowupPresets = UNSET
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
    slash_meeting: None | Unset | UserPreferencesSlashMeeting = UNSET
    template_shortcut_menu_enabled: bool | None | Unset = UNSET
    prevent_double_bookings: bool | Unset = UNSET
    send_from_accounts: list[UserPreferencesSendFromAccountsItem] | None | Unset = UNSET
    signatures: list[UserPreferencesSignaturesItem] | None | Unset = UNSET
    undo_delay: float | Unset = UNSET
    """ Seconds. """
    undo_send_enabled: bool | Unset = UNSET
    week_start_day: float | Unset = UNSET
    """ 0 is Sunday. """
    work_hours: None | Unset | WeekAvailability = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.add_unsubscribe_link_to_sequences is not UNSET:
            field_dict["addUnsubscribeLinkToSequences"] = self.add_unsubscribe_link_to_sequences
        if self.always_reply_from_default_address is not UNSET:
            field_dict["alwaysReplyFromDefaultAddress"] = self.always_reply_from_default_address
        if self.app_hotkey_mac is not UNSET:
            field_dict["appHotkeyMac"] = self.app_hotkey_mac
        if self.app_hotkey_win is not UNSET:
            field_dict["appHotkeyWin"] = self.app_hotkey_win
        if self.archive_on_cmd_enter is not UNSET:
            field_dict["archiveOnCmdEnter"] = self.archive_on_cmd_enter
        if self.archive_on_reminder is not UNSET:
            field_dict["archiveOnReminder"] = self.archive_on_reminder
        if self.auto_bcc_address is not UNSET:
            field_dict["autoBccAddress"] = self.auto_bcc_address
        if self.auto_bcc_excluded_domains is not UNSET:
            field_dict["autoBccExcludedDomains"] = self.auto_bcc_excluded_domains
        if self.auto_bcc_excluded_emails is not UNSET:
            field_dict["autoBccExcludedEmails"] = self.auto_bcc_excluded_emails
        if self.auto_link_conversion_enabled is not UNSET:
            field_dict["autoLinkConversionEnabled"] = self.auto_link_conversion_enabled
        if self.calendar_additional_guests is not UNSET:
            field_dict["calendarAdditionalGuests"] = self.calendar_additional_guests
        if self.calendar_appointment_slots is not UNSET:
            field_dict["calendarAppointmentSlots"] = _to_json(self.calendar_appointment_slots)
        if self.calendar_availability_description is not UNSET:
            field_dict["calendarAvailabilityDescription"] = self.calendar_availability_description
        if self.calendar_availability_location is not UNSET:
            field_dict["calendarAvailabilityLocation"] = self.calendar_availability_location
        if self.calendar_availability_title is not UNSET:
            field_dict["calendarAvailabilityTitle"] = self.calendar_availability_title
        if self.calendar_drag_chunking_enabled is not UNSET:
            field_dict["calendarDragChunkingEnabled"] = self.calendar_drag_chunking_enabled
        if self.calendar_event_description is not UNSET:
            field_dict["calendarEventDescription"] = self.calendar_event_description
        if self.calendar_hour_format_ampm is not UNSET:
            field_dict["calendarHourFormatAMPM"] = self.calendar_hour_format_ampm
        if self.default_calendar_type is not UNSET:
            field_dict["defaultCalendarType"] = self.default_calendar_type
        if self.default_file_tracking_enabled is not UNSET:
            field_dict["defaultFileTrackingEnabled"] = self.default_file_tracking_enabled
        if self.default_followup is not UNSET:
            field_dict["defaultFollowup"] = _to_json(self.default_followup)
        if self.default_link_tracking_enabled is not UNSET:
            field_dict["defaultLinkTrackingEnabled"] = self.default_link_tracking_enabled
        if self.default_meeting_length is not UNSET:
            field_dict["defaultMeetingLength"] = self.default_meeting_length
        if self.default_meeting_type is not UNSET:
            field_dict["defaultMeetingType"] = self.default_meeting_type
        if self.default_notifications_enabled is not UNSET:
            field_dict["defaultNotificationsEnabled"] = self.default_notifications_enabled
        if self.default_tracking_enabled is not UNSET:
            field_dict["defaultTrackingEnabled"] = self.default_tracking_enabled
        if self.disable_eu_tracking is not UNSET:
            field_dict["disableEUTracking"] = self.disable_eu_tracking
        if self.followup_presets is not UNSET:
            field_dict["followupPresets"] = _to_json(self.followup_presets)
        if self.default_dashboard_nav_drawer_width is not UNSET:
            field_dict["defaultDashboardNavDrawerWidth"] = self.default_dashboard_nav_drawer_width
        if self.default_font_size is not UNSET:
            field_dict["defaultFontSize"] = self.default_font_size
        if self.default_important_reminders is not UNSET:
            field_dict["defaultImportantReminders"] = self.default_important_reminders
        if self.default_naked_link_tracking_enabled is not UNSET:
            field_dict["defaultNakedLinkTrackingEnabled"] = self.default_naked_link_tracking_enabled
        if self.default_narrow_width_enabled is not UNSET:
            field_dict["defaultNarrowWidthEnabled"] = self.default_narrow_width_enabled
        if self.default_slack_notifications_enabled is not UNSET:
            field_dict["defaultSlackNotificationsEnabled"] = self.default_slack_notifications_enabled
        if self.default_smart_reminders_enabled is not UNSET:
            field_dict["defaultSmartRemindersEnabled"] = self.default_smart_reminders_enabled
        if self.emoji_enabled is not UNSET:
            field_dict["emojiEnabled"] = self.emoji_enabled
        if self.enable_tracking_indicators_in_gmail is not UNSET:
            field_dict["enableTrackingIndicatorsInGmail"] = self.enable_tracking_indicators_in_gmail
        if self.hide_visible_calendars_sidebar is not UNSET:
            field_dict["hideVisibleCalendarsSidebar"] = self.hide_visible_calendars_sidebar
        if self.include_message_perma_link is not UNSET:
            field_dict["includeMessagePermaLink"] = self.include_message_perma_link
        if self.inline_pdf_preview_enabled is not UNSET:
            field_dict["inlinePDFPreviewEnabled"] = self.inline_pdf_preview_enabled
        if self.newsletter_opt_in is not UNSET:
            field_dict["newsletterOptIn"] = self.newsletter_opt_in
        if self.sidebar_enabled is not UNSET:
            field_dict["sidebarEnabled"] = self.sidebar_enabled
        if self.slash_command_menu_enabled is not UNSET:
            field_dict["slashCommandMenuEnabled"] = self.slash_command_menu_enabled
        if self.slash_meeting is not UNSET:
            field_dict["slashMeeting"] = _to_json(self.slash_meeting)
        if self.template_shortcut_menu_enabled is not UNSET:
            field_dict["templateShortcutMenuEnabled"] = self.template_shortcut_menu_enabled
        if self.prevent_double_bookings is not UNSET:
            field_dict["preventDoubleBookings"] = self.prevent_double_bookings
        if self.send_from_accounts is not UNSET:
            field_dict["sendFromAccounts"] = _to_json(self.send_from_accounts)
        if self.signatures is not UNSET:
            field_dict["signatures"] = _to_json(self.signatures)
        if self.undo_delay is not UNSET:
            field_dict["undoDelay"] = self.undo_delay
        if self.undo_send_enabled is not UNSET:
            field_dict["undoSendEnabled"] = self.undo_send_enabled
        if self.week_start_day is not UNSET:
            field_dict["weekStartDay"] = self.week_start_day
        if self.work_hours is not UNSET:
            field_dict["workHours"] = _to_json(self.work_hours)
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
            _deviation("UserPreferences", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("UserPreferences", "userId", "string", user_id)

        add_unsubscribe_link_to_sequences = _get("addUnsubscribeLinkToSequences", UNSET)
        if (
            not (add_unsubscribe_link_to_sequences is True or add_unsubscribe_link_to_sequences is False)
            and add_unsubscribe_link_to_sequences is not UNSET
        ):
            _deviation("UserPreferences", "addUnsubscribeLinkToSequences", "boolean", add_unsubscribe_link_to_sequences)

        always_reply_from_default_address = _get("alwaysReplyFromDefaultAddress", UNSET)
        if (
            not (always_reply_from_default_address is True or always_reply_from_default_address is False)
            and always_reply_from_default_address is not UNSET
        ):
            _deviation("UserPreferences", "alwaysReplyFromDefaultAddress", "boolean", always_reply_from_default_address)

        app_hotkey_mac = _get("appHotkeyMac", UNSET)
        if not (app_hotkey_mac.__class__ is str) and app_hotkey_mac is not UNSET:
            _deviation("UserPreferences", "appHotkeyMac", "string", app_hotkey_mac)

        app_hotkey_win = _get("appHotkeyWin", UNSET)
        if not (app_hotkey_win.__class__ is str) and app_hotkey_win is not UNSET:
            _deviation("UserPreferences", "appHotkeyWin", "string", app_hotkey_win)

        archive_on_cmd_enter = _get("archiveOnCmdEnter", UNSET)
        if not (archive_on_cmd_enter is True or archive_on_cmd_enter is False) and archive_on_cmd_enter is not UNSET:
            _deviation("UserPreferences", "archiveOnCmdEnter", "boolean", archive_on_cmd_enter)

        archive_on_reminder = _get("archiveOnReminder", UNSET)
        if not (archive_on_reminder is True or archive_on_reminder is False) and archive_on_reminder is not UNSET:
            _deviation("UserPreferences", "archiveOnReminder", "boolean", archive_on_reminder)

        auto_bcc_address = _get("autoBccAddress", UNSET)
        if not (auto_bcc_address.__class__ is str) and auto_bcc_address is not UNSET:
            _deviation("UserPreferences", "autoBccAddress", "string", auto_bcc_address)

        auto_bcc_excluded_domains = _get("autoBccExcludedDomains", UNSET)
        if not (auto_bcc_excluded_domains.__class__ is str) and auto_bcc_excluded_domains is not UNSET:
            _deviation("UserPreferences", "autoBccExcludedDomains", "string", auto_bcc_excluded_domains)

        auto_bcc_excluded_emails = _get("autoBccExcludedEmails", UNSET)
        if not (auto_bcc_excluded_emails.__class__ is str) and auto_bcc_excluded_emails is not UNSET:
            _deviation("UserPreferences", "autoBccExcludedEmails", "string", auto_bcc_excluded_emails)

        auto_link_conversion_enabled = _get("autoLinkConversionEnabled", UNSET)
        if (
            not (auto_link_conversion_enabled is True or auto_link_conversion_enabled is False)
            and auto_link_conversion_enabled is not UNSET
        ):
            _deviation("UserPreferences", "autoLinkConversionEnabled", "boolean", auto_link_conversion_enabled)

        calendar_additional_guests = _get("calendarAdditionalGuests", UNSET)
        if calendar_additional_guests.__class__ is list:
            for _n1, _calendar_additional_guests_item in enumerate(calendar_additional_guests):
                if not (_calendar_additional_guests_item.__class__ is str):
                    _deviation(
                        "UserPreferences",
                        f"calendarAdditionalGuests[{_n1}]",
                        "string",
                        _calendar_additional_guests_item,
                    )
        elif calendar_additional_guests is None:
            pass
        elif calendar_additional_guests is not UNSET:
            _deviation(
                "UserPreferences", "calendarAdditionalGuests", "array of string or null", calendar_additional_guests
            )

        calendar_appointment_slots = _get("calendarAppointmentSlots", UNSET)
        if calendar_appointment_slots.__class__ is dict:
            try:
                calendar_appointment_slots = (
                    _m_user_preferences_calendar_appointment_slots.UserPreferencesCalendarAppointmentSlots.from_dict(
                        calendar_appointment_slots
                    )
                )
            except _ResponseDeviation as _e:
                _e._within("UserPreferences", "calendarAppointmentSlots")
                raise
        elif calendar_appointment_slots is None:
            pass
        elif calendar_appointment_slots is not UNSET:
            _deviation(
                "UserPreferences",
                "calendarAppointmentSlots",
                "UserPreferencesCalendarAppointmentSlots or null",
                calendar_appointment_slots,
            )

        calendar_availability_description = _get("calendarAvailabilityDescription", UNSET)
        if not (calendar_availability_description.__class__ is str) and calendar_availability_description is not UNSET:
            _deviation(
                "UserPreferences", "calendarAvailabilityDescription", "string", calendar_availability_description
            )

        calendar_availability_location = _get("calendarAvailabilityLocation", UNSET)
        if not (calendar_availability_location.__class__ is str) and calendar_availability_location is not UNSET:
            _deviation("UserPreferences", "calendarAvailabilityLocation", "string", calendar_availability_location)

        calendar_availability_title = _get("calendarAvailabilityTitle", UNSET)
        if not (calendar_availability_title.__class__ is str) and calendar_availability_title is not UNSET:
            _deviation("UserPreferences", "calendarAvailabilityTitle", "string", calendar_availability_title)

        calendar_drag_chunking_enabled = _get("calendarDragChunkingEnabled", UNSET)
        if (
            not (calendar_drag_chunking_enabled is True or calendar_drag_chunking_enabled is False)
            and calendar_drag_chunking_enabled is not UNSET
        ):
            _deviation("UserPreferences", "calendarDragChunkingEnabled", "boolean", calendar_drag_chunking_enabled)

        calendar_event_description = _get("calendarEventDescription", UNSET)
        if not (calendar_event_description.__class__ is str) and calendar_event_description is not UNSET:
            _deviation("UserPreferences", "calendarEventDescription", "string", calendar_event_description)

        calendar_hour_format_ampm = _get("calendarHourFormatAMPM", UNSET)
        if (
            not (calendar_hour_format_ampm is True or calendar_hour_format_ampm is False)
            and calendar_hour_format_ampm is not UNSET
        ):
            _deviation("UserPreferences", "calendarHourFormatAMPM", "boolean", calendar_hour_format_ampm)

        default_calendar_type = _get("defaultCalendarType", UNSET)
        if not (default_calendar_type.__class__ is str) and default_calendar_type is not UNSET:
            _deviation("UserPreferences", "defaultCalendarType", "string", default_calendar_type)

        default_file_tracking_enabled = _get("defaultFileTrackingEnabled", UNSET)
        if (
            not (default_file_tracking_enabled is True or default_file_tracking_enabled is False)
            and default_file_tracking_enabled is not UNSET
        ):
            _deviation("UserPreferences", "defaultFileTrackingEnabled", "boolean", default_file_tracking_enabled)

        default_followup = _get("defaultFollowup", UNSET)
        if default_followup.__class__ is dict:
            try:
                default_followup = _m_user_preferences_default_followup.UserPreferencesDefaultFollowup.from_dict(
                    default_followup
                )
            except _ResponseDeviation as _e:
                _e._within("UserPreferences", "defaultFollowup")
                raise
        elif default_followup is None:
            pass
        elif default_followup is not UNSET:
            _deviation("UserPreferences", "defaultFollowup", "UserPreferencesDefaultFollowup or null", default_followup)

        default_link_tracking_enabled = _get("defaultLinkTrackingEnabled", UNSET)
        if (
            not (default_link_tracking_enabled is True or default_link_tracking_enabled is False)
            and default_link_tracking_enabled is not UNSET
        ):
            _deviation("UserPreferences", "defaultLinkTrackingEnabled", "boolean", default_link_tracking_enabled)

        default_meeting_length = _get("defaultMeetingLength", UNSET)
        if (
            not (default_meeting_length.__class__ is float or default_meeting_length.__class__ is int)
            and default_meeting_length is not UNSET
        ):
            _deviation("UserPreferences", "defaultMeetingLength", "number", default_meeting_length)

        default_meeting_type = _get("defaultMeetingType", UNSET)
        if not (default_meeting_type.__class__ is str) and default_meeting_type is not UNSET:
            _deviation("UserPreferences", "defaultMeetingType", "string", default_meeting_type)

        default_notifications_enabled = _get("defaultNotificationsEnabled", UNSET)
        if (
            not (default_notifications_enabled is True or default_notifications_enabled is False)
            and default_notifications_enabled is not UNSET
        ):
            _deviation("UserPreferences", "defaultNotificationsEnabled", "boolean", default_notifications_enabled)

        default_tracking_enabled = _get("defaultTrackingEnabled", UNSET)
        if (
            not (default_tracking_enabled is True or default_tracking_enabled is False)
            and default_tracking_enabled is not UNSET
        ):
            _deviation("UserPreferences", "defaultTrackingEnabled", "boolean", default_tracking_enabled)

        disable_eu_tracking = _get("disableEUTracking", UNSET)
        if not (disable_eu_tracking is True or disable_eu_tracking is False) and disable_eu_tracking is not UNSET:
            _deviation("UserPreferences", "disableEUTracking", "boolean", disable_eu_tracking)

        followup_presets = _get("followupPresets", UNSET)
        if followup_presets.__class__ is dict:
            try:
                followup_presets = _m_user_preferences_followup_presets.UserPreferencesFollowupPresets.from_dict(
                    followup_presets
                )
            except _ResponseDeviation as _e:
                _e._within("UserPreferences", "followupPresets")
                raise
        elif followup_presets is None:
            pass
        elif followup_presets is not UNSET:
            _deviation("UserPreferences", "followupPresets", "UserPreferencesFollowupPresets or null", followup_presets)

        default_dashboard_nav_drawer_width = _get("defaultDashboardNavDrawerWidth", UNSET)
        if (
            not (default_dashboard_nav_drawer_width.__class__ is str or default_dashboard_nav_drawer_width is None)
            and default_dashboard_nav_drawer_width is not UNSET
        ):
            _deviation(
                "UserPreferences",
                "defaultDashboardNavDrawerWidth",
                "string or null",
                default_dashboard_nav_drawer_width,
            )

        default_font_size = _get("defaultFontSize", UNSET)
        if not (default_font_size.__class__ is str or default_font_size is None) and default_font_size is not UNSET:
            _deviation("UserPreferences", "defaultFontSize", "string or null", default_font_size)

        default_important_reminders = _get("defaultImportantReminders", UNSET)
        if (
            not (
                (default_important_reminders is True or default_important_reminders is False)
                or default_important_reminders is None
            )
            and default_important_reminders is not UNSET
        ):
            _deviation("UserPreferences", "defaultImportantReminders", "boolean or null", default_important_reminders)

        default_naked_link_tracking_enabled = _get("defaultNakedLinkTrackingEnabled", UNSET)
        if (
            not (
                (default_naked_link_tracking_enabled is True or default_naked_link_tracking_enabled is False)
                or default_naked_link_tracking_enabled is None
            )
            and default_naked_link_tracking_enabled is not UNSET
        ):
            _deviation(
                "UserPreferences",
                "defaultNakedLinkTrackingEnabled",
                "boolean or null",
                default_naked_link_tracking_enabled,
            )

        default_narrow_width_enabled = _get("defaultNarrowWidthEnabled", UNSET)
        if (
            not (
                (default_narrow_width_enabled is True or default_narrow_width_enabled is False)
                or default_narrow_width_enabled is None
            )
            and default_narrow_width_enabled is not UNSET
        ):
            _deviation("UserPreferences", "defaultNarrowWidthEnabled", "boolean or null", default_narrow_width_enabled)

        default_slack_notifications_enabled = _get("defaultSlackNotificationsEnabled", UNSET)
        if (
            not (
                (default_slack_notifications_enabled is True or default_slack_notifications_enabled is False)
                or default_slack_notifications_enabled is None
            )
            and default_slack_notifications_enabled is not UNSET
        ):
            _deviation(
                "UserPreferences",
                "defaultSlackNotificationsEnabled",
                "boolean or null",
                default_slack_notifications_enabled,
            )

        default_smart_reminders_enabled = _get("defaultSmartRemindersEnabled", UNSET)
        if (
            not (
                (default_smart_reminders_enabled is True or default_smart_reminders_enabled is False)
                or default_smart_reminders_enabled is None
            )
            and default_smart_reminders_enabled is not UNSET
        ):
            _deviation(
                "UserPreferences", "defaultSmartRemindersEnabled", "boolean or null", default_smart_reminders_enabled
            )

        emoji_enabled = _get("emojiEnabled", UNSET)
        if (
            not ((emoji_enabled is True or emoji_enabled is False) or emoji_enabled is None)
            and emoji_enabled is not UNSET
        ):
            _deviation("UserPreferences", "emojiEnabled", "boolean or null", emoji_enabled)

        enable_tracking_indicators_in_gmail = _get("enableTrackingIndicatorsInGmail", UNSET)
        if (
            not (
                (enable_tracking_indicators_in_gmail is True or enable_tracking_indicators_in_gmail is False)
                or enable_tracking_indicators_in_gmail is None
            )
            and enable_tracking_indicators_in_gmail is not UNSET
        ):
            _deviation(
                "UserPreferences",
                "enableTrackingIndicatorsInGmail",
                "boolean or null",
                enable_tracking_indicators_in_gmail,
            )

        hide_visible_calendars_sidebar = _get("hideVisibleCalendarsSidebar", UNSET)
        if (
            not (
                (hide_visible_calendars_sidebar is True or hide_visible_calendars_sidebar is False)
                or hide_visible_calendars_sidebar is None
            )
            and hide_visible_calendars_sidebar is not UNSET
        ):
            _deviation(
                "UserPreferences", "hideVisibleCalendarsSidebar", "boolean or null", hide_visible_calendars_sidebar
            )

        include_message_perma_link = _get("includeMessagePermaLink", UNSET)
        if (
            not (
                (include_message_perma_link is True or include_message_perma_link is False)
                or include_message_perma_link is None
            )
            and include_message_perma_link is not UNSET
        ):
            _deviation("UserPreferences", "includeMessagePermaLink", "boolean or null", include_message_perma_link)

        inline_pdf_preview_enabled = _get("inlinePDFPreviewEnabled", UNSET)
        if (
            not (
                (inline_pdf_preview_enabled is True or inline_pdf_preview_enabled is False)
                or inline_pdf_preview_enabled is None
            )
            and inline_pdf_preview_enabled is not UNSET
        ):
            _deviation("UserPreferences", "inlinePDFPreviewEnabled", "boolean or null", inline_pdf_preview_enabled)

        newsletter_opt_in = _get("newsletterOptIn", UNSET)
        if (
            not ((newsletter_opt_in is True or newsletter_opt_in is False) or newsletter_opt_in is None)
            and newsletter_opt_in is not UNSET
        ):
            _deviation("UserPreferences", "newsletterOptIn", "boolean or null", newsletter_opt_in)

        sidebar_enabled = _get("sidebarEnabled", UNSET)
        if (
            not ((sidebar_enabled is True or sidebar_enabled is False) or sidebar_enabled is None)
            and sidebar_enabled is not UNSET
        ):
            _deviation("UserPreferences", "sidebarEnabled", "boolean or null", sidebar_enabled)

        slash_command_menu_enabled = _get("slashCommandMenuEnabled", UNSET)
        if (
            not (
                (slash_command_menu_enabled is True or slash_command_menu_enabled is False)
                or slash_command_menu_enabled is None
            )
            and slash_command_menu_enabled is not UNSET
        ):
            _deviation("UserPreferences", "slashCommandMenuEnabled", "boolean or null", slash_command_menu_enabled)

        slash_meeting = _get("slashMeeting", UNSET)
        if slash_meeting.__class__ is dict:
            try:
                slash_meeting = _m_user_preferences_slash_meeting.UserPreferencesSlashMeeting.from_dict(slash_meeting)
            except _ResponseDeviation as _e:
                _e._within("UserPreferences", "slashMeeting")
                raise
        elif slash_meeting is None:
            pass
        elif slash_meeting is not UNSET:
            _deviation("UserPreferences", "slashMeeting", "UserPreferencesSlashMeeting or null", slash_meeting)

        template_shortcut_menu_enabled = _get("templateShortcutMenuEnabled", UNSET)
        if (
            not (
                (template_shortcut_menu_enabled is True or template_shortcut_menu_enabled is False)
                or template_shortcut_menu_enabled is None
            )
            and template_shortcut_menu_enabled is not UNSET
        ):
            _deviation(
                "UserPreferences", "templateShortcutMenuEnabled", "boolean or null", template_shortcut_menu_enabled
            )

        prevent_double_bookings = _get("preventDoubleBookings", UNSET)
        if (
            not (prevent_double_bookings is True or prevent_double_bookings is False)
            and prevent_double_bookings is not UNSET
        ):
            _deviation("UserPreferences", "preventDoubleBookings", "boolean", prevent_double_bookings)

        send_from_accounts = _get("sendFromAccounts", UNSET)
        if send_from_accounts.__class__ is list:
            _send_from_accounts_items: list[Any] = []
            for _send_from_accounts_item in send_from_accounts:
                if _send_from_accounts_item.__class__ is dict:
                    try:
                        _send_from_accounts_item = (
                            _m_user_preferences_send_from_accounts_item.UserPreferencesSendFromAccountsItem.from_dict(
                                _send_from_accounts_item
                            )
                        )
                    except _ResponseDeviation as _e:
                        _e._within("UserPreferences", f"sendFromAccounts[{len(_send_from_accounts_items)}]")
                        raise
                else:
                    _deviation(
                        "UserPreferences",
                        f"sendFromAccounts[{len(_send_from_accounts_items)}]",
                        "UserPreferencesSendFromAccountsItem",
                        _send_from_accounts_item,
                    )

                _send_from_accounts_items.append(_send_from_accounts_item)
            send_from_accounts = _send_from_accounts_items
        elif send_from_accounts is None:
            pass
        elif send_from_accounts is not UNSET:
            _deviation(
                "UserPreferences",
                "sendFromAccounts",
                "array of UserPreferencesSendFromAccountsItem or null",
                send_from_accounts,
            )

        signatures = _get("signatures", UNSET)
        if signatures.__class__ is list:
            _signatures_items: list[Any] = []
            for _signatures_item in signatures:
                if _signatures_item.__class__ is dict:
                    try:
                        _signatures_item = _m_user_preferences_signatures_item.UserPreferencesSignaturesItem.from_dict(
                            _signatures_item
                        )
                    except _ResponseDeviation as _e:
                        _e._within("UserPreferences", f"signatures[{len(_signatures_items)}]")
                        raise
                else:
                    _deviation(
                        "UserPreferences",
                        f"signatures[{len(_signatures_items)}]",
                        "UserPreferencesSignaturesItem",
                        _signatures_item,
                    )

                _signatures_items.append(_signatures_item)
            signatures = _signatures_items
        elif signatures is None:
            pass
        elif signatures is not UNSET:
            _deviation("UserPreferences", "signatures", "array of UserPreferencesSignaturesItem or null", signatures)

        undo_delay = _get("undoDelay", UNSET)
        if not (undo_delay.__class__ is float or undo_delay.__class__ is int) and undo_delay is not UNSET:
            _deviation("UserPreferences", "undoDelay", "number", undo_delay)

        undo_send_enabled = _get("undoSendEnabled", UNSET)
        if not (undo_send_enabled is True or undo_send_enabled is False) and undo_send_enabled is not UNSET:
            _deviation("UserPreferences", "undoSendEnabled", "boolean", undo_send_enabled)

        week_start_day = _get("weekStartDay", UNSET)
        if not (week_start_day.__class__ is float or week_start_day.__class__ is int) and week_start_day is not UNSET:
            _deviation("UserPreferences", "weekStartDay", "number", week_start_day)

        work_hours = _get("workHours", UNSET)
        if work_hours.__class__ is dict:
            try:
                work_hours = _m_week_availability.WeekAvailability.from_dict(work_hours)
            except _ResponseDeviation as _e:
                _e._within("UserPreferences", "workHours")
                raise
        elif work_hours is None:
            pass
        elif work_hours is not UNSET:
            _deviation("UserPreferences", "workHours", "WeekAvailability or null", work_hours)

        _obj = cls(
            id,
            user_id,
            add_unsubscribe_link_to_sequences,
            always_reply_from_default_address,
            app_hotkey_mac,
            app_hotkey_win,
            archive_on_cmd_enter,
            archive_on_reminder,
            auto_bcc_address,
            auto_bcc_excluded_domains,
            auto_bcc_excluded_emails,
            auto_link_conversion_enabled,
            calendar_additional_guests,
            calendar_appointment_slots,
            calendar_availability_description,
            calendar_availability_location,
            calendar_availability_title,
            calendar_drag_chunking_enabled,
            calendar_event_description,
            calendar_hour_format_ampm,
            default_calendar_type,
            default_file_tracking_enabled,
            default_followup,
            default_link_tracking_enabled,
            default_meeting_length,
            default_meeting_type,
            default_notifications_enabled,
            default_tracking_enabled,
            disable_eu_tracking,
            followup_presets,
            default_dashboard_nav_drawer_width,
            default_font_size,
            default_important_reminders,
            default_naked_link_tracking_enabled,
            default_narrow_width_enabled,
            default_slack_notifications_enabled,
            default_smart_reminders_enabled,
            emoji_enabled,
            enable_tracking_indicators_in_gmail,
            hide_visible_calendars_sidebar,
            include_message_perma_link,
            inline_pdf_preview_enabled,
            newsletter_opt_in,
            sidebar_enabled,
            slash_command_menu_enabled,
            slash_meeting,
            template_shortcut_menu_enabled,
            prevent_double_bookings,
            send_from_accounts,
            signatures,
            undo_delay,
            undo_send_enabled,
            week_start_day,
            work_hours,
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
