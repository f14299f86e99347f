from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.locate_error import LocateError
from ...models.locate_quotes import LocateQuotes
from ...types import UNSET, Response


def _get_kwargs(
    *,
    symbols: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbols"] = symbols

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/locates/quotes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LocateError | LocateQuotes | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(LocateQuotes.from_dict, body, "")

    if response.status_code == 400:
        body = parsing.json_body(response)
        return parsing.model(LocateError.from_dict, body, "")

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
) -> Response[Error | LocateError | LocateQuotes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
) -> Response[Error | LocateError | LocateQuotes]:
    """Get locate quotes

     Availability and fee per share for each symbol.

    Args:
        symbols (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocateError | LocateQuotes]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
) -> Error | LocateError | LocateQuotes | None:
    """Get locate quotes

     Availability and fee per share for each symbol.

    Args:
        symbols (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocateError | LocateQuotes
    """

    return sync_detailed(
        client=client,
        symbols=symbols,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
) -> Response[Error | LocateError | LocateQuotes]:
    """Get locate quotes

     Availability and fee per share for each symbol.

    Args:
        symbols (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocateError | LocateQuotes]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbols: str,
) -> Error | LocateError | LocateQuotes | None:
    """Get locate quotes

     Availability and fee per share for each symbol.

    Args:
        symbols (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocateError | LocateQuotes
    """

    return (
        await asyncio_detailed(
            client=client,
            symbols=symbols,
        )
    ).parsed
