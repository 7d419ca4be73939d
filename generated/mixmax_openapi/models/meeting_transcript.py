from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_transcript_entry import MeetingTranscriptEntry


T = TypeVar("T", bound="MeetingTranscript")


@_attrs_define
class MeetingTranscript:
    """A meeting transcript with speakers and timestamps (field names not published; kept as-is)."""

    id: str | Unset = UNSET
    transcript: list[MeetingTranscriptEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        transcript: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transcript, Unset):
            transcript = []
            for transcript_item_data in self.transcript:
                transcript_item = transcript_item_data.to_dict()
                transcript.append(transcript_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_transcript_entry import MeetingTranscriptEntry  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        _transcript = d.pop("transcript", UNSET)
        transcript: list[MeetingTranscriptEntry] | Unset = UNSET
        if _transcript is not UNSET:
            transcript = []
            for transcript_item_data in _transcript:
                transcript_item = MeetingTranscriptEntry.from_dict(transcript_item_data)

                transcript.append(transcript_item)

        meeting_transcript = cls(
            id=id,
            transcript=transcript,
        )

        meeting_transcript.additional_properties = d
        return meeting_transcript

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
