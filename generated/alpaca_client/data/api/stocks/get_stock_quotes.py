from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.historical_feed import HistoricalFeed
from ...models.sort import Sort
from ...models.stock_quotes_response import StockQuotesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbols: str,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    asof: str | Unset = UNSET,
    feed: HistoricalFeed | Unset = UNSET,
    currency: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbols"] = symbols

    params["start"] = start

    params["end"] = end

    params["limit"] = limit

    params["asof"] = asof

    json_feed: str | Unset = UNSET
    if not isinstance(feed, Unset):
        json_feed = feed.value

    params["feed"] = json_feed

    params["currency"] = currency

    params["page_token"] = page_token

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/stocks/quotes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StockQuotesResponse | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(StockQuotesResponse.from_dict, body, "")

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
) -> Response[Error | StockQuotesResponse]:
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
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    asof: str | Unset = UNSET,
    feed: HistoricalFeed | Unset = UNSET,
    currency: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> Response[Error | StockQuotesResponse]:
    """Historical quotes for several symbols

     Results are ordered by symbol, then by time; keep following next_page_token.

    Args:
        symbols (str):
        start (str | Unset):
        end (str | Unset):
        limit (int | Unset):
        asof (str | Unset):
        feed (HistoricalFeed | Unset): Stock data feed for history; the Feed values other than
            `delayed_sip` and `overnight`.
        currency (str | Unset):
        page_token (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StockQuotesResponse]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        start=start,
        end=end,
        limit=limit,
        asof=asof,
        feed=feed,
        currency=currency,
        page_token=page_token,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    asof: str | Unset = UNSET,
    feed: HistoricalFeed | Unset = UNSET,
    currency: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> Error | StockQuotesResponse | None:
    """Historical quotes for several symbols

     Results are ordered by symbol, then by time; keep following next_page_token.

    Args:
        symbols (str):
        start (str | Unset):
        end (str | Unset):
        limit (int | Unset):
        asof (str | Unset):
        feed (HistoricalFeed | Unset): Stock data feed for history; the Feed values other than
            `delayed_sip` and `overnight`.
        currency (str | Unset):
        page_token (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StockQuotesResponse
    """

    return sync_detailed(
        client=client,
        symbols=symbols,
        start=start,
        end=end,
        limit=limit,
        asof=asof,
        feed=feed,
        currency=currency,
        page_token=page_token,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    asof: str | Unset = UNSET,
    feed: HistoricalFeed | Unset = UNSET,
    currency: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> Response[Error | StockQuotesResponse]:
    """Historical quotes for several symbols

     Results are ordered by symbol, then by time; keep following next_page_token.

    Args:
        symbols (str):
        start (str | Unset):
        end (str | Unset):
        limit (int | Unset):
        asof (str | Unset):
        feed (HistoricalFeed | Unset): Stock data feed for history; the Feed values other than
            `delayed_sip` and `overnight`.
        currency (str | Unset):
        page_token (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StockQuotesResponse]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        start=start,
        end=end,
        limit=limit,
        asof=asof,
        feed=feed,
        currency=currency,
        page_token=page_token,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    asof: str | Unset = UNSET,
    feed: HistoricalFeed | Unset = UNSET,
    currency: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> Error | StockQuotesResponse | None:
    """Historical quotes for several symbols

     Results are ordered by symbol, then by time; keep following next_page_token.

    Args:
        symbols (str):
        start (str | Unset):
        end (str | Unset):
        limit (int | Unset):
        asof (str | Unset):
        feed (HistoricalFeed | Unset): Stock data feed for history; the Feed values other than
            `delayed_sip` and `overnight`.
        currency (str | Unset):
        page_token (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StockQuotesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbols=symbols,
            start=start,
            end=end,
            limit=limit,
            asof=asof,
            feed=feed,
            currency=currency,
            page_token=page_token,
            sort=sort,
        )
    ).parsed
