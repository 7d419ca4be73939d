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
from . import custom_variables as _m_custom_variables
from . import email_address as _m_email_address

if TYPE_CHECKING:
    from ..models.custom_variables import CustomVariables
    from ..models.email_address import EmailAddress

_KEYS = frozenset(
    (
        "to",
        "cc",
        "bcc",
        "subject",
        "trackingEnabled",
        "variables",
    )
)


T = TypeVar("T", bound="SendSnippetRequest")


@_attrs_define
class SendSnippetRequest:
    to: list[EmailAddress]
    cc: list[EmailAddress] | Unset = UNSET
    bcc: list[EmailAddress] | Unset = UNSET
    subject: str | Unset = UNSET
    tracking_enabled: bool | Unset = UNSET
    variables: CustomVariables | Unset = UNSET
    """ Template variables, by variable name (e.g. `First name`). """
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
        if self.tracking_enabled is not UNSET:
            field_dict["trackingEnabled"] = self.tracking_enabled
        if self.variables is not UNSET:
            field_dict["variables"] = _to_json(self.variables)
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
                        _e._within("SendSnippetRequest", f"to[{len(_to_items)}]")
                        raise
                else:
                    _deviation("SendSnippetRequest", f"to[{len(_to_items)}]", "EmailAddress", _to_item)

                _to_items.append(_to_item)
            to = _to_items
        else:
            _deviation("SendSnippetRequest", "to", "array of EmailAddress", to)

        cc = _get("cc", UNSET)
        if cc.__class__ is list:
            _cc_items: list[Any] = []
            for _cc_item in cc:
                if _cc_item.__class__ is dict:
                    try:
                        _cc_item = _m_email_address.EmailAddress.from_dict(_cc_item)
                    except _ResponseDeviation as _e:
                        _e._within("SendSnippetRequest", f"cc[{len(_cc_items)}]")
                        raise
                else:
                    _deviation("SendSnippetRequest", f"cc[{len(_cc_items)}]", "EmailAddress", _cc_item)

                _cc_items.append(_cc_item)
            cc = _cc_items
        elif cc is not UNSET:
            _deviation("SendSnippetRequest", "cc", "array of EmailAddress", cc)

        bcc = _get("bcc", UNSET)
        if bcc.__class__ is list:
            _bcc_items: list[Any] = []
            for _bcc_item in bcc:
                if _bcc_item.__class__ is dict:
                    try:
                        _bcc_item = _m_email_address.EmailAddress.from_dict(_bcc_item)
                    except _ResponseDeviation as _e:
                        _e._within("SendSnippetRequest", f"bcc[{len(_bcc_items)}]")
                        raise
                else:
                    _deviation("SendSnippetRequest", f"bcc[{len(_bcc_items)}]", "EmailAddress", _bcc_item)

                _bcc_items.append(_bcc_item)
            bcc = _bcc_items
        elif bcc is not UNSET:
            _deviation("SendSnippetRequest", "bcc", "array of EmailAddress", bcc)

        subject = _get("subject", UNSET)
        if not (subject.__class__ is str) and subject is not UNSET:
            _deviation("SendSnippetRequest", "subject", "string", subject)

        tracking_enabled = _get("trackingEnabled", UNSET)
        if not (tracking_enabled is True or tracking_enabled is False) and tracking_enabled is not UNSET:
            _deviation("SendSnippetRequest", "trackingEnabled", "boolean", tracking_enabled)

        variables = _get("variables", UNSET)
        if variables.__class__ is dict:
            try:
                variables = _m_custom_variables.CustomVariables.from_dict(variables)
            except _ResponseDeviation as _e:
                _e._within("SendSnippetRequest", "variables")
                raise
        elif variables is not UNSET:
            _deviation("SendSnippetRequest", "variables", "CustomVariables", variables)

        _obj = cls(
            to,
            cc,
            bcc,
            subject,
            tracking_enabled,
            variables,
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
