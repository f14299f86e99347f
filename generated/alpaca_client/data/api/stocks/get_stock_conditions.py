from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.condition_codes import ConditionCodes
from ...models.error import Error
from ...models.tape import Tape
from ...models.tick_type import TickType
from ...types import UNSET, Response


def _get_kwargs(
    ticktype: TickType,
    *,
    tape: Tape,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tape = tape.value
    params["tape"] = json_tape

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/stocks/meta/conditions/{ticktype}".format(
            ticktype=quote(str(ticktype), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConditionCodes | Error | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(ConditionCodes.from_dict, body, "")

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
) -> Response[ConditionCodes | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticktype: TickType,
    *,
    client: AuthenticatedClient | Client,
    tape: Tape,
) -> Response[ConditionCodes | Error]:
    """Names of the stock condition codes

    Args:
        ticktype (TickType): Kind of tick a condition code applies to.
        tape (Tape): Consolidated tape: A (NYSE), B (NYSE Arca, Cboe, IEX and other regionals), C
            (Nasdaq), N (overnight), O (OTC).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConditionCodes | Error]
    """

    kwargs = _get_kwargs(
        ticktype=ticktype,
        tape=tape,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticktype: TickType,
    *,
    client: AuthenticatedClient | Client,
    tape: Tape,
) -> ConditionCodes | Error | None:
    """Names of the stock condition codes

    Args:
        ticktype (TickType): Kind of tick a condition code applies to.
        tape (Tape): Consolidated tape: A (NYSE), B (NYSE Arca, Cboe, IEX and other regionals), C
            (Nasdaq), N (overnight), O (OTC).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConditionCodes | Error
    """

    return sync_detailed(
        ticktype=ticktype,
        client=client,
        tape=tape,
    ).parsed


async def asyncio_detailed(
    ticktype: TickType,
    *,
    client: AuthenticatedClient | Client,
    tape: Tape,
) -> Response[ConditionCodes | Error]:
    """Names of the stock condition codes

    Args:
        ticktype (TickType): Kind of tick a condition code applies to.
        tape (Tape): Consolidated tape: A (NYSE), B (NYSE Arca, Cboe, IEX and other regionals), C
            (Nasdaq), N (overnight), O (OTC).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConditionCodes | Error]
    """

    kwargs = _get_kwargs(
        ticktype=ticktype,
        tape=tape,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticktype: TickType,
    *,
    client: AuthenticatedClient | Client,
    tape: Tape,
) -> ConditionCodes | Error | None:
    """Names of the stock condition codes

    Args:
        ticktype (TickType): Kind of tick a condition code applies to.
        tape (Tape): Consolidated tape: A (NYSE), B (NYSE Arca, Cboe, IEX and other regionals), C
            (Nasdaq), N (overnight), O (OTC).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConditionCodes | Error
    """

    return (
        await asyncio_detailed(
            ticktype=ticktype,
            client=client,
            tape=tape,
        )
    ).parsed
