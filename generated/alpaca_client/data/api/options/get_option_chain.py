import datetime
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.option_feed import OptionFeed
from ...models.option_snapshots_response import OptionSnapshotsResponse
from ...models.option_type import OptionType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    underlying_symbol: str,
    *,
    feed: OptionFeed | Unset = UNSET,
    limit: int | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_feed: str | Unset = UNSET
    if not isinstance(feed, Unset):
        json_feed = feed.value

    params["feed"] = json_feed

    params["limit"] = limit

    params["updated_since"] = updated_since

    params["page_token"] = page_token

    json_type: str | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = type.value

    params["type"] = json_type

    json_strike_price_gte: str | Unset = UNSET
    if not isinstance(strike_price_gte, Unset):
        json_strike_price_gte = format(strike_price_gte, "f")
    params["strike_price_gte"] = json_strike_price_gte

    json_strike_price_lte: str | Unset = UNSET
    if not isinstance(strike_price_lte, Unset):
        json_strike_price_lte = format(strike_price_lte, "f")
    params["strike_price_lte"] = json_strike_price_lte

    json_expiration_date: str | Unset = UNSET
    if not isinstance(expiration_date, Unset):
        json_expiration_date = expiration_date.isoformat()
    params["expiration_date"] = json_expiration_date

    json_expiration_date_gte: str | Unset = UNSET
    if not isinstance(expiration_date_gte, Unset):
        json_expiration_date_gte = expiration_date_gte.isoformat()
    params["expiration_date_gte"] = json_expiration_date_gte

    json_expiration_date_lte: str | Unset = UNSET
    if not isinstance(expiration_date_lte, Unset):
        json_expiration_date_lte = expiration_date_lte.isoformat()
    params["expiration_date_lte"] = json_expiration_date_lte

    params["root_symbol"] = root_symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta1/options/snapshots/{underlying_symbol}".format(
            underlying_symbol=quote(str(underlying_symbol), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OptionSnapshotsResponse | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(OptionSnapshotsResponse.from_dict, body, "")

    if response.status_code == 400:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 401:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 403:
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
) -> Response[Error | OptionSnapshotsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    underlying_symbol: str,
    *,
    client: AuthenticatedClient | Client,
    feed: OptionFeed | Unset = UNSET,
    limit: int | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
) -> Response[Error | OptionSnapshotsResponse]:
    """Snapshots of every contract on an underlying (the option chain)

    Args:
        underlying_symbol (str):
        feed (OptionFeed | Unset): Option data feed: `opra` (the consolidated OPRA feed) or
            `indicative` (free; delayed trades, derived quotes).
        limit (int | Unset):
        updated_since (str | Unset):
        page_token (str | Unset):
        type (OptionType | Unset): Call or put.
        strike_price_gte (Decimal | Unset):
        strike_price_lte (Decimal | Unset):
        expiration_date (datetime.date | Unset):
        expiration_date_gte (datetime.date | Unset):
        expiration_date_lte (datetime.date | Unset):
        root_symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptionSnapshotsResponse]
    """

    kwargs = _get_kwargs(
        underlying_symbol=underlying_symbol,
        feed=feed,
        limit=limit,
        updated_since=updated_since,
        page_token=page_token,
        type=type,
        strike_price_gte=strike_price_gte,
        strike_price_lte=strike_price_lte,
        expiration_date=expiration_date,
        expiration_date_gte=expiration_date_gte,
        expiration_date_lte=expiration_date_lte,
        root_symbol=root_symbol,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    underlying_symbol: str,
    *,
    client: AuthenticatedClient | Client,
    feed: OptionFeed | Unset = UNSET,
    limit: int | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
) -> Error | OptionSnapshotsResponse | None:
    """Snapshots of every contract on an underlying (the option chain)

    Args:
        underlying_symbol (str):
        feed (OptionFeed | Unset): Option data feed: `opra` (the consolidated OPRA feed) or
            `indicative` (free; delayed trades, derived quotes).
        limit (int | Unset):
        updated_since (str | Unset):
        page_token (str | Unset):
        type (OptionType | Unset): Call or put.
        strike_price_gte (Decimal | Unset):
        strike_price_lte (Decimal | Unset):
        expiration_date (datetime.date | Unset):
        expiration_date_gte (datetime.date | Unset):
        expiration_date_lte (datetime.date | Unset):
        root_symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OptionSnapshotsResponse
    """

    return sync_detailed(
        underlying_symbol=underlying_symbol,
        client=client,
        feed=feed,
        limit=limit,
        updated_since=updated_since,
        page_token=page_token,
        type=type,
        strike_price_gte=strike_price_gte,
        strike_price_lte=strike_price_lte,
        expiration_date=expiration_date,
        expiration_date_gte=expiration_date_gte,
        expiration_date_lte=expiration_date_lte,
        root_symbol=root_symbol,
    ).parsed


async def asyncio_detailed(
    underlying_symbol: str,
    *,
    client: AuthenticatedClient | Client,
    feed: OptionFeed | Unset = UNSET,
    limit: int | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
) -> Response[Error | OptionSnapshotsResponse]:
    """Snapshots of every contract on an underlying (the option chain)

    Args:
        underlying_symbol (str):
        feed (OptionFeed | Unset): Option data feed: `opra` (the consolidated OPRA feed) or
            `indicative` (free; delayed trades, derived quotes).
        limit (int | Unset):
        updated_since (str | Unset):
        page_token (str | Unset):
        type (OptionType | Unset): Call or put.
        strike_price_gte (Decimal | Unset):
        strike_price_lte (Decimal | Unset):
        expiration_date (datetime.date | Unset):
        expiration_date_gte (datetime.date | Unset):
        expiration_date_lte (datetime.date | Unset):
        root_symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptionSnapshotsResponse]
    """

    kwargs = _get_kwargs(
        underlying_symbol=underlying_symbol,
        feed=feed,
        limit=limit,
        updated_since=updated_since,
        page_token=page_token,
        type=type,
        strike_price_gte=strike_price_gte,
        strike_price_lte=strike_price_lte,
        expiration_date=expiration_date,
        expiration_date_gte=expiration_date_gte,
        expiration_date_lte=expiration_date_lte,
        root_symbol=root_symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    underlying_symbol: str,
    *,
    client: AuthenticatedClient | Client,
    feed: OptionFeed | Unset = UNSET,
    limit: int | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
) -> Error | OptionSnapshotsResponse | None:
    """Snapshots of every contract on an underlying (the option chain)

    Args:
        underlying_symbol (str):
        feed (OptionFeed | Unset): Option data feed: `opra` (the consolidated OPRA feed) or
            `indicative` (free; delayed trades, derived quotes).
        limit (int | Unset):
        updated_since (str | Unset):
        page_token (str | Unset):
        type (OptionType | Unset): Call or put.
        strike_price_gte (Decimal | Unset):
        strike_price_lte (Decimal | Unset):
        expiration_date (datetime.date | Unset):
        expiration_date_gte (datetime.date | Unset):
        expiration_date_lte (datetime.date | Unset):
        root_symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OptionSnapshotsResponse
    """

    return (
        await asyncio_detailed(
            underlying_symbol=underlying_symbol,
            client=client,
            feed=feed,
            limit=limit,
            updated_since=updated_since,
            page_token=page_token,
            type=type,
            strike_price_gte=strike_price_gte,
            strike_price_lte=strike_price_lte,
            expiration_date=expiration_date,
            expiration_date_gte=expiration_date_gte,
            expiration_date_lte=expiration_date_lte,
            root_symbol=root_symbol,
        )
    ).parsed
