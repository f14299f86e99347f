from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.condition_codes import ConditionCodes
from ...models.error import Error
from ...models.tick_type import TickType
from ...types import Response


def _get_kwargs(
    ticktype: TickType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta1/options/meta/conditions/{ticktype}".format(
            ticktype=quote(str(ticktype), safe=""),
        ),
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
) -> Response[ConditionCodes | Error]:
    """Names of the option condition codes

    Args:
        ticktype (TickType): Kind of tick a condition code applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConditionCodes | Error]
    """

    kwargs = _get_kwargs(
        ticktype=ticktype,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticktype: TickType,
    *,
    client: AuthenticatedClient | Client,
) -> ConditionCodes | Error | None:
    """Names of the option condition codes

    Args:
        ticktype (TickType): Kind of tick a condition code applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConditionCodes | Error
    """

    return sync_detailed(
        ticktype=ticktype,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticktype: TickType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConditionCodes | Error]:
    """Names of the option condition codes

    Args:
        ticktype (TickType): Kind of tick a condition code applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConditionCodes | Error]
    """

    kwargs = _get_kwargs(
        ticktype=ticktype,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticktype: TickType,
    *,
    client: AuthenticatedClient | Client,
) -> ConditionCodes | Error | None:
    """Names of the option condition codes

    Args:
        ticktype (TickType): Kind of tick a condition code applies to.

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
        )
    ).parsed
