from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.market_type import MarketType
from ...models.movers import Movers
from ...types import UNSET, Response, Unset


def _get_kwargs(
    market_type: MarketType,
    *,
    top: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["top"] = top

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta1/screener/{market_type}/movers".format(
            market_type=quote(str(market_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Movers | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(Movers.from_dict, body, "")

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
) -> Response[Error | Movers]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    market_type: MarketType,
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
) -> Response[Error | Movers]:
    """Biggest gainers and losers since the previous close

     Change is measured from the previous close to the latest price. Stock movers (split-adjusted,
    tradable symbols only) reset at the market open and show the previous session until then; crypto
    movers reset at midnight.

    Args:
        market_type (MarketType): Market screened for movers.
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Movers]
    """

    kwargs = _get_kwargs(
        market_type=market_type,
        top=top,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    market_type: MarketType,
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
) -> Error | Movers | None:
    """Biggest gainers and losers since the previous close

     Change is measured from the previous close to the latest price. Stock movers (split-adjusted,
    tradable symbols only) reset at the market open and show the previous session until then; crypto
    movers reset at midnight.

    Args:
        market_type (MarketType): Market screened for movers.
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Movers
    """

    return sync_detailed(
        market_type=market_type,
        client=client,
        top=top,
    ).parsed


async def asyncio_detailed(
    market_type: MarketType,
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
) -> Response[Error | Movers]:
    """Biggest gainers and losers since the previous close

     Change is measured from the previous close to the latest price. Stock movers (split-adjusted,
    tradable symbols only) reset at the market open and show the previous session until then; crypto
    movers reset at midnight.

    Args:
        market_type (MarketType): Market screened for movers.
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Movers]
    """

    kwargs = _get_kwargs(
        market_type=market_type,
        top=top,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    market_type: MarketType,
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
) -> Error | Movers | None:
    """Biggest gainers and losers since the previous close

     Change is measured from the previous close to the latest price. Stock movers (split-adjusted,
    tradable symbols only) reset at the market open and show the previous session until then; crypto
    movers reset at midnight.

    Args:
        market_type (MarketType): Market screened for movers.
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Movers
    """

    return (
        await asyncio_detailed(
            market_type=market_type,
            client=client,
            top=top,
        )
    ).parsed
