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
from . import poll_respondent as _m_poll_respondent

if TYPE_CHECKING:
    from ..models.poll_respondent import PollRespondent

_KEYS = frozenset(
    (
        "text",
        "respondents",
    )
)


T = TypeVar("T", bound="PollOption")


@_attrs_define
class PollOption:
    text: str | Unset = UNSET
    respondents: list[PollRespondent] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.respondents is not UNSET:
            field_dict["respondents"] = _to_json(self.respondents)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        text = _get("text", UNSET)
        if not (text.__class__ is str) and text is not UNSET:
            _deviation("PollOption", "text", "string", text)

        respondents = _get("respondents", UNSET)
        if respondents.__class__ is list:
            _respondents_items: list[Any] = []
            for _respondents_item in respondents:
                if _respondents_item.__class__ is dict:
                    try:
                        _respondents_item = _m_poll_respondent.PollRespondent.from_dict(_respondents_item)
                    except _ResponseDeviation as _e:
                        _e._within("PollOption", f"respondents[{len(_respondents_items)}]")
                        raise
                else:
                    _deviation(
                        "PollOption", f"respondents[{len(_respondents_items)}]", "PollRespondent", _respondents_item
                    )

                _respondents_items.append(_respondents_item)
            respondents = _respondents_items
        elif respondents is None:
            pass
        elif respondents is not UNSET:
            _deviation("PollOption", "respondents", "array of PollRespondent or null", respondents)

        _obj = cls(
            text,
            respondents,
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
