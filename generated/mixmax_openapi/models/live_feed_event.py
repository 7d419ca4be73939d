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
        "type",
        "timestamp",
        "recipientEmail",
        "recipientName",
        "country",
        "region",
        "city",
        "os",
        "program",
        "isMobile",
        "linkUrl",
        "linkText",
        "fileName",
    )
)


T = TypeVar("T", bound="LiveFeedEvent")


@_attrs_define
class LiveFeedEvent:
    """A tracking event of a live-feed message."""

    id: str
    type_: str | Unset = UNSET
    """ Known values: `opened`, `clicked`, `downloaded`, `replied`, `bounced`, ... """
    timestamp: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    recipient_email: str | Unset = UNSET
    recipient_name: str | Unset = UNSET
    country: None | str | Unset = UNSET
    """ Approximate; may be null (DOC). """
    region: None | str | Unset = UNSET
    """ Approximate; may be null (DOC). """
    city: None | str | Unset = UNSET
    """ Approximate; may be null (DOC). """
    os: None | str | Unset = UNSET
    """ May be null (DOC). """
    program: None | str | Unset = UNSET
    """ May be null (DOC). """
    is_mobile: bool | int | None | Unset = UNSET
    """ 0 or 1 (a boolean in some answers); may be null (DOC). """
    link_url: None | str | Unset = UNSET
    """ `clicked` events only; null on others in the DOC example. """
    link_text: None | str | Unset = UNSET
    """ `clicked` events only. """
    file_name: None | str | Unset = UNSET
    """ `downloaded` events only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.recipient_email is not UNSET:
            field_dict["recipientEmail"] = self.recipient_email
        if self.recipient_name is not UNSET:
            field_dict["recipientName"] = self.recipient_name
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.region is not UNSET:
            field_dict["region"] = self.region
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.os is not UNSET:
            field_dict["os"] = self.os
        if self.program is not UNSET:
            field_dict["program"] = self.program
        if self.is_mobile is not UNSET:
            field_dict["isMobile"] = self.is_mobile
        if self.link_url is not UNSET:
            field_dict["linkUrl"] = self.link_url
        if self.link_text is not UNSET:
            field_dict["linkText"] = self.link_text
        if self.file_name is not UNSET:
            field_dict["fileName"] = self.file_name
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
            _deviation("LiveFeedEvent", "_id", "string", id)

        type_ = _get("type", UNSET)
        if not (type_.__class__ is str) and type_ is not UNSET:
            _deviation("LiveFeedEvent", "type", "string", type_)

        timestamp = _get("timestamp", UNSET)
        if not (timestamp.__class__ is int) and timestamp is not UNSET:
            _deviation("LiveFeedEvent", "timestamp", "integer", timestamp)

        recipient_email = _get("recipientEmail", UNSET)
        if not (recipient_email.__class__ is str) and recipient_email is not UNSET:
            _deviation("LiveFeedEvent", "recipientEmail", "string", recipient_email)

        recipient_name = _get("recipientName", UNSET)
        if not (recipient_name.__class__ is str) and recipient_name is not UNSET:
            _deviation("LiveFeedEvent", "recipientName", "string", recipient_name)

        country = _get("country", UNSET)
        if not (country.__class__ is str or country is None) and country is not UNSET:
            _deviation("LiveFeedEvent", "country", "string or null", country)

        region = _get("region", UNSET)
        if not (region.__class__ is str or region is None) and region is not UNSET:
            _deviation("LiveFeedEvent", "region", "string or null", region)

        city = _get("city", UNSET)
        if not (city.__class__ is str or city is None) and city is not UNSET:
            _deviation("LiveFeedEvent", "city", "string or null", city)

        os = _get("os", UNSET)
        if not (os.__class__ is str or os is None) and os is not UNSET:
            _deviation("LiveFeedEvent", "os", "string or null", os)

        program = _get("program", UNSET)
        if not (program.__class__ is str or program is None) and program is not UNSET:
            _deviation("LiveFeedEvent", "program", "string or null", program)

        is_mobile = _get("isMobile", UNSET)
        if (
            not (is_mobile.__class__ is int or (is_mobile is True or is_mobile is False) or is_mobile is None)
            and is_mobile is not UNSET
        ):
            _deviation("LiveFeedEvent", "isMobile", "integer or boolean or null", is_mobile)

        link_url = _get("linkUrl", UNSET)
        if not (link_url.__class__ is str or link_url is None) and link_url is not UNSET:
            _deviation("LiveFeedEvent", "linkUrl", "string or null", link_url)

        link_text = _get("linkText", UNSET)
        if not (link_text.__class__ is str or link_text is None) and link_text is not UNSET:
            _deviation("LiveFeedEvent", "linkText", "string or null", link_text)

        file_name = _get("fileName", UNSET)
        if not (file_name.__class__ is str or file_name is None) and file_name is not UNSET:
            _deviation("LiveFeedEvent", "fileName", "string or null", file_name)

        _obj = cls(
            id,
            type_,
            timestamp,
            recipient_email,
            recipient_name,
            country,
            region,
            city,
            os,
            program,
            is_mobile,
            link_url,
            link_text,
            file_name,
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
