import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.corporate_action_region import CorporateActionRegion
from ...models.corporate_actions_response import CorporateActionsResponse
from ...models.error import Error
from ...models.sort import Sort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbols: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    types: str | Unset = UNSET,
    region: CorporateActionRegion | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbols"] = symbols

    params["cusips"] = cusips

    params["types"] = types

    json_region: str | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region.value

    params["region"] = json_region

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["ids"] = ids

    params["limit"] = limit

    params["page_token"] = page_token

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/corporate-actions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CorporateActionsResponse | Error | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(CorporateActionsResponse.from_dict, body, "")

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
) -> Response[CorporateActionsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbols: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    types: str | Unset = UNSET,
    region: CorporateActionRegion | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> Response[CorporateActionsResponse | Error]:
    """Splits, dividends, mergers and other corporate actions

     Ordered by process date. Alpaca may publish an action some time after it is announced.

    Args:
        symbols (str | Unset):
        cusips (str | Unset):
        types (str | Unset):
        region (CorporateActionRegion | Unset): Which corporate actions to list by the issuer's
            region.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        ids (str | Unset):
        limit (int | Unset):
        page_token (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorporateActionsResponse | Error]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        cusips=cusips,
        types=types,
        region=region,
        start=start,
        end=end,
        ids=ids,
        limit=limit,
        page_token=page_token,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbols: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    types: str | Unset = UNSET,
    region: CorporateActionRegion | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> CorporateActionsResponse | Error | None:
    """Splits, dividends, mergers and other corporate actions

     Ordered by process date. Alpaca may publish an action some time after it is announced.

    Args:
        symbols (str | Unset):
        cusips (str | Unset):
        types (str | Unset):
        region (CorporateActionRegion | Unset): Which corporate actions to list by the issuer's
            region.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        ids (str | Unset):
        limit (int | Unset):
        page_token (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorporateActionsResponse | Error
    """

    return sync_detailed(
        client=client,
        symbols=symbols,
        cusips=cusips,
        types=types,
        region=region,
        start=start,
        end=end,
        ids=ids,
        limit=limit,
        page_token=page_token,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbols: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    types: str | Unset = UNSET,
    region: CorporateActionRegion | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> Response[CorporateActionsResponse | Error]:
    """Splits, dividends, mergers and other corporate actions

     Ordered by process date. Alpaca may publish an action some time after it is announced.

    Args:
        symbols (str | Unset):
        cusips (str | Unset):
        types (str | Unset):
        region (CorporateActionRegion | Unset): Which corporate actions to list by the issuer's
            region.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        ids (str | Unset):
        limit (int | Unset):
        page_token (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorporateActionsResponse | Error]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        cusips=cusips,
        types=types,
        region=region,
        start=start,
        end=end,
        ids=ids,
        limit=limit,
        page_token=page_token,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbols: str | Unset = UNSET,
    cusips: str | Unset = UNSET,
    types: str | Unset = UNSET,
    region: CorporateActionRegion | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> CorporateActionsResponse | Error | None:
    """Splits, dividends, mergers and other corporate actions

     Ordered by process date. Alpaca may publish an action some time after it is announced.

    Args:
        symbols (str | Unset):
        cusips (str | Unset):
        types (str | Unset):
        region (CorporateActionRegion | Unset): Which corporate actions to list by the issuer's
            region.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        ids (str | Unset):
        limit (int | Unset):
        page_token (str | Unset):
        sort (Sort | Unset): Sort order by timestamp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorporateActionsResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            symbols=symbols,
            cusips=cusips,
            types=types,
            region=region,
            start=start,
            end=end,
            ids=ids,
            limit=limit,
            page_token=page_token,
            sort=sort,
        )
    ).parsed
