from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.queued_print_job_view import QueuedPrintJobView
from ...models.queued_print_job_view_extended import QueuedPrintJobViewExtended
from ...types import Response


def _get_kwargs(
    device_id: UUID,
    queued_job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}/queue/{queued_job_id}".format(
            device_id=path_segment(device_id, "device_id"),
            queued_job_id=path_segment(queued_job_id, "queued_job_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QueuedPrintJobView | QueuedPrintJobViewExtended | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> QueuedPrintJobView | QueuedPrintJobViewExtended:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_read_device_queue_response_type_0 = QueuedPrintJobViewExtended.from_dict(data)

                return componentsschemas_read_device_queue_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_read_device_queue_response_type_1 = QueuedPrintJobView.from_dict(data)

            return componentsschemas_read_device_queue_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

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
) -> Response[Error | QueuedPrintJobView | QueuedPrintJobViewExtended]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: UUID,
    queued_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | QueuedPrintJobView | QueuedPrintJobViewExtended]:
    """Get Queued Job

     ### Get job information from queue

    Args:
        device_id (UUID):
        queued_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueuedPrintJobView | QueuedPrintJobViewExtended]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        queued_job_id=queued_job_id,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: UUID,
    queued_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | QueuedPrintJobView | QueuedPrintJobViewExtended | None:
    """Get Queued Job

     ### Get job information from queue

    Args:
        device_id (UUID):
        queued_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueuedPrintJobView | QueuedPrintJobViewExtended
    """

    return sync_detailed(
        device_id=device_id,
        queued_job_id=queued_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    device_id: UUID,
    queued_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | QueuedPrintJobView | QueuedPrintJobViewExtended]:
    """Get Queued Job

     ### Get job information from queue

    Args:
        device_id (UUID):
        queued_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueuedPrintJobView | QueuedPrintJobViewExtended]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        queued_job_id=queued_job_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: UUID,
    queued_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | QueuedPrintJobView | QueuedPrintJobViewExtended | None:
    """Get Queued Job

     ### Get job information from queue

    Args:
        device_id (UUID):
        queued_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueuedPrintJobView | QueuedPrintJobViewExtended
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            queued_job_id=queued_job_id,
            client=client,
        )
    ).parsed
