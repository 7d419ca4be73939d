from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_input import RecipientInput


T = TypeVar("T", bound="AddRecipientsRequest")


@_attrs_define
class AddRecipientsRequest:
    """
    Example:
        {'recipients': [{'email': 'hello@mixmax.com', 'variables': {'name': 'Hugo Brockman', 'email':
            'hello@mixmax.com'}, 'scheduledAt': 1700000000000}], 'scheduledAt': 1700000000000, 'enrich': True,
            'allowMissingVariables': False}

    """

    recipients: list[RecipientInput]
    scheduled_at: bool | int | Unset = UNSET
    """ Epoch milliseconds to activate at, or `false` to keep the recipients as drafts. """
    enrich: bool | Unset = UNSET
    """ Fill variables from Mixmax contact data; explicit variables win. """
    allow_missing_variables: bool | Unset = UNSET
    """ Add recipients even if they lack variables the sequence uses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        scheduled_at: bool | int | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = self.scheduled_at

        enrich = self.enrich

        allow_missing_variables = self.allow_missing_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at
        if enrich is not UNSET:
            field_dict["enrich"] = enrich
        if allow_missing_variables is not UNSET:
            field_dict["allowMissingVariables"] = allow_missing_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_input import RecipientInput  # noqa: PLC0415

        d = dict(src_dict)
        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = RecipientInput.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        def _parse_scheduled_at(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt", UNSET))

        enrich = d.pop("enrich", UNSET)

        allow_missing_variables = d.pop("allowMissingVariables", UNSET)

        add_recipients_request = cls(
            recipients=recipients,
            scheduled_at=scheduled_at,
            enrich=enrich,
            allow_missing_variables=allow_missing_variables,
        )

        add_recipients_request.additional_properties = d
        return add_recipients_request

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
