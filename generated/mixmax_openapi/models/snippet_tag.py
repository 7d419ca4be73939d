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
from . import sequence_shared as _m_sequence_shared
from . import share_grant as _m_share_grant

if TYPE_CHECKING:
    from ..models.sequence_shared import SequenceShared
    from ..models.share_grant import ShareGrant

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "createdAt",
        "savedAt",
        "name",
        "shared",
        "isInline",
        "count",
    )
)


T = TypeVar("T", bound="SnippetTag")


@_attrs_define
class SnippetTag:
    id: str
    user_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    saved_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    name: str | Unset = UNSET
    shared: bool | list[ShareGrant] | None | SequenceShared | Unset = UNSET
    """ Sharing state; its shape depends on the resource and its age: a boolean (contact groups and
    integrations per GO), an object of settings (sequences per DOC; sequence folders and snippet tags
    as observed by AB), or a list of `{userEmail, confirmed}` grants (the DOC examples of snippets and
    snippet tags); `null` when never shared.
     """
    is_inline: bool | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.saved_at is not UNSET:
            field_dict["savedAt"] = self.saved_at
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.shared is not UNSET:
            field_dict["shared"] = _to_json(self.shared)
        if self.is_inline is not UNSET:
            field_dict["isInline"] = self.is_inline
        if self.count is not UNSET:
            field_dict["count"] = self.count
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
            _deviation("SnippetTag", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("SnippetTag", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int) and created_at is not UNSET:
            _deviation("SnippetTag", "createdAt", "integer", created_at)

        saved_at = _get("savedAt", UNSET)
        if not (saved_at.__class__ is int) and saved_at is not UNSET:
            _deviation("SnippetTag", "savedAt", "integer", saved_at)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("SnippetTag", "name", "string", name)

        shared = _get("shared", UNSET)
        if shared is True or shared is False:
            pass
        elif shared.__class__ is dict:
            try:
                shared = _m_sequence_shared.SequenceShared.from_dict(shared)
            except _ResponseDeviation as _e:
                _e._within("SnippetTag", "shared")
                raise
        elif shared.__class__ is list:
            _shared_items: list[Any] = []
            for _shared_item in shared:
                if _shared_item.__class__ is dict:
                    try:
                        _shared_item = _m_share_grant.ShareGrant.from_dict(_shared_item)
                    except _ResponseDeviation as _e:
                        _e._within("SnippetTag", f"shared[{len(_shared_items)}]")
                        raise
                else:
                    _deviation("SnippetTag", f"shared[{len(_shared_items)}]", "ShareGrant", _shared_item)

                _shared_items.append(_shared_item)
            shared = _shared_items
        elif shared is None:
            pass
        elif shared is not UNSET:
            _deviation("SnippetTag", "shared", "boolean or SequenceShared or array of ShareGrant or null", shared)

        is_inline = _get("isInline", UNSET)
        if not (is_inline is True or is_inline is False) and is_inline is not UNSET:
            _deviation("SnippetTag", "isInline", "boolean", is_inline)

        count = _get("count", UNSET)
        if not (count.__class__ is int) and count is not UNSET:
            _deviation("SnippetTag", "count", "integer", count)

        _obj = cls(
            id,
            user_id,
            created_at,
            saved_at,
            name,
            shared,
            is_inline,
            count,
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
