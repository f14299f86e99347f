from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.option_contract import OptionContract
from ...types import Response


def _get_kwargs(
    symbol_or_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/options/contracts/{symbol_or_id}".format(
            symbol_or_id=quote(str(symbol_or_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OptionContract | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(OptionContract.from_dict, body, "")

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
) -> Response[Error | OptionContract]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    symbol_or_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | OptionContract]:
    """Get an option contract

    Args:
        symbol_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptionContract]
    """

    kwargs = _get_kwargs(
        symbol_or_id=symbol_or_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    symbol_or_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | OptionContract | None:
    """Get an option contract

    Args:
        symbol_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OptionContract
    """

    return sync_detailed(
        symbol_or_id=symbol_or_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    symbol_or_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | OptionContract]:
    """Get an option contract

    Args:
        symbol_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptionContract]
    """

    kwargs = _get_kwargs(
        symbol_or_id=symbol_or_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    symbol_or_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | OptionContract | None:
    """Get an option contract

    Args:
        symbol_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OptionContract
    """

    return (
        await asyncio_detailed(
            symbol_or_id=symbol_or_id,
            client=client,
        )
    ).parsed
