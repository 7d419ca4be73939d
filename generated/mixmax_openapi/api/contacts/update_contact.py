from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_update import ContactUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ContactUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/contacts/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Contact | Error | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

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
) -> Response[Any | Contact | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdate,
) -> Response[Any | Contact | Error]:
    """Update a contact

     Changes the given fields. Conflict: the vendor-derived description (AE) says PUT, while every
    client that sends the request (GO, Pipedream, the npm wrapper's intent) uses PATCH; the docs
    accept bodies on both verbs. PATCH is kept, with medium confidence, until a live call settles it.

    Args:
        id (str):
        body (ContactUpdate): Contact fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Contact | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdate,
) -> Any | Contact | Error | None:
    """Update a contact

     Changes the given fields. Conflict: the vendor-derived description (AE) says PUT, while every
    client that sends the request (GO, Pipedream, the npm wrapper's intent) uses PATCH; the docs
    accept bodies on both verbs. PATCH is kept, with medium confidence, until a live call settles it.

    Args:
        id (str):
        body (ContactUpdate): Contact fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Contact | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdate,
) -> Response[Any | Contact | Error]:
    """Update a contact

     Changes the given fields. Conflict: the vendor-derived description (AE) says PUT, while every
    client that sends the request (GO, Pipedream, the npm wrapper's intent) uses PATCH; the docs
    accept bodies on both verbs. PATCH is kept, with medium confidence, until a live call settles it.

    Args:
        id (str):
        body (ContactUpdate): Contact fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Contact | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdate,
) -> Any | Contact | Error | None:
    """Update a contact

     Changes the given fields. Conflict: the vendor-derived description (AE) says PUT, while every
    client that sends the request (GO, Pipedream, the npm wrapper's intent) uses PATCH; the docs
    accept bodies on both verbs. PATCH is kept, with medium confidence, until a live call settles it.

    Args:
        id (str):
        body (ContactUpdate): Contact fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Contact | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
