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
        "_id",
        "title",
        "summary",
        "createdAt",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.summary is not UNSET:
            field_dict["summary"] = self.summary
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        id = _get("_id", UNSET)
        if not (id.__class__ is str):
            _deviation("MeetingSummary", "_id", "string", id)

        title = _get("title", UNSET)
        if not (title.__class__ is str) and title is not UNSET:
            _deviation("MeetingSummary", "title", "string", title)

        summary = _get("summary", UNSET)
        if not (summary.__class__ is str) and summary is not UNSET:
            _deviation("MeetingSummary", "summary", "string", summary)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int or created_at.__class__ is str) and created_at is not UNSET:
            _deviation("MeetingSummary", "createdAt", "integer or string", created_at)

        _obj = cls(
            id,
            title,
            summary,
            created_at,
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
