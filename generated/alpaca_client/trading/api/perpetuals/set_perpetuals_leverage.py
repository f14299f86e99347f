from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.perpetuals_leverage import PerpetualsLeverage
from ...types import UNSET, Response


def _get_kwargs(
    *,
    symbol: str,
    leverage: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["leverage"] = leverage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/perpetuals/leverage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PerpetualsLeverage | None:
    if response.status_code == 200:
        response_200 = PerpetualsLeverage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PerpetualsLeverage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    leverage: int,
) -> Response[Error | PerpetualsLeverage]:
    """Set the leverage for an underlying asset

     Both values travel as query parameters; there is no body.

    Args:
        symbol (str):
        leverage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PerpetualsLeverage]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        leverage=leverage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    leverage: int,
) -> Error | PerpetualsLeverage | None:
    """Set the leverage for an underlying asset

     Both values travel as query parameters; there is no body.

    Args:
        symbol (str):
        leverage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PerpetualsLeverage
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        leverage=leverage,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    leverage: int,
) -> Response[Error | PerpetualsLeverage]:
    """Set the leverage for an underlying asset

     Both values travel as query parameters; there is no body.

    Args:
        symbol (str):
        leverage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PerpetualsLeverage]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        leverage=leverage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    leverage: int,
) -> Error | PerpetualsLeverage | None:
    """Set the leverage for an underlying asset

     Both values travel as query parameters; there is no body.

    Args:
        symbol (str):
        leverage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PerpetualsLeverage
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            leverage=leverage,
        )
    ).parsed
