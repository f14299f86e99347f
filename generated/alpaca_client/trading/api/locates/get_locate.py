from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.locate import Locate
from ...models.locate_error import LocateError
from ...types import Response


def _get_kwargs(
    locate_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/locates/{locate_id}".format(
            locate_id=quote(str(locate_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Locate | LocateError | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.model(Locate.from_dict, body, "")

    if response.status_code == 400:
        body = parsing.json_body(response)
        return parsing.model(LocateError.from_dict, body, "")

    if response.status_code == 401:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 403:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 404:
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
) -> Response[Error | Locate | LocateError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    locate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Locate | LocateError]:
    """Get a locate

    Args:
        locate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Locate | LocateError]
    """

    kwargs = _get_kwargs(
        locate_id=locate_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    locate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Locate | LocateError | None:
    """Get a locate

    Args:
        locate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Locate | LocateError
    """

    return sync_detailed(
        locate_id=locate_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    locate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Locate | LocateError]:
    """Get a locate

    Args:
        locate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Locate | LocateError]
    """

    kwargs = _get_kwargs(
        locate_id=locate_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    locate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Locate | LocateError | None:
    """Get a locate

    Args:
        locate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Locate | LocateError
    """

    return (
        await asyncio_detailed(
            locate_id=locate_id,
            client=client,
        )
    ).parsed
