from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.sequence_recipient_analytics_type_0 import SequenceRecipientAnalyticsType0
    from ..models.sequence_recipient_sequence_type_0 import SequenceRecipientSequenceType0
    from ..models.sequence_recipient_stage import SequenceRecipientStage
    from ..models.sequence_recipient_variables_type_0 import SequenceRecipientVariablesType0


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
    sequence: None | SequenceRecipientSequenceType0 | Unset = UNSET
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
    variables: None | SequenceRecipientVariablesType0 | Unset = UNSET
    """ With `includeVariables=true`. """
    analytics: None | SequenceRecipientAnalyticsType0 | Unset = UNSET
    stages: list[SequenceRecipientStage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.sequence_recipient_analytics_type_0 import SequenceRecipientAnalyticsType0  # noqa: PLC0415
        from ..models.sequence_recipient_sequence_type_0 import SequenceRecipientSequenceType0  # noqa: PLC0415
        from ..models.sequence_recipient_variables_type_0 import SequenceRecipientVariablesType0  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        sequence_id = self.sequence_id

        sequence: dict[str, Any] | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        elif isinstance(self.sequence, SequenceRecipientSequenceType0):
            sequence = self.sequence.to_dict()
        else:
            sequence = self.sequence

        created_at = self.created_at

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        email = self.email

        to: dict[str, Any] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, EmailAddress):
            to = self.to.to_dict()
        else:
            to = self.to

        state = self.state

        completed_reason = self.completed_reason

        last_stage_sent_ordinal = self.last_stage_sent_ordinal

        rst_failed: bool | int | Unset
        if isinstance(self.rst_failed, Unset):
            rst_failed = UNSET
        else:
            rst_failed = self.rst_failed

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, SequenceRecipientVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        analytics: dict[str, Any] | None | Unset
        if isinstance(self.analytics, Unset):
            analytics = UNSET
        elif isinstance(self.analytics, SequenceRecipientAnalyticsType0):
            analytics = self.analytics.to_dict()
        else:
            analytics = self.analytics

        stages: list[dict[str, Any]] | None | Unset
        if isinstance(self.stages, Unset):
            stages = UNSET
        elif isinstance(self.stages, list):
            stages = []
            for stages_type_0_item_data in self.stages:
                stages_type_0_item = stages_type_0_item_data.to_dict()
                stages.append(stages_type_0_item)

        else:
            stages = self.stages

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
        from ..models.sequence_recipient_analytics_type_0 import SequenceRecipientAnalyticsType0  # noqa: PLC0415
        from ..models.sequence_recipient_sequence_type_0 import SequenceRecipientSequenceType0  # noqa: PLC0415
        from ..models.sequence_recipient_stage import SequenceRecipientStage  # noqa: PLC0415
        from ..models.sequence_recipient_variables_type_0 import SequenceRecipientVariablesType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        sequence_id = d.pop("sequenceId", UNSET)

        def _parse_sequence(data: object) -> None | SequenceRecipientSequenceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sequence_type_0 = SequenceRecipientSequenceType0.from_dict(data)

                return sequence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SequenceRecipientSequenceType0 | Unset, data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

        created_at = d.pop("createdAt", UNSET)

        def _parse_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        email = d.pop("email", UNSET)

        def _parse_to(data: object) -> EmailAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                to_type_0 = EmailAddress.from_dict(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailAddress | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        state = d.pop("state", UNSET)

        completed_reason = d.pop("completedReason", UNSET)

        last_stage_sent_ordinal = d.pop("lastStageSentOrdinal", UNSET)

        def _parse_rst_failed(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        rst_failed = _parse_rst_failed(d.pop("rstFailed", UNSET))

        def _parse_variables(data: object) -> None | SequenceRecipientVariablesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = SequenceRecipientVariablesType0.from_dict(data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SequenceRecipientVariablesType0 | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        def _parse_analytics(data: object) -> None | SequenceRecipientAnalyticsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analytics_type_0 = SequenceRecipientAnalyticsType0.from_dict(data)

                return analytics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SequenceRecipientAnalyticsType0 | Unset, data)

        analytics = _parse_analytics(d.pop("analytics", UNSET))

        def _parse_stages(data: object) -> list[SequenceRecipientStage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stages_type_0 = []
                _stages_type_0 = data
                for stages_type_0_item_data in _stages_type_0:
                    stages_type_0_item = SequenceRecipientStage.from_dict(stages_type_0_item_data)

                    stages_type_0.append(stages_type_0_item)

                return stages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SequenceRecipientStage] | None | Unset, data)

        stages = _parse_stages(d.pop("stages", UNSET))

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
