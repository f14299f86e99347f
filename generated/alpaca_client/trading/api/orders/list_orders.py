import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.order_query_status import OrderQueryStatus
from ...models.order_side import OrderSide
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: OrderQueryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    nested: bool | Unset = UNSET,
    symbols: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    asset_class: str | Unset = UNSET,
    before_order_id: str | Unset = UNSET,
    after_order_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["nested"] = nested

    params["symbols"] = symbols

    json_side: str | Unset = UNSET
    if not isinstance(side, Unset):
        json_side = side.value

    params["side"] = json_side

    params["asset_class"] = asset_class

    params["before_order_id"] = before_order_id

    params["after_order_id"] = after_order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Order] | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.array(
            lambda value0, key0: parsing.model(Order.from_dict, value0, key0), body, ""
        )

    if response.status_code == 400:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 401:
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
) -> Response[Error | list[Order]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: OrderQueryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    nested: bool | Unset = UNSET,
    symbols: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    asset_class: str | Unset = UNSET,
    before_order_id: str | Unset = UNSET,
    after_order_id: str | Unset = UNSET,
) -> Response[Error | list[Order]]:
    """List orders

    Args:
        status (OrderQueryStatus | Unset): Order filter for listing.
        limit (int | Unset):
        after (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        direction (SortDirection | Unset):
        nested (bool | Unset):
        symbols (str | Unset):
        side (OrderSide | Unset): Buy or sell; empty on the parent of a multi-leg order.
        asset_class (str | Unset):
        before_order_id (str | Unset):
        after_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Order]]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        after=after,
        until=until,
        direction=direction,
        nested=nested,
        symbols=symbols,
        side=side,
        asset_class=asset_class,
        before_order_id=before_order_id,
        after_order_id=after_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: OrderQueryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    nested: bool | Unset = UNSET,
    symbols: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    asset_class: str | Unset = UNSET,
    before_order_id: str | Unset = UNSET,
    after_order_id: str | Unset = UNSET,
) -> Error | list[Order] | None:
    """List orders

    Args:
        status (OrderQueryStatus | Unset): Order filter for listing.
        limit (int | Unset):
        after (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        direction (SortDirection | Unset):
        nested (bool | Unset):
        symbols (str | Unset):
        side (OrderSide | Unset): Buy or sell; empty on the parent of a multi-leg order.
        asset_class (str | Unset):
        before_order_id (str | Unset):
        after_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Order]
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        after=after,
        until=until,
        direction=direction,
        nested=nested,
        symbols=symbols,
        side=side,
        asset_class=asset_class,
        before_order_id=before_order_id,
        after_order_id=after_order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: OrderQueryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    nested: bool | Unset = UNSET,
    symbols: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    asset_class: str | Unset = UNSET,
    before_order_id: str | Unset = UNSET,
    after_order_id: str | Unset = UNSET,
) -> Response[Error | list[Order]]:
    """List orders

    Args:
        status (OrderQueryStatus | Unset): Order filter for listing.
        limit (int | Unset):
        after (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        direction (SortDirection | Unset):
        nested (bool | Unset):
        symbols (str | Unset):
        side (OrderSide | Unset): Buy or sell; empty on the parent of a multi-leg order.
        asset_class (str | Unset):
        before_order_id (str | Unset):
        after_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Order]]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        after=after,
        until=until,
        direction=direction,
        nested=nested,
        symbols=symbols,
        side=side,
        asset_class=asset_class,
        before_order_id=before_order_id,
        after_order_id=after_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: OrderQueryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    nested: bool | Unset = UNSET,
    symbols: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    asset_class: str | Unset = UNSET,
    before_order_id: str | Unset = UNSET,
    after_order_id: str | Unset = UNSET,
) -> Error | list[Order] | None:
    """List orders

    Args:
        status (OrderQueryStatus | Unset): Order filter for listing.
        limit (int | Unset):
        after (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        direction (SortDirection | Unset):
        nested (bool | Unset):
        symbols (str | Unset):
        side (OrderSide | Unset): Buy or sell; empty on the parent of a multi-leg order.
        asset_class (str | Unset):
        before_order_id (str | Unset):
        after_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Order]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            after=after,
            until=until,
            direction=direction,
            nested=nested,
            symbols=symbols,
            side=side,
            asset_class=asset_class,
            before_order_id=before_order_id,
            after_order_id=after_order_id,
        )
    ).parsed
