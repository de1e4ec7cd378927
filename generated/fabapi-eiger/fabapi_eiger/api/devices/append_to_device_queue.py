from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.append_to_device_queue_request import AppendToDeviceQueueRequest
from ...models.append_to_device_queue_response import AppendToDeviceQueueResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    device_id: UUID,
    *,
    body: AppendToDeviceQueueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devices/{device_id}/queue".format(
            device_id=path_segment(device_id, "device_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppendToDeviceQueueResponse | Error | None:
    if response.status_code == 201:
        response_201 = AppendToDeviceQueueResponse.from_dict(response.json())

        return response_201

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
) -> Response[AppendToDeviceQueueResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AppendToDeviceQueueRequest,
) -> Response[AppendToDeviceQueueResponse | Error]:
    """Add Build to Queue

     ### Add a build to the device queue

    Args:
        device_id (UUID):
        body (AppendToDeviceQueueRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppendToDeviceQueueResponse | Error]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AppendToDeviceQueueRequest,
) -> AppendToDeviceQueueResponse | Error | None:
    """Add Build to Queue

     ### Add a build to the device queue

    Args:
        device_id (UUID):
        body (AppendToDeviceQueueRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppendToDeviceQueueResponse | Error
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    device_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AppendToDeviceQueueRequest,
) -> Response[AppendToDeviceQueueResponse | Error]:
    """Add Build to Queue

     ### Add a build to the device queue

    Args:
        device_id (UUID):
        body (AppendToDeviceQueueRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppendToDeviceQueueResponse | Error]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AppendToDeviceQueueRequest,
) -> AppendToDeviceQueueResponse | Error | None:
    """Add Build to Queue

     ### Add a build to the device queue

    Args:
        device_id (UUID):
        body (AppendToDeviceQueueRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppendToDeviceQueueResponse | Error
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            body=body,
        )
    ).parsed
