import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.market_clocks import MarketClocks
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    markets: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["markets"] = markets

    json_time: str | Unset = UNSET
    if not isinstance(time, Unset):
        json_time = time.isoformat()
    params["time"] = json_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/clock",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MarketClocks | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(MarketClocks.from_dict, body, "")

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
) -> Response[Error | MarketClocks]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    markets: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> Response[Error | MarketClocks]:
    """Get the clocks of several markets

     Current time, session phase and next open/close for each market asked for.

    Args:
        markets (str | Unset):
        time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MarketClocks]
    """

    kwargs = _get_kwargs(
        markets=markets,
        time=time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    markets: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> Error | MarketClocks | None:
    """Get the clocks of several markets

     Current time, session phase and next open/close for each market asked for.

    Args:
        markets (str | Unset):
        time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MarketClocks
    """

    return sync_detailed(
        client=client,
        markets=markets,
        time=time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    markets: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> Response[Error | MarketClocks]:
    """Get the clocks of several markets

     Current time, session phase and next open/close for each market asked for.

    Args:
        markets (str | Unset):
        time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MarketClocks]
    """

    kwargs = _get_kwargs(
        markets=markets,
        time=time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    markets: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> Error | MarketClocks | None:
    """Get the clocks of several markets

     Current time, session phase and next open/close for each market asked for.

    Args:
        markets (str | Unset):
        time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MarketClocks
    """

    return (
        await asyncio_detailed(
            client=client,
            markets=markets,
            time=time,
        )
    ).parsed
