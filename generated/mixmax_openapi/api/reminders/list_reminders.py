from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reminder_page import ReminderPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service: str | Unset = UNSET,
    service_message_id: str | Unset = UNSET,
    service_thread_id: str | Unset = UNSET,
    mixmax_message_id: str | Unset = UNSET,
    dismissed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service"] = service

    params["serviceMessageId"] = service_message_id

    params["serviceThreadId"] = service_thread_id

    params["mixmaxMessageId"] = mixmax_message_id

    params["dismissed"] = dismissed

    params["limit"] = limit

    params["next"] = next_

    params["previous"] = previous

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reminders",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReminderPage | None:
    if response.status_code == 200:
        response_200 = ReminderPage.from_dict(response.json())

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
) -> Response[Error | ReminderPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service: str | Unset = UNSET,
    service_message_id: str | Unset = UNSET,
    service_thread_id: str | Unset = UNSET,
    mixmax_message_id: str | Unset = UNSET,
    dismissed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[Error | ReminderPage]:
    """List reminders

     Your follow-up reminders, optionally filtered by the message or thread they belong to.

    Args:
        service (str | Unset):
        service_message_id (str | Unset):
        service_thread_id (str | Unset):
        mixmax_message_id (str | Unset):
        dismissed (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReminderPage]
    """

    kwargs = _get_kwargs(
        service=service,
        service_message_id=service_message_id,
        service_thread_id=service_thread_id,
        mixmax_message_id=mixmax_message_id,
        dismissed=dismissed,
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
    service: str | Unset = UNSET,
    service_message_id: str | Unset = UNSET,
    service_thread_id: str | Unset = UNSET,
    mixmax_message_id: str | Unset = UNSET,
    dismissed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Error | ReminderPage | None:
    """List reminders

     Your follow-up reminders, optionally filtered by the message or thread they belong to.

    Args:
        service (str | Unset):
        service_message_id (str | Unset):
        service_thread_id (str | Unset):
        mixmax_message_id (str | Unset):
        dismissed (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReminderPage
    """

    return sync_detailed(
        client=client,
        service=service,
        service_message_id=service_message_id,
        service_thread_id=service_thread_id,
        mixmax_message_id=mixmax_message_id,
        dismissed=dismissed,
        limit=limit,
        next_=next_,
        previous=previous,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service: str | Unset = UNSET,
    service_message_id: str | Unset = UNSET,
    service_thread_id: str | Unset = UNSET,
    mixmax_message_id: str | Unset = UNSET,
    dismissed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[Error | ReminderPage]:
    """List reminders

     Your follow-up reminders, optionally filtered by the message or thread they belong to.

    Args:
        service (str | Unset):
        service_message_id (str | Unset):
        service_thread_id (str | Unset):
        mixmax_message_id (str | Unset):
        dismissed (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReminderPage]
    """

    kwargs = _get_kwargs(
        service=service,
        service_message_id=service_message_id,
        service_thread_id=service_thread_id,
        mixmax_message_id=mixmax_message_id,
        dismissed=dismissed,
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service: str | Unset = UNSET,
    service_message_id: str | Unset = UNSET,
    service_thread_id: str | Unset = UNSET,
    mixmax_message_id: str | Unset = UNSET,
    dismissed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Error | ReminderPage | None:
    """List reminders

     Your follow-up reminders, optionally filtered by the message or thread they belong to.

    Args:
        service (str | Unset):
        service_message_id (str | Unset):
        service_thread_id (str | Unset):
        mixmax_message_id (str | Unset):
        dismissed (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReminderPage
    """

    return (
        await asyncio_detailed(
            client=client,
            service=service,
            service_message_id=service_message_id,
            service_thread_id=service_thread_id,
            mixmax_message_id=mixmax_message_id,
            dismissed=dismissed,
            limit=limit,
            next_=next_,
            previous=previous,
        )
    ).parsed
