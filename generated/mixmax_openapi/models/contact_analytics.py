from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_analytics_percentages_type_0 import ContactAnalyticsPercentagesType0


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
    percentages: ContactAnalyticsPercentagesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_analytics_percentages_type_0 import ContactAnalyticsPercentagesType0  # noqa: PLC0415

        sent = self.sent

        opened = self.opened

        clicked = self.clicked

        downloaded = self.downloaded

        replied = self.replied

        delivered = self.delivered

        delivered_with_tracked_opens = self.delivered_with_tracked_opens

        delivered_with_tracked_links = self.delivered_with_tracked_links

        delivered_with_tracked_files = self.delivered_with_tracked_files

        percentages: dict[str, Any] | None | Unset
        if isinstance(self.percentages, Unset):
            percentages = UNSET
        elif isinstance(self.percentages, ContactAnalyticsPercentagesType0):
            percentages = self.percentages.to_dict()
        else:
            percentages = self.percentages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if opened is not UNSET:
            field_dict["opened"] = opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if downloaded is not UNSET:
            field_dict["downloaded"] = downloaded
        if replied is not UNSET:
            field_dict["replied"] = replied
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if delivered_with_tracked_opens is not UNSET:
            field_dict["deliveredWithTrackedOpens"] = delivered_with_tracked_opens
        if delivered_with_tracked_links is not UNSET:
            field_dict["deliveredWithTrackedLinks"] = delivered_with_tracked_links
        if delivered_with_tracked_files is not UNSET:
            field_dict["deliveredWithTrackedFiles"] = delivered_with_tracked_files
        if percentages is not UNSET:
            field_dict["percentages"] = percentages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_analytics_percentages_type_0 import ContactAnalyticsPercentagesType0  # noqa: PLC0415

        d = dict(src_dict)
        sent = d.pop("sent", UNSET)

        opened = d.pop("opened", UNSET)

        clicked = d.pop("clicked", UNSET)

        downloaded = d.pop("downloaded", UNSET)

        replied = d.pop("replied", UNSET)

        delivered = d.pop("delivered", UNSET)

        delivered_with_tracked_opens = d.pop("deliveredWithTrackedOpens", UNSET)

        delivered_with_tracked_links = d.pop("deliveredWithTrackedLinks", UNSET)

        delivered_with_tracked_files = d.pop("deliveredWithTrackedFiles", UNSET)

        def _parse_percentages(data: object) -> ContactAnalyticsPercentagesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                percentages_type_0 = ContactAnalyticsPercentagesType0.from_dict(data)

                return percentages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactAnalyticsPercentagesType0 | None | Unset, data)

        percentages = _parse_percentages(d.pop("percentages", UNSET))

        contact_analytics = cls(
            sent=sent,
            opened=opened,
            clicked=clicked,
            downloaded=downloaded,
            replied=replied,
            delivered=delivered,
            delivered_with_tracked_opens=delivered_with_tracked_opens,
            delivered_with_tracked_links=delivered_with_tracked_links,
            delivered_with_tracked_files=delivered_with_tracked_files,
            percentages=percentages,
        )

        contact_analytics.additional_properties = d
        return contact_analytics

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
