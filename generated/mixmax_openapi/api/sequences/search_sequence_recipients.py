from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sequence_recipient_search_result import SequenceRecipientSearchResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    recipients: list[str],
    sequence_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_recipients = recipients

    params["recipients"] = json_recipients

    params["sequenceId"] = sequence_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sequences/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SequenceRecipientSearchResult | None:
    if response.status_code == 200:
        response_200 = SequenceRecipientSearchResult.from_dict(response.json())

        return response_200

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
) -> Response[Error | SequenceRecipientSearchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    recipients: list[str],
    sequence_id: str | Unset = UNSET,
) -> Response[Error | SequenceRecipientSearchResult]:
    """Find sequence recipients by email

     Finds the sequence recipients with the given addresses (a third-party mock; low confidence).

    Args:
        recipients (list[str]):
        sequence_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SequenceRecipientSearchResult]
    """

    kwargs = _get_kwargs(
        recipients=recipients,
        sequence_id=sequence_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    recipients: list[str],
    sequence_id: str | Unset = UNSET,
) -> Error | SequenceRecipientSearchResult | None:
    """Find sequence recipients by email

     Finds the sequence recipients with the given addresses (a third-party mock; low confidence).

    Args:
        recipients (list[str]):
        sequence_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SequenceRecipientSearchResult
    """

    return sync_detailed(
        client=client,
        recipients=recipients,
        sequence_id=sequence_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    recipients: list[str],
    sequence_id: str | Unset = UNSET,
) -> Response[Error | SequenceRecipientSearchResult]:
    """Find sequence recipients by email

     Finds the sequence recipients with the given addresses (a third-party mock; low confidence).

    Args:
        recipients (list[str]):
        sequence_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SequenceRecipientSearchResult]
    """

    kwargs = _get_kwargs(
        recipients=recipients,
        sequence_id=sequence_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    recipients: list[str],
    sequence_id: str | Unset = UNSET,
) -> Error | SequenceRecipientSearchResult | None:
    """Find sequence recipients by email

     Finds the sequence recipients with the given addresses (a third-party mock; low confidence).

    Args:
        recipients (list[str]):
        sequence_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SequenceRecipientSearchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            recipients=recipients,
            sequence_id=sequence_id,
        )
    ).parsed
