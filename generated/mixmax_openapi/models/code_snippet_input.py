from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import deviation as _deviation

_KEYS = frozenset(
    (
        "html",
        "title",
        "background",
        "theme",
        "language",
    )
)


T = TypeVar("T", bound="CodeSnippetInput")


@_attrs_define
class CodeSnippetInput:
    html: str | Unset = UNSET
    title: str | Unset = UNSET
    background: str | Unset = UNSET
    theme: str | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.html is not UNSET:
            field_dict["html"] = self.html
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.background is not UNSET:
            field_dict["background"] = self.background
        if self.theme is not UNSET:
            field_dict["theme"] = self.theme
        if self.language is not UNSET:
            field_dict["language"] = self.language
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        html = _get("html", UNSET)
        if not (html.__class__ is str) and html is not UNSET:
            _deviation("CodeSnippetInput", "html", "string", html)

        title = _get("title", UNSET)
        if not (title.__class__ is str) and title is not UNSET:
            _deviation("CodeSnippetInput", "title", "string", title)

        background = _get("background", UNSET)
        if not (background.__class__ is str) and background is not UNSET:
            _deviation("CodeSnippetInput", "background", "string", background)

        theme = _get("theme", UNSET)
        if not (theme.__class__ is str) and theme is not UNSET:
            _deviation("CodeSnippetInput", "theme", "string", theme)

        language = _get("language", UNSET)
        if not (language.__class__ is str) and language is not UNSET:
            _deviation("CodeSnippetInput", "language", "string", language)

        _obj = cls(
            html,
            title,
            background,
            theme,
            language,
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
