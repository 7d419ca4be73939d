from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.salesforce_contact_or_lead import SalesforceContactOrLead
from ...types import UNSET, Response


def _get_kwargs(
    *,
    email: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/salesforce/contactOrLead",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SalesforceContactOrLead | None:
    if response.status_code == 200:
        response_200 = SalesforceContactOrLead.from_dict(response.json())

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
) -> Response[Error | SalesforceContactOrLead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Response[Error | SalesforceContactOrLead]:
    """Find a Salesforce contact or lead by email

     Everything Salesforce knows about the Contact or Lead with this email: the contact or lead, its
    account and opportunities (contacts only), and its open and closed tasks. The parameter's name
    is not shown on the archived vendor page; `email` is inferred from "knowing only its email".

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SalesforceContactOrLead]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Error | SalesforceContactOrLead | None:
    """Find a Salesforce contact or lead by email

     Everything Salesforce knows about the Contact or Lead with this email: the contact or lead, its
    account and opportunities (contacts only), and its open and closed tasks. The parameter's name
    is not shown on the archived vendor page; `email` is inferred from "knowing only its email".

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SalesforceContactOrLead
    """

    return sync_detailed(
        client=client,
        email=email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Response[Error | SalesforceContactOrLead]:
    """Find a Salesforce contact or lead by email

     Everything Salesforce knows about the Contact or Lead with this email: the contact or lead, its
    account and opportunities (contacts only), and its open and closed tasks. The parameter's name
    is not shown on the archived vendor page; `email` is inferred from "knowing only its email".

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SalesforceContactOrLead]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Error | SalesforceContactOrLead | None:
    """Find a Salesforce contact or lead by email

     Everything Salesforce knows about the Contact or Lead with this email: the contact or lead, its
    account and opportunities (contacts only), and its open and closed tasks. The parameter's name
    is not shown on the archived vendor page; `email` is inferred from "knowing only its email".

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SalesforceContactOrLead
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
        )
    ).parsed
