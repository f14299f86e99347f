import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_timezone import CalendarTimezone
from ...models.error import Error
from ...models.market_calendar import MarketCalendar
from ...models.market_code import MarketCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    market: MarketCode,
    *,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    timezone: CalendarTimezone | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    json_timezone: str | Unset = UNSET
    if not isinstance(timezone, Unset):
        json_timezone = timezone.value

    params["timezone"] = json_timezone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/calendar/{market}".format(
            market=quote(str(market), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MarketCalendar | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(MarketCalendar.from_dict, body, "")

    if response.status_code == 400:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 401:
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
) -> Response[Error | MarketCalendar]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    market: MarketCode,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    timezone: CalendarTimezone | Unset = UNSET,
) -> Response[Error | MarketCalendar]:
    """Get the calendar of a market

     Market days with the bounds of each session (pre, core, lunch, post).

    Args:
        market (MarketCode): Market identifier: MIC, BIC or acronym, for US (exchanges, OTC, OPRA,
            overnight venues, bank and bond calendars), European and Asian or Middle-Eastern markets.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        timezone (CalendarTimezone | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MarketCalendar]
    """

    kwargs = _get_kwargs(
        market=market,
        start=start,
        end=end,
        timezone=timezone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    market: MarketCode,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    timezone: CalendarTimezone | Unset = UNSET,
) -> Error | MarketCalendar | None:
    """Get the calendar of a market

     Market days with the bounds of each session (pre, core, lunch, post).

    Args:
        market (MarketCode): Market identifier: MIC, BIC or acronym, for US (exchanges, OTC, OPRA,
            overnight venues, bank and bond calendars), European and Asian or Middle-Eastern markets.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        timezone (CalendarTimezone | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MarketCalendar
    """

    return sync_detailed(
        market=market,
        client=client,
        start=start,
        end=end,
        timezone=timezone,
    ).parsed


async def asyncio_detailed(
    market: MarketCode,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    timezone: CalendarTimezone | Unset = UNSET,
) -> Response[Error | MarketCalendar]:
    """Get the calendar of a market

     Market days with the bounds of each session (pre, core, lunch, post).

    Args:
        market (MarketCode): Market identifier: MIC, BIC or acronym, for US (exchanges, OTC, OPRA,
            overnight venues, bank and bond calendars), European and Asian or Middle-Eastern markets.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        timezone (CalendarTimezone | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MarketCalendar]
    """

    kwargs = _get_kwargs(
        market=market,
        start=start,
        end=end,
        timezone=timezone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    market: MarketCode,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    timezone: CalendarTimezone | Unset = UNSET,
) -> Error | MarketCalendar | None:
    """Get the calendar of a market

     Market days with the bounds of each session (pre, core, lunch, post).

    Args:
        market (MarketCode): Market identifier: MIC, BIC or acronym, for US (exchanges, OTC, OPRA,
            overnight venues, bank and bond calendars), European and Asian or Middle-Eastern markets.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        timezone (CalendarTimezone | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MarketCalendar
    """

    return (
        await asyncio_detailed(
            market=market,
            client=client,
            start=start,
            end=end,
            timezone=timezone,
        )
    ).parsed
