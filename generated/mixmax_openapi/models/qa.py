from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qa_question import QaQuestion


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
        id = self.id

        creator_id = self.creator_id

        creation_date: int | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = self.creation_date

        title = self.title

        questions: list[dict[str, Any]] | None | Unset
        if isinstance(self.questions, Unset):
            questions = UNSET
        elif isinstance(self.questions, list):
            questions = []
            for questions_type_0_item_data in self.questions:
                questions_type_0_item = questions_type_0_item_data.to_dict()
                questions.append(questions_type_0_item)

        else:
            questions = self.questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if creator_id is not UNSET:
            field_dict["creatorId"] = creator_id
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if title is not UNSET:
            field_dict["title"] = title
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.qa_question import QaQuestion  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        creator_id = d.pop("creatorId", UNSET)

        def _parse_creation_date(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

        title = d.pop("title", UNSET)

        def _parse_questions(data: object) -> list[QaQuestion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                questions_type_0 = []
                _questions_type_0 = data
                for questions_type_0_item_data in _questions_type_0:
                    questions_type_0_item = QaQuestion.from_dict(questions_type_0_item_data)

                    questions_type_0.append(questions_type_0_item)

                return questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QaQuestion] | None | Unset, data)

        questions = _parse_questions(d.pop("questions", UNSET))

        qa = cls(
            id=id,
            creator_id=creator_id,
            creation_date=creation_date,
            title=title,
            questions=questions,
        )

        qa.additional_properties = d
        return qa

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
