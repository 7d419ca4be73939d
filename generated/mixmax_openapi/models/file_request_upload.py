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
        "timestamp",
        "email",
        "name",
        "ipAddress",
        "downloadUrl",
    )
)


T = TypeVar("T", bound="FileRequestUpload")


@_attrs_define
class FileRequestUpload:
    timestamp: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.ip_address is not UNSET:
            field_dict["ipAddress"] = self.ip_address
        if self.download_url is not UNSET:
            field_dict["downloadUrl"] = self.download_url
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        timestamp = _get("timestamp", UNSET)
        if not (timestamp.__class__ is int or timestamp.__class__ is str) and timestamp is not UNSET:
            _deviation("FileRequestUpload", "timestamp", "integer or string", timestamp)

        email = _get("email", UNSET)
        if not (email.__class__ is str) and email is not UNSET:
            _deviation("FileRequestUpload", "email", "string", email)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("FileRequestUpload", "name", "string", name)

        ip_address = _get("ipAddress", UNSET)
        if not (ip_address.__class__ is str) and ip_address is not UNSET:
            _deviation("FileRequestUpload", "ipAddress", "string", ip_address)

        download_url = _get("downloadUrl", UNSET)
        if not (download_url.__class__ is str) and download_url is not UNSET:
            _deviation("FileRequestUpload", "downloadUrl", "string", download_url)

        _obj = cls(
            timestamp,
            email,
            name,
            ip_address,
            download_url,
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
