from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.feed import Feed
from ...models.stock_snapshots_response import StockSnapshotsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbols: str,
    feed: Feed | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbols"] = symbols

    json_feed: str | Unset = UNSET
    if not isinstance(feed, Unset):
        json_feed = feed.value

    params["feed"] = json_feed

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/stocks/snapshots",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StockSnapshotsResponse | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(StockSnapshotsResponse.from_dict, body, "")

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
) -> Response[Error | StockSnapshotsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
    feed: Feed | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[Error | StockSnapshotsResponse]:
    """Snapshots for several symbols

    Args:
        symbols (str):
        feed (Feed | Unset): Stock data feed for latest values and snapshots: `sip` (every US
            exchange), `iex` (IEX only), `delayed_sip` (SIP 15 minutes late), `boats` (Blue Ocean ATS,
            overnight), `overnight` (Alpaca's derived overnight prices), `otc` (over-the-counter).
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StockSnapshotsResponse]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        feed=feed,
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
    feed: Feed | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Error | StockSnapshotsResponse | None:
    """Snapshots for several symbols

    Args:
        symbols (str):
        feed (Feed | Unset): Stock data feed for latest values and snapshots: `sip` (every US
            exchange), `iex` (IEX only), `delayed_sip` (SIP 15 minutes late), `boats` (Blue Ocean ATS,
            overnight), `overnight` (Alpaca's derived overnight prices), `otc` (over-the-counter).
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StockSnapshotsResponse
    """

    return sync_detailed(
        client=client,
        symbols=symbols,
        feed=feed,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
    feed: Feed | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[Error | StockSnapshotsResponse]:
    """Snapshots for several symbols

    Args:
        symbols (str):
        feed (Feed | Unset): Stock data feed for latest values and snapshots: `sip` (every US
            exchange), `iex` (IEX only), `delayed_sip` (SIP 15 minutes late), `boats` (Blue Ocean ATS,
            overnight), `overnight` (Alpaca's derived overnight prices), `otc` (over-the-counter).
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StockSnapshotsResponse]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        feed=feed,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
    feed: Feed | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Error | StockSnapshotsResponse | None:
    """Snapshots for several symbols

    Args:
        symbols (str):
        feed (Feed | Unset): Stock data feed for latest values and snapshots: `sip` (every US
            exchange), `iex` (IEX only), `delayed_sip` (SIP 15 minutes late), `boats` (Blue Ocean ATS,
            overnight), `overnight` (Alpaca's derived overnight prices), `otc` (over-the-counter).
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StockSnapshotsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbols=symbols,
            feed=feed,
            currency=currency,
        )
    ).parsed
