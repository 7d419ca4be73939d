from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.integration_sidebar import IntegrationSidebar
from ...models.integration_sidebar_input import IntegrationSidebarInput
from ...types import Response


def _get_kwargs(
    *,
    body: IntegrationSidebarInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integrations/sidebars",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IntegrationSidebar | None:
    if response.status_code == 200:
        response_200 = IntegrationSidebar.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = IntegrationSidebar.from_dict(response.json())

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
) -> Response[Error | IntegrationSidebar]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationSidebarInput,
) -> Response[Error | IntegrationSidebar]:
    """Create a sidebar

     Creates a sidebar integration. The npm wrapper accepts only 200; any 2xx is success.

    Args:
        body (IntegrationSidebarInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IntegrationSidebar]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationSidebarInput,
) -> Error | IntegrationSidebar | None:
    """Create a sidebar

     Creates a sidebar integration. The npm wrapper accepts only 200; any 2xx is success.

    Args:
        body (IntegrationSidebarInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IntegrationSidebar
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationSidebarInput,
) -> Response[Error | IntegrationSidebar]:
    """Create a sidebar

     Creates a sidebar integration. The npm wrapper accepts only 200; any 2xx is success.

    Args:
        body (IntegrationSidebarInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IntegrationSidebar]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationSidebarInput,
) -> Error | IntegrationSidebar | None:
    """Create a sidebar

     Creates a sidebar integration. The npm wrapper accepts only 200; any 2xx is success.

    Args:
        body (IntegrationSidebarInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IntegrationSidebar
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
