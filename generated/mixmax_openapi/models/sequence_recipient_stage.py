from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.sequence_recipient_stage_schedule_between_type_0 import SequenceRecipientStageScheduleBetweenType0


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
    schedule_between: None | SequenceRecipientStageScheduleBetweenType0 | Unset = UNSET
    from_: EmailAddress | None | Unset = UNSET
    opens: int | Unset = UNSET
    clicks: int | Unset = UNSET
    downloads: int | Unset = UNSET
    replied: bool | int | Unset = UNSET
    """ Observed as a number (0/1) by AB. """
    sender_replied: bool | int | Unset = UNSET
    """ Observed as a number (0/1) by AB. """
    bounced: bool | int | Unset = UNSET
    """ Observed as a number (0/1) by AB. """
    accepted: bool | int | Unset = UNSET
    """ Observed as a number (0/1) by AB. """
    declined: bool | int | Unset = UNSET
    """ Observed as a number (0/1) by AB. """
    tentative: bool | int | Unset = UNSET
    """ Observed as a number (0/1) by AB. """
    has_opens: bool | int | Unset = UNSET
    """ Observed as a number (0/1) by AB. """
    has_links: bool | int | Unset = UNSET
    """ Observed as a number (0/1) by AB. """
    has_files: bool | int | Unset = UNSET
    """ Observed as a number (0/1) by AB. """
    failed_error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.sequence_recipient_stage_schedule_between_type_0 import SequenceRecipientStageScheduleBetweenType0  # noqa: PLC0415

        stage_id = self.stage_id

        ordinal = self.ordinal

        type_ = self.type_

        state = self.state

        message_id = self.message_id

        scheduled_at = self.scheduled_at

        sent_at = self.sent_at

        processed_at = self.processed_at

        schedule_between: dict[str, Any] | None | Unset
        if isinstance(self.schedule_between, Unset):
            schedule_between = UNSET
        elif isinstance(self.schedule_between, SequenceRecipientStageScheduleBetweenType0):
            schedule_between = self.schedule_between.to_dict()
        else:
            schedule_between = self.schedule_between

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, EmailAddress):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        opens = self.opens

        clicks = self.clicks

        downloads = self.downloads

        replied: bool | int | Unset
        if isinstance(self.replied, Unset):
            replied = UNSET
        else:
            replied = self.replied

        sender_replied: bool | int | Unset
        if isinstance(self.sender_replied, Unset):
            sender_replied = UNSET
        else:
            sender_replied = self.sender_replied

        bounced: bool | int | Unset
        if isinstance(self.bounced, Unset):
            bounced = UNSET
        else:
            bounced = self.bounced

        accepted: bool | int | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        else:
            accepted = self.accepted

        declined: bool | int | Unset
        if isinstance(self.declined, Unset):
            declined = UNSET
        else:
            declined = self.declined

        tentative: bool | int | Unset
        if isinstance(self.tentative, Unset):
            tentative = UNSET
        else:
            tentative = self.tentative

        has_opens: bool | int | Unset
        if isinstance(self.has_opens, Unset):
            has_opens = UNSET
        else:
            has_opens = self.has_opens

        has_links: bool | int | Unset
        if isinstance(self.has_links, Unset):
            has_links = UNSET
        else:
            has_links = self.has_links

        has_files: bool | int | Unset
        if isinstance(self.has_files, Unset):
            has_files = UNSET
        else:
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
        from ..models.sequence_recipient_stage_schedule_between_type_0 import SequenceRecipientStageScheduleBetweenType0  # noqa: PLC0415

        d = dict(src_dict)
        stage_id = d.pop("stageId", UNSET)

        ordinal = d.pop("ordinal", UNSET)

        type_ = d.pop("type", UNSET)

        state = d.pop("state", UNSET)

        message_id = d.pop("messageId", UNSET)

        scheduled_at = d.pop("scheduledAt", UNSET)

        sent_at = d.pop("sentAt", UNSET)

        processed_at = d.pop("processedAt", UNSET)

        def _parse_schedule_between(data: object) -> None | SequenceRecipientStageScheduleBetweenType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_between_type_0 = SequenceRecipientStageScheduleBetweenType0.from_dict(data)

                return schedule_between_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SequenceRecipientStageScheduleBetweenType0 | Unset, data)

        schedule_between = _parse_schedule_between(d.pop("scheduleBetween", UNSET))

        def _parse_from_(data: object) -> EmailAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_type_0 = EmailAddress.from_dict(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailAddress | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        opens = d.pop("opens", UNSET)

        clicks = d.pop("clicks", UNSET)

        downloads = d.pop("downloads", UNSET)

        def _parse_replied(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        replied = _parse_replied(d.pop("replied", UNSET))

        def _parse_sender_replied(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        sender_replied = _parse_sender_replied(d.pop("senderReplied", UNSET))

        def _parse_bounced(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        bounced = _parse_bounced(d.pop("bounced", UNSET))

        def _parse_accepted(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        accepted = _parse_accepted(d.pop("accepted", UNSET))

        def _parse_declined(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        declined = _parse_declined(d.pop("declined", UNSET))

        def _parse_tentative(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        tentative = _parse_tentative(d.pop("tentative", UNSET))

        def _parse_has_opens(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        has_opens = _parse_has_opens(d.pop("hasOpens", UNSET))

        def _parse_has_links(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        has_links = _parse_has_links(d.pop("hasLinks", UNSET))

        def _parse_has_files(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        has_files = _parse_has_files(d.pop("hasFiles", UNSET))

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
