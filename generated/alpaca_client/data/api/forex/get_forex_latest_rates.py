from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.forex_latest_rates_response import ForexLatestRatesResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    currency_pairs: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency_pairs"] = currency_pairs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta1/forex/latest/rates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ForexLatestRatesResponse | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(ForexLatestRatesResponse.from_dict, body, "")

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
) -> Response[Error | ForexLatestRatesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency_pairs: str,
) -> Response[Error | ForexLatestRatesResponse]:
    """Latest exchange rate for several currency pairs

    Args:
        currency_pairs (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForexLatestRatesResponse]
    """

    kwargs = _get_kwargs(
        currency_pairs=currency_pairs,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currency_pairs: str,
) -> Error | ForexLatestRatesResponse | None:
    """Latest exchange rate for several currency pairs

    Args:
        currency_pairs (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ForexLatestRatesResponse
    """

    return sync_detailed(
        client=client,
        currency_pairs=currency_pairs,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency_pairs: str,
) -> Response[Error | ForexLatestRatesResponse]:
    """Latest exchange rate for several currency pairs

    Args:
        currency_pairs (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForexLatestRatesResponse]
    """

    kwargs = _get_kwargs(
        currency_pairs=currency_pairs,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currency_pairs: str,
) -> Error | ForexLatestRatesResponse | None:
    """Latest exchange rate for several currency pairs

    Args:
        currency_pairs (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ForexLatestRatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            currency_pairs=currency_pairs,
        )
    ).parsed
