from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import recipient_result as _m_recipient_result

if TYPE_CHECKING:
    from ..models.recipient_result import RecipientResult

_KEYS = frozenset(("recipients",))


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.recipients is not UNSET:
            field_dict["recipients"] = _to_json(self.recipients)
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
                        _recipients_item = _m_recipient_result.RecipientResult.from_dict(_recipients_item)
                    except _ResponseDeviation as _e:
                        _e._within("AddRecipientsResponse", f"recipients[{len(_recipients_items)}]")
                        raise
                else:
                    _deviation(
                        "AddRecipientsResponse",
                        f"recipients[{len(_recipients_items)}]",
                        "RecipientResult",
                        _recipients_item,
                    )

                _recipients_items.append(_recipients_item)
            recipients = _recipients_items
        elif recipients is None:
            pass
        else:
            _deviation("AddRecipientsResponse", "recipients", "array of RecipientResult or null", recipients)

        _obj = cls(
            recipients,
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
