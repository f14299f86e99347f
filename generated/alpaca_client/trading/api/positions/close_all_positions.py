from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.close_position_result import ClosePositionResult
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cancel_orders: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cancel_orders"] = cancel_orders

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/positions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ClosePositionResult] | None:
    if response.status_code == 207:
        body = parsing.json_body(response)
        return parsing.array(
            lambda value0, key0: parsing.model(ClosePositionResult.from_dict, value0, key0),
            body,
            "",
        )

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
) -> Response[Error | list[ClosePositionResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cancel_orders: bool | Unset = UNSET,
) -> Response[Error | list[ClosePositionResult]]:
    """Close all open positions

     Liquidates every long and short position; one result per position.

    Args:
        cancel_orders (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ClosePositionResult]]
    """

    kwargs = _get_kwargs(
        cancel_orders=cancel_orders,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cancel_orders: bool | Unset = UNSET,
) -> Error | list[ClosePositionResult] | None:
    """Close all open positions

     Liquidates every long and short position; one result per position.

    Args:
        cancel_orders (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ClosePositionResult]
    """

    return sync_detailed(
        client=client,
        cancel_orders=cancel_orders,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cancel_orders: bool | Unset = UNSET,
) -> Response[Error | list[ClosePositionResult]]:
    """Close all open positions

     Liquidates every long and short position; one result per position.

    Args:
        cancel_orders (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ClosePositionResult]]
    """

    kwargs = _get_kwargs(
        cancel_orders=cancel_orders,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cancel_orders: bool | Unset = UNSET,
) -> Error | list[ClosePositionResult] | None:
    """Close all open positions

     Liquidates every long and short position; one result per position.

    Args:
        cancel_orders (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ClosePositionResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            cancel_orders=cancel_orders,
        )
    ).parsed
