import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.corporate_action_announcement import CorporateActionAnnouncement
from ...models.corporate_action_date_type import CorporateActionDateType
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ca_types: str,
    since: datetime.date,
    until: datetime.date,
    symbol: str | Unset = UNSET,
    cusip: str | Unset = UNSET,
    date_type: CorporateActionDateType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ca_types"] = ca_types

    json_since = since.isoformat()
    params["since"] = json_since

    json_until = until.isoformat()
    params["until"] = json_until

    params["symbol"] = symbol

    params["cusip"] = cusip

    json_date_type: str | Unset = UNSET
    if not isinstance(date_type, Unset):
        json_date_type = date_type.value

    params["date_type"] = json_date_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/corporate_actions/announcements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CorporateActionAnnouncement] | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.array(
            lambda value0, key0: parsing.model(CorporateActionAnnouncement.from_dict, value0, key0),
            body,
            "",
        )

    if response.status_code == 400:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 401:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 403:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 422:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 429:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 500:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[CorporateActionAnnouncement]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ca_types: str,
    since: datetime.date,
    until: datetime.date,
    symbol: str | Unset = UNSET,
    cusip: str | Unset = UNSET,
    date_type: CorporateActionDateType | Unset = UNSET,
) -> Response[Error | list[CorporateActionAnnouncement]]:
    """List corporate action announcements

     Announcements in a date range of at most 90 days. Alpaca points to the market data corporate actions
    endpoint instead.

    Args:
        ca_types (str):
        since (datetime.date):
        until (datetime.date):
        symbol (str | Unset):
        cusip (str | Unset):
        date_type (CorporateActionDateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CorporateActionAnnouncement]]
    """

    kwargs = _get_kwargs(
        ca_types=ca_types,
        since=since,
        until=until,
        symbol=symbol,
        cusip=cusip,
        date_type=date_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ca_types: str,
    since: datetime.date,
    until: datetime.date,
    symbol: str | Unset = UNSET,
    cusip: str | Unset = UNSET,
    date_type: CorporateActionDateType | Unset = UNSET,
) -> Error | list[CorporateActionAnnouncement] | None:
    """List corporate action announcements

     Announcements in a date range of at most 90 days. Alpaca points to the market data corporate actions
    endpoint instead.

    Args:
        ca_types (str):
        since (datetime.date):
        until (datetime.date):
        symbol (str | Unset):
        cusip (str | Unset):
        date_type (CorporateActionDateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CorporateActionAnnouncement]
    """

    return sync_detailed(
        client=client,
        ca_types=ca_types,
        since=since,
        until=until,
        symbol=symbol,
        cusip=cusip,
        date_type=date_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ca_types: str,
    since: datetime.date,
    until: datetime.date,
    symbol: str | Unset = UNSET,
    cusip: str | Unset = UNSET,
    date_type: CorporateActionDateType | Unset = UNSET,
) -> Response[Error | list[CorporateActionAnnouncement]]:
    """List corporate action announcements

     Announcements in a date range of at most 90 days. Alpaca points to the market data corporate actions
    endpoint instead.

    Args:
        ca_types (str):
        since (datetime.date):
        until (datetime.date):
        symbol (str | Unset):
        cusip (str | Unset):
        date_type (CorporateActionDateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CorporateActionAnnouncement]]
    """

    kwargs = _get_kwargs(
        ca_types=ca_types,
        since=since,
        until=until,
        symbol=symbol,
        cusip=cusip,
        date_type=date_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ca_types: str,
    since: datetime.date,
    until: datetime.date,
    symbol: str | Unset = UNSET,
    cusip: str | Unset = UNSET,
    date_type: CorporateActionDateType | Unset = UNSET,
) -> Error | list[CorporateActionAnnouncement] | None:
    """List corporate action announcements

     Announcements in a date range of at most 90 days. Alpaca points to the market data corporate actions
    endpoint instead.

    Args:
        ca_types (str):
        since (datetime.date):
        until (datetime.date):
        symbol (str | Unset):
        cusip (str | Unset):
        date_type (CorporateActionDateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CorporateActionAnnouncement]
    """

    return (
        await asyncio_detailed(
            client=client,
            ca_types=ca_types,
            since=since,
            until=until,
            symbol=symbol,
            cusip=cusip,
            date_type=date_type,
        )
    ).parsed
