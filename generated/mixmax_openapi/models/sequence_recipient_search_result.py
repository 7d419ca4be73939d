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
from . import sequence_recipient as _m_sequence_recipient

if TYPE_CHECKING:
    from ..models.sequence_recipient import SequenceRecipient

_KEYS = frozenset(
    (
        "total",
        "results",
    )
)


T = TypeVar("T", bound="SequenceRecipientSearchResult")


@_attrs_define
class SequenceRecipientSearchResult:
    total: int | Unset = UNSET
    results: list[SequenceRecipient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.total is not UNSET:
            field_dict["total"] = self.total
        if self.results is not UNSET:
            field_dict["results"] = _to_json(self.results)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        total = _get("total", UNSET)
        if not (total.__class__ is int) and total is not UNSET:
            _deviation("SequenceRecipientSearchResult", "total", "integer", total)

        results = _get("results", UNSET)
        if results.__class__ is list:
            _results_items: list[Any] = []
            for _results_item in results:
                if _results_item.__class__ is dict:
                    try:
                        _results_item = _m_sequence_recipient.SequenceRecipient.from_dict(_results_item)
                    except _ResponseDeviation as _e:
                        _e._within("SequenceRecipientSearchResult", f"results[{len(_results_items)}]")
                        raise
                else:
                    _deviation(
                        "SequenceRecipientSearchResult",
                        f"results[{len(_results_items)}]",
                        "SequenceRecipient",
                        _results_item,
                    )

                _results_items.append(_results_item)
            results = _results_items
        elif results is not UNSET:
            _deviation("SequenceRecipientSearchResult", "results", "array of SequenceRecipient", results)

        _obj = cls(
            total,
            results,
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
