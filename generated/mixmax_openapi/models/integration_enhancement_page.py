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
from . import integration_enhancement as _m_integration_enhancement

if TYPE_CHECKING:
    from ..models.integration_enhancement import IntegrationEnhancement

_KEYS = frozenset(
    (
        "results",
        "next",
        "previous",
        "hasNext",
        "hasPrevious",
        "total",
    )
)


T = TypeVar("T", bound="IntegrationEnhancementPage")


@_attrs_define
class IntegrationEnhancementPage:
    """A cursor page of enhancements."""

    results: list[IntegrationEnhancement]
    next_: None | str | Unset = UNSET
    """ Cursor of the next page; a string whenever `hasNext` is true. """
    previous: None | str | Unset = UNSET
    """ Cursor of the previous page. """
    has_next: bool | Unset = UNSET
    """ Whether a next page exists (then `next` is its cursor). """
    has_previous: bool | Unset = UNSET
    """ Whether a previous page exists. """
    total: int | Unset = UNSET
    """ Total count; only some collections (e.g. tasks) send it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.results is not UNSET:
            field_dict["results"] = _to_json(self.results)
        if self.next_ is not UNSET:
            field_dict["next"] = self.next_
        if self.previous is not UNSET:
            field_dict["previous"] = self.previous
        if self.has_next is not UNSET:
            field_dict["hasNext"] = self.has_next
        if self.has_previous is not UNSET:
            field_dict["hasPrevious"] = self.has_previous
        if self.total is not UNSET:
            field_dict["total"] = self.total
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        results = _get("results", UNSET)
        if results.__class__ is list:
            _results_items: list[Any] = []
            for _results_item in results:
                if _results_item.__class__ is dict:
                    try:
                        _results_item = _m_integration_enhancement.IntegrationEnhancement.from_dict(_results_item)
                    except _ResponseDeviation as _e:
                        _e._within("IntegrationEnhancementPage", f"results[{len(_results_items)}]")
                        raise
                else:
                    _deviation(
                        "IntegrationEnhancementPage",
                        f"results[{len(_results_items)}]",
                        "IntegrationEnhancement",
                        _results_item,
                    )

                _results_items.append(_results_item)
            results = _results_items
        else:
            _deviation("IntegrationEnhancementPage", "results", "array of IntegrationEnhancement", results)

        next_ = _get("next", UNSET)
        if not (next_.__class__ is str or next_ is None) and next_ is not UNSET:
            _deviation("IntegrationEnhancementPage", "next", "string or null", next_)

        previous = _get("previous", UNSET)
        if not (previous.__class__ is str or previous is None) and previous is not UNSET:
            _deviation("IntegrationEnhancementPage", "previous", "string or null", previous)

        has_next = _get("hasNext", UNSET)
        if not (has_next is True or has_next is False) and has_next is not UNSET:
            _deviation("IntegrationEnhancementPage", "hasNext", "boolean", has_next)

        has_previous = _get("hasPrevious", UNSET)
        if not (has_previous is True or has_previous is False) and has_previous is not UNSET:
            _deviation("IntegrationEnhancementPage", "hasPrevious", "boolean", has_previous)

        total = _get("total", UNSET)
        if not (total.__class__ is int) and total is not UNSET:
            _deviation("IntegrationEnhancementPage", "total", "integer", total)

        _obj = cls(
            results,
            next_,
            previous,
            has_next,
            has_previous,
            total,
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
