import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.intraday_reporting import IntradayReporting
from ...models.pnl_reset import PnlReset
from ...models.portfolio_history import PortfolioHistory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period: str | Unset = UNSET,
    timeframe: str | Unset = UNSET,
    intraday_reporting: IntradayReporting | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    pnl_reset: PnlReset | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    extended_hours: bool | Unset = UNSET,
    cashflow_types: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    params["timeframe"] = timeframe

    json_intraday_reporting: str | Unset = UNSET
    if not isinstance(intraday_reporting, Unset):
        json_intraday_reporting = intraday_reporting.value

    params["intraday_reporting"] = json_intraday_reporting

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_pnl_reset: str | Unset = UNSET
    if not isinstance(pnl_reset, Unset):
        json_pnl_reset = pnl_reset.value

    params["pnl_reset"] = json_pnl_reset

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["extended_hours"] = extended_hours

    params["cashflow_types"] = cashflow_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/account/portfolio/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PortfolioHistory | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(PortfolioHistory.from_dict, body, "")

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
) -> Response[Error | PortfolioHistory]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    timeframe: str | Unset = UNSET,
    intraday_reporting: IntradayReporting | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    pnl_reset: PnlReset | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    extended_hours: bool | Unset = UNSET,
    cashflow_types: str | Unset = UNSET,
) -> Response[Error | PortfolioHistory]:
    """Get the portfolio history

     Equity and profit/loss series. At most two of `period`, `start` and `end` may be given; intraday
    timeframes cover at most 30 days.

    Args:
        period (str | Unset):
        timeframe (str | Unset):
        intraday_reporting (IntradayReporting | Unset): Hours covered by intraday points: regular
            session only, extended session, or around the clock (valued at the last trade until 10 pm,
            then at the official close).
        start (datetime.datetime | Unset):
        pnl_reset (PnlReset | Unset): Restart intraday profit/loss from each previous close, or
            never.
        end (datetime.datetime | Unset):
        extended_hours (bool | Unset):
        cashflow_types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PortfolioHistory]
    """

    kwargs = _get_kwargs(
        period=period,
        timeframe=timeframe,
        intraday_reporting=intraday_reporting,
        start=start,
        pnl_reset=pnl_reset,
        end=end,
        extended_hours=extended_hours,
        cashflow_types=cashflow_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    timeframe: str | Unset = UNSET,
    intraday_reporting: IntradayReporting | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    pnl_reset: PnlReset | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    extended_hours: bool | Unset = UNSET,
    cashflow_types: str | Unset = UNSET,
) -> Error | PortfolioHistory | None:
    """Get the portfolio history

     Equity and profit/loss series. At most two of `period`, `start` and `end` may be given; intraday
    timeframes cover at most 30 days.

    Args:
        period (str | Unset):
        timeframe (str | Unset):
        intraday_reporting (IntradayReporting | Unset): Hours covered by intraday points: regular
            session only, extended session, or around the clock (valued at the last trade until 10 pm,
            then at the official close).
        start (datetime.datetime | Unset):
        pnl_reset (PnlReset | Unset): Restart intraday profit/loss from each previous close, or
            never.
        end (datetime.datetime | Unset):
        extended_hours (bool | Unset):
        cashflow_types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PortfolioHistory
    """

    return sync_detailed(
        client=client,
        period=period,
        timeframe=timeframe,
        intraday_reporting=intraday_reporting,
        start=start,
        pnl_reset=pnl_reset,
        end=end,
        extended_hours=extended_hours,
        cashflow_types=cashflow_types,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    timeframe: str | Unset = UNSET,
    intraday_reporting: IntradayReporting | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    pnl_reset: PnlReset | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    extended_hours: bool | Unset = UNSET,
    cashflow_types: str | Unset = UNSET,
) -> Response[Error | PortfolioHistory]:
    """Get the portfolio history

     Equity and profit/loss series. At most two of `period`, `start` and `end` may be given; intraday
    timeframes cover at most 30 days.

    Args:
        period (str | Unset):
        timeframe (str | Unset):
        intraday_reporting (IntradayReporting | Unset): Hours covered by intraday points: regular
            session only, extended session, or around the clock (valued at the last trade until 10 pm,
            then at the official close).
        start (datetime.datetime | Unset):
        pnl_reset (PnlReset | Unset): Restart intraday profit/loss from each previous close, or
            never.
        end (datetime.datetime | Unset):
        extended_hours (bool | Unset):
        cashflow_types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PortfolioHistory]
    """

    kwargs = _get_kwargs(
        period=period,
        timeframe=timeframe,
        intraday_reporting=intraday_reporting,
        start=start,
        pnl_reset=pnl_reset,
        end=end,
        extended_hours=extended_hours,
        cashflow_types=cashflow_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    timeframe: str | Unset = UNSET,
    intraday_reporting: IntradayReporting | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    pnl_reset: PnlReset | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    extended_hours: bool | Unset = UNSET,
    cashflow_types: str | Unset = UNSET,
) -> Error | PortfolioHistory | None:
    """Get the portfolio history

     Equity and profit/loss series. At most two of `period`, `start` and `end` may be given; intraday
    timeframes cover at most 30 days.

    Args:
        period (str | Unset):
        timeframe (str | Unset):
        intraday_reporting (IntradayReporting | Unset): Hours covered by intraday points: regular
            session only, extended session, or around the clock (valued at the last trade until 10 pm,
            then at the official close).
        start (datetime.datetime | Unset):
        pnl_reset (PnlReset | Unset): Restart intraday profit/loss from each previous close, or
            never.
        end (datetime.datetime | Unset):
        extended_hours (bool | Unset):
        cashflow_types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PortfolioHistory
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            timeframe=timeframe,
            intraday_reporting=intraday_reporting,
            start=start,
            pnl_reset=pnl_reset,
            end=end,
            extended_hours=extended_hours,
            cashflow_types=cashflow_types,
        )
    ).parsed
