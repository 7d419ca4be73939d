from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingSummary")


@_attrs_define
class MeetingSummary:
    """A Meeting Copilot summary; `_id` is also the transcript id. Fields beyond `_id` are not published."""

    id: str
    title: str | Unset = UNSET
    summary: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        summary = self.summary

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if summary is not UNSET:
            field_dict["summary"] = summary
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        title = d.pop("title", UNSET)

        summary = d.pop("summary", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        meeting_summary = cls(
            id=id,
            title=title,
            summary=summary,
            created_at=created_at,
        )

        meeting_summary.additional_properties = d
        return meeting_summary

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
