from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_domain import CustomDomain
from ...models.custom_domain_type import CustomDomainType
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    type_: CustomDomainType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/me/custom-domains/{type_}".format(
            type_=quote(str(type_), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomDomain | Error | None:
    if response.status_code == 200:
        response_200 = CustomDomain.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CustomDomain | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: CustomDomainType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | CustomDomain | Error]:
    """Get a custom domain

     Your organisation's custom calendar or tracking domain; 204 when none is set.

    Args:
        type_ (CustomDomainType): Which custom domain (checked before any request).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomDomain | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: CustomDomainType,
    *,
    client: AuthenticatedClient | Client,
) -> Any | CustomDomain | Error | None:
    """Get a custom domain

     Your organisation's custom calendar or tracking domain; 204 when none is set.

    Args:
        type_ (CustomDomainType): Which custom domain (checked before any request).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomDomain | Error
    """

    return sync_detailed(
        type_=type_,
        client=client,
    ).parsed


async def asyncio_detailed(
    type_: CustomDomainType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | CustomDomain | Error]:
    """Get a custom domain

     Your organisation's custom calendar or tracking domain; 204 when none is set.

    Args:
        type_ (CustomDomainType): Which custom domain (checked before any request).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomDomain | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: CustomDomainType,
    *,
    client: AuthenticatedClient | Client,
) -> Any | CustomDomain | Error | None:
    """Get a custom domain

     Your organisation's custom calendar or tracking domain; 204 when none is set.

    Args:
        type_ (CustomDomainType): Which custom domain (checked before any request).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomDomain | Error
    """

    return (
        await asyncio_detailed(
            type_=type_,
            client=client,
        )
    ).parsed
