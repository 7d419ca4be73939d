from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_feed_message import LiveFeedMessage
    from ..models.live_feed_stats import LiveFeedStats


T = TypeVar("T", bound="LiveFeedPage")


@_attrs_define
class LiveFeedPage:
    """A cursor page of live-feed messages with the search's statistics."""

    results: list[LiveFeedMessage]
    next_: None | str | Unset = UNSET
    """ Cursor of the next page. """
    previous: None | str | Unset = UNSET
    """ Cursor of the previous page. """
    has_next: bool | Unset = UNSET
    """ Whether a next page exists. """
    has_previous: bool | Unset = UNSET
    """ Whether a previous page exists. """
    total: int | Unset = UNSET
    """ Total count; only some collections (e.g. tasks) send it. """
    stats: LiveFeedStats | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.live_feed_stats import LiveFeedStats  # noqa: PLC0415

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        has_next = self.has_next

        has_previous = self.has_previous

        total = self.total

        stats: dict[str, Any] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, LiveFeedStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
        if has_next is not UNSET:
            field_dict["hasNext"] = has_next
        if has_previous is not UNSET:
            field_dict["hasPrevious"] = has_previous
        if total is not UNSET:
            field_dict["total"] = total
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_feed_message import LiveFeedMessage  # noqa: PLC0415
        from ..models.live_feed_stats import LiveFeedStats  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = LiveFeedMessage.from_dict(results_item_data)

            results.append(results_item)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        has_next = d.pop("hasNext", UNSET)

        has_previous = d.pop("hasPrevious", UNSET)

        total = d.pop("total", UNSET)

        def _parse_stats(data: object) -> LiveFeedStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stats_type_0 = LiveFeedStats.from_dict(data)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveFeedStats | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        live_feed_page = cls(
            results=results,
            next_=next_,
            previous=previous,
            has_next=has_next,
            has_previous=has_previous,
            total=total,
            stats=stats,
        )

        live_feed_page.additional_properties = d
        return live_feed_page

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
