from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CursorPageInfo")


@_attrs_define
class CursorPageInfo:
    """Cursor fields of a page envelope (mongo-cursor-pagination). `next` and `previous` may be present
    even on the last page: stop when `hasNext` is false.

    """

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
        field_dict.update({})
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
        d = dict(src_dict)

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

        cursor_page_info = cls(
            next_=next_,
            previous=previous,
            has_next=has_next,
            has_previous=has_previous,
            total=total,
        )

        cursor_page_info.additional_properties = d
        return cursor_page_info

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
