"""Overrides for `client.contacts`: date windows, timestamps and contact dicts."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack

from ..._resource import M, RequestOptions, Resource, paginated
from ..._validate import (
    address_entries,
    check_bool,
    check_email,
    check_range,
    check_str_map,
    comma_list,
    require_id,
    unset,
)
from ...errors import MixmaxValidationError
from ...pagination import Plan, cursor_list
from ...timestamps import to_epoch_ms

if TYPE_CHECKING:
    from mixmax_openapi.models import Contact, ContactInput, ContactInputMeta, ContactUpdateMeta


class ContactDict(TypedDict, total=False):
    """A contact to add with a group: `{"email": ..., "name": ..., "meta": {...}, ...}`."""

    email: Required[str]
    name: str
    meta: Mapping[str, Any]
    google_contact_id: str
    salesforce_id: str


_CONTACT_KEYS = frozenset(ContactDict.__annotations__)


_WIRE_NAMES = {"contactId": "google_contact_id", "salesforceId": "salesforce_id"}


class ContactsOverrides(Resource[M]):
    """Overrides of `Contacts` (the generated class inherits them)."""

    @paginated
    def list(
        self,
        *,
        sort: str | None = None,
        sort_ascending: bool | None = None,
        search: str | None = None,
        include_shared: bool | None = None,
        expand: str | Iterable[str] | None = None,
        with_analytics: bool | None = None,
        dates: str | None = None,
        timezone_offset: int | None = None,
        since: datetime.datetime | int | None = None,
        until: datetime.datetime | int | None = None,
        fields: str | Iterable[str] | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Contact]:
        """Your contacts (not those shared with you through groups), newest first, across all pages (lazily).

        Args:
            sort: "name", "email", "timestamp" or "usedCount".
            sort_ascending: sort ascending instead of descending.
            search: e.g. 'email:ada@example.com', 'name:Ada', 'group:"Customers"'.
            include_shared: also search contacts shared with you (only together with `search`).
            expand: any of "firstName", "lastName", "groups", "notes", "salesforce".
            with_analytics: include each contact's `analytics`.
            dates: the analytics range: "today", "yesterday", "last7", "thisWeek", "lastWeek", "last30",
                "thisMonth", "lastMonth", "last12Months", "thisYear", "lastYear", "allTime" or "specific".
            timezone_offset: your time-zone offset in minutes, for `dates`.
            since: start of a specific range: a datetime (naive = UTC) or epoch milliseconds. With
                `since`/`until`, `dates` defaults to "specific" (any other value is an error).
            until: end of a specific range, like `since`.
            fields: only these fields of each contact (e.g. ["email", "name"]).
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.contacts import list_contacts
        from mixmax_openapi.models import ContactPage

        _check_bools(sort_ascending=sort_ascending, include_shared=include_shared, with_analytics=with_analytics)
        check_range("timezone_offset", timezone_offset, -840, 840)
        since_ms = None if since is None else to_epoch_ms(since, name="since")
        until_ms = None if until is None else to_epoch_ms(until, name="until")
        if since_ms is not None or until_ms is not None:
            if dates is None:
                dates = "specific"
            elif dates != "specific":
                raise MixmaxValidationError(f"since/until need dates='specific', not dates={dates!r}")
        if since_ms is not None and until_ms is not None and since_ms > until_ms:
            raise MixmaxValidationError(f"since ({since_ms}) is after until ({until_ms})")
        return cursor_list(
            list_contacts,
            ContactPage.from_dict,
            limit=limit,
            sort=unset(sort),
            sort_ascending=unset(sort_ascending),
            search=unset(search),
            include_shared=unset(include_shared),
            expand=unset(comma_list(expand, "expand")),
            with_analytics=unset(with_analytics),
            dates=unset(dates),
            timezone_offset=unset(timezone_offset),
            since=unset(since_ms),
            until=unset(until_ms),
            fields=unset(comma_list(fields, "fields")),
            next=next,
            previous=previous,
        )


def check_group_ids(groups: Iterable[str], name: str) -> list[str]:
    """Contact group ids: never one string."""
    if isinstance(groups, str):
        raise MixmaxValidationError(f"{name} must be a list of contact group ids, not one string")
    return [require_id(g, f"{name}[{i}]") for i, g in enumerate(groups)]


def check_contact_meta(meta: Mapping[str, Any], name: str) -> ContactInputMeta:
    """Contact variables of a new contact (string keys)."""
    from mixmax_openapi.models import ContactInputMeta

    return ContactInputMeta.from_dict(check_str_map(meta, name) or {})


def check_update_meta(meta: Mapping[str, Any], name: str) -> ContactUpdateMeta:
    """Contact variables to change (string keys)."""
    from mixmax_openapi.models import ContactUpdateMeta

    return ContactUpdateMeta.from_dict(check_str_map(meta, name) or {})


def contact_input(
    email: str,
    *,
    name: str | None = None,
    meta: Mapping[str, Any] | None = None,
    google_contact_id: str | None = None,
    salesforce_id: str | None = None,
    where: str = "",
) -> ContactInput:
    """A checked `ContactInput` (shared with contact groups); `where` prefixes the names in errors."""
    from mixmax_openapi.models import ContactInput

    _check_strs(
        **{f"{where}name": name, f"{where}google_contact_id": google_contact_id, f"{where}salesforce_id": salesforce_id}
    )
    checked_meta = None if meta is None else check_contact_meta(meta, f"{where}meta")
    return ContactInput(
        email=check_email(email, f"{where}email"),
        name=unset(name),
        meta=unset(checked_meta),
        contact_id=unset(google_contact_id),
        salesforce_id=unset(salesforce_id),
    )


def contact_inputs(contacts: Iterable[str | ContactDict], name: str = "contacts") -> list[ContactInput]:
    """`ContactInput`s from addresses or `ContactDict`s (shared with contact groups)."""
    hints = {key: f"use {wire}" for key, wire in _WIRE_NAMES.items()}
    return [
        contact_input(
            email,
            name=item.get("name"),
            meta=item.get("meta"),
            google_contact_id=item.get("google_contact_id"),
            salesforce_id=item.get("salesforce_id"),
            where=f"{where}.",
        )
        for where, email, item in address_entries(
            contacts, name, keys=_CONTACT_KEYS, kind="contact", hints=hints, plain_suffix=".email"
        )
    ]


def _check_bools(**flags: object) -> None:
    for name, value in flags.items():
        check_bool(value, name)


def _check_strs(**values: object) -> None:
    for name, value in values.items():
        if value is not None and not isinstance(value, str):
            raise MixmaxValidationError(f"{name} must be a string, not {type(value).__name__}")
