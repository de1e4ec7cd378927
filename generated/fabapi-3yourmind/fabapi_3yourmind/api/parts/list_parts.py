import datetime
from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_parts_scheduled import ListPartsScheduled
from ...models.page import Page
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    search: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    assignee_id: int | Unset = UNSET,
    scheduled: ListPartsScheduled | Unset = UNSET,
    modified_date_gte: datetime.date | Unset = UNSET,
    modified_date_lte: datetime.date | Unset = UNSET,
    order_date_gte: datetime.date | Unset = UNSET,
    order_date_lte: datetime.date | Unset = UNSET,
    target_date_gte: datetime.date | Unset = UNSET,
    target_date_lte: datetime.date | Unset = UNSET,
    show_only_delayed: bool | Unset = UNSET,
    show_finished: bool | Unset = UNSET,
    sort_by_part_requirements: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["search"] = search

    json_material_id: list[int] | Unset = UNSET
    if not isinstance(material_id, Unset):
        json_material_id = material_id

    params["materialId"] = json_material_id

    json_technology_id: list[int] | Unset = UNSET
    if not isinstance(technology_id, Unset):
        json_technology_id = technology_id

    params["technologyId"] = json_technology_id

    json_status_name: list[str] | Unset = UNSET
    if not isinstance(status_name, Unset):
        json_status_name = status_name

    params["statusName"] = json_status_name

    json_processing_title: list[str] | Unset = UNSET
    if not isinstance(processing_title, Unset):
        json_processing_title = processing_title

    params["processingTitle"] = json_processing_title

    params["assigneeId"] = assignee_id

    json_scheduled: str | Unset = UNSET
    if not isinstance(scheduled, Unset):
        json_scheduled = scheduled.value

    params["scheduled"] = json_scheduled

    json_modified_date_gte: str | Unset = UNSET
    if not isinstance(modified_date_gte, Unset):
        json_modified_date_gte = modified_date_gte.isoformat()
    params["modifiedDateGte"] = json_modified_date_gte

    json_modified_date_lte: str | Unset = UNSET
    if not isinstance(modified_date_lte, Unset):
        json_modified_date_lte = modified_date_lte.isoformat()
    params["modifiedDateLte"] = json_modified_date_lte

    json_order_date_gte: str | Unset = UNSET
    if not isinstance(order_date_gte, Unset):
        json_order_date_gte = order_date_gte.isoformat()
    params["orderDateGte"] = json_order_date_gte

    json_order_date_lte: str | Unset = UNSET
    if not isinstance(order_date_lte, Unset):
        json_order_date_lte = order_date_lte.isoformat()
    params["orderDateLte"] = json_order_date_lte

    json_target_date_gte: str | Unset = UNSET
    if not isinstance(target_date_gte, Unset):
        json_target_date_gte = target_date_gte.isoformat()
    params["targetDateGte"] = json_target_date_gte

    json_target_date_lte: str | Unset = UNSET
    if not isinstance(target_date_lte, Unset):
        json_target_date_lte = target_date_lte.isoformat()
    params["targetDateLte"] = json_target_date_lte

    params["showOnlyDelayed"] = show_only_delayed

    params["showFinished"] = show_finished

    params["sortByPartRequirements"] = sort_by_part_requirements

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/service-panel/services/{service_id}/parts/".format(
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
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    search: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    assignee_id: int | Unset = UNSET,
    scheduled: ListPartsScheduled | Unset = UNSET,
    modified_date_gte: datetime.date | Unset = UNSET,
    modified_date_lte: datetime.date | Unset = UNSET,
    order_date_gte: datetime.date | Unset = UNSET,
    order_date_lte: datetime.date | Unset = UNSET,
    target_date_gte: datetime.date | Unset = UNSET,
    target_date_lte: datetime.date | Unset = UNSET,
    show_only_delayed: bool | Unset = UNSET,
    show_finished: bool | Unset = UNSET,
    sort_by_part_requirements: int | Unset = UNSET,
) -> Response[Error | Page]:
    """Part List

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        search (str | Unset):
        material_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        status_name (list[str] | Unset):
        processing_title (list[str] | Unset):
        assignee_id (int | Unset):
        scheduled (ListPartsScheduled | Unset):
        modified_date_gte (datetime.date | Unset):
        modified_date_lte (datetime.date | Unset):
        order_date_gte (datetime.date | Unset):
        order_date_lte (datetime.date | Unset):
        target_date_gte (datetime.date | Unset):
        target_date_lte (datetime.date | Unset):
        show_only_delayed (bool | Unset):
        show_finished (bool | Unset):
        sort_by_part_requirements (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Page]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        page=page,
        page_size=page_size,
        search=search,
        material_id=material_id,
        technology_id=technology_id,
        status_name=status_name,
        processing_title=processing_title,
        assignee_id=assignee_id,
        scheduled=scheduled,
        modified_date_gte=modified_date_gte,
        modified_date_lte=modified_date_lte,
        order_date_gte=order_date_gte,
        order_date_lte=order_date_lte,
        target_date_gte=target_date_gte,
        target_date_lte=target_date_lte,
        show_only_delayed=show_only_delayed,
        show_finished=show_finished,
        sort_by_part_requirements=sort_by_part_requirements,
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
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    search: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    assignee_id: int | Unset = UNSET,
    scheduled: ListPartsScheduled | Unset = UNSET,
    modified_date_gte: datetime.date | Unset = UNSET,
    modified_date_lte: datetime.date | Unset = UNSET,
    order_date_gte: datetime.date | Unset = UNSET,
    order_date_lte: datetime.date | Unset = UNSET,
    target_date_gte: datetime.date | Unset = UNSET,
    target_date_lte: datetime.date | Unset = UNSET,
    show_only_delayed: bool | Unset = UNSET,
    show_finished: bool | Unset = UNSET,
    sort_by_part_requirements: int | Unset = UNSET,
) -> Error | Page | None:
    """Part List

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        search (str | Unset):
        material_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        status_name (list[str] | Unset):
        processing_title (list[str] | Unset):
        assignee_id (int | Unset):
        scheduled (ListPartsScheduled | Unset):
        modified_date_gte (datetime.date | Unset):
        modified_date_lte (datetime.date | Unset):
        order_date_gte (datetime.date | Unset):
        order_date_lte (datetime.date | Unset):
        target_date_gte (datetime.date | Unset):
        target_date_lte (datetime.date | Unset):
        show_only_delayed (bool | Unset):
        show_finished (bool | Unset):
        sort_by_part_requirements (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Page
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        page=page,
        page_size=page_size,
        search=search,
        material_id=material_id,
        technology_id=technology_id,
        status_name=status_name,
        processing_title=processing_title,
        assignee_id=assignee_id,
        scheduled=scheduled,
        modified_date_gte=modified_date_gte,
        modified_date_lte=modified_date_lte,
        order_date_gte=order_date_gte,
        order_date_lte=order_date_lte,
        target_date_gte=target_date_gte,
        target_date_lte=target_date_lte,
        show_only_delayed=show_only_delayed,
        show_finished=show_finished,
        sort_by_part_requirements=sort_by_part_requirements,
    ).parsed


async def asyncio_detailed(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    search: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    assignee_id: int | Unset = UNSET,
    scheduled: ListPartsScheduled | Unset = UNSET,
    modified_date_gte: datetime.date | Unset = UNSET,
    modified_date_lte: datetime.date | Unset = UNSET,
    order_date_gte: datetime.date | Unset = UNSET,
    order_date_lte: datetime.date | Unset = UNSET,
    target_date_gte: datetime.date | Unset = UNSET,
    target_date_lte: datetime.date | Unset = UNSET,
    show_only_delayed: bool | Unset = UNSET,
    show_finished: bool | Unset = UNSET,
    sort_by_part_requirements: int | Unset = UNSET,
) -> Response[Error | Page]:
    """Part List

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        search (str | Unset):
        material_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        status_name (list[str] | Unset):
        processing_title (list[str] | Unset):
        assignee_id (int | Unset):
        scheduled (ListPartsScheduled | Unset):
        modified_date_gte (datetime.date | Unset):
        modified_date_lte (datetime.date | Unset):
        order_date_gte (datetime.date | Unset):
        order_date_lte (datetime.date | Unset):
        target_date_gte (datetime.date | Unset):
        target_date_lte (datetime.date | Unset):
        show_only_delayed (bool | Unset):
        show_finished (bool | Unset):
        sort_by_part_requirements (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Page]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        page=page,
        page_size=page_size,
        search=search,
        material_id=material_id,
        technology_id=technology_id,
        status_name=status_name,
        processing_title=processing_title,
        assignee_id=assignee_id,
        scheduled=scheduled,
        modified_date_gte=modified_date_gte,
        modified_date_lte=modified_date_lte,
        order_date_gte=order_date_gte,
        order_date_lte=order_date_lte,
        target_date_gte=target_date_gte,
        target_date_lte=target_date_lte,
        show_only_delayed=show_only_delayed,
        show_finished=show_finished,
        sort_by_part_requirements=sort_by_part_requirements,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    search: str | Unset = UNSET,
    material_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    status_name: list[str] | Unset = UNSET,
    processing_title: list[str] | Unset = UNSET,
    assignee_id: int | Unset = UNSET,
    scheduled: ListPartsScheduled | Unset = UNSET,
    modified_date_gte: datetime.date | Unset = UNSET,
    modified_date_lte: datetime.date | Unset = UNSET,
    order_date_gte: datetime.date | Unset = UNSET,
    order_date_lte: datetime.date | Unset = UNSET,
    target_date_gte: datetime.date | Unset = UNSET,
    target_date_lte: datetime.date | Unset = UNSET,
    show_only_delayed: bool | Unset = UNSET,
    show_finished: bool | Unset = UNSET,
    sort_by_part_requirements: int | Unset = UNSET,
) -> Error | Page | None:
    """Part List

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        search (str | Unset):
        material_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        status_name (list[str] | Unset):
        processing_title (list[str] | Unset):
        assignee_id (int | Unset):
        scheduled (ListPartsScheduled | Unset):
        modified_date_gte (datetime.date | Unset):
        modified_date_lte (datetime.date | Unset):
        order_date_gte (datetime.date | Unset):
        order_date_lte (datetime.date | Unset):
        target_date_gte (datetime.date | Unset):
        target_date_lte (datetime.date | Unset):
        show_only_delayed (bool | Unset):
        show_finished (bool | Unset):
        sort_by_part_requirements (int | Unset):

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
            page=page,
            page_size=page_size,
            search=search,
            material_id=material_id,
            technology_id=technology_id,
            status_name=status_name,
            processing_title=processing_title,
            assignee_id=assignee_id,
            scheduled=scheduled,
            modified_date_gte=modified_date_gte,
            modified_date_lte=modified_date_lte,
            order_date_gte=order_date_gte,
            order_date_lte=order_date_lte,
            target_date_gte=target_date_gte,
            target_date_lte=target_date_lte,
            show_only_delayed=show_only_delayed,
            show_finished=show_finished,
            sort_by_part_requirements=sort_by_part_requirements,
        )
    ).parsed
