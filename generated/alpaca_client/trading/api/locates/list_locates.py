import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.locate_error import LocateError
from ...models.locate_status import LocateStatus
from ...models.locates_page import LocatesPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: LocateStatus | Unset = UNSET,
    symbol: str | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_token"] = page_token

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["symbol"] = symbol

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/locates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LocateError | LocatesPage | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(LocatesPage.from_dict, body, "")

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
) -> Response[Error | LocateError | LocatesPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: LocateStatus | Unset = UNSET,
    symbol: str | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> Response[Error | LocateError | LocatesPage]:
    """List locates

     Newest first (ties by id); pages follow `next_page_token`.

    Args:
        page_token (str | Unset):
        limit (int | Unset):
        status (LocateStatus | Unset):
        symbol (str | Unset):
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocateError | LocatesPage]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
        limit=limit,
        status=status,
        symbol=symbol,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: LocateStatus | Unset = UNSET,
    symbol: str | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> Error | LocateError | LocatesPage | None:
    """List locates

     Newest first (ties by id); pages follow `next_page_token`.

    Args:
        page_token (str | Unset):
        limit (int | Unset):
        status (LocateStatus | Unset):
        symbol (str | Unset):
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocateError | LocatesPage
    """

    return sync_detailed(
        client=client,
        page_token=page_token,
        limit=limit,
        status=status,
        symbol=symbol,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: LocateStatus | Unset = UNSET,
    symbol: str | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> Response[Error | LocateError | LocatesPage]:
    """List locates

     Newest first (ties by id); pages follow `next_page_token`.

    Args:
        page_token (str | Unset):
        limit (int | Unset):
        status (LocateStatus | Unset):
        symbol (str | Unset):
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocateError | LocatesPage]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
        limit=limit,
        status=status,
        symbol=symbol,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: LocateStatus | Unset = UNSET,
    symbol: str | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> Error | LocateError | LocatesPage | None:
    """List locates

     Newest first (ties by id); pages follow `next_page_token`.

    Args:
        page_token (str | Unset):
        limit (int | Unset):
        status (LocateStatus | Unset):
        symbol (str | Unset):
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocateError | LocatesPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page_token=page_token,
            limit=limit,
            status=status,
            symbol=symbol,
            start=start,
            end=end,
        )
    ).parsed
