from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.sequence_recipient_analytics import SequenceRecipientAnalytics
    from ..models.sequence_recipient_sequence import SequenceRecipientSequence
    from ..models.sequence_recipient_stage import SequenceRecipientStage
    from ..models.sequence_recipient_variables import SequenceRecipientVariables


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
    sequence: SequenceRecipientSequence | Unset = UNSET
    created_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    updated_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    email: str | Unset = UNSET
    to: EmailAddress | Unset = UNSET
    """ A named email address. """
    state: str | Unset = UNSET
    """ Known values: `active`, `failed`, `completed`. """
    completed_reason: str | Unset = UNSET
    last_stage_sent_ordinal: int | Unset = UNSET
    rst_failed: bool | Unset = UNSET
    variables: SequenceRecipientVariables | Unset = UNSET
    """ With `includeVariables=true`. """
    analytics: SequenceRecipientAnalytics | Unset = UNSET
    stages: list[SequenceRecipientStage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        sequence_id = self.sequence_id

        sequence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sequence, Unset):
            sequence = self.sequence.to_dict()

        created_at = self.created_at

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        email = self.email

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        state = self.state

        completed_reason = self.completed_reason

        last_stage_sent_ordinal = self.last_stage_sent_ordinal

        rst_failed = self.rst_failed

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        analytics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analytics, Unset):
            analytics = self.analytics.to_dict()

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = stages_item_data.to_dict()
                stages.append(stages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if sequence_id is not UNSET:
            field_dict["sequenceId"] = sequence_id
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if email is not UNSET:
            field_dict["email"] = email
        if to is not UNSET:
            field_dict["to"] = to
        if state is not UNSET:
            field_dict["state"] = state
        if completed_reason is not UNSET:
            field_dict["completedReason"] = completed_reason
        if last_stage_sent_ordinal is not UNSET:
            field_dict["lastStageSentOrdinal"] = last_stage_sent_ordinal
        if rst_failed is not UNSET:
            field_dict["rstFailed"] = rst_failed
        if variables is not UNSET:
            field_dict["variables"] = variables
        if analytics is not UNSET:
            field_dict["analytics"] = analytics
        if stages is not UNSET:
            field_dict["stages"] = stages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.sequence_recipient_analytics import SequenceRecipientAnalytics  # noqa: PLC0415
        from ..models.sequence_recipient_sequence import SequenceRecipientSequence  # noqa: PLC0415
        from ..models.sequence_recipient_stage import SequenceRecipientStage  # noqa: PLC0415
        from ..models.sequence_recipient_variables import SequenceRecipientVariables  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        sequence_id = d.pop("sequenceId", UNSET)

        _sequence = d.pop("sequence", UNSET)
        sequence: SequenceRecipientSequence | Unset
        if isinstance(_sequence, Unset):
            sequence = UNSET
        else:
            sequence = SequenceRecipientSequence.from_dict(_sequence)

        created_at = d.pop("createdAt", UNSET)

        def _parse_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        email = d.pop("email", UNSET)

        _to = d.pop("to", UNSET)
        to: EmailAddress | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = EmailAddress.from_dict(_to)

        state = d.pop("state", UNSET)

        completed_reason = d.pop("completedReason", UNSET)

        last_stage_sent_ordinal = d.pop("lastStageSentOrdinal", UNSET)

        rst_failed = d.pop("rstFailed", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: SequenceRecipientVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = SequenceRecipientVariables.from_dict(_variables)

        _analytics = d.pop("analytics", UNSET)
        analytics: SequenceRecipientAnalytics | Unset
        if isinstance(_analytics, Unset):
            analytics = UNSET
        else:
            analytics = SequenceRecipientAnalytics.from_dict(_analytics)

        _stages = d.pop("stages", UNSET)
        stages: list[SequenceRecipientStage] | Unset = UNSET
        if _stages is not UNSET:
            stages = []
            for stages_item_data in _stages:
                stages_item = SequenceRecipientStage.from_dict(stages_item_data)

                stages.append(stages_item)

        sequence_recipient = cls(
            id=id,
            user_id=user_id,
            sequence_id=sequence_id,
            sequence=sequence,
            created_at=created_at,
            updated_at=updated_at,
            email=email,
            to=to,
            state=state,
            completed_reason=completed_reason,
            last_stage_sent_ordinal=last_stage_sent_ordinal,
            rst_failed=rst_failed,
            variables=variables,
            analytics=analytics,
            stages=stages,
        )

        sequence_recipient.additional_properties = d
        return sequence_recipient

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
