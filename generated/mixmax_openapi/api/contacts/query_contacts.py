from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_query_result import ContactQueryResult
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    include_salesforce_contacts: bool | Unset = UNSET,
    include_salesforce_accounts: bool | Unset = UNSET,
    include_salesforce_opportunities: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["includeSalesforceContacts"] = include_salesforce_contacts

    params["includeSalesforceAccounts"] = include_salesforce_accounts

    params["includeSalesforceOpportunities"] = include_salesforce_opportunities

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactQueryResult | Error | None:
    if response.status_code == 200:
        response_200 = ContactQueryResult.from_dict(response.json())

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
) -> Response[ContactQueryResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    include_salesforce_contacts: bool | Unset = UNSET,
    include_salesforce_accounts: bool | Unset = UNSET,
    include_salesforce_opportunities: bool | Unset = UNSET,
) -> Response[ContactQueryResult | Error]:
    """Search contacts across sources

     Searches Mixmax contacts, the Google directory and Salesforce (contacts, leads, accounts,
    opportunities). Conflict, unresolved: the vendor-derived description (AE) says POST without
    naming parameters; Pipedream's code sends GET with these query parameters. POST with query
    parameters (kept because the facade and its cassette use it) matches neither source exactly,
    hence low confidence. The response is not documented.

    Args:
        q (str):
        include_salesforce_contacts (bool | Unset):
        include_salesforce_accounts (bool | Unset):
        include_salesforce_opportunities (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactQueryResult | Error]
    """

    kwargs = _get_kwargs(
        q=q,
        include_salesforce_contacts=include_salesforce_contacts,
        include_salesforce_accounts=include_salesforce_accounts,
        include_salesforce_opportunities=include_salesforce_opportunities,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    include_salesforce_contacts: bool | Unset = UNSET,
    include_salesforce_accounts: bool | Unset = UNSET,
    include_salesforce_opportunities: bool | Unset = UNSET,
) -> ContactQueryResult | Error | None:
    """Search contacts across sources

     Searches Mixmax contacts, the Google directory and Salesforce (contacts, leads, accounts,
    opportunities). Conflict, unresolved: the vendor-derived description (AE) says POST without
    naming parameters; Pipedream's code sends GET with these query parameters. POST with query
    parameters (kept because the facade and its cassette use it) matches neither source exactly,
    hence low confidence. The response is not documented.

    Args:
        q (str):
        include_salesforce_contacts (bool | Unset):
        include_salesforce_accounts (bool | Unset):
        include_salesforce_opportunities (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactQueryResult | Error
    """

    return sync_detailed(
        client=client,
        q=q,
        include_salesforce_contacts=include_salesforce_contacts,
        include_salesforce_accounts=include_salesforce_accounts,
        include_salesforce_opportunities=include_salesforce_opportunities,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    include_salesforce_contacts: bool | Unset = UNSET,
    include_salesforce_accounts: bool | Unset = UNSET,
    include_salesforce_opportunities: bool | Unset = UNSET,
) -> Response[ContactQueryResult | Error]:
    """Search contacts across sources

     Searches Mixmax contacts, the Google directory and Salesforce (contacts, leads, accounts,
    opportunities). Conflict, unresolved: the vendor-derived description (AE) says POST without
    naming parameters; Pipedream's code sends GET with these query parameters. POST with query
    parameters (kept because the facade and its cassette use it) matches neither source exactly,
    hence low confidence. The response is not documented.

    Args:
        q (str):
        include_salesforce_contacts (bool | Unset):
        include_salesforce_accounts (bool | Unset):
        include_salesforce_opportunities (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactQueryResult | Error]
    """

    kwargs = _get_kwargs(
        q=q,
        include_salesforce_contacts=include_salesforce_contacts,
        include_salesforce_accounts=include_salesforce_accounts,
        include_salesforce_opportunities=include_salesforce_opportunities,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    include_salesforce_contacts: bool | Unset = UNSET,
    include_salesforce_accounts: bool | Unset = UNSET,
    include_salesforce_opportunities: bool | Unset = UNSET,
) -> ContactQueryResult | Error | None:
    """Search contacts across sources

     Searches Mixmax contacts, the Google directory and Salesforce (contacts, leads, accounts,
    opportunities). Conflict, unresolved: the vendor-derived description (AE) says POST without
    naming parameters; Pipedream's code sends GET with these query parameters. POST with query
    parameters (kept because the facade and its cassette use it) matches neither source exactly,
    hence low confidence. The response is not documented.

    Args:
        q (str):
        include_salesforce_contacts (bool | Unset):
        include_salesforce_accounts (bool | Unset):
        include_salesforce_opportunities (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactQueryResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            include_salesforce_contacts=include_salesforce_contacts,
            include_salesforce_accounts=include_salesforce_accounts,
            include_salesforce_opportunities=include_salesforce_opportunities,
        )
    ).parsed
