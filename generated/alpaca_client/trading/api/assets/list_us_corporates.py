from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bond_status import BondStatus
from ...models.error import Error
from ...models.us_corporates import UsCorporates
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bond_status: BondStatus | Unset = UNSET,
    isins: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_bond_status: str | Unset = UNSET
    if not isinstance(bond_status, Unset):
        json_bond_status = bond_status.value

    params["bond_status"] = json_bond_status

    params["isins"] = isins

    params["cusips"] = cusips

    params["tickers"] = tickers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/assets/fixed_income/us_corporates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UsCorporates | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(UsCorporates.from_dict, body, "")

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
) -> Response[Error | UsCorporates]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bond_status: BondStatus | Unset = UNSET,
    isins: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
) -> Response[Error | UsCorporates]:
    """List US corporate bonds

     Corporate bonds Alpaca offers, sorted by ISIN.

    Args:
        bond_status (BondStatus | Unset):
        isins (str | Unset):
        cusips (str | Unset):
        tickers (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsCorporates]
    """

    kwargs = _get_kwargs(
        bond_status=bond_status,
        isins=isins,
        cusips=cusips,
        tickers=tickers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bond_status: BondStatus | Unset = UNSET,
    isins: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
) -> Error | UsCorporates | None:
    """List US corporate bonds

     Corporate bonds Alpaca offers, sorted by ISIN.

    Args:
        bond_status (BondStatus | Unset):
        isins (str | Unset):
        cusips (str | Unset):
        tickers (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsCorporates
    """

    return sync_detailed(
        client=client,
        bond_status=bond_status,
        isins=isins,
        cusips=cusips,
        tickers=tickers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bond_status: BondStatus | Unset = UNSET,
    isins: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
) -> Response[Error | UsCorporates]:
    """List US corporate bonds

     Corporate bonds Alpaca offers, sorted by ISIN.

    Args:
        bond_status (BondStatus | Unset):
        isins (str | Unset):
        cusips (str | Unset):
        tickers (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsCorporates]
    """

    kwargs = _get_kwargs(
        bond_status=bond_status,
        isins=isins,
        cusips=cusips,
        tickers=tickers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bond_status: BondStatus | Unset = UNSET,
    isins: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
) -> Error | UsCorporates | None:
    """List US corporate bonds

     Corporate bonds Alpaca offers, sorted by ISIN.

    Args:
        bond_status (BondStatus | Unset):
        isins (str | Unset):
        cusips (str | Unset):
        tickers (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsCorporates
    """

    return (
        await asyncio_detailed(
            client=client,
            bond_status=bond_status,
            isins=isins,
            cusips=cusips,
            tickers=tickers,
        )
    ).parsed
