from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fixed_income_latest_quotes_response import FixedIncomeLatestQuotesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    isins: str,
    trade_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["isins"] = isins

    params["trade_size"] = trade_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta1/fixed_income/latest/quotes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FixedIncomeLatestQuotesResponse | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(FixedIncomeLatestQuotesResponse.from_dict, body, "")

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
) -> Response[Error | FixedIncomeLatestQuotesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    isins: str,
    trade_size: int | Unset = UNSET,
) -> Response[Error | FixedIncomeLatestQuotesResponse]:
    """Latest best bid and ask of several bonds

    Args:
        isins (str):
        trade_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FixedIncomeLatestQuotesResponse]
    """

    kwargs = _get_kwargs(
        isins=isins,
        trade_size=trade_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    isins: str,
    trade_size: int | Unset = UNSET,
) -> Error | FixedIncomeLatestQuotesResponse | None:
    """Latest best bid and ask of several bonds

    Args:
        isins (str):
        trade_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FixedIncomeLatestQuotesResponse
    """

    return sync_detailed(
        client=client,
        isins=isins,
        trade_size=trade_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    isins: str,
    trade_size: int | Unset = UNSET,
) -> Response[Error | FixedIncomeLatestQuotesResponse]:
    """Latest best bid and ask of several bonds

    Args:
        isins (str):
        trade_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FixedIncomeLatestQuotesResponse]
    """

    kwargs = _get_kwargs(
        isins=isins,
        trade_size=trade_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    isins: str,
    trade_size: int | Unset = UNSET,
) -> Error | FixedIncomeLatestQuotesResponse | None:
    """Latest best bid and ask of several bonds

    Args:
        isins (str):
        trade_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FixedIncomeLatestQuotesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            isins=isins,
            trade_size=trade_size,
        )
    ).parsed
