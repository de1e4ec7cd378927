from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_jobs_csv_job_status_name_item import ExportJobsCsvJobStatusNameItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_id: int,
    *,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    user_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    job_status_name: list[ExportJobsCsvJobStatusNameItem] | Unset = UNSET,
    assignee_id: list[int] | Unset = UNSET,
    internal_lot_number: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["search"] = search

    params["dateGte"] = date_gte

    params["dateLte"] = date_lte

    json_material_id: list[int] | Unset = UNSET
    if not isinstance(material_id, Unset):
        json_material_id = material_id

    params["materialId"] = json_material_id

    json_user_id: list[int] | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = user_id

    params["userId"] = json_user_id

    json_workstation_id: list[int] | Unset = UNSET
    if not isinstance(workstation_id, Unset):
        json_workstation_id = workstation_id

    params["workstationId"] = json_workstation_id

    json_job_status_name: list[str] | Unset = UNSET
    if not isinstance(job_status_name, Unset):
        json_job_status_name = []
        for job_status_name_item_data in job_status_name:
            job_status_name_item = job_status_name_item_data.value
            json_job_status_name.append(job_status_name_item)

    params["jobStatusName"] = json_job_status_name

    json_assignee_id: list[int] | Unset = UNSET
    if not isinstance(assignee_id, Unset):
        json_assignee_id = assignee_id

    params["assigneeId"] = json_assignee_id

    json_internal_lot_number: list[str] | Unset = UNSET
    if not isinstance(internal_lot_number, Unset):
        json_internal_lot_number = internal_lot_number

    params["internalLotNumber"] = json_internal_lot_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/service-panel/services/{service_id}/jobs/export-csv/".format(
            service_id=path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str | None:
    if 200 <= response.status_code <= 299:
        response_2xx = response.text
        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    user_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    job_status_name: list[ExportJobsCsvJobStatusNameItem] | Unset = UNSET,
    assignee_id: list[int] | Unset = UNSET,
    internal_lot_number: list[str] | Unset = UNSET,
) -> Response[Error | str]:
    """Export Jobs to CSV

     Export a csv containing jobs information.

    Args:
        service_id (int):
        ordering (str | Unset):
        search (str | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        material_id (list[int] | Unset):
        user_id (list[int] | Unset):
        workstation_id (list[int] | Unset):
        job_status_name (list[ExportJobsCsvJobStatusNameItem] | Unset):
        assignee_id (list[int] | Unset):
        internal_lot_number (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        ordering=ordering,
        search=search,
        date_gte=date_gte,
        date_lte=date_lte,
        material_id=material_id,
        user_id=user_id,
        workstation_id=workstation_id,
        job_status_name=job_status_name,
        assignee_id=assignee_id,
        internal_lot_number=internal_lot_number,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    user_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    job_status_name: list[ExportJobsCsvJobStatusNameItem] | Unset = UNSET,
    assignee_id: list[int] | Unset = UNSET,
    internal_lot_number: list[str] | Unset = UNSET,
) -> Error | str | None:
    """Export Jobs to CSV

     Export a csv containing jobs information.

    Args:
        service_id (int):
        ordering (str | Unset):
        search (str | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        material_id (list[int] | Unset):
        user_id (list[int] | Unset):
        workstation_id (list[int] | Unset):
        job_status_name (list[ExportJobsCsvJobStatusNameItem] | Unset):
        assignee_id (list[int] | Unset):
        internal_lot_number (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        ordering=ordering,
        search=search,
        date_gte=date_gte,
        date_lte=date_lte,
        material_id=material_id,
        user_id=user_id,
        workstation_id=workstation_id,
        job_status_name=job_status_name,
        assignee_id=assignee_id,
        internal_lot_number=internal_lot_number,
    ).parsed


async def asyncio_detailed(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    user_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    job_status_name: list[ExportJobsCsvJobStatusNameItem] | Unset = UNSET,
    assignee_id: list[int] | Unset = UNSET,
    internal_lot_number: list[str] | Unset = UNSET,
) -> Response[Error | str]:
    """Export Jobs to CSV

     Export a csv containing jobs information.

    Args:
        service_id (int):
        ordering (str | Unset):
        search (str | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        material_id (list[int] | Unset):
        user_id (list[int] | Unset):
        workstation_id (list[int] | Unset):
        job_status_name (list[ExportJobsCsvJobStatusNameItem] | Unset):
        assignee_id (list[int] | Unset):
        internal_lot_number (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        ordering=ordering,
        search=search,
        date_gte=date_gte,
        date_lte=date_lte,
        material_id=material_id,
        user_id=user_id,
        workstation_id=workstation_id,
        job_status_name=job_status_name,
        assignee_id=assignee_id,
        internal_lot_number=internal_lot_number,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    user_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    job_status_name: list[ExportJobsCsvJobStatusNameItem] | Unset = UNSET,
    assignee_id: list[int] | Unset = UNSET,
    internal_lot_number: list[str] | Unset = UNSET,
) -> Error | str | None:
    """Export Jobs to CSV

     Export a csv containing jobs information.

    Args:
        service_id (int):
        ordering (str | Unset):
        search (str | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        material_id (list[int] | Unset):
        user_id (list[int] | Unset):
        workstation_id (list[int] | Unset):
        job_status_name (list[ExportJobsCsvJobStatusNameItem] | Unset):
        assignee_id (list[int] | Unset):
        internal_lot_number (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            ordering=ordering,
            search=search,
            date_gte=date_gte,
            date_lte=date_lte,
            material_id=material_id,
            user_id=user_id,
            workstation_id=workstation_id,
            job_status_name=job_status_name,
            assignee_id=assignee_id,
            internal_lot_number=internal_lot_number,
        )
    ).parsed
