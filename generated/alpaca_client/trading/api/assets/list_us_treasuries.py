from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bond_status import BondStatus
from ...models.error import Error
from ...models.treasury_subtype import TreasurySubtype
from ...models.us_treasuries import UsTreasuries
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subtype: TreasurySubtype | Unset = UNSET,
    bond_status: BondStatus | Unset = UNSET,
    cusips: str | Unset = UNSET,
    isins: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_subtype: str | Unset = UNSET
    if not isinstance(subtype, Unset):
        json_subtype = subtype.value

    params["subtype"] = json_subtype

    json_bond_status: str | Unset = UNSET
    if not isinstance(bond_status, Unset):
        json_bond_status = bond_status.value

    params["bond_status"] = json_bond_status

    params["cusips"] = cusips

    params["isins"] = isins

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/assets/fixed_income/us_treasuries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UsTreasuries | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(UsTreasuries.from_dict, body, "")

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
) -> Response[Error | UsTreasuries]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    subtype: TreasurySubtype | Unset = UNSET,
    bond_status: BondStatus | Unset = UNSET,
    cusips: str | Unset = UNSET,
    isins: str | Unset = UNSET,
) -> Response[Error | UsTreasuries]:
    """List US treasuries

     Treasuries Alpaca offers, sorted by ISIN.

    Args:
        subtype (TreasurySubtype | Unset):
        bond_status (BondStatus | Unset):
        cusips (str | Unset):
        isins (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsTreasuries]
    """

    kwargs = _get_kwargs(
        subtype=subtype,
        bond_status=bond_status,
        cusips=cusips,
        isins=isins,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    subtype: TreasurySubtype | Unset = UNSET,
    bond_status: BondStatus | Unset = UNSET,
    cusips: str | Unset = UNSET,
    isins: str | Unset = UNSET,
) -> Error | UsTreasuries | None:
    """List US treasuries

     Treasuries Alpaca offers, sorted by ISIN.

    Args:
        subtype (TreasurySubtype | Unset):
        bond_status (BondStatus | Unset):
        cusips (str | Unset):
        isins (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsTreasuries
    """

    return sync_detailed(
        client=client,
        subtype=subtype,
        bond_status=bond_status,
        cusips=cusips,
        isins=isins,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subtype: TreasurySubtype | Unset = UNSET,
    bond_status: BondStatus | Unset = UNSET,
    cusips: str | Unset = UNSET,
    isins: str | Unset = UNSET,
) -> Response[Error | UsTreasuries]:
    """List US treasuries

     Treasuries Alpaca offers, sorted by ISIN.

    Args:
        subtype (TreasurySubtype | Unset):
        bond_status (BondStatus | Unset):
        cusips (str | Unset):
        isins (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsTreasuries]
    """

    kwargs = _get_kwargs(
        subtype=subtype,
        bond_status=bond_status,
        cusips=cusips,
        isins=isins,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subtype: TreasurySubtype | Unset = UNSET,
    bond_status: BondStatus | Unset = UNSET,
    cusips: str | Unset = UNSET,
    isins: str | Unset = UNSET,
) -> Error | UsTreasuries | None:
    """List US treasuries

     Treasuries Alpaca offers, sorted by ISIN.

    Args:
        subtype (TreasurySubtype | Unset):
        bond_status (BondStatus | Unset):
        cusips (str | Unset):
        isins (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsTreasuries
    """

    return (
        await asyncio_detailed(
            client=client,
            subtype=subtype,
            bond_status=bond_status,
            cusips=cusips,
            isins=isins,
        )
    ).parsed
