from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sequence_recipient import SequenceRecipient
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_variables: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["includeVariables"] = include_variables

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sequences/{id}/recipients".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[SequenceRecipient] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SequenceRecipient.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[SequenceRecipient]]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_variables: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | list[SequenceRecipient]]:
    """List a sequence's recipients

     Activated recipients (drafts excluded). Unlike other collections this answers a **bare array**
    and pages with `limit` (at most 50) and `offset`; the window is capped at 10,000 records
    (`offset + limit <= 10000`). Analytics source, sort field and sort direction exist but their
    names are not shown on the vendor page; `sort` is inferred.

    Args:
        id (str):
        limit (int | Unset):
        offset (int | Unset):
        include_variables (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SequenceRecipient]]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        include_variables=include_variables,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_variables: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Error | list[SequenceRecipient] | None:
    """List a sequence's recipients

     Activated recipients (drafts excluded). Unlike other collections this answers a **bare array**
    and pages with `limit` (at most 50) and `offset`; the window is capped at 10,000 records
    (`offset + limit <= 10000`). Analytics source, sort field and sort direction exist but their
    names are not shown on the vendor page; `sort` is inferred.

    Args:
        id (str):
        limit (int | Unset):
        offset (int | Unset):
        include_variables (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SequenceRecipient]
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        offset=offset,
        include_variables=include_variables,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_variables: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | list[SequenceRecipient]]:
    """List a sequence's recipients

     Activated recipients (drafts excluded). Unlike other collections this answers a **bare array**
    and pages with `limit` (at most 50) and `offset`; the window is capped at 10,000 records
    (`offset + limit <= 10000`). Analytics source, sort field and sort direction exist but their
    names are not shown on the vendor page; `sort` is inferred.

    Args:
        id (str):
        limit (int | Unset):
        offset (int | Unset):
        include_variables (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SequenceRecipient]]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        include_variables=include_variables,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_variables: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Error | list[SequenceRecipient] | None:
    """List a sequence's recipients

     Activated recipients (drafts excluded). Unlike other collections this answers a **bare array**
    and pages with `limit` (at most 50) and `offset`; the window is capped at 10,000 records
    (`offset + limit <= 10000`). Analytics source, sort field and sort direction exist but their
    names are not shown on the vendor page; `sort` is inferred.

    Args:
        id (str):
        limit (int | Unset):
        offset (int | Unset):
        include_variables (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SequenceRecipient]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            offset=offset,
            include_variables=include_variables,
            sort=sort,
        )
    ).parsed
