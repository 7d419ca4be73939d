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

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress

_KEYS = frozenset(
    (
        "to",
        "cc",
        "bcc",
        "subject",
    )
)


T = TypeVar("T", bound="TrackedMessageSummary")


@_attrs_define
class TrackedMessageSummary:
    """The tracked message an `opened` or `clicked` event is about."""

    to: list[EmailAddress] | None | Unset = UNSET
    cc: list[EmailAddress] | None | Unset = UNSET
    bcc: list[EmailAddress] | None | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.to is not UNSET:
            field_dict["to"] = _to_json(self.to)
        if self.cc is not UNSET:
            field_dict["cc"] = _to_json(self.cc)
        if self.bcc is not UNSET:
            field_dict["bcc"] = _to_json(self.bcc)
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        to = _get("to", UNSET)
        if to.__class__ is list:
            _to_items: list[Any] = []
            for _to_item in to:
                if _to_item.__class__ is dict:
                    try:
                        _to_item = _m_email_address.EmailAddress.from_dict(_to_item)
                    except _ResponseDeviation as _e:
                        _e._within("TrackedMessageSummary", f"to[{len(_to_items)}]")
                        raise
                else:
                    _deviation("TrackedMessageSummary", f"to[{len(_to_items)}]", "EmailAddress", _to_item)

                _to_items.append(_to_item)
            to = _to_items
        elif to is None:
            pass
        elif to is not UNSET:
            _deviation("TrackedMessageSummary", "to", "array of EmailAddress or null", to)

        cc = _get("cc", UNSET)
        if cc.__class__ is list:
            _cc_items: list[Any] = []
            for _cc_item in cc:
                if _cc_item.__class__ is dict:
                    try:
                        _cc_item = _m_email_address.EmailAddress.from_dict(_cc_item)
                    except _ResponseDeviation as _e:
                        _e._within("TrackedMessageSummary", f"cc[{len(_cc_items)}]")
                        raise
                else:
                    _deviation("TrackedMessageSummary", f"cc[{len(_cc_items)}]", "EmailAddress", _cc_item)

                _cc_items.append(_cc_item)
            cc = _cc_items
        elif cc is None:
            pass
        elif cc is not UNSET:
            _deviation("TrackedMessageSummary", "cc", "array of EmailAddress or null", cc)

        bcc = _get("bcc", UNSET)
        if bcc.__class__ is list:
            _bcc_items: list[Any] = []
            for _bcc_item in bcc:
                if _bcc_item.__class__ is dict:
                    try:
                        _bcc_item = _m_email_address.EmailAddress.from_dict(_bcc_item)
                    except _ResponseDeviation as _e:
                        _e._within("TrackedMessageSummary", f"bcc[{len(_bcc_items)}]")
                        raise
                else:
                    _deviation("TrackedMessageSummary", f"bcc[{len(_bcc_items)}]", "EmailAddress", _bcc_item)

                _bcc_items.append(_bcc_item)
            bcc = _bcc_items
        elif bcc is None:
            pass
        elif bcc is not UNSET:
            _deviation("TrackedMessageSummary", "bcc", "array of EmailAddress or null", bcc)

        subject = _get("subject", UNSET)
        if not (subject.__class__ is str) and subject is not UNSET:
            _deviation("TrackedMessageSummary", "subject", "string", subject)

        _obj = cls(
            to,
            cc,
            bcc,
            subject,
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
