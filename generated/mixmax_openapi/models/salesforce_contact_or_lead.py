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
from . import salesforce_contact_or_lead_account as _m_salesforce_contact_or_lead_account
from . import salesforce_contact_or_lead_contact as _m_salesforce_contact_or_lead_contact
from . import salesforce_contact_or_lead_lead as _m_salesforce_contact_or_lead_lead
from . import salesforce_contact_or_lead_opportunities_item as _m_salesforce_contact_or_lead_opportunities_item
from . import salesforce_task_list as _m_salesforce_task_list

if TYPE_CHECKING:
    from ..models.salesforce_contact_or_lead_account import SalesforceContactOrLeadAccount
    from ..models.salesforce_contact_or_lead_contact import SalesforceContactOrLeadContact
    from ..models.salesforce_contact_or_lead_lead import SalesforceContactOrLeadLead
    from ..models.salesforce_contact_or_lead_opportunities_item import SalesforceContactOrLeadOpportunitiesItem
    from ..models.salesforce_task_list import SalesforceTaskList

_KEYS = frozenset(
    (
        "account",
        "contact",
        "lead",
        "opportunities",
        "openTasks",
        "closedTasks",
    )
)


T = TypeVar("T", bound="SalesforceContactOrLead")


@_attrs_define
class SalesforceContactOrLead:
    """A Salesforce contact or lead with its related records; Salesforce objects keep all their
    fields as-is. `account` and `opportunities` are never set for a lead; `contact`/`lead` are
    `null` when the address matches none (DOC example).

    """

    account: None | SalesforceContactOrLeadAccount | Unset = UNSET
    contact: None | SalesforceContactOrLeadContact | Unset = UNSET
    lead: None | SalesforceContactOrLeadLead | Unset = UNSET
    opportunities: list[SalesforceContactOrLeadOpportunitiesItem] | None | Unset = UNSET
    open_tasks: None | SalesforceTaskList | Unset = UNSET
    closed_tasks: None | SalesforceTaskList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.account is not UNSET:
            field_dict["account"] = _to_json(self.account)
        if self.contact is not UNSET:
            field_dict["contact"] = _to_json(self.contact)
        if self.lead is not UNSET:
            field_dict["lead"] = _to_json(self.lead)
        if self.opportunities is not UNSET:
            field_dict["opportunities"] = _to_json(self.opportunities)
        if self.open_tasks is not UNSET:
            field_dict["openTasks"] = _to_json(self.open_tasks)
        if self.closed_tasks is not UNSET:
            field_dict["closedTasks"] = _to_json(self.closed_tasks)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        account = _get("account", UNSET)
        if account.__class__ is dict:
            try:
                account = _m_salesforce_contact_or_lead_account.SalesforceContactOrLeadAccount.from_dict(account)
            except _ResponseDeviation as _e:
                _e._within("SalesforceContactOrLead", "account")
                raise
        elif account is None:
            pass
        elif account is not UNSET:
            _deviation("SalesforceContactOrLead", "account", "SalesforceContactOrLeadAccount or null", account)

        contact = _get("contact", UNSET)
        if contact.__class__ is dict:
            try:
                contact = _m_salesforce_contact_or_lead_contact.SalesforceContactOrLeadContact.from_dict(contact)
            except _ResponseDeviation as _e:
                _e._within("SalesforceContactOrLead", "contact")
                raise
        elif contact is None:
            pass
        elif contact is not UNSET:
            _deviation("SalesforceContactOrLead", "contact", "SalesforceContactOrLeadContact or null", contact)

        lead = _get("lead", UNSET)
        if lead.__class__ is dict:
            try:
                lead = _m_salesforce_contact_or_lead_lead.SalesforceContactOrLeadLead.from_dict(lead)
            except _ResponseDeviation as _e:
                _e._within("SalesforceContactOrLead", "lead")
                raise
        elif lead is None:
            pass
        elif lead is not UNSET:
            _deviation("SalesforceContactOrLead", "lead", "SalesforceContactOrLeadLead or null", lead)

        opportunities = _get("opportunities", UNSET)
        if opportunities.__class__ is list:
            _opportunities_items: list[Any] = []
            for _opportunities_item in opportunities:
                if _opportunities_item.__class__ is dict:
                    try:
                        _opportunities_item = _m_salesforce_contact_or_lead_opportunities_item.SalesforceContactOrLeadOpportunitiesItem.from_dict(
                            _opportunities_item
                        )
                    except _ResponseDeviation as _e:
                        _e._within("SalesforceContactOrLead", f"opportunities[{len(_opportunities_items)}]")
                        raise
                else:
                    _deviation(
                        "SalesforceContactOrLead",
                        f"opportunities[{len(_opportunities_items)}]",
                        "SalesforceContactOrLeadOpportunitiesItem",
                        _opportunities_item,
                    )

                _opportunities_items.append(_opportunities_item)
            opportunities = _opportunities_items
        elif opportunities is None:
            pass
        elif opportunities is not UNSET:
            _deviation(
                "SalesforceContactOrLead",
                "opportunities",
                "array of SalesforceContactOrLeadOpportunitiesItem or null",
                opportunities,
            )

        open_tasks = _get("openTasks", UNSET)
        if open_tasks.__class__ is dict:
            try:
                open_tasks = _m_salesforce_task_list.SalesforceTaskList.from_dict(open_tasks)
            except _ResponseDeviation as _e:
                _e._within("SalesforceContactOrLead", "openTasks")
                raise
        elif open_tasks is None:
            pass
        elif open_tasks is not UNSET:
            _deviation("SalesforceContactOrLead", "openTasks", "SalesforceTaskList or null", open_tasks)

        closed_tasks = _get("closedTasks", UNSET)
        if closed_tasks.__class__ is dict:
            try:
                closed_tasks = _m_salesforce_task_list.SalesforceTaskList.from_dict(closed_tasks)
            except _ResponseDeviation as _e:
                _e._within("SalesforceContactOrLead", "closedTasks")
                raise
        elif closed_tasks is None:
            pass
        elif closed_tasks is not UNSET:
            _deviation("SalesforceContactOrLead", "closedTasks", "SalesforceTaskList or null", closed_tasks)

        _obj = cls(
            account,
            contact,
            lead,
            opportunities,
            open_tasks,
            closed_tasks,
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
