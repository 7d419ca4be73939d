from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        html = self.html

        title = self.title

        background = self.background

        theme = self.theme

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if html is not UNSET:
            field_dict["html"] = html
        if title is not UNSET:
            field_dict["title"] = title
        if background is not UNSET:
            field_dict["background"] = background
        if theme is not UNSET:
            field_dict["theme"] = theme
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        html = d.pop("html", UNSET)

        title = d.pop("title", UNSET)

        background = d.pop("background", UNSET)

        theme = d.pop("theme", UNSET)

        language = d.pop("language", UNSET)

        code_snippet_input = cls(
            html=html,
            title=title,
            background=background,
            theme=theme,
            language=language,
        )

        code_snippet_input.additional_properties = d
        return code_snippet_input

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
