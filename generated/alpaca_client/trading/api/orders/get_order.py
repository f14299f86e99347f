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
    order_id: str,
    *,
    nested: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["nested"] = nested

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
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
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    nested: bool | Unset = UNSET,
) -> Response[Error | Order]:
    """Get an order by id

    Args:
        order_id (str):
        nested (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        nested=nested,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    nested: bool | Unset = UNSET,
) -> Error | Order | None:
    """Get an order by id

    Args:
        order_id (str):
        nested (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        nested=nested,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    nested: bool | Unset = UNSET,
) -> Response[Error | Order]:
    """Get an order by id

    Args:
        order_id (str):
        nested (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        nested=nested,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    nested: bool | Unset = UNSET,
) -> Error | Order | None:
    """Get an order by id

    Args:
        order_id (str):
        nested (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            nested=nested,
        )
    ).parsed
