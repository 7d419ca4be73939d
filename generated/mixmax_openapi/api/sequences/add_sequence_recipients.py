from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_recipients_request import AddRecipientsRequest
from ...models.add_recipients_response import AddRecipientsResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: AddRecipientsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sequences/{id}/recipients".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddRecipientsResponse | Error | None:
    if response.status_code == 200:
        response_200 = AddRecipientsResponse.from_dict(response.json())

        return response_200

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
) -> Response[AddRecipientsResponse | Error]:
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
    body: AddRecipientsRequest,
) -> Response[AddRecipientsResponse | Error]:
    """Add recipients to a sequence

     Adds recipients (no contact needs to exist first). Answers 200 with one status per recipient:
    a partial failure is reported per row, not as an HTTP error. Addresses already in the
    sequence come back `duplicated`; duplicates and unsubscribes are matched case-sensitively.

    Args:
        id (str):
        body (AddRecipientsRequest):  Example: {'recipients': [{'email': 'hello@mixmax.com',
            'variables': {'name': 'Hugo Brockman', 'email': 'hello@mixmax.com'}, 'scheduledAt':
            1700000000000}], 'scheduledAt': 1700000000000, 'enrich': True, 'allowMissingVariables':
            False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddRecipientsResponse | Error]
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
    body: AddRecipientsRequest,
) -> AddRecipientsResponse | Error | None:
    """Add recipients to a sequence

     Adds recipients (no contact needs to exist first). Answers 200 with one status per recipient:
    a partial failure is reported per row, not as an HTTP error. Addresses already in the
    sequence come back `duplicated`; duplicates and unsubscribes are matched case-sensitively.

    Args:
        id (str):
        body (AddRecipientsRequest):  Example: {'recipients': [{'email': 'hello@mixmax.com',
            'variables': {'name': 'Hugo Brockman', 'email': 'hello@mixmax.com'}, 'scheduledAt':
            1700000000000}], 'scheduledAt': 1700000000000, 'enrich': True, 'allowMissingVariables':
            False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddRecipientsResponse | Error
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
    body: AddRecipientsRequest,
) -> Response[AddRecipientsResponse | Error]:
    """Add recipients to a sequence

     Adds recipients (no contact needs to exist first). Answers 200 with one status per recipient:
    a partial failure is reported per row, not as an HTTP error. Addresses already in the
    sequence come back `duplicated`; duplicates and unsubscribes are matched case-sensitively.

    Args:
        id (str):
        body (AddRecipientsRequest):  Example: {'recipients': [{'email': 'hello@mixmax.com',
            'variables': {'name': 'Hugo Brockman', 'email': 'hello@mixmax.com'}, 'scheduledAt':
            1700000000000}], 'scheduledAt': 1700000000000, 'enrich': True, 'allowMissingVariables':
            False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddRecipientsResponse | Error]
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
    body: AddRecipientsRequest,
) -> AddRecipientsResponse | Error | None:
    """Add recipients to a sequence

     Adds recipients (no contact needs to exist first). Answers 200 with one status per recipient:
    a partial failure is reported per row, not as an HTTP error. Addresses already in the
    sequence come back `duplicated`; duplicates and unsubscribes are matched case-sensitively.

    Args:
        id (str):
        body (AddRecipientsRequest):  Example: {'recipients': [{'email': 'hello@mixmax.com',
            'variables': {'name': 'Hugo Brockman', 'email': 'hello@mixmax.com'}, 'scheduledAt':
            1700000000000}], 'scheduledAt': 1700000000000, 'enrich': True, 'allowMissingVariables':
            False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddRecipientsResponse | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
