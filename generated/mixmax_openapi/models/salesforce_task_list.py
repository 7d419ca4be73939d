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
from . import salesforce_task_list_tasks_item as _m_salesforce_task_list_tasks_item

if TYPE_CHECKING:
    from ..models.salesforce_task_list_tasks_item import SalesforceTaskListTasksItem

_KEYS = frozenset(
    (
        "tasks",
        "hasMore",
        "listLink",
    )
)


T = TypeVar("T", bound="SalesforceTaskList")


@_attrs_define
class SalesforceTaskList:
    """The most recent tasks of a Salesforce contact or lead (at most 11)."""

    tasks: list[SalesforceTaskListTasksItem] | None | Unset = UNSET
    has_more: bool | None | Unset = UNSET
    list_link: None | str | Unset = UNSET
    """ Link to the full list in Salesforce. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.tasks is not UNSET:
            field_dict["tasks"] = _to_json(self.tasks)
        if self.has_more is not UNSET:
            field_dict["hasMore"] = self.has_more
        if self.list_link is not UNSET:
            field_dict["listLink"] = self.list_link
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        tasks = _get("tasks", UNSET)
        if tasks.__class__ is list:
            _tasks_items: list[Any] = []
            for _tasks_item in tasks:
                if _tasks_item.__class__ is dict:
                    try:
                        _tasks_item = _m_salesforce_task_list_tasks_item.SalesforceTaskListTasksItem.from_dict(
                            _tasks_item
                        )
                    except _ResponseDeviation as _e:
                        _e._within("SalesforceTaskList", f"tasks[{len(_tasks_items)}]")
                        raise
                else:
                    _deviation(
                        "SalesforceTaskList", f"tasks[{len(_tasks_items)}]", "SalesforceTaskListTasksItem", _tasks_item
                    )

                _tasks_items.append(_tasks_item)
            tasks = _tasks_items
        elif tasks is None:
            pass
        elif tasks is not UNSET:
            _deviation("SalesforceTaskList", "tasks", "array of SalesforceTaskListTasksItem or null", tasks)

        has_more = _get("hasMore", UNSET)
        if not ((has_more is True or has_more is False) or has_more is None) and has_more is not UNSET:
            _deviation("SalesforceTaskList", "hasMore", "boolean or null", has_more)

        list_link = _get("listLink", UNSET)
        if not (list_link.__class__ is str or list_link is None) and list_link is not UNSET:
            _deviation("SalesforceTaskList", "listLink", "string or null", list_link)

        _obj = cls(
            tasks,
            has_more,
            list_link,
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
