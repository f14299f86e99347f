from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    symbol_or_contract_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/positions/{symbol_or_contract_id}/exercise".format(
            symbol_or_contract_id=quote(str(symbol_or_contract_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    symbol_or_contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Exercise a held option contract

     Exercises every available contract of the position at once. Requests between the close and midnight
    are rejected. In-the-money contracts are exercised at expiry anyway unless a do-not-exercise
    instruction exists.

    Args:
        symbol_or_contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        symbol_or_contract_id=symbol_or_contract_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    symbol_or_contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Exercise a held option contract

     Exercises every available contract of the position at once. Requests between the close and midnight
    are rejected. In-the-money contracts are exercised at expiry anyway unless a do-not-exercise
    instruction exists.

    Args:
        symbol_or_contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        symbol_or_contract_id=symbol_or_contract_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    symbol_or_contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Exercise a held option contract

     Exercises every available contract of the position at once. Requests between the close and midnight
    are rejected. In-the-money contracts are exercised at expiry anyway unless a do-not-exercise
    instruction exists.

    Args:
        symbol_or_contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        symbol_or_contract_id=symbol_or_contract_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    symbol_or_contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Exercise a held option contract

     Exercises every available contract of the position at once. Requests between the close and midnight
    are rejected. In-the-money contracts are exercised at expiry anyway unless a do-not-exercise
    instruction exists.

    Args:
        symbol_or_contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            symbol_or_contract_id=symbol_or_contract_id,
            client=client,
        )
    ).parsed
