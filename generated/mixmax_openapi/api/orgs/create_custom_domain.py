from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_domain import CustomDomain
from ...models.custom_domain_input import CustomDomainInput
from ...models.custom_domain_type import CustomDomainType
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    type_: CustomDomainType,
    *,
    body: CustomDomainInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orgs/me/custom-domains/{type_}".format(
            type_=quote(str(type_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomDomain | Error | None:
    if response.status_code == 200:
        response_200 = CustomDomain.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CustomDomain.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomDomain | Error]:
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
    body: CustomDomainInput,
) -> Response[CustomDomain | Error]:
    """Set a custom domain

     Sets the organisation's custom domain of this type. The npm wrapper accepts only 201; any 2xx is
    success.

    Args:
        type_ (CustomDomainType): Which custom domain (checked before any request).
        body (CustomDomainInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomDomain | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: CustomDomainType,
    *,
    client: AuthenticatedClient | Client,
    body: CustomDomainInput,
) -> CustomDomain | Error | None:
    """Set a custom domain

     Sets the organisation's custom domain of this type. The npm wrapper accepts only 201; any 2xx is
    success.

    Args:
        type_ (CustomDomainType): Which custom domain (checked before any request).
        body (CustomDomainInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomDomain | Error
    """

    return sync_detailed(
        type_=type_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    type_: CustomDomainType,
    *,
    client: AuthenticatedClient | Client,
    body: CustomDomainInput,
) -> Response[CustomDomain | Error]:
    """Set a custom domain

     Sets the organisation's custom domain of this type. The npm wrapper accepts only 201; any 2xx is
    success.

    Args:
        type_ (CustomDomainType): Which custom domain (checked before any request).
        body (CustomDomainInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomDomain | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: CustomDomainType,
    *,
    client: AuthenticatedClient | Client,
    body: CustomDomainInput,
) -> CustomDomain | Error | None:
    """Set a custom domain

     Sets the organisation's custom domain of this type. The npm wrapper accepts only 201; any 2xx is
    success.

    Args:
        type_ (CustomDomainType): Which custom domain (checked before any request).
        body (CustomDomainInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomDomain | Error
    """

    return (
        await asyncio_detailed(
            type_=type_,
            client=client,
            body=body,
        )
    ).parsed
