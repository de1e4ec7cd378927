from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_build_to_backlog_request import SendBuildToBacklogRequest
from ...models.send_build_to_backlog_response import SendBuildToBacklogResponse
from ...types import Response


def _get_kwargs(
    build_id: UUID,
    *,
    body: SendBuildToBacklogRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job-requests/{build_id}".format(
            build_id=path_segment(build_id, "build_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendBuildToBacklogResponse | None:
    if response.status_code == 201:
        response_201 = SendBuildToBacklogResponse.from_dict(response.json())

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
) -> Response[Error | SendBuildToBacklogResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    build_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SendBuildToBacklogRequest,
) -> Response[Error | SendBuildToBacklogResponse]:
    """Send Build to Job Request Queue

     ### Send a build to the Job Request Queue. This will create a printjob with a backlogged status, and
    return the printjob.

    Args:
        build_id (UUID):
        body (SendBuildToBacklogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendBuildToBacklogResponse]
    """

    kwargs = _get_kwargs(
        build_id=build_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    build_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SendBuildToBacklogRequest,
) -> Error | SendBuildToBacklogResponse | None:
    """Send Build to Job Request Queue

     ### Send a build to the Job Request Queue. This will create a printjob with a backlogged status, and
    return the printjob.

    Args:
        build_id (UUID):
        body (SendBuildToBacklogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendBuildToBacklogResponse
    """

    return sync_detailed(
        build_id=build_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    build_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SendBuildToBacklogRequest,
) -> Response[Error | SendBuildToBacklogResponse]:
    """Send Build to Job Request Queue

     ### Send a build to the Job Request Queue. This will create a printjob with a backlogged status, and
    return the printjob.

    Args:
        build_id (UUID):
        body (SendBuildToBacklogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendBuildToBacklogResponse]
    """

    kwargs = _get_kwargs(
        build_id=build_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    build_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SendBuildToBacklogRequest,
) -> Error | SendBuildToBacklogResponse | None:
    """Send Build to Job Request Queue

     ### Send a build to the Job Request Queue. This will create a printjob with a backlogged status, and
    return the printjob.

    Args:
        build_id (UUID):
        body (SendBuildToBacklogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendBuildToBacklogResponse
    """

    return (
        await asyncio_detailed(
            build_id=build_id,
            client=client,
            body=body,
        )
    ).parsed
