from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crypto_fee_estimate import CryptoFeeEstimate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    asset: str | Unset = UNSET,
    from_address: str | Unset = UNSET,
    to_address: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    params["from_address"] = from_address

    params["to_address"] = to_address

    json_amount: str | Unset = UNSET
    if not isinstance(amount, Unset):
        json_amount = format(amount, "f")
    params["amount"] = json_amount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/perpetuals/wallets/fees/estimate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CryptoFeeEstimate | Error | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(CryptoFeeEstimate.from_dict, body, "")

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
) -> Response[CryptoFeeEstimate | Error]:
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
    from_address: str | Unset = UNSET,
    to_address: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
) -> Response[CryptoFeeEstimate | Error]:
    """Estimate the network fee of a perpetuals wallet withdrawal

    Args:
        asset (str | Unset):
        from_address (str | Unset):
        to_address (str | Unset):
        amount (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoFeeEstimate | Error]
    """

    kwargs = _get_kwargs(
        asset=asset,
        from_address=from_address,
        to_address=to_address,
        amount=amount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    asset: str | Unset = UNSET,
    from_address: str | Unset = UNSET,
    to_address: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
) -> CryptoFeeEstimate | Error | None:
    """Estimate the network fee of a perpetuals wallet withdrawal

    Args:
        asset (str | Unset):
        from_address (str | Unset):
        to_address (str | Unset):
        amount (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoFeeEstimate | Error
    """

    return sync_detailed(
        client=client,
        asset=asset,
        from_address=from_address,
        to_address=to_address,
        amount=amount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset: str | Unset = UNSET,
    from_address: str | Unset = UNSET,
    to_address: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
) -> Response[CryptoFeeEstimate | Error]:
    """Estimate the network fee of a perpetuals wallet withdrawal

    Args:
        asset (str | Unset):
        from_address (str | Unset):
        to_address (str | Unset):
        amount (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoFeeEstimate | Error]
    """

    kwargs = _get_kwargs(
        asset=asset,
        from_address=from_address,
        to_address=to_address,
        amount=amount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    asset: str | Unset = UNSET,
    from_address: str | Unset = UNSET,
    to_address: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
) -> CryptoFeeEstimate | Error | None:
    """Estimate the network fee of a perpetuals wallet withdrawal

    Args:
        asset (str | Unset):
        from_address (str | Unset):
        to_address (str | Unset):
        amount (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoFeeEstimate | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            asset=asset,
            from_address=from_address,
            to_address=to_address,
            amount=amount,
        )
    ).parsed
