from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.sequence_recipient_stage_schedule_between import SequenceRecipientStageScheduleBetween


T = TypeVar("T", bound="SequenceRecipientStage")


@_attrs_define
class SequenceRecipientStage:
    """Progress of one recipient through one stage."""

    stage_id: str | Unset = UNSET
    ordinal: int | Unset = UNSET
    type_: str | Unset = UNSET
    state: str | Unset = UNSET
    message_id: str | Unset = UNSET
    scheduled_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    sent_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    processed_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    schedule_between: SequenceRecipientStageScheduleBetween | Unset = UNSET
    from_: EmailAddress | Unset = UNSET
    """ A named email address. """
    opens: int | Unset = UNSET
    clicks: int | Unset = UNSET
    downloads: int | Unset = UNSET
    replied: bool | Unset = UNSET
    sender_replied: bool | Unset = UNSET
    bounced: bool | Unset = UNSET
    accepted: bool | Unset = UNSET
    declined: bool | Unset = UNSET
    tentative: bool | Unset = UNSET
    has_opens: bool | Unset = UNSET
    has_links: bool | Unset = UNSET
    has_files: bool | Unset = UNSET
    failed_error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage_id = self.stage_id

        ordinal = self.ordinal

        type_ = self.type_

        state = self.state

        message_id = self.message_id

        scheduled_at = self.scheduled_at

        sent_at = self.sent_at

        processed_at = self.processed_at

        schedule_between: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_between, Unset):
            schedule_between = self.schedule_between.to_dict()

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        opens = self.opens

        clicks = self.clicks

        downloads = self.downloads

        replied = self.replied

        sender_replied = self.sender_replied

        bounced = self.bounced

        accepted = self.accepted

        declined = self.declined

        tentative = self.tentative

        has_opens = self.has_opens

        has_links = self.has_links

        has_files = self.has_files

        failed_error = self.failed_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stage_id is not UNSET:
            field_dict["stageId"] = stage_id
        if ordinal is not UNSET:
            field_dict["ordinal"] = ordinal
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if processed_at is not UNSET:
            field_dict["processedAt"] = processed_at
        if schedule_between is not UNSET:
            field_dict["scheduleBetween"] = schedule_between
        if from_ is not UNSET:
            field_dict["from"] = from_
        if opens is not UNSET:
            field_dict["opens"] = opens
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if downloads is not UNSET:
            field_dict["downloads"] = downloads
        if replied is not UNSET:
            field_dict["replied"] = replied
        if sender_replied is not UNSET:
            field_dict["senderReplied"] = sender_replied
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if declined is not UNSET:
            field_dict["declined"] = declined
        if tentative is not UNSET:
            field_dict["tentative"] = tentative
        if has_opens is not UNSET:
            field_dict["hasOpens"] = has_opens
        if has_links is not UNSET:
            field_dict["hasLinks"] = has_links
        if has_files is not UNSET:
            field_dict["hasFiles"] = has_files
        if failed_error is not UNSET:
            field_dict["failedError"] = failed_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.sequence_recipient_stage_schedule_between import SequenceRecipientStageScheduleBetween  # noqa: PLC0415

        d = dict(src_dict)
        stage_id = d.pop("stageId", UNSET)

        ordinal = d.pop("ordinal", UNSET)

        type_ = d.pop("type", UNSET)

        state = d.pop("state", UNSET)

        message_id = d.pop("messageId", UNSET)

        scheduled_at = d.pop("scheduledAt", UNSET)

        sent_at = d.pop("sentAt", UNSET)

        processed_at = d.pop("processedAt", UNSET)

        _schedule_between = d.pop("scheduleBetween", UNSET)
        schedule_between: SequenceRecipientStageScheduleBetween | Unset
        if isinstance(_schedule_between, Unset):
            schedule_between = UNSET
        else:
            schedule_between = SequenceRecipientStageScheduleBetween.from_dict(_schedule_between)

        _from_ = d.pop("from", UNSET)
        from_: EmailAddress | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = EmailAddress.from_dict(_from_)

        opens = d.pop("opens", UNSET)

        clicks = d.pop("clicks", UNSET)

        downloads = d.pop("downloads", UNSET)

        replied = d.pop("replied", UNSET)

        sender_replied = d.pop("senderReplied", UNSET)

        bounced = d.pop("bounced", UNSET)

        accepted = d.pop("accepted", UNSET)

        declined = d.pop("declined", UNSET)

        tentative = d.pop("tentative", UNSET)

        has_opens = d.pop("hasOpens", UNSET)

        has_links = d.pop("hasLinks", UNSET)

        has_files = d.pop("hasFiles", UNSET)

        failed_error = d.pop("failedError", UNSET)

        sequence_recipient_stage = cls(
            stage_id=stage_id,
            ordinal=ordinal,
            type_=type_,
            state=state,
            message_id=message_id,
            scheduled_at=scheduled_at,
            sent_at=sent_at,
            processed_at=processed_at,
            schedule_between=schedule_between,
            from_=from_,
            opens=opens,
            clicks=clicks,
            downloads=downloads,
            replied=replied,
            sender_replied=sender_replied,
            bounced=bounced,
            accepted=accepted,
            declined=declined,
            tentative=tentative,
            has_opens=has_opens,
            has_links=has_links,
            has_files=has_files,
            failed_error=failed_error,
        )

        sequence_recipient_stage.additional_properties = d
        return sequence_recipient_stage

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
