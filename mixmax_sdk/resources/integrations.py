"""Integrations: the slash commands, enhancements, link resolvers and sidebars you created.

Each kind is a sub-resource of `client.integrations` with `list`, `create`, `get` and `delete`:
`client.integrations.sidebars.create(name="CRM", url="https://crm.example.com/sidebar")`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Unpack

from .._call import Call, from_module, model, no_content
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import check_text, check_url, require_id
from ..errors import MixmaxValidationError
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import (
        IntegrationCommand,
        IntegrationEnhancement,
        IntegrationLinkResolver,
        IntegrationSidebar,
    )

__all__ = [
    "IntegrationCommands",
    "IntegrationEnhancements",
    "IntegrationLinkResolvers",
    "IntegrationSidebars",
    "Integrations",
]


class Integrations(Resource[M]):
    """`client.integrations`: message integrations, one sub-resource per kind."""

    def __init__(self, runner: Any) -> None:
        super().__init__(runner)
        self.commands: IntegrationCommands[M] = IntegrationCommands(runner)
        self.enhancements: IntegrationEnhancements[M] = IntegrationEnhancements(runner)
        self.link_resolvers: IntegrationLinkResolvers[M] = IntegrationLinkResolvers(runner)
        self.sidebars: IntegrationSidebars[M] = IntegrationSidebars(runner)


class IntegrationCommands(Resource[M]):
    """`client.integrations.commands`: slash commands (visible only to your account)."""

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[IntegrationCommand]:
        """Slash commands you created, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.integrations import list_integration_commands
        from mixmax_openapi.models import IntegrationCommandPage

        return cursor_list(
            list_integration_commands, IntegrationCommandPage.from_dict, limit=limit, next=next, previous=previous
        )

    @endpoint
    def create(
        self,
        *,
        name: str | None = None,
        commands: Iterable[str] | None = None,
        parameter_placeholder: str | None = None,
        command_parameter_hints_url: str | None = None,
        command_resolver_url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[IntegrationCommand]:
        """Create a slash command; returns it. At least one field must be given.

        Args:
            name: the name shown in the command list.
            commands: the command words, e.g. ["giphy"].
            parameter_placeholder: the hint shown after the command, e.g. "[search term]".
            command_parameter_hints_url: http(s) URL Mixmax calls for typeahead suggestions.
            command_resolver_url: http(s) URL Mixmax calls to turn the command into HTML.
        """
        from mixmax_openapi.api.integrations import create_integration_command
        from mixmax_openapi.models import IntegrationCommand, IntegrationCommandInput

        fields = {
            "name": check_text(name, "name", allow_empty=False),
            "commands": _strings(commands, "commands"),
            "parameter_placeholder": check_text(parameter_placeholder, "parameter_placeholder", allow_empty=False),
            "command_parameter_hints_url": check_url(command_parameter_hints_url, "command_parameter_hints_url"),
            "command_resolver_url": check_url(command_resolver_url, "command_resolver_url"),
        }
        body = IntegrationCommandInput(**_given(fields, "a slash command"))
        return from_module(create_integration_command, model(IntegrationCommand.from_dict), body=body)

    @endpoint
    def get(self, command_id: str, **options: Unpack[RequestOptions]) -> Call[IntegrationCommand]:
        """One slash command by id."""
        from mixmax_openapi.api.integrations import get_integration_command
        from mixmax_openapi.models import IntegrationCommand

        return from_module(
            get_integration_command, model(IntegrationCommand.from_dict), id=require_id(command_id, "command_id")
        )

    @endpoint
    def delete(self, command_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Delete a slash command (any 2xx answer is success)."""
        from mixmax_openapi.api.integrations import delete_integration_command

        return from_module(delete_integration_command, no_content, id=require_id(command_id, "command_id"))


class IntegrationEnhancements(Resource[M]):
    """`client.integrations.enhancements`: enhancements (editor add-ons)."""

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[IntegrationEnhancement]:
        """Enhancements you created, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.integrations import list_integration_enhancements
        from mixmax_openapi.models import IntegrationEnhancementPage

        return cursor_list(
            list_integration_enhancements,
            IntegrationEnhancementPage.from_dict,
            limit=limit,
            next=next,
            previous=previous,
        )

    @endpoint
    def create(
        self,
        *,
        name: str | None = None,
        icon: str | None = None,
        icon_tooltip: str | None = None,
        editor_url: str | None = None,
        editor_height: float | None = None,
        editor_width: float | None = None,
        resolver_url: str | None = None,
        activate_url: str | None = None,
        commands: Iterable[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[IntegrationEnhancement]:
        """Create an enhancement; returns it. At least one field must be given.

        Args:
            name: the name shown in the enhancement menu.
            icon: the icon shown in the enhancement menu.
            icon_tooltip: the tooltip over the icon.
            editor_url: http(s) URL of the editor Mixmax opens in an iframe.
            editor_height: editor height in pixels (> 0).
            editor_width: editor width in pixels (> 0).
            resolver_url: http(s) URL Mixmax calls to turn the editor's data into HTML.
            activate_url: http(s) URL Mixmax calls when the enhancement is activated.
            commands: slash command words that open it.
        """
        from mixmax_openapi.api.integrations import create_integration_enhancement
        from mixmax_openapi.models import IntegrationEnhancement, IntegrationEnhancementInput

        fields = {
            "name": check_text(name, "name", allow_empty=False),
            "icon": check_text(icon, "icon", allow_empty=False),
            "icon_tooltip": check_text(icon_tooltip, "icon_tooltip", allow_empty=False),
            "editor_url": check_url(editor_url, "editor_url"),
            "editor_height": _number(editor_height, "editor_height", positive=True),
            "editor_width": _number(editor_width, "editor_width", positive=True),
            "resolver_url": check_url(resolver_url, "resolver_url"),
            "activate_url": check_url(activate_url, "activate_url"),
            "commands": _strings(commands, "commands"),
        }
        body = IntegrationEnhancementInput(**_given(fields, "an enhancement"))
        return from_module(create_integration_enhancement, model(IntegrationEnhancement.from_dict), body=body)

    @endpoint
    def get(self, enhancement_id: str, **options: Unpack[RequestOptions]) -> Call[IntegrationEnhancement]:
        """One enhancement by id."""
        from mixmax_openapi.api.integrations import get_integration_enhancement
        from mixmax_openapi.models import IntegrationEnhancement

        return from_module(
            get_integration_enhancement,
            model(IntegrationEnhancement.from_dict),
            id=require_id(enhancement_id, "enhancement_id"),
        )

    @endpoint
    def delete(self, enhancement_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Delete an enhancement (any 2xx answer is success)."""
        from mixmax_openapi.api.integrations import delete_integration_enhancement

        return from_module(delete_integration_enhancement, no_content, id=require_id(enhancement_id, "enhancement_id"))


class IntegrationLinkResolvers(Resource[M]):
    """`client.integrations.link_resolvers`: link resolvers (turn pasted URLs into previews)."""

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[IntegrationLinkResolver]:
        """Link resolvers you created, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.integrations import list_integration_link_resolvers
        from mixmax_openapi.models import IntegrationLinkResolverPage

        return cursor_list(
            list_integration_link_resolvers,
            IntegrationLinkResolverPage.from_dict,
            limit=limit,
            next=next,
            previous=previous,
        )

    @endpoint
    def create(
        self,
        *,
        description: str | None = None,
        regex: str | None = None,
        resolver_url: str | None = None,
        order: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[IntegrationLinkResolver]:
        """Create a link resolver; returns it. At least one field must be given.

        Args:
            description: what the resolver does.
            regex: the (JavaScript) regular expression pasted URLs are matched against, as a string.
            resolver_url: http(s) URL Mixmax calls with a matching URL to get its preview HTML.
            order: precedence when several resolvers match (a number).
        """
        from mixmax_openapi.api.integrations import create_integration_link_resolver
        from mixmax_openapi.models import IntegrationLinkResolver, IntegrationLinkResolverInput

        fields = {
            "description": check_text(description, "description", allow_empty=False),
            "regex": check_text(regex, "regex", allow_empty=False),
            "resolver_url": check_url(resolver_url, "resolver_url"),
            "order": _number(order, "order"),
        }
        body = IntegrationLinkResolverInput(**_given(fields, "a link resolver"))
        return from_module(create_integration_link_resolver, model(IntegrationLinkResolver.from_dict), body=body)

    @endpoint
    def get(self, link_resolver_id: str, **options: Unpack[RequestOptions]) -> Call[IntegrationLinkResolver]:
        """One link resolver by id."""
        from mixmax_openapi.api.integrations import get_integration_link_resolver
        from mixmax_openapi.models import IntegrationLinkResolver

        return from_module(
            get_integration_link_resolver,
            model(IntegrationLinkResolver.from_dict),
            id=require_id(link_resolver_id, "link_resolver_id"),
        )

    @endpoint
    def delete(self, link_resolver_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Delete a link resolver (any 2xx answer is success)."""
        from mixmax_openapi.api.integrations import delete_integration_link_resolver

        return from_module(
            delete_integration_link_resolver, no_content, id=require_id(link_resolver_id, "link_resolver_id")
        )


class IntegrationSidebars(Resource[M]):
    """`client.integrations.sidebars`: sidebar integrations (the npm wrapper's `api.sidebars`)."""

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[IntegrationSidebar]:
        """Sidebars you created, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.integrations import list_integration_sidebars
        from mixmax_openapi.models import IntegrationSidebarPage

        return cursor_list(
            list_integration_sidebars, IntegrationSidebarPage.from_dict, limit=limit, next=next, previous=previous
        )

    @endpoint
    def create(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        icon_html: str | None = None,
        icon_color: str | None = None,
        icon_image: str | None = None,
        icon_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[IntegrationSidebar]:
        """Create a sidebar; returns it (200 and 201 are both success). At least one field must be given.

        Args:
            name: the name shown over the sidebar.
            url: http(s) URL of the page Mixmax shows in the sidebar.
            icon_html: HTML of the sidebar's icon (sent as `iconHTML`).
            icon_color: the icon's colour, e.g. "#2d7ff9".
            icon_image: the icon's image URL.
            icon_name: the name of a built-in icon.
        """
        from mixmax_openapi.api.integrations import create_integration_sidebar
        from mixmax_openapi.models import IntegrationSidebar, IntegrationSidebarInput

        fields = {
            "name": check_text(name, "name", allow_empty=False),
            "url": check_url(url, "url"),
            "icon_html": check_text(icon_html, "icon_html", allow_empty=False),
            "icon_color": check_text(icon_color, "icon_color", allow_empty=False),
            "icon_image": check_text(icon_image, "icon_image", allow_empty=False),
            "icon_name": check_text(icon_name, "icon_name", allow_empty=False),
        }
        body = IntegrationSidebarInput(**_given(fields, "a sidebar"))
        return from_module(create_integration_sidebar, model(IntegrationSidebar.from_dict), body=body)

    @endpoint
    def get(self, sidebar_id: str, **options: Unpack[RequestOptions]) -> Call[IntegrationSidebar]:
        """One sidebar by id."""
        from mixmax_openapi.api.integrations import get_integration_sidebar
        from mixmax_openapi.models import IntegrationSidebar

        return from_module(
            get_integration_sidebar, model(IntegrationSidebar.from_dict), id=require_id(sidebar_id, "sidebar_id")
        )

    @endpoint
    def delete(self, sidebar_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Delete a sidebar (any 2xx answer is success: 200 and 204 alike)."""
        from mixmax_openapi.api.integrations import delete_integration_sidebar

        return from_module(delete_integration_sidebar, no_content, id=require_id(sidebar_id, "sidebar_id"))


def _given(fields: dict[str, Any], what: str) -> dict[str, Any]:
    """The fields that were given (None means "not given"); a create with none of them is a mistake."""
    given = {key: value for key, value in fields.items() if value is not None}
    if not given:
        raise MixmaxValidationError(f"{what} needs at least one field: pass {', '.join(fields)}")
    return given


def _number(value: object, name: str, *, positive: bool = False) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise MixmaxValidationError(f"{name} must be a finite number, not {value!r}")
    if positive and value <= 0:
        raise MixmaxValidationError(f"{name} must be greater than 0, not {value!r}")
    return value


def _strings(values: Iterable[object] | None, name: str) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str | bytes):
        raise MixmaxValidationError(f"{name} must be a list of strings, not one string")
    if not isinstance(values, Iterable):
        raise MixmaxValidationError(f"{name} must be a list of strings, not {type(values).__name__}")
    items = list(values)
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise MixmaxValidationError(f"{name}[{i}] must be a non-empty string, not {item!r}")
    return [str(item) for item in items]
