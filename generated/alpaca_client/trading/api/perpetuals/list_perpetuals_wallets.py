from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crypto_wallet import CryptoWallet
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    asset: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/perpetuals/wallets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CryptoWallet | list[CryptoWallet] | Error | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.one_of(
            (
                lambda value0, key0: parsing.model(CryptoWallet.from_dict, value0, key0),
                lambda value0, key0: parsing.array(
                    lambda value1, key1: parsing.model(CryptoWallet.from_dict, value1, key1),
                    value0,
                    key0,
                ),
            ),
            body,
            "",
        )

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
) -> Response[CryptoWallet | list[CryptoWallet] | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset: str | Unset = UNSET,
) -> Response[CryptoWallet | list[CryptoWallet] | Error]:
    """List perpetuals funding wallets, or get (and create) the wallet of one asset

    Args:
        asset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoWallet | list[CryptoWallet] | Error]
    """

    kwargs = _get_kwargs(
        asset=asset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    asset: str | Unset = UNSET,
) -> CryptoWallet | list[CryptoWallet] | Error | None:
    """List perpetuals funding wallets, or get (and create) the wallet of one asset

    Args:
        asset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoWallet | list[CryptoWallet] | Error
    """

    return sync_detailed(
        client=client,
        asset=asset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset: str | Unset = UNSET,
) -> Response[CryptoWallet | list[CryptoWallet] | Error]:
    """List perpetuals funding wallets, or get (and create) the wallet of one asset

    Args:
        asset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoWallet | list[CryptoWallet] | Error]
    """

    kwargs = _get_kwargs(
        asset=asset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    asset: str | Unset = UNSET,
) -> CryptoWallet | list[CryptoWallet] | Error | None:
    """List perpetuals funding wallets, or get (and create) the wallet of one asset

    Args:
        asset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoWallet | list[CryptoWallet] | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            asset=asset,
        )
    ).parsed
