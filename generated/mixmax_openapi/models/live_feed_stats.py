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
from . import live_feed_percentages as _m_live_feed_percentages

if TYPE_CHECKING:
    from ..models.live_feed_percentages import LiveFeedPercentages

_KEYS = frozenset(
    (
        "sent",
        "delivered",
        "opened",
        "clicked",
        "downloaded",
        "replied",
        "bounced",
        "accepted",
        "declined",
        "tentative",
        "recipients",
        "percentages",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.sent is not UNSET:
            field_dict["sent"] = self.sent
        if self.delivered is not UNSET:
            field_dict["delivered"] = self.delivered
        if self.opened is not UNSET:
            field_dict["opened"] = self.opened
        if self.clicked is not UNSET:
            field_dict["clicked"] = self.clicked
        if self.downloaded is not UNSET:
            field_dict["downloaded"] = self.downloaded
        if self.replied is not UNSET:
            field_dict["replied"] = self.replied
        if self.bounced is not UNSET:
            field_dict["bounced"] = self.bounced
        if self.accepted is not UNSET:
            field_dict["accepted"] = self.accepted
        if self.declined is not UNSET:
            field_dict["declined"] = self.declined
        if self.tentative is not UNSET:
            field_dict["tentative"] = self.tentative
        if self.recipients is not UNSET:
            field_dict["recipients"] = self.recipients
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
            _deviation("LiveFeedStats", "sent", "integer", sent)

        delivered = _get("delivered", UNSET)
        if not (delivered.__class__ is int) and delivered is not UNSET:
            _deviation("LiveFeedStats", "delivered", "integer", delivered)

        opened = _get("opened", UNSET)
        if not (opened.__class__ is int) and opened is not UNSET:
            _deviation("LiveFeedStats", "opened", "integer", opened)

        clicked = _get("clicked", UNSET)
        if not (clicked.__class__ is int) and clicked is not UNSET:
            _deviation("LiveFeedStats", "clicked", "integer", clicked)

        downloaded = _get("downloaded", UNSET)
        if not (downloaded.__class__ is int) and downloaded is not UNSET:
            _deviation("LiveFeedStats", "downloaded", "integer", downloaded)

        replied = _get("replied", UNSET)
        if not (replied.__class__ is int) and replied is not UNSET:
            _deviation("LiveFeedStats", "replied", "integer", replied)

        bounced = _get("bounced", UNSET)
        if not (bounced.__class__ is int) and bounced is not UNSET:
            _deviation("LiveFeedStats", "bounced", "integer", bounced)

        accepted = _get("accepted", UNSET)
        if not (accepted.__class__ is int) and accepted is not UNSET:
            _deviation("LiveFeedStats", "accepted", "integer", accepted)

        declined = _get("declined", UNSET)
        if not (declined.__class__ is int) and declined is not UNSET:
            _deviation("LiveFeedStats", "declined", "integer", declined)

        tentative = _get("tentative", UNSET)
        if not (tentative.__class__ is int) and tentative is not UNSET:
            _deviation("LiveFeedStats", "tentative", "integer", tentative)

        recipients = _get("recipients", UNSET)
        if not (recipients.__class__ is int) and recipients is not UNSET:
            _deviation("LiveFeedStats", "recipients", "integer", recipients)

        percentages = _get("percentages", UNSET)
        if percentages.__class__ is dict:
            try:
                percentages = _m_live_feed_percentages.LiveFeedPercentages.from_dict(percentages)
            except _ResponseDeviation as _e:
                _e._within("LiveFeedStats", "percentages")
                raise
        elif percentages is None:
            pass
        elif percentages is not UNSET:
            _deviation("LiveFeedStats", "percentages", "LiveFeedPercentages or null", percentages)

        _obj = cls(
            sent,
            delivered,
            opened,
            clicked,
            downloaded,
            replied,
            bounced,
            accepted,
            declined,
            tentative,
            recipients,
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
