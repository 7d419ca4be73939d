from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_command import IntegrationCommand


T = TypeVar("T", bound="IntegrationCommandPage")


@_attrs_define
class IntegrationCommandPage:
    """A cursor page of slash commands."""

    results: list[IntegrationCommand]
    next_: None | str | Unset = UNSET
    """ Cursor of the next page. """
    previous: None | str | Unset = UNSET
    """ Cursor of the previous page. """
    has_next: bool | Unset = UNSET
    """ Whether a next page exists. """
    has_previous: bool | Unset = UNSET
    """ Whether a previous page exists. """
    total: int | Unset = UNSET
    """ Total count; only some collections (e.g. tasks) send it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        has_next = self.has_next

        has_previous = self.has_previous

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
        if has_next is not UNSET:
            field_dict["hasNext"] = has_next
        if has_previous is not UNSET:
            field_dict["hasPrevious"] = has_previous
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_command import IntegrationCommand  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = IntegrationCommand.from_dict(results_item_data)

            results.append(results_item)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        has_next = d.pop("hasNext", UNSET)

        has_previous = d.pop("hasPrevious", UNSET)

        total = d.pop("total", UNSET)

        integration_command_page = cls(
            results=results,
            next_=next_,
            previous=previous,
            has_next=has_next,
            has_previous=has_previous,
            total=total,
        )

        integration_command_page.additional_properties = d
        return integration_command_page

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
