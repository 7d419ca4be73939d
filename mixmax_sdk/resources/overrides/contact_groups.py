"""Overrides for `client.contact_groups`: contacts given as addresses or dicts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from ..._call import Call, from_module, model
from ..._resource import M, RequestOptions, Resource, endpoint
from ..._validate import require_id
from .contacts import ContactDict, contact_input, contact_inputs

__all__ = ["ContactDict", "ContactGroupContactsOverrides", "contact_inputs"]

if TYPE_CHECKING:
    from mixmax_openapi.models import Contact


class ContactGroupContactsOverrides(Resource[M]):
    """Overrides of `ContactGroupContacts` (the generated class inherits them)."""

    @endpoint
    def add(
        self,
        group_id: str,
        email: str,
        *,
        name: str | None = None,
        meta: Mapping[str, Any] | None = None,
        google_contact_id: str | None = None,
        salesforce_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Contact]:
        """Add a contact to a group you own (the contact is created if needed); returns the contact.

        Args:
            group_id: the group's `_id`.
            email: the contact's address.
            name: the contact's name.
            meta: contact variables, e.g. {"First Name": "Ada"}.
            google_contact_id: the Google contact id (the wire's `contactId`).
            salesforce_id: the Salesforce id.
        """
        from mixmax_openapi.api.contact_groups import add_contact_group_contact
        from mixmax_openapi.models import Contact

        return from_module(
            add_contact_group_contact,
            model(Contact.from_dict),
            id=require_id(group_id, "group_id"),
            body=contact_input(
                email, name=name, meta=meta, google_contact_id=google_contact_id, salesforce_id=salesforce_id
            ),
        )
