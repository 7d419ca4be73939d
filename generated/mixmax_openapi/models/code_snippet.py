from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeSnippet")


@_attrs_define
class CodeSnippet:
    """A Formatted Code enhancement."""

    id: str
    user_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    html: str | Unset = UNSET
    code: str | Unset = UNSET
    title: str | Unset = UNSET
    background: str | Unset = UNSET
    theme: str | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        html = self.html

        code = self.code

        title = self.title

        background = self.background

        theme = self.theme

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if html is not UNSET:
            field_dict["html"] = html
        if code is not UNSET:
            field_dict["code"] = code
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
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        html = d.pop("html", UNSET)

        code = d.pop("code", UNSET)

        title = d.pop("title", UNSET)

        background = d.pop("background", UNSET)

        theme = d.pop("theme", UNSET)

        language = d.pop("language", UNSET)

        code_snippet = cls(
            id=id,
            user_id=user_id,
            created_at=created_at,
            html=html,
            code=code,
            title=title,
            background=background,
            theme=theme,
            language=language,
        )

        code_snippet.additional_properties = d
        return code_snippet

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
