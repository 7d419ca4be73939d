"""Contact groups (deprecated by Mixmax): groups of contacts and their members (`client.contact_groups.contacts`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._call import Call, from_module, model, no_content
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import comma_list, require_id, unset
from ..pagination import Plan, cursor_list
from .contacts import ContactDict, contact_input, contact_inputs

if TYPE_CHECKING:
    from mixmax_openapi.models import Contact, ContactGroup

__all__ = ["ContactGroupContacts", "ContactGroups"]


class ContactGroups(Resource[M]):
    """`client.contact_groups`: groups you created or that are shared with you.

    Deprecated by Mixmax (still functional, not for new work).
    """

    def __init__(self, runner: Any) -> None:
        super().__init__(runner)
        self.contacts: ContactGroupContacts[M] = ContactGroupContacts(runner)

    @paginated
    def list(
        self,
        *,
        fields: str | Iterable[str] | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[ContactGroup]:
        """Contact groups, newest first, across all pages (lazily).

        Args:
            fields: only these fields of each group (e.g. ["name", "count"]).
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.contact_groups import list_contact_groups
        from mixmax_openapi.models import ContactGroupPage

        return cursor_list(
            list_contact_groups,
            ContactGroupPage.from_dict,
            limit=limit,
            fields=unset(comma_list(fields, "fields")),
            next=next,
            previous=previous,
        )

    @endpoint
    def create(
        self, name: str, *, contacts: Iterable[str | ContactDict] | None = None, **options: Unpack[RequestOptions]
    ) -> Call[ContactGroup]:
        """Create a group, optionally with initial contacts.

        Args:
            name: the group's name.
            contacts: addresses, or dicts `{"email", "name", "meta", "google_contact_id", "salesforce_id"}`.
        """
        from mixmax_openapi.api.contact_groups import create_contact_group
        from mixmax_openapi.models import ContactGroup, ContactGroupInput

        body = ContactGroupInput(
            name=require_id(name, "name"),
            contacts=unset(None if contacts is None else contact_inputs(contacts)),
        )
        return from_module(create_contact_group, model(ContactGroup.from_dict), body=body)

    @endpoint
    def get(self, group_id: str, **options: Unpack[RequestOptions]) -> Call[ContactGroup]:
        """One contact group by id."""
        from mixmax_openapi.api.contact_groups import get_contact_group
        from mixmax_openapi.models import ContactGroup

        return from_module(get_contact_group, model(ContactGroup.from_dict), id=require_id(group_id, "group_id"))

    @endpoint
    def update(self, group_id: str, name: str, **options: Unpack[RequestOptions]) -> Call[ContactGroup]:
        """Rename a group (PATCH); returns the group."""
        from mixmax_openapi.api.contact_groups import update_contact_group
        from mixmax_openapi.models import ContactGroup, ContactGroupUpdate

        return from_module(
            update_contact_group,
            model(ContactGroup.from_dict),
            id=require_id(group_id, "group_id"),
            body=ContactGroupUpdate(name=require_id(name, "name")),
        )

    @endpoint
    def delete(self, group_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Delete a group, not its contacts (any 2xx answer is success)."""
        from mixmax_openapi.api.contact_groups import delete_contact_group

        return from_module(delete_contact_group, no_content, id=require_id(group_id, "group_id"))


class ContactGroupContacts(Resource[M]):
    """`client.contact_groups.contacts`: the members of a group. Deprecated by Mixmax, like contact groups."""

    @paginated
    def list(
        self,
        group_id: str,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Contact]:
        """The contacts in a group, across all pages (lazily).

        Args:
            group_id: the group's `_id`.
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.contact_groups import list_contact_group_contacts
        from mixmax_openapi.models import ContactPage

        return cursor_list(
            list_contact_group_contacts,
            ContactPage.from_dict,
            limit=limit,
            id=require_id(group_id, "group_id"),
            next=next,
            previous=previous,
        )

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

    @endpoint
    def remove(self, group_id: str, contact_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Remove a contact from a group; the contact itself stays (any 2xx answer is success)."""
        from mixmax_openapi.api.contact_groups import remove_contact_group_contact

        return from_module(
            remove_contact_group_contact,
            no_content,
            id=require_id(group_id, "group_id"),
            contact_id=require_id(contact_id, "contact_id"),
        )
