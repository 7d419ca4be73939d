from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salesforce_task_list_tasks_type_0_item import SalesforceTaskListTasksType0Item


T = TypeVar("T", bound="SalesforceTaskList")


@_attrs_define
class SalesforceTaskList:
    """The most recent tasks of a Salesforce contact or lead (at most 11)."""

    tasks: list[SalesforceTaskListTasksType0Item] | None | Unset = UNSET
    has_more: bool | None | Unset = UNSET
    list_link: None | str | Unset = UNSET
    """ Link to the full list in Salesforce. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        list_link: None | str | Unset
        if isinstance(self.list_link, Unset):
            list_link = UNSET
        else:
            list_link = self.list_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if list_link is not UNSET:
            field_dict["listLink"] = list_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salesforce_task_list_tasks_type_0_item import SalesforceTaskListTasksType0Item  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_tasks(data: object) -> list[SalesforceTaskListTasksType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_0 = []
                _tasks_type_0 = data
                for tasks_type_0_item_data in _tasks_type_0:
                    tasks_type_0_item = SalesforceTaskListTasksType0Item.from_dict(tasks_type_0_item_data)

                    tasks_type_0.append(tasks_type_0_item)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SalesforceTaskListTasksType0Item] | None | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        def _parse_has_more(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_more = _parse_has_more(d.pop("hasMore", UNSET))

        def _parse_list_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        list_link = _parse_list_link(d.pop("listLink", UNSET))

        salesforce_task_list = cls(
            tasks=tasks,
            has_more=has_more,
            list_link=list_link,
        )

        salesforce_task_list.additional_properties = d
        return salesforce_task_list

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
