from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.most_actives import MostActives
from ...models.most_actives_by import MostActivesBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    by: MostActivesBy | Unset = UNSET,
    top: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_by: str | Unset = UNSET
    if not isinstance(by, Unset):
        json_by = by.value

    params["by"] = json_by

    params["top"] = top

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta1/screener/stocks/most-actives",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MostActives | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(MostActives.from_dict, body, "")

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
) -> Response[Error | MostActives]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: MostActivesBy | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Response[Error | MostActives]:
    """Stocks with the highest volume or trade count today

     Computed from real-time SIP data.

    Args:
        by (MostActivesBy | Unset): Ranking metric for most active stocks.
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MostActives]
    """

    kwargs = _get_kwargs(
        by=by,
        top=top,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    by: MostActivesBy | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Error | MostActives | None:
    """Stocks with the highest volume or trade count today

     Computed from real-time SIP data.

    Args:
        by (MostActivesBy | Unset): Ranking metric for most active stocks.
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MostActives
    """

    return sync_detailed(
        client=client,
        by=by,
        top=top,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: MostActivesBy | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Response[Error | MostActives]:
    """Stocks with the highest volume or trade count today

     Computed from real-time SIP data.

    Args:
        by (MostActivesBy | Unset): Ranking metric for most active stocks.
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MostActives]
    """

    kwargs = _get_kwargs(
        by=by,
        top=top,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    by: MostActivesBy | Unset = UNSET,
    top: int | Unset = UNSET,
) -> Error | MostActives | None:
    """Stocks with the highest volume or trade count today

     Computed from real-time SIP data.

    Args:
        by (MostActivesBy | Unset): Ranking metric for most active stocks.
        top (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MostActives
    """

    return (
        await asyncio_detailed(
            client=client,
            by=by,
            top=top,
        )
    ).parsed
