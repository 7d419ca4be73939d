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
from . import qa_answer as _m_qa_answer

if TYPE_CHECKING:
    from ..models.qa_answer import QaAnswer

_KEYS = frozenset(
    (
        "type",
        "content",
        "answers",
    )
)


T = TypeVar("T", bound="QaQuestion")


@_attrs_define
class QaQuestion:
    type_: str | Unset = UNSET
    content: str | Unset = UNSET
    answers: list[QaAnswer] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.content is not UNSET:
            field_dict["content"] = self.content
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
        type_ = _get("type", UNSET)
        if not (type_.__class__ is str) and type_ is not UNSET:
            _deviation("QaQuestion", "type", "string", type_)

        content = _get("content", UNSET)
        if not (content.__class__ is str) and content is not UNSET:
            _deviation("QaQuestion", "content", "string", content)

        answers = _get("answers", UNSET)
        if answers.__class__ is list:
            _answers_items: list[Any] = []
            for _answers_item in answers:
                if _answers_item.__class__ is dict:
                    try:
                        _answers_item = _m_qa_answer.QaAnswer.from_dict(_answers_item)
                    except _ResponseDeviation as _e:
                        _e._within("QaQuestion", f"answers[{len(_answers_items)}]")
                        raise
                else:
                    _deviation("QaQuestion", f"answers[{len(_answers_items)}]", "QaAnswer", _answers_item)

                _answers_items.append(_answers_item)
            answers = _answers_items
        elif answers is None:
            pass
        elif answers is not UNSET:
            _deviation("QaQuestion", "answers", "array of QaAnswer or null", answers)

        _obj = cls(
            type_,
            content,
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
