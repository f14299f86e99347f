from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

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
        response_200 = Locate.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = LocateError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

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
