from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crypto_latest_bars_response import CryptoLatestBarsResponse
from ...models.crypto_perp_loc import CryptoPerpLoc
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    loc: CryptoPerpLoc,
    *,
    symbols: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbols"] = symbols

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta1/crypto-perps/{loc}/latest/bars".format(
            loc=quote(str(loc), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CryptoLatestBarsResponse | Error | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(CryptoLatestBarsResponse.from_dict, body, "")

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
) -> Response[CryptoLatestBarsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    loc: CryptoPerpLoc,
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
) -> Response[CryptoLatestBarsResponse | Error]:
    """Latest minute bar of perpetual futures

    Args:
        loc (CryptoPerpLoc): Crypto perpetual futures venue.
        symbols (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoLatestBarsResponse | Error]
    """

    kwargs = _get_kwargs(
        loc=loc,
        symbols=symbols,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    loc: CryptoPerpLoc,
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
) -> CryptoLatestBarsResponse | Error | None:
    """Latest minute bar of perpetual futures

    Args:
        loc (CryptoPerpLoc): Crypto perpetual futures venue.
        symbols (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoLatestBarsResponse | Error
    """

    return sync_detailed(
        loc=loc,
        client=client,
        symbols=symbols,
    ).parsed


async def asyncio_detailed(
    loc: CryptoPerpLoc,
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
) -> Response[CryptoLatestBarsResponse | Error]:
    """Latest minute bar of perpetual futures

    Args:
        loc (CryptoPerpLoc): Crypto perpetual futures venue.
        symbols (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoLatestBarsResponse | Error]
    """

    kwargs = _get_kwargs(
        loc=loc,
        symbols=symbols,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    loc: CryptoPerpLoc,
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
) -> CryptoLatestBarsResponse | Error | None:
    """Latest minute bar of perpetual futures

    Args:
        loc (CryptoPerpLoc): Crypto perpetual futures venue.
        symbols (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoLatestBarsResponse | Error
    """

    return (
        await asyncio_detailed(
            loc=loc,
            client=client,
            symbols=symbols,
        )
    ).parsed
