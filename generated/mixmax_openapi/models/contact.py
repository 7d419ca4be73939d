from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_analytics import ContactAnalytics
    from ..models.contact_meta_type_0 import ContactMetaType0


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
    meta: ContactMetaType0 | None | Unset = UNSET
    """ Variables from any source (`First Name`, `Last Name` with `expand=firstName,lastName`). """
    groups: list[Any] | None | Unset = UNSET
    """ With `expand=groups`. """
    notes: list[Any] | None | Unset = UNSET
    """ With `expand=notes`. """
    analytics: ContactAnalytics | None | Unset = UNSET
    locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_analytics import ContactAnalytics  # noqa: PLC0415
        from ..models.contact_meta_type_0 import ContactMetaType0  # noqa: PLC0415

        id = self.id

        email = self.email

        user_id = self.user_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        timestamp = self.timestamp

        used_count = self.used_count

        contact_id = self.contact_id

        salesforce_id = self.salesforce_id

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ContactMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        groups: list[Any] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        notes: list[Any] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, list):
            notes = self.notes

        else:
            notes = self.notes

        analytics: dict[str, Any] | None | Unset
        if isinstance(self.analytics, Unset):
            analytics = UNSET
        elif isinstance(self.analytics, ContactAnalytics):
            analytics = self.analytics.to_dict()
        else:
            analytics = self.analytics

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "email": email,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if used_count is not UNSET:
            field_dict["usedCount"] = used_count
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if salesforce_id is not UNSET:
            field_dict["salesforceId"] = salesforce_id
        if meta is not UNSET:
            field_dict["meta"] = meta
        if groups is not UNSET:
            field_dict["groups"] = groups
        if notes is not UNSET:
            field_dict["notes"] = notes
        if analytics is not UNSET:
            field_dict["analytics"] = analytics
        if locked is not UNSET:
            field_dict["locked"] = locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_analytics import ContactAnalytics  # noqa: PLC0415
        from ..models.contact_meta_type_0 import ContactMetaType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        email = d.pop("email")

        user_id = d.pop("userId", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        timestamp = d.pop("timestamp", UNSET)

        used_count = d.pop("usedCount", UNSET)

        contact_id = d.pop("contactId", UNSET)

        salesforce_id = d.pop("salesforceId", UNSET)

        def _parse_meta(data: object) -> ContactMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = ContactMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactMetaType0 | None | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_groups(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = cast(list[Any], data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        def _parse_notes(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notes_type_0 = cast(list[Any], data)

                return notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_analytics(data: object) -> ContactAnalytics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analytics_type_0 = ContactAnalytics.from_dict(data)

                return analytics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactAnalytics | None | Unset, data)

        analytics = _parse_analytics(d.pop("analytics", UNSET))

        locked = d.pop("locked", UNSET)

        contact = cls(
            id=id,
            email=email,
            user_id=user_id,
            name=name,
            timestamp=timestamp,
            used_count=used_count,
            contact_id=contact_id,
            salesforce_id=salesforce_id,
            meta=meta,
            groups=groups,
            notes=notes,
            analytics=analytics,
            locked=locked,
        )

        contact.additional_properties = d
        return contact

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
