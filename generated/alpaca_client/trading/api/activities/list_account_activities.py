import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_activity import AccountActivity
from ...models.activity_category import ActivityCategory
from ...models.error import Error
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    activity_types: str | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["activity_types"] = activity_types

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/account/activities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[AccountActivity] | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.array(
            lambda value0, key0: parsing.model(AccountActivity.from_dict, value0, key0), body, ""
        )

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
) -> Response[Error | list[AccountActivity]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    activity_types: str | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Error | list[AccountActivity]]:
    """List account activities

     Fills and non-trade entries, newest first unless `direction=asc`. Pages: pass the `id` of the last
    activity received as `page_token`.

    Args:
        activity_types (str | Unset):
        category (ActivityCategory | Unset):
        date (datetime.date | Unset):
        until (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        direction (SortDirection | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AccountActivity]]
    """

    kwargs = _get_kwargs(
        activity_types=activity_types,
        category=category,
        date=date,
        until=until,
        after=after,
        direction=direction,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    activity_types: str | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Error | list[AccountActivity] | None:
    """List account activities

     Fills and non-trade entries, newest first unless `direction=asc`. Pages: pass the `id` of the last
    activity received as `page_token`.

    Args:
        activity_types (str | Unset):
        category (ActivityCategory | Unset):
        date (datetime.date | Unset):
        until (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        direction (SortDirection | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AccountActivity]
    """

    return sync_detailed(
        client=client,
        activity_types=activity_types,
        category=category,
        date=date,
        until=until,
        after=after,
        direction=direction,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    activity_types: str | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Error | list[AccountActivity]]:
    """List account activities

     Fills and non-trade entries, newest first unless `direction=asc`. Pages: pass the `id` of the last
    activity received as `page_token`.

    Args:
        activity_types (str | Unset):
        category (ActivityCategory | Unset):
        date (datetime.date | Unset):
        until (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        direction (SortDirection | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AccountActivity]]
    """

    kwargs = _get_kwargs(
        activity_types=activity_types,
        category=category,
        date=date,
        until=until,
        after=after,
        direction=direction,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    activity_types: str | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Error | list[AccountActivity] | None:
    """List account activities

     Fills and non-trade entries, newest first unless `direction=asc`. Pages: pass the `id` of the last
    activity received as `page_token`.

    Args:
        activity_types (str | Unset):
        category (ActivityCategory | Unset):
        date (datetime.date | Unset):
        until (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        direction (SortDirection | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AccountActivity]
    """

    return (
        await asyncio_detailed(
            client=client,
            activity_types=activity_types,
            category=category,
            date=date,
            until=until,
            after=after,
            direction=direction,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
