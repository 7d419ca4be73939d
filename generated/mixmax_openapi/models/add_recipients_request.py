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
from . import recipient_input as _m_recipient_input

if TYPE_CHECKING:
    from ..models.recipient_input import RecipientInput

_KEYS = frozenset(
    (
        "recipients",
        "scheduledAt",
        "enrich",
        "allowMissingVariables",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.recipients is not UNSET:
            field_dict["recipients"] = _to_json(self.recipients)
        if self.scheduled_at is not UNSET:
            field_dict["scheduledAt"] = self.scheduled_at
        if self.enrich is not UNSET:
            field_dict["enrich"] = self.enrich
        if self.allow_missing_variables is not UNSET:
            field_dict["allowMissingVariables"] = self.allow_missing_variables
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        recipients = _get("recipients", UNSET)
        if recipients.__class__ is list:
            _recipients_items: list[Any] = []
            for _recipients_item in recipients:
                if _recipients_item.__class__ is dict:
                    try:
                        _recipients_item = _m_recipient_input.RecipientInput.from_dict(_recipients_item)
                    except _ResponseDeviation as _e:
                        _e._within("AddRecipientsRequest", f"recipients[{len(_recipients_items)}]")
                        raise
                else:
                    _deviation(
                        "AddRecipientsRequest",
                        f"recipients[{len(_recipients_items)}]",
                        "RecipientInput",
                        _recipients_item,
                    )

                _recipients_items.append(_recipients_item)
            recipients = _recipients_items
        else:
            _deviation("AddRecipientsRequest", "recipients", "array of RecipientInput", recipients)

        scheduled_at = _get("scheduledAt", UNSET)
        if (
            not (scheduled_at.__class__ is int or (scheduled_at is True or scheduled_at is False))
            and scheduled_at is not UNSET
        ):
            _deviation("AddRecipientsRequest", "scheduledAt", "integer or boolean", scheduled_at)

        enrich = _get("enrich", UNSET)
        if not (enrich is True or enrich is False) and enrich is not UNSET:
            _deviation("AddRecipientsRequest", "enrich", "boolean", enrich)

        allow_missing_variables = _get("allowMissingVariables", UNSET)
        if (
            not (allow_missing_variables is True or allow_missing_variables is False)
            and allow_missing_variables is not UNSET
        ):
            _deviation("AddRecipientsRequest", "allowMissingVariables", "boolean", allow_missing_variables)

        _obj = cls(
            recipients,
            scheduled_at,
            enrich,
            allow_missing_variables,
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
