from __future__ import annotations

import datetime
import datetime as _datetime
import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import deviation as _deviation
from ..types import to_json as _to_json

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "createdAt",
        "html",
        "code",
        "title",
        "background",
        "theme",
        "language",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created_at is not UNSET:
            field_dict["createdAt"] = _to_json(self.created_at)
        if self.html is not UNSET:
            field_dict["html"] = self.html
        if self.code is not UNSET:
            field_dict["code"] = self.code
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
        id = _get("_id", UNSET)
        if not (id.__class__ is str):
            _deviation("CodeSnippet", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("CodeSnippet", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if created_at.__class__ is str:
            try:
                created_at = _datetime.datetime.fromisoformat(created_at)
            except ValueError:
                _deviation("CodeSnippet", "createdAt", "date-time string", created_at)
        elif created_at is not UNSET:
            _deviation("CodeSnippet", "createdAt", "date-time string", created_at)

        html = _get("html", UNSET)
        if not (html.__class__ is str) and html is not UNSET:
            _deviation("CodeSnippet", "html", "string", html)

        code = _get("code", UNSET)
        if not (code.__class__ is str) and code is not UNSET:
            _deviation("CodeSnippet", "code", "string", code)

        title = _get("title", UNSET)
        if not (title.__class__ is str) and title is not UNSET:
            _deviation("CodeSnippet", "title", "string", title)

        background = _get("background", UNSET)
        if not (background.__class__ is str) and background is not UNSET:
            _deviation("CodeSnippet", "background", "string", background)

        theme = _get("theme", UNSET)
        if not (theme.__class__ is str) and theme is not UNSET:
            _deviation("CodeSnippet", "theme", "string", theme)

        language = _get("language", UNSET)
        if not (language.__class__ is str) and language is not UNSET:
            _deviation("CodeSnippet", "language", "string", language)

        _obj = cls(
            id,
            user_id,
            created_at,
            html,
            code,
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
