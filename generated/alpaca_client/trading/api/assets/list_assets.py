from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.asset_class import AssetClass
from ...models.asset_status import AssetStatus
from ...models.error import Error
from ...models.exchange import Exchange
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: AssetStatus | Unset = UNSET,
    asset_class: AssetClass | Unset = UNSET,
    exchange: Exchange | Unset = UNSET,
    attributes: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_asset_class: str | Unset = UNSET
    if not isinstance(asset_class, Unset):
        json_asset_class = asset_class.value

    params["asset_class"] = json_asset_class

    json_exchange: str | Unset = UNSET
    if not isinstance(exchange, Unset):
        json_exchange = exchange.value

    params["exchange"] = json_exchange

    params["attributes"] = attributes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Asset] | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.array(
            lambda value0, key0: parsing.model(Asset.from_dict, value0, key0), body, ""
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
) -> Response[Error | list[Asset]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: AssetStatus | Unset = UNSET,
    asset_class: AssetClass | Unset = UNSET,
    exchange: Exchange | Unset = UNSET,
    attributes: str | Unset = UNSET,
) -> Response[Error | list[Asset]]:
    """List assets

    Args:
        status (AssetStatus | Unset):
        asset_class (AssetClass | Unset): Asset class; empty on the parent of a multi-leg order.
        exchange (Exchange | Unset): Listing exchange; `CRYPTO` for crypto assets, empty on some
            positions.
        attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Asset]]
    """

    kwargs = _get_kwargs(
        status=status,
        asset_class=asset_class,
        exchange=exchange,
        attributes=attributes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: AssetStatus | Unset = UNSET,
    asset_class: AssetClass | Unset = UNSET,
    exchange: Exchange | Unset = UNSET,
    attributes: str | Unset = UNSET,
) -> Error | list[Asset] | None:
    """List assets

    Args:
        status (AssetStatus | Unset):
        asset_class (AssetClass | Unset): Asset class; empty on the parent of a multi-leg order.
        exchange (Exchange | Unset): Listing exchange; `CRYPTO` for crypto assets, empty on some
            positions.
        attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Asset]
    """

    return sync_detailed(
        client=client,
        status=status,
        asset_class=asset_class,
        exchange=exchange,
        attributes=attributes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: AssetStatus | Unset = UNSET,
    asset_class: AssetClass | Unset = UNSET,
    exchange: Exchange | Unset = UNSET,
    attributes: str | Unset = UNSET,
) -> Response[Error | list[Asset]]:
    """List assets

    Args:
        status (AssetStatus | Unset):
        asset_class (AssetClass | Unset): Asset class; empty on the parent of a multi-leg order.
        exchange (Exchange | Unset): Listing exchange; `CRYPTO` for crypto assets, empty on some
            positions.
        attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Asset]]
    """

    kwargs = _get_kwargs(
        status=status,
        asset_class=asset_class,
        exchange=exchange,
        attributes=attributes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: AssetStatus | Unset = UNSET,
    asset_class: AssetClass | Unset = UNSET,
    exchange: Exchange | Unset = UNSET,
    attributes: str | Unset = UNSET,
) -> Error | list[Asset] | None:
    """List assets

    Args:
        status (AssetStatus | Unset):
        asset_class (AssetClass | Unset): Asset class; empty on the parent of a multi-leg order.
        exchange (Exchange | Unset): Listing exchange; `CRYPTO` for crypto assets, empty on some
            positions.
        attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Asset]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            asset_class=asset_class,
            exchange=exchange,
            attributes=attributes,
        )
    ).parsed
