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
from . import contact_analytics_percentages as _m_contact_analytics_percentages

if TYPE_CHECKING:
    from ..models.contact_analytics_percentages import ContactAnalyticsPercentages

_KEYS = frozenset(
    (
        "sent",
        "opened",
        "clicked",
        "downloaded",
        "replied",
        "delivered",
        "deliveredWithTrackedOpens",
        "deliveredWithTrackedLinks",
        "deliveredWithTrackedFiles",
        "percentages",
    )
)


T = TypeVar("T", bound="ContactAnalytics")


@_attrs_define
class ContactAnalytics:
    """Email analytics of a contact (with `withAnalytics=true`)."""

    sent: int | Unset = UNSET
    opened: int | Unset = UNSET
    clicked: int | Unset = UNSET
    downloaded: int | Unset = UNSET
    replied: int | Unset = UNSET
    delivered: int | Unset = UNSET
    delivered_with_tracked_opens: int | Unset = UNSET
    delivered_with_tracked_links: int | Unset = UNSET
    delivered_with_tracked_files: int | Unset = UNSET
    percentages: ContactAnalyticsPercentages | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.sent is not UNSET:
            field_dict["sent"] = self.sent
        if self.opened is not UNSET:
            field_dict["opened"] = self.opened
        if self.clicked is not UNSET:
            field_dict["clicked"] = self.clicked
        if self.downloaded is not UNSET:
            field_dict["downloaded"] = self.downloaded
        if self.replied is not UNSET:
            field_dict["replied"] = self.replied
        if self.delivered is not UNSET:
            field_dict["delivered"] = self.delivered
        if self.delivered_with_tracked_opens is not UNSET:
            field_dict["deliveredWithTrackedOpens"] = self.delivered_with_tracked_opens
        if self.delivered_with_tracked_links is not UNSET:
            field_dict["deliveredWithTrackedLinks"] = self.delivered_with_tracked_links
        if self.delivered_with_tracked_files is not UNSET:
            field_dict["deliveredWithTrackedFiles"] = self.delivered_with_tracked_files
        if self.percentages is not UNSET:
            field_dict["percentages"] = _to_json(self.percentages)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        sent = _get("sent", UNSET)
        if not (sent.__class__ is int) and sent is not UNSET:
            _deviation("ContactAnalytics", "sent", "integer", sent)

        opened = _get("opened", UNSET)
        if not (opened.__class__ is int) and opened is not UNSET:
            _deviation("ContactAnalytics", "opened", "integer", opened)

        clicked = _get("clicked", UNSET)
        if not (clicked.__class__ is int) and clicked is not UNSET:
            _deviation("ContactAnalytics", "clicked", "integer", clicked)

        downloaded = _get("downloaded", UNSET)
        if not (downloaded.__class__ is int) and downloaded is not UNSET:
            _deviation("ContactAnalytics", "downloaded", "integer", downloaded)

        replied = _get("replied", UNSET)
        if not (replied.__class__ is int) and replied is not UNSET:
            _deviation("ContactAnalytics", "replied", "integer", replied)

        delivered = _get("delivered", UNSET)
        if not (delivered.__class__ is int) and delivered is not UNSET:
            _deviation("ContactAnalytics", "delivered", "integer", delivered)

        delivered_with_tracked_opens = _get("deliveredWithTrackedOpens", UNSET)
        if not (delivered_with_tracked_opens.__class__ is int) and delivered_with_tracked_opens is not UNSET:
            _deviation("ContactAnalytics", "deliveredWithTrackedOpens", "integer", delivered_with_tracked_opens)

        delivered_with_tracked_links = _get("deliveredWithTrackedLinks", UNSET)
        if not (delivered_with_tracked_links.__class__ is int) and delivered_with_tracked_links is not UNSET:
            _deviation("ContactAnalytics", "deliveredWithTrackedLinks", "integer", delivered_with_tracked_links)

        delivered_with_tracked_files = _get("deliveredWithTrackedFiles", UNSET)
        if not (delivered_with_tracked_files.__class__ is int) and delivered_with_tracked_files is not UNSET:
            _deviation("ContactAnalytics", "deliveredWithTrackedFiles", "integer", delivered_with_tracked_files)

        percentages = _get("percentages", UNSET)
        if percentages.__class__ is dict:
            try:
                percentages = _m_contact_analytics_percentages.ContactAnalyticsPercentages.from_dict(percentages)
            except _ResponseDeviation as _e:
                _e._within("ContactAnalytics", "percentages")
                raise
        elif percentages is None:
            pass
        elif percentages is not UNSET:
            _deviation("ContactAnalytics", "percentages", "ContactAnalyticsPercentages or null", percentages)

        _obj = cls(
            sent,
            opened,
            clicked,
            downloaded,
            replied,
            delivered,
            delivered_with_tracked_opens,
            delivered_with_tracked_links,
            delivered_with_tracked_files,
            percentages,
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
