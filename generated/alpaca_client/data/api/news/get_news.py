from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.news_response import NewsResponse
from ...models.sort import Sort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
    symbols: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_content: bool | Unset = UNSET,
    exclude_contentless: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["symbols"] = symbols

    params["limit"] = limit

    params["include_content"] = include_content

    params["exclude_contentless"] = exclude_contentless

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta1/news",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NewsResponse | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(NewsResponse.from_dict, body, "")

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
) -> Response[Error | NewsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
    symbols: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_content: bool | Unset = UNSET,
    exclude_contentless: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Error | NewsResponse]:
    """News articles about stocks and crypto

    Args:
        start (str | Unset):
        end (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.
        symbols (str | Unset):
        limit (int | Unset):
        include_content (bool | Unset):
        exclude_contentless (bool | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewsResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        sort=sort,
        symbols=symbols,
        limit=limit,
        include_content=include_content,
        exclude_contentless=exclude_contentless,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
    symbols: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_content: bool | Unset = UNSET,
    exclude_contentless: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Error | NewsResponse | None:
    """News articles about stocks and crypto

    Args:
        start (str | Unset):
        end (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.
        symbols (str | Unset):
        limit (int | Unset):
        include_content (bool | Unset):
        exclude_contentless (bool | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NewsResponse
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        sort=sort,
        symbols=symbols,
        limit=limit,
        include_content=include_content,
        exclude_contentless=exclude_contentless,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
    symbols: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_content: bool | Unset = UNSET,
    exclude_contentless: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Error | NewsResponse]:
    """News articles about stocks and crypto

    Args:
        start (str | Unset):
        end (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.
        symbols (str | Unset):
        limit (int | Unset):
        include_content (bool | Unset):
        exclude_contentless (bool | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewsResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        sort=sort,
        symbols=symbols,
        limit=limit,
        include_content=include_content,
        exclude_contentless=exclude_contentless,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
    symbols: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_content: bool | Unset = UNSET,
    exclude_contentless: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Error | NewsResponse | None:
    """News articles about stocks and crypto

    Args:
        start (str | Unset):
        end (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.
        symbols (str | Unset):
        limit (int | Unset):
        include_content (bool | Unset):
        exclude_contentless (bool | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NewsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            sort=sort,
            symbols=symbols,
            limit=limit,
            include_content=include_content,
            exclude_contentless=exclude_contentless,
            page_token=page_token,
        )
    ).parsed
