from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        id = self.id

        type_ = self.type_

        timestamp = self.timestamp

        recipient_email = self.recipient_email

        recipient_name = self.recipient_name

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        program: None | str | Unset
        if isinstance(self.program, Unset):
            program = UNSET
        else:
            program = self.program

        is_mobile: bool | int | None | Unset
        if isinstance(self.is_mobile, Unset):
            is_mobile = UNSET
        else:
            is_mobile = self.is_mobile

        link_url: None | str | Unset
        if isinstance(self.link_url, Unset):
            link_url = UNSET
        else:
            link_url = self.link_url

        link_text: None | str | Unset
        if isinstance(self.link_text, Unset):
            link_text = UNSET
        else:
            link_text = self.link_text

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if recipient_email is not UNSET:
            field_dict["recipientEmail"] = recipient_email
        if recipient_name is not UNSET:
            field_dict["recipientName"] = recipient_name
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city
        if os is not UNSET:
            field_dict["os"] = os
        if program is not UNSET:
            field_dict["program"] = program
        if is_mobile is not UNSET:
            field_dict["isMobile"] = is_mobile
        if link_url is not UNSET:
            field_dict["linkUrl"] = link_url
        if link_text is not UNSET:
            field_dict["linkText"] = link_text
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        type_ = d.pop("type", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        recipient_email = d.pop("recipientEmail", UNSET)

        recipient_name = d.pop("recipientName", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        def _parse_program(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program = _parse_program(d.pop("program", UNSET))

        def _parse_is_mobile(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_mobile = _parse_is_mobile(d.pop("isMobile", UNSET))

        def _parse_link_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link_url = _parse_link_url(d.pop("linkUrl", UNSET))

        def _parse_link_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link_text = _parse_link_text(d.pop("linkText", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        live_feed_event = cls(
            id=id,
            type_=type_,
            timestamp=timestamp,
            recipient_email=recipient_email,
            recipient_name=recipient_name,
            country=country,
            region=region,
            city=city,
            os=os,
            program=program,
            is_mobile=is_mobile,
            link_url=link_url,
            link_text=link_text,
            file_name=file_name,
        )

        live_feed_event.additional_properties = d
        return live_feed_event

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
