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
from . import qa_question as _m_qa_question

if TYPE_CHECKING:
    from ..models.qa_question import QaQuestion

_KEYS = frozenset(
    (
        "_id",
        "creatorId",
        "creationDate",
        "title",
        "questions",
    )
)


T = TypeVar("T", bound="Qa")


@_attrs_define
class Qa:
    id: str
    creator_id: str | Unset = UNSET
    creation_date: int | str | Unset = UNSET
    """ A point in time whose representation is not known for certain - epoch milliseconds or an ISO-8601 string.
    """
    title: str | Unset = UNSET
    questions: list[QaQuestion] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.creator_id is not UNSET:
            field_dict["creatorId"] = self.creator_id
        if self.creation_date is not UNSET:
            field_dict["creationDate"] = self.creation_date
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.questions is not UNSET:
            field_dict["questions"] = _to_json(self.questions)
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
            _deviation("Qa", "_id", "string", id)

        creator_id = _get("creatorId", UNSET)
        if not (creator_id.__class__ is str) and creator_id is not UNSET:
            _deviation("Qa", "creatorId", "string", creator_id)

        creation_date = _get("creationDate", UNSET)
        if not (creation_date.__class__ is int or creation_date.__class__ is str) and creation_date is not UNSET:
            _deviation("Qa", "creationDate", "integer or string", creation_date)

        title = _get("title", UNSET)
        if not (title.__class__ is str) and title is not UNSET:
            _deviation("Qa", "title", "string", title)

        questions = _get("questions", UNSET)
        if questions.__class__ is list:
            _questions_items: list[Any] = []
            for _questions_item in questions:
                if _questions_item.__class__ is dict:
                    try:
                        _questions_item = _m_qa_question.QaQuestion.from_dict(_questions_item)
                    except _ResponseDeviation as _e:
                        _e._within("Qa", f"questions[{len(_questions_items)}]")
                        raise
                else:
                    _deviation("Qa", f"questions[{len(_questions_items)}]", "QaQuestion", _questions_item)

                _questions_items.append(_questions_item)
            questions = _questions_items
        elif questions is None:
            pass
        elif questions is not UNSET:
            _deviation("Qa", "questions", "array of QaQuestion or null", questions)

        _obj = cls(
            id,
            creator_id,
            creation_date,
            title,
            questions,
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
