from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_feed_percentages import LiveFeedPercentages


T = TypeVar("T", bound="LiveFeedStats")


@_attrs_define
class LiveFeedStats:
    """Aggregate statistics of the live-feed search."""

    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    opened: int | Unset = UNSET
    clicked: int | Unset = UNSET
    downloaded: int | Unset = UNSET
    replied: int | Unset = UNSET
    bounced: int | Unset = UNSET
    accepted: int | Unset = UNSET
    declined: int | Unset = UNSET
    tentative: int | Unset = UNSET
    recipients: int | Unset = UNSET
    percentages: LiveFeedPercentages | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.live_feed_percentages import LiveFeedPercentages  # noqa: PLC0415

        sent = self.sent

        delivered = self.delivered

        opened = self.opened

        clicked = self.clicked

        downloaded = self.downloaded

        replied = self.replied

        bounced = self.bounced

        accepted = self.accepted

        declined = self.declined

        tentative = self.tentative

        recipients = self.recipients

        percentages: dict[str, Any] | None | Unset
        if isinstance(self.percentages, Unset):
            percentages = UNSET
        elif isinstance(self.percentages, LiveFeedPercentages):
            percentages = self.percentages.to_dict()
        else:
            percentages = self.percentages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if opened is not UNSET:
            field_dict["opened"] = opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if downloaded is not UNSET:
            field_dict["downloaded"] = downloaded
        if replied is not UNSET:
            field_dict["replied"] = replied
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if declined is not UNSET:
            field_dict["declined"] = declined
        if tentative is not UNSET:
            field_dict["tentative"] = tentative
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if percentages is not UNSET:
            field_dict["percentages"] = percentages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_feed_percentages import LiveFeedPercentages  # noqa: PLC0415

        d = dict(src_dict)
        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        opened = d.pop("opened", UNSET)

        clicked = d.pop("clicked", UNSET)

        downloaded = d.pop("downloaded", UNSET)

        replied = d.pop("replied", UNSET)

        bounced = d.pop("bounced", UNSET)

        accepted = d.pop("accepted", UNSET)

        declined = d.pop("declined", UNSET)

        tentative = d.pop("tentative", UNSET)

        recipients = d.pop("recipients", UNSET)

        def _parse_percentages(data: object) -> LiveFeedPercentages | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                percentages_type_0 = LiveFeedPercentages.from_dict(data)

                return percentages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveFeedPercentages | None | Unset, data)

        percentages = _parse_percentages(d.pop("percentages", UNSET))

        live_feed_stats = cls(
            sent=sent,
            delivered=delivered,
            opened=opened,
            clicked=clicked,
            downloaded=downloaded,
            replied=replied,
            bounced=bounced,
            accepted=accepted,
            declined=declined,
            tentative=tentative,
            recipients=recipients,
            percentages=percentages,
        )

        live_feed_stats.additional_properties = d
        return live_feed_stats

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
