from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job import Job
from ...models.job_update import JobUpdate
from ...types import Response


def _get_kwargs(
    service_id: int,
    job_id: int,
    *,
    body: JobUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/".format(
            service_id=path_segment(service_id, "service_id"),
            job_id=path_segment(job_id, "job_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Job | None:
    if 200 <= response.status_code <= 299:
        response_2xx = Job.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Job]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: int,
    job_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: JobUpdate,
) -> Response[Error | Job]:
    """Job Detail Patch

    Args:
        service_id (int):
        job_id (int):
        body (JobUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Job]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        job_id=job_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: int,
    job_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: JobUpdate,
) -> Error | Job | None:
    """Job Detail Patch

    Args:
        service_id (int):
        job_id (int):
        body (JobUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Job
    """

    return sync_detailed(
        service_id=service_id,
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_id: int,
    job_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: JobUpdate,
) -> Response[Error | Job]:
    """Job Detail Patch

    Args:
        service_id (int):
        job_id (int):
        body (JobUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Job]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        job_id=job_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: int,
    job_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: JobUpdate,
) -> Error | Job | None:
    """Job Detail Patch

    Args:
        service_id (int):
        job_id (int):
        body (JobUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Job
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
