from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.page import Page
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_id: int,
    *,
    ordering: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    exclude_sequence_id: int | Unset = UNSET,
    exclude_job_id: int | Unset = UNSET,
    in_workstation_step: bool | Unset = False,
    part_id: int | Unset = UNSET,
    from_time: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    json_material_id: list[int] | Unset = UNSET
    if not isinstance(material_id, Unset):
        json_material_id = material_id

    params["materialId"] = json_material_id

    json_technology_id: list[int] | Unset = UNSET
    if not isinstance(technology_id, Unset):
        json_technology_id = technology_id

    params["technologyId"] = json_technology_id

    json_workstation_id: list[int] | Unset = UNSET
    if not isinstance(workstation_id, Unset):
        json_workstation_id = workstation_id

    params["workstationId"] = json_workstation_id

    params["dateGte"] = date_gte

    params["dateLte"] = date_lte

    json_status_name: list[str] | Unset = UNSET
    if not isinstance(status_name, Unset):
        json_status_name = status_name

    params["statusName"] = json_status_name

    json_processing_title: list[str] | Unset = UNSET
    if not isinstance(processing_title, Unset):
        json_processing_title = processing_title

    params["processingTitle"] = json_processing_title

    params["excludeSequenceId"] = exclude_sequence_id

    params["excludeJobId"] = exclude_job_id

    params["inWorkstationStep"] = in_workstation_step

    params["partId"] = part_id

    params["fromTime"] = from_time

    params["duration"] = duration

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/service-panel/services/{service_id}/sequences/".format(
            service_id=path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Page | None:
    if 200 <= response.status_code <= 299:
        response_2xx = Page.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Page]:
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
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    exclude_sequence_id: int | Unset = UNSET,
    exclude_job_id: int | Unset = UNSET,
    in_workstation_step: bool | Unset = False,
    part_id: int | Unset = UNSET,
    from_time: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Response[Error | Page]:
    """Job Sequence List

    Args:
        service_id (int):
        ordering (str | Unset):
        material_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        workstation_id (list[int] | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        status_name (list[str] | Unset):
        processing_title (list[str] | Unset):
        exclude_sequence_id (int | Unset):
        exclude_job_id (int | Unset):
        in_workstation_step (bool | Unset):  Default: False.
        part_id (int | Unset):
        from_time (str | Unset):
        duration (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Page]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        ordering=ordering,
        material_id=material_id,
        technology_id=technology_id,
        workstation_id=workstation_id,
        date_gte=date_gte,
        date_lte=date_lte,
        status_name=status_name,
        processing_title=processing_title,
        exclude_sequence_id=exclude_sequence_id,
        exclude_job_id=exclude_job_id,
        in_workstation_step=in_workstation_step,
        part_id=part_id,
        from_time=from_time,
        duration=duration,
        page=page,
        page_size=page_size,
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
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    exclude_sequence_id: int | Unset = UNSET,
    exclude_job_id: int | Unset = UNSET,
    in_workstation_step: bool | Unset = False,
    part_id: int | Unset = UNSET,
    from_time: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Error | Page | None:
    """Job Sequence List

    Args:
        service_id (int):
        ordering (str | Unset):
        material_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        workstation_id (list[int] | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        status_name (list[str] | Unset):
        processing_title (list[str] | Unset):
        exclude_sequence_id (int | Unset):
        exclude_job_id (int | Unset):
        in_workstation_step (bool | Unset):  Default: False.
        part_id (int | Unset):
        from_time (str | Unset):
        duration (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Page
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        ordering=ordering,
        material_id=material_id,
        technology_id=technology_id,
        workstation_id=workstation_id,
        date_gte=date_gte,
        date_lte=date_lte,
        status_name=status_name,
        processing_title=processing_title,
        exclude_sequence_id=exclude_sequence_id,
        exclude_job_id=exclude_job_id,
        in_workstation_step=in_workstation_step,
        part_id=part_id,
        from_time=from_time,
        duration=duration,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    exclude_sequence_id: int | Unset = UNSET,
    exclude_job_id: int | Unset = UNSET,
    in_workstation_step: bool | Unset = False,
    part_id: int | Unset = UNSET,
    from_time: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Response[Error | Page]:
    """Job Sequence List

    Args:
        service_id (int):
        ordering (str | Unset):
        material_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        workstation_id (list[int] | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        status_name (list[str] | Unset):
        processing_title (list[str] | Unset):
        exclude_sequence_id (int | Unset):
        exclude_job_id (int | Unset):
        in_workstation_step (bool | Unset):  Default: False.
        part_id (int | Unset):
        from_time (str | Unset):
        duration (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Page]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        ordering=ordering,
        material_id=material_id,
        technology_id=technology_id,
        workstation_id=workstation_id,
        date_gte=date_gte,
        date_lte=date_lte,
        status_name=status_name,
        processing_title=processing_title,
        exclude_sequence_id=exclude_sequence_id,
        exclude_job_id=exclude_job_id,
        in_workstation_step=in_workstation_step,
        part_id=part_id,
        from_time=from_time,
        duration=duration,
        page=page,
        page_size=page_size,
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
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    workstation_id: list[int] | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    exclude_sequence_id: int | Unset = UNSET,
    exclude_job_id: int | Unset = UNSET,
    in_workstation_step: bool | Unset = False,
    part_id: int | Unset = UNSET,
    from_time: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Error | Page | None:
    """Job Sequence List

    Args:
        service_id (int):
        ordering (str | Unset):
        material_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        workstation_id (list[int] | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        status_name (list[str] | Unset):
        processing_title (list[str] | Unset):
        exclude_sequence_id (int | Unset):
        exclude_job_id (int | Unset):
        in_workstation_step (bool | Unset):  Default: False.
        part_id (int | Unset):
        from_time (str | Unset):
        duration (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Page
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            ordering=ordering,
            material_id=material_id,
            technology_id=technology_id,
            workstation_id=workstation_id,
            date_gte=date_gte,
            date_lte=date_lte,
            status_name=status_name,
            processing_title=processing_title,
            exclude_sequence_id=exclude_sequence_id,
            exclude_job_id=exclude_job_id,
            in_workstation_step=in_workstation_step,
            part_id=part_id,
            from_time=from_time,
            duration=duration,
            page=page,
            page_size=page_size,
        )
    ).parsed
