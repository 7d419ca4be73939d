from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import deviation as _deviation

_KEYS = frozenset(
    (
        "to",
        "cc",
        "bcc",
        "from",
        "subject",
        "html",
    )
)


T = TypeVar("T", bound="SendEmailMessage")


@_attrs_define
class SendEmailMessage:
    to: str
    """ Comma-separated addresses. """
    cc: str | Unset = UNSET
    """ Comma-separated addresses (may be empty). """
    bcc: str | Unset = UNSET
    """ Comma-separated addresses (may be empty). """
    from_: str | Unset = UNSET
    """ One of your send-from addresses. """
    subject: str | Unset = UNSET
    html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.to is not UNSET:
            field_dict["to"] = self.to
        if self.cc is not UNSET:
            field_dict["cc"] = self.cc
        if self.bcc is not UNSET:
            field_dict["bcc"] = self.bcc
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.html is not UNSET:
            field_dict["html"] = self.html
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
        if not (to.__class__ is str):
            _deviation("SendEmailMessage", "to", "string", to)

        cc = _get("cc", UNSET)
        if not (cc.__class__ is str) and cc is not UNSET:
            _deviation("SendEmailMessage", "cc", "string", cc)

        bcc = _get("bcc", UNSET)
        if not (bcc.__class__ is str) and bcc is not UNSET:
            _deviation("SendEmailMessage", "bcc", "string", bcc)

        from_ = _get("from", UNSET)
        if not (from_.__class__ is str) and from_ is not UNSET:
            _deviation("SendEmailMessage", "from", "string", from_)

        subject = _get("subject", UNSET)
        if not (subject.__class__ is str) and subject is not UNSET:
            _deviation("SendEmailMessage", "subject", "string", subject)

        html = _get("html", UNSET)
        if not (html.__class__ is str) and html is not UNSET:
            _deviation("SendEmailMessage", "html", "string", html)

        _obj = cls(
            to,
            cc,
            bcc,
            from_,
            subject,
            html,
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
