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
from . import yes_no_answer as _m_yes_no_answer

if TYPE_CHECKING:
    from ..models.yes_no_answer import YesNoAnswer

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "created",
        "text",
        "answers",
    )
)


T = TypeVar("T", bound="YesNo")


@_attrs_define
class YesNo:
    id: str
    user_id: str | Unset = UNSET
    created: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    text: str | Unset = UNSET
    answers: list[YesNoAnswer] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created is not UNSET:
            field_dict["created"] = self.created
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.answers is not UNSET:
            field_dict["answers"] = _to_json(self.answers)
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
            _deviation("YesNo", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("YesNo", "userId", "string", user_id)

        created = _get("created", UNSET)
        if not (created.__class__ is int or created.__class__ is str) and created is not UNSET:
            _deviation("YesNo", "created", "integer or string", created)

        text = _get("text", UNSET)
        if not (text.__class__ is str) and text is not UNSET:
            _deviation("YesNo", "text", "string", text)

        answers = _get("answers", UNSET)
        if answers.__class__ is list:
            _answers_items: list[Any] = []
            for _answers_item in answers:
                if _answers_item.__class__ is dict:
                    try:
                        _answers_item = _m_yes_no_answer.YesNoAnswer.from_dict(_answers_item)
                    except _ResponseDeviation as _e:
                        _e._within("YesNo", f"answers[{len(_answers_items)}]")
                        raise
                else:
                    _deviation("YesNo", f"answers[{len(_answers_items)}]", "YesNoAnswer", _answers_item)

                _answers_items.append(_answers_item)
            answers = _answers_items
        elif answers is None:
            pass
        elif answers is not UNSET:
            _deviation("YesNo", "answers", "array of YesNoAnswer or null", answers)

        _obj = cls(
            id,
            user_id,
            created,
            text,
            answers,
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
