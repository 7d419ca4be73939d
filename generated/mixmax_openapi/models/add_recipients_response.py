from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recipient_result import RecipientResult


T = TypeVar("T", bound="AddRecipientsResponse")


@_attrs_define
class AddRecipientsResponse:
    """
    Example:
        {'recipients': [{'email': 'a@x.com', 'status': 'success'}, {'email': 'b@x.com', 'status': 'error', 'errors':
            ['Missing variable: First name']}, {'email': 'c@x.com', 'status': 'duplicated'}]}

    """

    recipients: list[RecipientResult] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients: list[dict[str, Any]] | None
        if isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_result import RecipientResult  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_recipients(data: object) -> list[RecipientResult] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = RecipientResult.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RecipientResult] | None, data)

        recipients = _parse_recipients(d.pop("recipients"))

        add_recipients_response = cls(
            recipients=recipients,
        )

        add_recipients_response.additional_properties = d
        return add_recipients_response

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
