from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_print_job_part_scan_report_response_item import GetPrintJobPartScanReportResponseItem
from ...types import Response


def _get_kwargs(
    print_job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/print_jobs/{print_job_id}/scan_report".format(
            print_job_id=path_segment(print_job_id, "print_job_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[GetPrintJobPartScanReportResponseItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_get_print_job_part_scan_report_response_item_data in _response_200:
            componentsschemas_get_print_job_part_scan_report_response_item = (
                GetPrintJobPartScanReportResponseItem.from_dict(
                    componentsschemas_get_print_job_part_scan_report_response_item_data
                )
            )

            response_200.append(componentsschemas_get_print_job_part_scan_report_response_item)

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
) -> Response[Error | list[GetPrintJobPartScanReportResponseItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    print_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[GetPrintJobPartScanReportResponseItem]]:
    """Get Print Job Scan Reports

     ### Get all URLs to download the scan reports for printed parts associated with a print job A null
    value will be returned for any scan reports that haven't been generated yet.

    Args:
        print_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[GetPrintJobPartScanReportResponseItem]]
    """

    kwargs = _get_kwargs(
        print_job_id=print_job_id,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    print_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[GetPrintJobPartScanReportResponseItem] | None:
    """Get Print Job Scan Reports

     ### Get all URLs to download the scan reports for printed parts associated with a print job A null
    value will be returned for any scan reports that haven't been generated yet.

    Args:
        print_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[GetPrintJobPartScanReportResponseItem]
    """

    return sync_detailed(
        print_job_id=print_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    print_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[GetPrintJobPartScanReportResponseItem]]:
    """Get Print Job Scan Reports

     ### Get all URLs to download the scan reports for printed parts associated with a print job A null
    value will be returned for any scan reports that haven't been generated yet.

    Args:
        print_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[GetPrintJobPartScanReportResponseItem]]
    """

    kwargs = _get_kwargs(
        print_job_id=print_job_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    print_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[GetPrintJobPartScanReportResponseItem] | None:
    """Get Print Job Scan Reports

     ### Get all URLs to download the scan reports for printed parts associated with a print job A null
    value will be returned for any scan reports that haven't been generated yet.

    Args:
        print_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[GetPrintJobPartScanReportResponseItem]
    """

    return (
        await asyncio_detailed(
            print_job_id=print_job_id,
            client=client,
        )
    ).parsed
