from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_printed_part_scan_report_response import GetPrintedPartScanReportResponse
from ...types import Response


def _get_kwargs(
    printed_part_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/printed_parts/{printed_part_id}/scan_report".format(
            printed_part_id=path_segment(printed_part_id, "printed_part_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetPrintedPartScanReportResponse | None:
    if response.status_code == 200:
        response_200 = GetPrintedPartScanReportResponse.from_dict(response.json())

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
) -> Response[Error | GetPrintedPartScanReportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    printed_part_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | GetPrintedPartScanReportResponse]:
    """Get a Printed Part's Scan Report

     ### Get the URL to download the scan report for a printed part A null value will be returned if the
    scan report hasn't been generated yet.

    Args:
        printed_part_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetPrintedPartScanReportResponse]
    """

    kwargs = _get_kwargs(
        printed_part_id=printed_part_id,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    printed_part_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | GetPrintedPartScanReportResponse | None:
    """Get a Printed Part's Scan Report

     ### Get the URL to download the scan report for a printed part A null value will be returned if the
    scan report hasn't been generated yet.

    Args:
        printed_part_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetPrintedPartScanReportResponse
    """

    return sync_detailed(
        printed_part_id=printed_part_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    printed_part_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | GetPrintedPartScanReportResponse]:
    """Get a Printed Part's Scan Report

     ### Get the URL to download the scan report for a printed part A null value will be returned if the
    scan report hasn't been generated yet.

    Args:
        printed_part_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetPrintedPartScanReportResponse]
    """

    kwargs = _get_kwargs(
        printed_part_id=printed_part_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    printed_part_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | GetPrintedPartScanReportResponse | None:
    """Get a Printed Part's Scan Report

     ### Get the URL to download the scan report for a printed part A null value will be returned if the
    scan report hasn't been generated yet.

    Args:
        printed_part_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetPrintedPartScanReportResponse
    """

    return (
        await asyncio_detailed(
            printed_part_id=printed_part_id,
            client=client,
        )
    ).parsed
