from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.poll_respondent import PollRespondent


T = TypeVar("T", bound="PollOption")


@_attrs_define
class PollOption:
    text: str | Unset = UNSET
    respondents: list[PollRespondent] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        respondents: list[dict[str, Any]] | None | Unset
        if isinstance(self.respondents, Unset):
            respondents = UNSET
        elif isinstance(self.respondents, list):
            respondents = []
            for respondents_type_0_item_data in self.respondents:
                respondents_type_0_item = respondents_type_0_item_data.to_dict()
                respondents.append(respondents_type_0_item)

        else:
            respondents = self.respondents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if respondents is not UNSET:
            field_dict["respondents"] = respondents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.poll_respondent import PollRespondent  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        def _parse_respondents(data: object) -> list[PollRespondent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                respondents_type_0 = []
                _respondents_type_0 = data
                for respondents_type_0_item_data in _respondents_type_0:
                    respondents_type_0_item = PollRespondent.from_dict(respondents_type_0_item_data)

                    respondents_type_0.append(respondents_type_0_item)

                return respondents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PollRespondent] | None | Unset, data)

        respondents = _parse_respondents(d.pop("respondents", UNSET))

        poll_option = cls(
            text=text,
            respondents=respondents,
        )

        poll_option.additional_properties = d
        return poll_option

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
