from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...types import UNSET, Response, Unset


def _get_kwargs(
    symbol_or_asset_id: str,
    *,
    qty: Decimal | Unset = UNSET,
    percentage: Decimal | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_qty: str | Unset = UNSET
    if not isinstance(qty, Unset):
        json_qty = format(qty, "f")
    params["qty"] = json_qty

    json_percentage: str | Unset = UNSET
    if not isinstance(percentage, Unset):
        json_percentage = format(percentage, "f")
    params["percentage"] = json_percentage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/positions/{symbol_or_asset_id}".format(
            symbol_or_asset_id=quote(str(symbol_or_asset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Order | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(Order.from_dict, body, "")

    if response.status_code == 400:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 401:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 403:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 404:
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
) -> Response[Error | Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    symbol_or_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    qty: Decimal | Unset = UNSET,
    percentage: Decimal | Unset = UNSET,
) -> Response[Error | Order]:
    """Close (part of) a position

     Sends an order that liquidates the position, or part of it with `qty` or `percentage` (not both).

    Args:
        symbol_or_asset_id (str):
        qty (Decimal | Unset):
        percentage (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        symbol_or_asset_id=symbol_or_asset_id,
        qty=qty,
        percentage=percentage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    symbol_or_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    qty: Decimal | Unset = UNSET,
    percentage: Decimal | Unset = UNSET,
) -> Error | Order | None:
    """Close (part of) a position

     Sends an order that liquidates the position, or part of it with `qty` or `percentage` (not both).

    Args:
        symbol_or_asset_id (str):
        qty (Decimal | Unset):
        percentage (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return sync_detailed(
        symbol_or_asset_id=symbol_or_asset_id,
        client=client,
        qty=qty,
        percentage=percentage,
    ).parsed


async def asyncio_detailed(
    symbol_or_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    qty: Decimal | Unset = UNSET,
    percentage: Decimal | Unset = UNSET,
) -> Response[Error | Order]:
    """Close (part of) a position

     Sends an order that liquidates the position, or part of it with `qty` or `percentage` (not both).

    Args:
        symbol_or_asset_id (str):
        qty (Decimal | Unset):
        percentage (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        symbol_or_asset_id=symbol_or_asset_id,
        qty=qty,
        percentage=percentage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    symbol_or_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    qty: Decimal | Unset = UNSET,
    percentage: Decimal | Unset = UNSET,
) -> Error | Order | None:
    """Close (part of) a position

     Sends an order that liquidates the position, or part of it with `qty` or `percentage` (not both).

    Args:
        symbol_or_asset_id (str):
        qty (Decimal | Unset):
        percentage (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return (
        await asyncio_detailed(
            symbol_or_asset_id=symbol_or_asset_id,
            client=client,
            qty=qty,
            percentage=percentage,
        )
    ).parsed
