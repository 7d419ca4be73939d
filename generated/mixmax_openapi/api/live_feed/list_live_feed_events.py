from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.live_feed_event_page import LiveFeedEventPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    message_id: str,
    was_sent_via_mixmax: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["messageId"] = message_id

    params["wasSentViaMixmax"] = was_sent_via_mixmax

    params["limit"] = limit

    params["next"] = next_

    params["previous"] = previous

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/livefeed/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LiveFeedEventPage | None:
    if response.status_code == 200:
        response_200 = LiveFeedEventPage.from_dict(response.json())

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
) -> Response[Error | LiveFeedEventPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: str,
    was_sent_via_mixmax: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[Error | LiveFeedEventPage]:
    """List a message's tracking events

     Tracking events (opens, clicks, downloads, replies, ...) of one live-feed message, capped at 200.
    The selector's name is not shown on the vendor page; PostHog's Mixmax connector (OT) sends
    `messageId` and `wasSentViaMixmax=true`.

    Args:
        message_id (str):
        was_sent_via_mixmax (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LiveFeedEventPage]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        was_sent_via_mixmax=was_sent_via_mixmax,
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    message_id: str,
    was_sent_via_mixmax: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Error | LiveFeedEventPage | None:
    """List a message's tracking events

     Tracking events (opens, clicks, downloads, replies, ...) of one live-feed message, capped at 200.
    The selector's name is not shown on the vendor page; PostHog's Mixmax connector (OT) sends
    `messageId` and `wasSentViaMixmax=true`.

    Args:
        message_id (str):
        was_sent_via_mixmax (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LiveFeedEventPage
    """

    return sync_detailed(
        client=client,
        message_id=message_id,
        was_sent_via_mixmax=was_sent_via_mixmax,
        limit=limit,
        next_=next_,
        previous=previous,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: str,
    was_sent_via_mixmax: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[Error | LiveFeedEventPage]:
    """List a message's tracking events

     Tracking events (opens, clicks, downloads, replies, ...) of one live-feed message, capped at 200.
    The selector's name is not shown on the vendor page; PostHog's Mixmax connector (OT) sends
    `messageId` and `wasSentViaMixmax=true`.

    Args:
        message_id (str):
        was_sent_via_mixmax (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LiveFeedEventPage]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        was_sent_via_mixmax=was_sent_via_mixmax,
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    message_id: str,
    was_sent_via_mixmax: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Error | LiveFeedEventPage | None:
    """List a message's tracking events

     Tracking events (opens, clicks, downloads, replies, ...) of one live-feed message, capped at 200.
    The selector's name is not shown on the vendor page; PostHog's Mixmax connector (OT) sends
    `messageId` and `wasSentViaMixmax=true`.

    Args:
        message_id (str):
        was_sent_via_mixmax (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LiveFeedEventPage
    """

    return (
        await asyncio_detailed(
            client=client,
            message_id=message_id,
            was_sent_via_mixmax=was_sent_via_mixmax,
            limit=limit,
            next_=next_,
            previous=previous,
        )
    ).parsed
