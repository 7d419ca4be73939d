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
from . import contact_analytics as _m_contact_analytics
from . import contact_meta as _m_contact_meta

if TYPE_CHECKING:
    from ..models.contact_analytics import ContactAnalytics
    from ..models.contact_meta import ContactMeta

_KEYS = frozenset(
    (
        "_id",
        "email",
        "userId",
        "name",
        "timestamp",
        "usedCount",
        "contactId",
        "salesforceId",
        "meta",
        "groups",
        "notes",
        "analytics",
        "locked",
    )
)


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A Mixmax contact. Every contact has exactly one (lower-case) email address.

    Example:
        {'_id': '5815495f8447b9058a310430', 'userId': 'kZYPwDDiGPTfQDj5n', 'email': 'ada@example.com', 'name': 'Ada
            Lovelace', 'timestamp': 1477855247790, 'usedCount': 3, 'meta': {'First Name': 'Ada', 'Last Name': 'Lovelace'}}

    """

    id: str
    email: str
    """ Lower-case; unique per user. """
    user_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    timestamp: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    used_count: float | Unset = UNSET
    contact_id: str | Unset = UNSET
    """ Google contact id. """
    salesforce_id: str | Unset = UNSET
    meta: ContactMeta | None | Unset = UNSET
    """ Variables from any source (`First Name`, `Last Name` with `expand=firstName,lastName`). """
    groups: list[Any] | None | Unset = UNSET
    """ With `expand=groups`. """
    notes: list[Any] | None | Unset = UNSET
    """ With `expand=notes`. """
    analytics: ContactAnalytics | None | Unset = UNSET
    locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.used_count is not UNSET:
            field_dict["usedCount"] = self.used_count
        if self.contact_id is not UNSET:
            field_dict["contactId"] = self.contact_id
        if self.salesforce_id is not UNSET:
            field_dict["salesforceId"] = self.salesforce_id
        if self.meta is not UNSET:
            field_dict["meta"] = _to_json(self.meta)
        if self.groups is not UNSET:
            field_dict["groups"] = self.groups
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.analytics is not UNSET:
            field_dict["analytics"] = _to_json(self.analytics)
        if self.locked is not UNSET:
            field_dict["locked"] = self.locked
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
            _deviation("Contact", "_id", "string", id)

        email = _get("email", UNSET)
        if not (email.__class__ is str):
            _deviation("Contact", "email", "string", email)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("Contact", "userId", "string", user_id)

        name = _get("name", UNSET)
        if not (name.__class__ is str or name is None) and name is not UNSET:
            _deviation("Contact", "name", "string or null", name)

        timestamp = _get("timestamp", UNSET)
        if not (timestamp.__class__ is int) and timestamp is not UNSET:
            _deviation("Contact", "timestamp", "integer", timestamp)

        used_count = _get("usedCount", UNSET)
        if not (used_count.__class__ is float or used_count.__class__ is int) and used_count is not UNSET:
            _deviation("Contact", "usedCount", "number", used_count)

        contact_id = _get("contactId", UNSET)
        if not (contact_id.__class__ is str) and contact_id is not UNSET:
            _deviation("Contact", "contactId", "string", contact_id)

        salesforce_id = _get("salesforceId", UNSET)
        if not (salesforce_id.__class__ is str) and salesforce_id is not UNSET:
            _deviation("Contact", "salesforceId", "string", salesforce_id)

        meta = _get("meta", UNSET)
        if meta.__class__ is dict:
            try:
                meta = _m_contact_meta.ContactMeta.from_dict(meta)
            except _ResponseDeviation as _e:
                _e._within("Contact", "meta")
                raise
        elif meta is None:
            pass
        elif meta is not UNSET:
            _deviation("Contact", "meta", "ContactMeta or null", meta)

        groups = _get("groups", UNSET)
        if not (groups.__class__ is list or groups is None) and groups is not UNSET:
            _deviation("Contact", "groups", "array of any or null", groups)

        notes = _get("notes", UNSET)
        if not (notes.__class__ is list or notes is None) and notes is not UNSET:
            _deviation("Contact", "notes", "array of any or null", notes)

        analytics = _get("analytics", UNSET)
        if analytics.__class__ is dict:
            try:
                analytics = _m_contact_analytics.ContactAnalytics.from_dict(analytics)
            except _ResponseDeviation as _e:
                _e._within("Contact", "analytics")
                raise
        elif analytics is None:
            pass
        elif analytics is not UNSET:
            _deviation("Contact", "analytics", "ContactAnalytics or null", analytics)

        locked = _get("locked", UNSET)
        if not (locked is True or locked is False) and locked is not UNSET:
            _deviation("Contact", "locked", "boolean", locked)

        _obj = cls(
            id,
            email,
            user_id,
            name,
            timestamp,
            used_count,
            contact_id,
            salesforce_id,
            meta,
            groups,
            notes,
            analytics,
            locked,
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
