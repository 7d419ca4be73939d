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
        "opened",
        "clicked",
        "downloaded",
        "replied",
        "bounced",
        "tasksCompleted",
        "unsubscribed",
        "accepted",
        "declined",
        "delivered",
        "tentative",
    )
)


T = TypeVar("T", bound="LiveFeedPercentages")


@_attrs_define
class LiveFeedPercentages:
    opened: float | Unset = UNSET
    clicked: float | Unset = UNSET
    downloaded: float | Unset = UNSET
    replied: float | Unset = UNSET
    bounced: float | Unset = UNSET
    tasks_completed: float | Unset = UNSET
    unsubscribed: float | Unset = UNSET
    accepted: float | Unset = UNSET
    declined: float | Unset = UNSET
    delivered: float | Unset = UNSET
    tentative: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        if self.tasks_completed is not UNSET:
            field_dict["tasksCompleted"] = self.tasks_completed
        if self.unsubscribed is not UNSET:
            field_dict["unsubscribed"] = self.unsubscribed
        if self.accepted is not UNSET:
            field_dict["accepted"] = self.accepted
        if self.declined is not UNSET:
            field_dict["declined"] = self.declined
        if self.delivered is not UNSET:
            field_dict["delivered"] = self.delivered
        if self.tentative is not UNSET:
            field_dict["tentative"] = self.tentative
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        opened = _get("opened", UNSET)
        if not (opened.__class__ is float or opened.__class__ is int) and opened is not UNSET:
            _deviation("LiveFeedPercentages", "opened", "number", opened)

        clicked = _get("clicked", UNSET)
        if not (clicked.__class__ is float or clicked.__class__ is int) and clicked is not UNSET:
            _deviation("LiveFeedPercentages", "clicked", "number", clicked)

        downloaded = _get("downloaded", UNSET)
        if not (downloaded.__class__ is float or downloaded.__class__ is int) and downloaded is not UNSET:
            _deviation("LiveFeedPercentages", "downloaded", "number", downloaded)

        replied = _get("replied", UNSET)
        if not (replied.__class__ is float or replied.__class__ is int) and replied is not UNSET:
            _deviation("LiveFeedPercentages", "replied", "number", replied)

        bounced = _get("bounced", UNSET)
        if not (bounced.__class__ is float or bounced.__class__ is int) and bounced is not UNSET:
            _deviation("LiveFeedPercentages", "bounced", "number", bounced)

        tasks_completed = _get("tasksCompleted", UNSET)
        if (
            not (tasks_completed.__class__ is float or tasks_completed.__class__ is int)
            and tasks_completed is not UNSET
        ):
            _deviation("LiveFeedPercentages", "tasksCompleted", "number", tasks_completed)

        unsubscribed = _get("unsubscribed", UNSET)
        if not (unsubscribed.__class__ is float or unsubscribed.__class__ is int) and unsubscribed is not UNSET:
            _deviation("LiveFeedPercentages", "unsubscribed", "number", unsubscribed)

        accepted = _get("accepted", UNSET)
        if not (accepted.__class__ is float or accepted.__class__ is int) and accepted is not UNSET:
            _deviation("LiveFeedPercentages", "accepted", "number", accepted)

        declined = _get("declined", UNSET)
        if not (declined.__class__ is float or declined.__class__ is int) and declined is not UNSET:
            _deviation("LiveFeedPercentages", "declined", "number", declined)

        delivered = _get("delivered", UNSET)
        if not (delivered.__class__ is float or delivered.__class__ is int) and delivered is not UNSET:
            _deviation("LiveFeedPercentages", "delivered", "number", delivered)

        tentative = _get("tentative", UNSET)
        if not (tentative.__class__ is float or tentative.__class__ is int) and tentative is not UNSET:
            _deviation("LiveFeedPercentages", "tentative", "number", tentative)

        _obj = cls(
            opened,
            clicked,
            downloaded,
            replied,
            bounced,
            tasks_completed,
            unsubscribed,
            accepted,
            declined,
            delivered,
            tentative,
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
