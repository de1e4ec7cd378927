from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.read_signed_url_response import ReadSignedURLResponse
from ...types import Response


def _get_kwargs(
    part_version_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/part_versions/{part_version_id}/download".format(
            part_version_id=path_segment(part_version_id, "part_version_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReadSignedURLResponse | None:
    if response.status_code == 200:
        response_200 = ReadSignedURLResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ReadSignedURLResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    part_version_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ReadSignedURLResponse]:
    """Get Part Version Download URL

     ### Get the download URL for the STL file of a part version, valid for 30 seconds.

    Args:
        part_version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReadSignedURLResponse]
    """

    kwargs = _get_kwargs(
        part_version_id=part_version_id,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    part_version_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ReadSignedURLResponse | None:
    """Get Part Version Download URL

     ### Get the download URL for the STL file of a part version, valid for 30 seconds.

    Args:
        part_version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReadSignedURLResponse
    """

    return sync_detailed(
        part_version_id=part_version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    part_version_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ReadSignedURLResponse]:
    """Get Part Version Download URL

     ### Get the download URL for the STL file of a part version, valid for 30 seconds.

    Args:
        part_version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReadSignedURLResponse]
    """

    kwargs = _get_kwargs(
        part_version_id=part_version_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    part_version_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ReadSignedURLResponse | None:
    """Get Part Version Download URL

     ### Get the download URL for the STL file of a part version, valid for 30 seconds.

    Args:
        part_version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReadSignedURLResponse
    """

    return (
        await asyncio_detailed(
            part_version_id=part_version_id,
            client=client,
        )
    ).parsed
