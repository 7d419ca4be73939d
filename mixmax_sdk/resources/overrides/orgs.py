"""Overrides for `client.orgs.custom_domains`: a checked domain type and DNS name, and a 204 meaning "none"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack

from ..._call import Call, from_module, no_content, optional_model
from ..._resource import M, RequestOptions, Resource, endpoint
from ...errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.models import CustomDomain

CustomDomainType = Literal["calendar", "tracking"]


"""Which custom domain: "calendar" (meeting pages) or "tracking" (link and open tracking)."""


_DOMAIN_TYPES: tuple[CustomDomainType, ...] = ("calendar", "tracking")


class CustomDomainsOverrides(Resource[M]):
    """Overrides of `CustomDomains` (the generated class inherits them)."""

    @endpoint
    def get(self, type: CustomDomainType, **options: Unpack[RequestOptions]) -> Call[CustomDomain | None]:
        """The custom domain of this type, or None when none is set (the API answers 204).

        Args:
            type: "calendar" or "tracking".
        """
        from mixmax_openapi.api.orgs import get_custom_domain
        from mixmax_openapi.models import CustomDomain

        return from_module(get_custom_domain, optional_model(CustomDomain.from_dict), type_=_domain_type(type))

    @endpoint
    def set(self, type: CustomDomainType, domain: str, **options: Unpack[RequestOptions]) -> Call[CustomDomain | None]:
        """Set the custom domain of this type (any 2xx answer is success, 201 included).

        Returns the domain as the API echoes it, or None when it answers without a body.

        Args:
            type: "calendar" or "tracking".
            domain: the DNS name, e.g. "links.example.com" (no scheme, no path).
        """
        from mixmax_openapi.api.orgs import create_custom_domain
        from mixmax_openapi.models import CustomDomain, CustomDomainInput

        kind = _domain_type(type)
        return from_module(
            create_custom_domain,
            optional_model(CustomDomain.from_dict),
            type_=kind,
            body=CustomDomainInput(domain=_dns_name(domain)),
        )

    @endpoint
    def delete(self, type: CustomDomainType, **options: Unpack[RequestOptions]) -> Call[None]:
        """Remove the custom domain of this type (any 2xx answer is success, 204 included).

        Args:
            type: "calendar" or "tracking".
        """
        from mixmax_openapi.api.orgs import delete_custom_domain

        return from_module(delete_custom_domain, no_content, type_=_domain_type(type))


def _domain_type(value: object) -> CustomDomainType:
    for kind in _DOMAIN_TYPES:
        if value == kind and isinstance(value, str):
            return kind
    raise MixmaxValidationError(f"type must be one of {', '.join(map(repr, _DOMAIN_TYPES))}, not {value!r}")


def _dns_name(value: object) -> str:
    if not isinstance(value, str):
        raise MixmaxValidationError(f"domain must be a string, not {type(value).__name__}")
    if not value.strip():
        raise MixmaxValidationError("domain must not be empty")
    if any(c.isspace() for c in value) or "/" in value:
        raise MixmaxValidationError(f"domain must be a bare DNS name like 'links.example.com', not {value!r}")
    return value
