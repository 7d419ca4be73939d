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
from . import sequence_recipient_analytics as _m_sequence_recipient_analytics
from . import sequence_recipient_sequence as _m_sequence_recipient_sequence
from . import sequence_recipient_stage as _m_sequence_recipient_stage
from . import sequence_recipient_variables as _m_sequence_recipient_variables

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.sequence_recipient_analytics import SequenceRecipientAnalytics
    from ..models.sequence_recipient_sequence import SequenceRecipientSequence
    from ..models.sequence_recipient_stage import SequenceRecipientStage
    from ..models.sequence_recipient_variables import SequenceRecipientVariables

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "sequenceId",
        "sequence",
        "createdAt",
        "updatedAt",
        "email",
        "to",
        "state",
        "completedReason",
        "lastStageSentOrdinal",
        "rstFailed",
        "variables",
        "analytics",
        "stages",
    )
)


T = TypeVar("T", bound="SequenceRecipient")


@_attrs_define
class SequenceRecipient:
    """A recipient in a sequence. The docs show a top-level `email`; observed responses carry
    `to.email` instead, so both are optional.

        Example:
            {'_id': '5815495f8447b9058a310440', 'userId': 'kZYPwDDiGPTfQDj5n', 'sequenceId': '5815495f8447b9058a310430',
                'sequence': {'_id': '5815495f8447b9058a310430'}, 'createdAt': 1477855247790, 'state': 'active', 'to': {'email':
                'grace@example.com', 'name': 'Grace Hopper'}, 'lastStageSentOrdinal': 0, 'analytics': {'events': {'opens': 2,
                'clicks': 1, 'downloads': 0}}, 'stages': [{'stageId': '5815495f8447b9058a310431', 'ordinal': 0, 'state': 'sent',
                'sentAt': 1477855347790, 'opens': 2}], 'unsubscribed': False}

    """

    id: str
    user_id: str | Unset = UNSET
    sequence_id: str | Unset = UNSET
    sequence: None | SequenceRecipientSequence | Unset = UNSET
    created_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    updated_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    email: str | Unset = UNSET
    to: EmailAddress | None | Unset = UNSET
    state: str | Unset = UNSET
    """ Known values: `active`, `failed`, `completed`. """
    completed_reason: str | Unset = UNSET
    last_stage_sent_ordinal: int | Unset = UNSET
    rst_failed: bool | int | Unset = UNSET
    """ Observed as a number by AB. """
    variables: None | SequenceRecipientVariables | Unset = UNSET
    """ With `includeVariables=true`. """
    analytics: None | SequenceRecipientAnalytics | Unset = UNSET
    stages: list[SequenceRecipientStage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.sequence_id is not UNSET:
            field_dict["sequenceId"] = self.sequence_id
        if self.sequence is not UNSET:
            field_dict["sequence"] = _to_json(self.sequence)
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.to is not UNSET:
            field_dict["to"] = _to_json(self.to)
        if self.state is not UNSET:
            field_dict["state"] = self.state
        if self.completed_reason is not UNSET:
            field_dict["completedReason"] = self.completed_reason
        if self.last_stage_sent_ordinal is not UNSET:
            field_dict["lastStageSentOrdinal"] = self.last_stage_sent_ordinal
        if self.rst_failed is not UNSET:
            field_dict["rstFailed"] = self.rst_failed
        if self.variables is not UNSET:
            field_dict["variables"] = _to_json(self.variables)
        if self.analytics is not UNSET:
            field_dict["analytics"] = _to_json(self.analytics)
        if self.stages is not UNSET:
            field_dict["stages"] = _to_json(self.stages)
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
            _deviation("SequenceRecipient", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("SequenceRecipient", "userId", "string", user_id)

        sequence_id = _get("sequenceId", UNSET)
        if not (sequence_id.__class__ is str) and sequence_id is not UNSET:
            _deviation("SequenceRecipient", "sequenceId", "string", sequence_id)

        sequence = _get("sequence", UNSET)
        if sequence.__class__ is dict:
            try:
                sequence = _m_sequence_recipient_sequence.SequenceRecipientSequence.from_dict(sequence)
            except _ResponseDeviation as _e:
                _e._within("SequenceRecipient", "sequence")
                raise
        elif sequence is None:
            pass
        elif sequence is not UNSET:
            _deviation("SequenceRecipient", "sequence", "SequenceRecipientSequence or null", sequence)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int) and created_at is not UNSET:
            _deviation("SequenceRecipient", "createdAt", "integer", created_at)

        updated_at = _get("updatedAt", UNSET)
        if not (updated_at.__class__ is int or updated_at.__class__ is str) and updated_at is not UNSET:
            _deviation("SequenceRecipient", "updatedAt", "integer or string", updated_at)

        email = _get("email", UNSET)
        if not (email.__class__ is str) and email is not UNSET:
            _deviation("SequenceRecipient", "email", "string", email)

        to = _get("to", UNSET)
        if to.__class__ is dict:
            try:
                to = _m_email_address.EmailAddress.from_dict(to)
            except _ResponseDeviation as _e:
                _e._within("SequenceRecipient", "to")
                raise
        elif to is None:
            pass
        elif to is not UNSET:
            _deviation("SequenceRecipient", "to", "EmailAddress or null", to)

        state = _get("state", UNSET)
        if not (state.__class__ is str) and state is not UNSET:
            _deviation("SequenceRecipient", "state", "string", state)

        completed_reason = _get("completedReason", UNSET)
        if not (completed_reason.__class__ is str) and completed_reason is not UNSET:
            _deviation("SequenceRecipient", "completedReason", "string", completed_reason)

        last_stage_sent_ordinal = _get("lastStageSentOrdinal", UNSET)
        if not (last_stage_sent_ordinal.__class__ is int) and last_stage_sent_ordinal is not UNSET:
            _deviation("SequenceRecipient", "lastStageSentOrdinal", "integer", last_stage_sent_ordinal)

        rst_failed = _get("rstFailed", UNSET)
        if not ((rst_failed is True or rst_failed is False) or rst_failed.__class__ is int) and rst_failed is not UNSET:
            _deviation("SequenceRecipient", "rstFailed", "boolean or integer", rst_failed)

        variables = _get("variables", UNSET)
        if variables.__class__ is dict:
            try:
                variables = _m_sequence_recipient_variables.SequenceRecipientVariables.from_dict(variables)
            except _ResponseDeviation as _e:
                _e._within("SequenceRecipient", "variables")
                raise
        elif variables is None:
            pass
        elif variables is not UNSET:
            _deviation("SequenceRecipient", "variables", "SequenceRecipientVariables or null", variables)

        analytics = _get("analytics", UNSET)
        if analytics.__class__ is dict:
            try:
                analytics = _m_sequence_recipient_analytics.SequenceRecipientAnalytics.from_dict(analytics)
            except _ResponseDeviation as _e:
                _e._within("SequenceRecipient", "analytics")
                raise
        elif analytics is None:
            pass
        elif analytics is not UNSET:
            _deviation("SequenceRecipient", "analytics", "SequenceRecipientAnalytics or null", analytics)

        stages = _get("stages", UNSET)
        if stages.__class__ is list:
            _stages_items: list[Any] = []
            for _stages_item in stages:
                if _stages_item.__class__ is dict:
                    try:
                        _stages_item = _m_sequence_recipient_stage.SequenceRecipientStage.from_dict(_stages_item)
                    except _ResponseDeviation as _e:
                        _e._within("SequenceRecipient", f"stages[{len(_stages_items)}]")
                        raise
                else:
                    _deviation(
                        "SequenceRecipient", f"stages[{len(_stages_items)}]", "SequenceRecipientStage", _stages_item
                    )

                _stages_items.append(_stages_item)
            stages = _stages_items
        elif stages is None:
            pass
        elif stages is not UNSET:
            _deviation("SequenceRecipient", "stages", "array of SequenceRecipientStage or null", stages)

        _obj = cls(
            id,
            user_id,
            sequence_id,
            sequence,
            created_at,
            updated_at,
            email,
            to,
            state,
            completed_reason,
            last_stage_sent_ordinal,
            rst_failed,
            variables,
            analytics,
            stages,
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
