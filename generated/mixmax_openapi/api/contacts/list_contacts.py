from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_page import ContactPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    include_shared: bool | Unset = UNSET,
    expand: str | Unset = UNSET,
    with_analytics: bool | Unset = UNSET,
    dates: str | Unset = UNSET,
    timezone_offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["next"] = next_

    params["previous"] = previous

    params["sort"] = sort

    params["sortAscending"] = sort_ascending

    params["search"] = search

    params["includeShared"] = include_shared

    params["expand"] = expand

    params["withAnalytics"] = with_analytics

    params["dates"] = dates

    params["timezoneOffset"] = timezone_offset

    params["since"] = since

    params["until"] = until

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactPage | Error | None:
    if response.status_code == 200:
        response_200 = ContactPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    include_shared: bool | Unset = UNSET,
    expand: str | Unset = UNSET,
    with_analytics: bool | Unset = UNSET,
    dates: str | Unset = UNSET,
    timezone_offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ContactPage | Error]:
    """List contacts

     Your Mixmax contacts (not those shared with you through contact groups), newest first.
    Deprecated by Mixmax: still functional, not for new development.

    Args:
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):
        sort (str | Unset):
        sort_ascending (bool | Unset):
        search (str | Unset):
        include_shared (bool | Unset):
        expand (str | Unset):
        with_analytics (bool | Unset):
        dates (str | Unset):
        timezone_offset (int | Unset):
        since (int | Unset):
        until (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPage | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
        previous=previous,
        sort=sort,
        sort_ascending=sort_ascending,
        search=search,
        include_shared=include_shared,
        expand=expand,
        with_analytics=with_analytics,
        dates=dates,
        timezone_offset=timezone_offset,
        since=since,
        until=until,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    include_shared: bool | Unset = UNSET,
    expand: str | Unset = UNSET,
    with_analytics: bool | Unset = UNSET,
    dates: str | Unset = UNSET,
    timezone_offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ContactPage | Error | None:
    """List contacts

     Your Mixmax contacts (not those shared with you through contact groups), newest first.
    Deprecated by Mixmax: still functional, not for new development.

    Args:
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):
        sort (str | Unset):
        sort_ascending (bool | Unset):
        search (str | Unset):
        include_shared (bool | Unset):
        expand (str | Unset):
        with_analytics (bool | Unset):
        dates (str | Unset):
        timezone_offset (int | Unset):
        since (int | Unset):
        until (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPage | Error
    """

    return sync_detailed(
        client=client,
        limit=limit,
        next_=next_,
        previous=previous,
        sort=sort,
        sort_ascending=sort_ascending,
        search=search,
        include_shared=include_shared,
        expand=expand,
        with_analytics=with_analytics,
        dates=dates,
        timezone_offset=timezone_offset,
        since=since,
        until=until,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    include_shared: bool | Unset = UNSET,
    expand: str | Unset = UNSET,
    with_analytics: bool | Unset = UNSET,
    dates: str | Unset = UNSET,
    timezone_offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ContactPage | Error]:
    """List contacts

     Your Mixmax contacts (not those shared with you through contact groups), newest first.
    Deprecated by Mixmax: still functional, not for new development.

    Args:
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):
        sort (str | Unset):
        sort_ascending (bool | Unset):
        search (str | Unset):
        include_shared (bool | Unset):
        expand (str | Unset):
        with_analytics (bool | Unset):
        dates (str | Unset):
        timezone_offset (int | Unset):
        since (int | Unset):
        until (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPage | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
        previous=previous,
        sort=sort,
        sort_ascending=sort_ascending,
        search=search,
        include_shared=include_shared,
        expand=expand,
        with_analytics=with_analytics,
        dates=dates,
        timezone_offset=timezone_offset,
        since=since,
        until=until,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    include_shared: bool | Unset = UNSET,
    expand: str | Unset = UNSET,
    with_analytics: bool | Unset = UNSET,
    dates: str | Unset = UNSET,
    timezone_offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ContactPage | Error | None:
    """List contacts

     Your Mixmax contacts (not those shared with you through contact groups), newest first.
    Deprecated by Mixmax: still functional, not for new development.

    Args:
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):
        sort (str | Unset):
        sort_ascending (bool | Unset):
        search (str | Unset):
        include_shared (bool | Unset):
        expand (str | Unset):
        with_analytics (bool | Unset):
        dates (str | Unset):
        timezone_offset (int | Unset):
        since (int | Unset):
        until (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            next_=next_,
            previous=previous,
            sort=sort,
            sort_ascending=sort_ascending,
            search=search,
            include_shared=include_shared,
            expand=expand,
            with_analytics=with_analytics,
            dates=dates,
            timezone_offset=timezone_offset,
            since=since,
            until=until,
            fields=fields,
        )
    ).parsed
