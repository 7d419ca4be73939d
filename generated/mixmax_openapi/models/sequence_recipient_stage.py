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
from . import email_address as _m_email_address
from . import sequence_recipient_stage_schedule_between as _m_sequence_recipient_stage_schedule_between

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.sequence_recipient_stage_schedule_between import SequenceRecipientStageScheduleBetween

_KEYS = frozenset(
    (
        "stageId",
        "ordinal",
        "type",
        "state",
        "messageId",
        "scheduledAt",
        "sentAt",
        "processedAt",
        "scheduleBetween",
        "from",
        "opens",
        "clicks",
        "downloads",
        "replied",
        "senderReplied",
        "bounced",
        "accepted",
        "declined",
        "tentative",
        "hasOpens",
        "hasLinks",
        "hasFiles",
        "failedError",
    )
)


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
    schedule_between: None | SequenceRecipientStageScheduleBetween | Unset = UNSET
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.stage_id is not UNSET:
            field_dict["stageId"] = self.stage_id
        if self.ordinal is not UNSET:
            field_dict["ordinal"] = self.ordinal
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.state is not UNSET:
            field_dict["state"] = self.state
        if self.message_id is not UNSET:
            field_dict["messageId"] = self.message_id
        if self.scheduled_at is not UNSET:
            field_dict["scheduledAt"] = self.scheduled_at
        if self.sent_at is not UNSET:
            field_dict["sentAt"] = self.sent_at
        if self.processed_at is not UNSET:
            field_dict["processedAt"] = self.processed_at
        if self.schedule_between is not UNSET:
            field_dict["scheduleBetween"] = _to_json(self.schedule_between)
        if self.from_ is not UNSET:
            field_dict["from"] = _to_json(self.from_)
        if self.opens is not UNSET:
            field_dict["opens"] = self.opens
        if self.clicks is not UNSET:
            field_dict["clicks"] = self.clicks
        if self.downloads is not UNSET:
            field_dict["downloads"] = self.downloads
        if self.replied is not UNSET:
            field_dict["replied"] = self.replied
        if self.sender_replied is not UNSET:
            field_dict["senderReplied"] = self.sender_replied
        if self.bounced is not UNSET:
            field_dict["bounced"] = self.bounced
        if self.accepted is not UNSET:
            field_dict["accepted"] = self.accepted
        if self.declined is not UNSET:
            field_dict["declined"] = self.declined
        if self.tentative is not UNSET:
            field_dict["tentative"] = self.tentative
        if self.has_opens is not UNSET:
            field_dict["hasOpens"] = self.has_opens
        if self.has_links is not UNSET:
            field_dict["hasLinks"] = self.has_links
        if self.has_files is not UNSET:
            field_dict["hasFiles"] = self.has_files
        if self.failed_error is not UNSET:
            field_dict["failedError"] = self.failed_error
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        stage_id = _get("stageId", UNSET)
        if not (stage_id.__class__ is str) and stage_id is not UNSET:
            _deviation("SequenceRecipientStage", "stageId", "string", stage_id)

        ordinal = _get("ordinal", UNSET)
        if not (ordinal.__class__ is int) and ordinal is not UNSET:
            _deviation("SequenceRecipientStage", "ordinal", "integer", ordinal)

        type_ = _get("type", UNSET)
        if not (type_.__class__ is str) and type_ is not UNSET:
            _deviation("SequenceRecipientStage", "type", "string", type_)

        state = _get("state", UNSET)
        if not (state.__class__ is str) and state is not UNSET:
            _deviation("SequenceRecipientStage", "state", "string", state)

        message_id = _get("messageId", UNSET)
        if not (message_id.__class__ is str) and message_id is not UNSET:
            _deviation("SequenceRecipientStage", "messageId", "string", message_id)

        scheduled_at = _get("scheduledAt", UNSET)
        if not (scheduled_at.__class__ is int) and scheduled_at is not UNSET:
            _deviation("SequenceRecipientStage", "scheduledAt", "integer", scheduled_at)

        sent_at = _get("sentAt", UNSET)
        if not (sent_at.__class__ is int) and sent_at is not UNSET:
            _deviation("SequenceRecipientStage", "sentAt", "integer", sent_at)

        processed_at = _get("processedAt", UNSET)
        if not (processed_at.__class__ is int) and processed_at is not UNSET:
            _deviation("SequenceRecipientStage", "processedAt", "integer", processed_at)

        schedule_between = _get("scheduleBetween", UNSET)
        if schedule_between.__class__ is dict:
            try:
                schedule_between = (
                    _m_sequence_recipient_stage_schedule_between.SequenceRecipientStageScheduleBetween.from_dict(
                        schedule_between
                    )
                )
            except _ResponseDeviation as _e:
                _e._within("SequenceRecipientStage", "scheduleBetween")
                raise
        elif schedule_between is None:
            pass
        elif schedule_between is not UNSET:
            _deviation(
                "SequenceRecipientStage",
                "scheduleBetween",
                "SequenceRecipientStageScheduleBetween or null",
                schedule_between,
            )

        from_ = _get("from", UNSET)
        if from_.__class__ is dict:
            try:
                from_ = _m_email_address.EmailAddress.from_dict(from_)
            except _ResponseDeviation as _e:
                _e._within("SequenceRecipientStage", "from")
                raise
        elif from_ is None:
            pass
        elif from_ is not UNSET:
            _deviation("SequenceRecipientStage", "from", "EmailAddress or null", from_)

        opens = _get("opens", UNSET)
        if not (opens.__class__ is int) and opens is not UNSET:
            _deviation("SequenceRecipientStage", "opens", "integer", opens)

        clicks = _get("clicks", UNSET)
        if not (clicks.__class__ is int) and clicks is not UNSET:
            _deviation("SequenceRecipientStage", "clicks", "integer", clicks)

        downloads = _get("downloads", UNSET)
        if not (downloads.__class__ is int) and downloads is not UNSET:
            _deviation("SequenceRecipientStage", "downloads", "integer", downloads)

        replied = _get("replied", UNSET)
        if not ((replied is True or replied is False) or replied.__class__ is int) and replied is not UNSET:
            _deviation("SequenceRecipientStage", "replied", "boolean or integer", replied)

        sender_replied = _get("senderReplied", UNSET)
        if (
            not ((sender_replied is True or sender_replied is False) or sender_replied.__class__ is int)
            and sender_replied is not UNSET
        ):
            _deviation("SequenceRecipientStage", "senderReplied", "boolean or integer", sender_replied)

        bounced = _get("bounced", UNSET)
        if not ((bounced is True or bounced is False) or bounced.__class__ is int) and bounced is not UNSET:
            _deviation("SequenceRecipientStage", "bounced", "boolean or integer", bounced)

        accepted = _get("accepted", UNSET)
        if not ((accepted is True or accepted is False) or accepted.__class__ is int) and accepted is not UNSET:
            _deviation("SequenceRecipientStage", "accepted", "boolean or integer", accepted)

        declined = _get("declined", UNSET)
        if not ((declined is True or declined is False) or declined.__class__ is int) and declined is not UNSET:
            _deviation("SequenceRecipientStage", "declined", "boolean or integer", declined)

        tentative = _get("tentative", UNSET)
        if not ((tentative is True or tentative is False) or tentative.__class__ is int) and tentative is not UNSET:
            _deviation("SequenceRecipientStage", "tentative", "boolean or integer", tentative)

        has_opens = _get("hasOpens", UNSET)
        if not ((has_opens is True or has_opens is False) or has_opens.__class__ is int) and has_opens is not UNSET:
            _deviation("SequenceRecipientStage", "hasOpens", "boolean or integer", has_opens)

        has_links = _get("hasLinks", UNSET)
        if not ((has_links is True or has_links is False) or has_links.__class__ is int) and has_links is not UNSET:
            _deviation("SequenceRecipientStage", "hasLinks", "boolean or integer", has_links)

        has_files = _get("hasFiles", UNSET)
        if not ((has_files is True or has_files is False) or has_files.__class__ is int) and has_files is not UNSET:
            _deviation("SequenceRecipientStage", "hasFiles", "boolean or integer", has_files)

        failed_error = _get("failedError", UNSET)

        _obj = cls(
            stage_id,
            ordinal,
            type_,
            state,
            message_id,
            scheduled_at,
            sent_at,
            processed_at,
            schedule_between,
            from_,
            opens,
            clicks,
            downloads,
            replied,
            sender_replied,
            bounced,
            accepted,
            declined,
            tentative,
            has_opens,
            has_links,
            has_files,
            failed_error,
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
