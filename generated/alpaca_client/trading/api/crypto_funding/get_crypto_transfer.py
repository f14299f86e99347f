from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crypto_transfer import CryptoTransfer
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    transfer_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/wallets/transfers/{transfer_id}".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CryptoTransfer | Error | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(CryptoTransfer.from_dict, body, "")

    if response.status_code == 401:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 403:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 404:
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
) -> Response[CryptoTransfer | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CryptoTransfer | Error]:
    """Get a crypto transfer

    Args:
        transfer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoTransfer | Error]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CryptoTransfer | Error | None:
    """Get a crypto transfer

    Args:
        transfer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoTransfer | Error
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CryptoTransfer | Error]:
    """Get a crypto transfer

    Args:
        transfer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoTransfer | Error]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CryptoTransfer | Error | None:
    """Get a crypto transfer

    Args:
        transfer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoTransfer | Error
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
        )
    ).parsed
