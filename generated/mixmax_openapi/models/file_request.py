from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_request_upload import FileRequestUpload


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
        id = self.id

        user_id = self.user_id

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        uploads: list[dict[str, Any]] | None | Unset
        if isinstance(self.uploads, Unset):
            uploads = UNSET
        elif isinstance(self.uploads, list):
            uploads = []
            for uploads_type_0_item_data in self.uploads:
                uploads_type_0_item = uploads_type_0_item_data.to_dict()
                uploads.append(uploads_type_0_item)

        else:
            uploads = self.uploads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if uploads is not UNSET:
            field_dict["uploads"] = uploads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_request_upload import FileRequestUpload  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        def _parse_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_uploads(data: object) -> list[FileRequestUpload] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                uploads_type_0 = []
                _uploads_type_0 = data
                for uploads_type_0_item_data in _uploads_type_0:
                    uploads_type_0_item = FileRequestUpload.from_dict(uploads_type_0_item_data)

                    uploads_type_0.append(uploads_type_0_item)

                return uploads_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FileRequestUpload] | None | Unset, data)

        uploads = _parse_uploads(d.pop("uploads", UNSET))

        file_request = cls(
            id=id,
            user_id=user_id,
            timestamp=timestamp,
            uploads=uploads,
        )

        file_request.additional_properties = d
        return file_request

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
