from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_variables import CustomVariables
    from ..models.email_address import EmailAddress


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
        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        subject = self.subject

        tracking_enabled = self.tracking_enabled

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
            }
        )
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if tracking_enabled is not UNSET:
            field_dict["trackingEnabled"] = tracking_enabled
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_variables import CustomVariables  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415

        d = dict(src_dict)
        to = []
        _to = d.pop("to")
        for to_item_data in _to:
            to_item = EmailAddress.from_dict(to_item_data)

            to.append(to_item)

        _cc = d.pop("cc", UNSET)
        cc: list[EmailAddress] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = EmailAddress.from_dict(cc_item_data)

                cc.append(cc_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: list[EmailAddress] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = EmailAddress.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        subject = d.pop("subject", UNSET)

        tracking_enabled = d.pop("trackingEnabled", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: CustomVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = CustomVariables.from_dict(_variables)

        send_snippet_request = cls(
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            tracking_enabled=tracking_enabled,
            variables=variables,
        )

        send_snippet_request.additional_properties = d
        return send_snippet_request

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
