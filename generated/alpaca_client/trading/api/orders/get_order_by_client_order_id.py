from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...types import UNSET, Response


def _get_kwargs(
    *,
    client_order_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_order_id"] = client_order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/orders:by_client_order_id",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Order | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(Order.from_dict, body, "")

    if response.status_code == 401:
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
    *,
    client: AuthenticatedClient | Client,
    client_order_id: str,
) -> Response[Error | Order]:
    """Get an order by client order id

    Args:
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        client_order_id=client_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_order_id: str,
) -> Error | Order | None:
    """Get an order by client order id

    Args:
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return sync_detailed(
        client=client,
        client_order_id=client_order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_order_id: str,
) -> Response[Error | Order]:
    """Get an order by client order id

    Args:
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        client_order_id=client_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_order_id: str,
) -> Error | Order | None:
    """Get an order by client order id

    Args:
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return (
        await asyncio_detailed(
            client=client,
            client_order_id=client_order_id,
        )
    ).parsed
