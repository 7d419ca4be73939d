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
from . import poll_option as _m_poll_option

if TYPE_CHECKING:
    from ..models.poll_option import PollOption

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "created",
        "livePoll",
        "options",
    )
)


T = TypeVar("T", bound="Poll")


@_attrs_define
class Poll:
    id: str
    user_id: str | Unset = UNSET
    created: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    live_poll: bool | Unset = UNSET
    options: list[PollOption] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created is not UNSET:
            field_dict["created"] = self.created
        if self.live_poll is not UNSET:
            field_dict["livePoll"] = self.live_poll
        if self.options is not UNSET:
            field_dict["options"] = _to_json(self.options)
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
            _deviation("Poll", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("Poll", "userId", "string", user_id)

        created = _get("created", UNSET)
        if not (created.__class__ is int or created.__class__ is str) and created is not UNSET:
            _deviation("Poll", "created", "integer or string", created)

        live_poll = _get("livePoll", UNSET)
        if not (live_poll is True or live_poll is False) and live_poll is not UNSET:
            _deviation("Poll", "livePoll", "boolean", live_poll)

        options = _get("options", UNSET)
        if options.__class__ is list:
            _options_items: list[Any] = []
            for _options_item in options:
                if _options_item.__class__ is dict:
                    try:
                        _options_item = _m_poll_option.PollOption.from_dict(_options_item)
                    except _ResponseDeviation as _e:
                        _e._within("Poll", f"options[{len(_options_items)}]")
                        raise
                else:
                    _deviation("Poll", f"options[{len(_options_items)}]", "PollOption", _options_item)

                _options_items.append(_options_item)
            options = _options_items
        elif options is None:
            pass
        elif options is not UNSET:
            _deviation("Poll", "options", "array of PollOption or null", options)

        _obj = cls(
            id,
            user_id,
            created,
            live_poll,
            options,
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
