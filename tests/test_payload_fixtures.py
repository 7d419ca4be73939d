"""Public example payloads of the real API (tests/fixtures/payloads, one file each with its source) parse
into the generated models with the documented values and no deviation from the spec (but for the ones
cut off before a required field), and the spec declares every field they carry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mixmax_openapi.models as models
import pytest
from conftest import PAYLOADS, Recorder, load_payload, load_spec
from mixmax_openapi.types import UNSET, set_deviation_handler

from mixmax_sdk import as_datetime

FILES = sorted(PAYLOADS.glob("*.json"))
SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]


def parse(name: str) -> Any:
    fixture = load_payload(name)
    return getattr(models, fixture["schema"]).from_dict(fixture["payload"])


def test_there_are_fixtures_from_several_sources() -> None:
    assert len(FILES) >= 7
    assert len({load_payload(f.name)["source"].split(" ")[0] for f in FILES}) >= 5


# The only deviations a real payload may show. The help center's stored copies of these two webhook
# examples are cut off before `eventName` (each fixture's note says where), so that required field is
# missing; any other deviation, or one in another fixture, means the spec no longer fits a real payload.
CUT_OFF_DEVIATIONS = {
    "webhook.bounce.help-center-cut.json": [("MessageReceivedEvent", "eventName", "required", "missing")],
    "webhook.clicked.help-center-cut.json": [("LinkClickedEvent", "eventName", "required", "missing")],
}


@pytest.fixture
def deviations() -> Iterator[Recorder]:
    recorder = Recorder()
    previous = set_deviation_handler(recorder)
    yield recorder
    set_deviation_handler(previous)


def test_the_cut_off_fixtures_are_the_ones_with_expected_deviations() -> None:
    assert sorted(f.name for f in FILES if f.stem.endswith("-cut")) == sorted(CUT_OFF_DEVIATIONS)


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_fixture_is_sourced_and_round_trips(path: Path, deviations: Recorder) -> None:
    fixture = load_payload(path.name)
    assert set(fixture) == {"source", "schema", "note", "payload"}
    assert fixture["source"].strip() and fixture["note"].strip()
    assert fixture["schema"] in SCHEMAS
    parsed = parse(path.name)
    assert parsed.to_dict() == fixture["payload"]
    assert [call[:4] for call in deviations.calls] == CUT_OFF_DEVIATIONS.get(path.name, [])


def _declared(schema: dict[str, Any]) -> set[str]:
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names |= _declared(SCHEMAS[part["$ref"].rsplit("/", 1)[1]] if "$ref" in part else part)
    return names


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_every_field_of_a_fixture_and_of_its_items_is_declared(path: Path) -> None:
    fixture = load_payload(path.name)
    schema = SCHEMAS[fixture["schema"]]
    assert set(fixture["payload"]) <= _declared(schema)
    if "results" in fixture["payload"]:
        item_ref = next(p for p in schema["allOf"] if "properties" in p)["properties"]["results"]["items"]["$ref"]
        item_fields = _declared(SCHEMAS[item_ref.rsplit("/", 1)[1]])
        for item in fixture["payload"]["results"]:
            assert set(item) <= item_fields


def test_contacts_page_from_the_2016_docs() -> None:
    page = parse("contact.list.developer-docs-2016.json")
    (contact,) = page.results
    assert (contact.id, contact.email, contact.name) == ("580aa34686e6e2194b25d79e", "hello@mixmax.com", "Hello Mixmax")
    assert contact.additional_properties == {} and contact.contact_id == "78abf1610ad702f1"
    assert page.next_ == "eyIkb2lkIjoiNTgwYWEzNDY4NmU2ZTIxOTRiMjVkNzllIn0"


def test_sequences_page_from_the_2016_docs() -> None:
    (sequence,) = parse("sequence.list.developer-docs-2016.json").results
    assert sequence.name == "Sales leads - second batch"
    assert sequence.created_at == "2016-10-30T01:14:07.790Z"
    assert sequence.stages == ["5815495f8447b9058a31042f"] and sequence.variables == ["Email", "First name"]


def test_sequence_with_nulls_and_epoch_created_at() -> None:
    sequence = parse("sequence.item.nulls.json")
    assert (sequence.cc, sequence.bcc, sequence.team_ids, sequence.shared) == (None, None, None, None)
    assert sequence.created_at == 1477790047790
    assert as_datetime(sequence.created_at) == as_datetime("2016-10-30T01:14:07.790Z")


def test_salesforce_lead_from_the_2017_docs() -> None:
    found = parse("salesforce.contact-or-lead.developer-docs-2017.json")
    assert found.contact is None and found.account is None and found.opportunities == []
    assert found.lead is not None and found.lead["Id"] == "00Q1I000001zqZ1UAI"
    assert found.open_tasks.has_more is False and found.open_tasks.tasks == []
    assert found.closed_tasks.list_link.endswith("rlid=RelatedHistoryList&closed=1")


def test_task_pages_from_the_secret_scanner_fixtures() -> None:
    empty = parse("task.list.empty.secret-scanner.json")
    assert (empty.results, empty.total, empty.next_, empty.has_next) == ([], 0, None, False)
    page = parse("task.list.secret-scanner.json")
    (task,) = page.results
    assert (task.type_, task.status, task.is_completed) == ("todo", "Completed", True)
    assert (page.total, page.next_, page.has_next) == (2, "opaque", True)


def test_contact_groups_from_the_2016_docs() -> None:
    groups = parse("contactgroup.list.developer-docs-2016.json").results
    assert [g.name for g in groups] == ["sales leads #1", "recruiting prospects", "holiday party invites"]
    assert groups[2].user_id == "BGb7nYTSKfPtnPsgj" and groups[0].shared is UNSET


def test_snippets_and_tags_share_with_a_list_of_grants() -> None:
    (snippet,) = parse("snippet.list.developer-docs.json").results
    (tag,) = parse("snippettag.list.developer-docs.json").results
    for shared_thing in (snippet, tag):
        (grant,) = shared_thing.shared
        assert isinstance(grant, models.ShareGrant)
        assert (grant.user_email, grant.confirmed) == ("email@domain.com", True)
    assert (snippet.created_at, snippet.saved_at) == (1478122191866, 1478122199067)
    assert snippet.title == "Interested in a new opportunity?" and tag.is_inline is False


def test_live_feed_flag_arrives_as_a_number() -> None:
    (message,) = parse("livefeed.list.developer-docs-2017.json").results
    assert message.include_in_team_live_feed == 1 and message.include_in_team_live_feed is not True
    assert message.recipients[0].email == "elijah.baley@usr.com" and message.sent == 1503988200000


def test_live_feed_event_with_null_link_and_numeric_is_mobile() -> None:
    (event,) = parse("livefeed-event.list.developer-docs-2017.json").results
    assert (event.type_, event.is_mobile, event.link_url) == ("replied", 0, None)
    assert (event.city, event.program) == ("San Francisco", "Gmail")


def test_team_members_and_the_2016_team_format() -> None:
    (member,) = parse("team-member.list.developer-docs-2017.json").results
    assert (member.role, member.member_id, member.user_id) == ("admin", "58e56361a32875961468970f", "TNonXrfCfvxEgoAvN")
    assert member.accepted_at == "2016-11-02T21:13:41.296Z"
    (team,) = parse("team.list.developer-docs-2016.json").results
    assert team.name == "my team" and team.members is UNSET and team.created_at == "2016-11-02T21:13:41.296Z"
    (user,) = team.users
    assert user.additional_properties == {
        "dateAccepted": "2016-11-02T21:13:41.296Z",
        "dateInvited": "2016-11-02T21:13:41.296Z",
    }


def test_messages_page_from_the_2016_docs() -> None:
    (message,) = parse("message.list.developer-docs-2016.json").results
    assert (message.created, message.updated_at) == (1478284647090, 1478285662022)
    assert message.from_.email == "hello@mixmax.com" and message.team_ids == []


def test_current_user_from_the_posthog_test() -> None:
    user = parse("user.me.posthog-test.json")
    assert (user.id, user.email) == ("u1", "a@b.com")


# Top-level fields of each stream's JSON schema in Airbyte's source-mixmax manifest (airbytehq/airbyte,
# airbyte-integrations/connectors/source-mixmax/manifest.yaml @ 1c7cb48e2e92f0e2932712058a8bfc0bc0566e14),
# auto-imported from real responses. `id` (a legacy mirror of `_id`) stays undeclared on purpose
# (generator-config.yaml), and `uid` is a field the connector adds itself.
AIRBYTE_FIELDS = {
    "AppointmentLink": "name userId",
    "CodeSnippet": "_id background createdAt html language theme title userId",
    "InsightsReport": "type _id createdAt query title updatedAt userId",
    "IntegrationCommand": "_id commandParameterHintsUrl commandResolverUrl commands name parameterPlaceholder",
    "IntegrationEnhancement": "_id activateUrl category commands editorHeight editorUrl editorWidth icon iconTooltip"
    " isEditable name resolverUrl",
    "IntegrationLinkResolver": "description _id createdAt order regex resolverUrl",
    "IntegrationSidebar": "_id iconColor iconImage iconName mixmaxId name url",
    "LiveFeedStats": "accepted bounced clicked declined delivered downloaded opened percentages recipients replied sent"
    " tentative",
    "LiveFeedPercentages": "accepted bounced clicked declined delivered downloaded opened replied tasksCompleted"
    " tentative unsubscribed",
    "MeetingType": "type _id anyRoomInBuilding buffer calendarIds createdAt customFields day0 day1 day2 day3 day4 day5"
    " day6 daysFromNow defaultGuests defaults durationMin guestsCanModifyInvites includeMessagePermaLink integrations"
    " link name preventDoubleBooking reducedInterval roomsAndResources roundRobinQueue ruleIds updatedAt userId",
    "Message": "_id attachments bcc body cc created crmsConnected fileTrackingEnabled from linkTrackingEnabled"
    " notificationsEnabled sent sequence showContentTeamFeed subject syncToOrg to trackingEnabled updatedAt userId",
    "Rule": "_id createdAt isPaused modifiedAt name trigger userId",
    "RuleAction": "type _id createdAt isPaused modifiedAt ruleId",
    "Sequence": "_id createdAt fileTrackingEnabled linkTrackingEnabled name notificationsEnabled stages syncToOrg"
    " timezone userId variables",
    "SequenceRecipient": "_id analytics completedReason createdAt lastStageSentOrdinal rstFailed sequence sequenceId"
    " stages state to userId",
    "SequenceFolder": "_id createdAt name savedAt sequenceIds shared userId",
    "SnippetTag": "_id createdAt isInline name savedAt shared userId",
    "Snippet": "_id createdAt isInline name savedAt savedBy source title userId",
    "UserPreferences": "_id appHotkeyMac appHotkeyWin archiveOnCmdEnter archiveOnReminder autoLinkConversionEnabled"
    " calendarAppointmentSlots calendarDragChunkingEnabled calendarHourFormatAMPM defaultCalendarType"
    " defaultDashboardNavDrawerWidth defaultFileTrackingEnabled defaultFollowup defaultFontSize"
    " defaultImportantReminders defaultLinkTrackingEnabled defaultMeetingLength defaultMeetingType"
    " defaultNakedLinkTrackingEnabled defaultNarrowWidthEnabled defaultNotificationsEnabled"
    " defaultSlackNotificationsEnabled defaultSmartRemindersEnabled defaultTrackingEnabled disableEUTracking"
    " emojiEnabled enableTrackingIndicatorsInGmail followupPresets hideVisibleCalendarsSidebar"
    " includeMessagePermaLink inlinePDFPreviewEnabled newsletterOptIn preventDoubleBookings sendFromAccounts"
    " sidebarEnabled signatures slashCommandMenuEnabled slashMeeting templateShortcutMenuEnabled undoDelay"
    " undoSendEnabled userId weekStartDay workHours",
    "User": "_id",
}


@pytest.mark.parametrize("schema", sorted(AIRBYTE_FIELDS))
def test_every_field_airbyte_reads_is_declared(schema: str) -> None:
    missing = set(AIRBYTE_FIELDS[schema].split()) - _declared(SCHEMAS[schema])
    assert not missing, f"{schema} misses {sorted(missing)}"


def test_user_preferences_declare_all_44_airbyte_keys() -> None:
    assert len(AIRBYTE_FIELDS["UserPreferences"].split()) == 44
