from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ampi_part import AmpiPart
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    short_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/ampi/parts/{short_id}/".format(
            short_id=path_segment(short_id, "short_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AmpiPart | Error | None:
    if 200 <= response.status_code <= 299:
        response_2xx = AmpiPart.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AmpiPart | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    short_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AmpiPart | Error]:
    """Get Part Details

    Args:
        short_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmpiPart | Error]
    """

    kwargs = _get_kwargs(
        short_id=short_id,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    short_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AmpiPart | Error | None:
    """Get Part Details

    Args:
        short_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmpiPart | Error
    """

    return sync_detailed(
        short_id=short_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    short_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AmpiPart | Error]:
    """Get Part Details

    Args:
        short_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmpiPart | Error]
    """

    kwargs = _get_kwargs(
        short_id=short_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    short_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AmpiPart | Error | None:
    """Get Part Details

    Args:
        short_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmpiPart | Error
    """

    return (
        await asyncio_detailed(
            short_id=short_id,
            client=client,
        )
    ).parsed
