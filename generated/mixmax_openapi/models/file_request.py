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
from . import file_request_upload as _m_file_request_upload

if TYPE_CHECKING:
    from ..models.file_request_upload import FileRequestUpload

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "timestamp",
        "uploads",
    )
)


T = TypeVar("T", bound="FileRequest")


@_attrs_define
class FileRequest:
    id: str
    user_id: str | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    uploads: list[FileRequestUpload] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.uploads is not UNSET:
            field_dict["uploads"] = _to_json(self.uploads)
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
            _deviation("FileRequest", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("FileRequest", "userId", "string", user_id)

        timestamp = _get("timestamp", UNSET)
        if not (timestamp.__class__ is int or timestamp.__class__ is str) and timestamp is not UNSET:
            _deviation("FileRequest", "timestamp", "integer or string", timestamp)

        uploads = _get("uploads", UNSET)
        if uploads.__class__ is list:
            _uploads_items: list[Any] = []
            for _uploads_item in uploads:
                if _uploads_item.__class__ is dict:
                    try:
                        _uploads_item = _m_file_request_upload.FileRequestUpload.from_dict(_uploads_item)
                    except _ResponseDeviation as _e:
                        _e._within("FileRequest", f"uploads[{len(_uploads_items)}]")
                        raise
                else:
                    _deviation("FileRequest", f"uploads[{len(_uploads_items)}]", "FileRequestUpload", _uploads_item)

                _uploads_items.append(_uploads_item)
            uploads = _uploads_items
        elif uploads is None:
            pass
        elif uploads is not UNSET:
            _deviation("FileRequest", "uploads", "array of FileRequestUpload or null", uploads)

        _obj = cls(
            id,
            user_id,
            timestamp,
            uploads,
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
