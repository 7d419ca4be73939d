"""Contains all the data models used in inputs/outputs.

Models are imported on first attribute access (mixmax-sdk's custom template, templates/ in the
repository): importing one endpoint module must not import every model of the API.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_recipients_request import AddRecipientsRequest
    from .add_recipients_response import AddRecipientsResponse
    from .appointment_link import AppointmentLink
    from .appointment_link_update import AppointmentLinkUpdate
    from .cancel_all_sequences_request import CancelAllSequencesRequest
    from .cancel_recipients_request import CancelRecipientsRequest
    from .cancel_recipients_result import CancelRecipientsResult
    from .code_snippet import CodeSnippet
    from .code_snippet_input import CodeSnippetInput
    from .code_snippet_page import CodeSnippetPage
    from .code_snippet_write_result import CodeSnippetWriteResult
    from .contact import Contact
    from .contact_analytics import ContactAnalytics
    from .contact_analytics_percentages import ContactAnalyticsPercentages
    from .contact_group import ContactGroup
    from .contact_group_input import ContactGroupInput
    from .contact_group_page import ContactGroupPage
    from .contact_group_update import ContactGroupUpdate
    from .contact_input import ContactInput
    from .contact_input_meta import ContactInputMeta
    from .contact_meta import ContactMeta
    from .contact_note import ContactNote
    from .contact_note_input import ContactNoteInput
    from .contact_note_page import ContactNotePage
    from .contact_page import ContactPage
    from .contact_query_result import ContactQueryResult
    from .contact_update import ContactUpdate
    from .contact_update_meta import ContactUpdateMeta
    from .crm_connection import CrmConnection
    from .cursor_page_info import CursorPageInfo
    from .custom_domain import CustomDomain
    from .custom_domain_input import CustomDomainInput
    from .custom_domain_type import CustomDomainType
    from .custom_variables import CustomVariables
    from .day_availability import DayAvailability
    from .email_address import EmailAddress
    from .error import Error
    from .event import Event
    from .event_device import EventDevice
    from .event_location import EventLocation
    from .event_object import EventObject
    from .event_page import EventPage
    from .file_request import FileRequest
    from .file_request_page import FileRequestPage
    from .file_request_upload import FileRequestUpload
    from .insights_report import InsightsReport
    from .insights_report_input import InsightsReportInput
    from .insights_report_page import InsightsReportPage
    from .integration_command import IntegrationCommand
    from .integration_command_input import IntegrationCommandInput
    from .integration_command_page import IntegrationCommandPage
    from .integration_enhancement import IntegrationEnhancement
    from .integration_enhancement_input import IntegrationEnhancementInput
    from .integration_enhancement_page import IntegrationEnhancementPage
    from .integration_link_resolver import IntegrationLinkResolver
    from .integration_link_resolver_input import IntegrationLinkResolverInput
    from .integration_link_resolver_page import IntegrationLinkResolverPage
    from .integration_sidebar import IntegrationSidebar
    from .integration_sidebar_input import IntegrationSidebarInput
    from .integration_sidebar_page import IntegrationSidebarPage
    from .link_clicked_event import LinkClickedEvent
    from .live_feed_event import LiveFeedEvent
    from .live_feed_event_page import LiveFeedEventPage
    from .live_feed_message import LiveFeedMessage
    from .live_feed_page import LiveFeedPage
    from .live_feed_percentages import LiveFeedPercentages
    from .live_feed_stats import LiveFeedStats
    from .meeting_invite import MeetingInvite
    from .meeting_invite_custom_field import MeetingInviteCustomField
    from .meeting_invite_event import MeetingInviteEvent
    from .meeting_invite_integrations import MeetingInviteIntegrations
    from .meeting_invite_page import MeetingInvitePage
    from .meeting_invite_timeslot import MeetingInviteTimeslot
    from .meeting_summary import MeetingSummary
    from .meeting_summary_page import MeetingSummaryPage
    from .meeting_transcript import MeetingTranscript
    from .meeting_transcript_entry import MeetingTranscriptEntry
    from .meeting_type import MeetingType
    from .meeting_type_days_from_now import MeetingTypeDaysFromNow
    from .meeting_type_defaults import MeetingTypeDefaults
    from .meeting_type_input import MeetingTypeInput
    from .meeting_type_integrations import MeetingTypeIntegrations
    from .meeting_type_page import MeetingTypePage
    from .message import Message
    from .message_attachment import MessageAttachment
    from .message_follow_up import MessageFollowUp
    from .message_from import MessageFrom
    from .message_input import MessageInput
    from .message_opened_event import MessageOpenedEvent
    from .message_page import MessagePage
    from .message_received_event import MessageReceivedEvent
    from .message_sent_event import MessageSentEvent
    from .message_sequence import MessageSequence
    from .poll import Poll
    from .poll_option import PollOption
    from .poll_page import PollPage
    from .poll_respondent import PollRespondent
    from .qa import Qa
    from .qa_answer import QaAnswer
    from .qa_page import QaPage
    from .qa_question import QaQuestion
    from .recipient_input import RecipientInput
    from .recipient_result import RecipientResult
    from .reminder import Reminder
    from .reminder_create_request import ReminderCreateRequest
    from .reminder_input import ReminderInput
    from .reminder_page import ReminderPage
    from .rule import Rule
    from .rule_action import RuleAction
    from .rule_action_input import RuleActionInput
    from .rule_action_page import RuleActionPage
    from .rule_input import RuleInput
    from .rule_page import RulePage
    from .rule_trigger import RuleTrigger
    from .rule_update import RuleUpdate
    from .salesforce_contact_or_lead import SalesforceContactOrLead
    from .salesforce_contact_or_lead_account import SalesforceContactOrLeadAccount
    from .salesforce_contact_or_lead_contact import SalesforceContactOrLeadContact
    from .salesforce_contact_or_lead_lead import SalesforceContactOrLeadLead
    from .salesforce_contact_or_lead_opportunities_item import SalesforceContactOrLeadOpportunitiesItem
    from .salesforce_task_list import SalesforceTaskList
    from .salesforce_task_list_tasks_item import SalesforceTaskListTasksItem
    from .send_email_message import SendEmailMessage
    from .send_email_request import SendEmailRequest
    from .send_snippet_request import SendSnippetRequest
    from .sequence import Sequence
    from .sequence_folder import SequenceFolder
    from .sequence_folder_input import SequenceFolderInput
    from .sequence_folder_page import SequenceFolderPage
    from .sequence_page import SequencePage
    from .sequence_recipient import SequenceRecipient
    from .sequence_recipient_analytics import SequenceRecipientAnalytics
    from .sequence_recipient_analytics_events import SequenceRecipientAnalyticsEvents
    from .sequence_recipient_search_result import SequenceRecipientSearchResult
    from .sequence_recipient_sequence import SequenceRecipientSequence
    from .sequence_recipient_stage import SequenceRecipientStage
    from .sequence_recipient_stage_schedule_between import SequenceRecipientStageScheduleBetween
    from .sequence_recipient_variables import SequenceRecipientVariables
    from .sequence_shared import SequenceShared
    from .sequence_stage import SequenceStage
    from .share_grant import ShareGrant
    from .snippet import Snippet
    from .snippet_analytics import SnippetAnalytics
    from .snippet_input import SnippetInput
    from .snippet_page import SnippetPage
    from .snippet_tag import SnippetTag
    from .snippet_tag_input import SnippetTagInput
    from .snippet_tag_page import SnippetTagPage
    from .task import Task
    from .task_page import TaskPage
    from .team import Team
    from .team_input import TeamInput
    from .team_member import TeamMember
    from .team_member_invite import TeamMemberInvite
    from .team_member_page import TeamMemberPage
    from .team_member_user import TeamMemberUser
    from .team_members_input import TeamMembersInput
    from .team_page import TeamPage
    from .team_update import TeamUpdate
    from .tracked_message_summary import TrackedMessageSummary
    from .unsubscribe import Unsubscribe
    from .unsubscribe_input import UnsubscribeInput
    from .unsubscribe_page import UnsubscribePage
    from .user import User
    from .user_preferences import UserPreferences
    from .user_preferences_calendar_appointment_slots import UserPreferencesCalendarAppointmentSlots
    from .user_preferences_calendar_appointment_slots_limit_max_booked_slots import (
        UserPreferencesCalendarAppointmentSlotsLimitMaxBookedSlots,
    )
    from .user_preferences_default_followup import UserPreferencesDefaultFollowup
    from .user_preferences_followup_presets import UserPreferencesFollowupPresets
    from .user_preferences_send_from_accounts_item import UserPreferencesSendFromAccountsItem
    from .user_preferences_signatures_item import UserPreferencesSignaturesItem
    from .user_preferences_slash_meeting import UserPreferencesSlashMeeting
    from .user_preferences_update import UserPreferencesUpdate
    from .week_availability import WeekAvailability
    from .work_hours_slot import WorkHoursSlot
    from .yes_no import YesNo
    from .yes_no_answer import YesNoAnswer
    from .yes_no_page import YesNoPage

_MODULES = {
    "AddRecipientsRequest": ".add_recipients_request",
    "AddRecipientsResponse": ".add_recipients_response",
    "AppointmentLink": ".appointment_link",
    "AppointmentLinkUpdate": ".appointment_link_update",
    "CancelAllSequencesRequest": ".cancel_all_sequences_request",
    "CancelRecipientsRequest": ".cancel_recipients_request",
    "CancelRecipientsResult": ".cancel_recipients_result",
    "CodeSnippet": ".code_snippet",
    "CodeSnippetInput": ".code_snippet_input",
    "CodeSnippetPage": ".code_snippet_page",
    "CodeSnippetWriteResult": ".code_snippet_write_result",
    "Contact": ".contact",
    "ContactAnalytics": ".contact_analytics",
    "ContactAnalyticsPercentages": ".contact_analytics_percentages",
    "ContactGroup": ".contact_group",
    "ContactGroupInput": ".contact_group_input",
    "ContactGroupPage": ".contact_group_page",
    "ContactGroupUpdate": ".contact_group_update",
    "ContactInput": ".contact_input",
    "ContactInputMeta": ".contact_input_meta",
    "ContactMeta": ".contact_meta",
    "ContactNote": ".contact_note",
    "ContactNoteInput": ".contact_note_input",
    "ContactNotePage": ".contact_note_page",
    "ContactPage": ".contact_page",
    "ContactQueryResult": ".contact_query_result",
    "ContactUpdate": ".contact_update",
    "ContactUpdateMeta": ".contact_update_meta",
    "CrmConnection": ".crm_connection",
    "CursorPageInfo": ".cursor_page_info",
    "CustomDomain": ".custom_domain",
    "CustomDomainInput": ".custom_domain_input",
    "CustomDomainType": ".custom_domain_type",
    "CustomVariables": ".custom_variables",
    "DayAvailability": ".day_availability",
    "EmailAddress": ".email_address",
    "Error": ".error",
    "Event": ".event",
    "EventDevice": ".event_device",
    "EventLocation": ".event_location",
    "EventObject": ".event_object",
    "EventPage": ".event_page",
    "FileRequest": ".file_request",
    "FileRequestPage": ".file_request_page",
    "FileRequestUpload": ".file_request_upload",
    "InsightsReport": ".insights_report",
    "InsightsReportInput": ".insights_report_input",
    "InsightsReportPage": ".insights_report_page",
    "IntegrationCommand": ".integration_command",
    "IntegrationCommandInput": ".integration_command_input",
    "IntegrationCommandPage": ".integration_command_page",
    "IntegrationEnhancement": ".integration_enhancement",
    "IntegrationEnhancementInput": ".integration_enhancement_input",
    "IntegrationEnhancementPage": ".integration_enhancement_page",
    "IntegrationLinkResolver": ".integration_link_resolver",
    "IntegrationLinkResolverInput": ".integration_link_resolver_input",
    "IntegrationLinkResolverPage": ".integration_link_resolver_page",
    "IntegrationSidebar": ".integration_sidebar",
    "IntegrationSidebarInput": ".integration_sidebar_input",
    "IntegrationSidebarPage": ".integration_sidebar_page",
    "LinkClickedEvent": ".link_clicked_event",
    "LiveFeedEvent": ".live_feed_event",
    "LiveFeedEventPage": ".live_feed_event_page",
    "LiveFeedMessage": ".live_feed_message",
    "LiveFeedPage": ".live_feed_page",
    "LiveFeedPercentages": ".live_feed_percentages",
    "LiveFeedStats": ".live_feed_stats",
    "MeetingInvite": ".meeting_invite",
    "MeetingInviteCustomField": ".meeting_invite_custom_field",
    "MeetingInviteEvent": ".meeting_invite_event",
    "MeetingInviteIntegrations": ".meeting_invite_integrations",
    "MeetingInvitePage": ".meeting_invite_page",
    "MeetingInviteTimeslot": ".meeting_invite_timeslot",
    "MeetingSummary": ".meeting_summary",
    "MeetingSummaryPage": ".meeting_summary_page",
    "MeetingTranscript": ".meeting_transcript",
    "MeetingTranscriptEntry": ".meeting_transcript_entry",
    "MeetingType": ".meeting_type",
    "MeetingTypeDaysFromNow": ".meeting_type_days_from_now",
    "MeetingTypeDefaults": ".meeting_type_defaults",
    "MeetingTypeInput": ".meeting_type_input",
    "MeetingTypeIntegrations": ".meeting_type_integrations",
    "MeetingTypePage": ".meeting_type_page",
    "Message": ".message",
    "MessageAttachment": ".message_attachment",
    "MessageFollowUp": ".message_follow_up",
    "MessageFrom": ".message_from",
    "MessageInput": ".message_input",
    "MessageOpenedEvent": ".message_opened_event",
    "MessagePage": ".message_page",
    "MessageReceivedEvent": ".message_received_event",
    "MessageSentEvent": ".message_sent_event",
    "MessageSequence": ".message_sequence",
    "Poll": ".poll",
    "PollOption": ".poll_option",
    "PollPage": ".poll_page",
    "PollRespondent": ".poll_respondent",
    "Qa": ".qa",
    "QaAnswer": ".qa_answer",
    "QaPage": ".qa_page",
    "QaQuestion": ".qa_question",
    "RecipientInput": ".recipient_input",
    "RecipientResult": ".recipient_result",
    "Reminder": ".reminder",
    "ReminderCreateRequest": ".reminder_create_request",
    "ReminderInput": ".reminder_input",
    "ReminderPage": ".reminder_page",
    "Rule": ".rule",
    "RuleAction": ".rule_action",
    "RuleActionInput": ".rule_action_input",
    "RuleActionPage": ".rule_action_page",
    "RuleInput": ".rule_input",
    "RulePage": ".rule_page",
    "RuleTrigger": ".rule_trigger",
    "RuleUpdate": ".rule_update",
    "SalesforceContactOrLead": ".salesforce_contact_or_lead",
    "SalesforceContactOrLeadAccount": ".salesforce_contact_or_lead_account",
    "SalesforceContactOrLeadContact": ".salesforce_contact_or_lead_contact",
    "SalesforceContactOrLeadLead": ".salesforce_contact_or_lead_lead",
    "SalesforceContactOrLeadOpportunitiesItem": ".salesforce_contact_or_lead_opportunities_item",
    "SalesforceTaskList": ".salesforce_task_list",
    "SalesforceTaskListTasksItem": ".salesforce_task_list_tasks_item",
    "SendEmailMessage": ".send_email_message",
    "SendEmailRequest": ".send_email_request",
    "SendSnippetRequest": ".send_snippet_request",
    "Sequence": ".sequence",
    "SequenceFolder": ".sequence_folder",
    "SequenceFolderInput": ".sequence_folder_input",
    "SequenceFolderPage": ".sequence_folder_page",
    "SequencePage": ".sequence_page",
    "SequenceRecipient": ".sequence_recipient",
    "SequenceRecipientAnalytics": ".sequence_recipient_analytics",
    "SequenceRecipientAnalyticsEvents": ".sequence_recipient_analytics_events",
    "SequenceRecipientSearchResult": ".sequence_recipient_search_result",
    "SequenceRecipientSequence": ".sequence_recipient_sequence",
    "SequenceRecipientStage": ".sequence_recipient_stage",
    "SequenceRecipientStageScheduleBetween": ".sequence_recipient_stage_schedule_between",
    "SequenceRecipientVariables": ".sequence_recipient_variables",
    "SequenceShared": ".sequence_shared",
    "SequenceStage": ".sequence_stage",
    "ShareGrant": ".share_grant",
    "Snippet": ".snippet",
    "SnippetAnalytics": ".snippet_analytics",
    "SnippetInput": ".snippet_input",
    "SnippetPage": ".snippet_page",
    "SnippetTag": ".snippet_tag",
    "SnippetTagInput": ".snippet_tag_input",
    "SnippetTagPage": ".snippet_tag_page",
    "Task": ".task",
    "TaskPage": ".task_page",
    "Team": ".team",
    "TeamInput": ".team_input",
    "TeamMember": ".team_member",
    "TeamMemberInvite": ".team_member_invite",
    "TeamMemberPage": ".team_member_page",
    "TeamMemberUser": ".team_member_user",
    "TeamMembersInput": ".team_members_input",
    "TeamPage": ".team_page",
    "TeamUpdate": ".team_update",
    "TrackedMessageSummary": ".tracked_message_summary",
    "Unsubscribe": ".unsubscribe",
    "UnsubscribeInput": ".unsubscribe_input",
    "UnsubscribePage": ".unsubscribe_page",
    "User": ".user",
    "UserPreferences": ".user_preferences",
    "UserPreferencesCalendarAppointmentSlots": ".user_preferences_calendar_appointment_slots",
    "UserPreferencesCalendarAppointmentSlotsLimitMaxBookedSlots": ".user_preferences_calendar_appointment_slots_limit_max_booked_slots",
    "UserPreferencesDefaultFollowup": ".user_preferences_default_followup",
    "UserPreferencesFollowupPresets": ".user_preferences_followup_presets",
    "UserPreferencesSendFromAccountsItem": ".user_preferences_send_from_accounts_item",
    "UserPreferencesSignaturesItem": ".user_preferences_signatures_item",
    "UserPreferencesSlashMeeting": ".user_preferences_slash_meeting",
    "UserPreferencesUpdate": ".user_preferences_update",
    "WeekAvailability": ".week_availability",
    "WorkHoursSlot": ".work_hours_slot",
    "YesNo": ".yes_no",
    "YesNoAnswer": ".yes_no_answer",
    "YesNoPage": ".yes_no_page",
}

__all__ = (
    "AddRecipientsRequest",
    "AddRecipientsResponse",
    "AppointmentLink",
    "AppointmentLinkUpdate",
    "CancelAllSequencesRequest",
    "CancelRecipientsRequest",
    "CancelRecipientsResult",
    "CodeSnippet",
    "CodeSnippetInput",
    "CodeSnippetPage",
    "CodeSnippetWriteResult",
    "Contact",
    "ContactAnalytics",
    "ContactAnalyticsPercentages",
    "ContactGroup",
    "ContactGroupInput",
    "ContactGroupPage",
    "ContactGroupUpdate",
    "ContactInput",
    "ContactInputMeta",
    "ContactMeta",
    "ContactNote",
    "ContactNoteInput",
    "ContactNotePage",
    "ContactPage",
    "ContactQueryResult",
    "ContactUpdate",
    "ContactUpdateMeta",
    "CrmConnection",
    "CursorPageInfo",
    "CustomDomain",
    "CustomDomainInput",
    "CustomDomainType",
    "CustomVariables",
    "DayAvailability",
    "EmailAddress",
    "Error",
    "Event",
    "EventDevice",
    "EventLocation",
    "EventObject",
    "EventPage",
    "FileRequest",
    "FileRequestPage",
    "FileRequestUpload",
    "InsightsReport",
    "InsightsReportInput",
    "InsightsReportPage",
    "IntegrationCommand",
    "IntegrationCommandInput",
    "IntegrationCommandPage",
    "IntegrationEnhancement",
    "IntegrationEnhancementInput",
    "IntegrationEnhancementPage",
    "IntegrationLinkResolver",
    "IntegrationLinkResolverInput",
    "IntegrationLinkResolverPage",
    "IntegrationSidebar",
    "IntegrationSidebarInput",
    "IntegrationSidebarPage",
    "LinkClickedEvent",
    "LiveFeedEvent",
    "LiveFeedEventPage",
    "LiveFeedMessage",
    "LiveFeedPage",
    "LiveFeedPercentages",
    "LiveFeedStats",
    "MeetingInvite",
    "MeetingInviteCustomField",
    "MeetingInviteEvent",
    "MeetingInviteIntegrations",
    "MeetingInvitePage",
    "MeetingInviteTimeslot",
    "MeetingSummary",
    "MeetingSummaryPage",
    "MeetingTranscript",
    "MeetingTranscriptEntry",
    "MeetingType",
    "MeetingTypeDaysFromNow",
    "MeetingTypeDefaults",
    "MeetingTypeInput",
    "MeetingTypeIntegrations",
    "MeetingTypePage",
    "Message",
    "MessageAttachment",
    "MessageFollowUp",
    "MessageFrom",
    "MessageInput",
    "MessageOpenedEvent",
    "MessagePage",
    "MessageReceivedEvent",
    "MessageSentEvent",
    "MessageSequence",
    "Poll",
    "PollOption",
    "PollPage",
    "PollRespondent",
    "Qa",
    "QaAnswer",
    "QaPage",
    "QaQuestion",
    "RecipientInput",
    "RecipientResult",
    "Reminder",
    "ReminderCreateRequest",
    "ReminderInput",
    "ReminderPage",
    "Rule",
    "RuleAction",
    "RuleActionInput",
    "RuleActionPage",
    "RuleInput",
    "RulePage",
    "RuleTrigger",
    "RuleUpdate",
    "SalesforceContactOrLead",
    "SalesforceContactOrLeadAccount",
    "SalesforceContactOrLeadContact",
    "SalesforceContactOrLeadLead",
    "SalesforceContactOrLeadOpportunitiesItem",
    "SalesforceTaskList",
    "SalesforceTaskListTasksItem",
    "SendEmailMessage",
    "SendEmailRequest",
    "SendSnippetRequest",
    "Sequence",
    "SequenceFolder",
    "SequenceFolderInput",
    "SequenceFolderPage",
    "SequencePage",
    "SequenceRecipient",
    "SequenceRecipientAnalytics",
    "SequenceRecipientAnalyticsEvents",
    "SequenceRecipientSearchResult",
    "SequenceRecipientSequence",
    "SequenceRecipientStage",
    "SequenceRecipientStageScheduleBetween",
    "SequenceRecipientVariables",
    "SequenceShared",
    "SequenceStage",
    "ShareGrant",
    "Snippet",
    "SnippetAnalytics",
    "SnippetInput",
    "SnippetPage",
    "SnippetTag",
    "SnippetTagInput",
    "SnippetTagPage",
    "Task",
    "TaskPage",
    "Team",
    "TeamInput",
    "TeamMember",
    "TeamMemberInvite",
    "TeamMemberPage",
    "TeamMembersInput",
    "TeamMemberUser",
    "TeamPage",
    "TeamUpdate",
    "TrackedMessageSummary",
    "Unsubscribe",
    "UnsubscribeInput",
    "UnsubscribePage",
    "User",
    "UserPreferences",
    "UserPreferencesCalendarAppointmentSlots",
    "UserPreferencesCalendarAppointmentSlotsLimitMaxBookedSlots",
    "UserPreferencesDefaultFollowup",
    "UserPreferencesFollowupPresets",
    "UserPreferencesSendFromAccountsItem",
    "UserPreferencesSignaturesItem",
    "UserPreferencesSlashMeeting",
    "UserPreferencesUpdate",
    "WeekAvailability",
    "WorkHoursSlot",
    "YesNo",
    "YesNoAnswer",
    "YesNoPage",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
