from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salesforce_contact_or_lead_account_type_0 import SalesforceContactOrLeadAccountType0
    from ..models.salesforce_contact_or_lead_contact_type_0 import SalesforceContactOrLeadContactType0
    from ..models.salesforce_contact_or_lead_lead_type_0 import SalesforceContactOrLeadLeadType0
    from ..models.salesforce_contact_or_lead_opportunities_type_0_item import (
        SalesforceContactOrLeadOpportunitiesType0Item,
    )
    from ..models.salesforce_task_list import SalesforceTaskList


T = TypeVar("T", bound="SalesforceContactOrLead")


@_attrs_define
class SalesforceContactOrLead:
    """A Salesforce contact or lead with its related records; Salesforce objects keep all their
    fields as-is. `account` and `opportunities` are never set for a lead; `contact`/`lead` are
    `null` when the address matches none (DOC example).

    """

    account: None | SalesforceContactOrLeadAccountType0 | Unset = UNSET
    contact: None | SalesforceContactOrLeadContactType0 | Unset = UNSET
    lead: None | SalesforceContactOrLeadLeadType0 | Unset = UNSET
    opportunities: list[SalesforceContactOrLeadOpportunitiesType0Item] | None | Unset = UNSET
    open_tasks: None | SalesforceTaskList | Unset = UNSET
    closed_tasks: None | SalesforceTaskList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.salesforce_contact_or_lead_account_type_0 import SalesforceContactOrLeadAccountType0  # noqa: PLC0415
        from ..models.salesforce_contact_or_lead_contact_type_0 import SalesforceContactOrLeadContactType0  # noqa: PLC0415
        from ..models.salesforce_contact_or_lead_lead_type_0 import SalesforceContactOrLeadLeadType0  # noqa: PLC0415
        from ..models.salesforce_task_list import SalesforceTaskList  # noqa: PLC0415

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, SalesforceContactOrLeadAccountType0):
            account = self.account.to_dict()
        else:
            account = self.account

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, SalesforceContactOrLeadContactType0):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        lead: dict[str, Any] | None | Unset
        if isinstance(self.lead, Unset):
            lead = UNSET
        elif isinstance(self.lead, SalesforceContactOrLeadLeadType0):
            lead = self.lead.to_dict()
        else:
            lead = self.lead

        opportunities: list[dict[str, Any]] | None | Unset
        if isinstance(self.opportunities, Unset):
            opportunities = UNSET
        elif isinstance(self.opportunities, list):
            opportunities = []
            for opportunities_type_0_item_data in self.opportunities:
                opportunities_type_0_item = opportunities_type_0_item_data.to_dict()
                opportunities.append(opportunities_type_0_item)

        else:
            opportunities = self.opportunities

        open_tasks: dict[str, Any] | None | Unset
        if isinstance(self.open_tasks, Unset):
            open_tasks = UNSET
        elif isinstance(self.open_tasks, SalesforceTaskList):
            open_tasks = self.open_tasks.to_dict()
        else:
            open_tasks = self.open_tasks

        closed_tasks: dict[str, Any] | None | Unset
        if isinstance(self.closed_tasks, Unset):
            closed_tasks = UNSET
        elif isinstance(self.closed_tasks, SalesforceTaskList):
            closed_tasks = self.closed_tasks.to_dict()
        else:
            closed_tasks = self.closed_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if contact is not UNSET:
            field_dict["contact"] = contact
        if lead is not UNSET:
            field_dict["lead"] = lead
        if opportunities is not UNSET:
            field_dict["opportunities"] = opportunities
        if open_tasks is not UNSET:
            field_dict["openTasks"] = open_tasks
        if closed_tasks is not UNSET:
            field_dict["closedTasks"] = closed_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salesforce_contact_or_lead_account_type_0 import SalesforceContactOrLeadAccountType0  # noqa: PLC0415
        from ..models.salesforce_contact_or_lead_contact_type_0 import SalesforceContactOrLeadContactType0  # noqa: PLC0415
        from ..models.salesforce_contact_or_lead_lead_type_0 import SalesforceContactOrLeadLeadType0  # noqa: PLC0415
        from ..models.salesforce_contact_or_lead_opportunities_type_0_item import (
            SalesforceContactOrLeadOpportunitiesType0Item,  # noqa: PLC0415
        )
        from ..models.salesforce_task_list import SalesforceTaskList  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account(data: object) -> None | SalesforceContactOrLeadAccountType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = SalesforceContactOrLeadAccountType0.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesforceContactOrLeadAccountType0 | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_contact(data: object) -> None | SalesforceContactOrLeadContactType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = SalesforceContactOrLeadContactType0.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesforceContactOrLeadContactType0 | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_lead(data: object) -> None | SalesforceContactOrLeadLeadType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lead_type_0 = SalesforceContactOrLeadLeadType0.from_dict(data)

                return lead_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesforceContactOrLeadLeadType0 | Unset, data)

        lead = _parse_lead(d.pop("lead", UNSET))

        def _parse_opportunities(data: object) -> list[SalesforceContactOrLeadOpportunitiesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opportunities_type_0 = []
                _opportunities_type_0 = data
                for opportunities_type_0_item_data in _opportunities_type_0:
                    opportunities_type_0_item = SalesforceContactOrLeadOpportunitiesType0Item.from_dict(
                        opportunities_type_0_item_data
                    )

                    opportunities_type_0.append(opportunities_type_0_item)

                return opportunities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SalesforceContactOrLeadOpportunitiesType0Item] | None | Unset, data)

        opportunities = _parse_opportunities(d.pop("opportunities", UNSET))

        def _parse_open_tasks(data: object) -> None | SalesforceTaskList | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                open_tasks_type_0 = SalesforceTaskList.from_dict(data)

                return open_tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesforceTaskList | Unset, data)

        open_tasks = _parse_open_tasks(d.pop("openTasks", UNSET))

        def _parse_closed_tasks(data: object) -> None | SalesforceTaskList | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                closed_tasks_type_0 = SalesforceTaskList.from_dict(data)

                return closed_tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesforceTaskList | Unset, data)

        closed_tasks = _parse_closed_tasks(d.pop("closedTasks", UNSET))

        salesforce_contact_or_lead = cls(
            account=account,
            contact=contact,
            lead=lead,
            opportunities=opportunities,
            open_tasks=open_tasks,
            closed_tasks=closed_tasks,
        )

        salesforce_contact_or_lead.additional_properties = d
        return salesforce_contact_or_lead

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
