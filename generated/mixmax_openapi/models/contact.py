from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_analytics import ContactAnalytics
    from ..models.contact_meta import ContactMeta


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A Mixmax contact.

    Example:
        {'_id': '5815495f8447b9058a310430', 'userId': 'kZYPwDDiGPTfQDj5n', 'email': 'ada@example.com', 'name': 'Ada
            Lovelace', 'timestamp': 1477855247790, 'usedCount': 3, 'meta': {'First Name': 'Ada', 'Last Name': 'Lovelace'}}

    """

    id: str
    user_id: str | Unset = UNSET
    email: str | Unset = UNSET
    """ Lower-case; unique per user. """
    name: None | str | Unset = UNSET
    timestamp: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    used_count: float | Unset = UNSET
    contact_id: str | Unset = UNSET
    """ Google contact id. """
    salesforce_id: str | Unset = UNSET
    meta: ContactMeta | Unset = UNSET
    """ Variables from any source (`First Name`, `Last Name` with `expand=firstName,lastName`). """
    groups: list[Any] | Unset = UNSET
    """ With `expand=groups`. """
    notes: list[Any] | Unset = UNSET
    """ With `expand=notes`. """
    analytics: ContactAnalytics | Unset = UNSET
    """ Email analytics of a contact (with `withAnalytics=true`). """
    locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        timestamp = self.timestamp

        used_count = self.used_count

        contact_id = self.contact_id

        salesforce_id = self.salesforce_id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        groups: list[Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        notes: list[Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        analytics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analytics, Unset):
            analytics = self.analytics.to_dict()

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
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
        from ..models.contact_meta import ContactMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        user_id = d.pop("userId", UNSET)

        email = d.pop("email", UNSET)

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

        _meta = d.pop("meta", UNSET)
        meta: ContactMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ContactMeta.from_dict(_meta)

        groups = cast(list[Any], d.pop("groups", UNSET))

        notes = cast(list[Any], d.pop("notes", UNSET))

        _analytics = d.pop("analytics", UNSET)
        analytics: ContactAnalytics | Unset
        if isinstance(_analytics, Unset):
            analytics = UNSET
        else:
            analytics = ContactAnalytics.from_dict(_analytics)

        locked = d.pop("locked", UNSET)

        contact = cls(
            id=id,
            user_id=user_id,
            email=email,
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
