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
from . import snippet_analytics as _m_snippet_analytics

if TYPE_CHECKING:
    from ..models.sequence_shared import SequenceShared
    from ..models.share_grant import ShareGrant
    from ..models.snippet_analytics import SnippetAnalytics

_KEYS = frozenset(
    (
        "_id",
        "userId",
        "createdAt",
        "savedAt",
        "savedBy",
        "deletedAt",
        "archivedAt",
        "title",
        "source",
        "name",
        "shared",
        "customShortcut",
        "isInline",
        "analytics",
    )
)


T = TypeVar("T", bound="Snippet")


@_attrs_define
class Snippet:
    """A snippet (template). `userId` is the owner, which may not be you when shared."""

    id: str
    user_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    saved_at: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    saved_by: str | Unset = UNSET
    deleted_at: int | None | str | Unset = UNSET
    archived_at: int | None | str | Unset = UNSET
    title: str | Unset = UNSET
    """ Subject line. """
    source: str | Unset = UNSET
    """ HTML. """
    name: str | Unset = UNSET
    shared: bool | list[ShareGrant] | None | SequenceShared | Unset = UNSET
    """ Sharing state; its shape depends on the resource and its age: a boolean (contact groups and
    integrations per GO), an object of settings (sequences per DOC; sequence folders and snippet tags
    as observed by AB), or a list of `{userEmail, confirmed}` grants (the DOC examples of snippets and
    snippet tags); `null` when never shared.
     """
    custom_shortcut: None | str | Unset = UNSET
    is_inline: bool | Unset = UNSET
    analytics: None | SnippetAnalytics | Unset = UNSET
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
        if self.saved_by is not UNSET:
            field_dict["savedBy"] = self.saved_by
        if self.deleted_at is not UNSET:
            field_dict["deletedAt"] = self.deleted_at
        if self.archived_at is not UNSET:
            field_dict["archivedAt"] = self.archived_at
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.shared is not UNSET:
            field_dict["shared"] = _to_json(self.shared)
        if self.custom_shortcut is not UNSET:
            field_dict["customShortcut"] = self.custom_shortcut
        if self.is_inline is not UNSET:
            field_dict["isInline"] = self.is_inline
        if self.analytics is not UNSET:
            field_dict["analytics"] = _to_json(self.analytics)
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
            _deviation("Snippet", "_id", "string", id)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("Snippet", "userId", "string", user_id)

        created_at = _get("createdAt", UNSET)
        if not (created_at.__class__ is int) and created_at is not UNSET:
            _deviation("Snippet", "createdAt", "integer", created_at)

        saved_at = _get("savedAt", UNSET)
        if not (saved_at.__class__ is int) and saved_at is not UNSET:
            _deviation("Snippet", "savedAt", "integer", saved_at)

        saved_by = _get("savedBy", UNSET)
        if not (saved_by.__class__ is str) and saved_by is not UNSET:
            _deviation("Snippet", "savedBy", "string", saved_by)

        deleted_at = _get("deletedAt", UNSET)
        if (
            not (deleted_at.__class__ is int or deleted_at.__class__ is str or deleted_at is None)
            and deleted_at is not UNSET
        ):
            _deviation("Snippet", "deletedAt", "integer or string or null", deleted_at)

        archived_at = _get("archivedAt", UNSET)
        if (
            not (archived_at.__class__ is int or archived_at.__class__ is str or archived_at is None)
            and archived_at is not UNSET
        ):
            _deviation("Snippet", "archivedAt", "integer or string or null", archived_at)

        title = _get("title", UNSET)
        if not (title.__class__ is str) and title is not UNSET:
            _deviation("Snippet", "title", "string", title)

        source = _get("source", UNSET)
        if not (source.__class__ is str) and source is not UNSET:
            _deviation("Snippet", "source", "string", source)

        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("Snippet", "name", "string", name)

        shared = _get("shared", UNSET)
        if shared is True or shared is False:
            pass
        elif shared.__class__ is dict:
            try:
                shared = _m_sequence_shared.SequenceShared.from_dict(shared)
            except _ResponseDeviation as _e:
                _e._within("Snippet", "shared")
                raise
        elif shared.__class__ is list:
            _shared_items: list[Any] = []
            for _shared_item in shared:
                if _shared_item.__class__ is dict:
                    try:
                        _shared_item = _m_share_grant.ShareGrant.from_dict(_shared_item)
                    except _ResponseDeviation as _e:
                        _e._within("Snippet", f"shared[{len(_shared_items)}]")
                        raise
                else:
                    _deviation("Snippet", f"shared[{len(_shared_items)}]", "ShareGrant", _shared_item)

                _shared_items.append(_shared_item)
            shared = _shared_items
        elif shared is None:
            pass
        elif shared is not UNSET:
            _deviation("Snippet", "shared", "boolean or SequenceShared or array of ShareGrant or null", shared)

        custom_shortcut = _get("customShortcut", UNSET)
        if not (custom_shortcut.__class__ is str or custom_shortcut is None) and custom_shortcut is not UNSET:
            _deviation("Snippet", "customShortcut", "string or null", custom_shortcut)

        is_inline = _get("isInline", UNSET)
        if not (is_inline is True or is_inline is False) and is_inline is not UNSET:
            _deviation("Snippet", "isInline", "boolean", is_inline)

        analytics = _get("analytics", UNSET)
        if analytics.__class__ is dict:
            try:
                analytics = _m_snippet_analytics.SnippetAnalytics.from_dict(analytics)
            except _ResponseDeviation as _e:
                _e._within("Snippet", "analytics")
                raise
        elif analytics is None:
            pass
        elif analytics is not UNSET:
            _deviation("Snippet", "analytics", "SnippetAnalytics or null", analytics)

        _obj = cls(
            id,
            user_id,
            created_at,
            saved_at,
            saved_by,
            deleted_at,
            archived_at,
            title,
            source,
            name,
            shared,
            custom_shortcut,
            is_inline,
            analytics,
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
