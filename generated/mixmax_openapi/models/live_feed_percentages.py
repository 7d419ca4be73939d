from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        opened = self.opened

        clicked = self.clicked

        downloaded = self.downloaded

        replied = self.replied

        bounced = self.bounced

        tasks_completed = self.tasks_completed

        unsubscribed = self.unsubscribed

        accepted = self.accepted

        declined = self.declined

        delivered = self.delivered

        tentative = self.tentative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if tasks_completed is not UNSET:
            field_dict["tasksCompleted"] = tasks_completed
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if declined is not UNSET:
            field_dict["declined"] = declined
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if tentative is not UNSET:
            field_dict["tentative"] = tentative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opened = d.pop("opened", UNSET)

        clicked = d.pop("clicked", UNSET)

        downloaded = d.pop("downloaded", UNSET)

        replied = d.pop("replied", UNSET)

        bounced = d.pop("bounced", UNSET)

        tasks_completed = d.pop("tasksCompleted", UNSET)

        unsubscribed = d.pop("unsubscribed", UNSET)

        accepted = d.pop("accepted", UNSET)

        declined = d.pop("declined", UNSET)

        delivered = d.pop("delivered", UNSET)

        tentative = d.pop("tentative", UNSET)

        live_feed_percentages = cls(
            opened=opened,
            clicked=clicked,
            downloaded=downloaded,
            replied=replied,
            bounced=bounced,
            tasks_completed=tasks_completed,
            unsubscribed=unsubscribed,
            accepted=accepted,
            declined=declined,
            delivered=delivered,
            tentative=tentative,
        )

        live_feed_percentages.additional_properties = d
        return live_feed_percentages

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
