import datetime
from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_status import AssetStatus
from ...models.error import Error
from ...models.option_contracts_page import OptionContractsPage
from ...models.option_style import OptionStyle
from ...models.option_type import OptionType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    underlying_symbols: str | Unset = UNSET,
    show_deliverables: bool | Unset = UNSET,
    status: AssetStatus | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    style: OptionStyle | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ppind: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["underlying_symbols"] = underlying_symbols

    params["show_deliverables"] = show_deliverables

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_expiration_date: str | Unset = UNSET
    if not isinstance(expiration_date, Unset):
        json_expiration_date = expiration_date.isoformat()
    params["expiration_date"] = json_expiration_date

    json_expiration_date_gte: str | Unset = UNSET
    if not isinstance(expiration_date_gte, Unset):
        json_expiration_date_gte = expiration_date_gte.isoformat()
    params["expiration_date_gte"] = json_expiration_date_gte

    json_expiration_date_lte: str | Unset = UNSET
    if not isinstance(expiration_date_lte, Unset):
        json_expiration_date_lte = expiration_date_lte.isoformat()
    params["expiration_date_lte"] = json_expiration_date_lte

    params["root_symbol"] = root_symbol

    json_type: str | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = type.value

    params["type"] = json_type

    json_style: str | Unset = UNSET
    if not isinstance(style, Unset):
        json_style = style.value

    params["style"] = json_style

    json_strike_price_gte: str | Unset = UNSET
    if not isinstance(strike_price_gte, Unset):
        json_strike_price_gte = format(strike_price_gte, "f")
    params["strike_price_gte"] = json_strike_price_gte

    json_strike_price_lte: str | Unset = UNSET
    if not isinstance(strike_price_lte, Unset):
        json_strike_price_lte = format(strike_price_lte, "f")
    params["strike_price_lte"] = json_strike_price_lte

    params["page_token"] = page_token

    params["limit"] = limit

    params["ppind"] = ppind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/options/contracts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OptionContractsPage | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(OptionContractsPage.from_dict, body, "")

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
) -> Response[Error | OptionContractsPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    underlying_symbols: str | Unset = UNSET,
    show_deliverables: bool | Unset = UNSET,
    status: AssetStatus | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    style: OptionStyle | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ppind: bool | Unset = UNSET,
) -> Response[Error | OptionContractsPage]:
    """List option contracts

     Without filters the server returns active contracts expiring before the coming weekend. Pages follow
    `next_page_token`.

    Args:
        underlying_symbols (str | Unset):
        show_deliverables (bool | Unset):
        status (AssetStatus | Unset):
        expiration_date (datetime.date | Unset):
        expiration_date_gte (datetime.date | Unset):
        expiration_date_lte (datetime.date | Unset):
        root_symbol (str | Unset):
        type (OptionType | Unset):
        style (OptionStyle | Unset):
        strike_price_gte (Decimal | Unset):
        strike_price_lte (Decimal | Unset):
        page_token (str | Unset):
        limit (int | Unset):
        ppind (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptionContractsPage]
    """

    kwargs = _get_kwargs(
        underlying_symbols=underlying_symbols,
        show_deliverables=show_deliverables,
        status=status,
        expiration_date=expiration_date,
        expiration_date_gte=expiration_date_gte,
        expiration_date_lte=expiration_date_lte,
        root_symbol=root_symbol,
        type=type,
        style=style,
        strike_price_gte=strike_price_gte,
        strike_price_lte=strike_price_lte,
        page_token=page_token,
        limit=limit,
        ppind=ppind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    underlying_symbols: str | Unset = UNSET,
    show_deliverables: bool | Unset = UNSET,
    status: AssetStatus | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    style: OptionStyle | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ppind: bool | Unset = UNSET,
) -> Error | OptionContractsPage | None:
    """List option contracts

     Without filters the server returns active contracts expiring before the coming weekend. Pages follow
    `next_page_token`.

    Args:
        underlying_symbols (str | Unset):
        show_deliverables (bool | Unset):
        status (AssetStatus | Unset):
        expiration_date (datetime.date | Unset):
        expiration_date_gte (datetime.date | Unset):
        expiration_date_lte (datetime.date | Unset):
        root_symbol (str | Unset):
        type (OptionType | Unset):
        style (OptionStyle | Unset):
        strike_price_gte (Decimal | Unset):
        strike_price_lte (Decimal | Unset):
        page_token (str | Unset):
        limit (int | Unset):
        ppind (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OptionContractsPage
    """

    return sync_detailed(
        client=client,
        underlying_symbols=underlying_symbols,
        show_deliverables=show_deliverables,
        status=status,
        expiration_date=expiration_date,
        expiration_date_gte=expiration_date_gte,
        expiration_date_lte=expiration_date_lte,
        root_symbol=root_symbol,
        type=type,
        style=style,
        strike_price_gte=strike_price_gte,
        strike_price_lte=strike_price_lte,
        page_token=page_token,
        limit=limit,
        ppind=ppind,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    underlying_symbols: str | Unset = UNSET,
    show_deliverables: bool | Unset = UNSET,
    status: AssetStatus | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    style: OptionStyle | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ppind: bool | Unset = UNSET,
) -> Response[Error | OptionContractsPage]:
    """List option contracts

     Without filters the server returns active contracts expiring before the coming weekend. Pages follow
    `next_page_token`.

    Args:
        underlying_symbols (str | Unset):
        show_deliverables (bool | Unset):
        status (AssetStatus | Unset):
        expiration_date (datetime.date | Unset):
        expiration_date_gte (datetime.date | Unset):
        expiration_date_lte (datetime.date | Unset):
        root_symbol (str | Unset):
        type (OptionType | Unset):
        style (OptionStyle | Unset):
        strike_price_gte (Decimal | Unset):
        strike_price_lte (Decimal | Unset):
        page_token (str | Unset):
        limit (int | Unset):
        ppind (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptionContractsPage]
    """

    kwargs = _get_kwargs(
        underlying_symbols=underlying_symbols,
        show_deliverables=show_deliverables,
        status=status,
        expiration_date=expiration_date,
        expiration_date_gte=expiration_date_gte,
        expiration_date_lte=expiration_date_lte,
        root_symbol=root_symbol,
        type=type,
        style=style,
        strike_price_gte=strike_price_gte,
        strike_price_lte=strike_price_lte,
        page_token=page_token,
        limit=limit,
        ppind=ppind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    underlying_symbols: str | Unset = UNSET,
    show_deliverables: bool | Unset = UNSET,
    status: AssetStatus | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    expiration_date_gte: datetime.date | Unset = UNSET,
    expiration_date_lte: datetime.date | Unset = UNSET,
    root_symbol: str | Unset = UNSET,
    type: OptionType | Unset = UNSET,
    style: OptionStyle | Unset = UNSET,
    strike_price_gte: Decimal | Unset = UNSET,
    strike_price_lte: Decimal | Unset = UNSET,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ppind: bool | Unset = UNSET,
) -> Error | OptionContractsPage | None:
    """List option contracts

     Without filters the server returns active contracts expiring before the coming weekend. Pages follow
    `next_page_token`.

    Args:
        underlying_symbols (str | Unset):
        show_deliverables (bool | Unset):
        status (AssetStatus | Unset):
        expiration_date (datetime.date | Unset):
        expiration_date_gte (datetime.date | Unset):
        expiration_date_lte (datetime.date | Unset):
        root_symbol (str | Unset):
        type (OptionType | Unset):
        style (OptionStyle | Unset):
        strike_price_gte (Decimal | Unset):
        strike_price_lte (Decimal | Unset):
        page_token (str | Unset):
        limit (int | Unset):
        ppind (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OptionContractsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            underlying_symbols=underlying_symbols,
            show_deliverables=show_deliverables,
            status=status,
            expiration_date=expiration_date,
            expiration_date_gte=expiration_date_gte,
            expiration_date_lte=expiration_date_lte,
            root_symbol=root_symbol,
            type=type,
            style=style,
            strike_price_gte=strike_price_gte,
            strike_price_lte=strike_price_lte,
            page_token=page_token,
            limit=limit,
            ppind=ppind,
        )
    ).parsed
