from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
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
        body = parsing.json_body(response)
        return parsing.model(PerpetualsLeverage.from_dict, body, "")

    if response.status_code == 400:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 401:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 403:
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
