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
from . import meeting_transcript_entry as _m_meeting_transcript_entry

if TYPE_CHECKING:
    from ..models.meeting_transcript_entry import MeetingTranscriptEntry

_KEYS = frozenset(
    (
        "_id",
        "transcript",
    )
)


T = TypeVar("T", bound="MeetingTranscript")


@_attrs_define
class MeetingTranscript:
    """A meeting transcript with speakers and timestamps (field names not published; kept as-is)."""

    id: str | Unset = UNSET
    transcript: list[MeetingTranscriptEntry] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.transcript is not UNSET:
            field_dict["transcript"] = _to_json(self.transcript)
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
        if not (id.__class__ is str) and id is not UNSET:
            _deviation("MeetingTranscript", "_id", "string", id)

        transcript = _get("transcript", UNSET)
        if transcript.__class__ is list:
            _transcript_items: list[Any] = []
            for _transcript_item in transcript:
                if _transcript_item.__class__ is dict:
                    try:
                        _transcript_item = _m_meeting_transcript_entry.MeetingTranscriptEntry.from_dict(
                            _transcript_item
                        )
                    except _ResponseDeviation as _e:
                        _e._within("MeetingTranscript", f"transcript[{len(_transcript_items)}]")
                        raise
                else:
                    _deviation(
                        "MeetingTranscript",
                        f"transcript[{len(_transcript_items)}]",
                        "MeetingTranscriptEntry",
                        _transcript_item,
                    )

                _transcript_items.append(_transcript_item)
            transcript = _transcript_items
        elif transcript is None:
            pass
        elif transcript is not UNSET:
            _deviation("MeetingTranscript", "transcript", "array of MeetingTranscriptEntry or null", transcript)

        _obj = cls(
            id,
            transcript,
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
