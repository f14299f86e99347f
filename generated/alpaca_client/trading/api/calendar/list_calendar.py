import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_date_type import CalendarDateType
from ...models.calendar_day import CalendarDay
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    date_type: CalendarDateType | Unset = UNSET,
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

    json_date_type: str | Unset = UNSET
    if not isinstance(date_type, Unset):
        json_date_type = date_type.value

    params["date_type"] = json_date_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/calendar",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CalendarDay] | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.array(
            lambda value0, key0: parsing.model(CalendarDay.from_dict, value0, key0), body, ""
        )

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
) -> Response[Error | list[CalendarDay]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    date_type: CalendarDateType | Unset = UNSET,
) -> Response[Error | list[CalendarDay]]:
    """List market days

     Trading days with open/close times (early closes included); narrow with start and end.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        date_type (CalendarDateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CalendarDay]]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        date_type=date_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    date_type: CalendarDateType | Unset = UNSET,
) -> Error | list[CalendarDay] | None:
    """List market days

     Trading days with open/close times (early closes included); narrow with start and end.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        date_type (CalendarDateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CalendarDay]
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        date_type=date_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    date_type: CalendarDateType | Unset = UNSET,
) -> Response[Error | list[CalendarDay]]:
    """List market days

     Trading days with open/close times (early closes included); narrow with start and end.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        date_type (CalendarDateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CalendarDay]]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        date_type=date_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    date_type: CalendarDateType | Unset = UNSET,
) -> Error | list[CalendarDay] | None:
    """List market days

     Trading days with open/close times (early closes included); narrow with start and end.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        date_type (CalendarDateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CalendarDay]
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            date_type=date_type,
        )
    ).parsed
