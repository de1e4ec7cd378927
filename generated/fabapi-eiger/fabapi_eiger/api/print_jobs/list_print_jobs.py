import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_print_jobs_response import ListPrintJobsResponse
from ...models.list_print_jobs_sortby import ListPrintJobsSortby
from ...models.list_print_jobs_sortorder import ListPrintJobsSortorder
from ...models.print_job_state_enum import PrintJobStateEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintJobStateEnum | Unset = UNSET,
    filterstatene: PrintJobStateEnum | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterstarted_atlt: datetime.datetime | Unset = UNSET,
    filterstarted_atle: datetime.datetime | Unset = UNSET,
    filterstarted_atgt: datetime.datetime | Unset = UNSET,
    filterstarted_atge: datetime.datetime | Unset = UNSET,
    filterended_atlt: datetime.datetime | Unset = UNSET,
    filterended_atle: datetime.datetime | Unset = UNSET,
    filterended_atgt: datetime.datetime | Unset = UNSET,
    filterended_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterbuildeq: UUID | Unset = UNSET,
    filterdeviceeq: UUID | Unset = UNSET,
    sortorder: ListPrintJobsSortorder | Unset = ListPrintJobsSortorder.DESC,
    sortby: ListPrintJobsSortby | Unset = ListPrintJobsSortby.CREATED_AT,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    json_filterstateeq: str | Unset = UNSET
    if not isinstance(filterstateeq, Unset):
        json_filterstateeq = filterstateeq.value

    params["filter[state][eq]"] = json_filterstateeq

    json_filterstatene: str | Unset = UNSET
    if not isinstance(filterstatene, Unset):
        json_filterstatene = filterstatene.value

    params["filter[state][ne]"] = json_filterstatene

    json_filtercreated_atlt: str | Unset = UNSET
    if not isinstance(filtercreated_atlt, Unset):
        json_filtercreated_atlt = filtercreated_atlt.isoformat()
    params["filter[created_at][lt]"] = json_filtercreated_atlt

    json_filtercreated_atle: str | Unset = UNSET
    if not isinstance(filtercreated_atle, Unset):
        json_filtercreated_atle = filtercreated_atle.isoformat()
    params["filter[created_at][le]"] = json_filtercreated_atle

    json_filtercreated_atgt: str | Unset = UNSET
    if not isinstance(filtercreated_atgt, Unset):
        json_filtercreated_atgt = filtercreated_atgt.isoformat()
    params["filter[created_at][gt]"] = json_filtercreated_atgt

    json_filtercreated_atge: str | Unset = UNSET
    if not isinstance(filtercreated_atge, Unset):
        json_filtercreated_atge = filtercreated_atge.isoformat()
    params["filter[created_at][ge]"] = json_filtercreated_atge

    json_filterstarted_atlt: str | Unset = UNSET
    if not isinstance(filterstarted_atlt, Unset):
        json_filterstarted_atlt = filterstarted_atlt.isoformat()
    params["filter[started_at][lt]"] = json_filterstarted_atlt

    json_filterstarted_atle: str | Unset = UNSET
    if not isinstance(filterstarted_atle, Unset):
        json_filterstarted_atle = filterstarted_atle.isoformat()
    params["filter[started_at][le]"] = json_filterstarted_atle

    json_filterstarted_atgt: str | Unset = UNSET
    if not isinstance(filterstarted_atgt, Unset):
        json_filterstarted_atgt = filterstarted_atgt.isoformat()
    params["filter[started_at][gt]"] = json_filterstarted_atgt

    json_filterstarted_atge: str | Unset = UNSET
    if not isinstance(filterstarted_atge, Unset):
        json_filterstarted_atge = filterstarted_atge.isoformat()
    params["filter[started_at][ge]"] = json_filterstarted_atge

    json_filterended_atlt: str | Unset = UNSET
    if not isinstance(filterended_atlt, Unset):
        json_filterended_atlt = filterended_atlt.isoformat()
    params["filter[ended_at][lt]"] = json_filterended_atlt

    json_filterended_atle: str | Unset = UNSET
    if not isinstance(filterended_atle, Unset):
        json_filterended_atle = filterended_atle.isoformat()
    params["filter[ended_at][le]"] = json_filterended_atle

    json_filterended_atgt: str | Unset = UNSET
    if not isinstance(filterended_atgt, Unset):
        json_filterended_atgt = filterended_atgt.isoformat()
    params["filter[ended_at][gt]"] = json_filterended_atgt

    json_filterended_atge: str | Unset = UNSET
    if not isinstance(filterended_atge, Unset):
        json_filterended_atge = filterended_atge.isoformat()
    params["filter[ended_at][ge]"] = json_filterended_atge

    json_filterupdated_atlt: str | Unset = UNSET
    if not isinstance(filterupdated_atlt, Unset):
        json_filterupdated_atlt = filterupdated_atlt.isoformat()
    params["filter[updated_at][lt]"] = json_filterupdated_atlt

    json_filterupdated_atle: str | Unset = UNSET
    if not isinstance(filterupdated_atle, Unset):
        json_filterupdated_atle = filterupdated_atle.isoformat()
    params["filter[updated_at][le]"] = json_filterupdated_atle

    json_filterupdated_atgt: str | Unset = UNSET
    if not isinstance(filterupdated_atgt, Unset):
        json_filterupdated_atgt = filterupdated_atgt.isoformat()
    params["filter[updated_at][gt]"] = json_filterupdated_atgt

    json_filterupdated_atge: str | Unset = UNSET
    if not isinstance(filterupdated_atge, Unset):
        json_filterupdated_atge = filterupdated_atge.isoformat()
    params["filter[updated_at][ge]"] = json_filterupdated_atge

    json_filterbuildeq: str | Unset = UNSET
    if not isinstance(filterbuildeq, Unset):
        json_filterbuildeq = str(filterbuildeq)
    params["filter[build][eq]"] = json_filterbuildeq

    json_filterdeviceeq: str | Unset = UNSET
    if not isinstance(filterdeviceeq, Unset):
        json_filterdeviceeq = str(filterdeviceeq)
    params["filter[device][eq]"] = json_filterdeviceeq

    json_sortorder: str | Unset = UNSET
    if not isinstance(sortorder, Unset):
        json_sortorder = sortorder.value

    params["sort[order]"] = json_sortorder

    json_sortby: str | Unset = UNSET
    if not isinstance(sortby, Unset):
        json_sortby = sortby.value

    params["sort[by]"] = json_sortby

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/print_jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListPrintJobsResponse | None:
    if response.status_code == 200:
        response_200 = ListPrintJobsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListPrintJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintJobStateEnum | Unset = UNSET,
    filterstatene: PrintJobStateEnum | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterstarted_atlt: datetime.datetime | Unset = UNSET,
    filterstarted_atle: datetime.datetime | Unset = UNSET,
    filterstarted_atgt: datetime.datetime | Unset = UNSET,
    filterstarted_atge: datetime.datetime | Unset = UNSET,
    filterended_atlt: datetime.datetime | Unset = UNSET,
    filterended_atle: datetime.datetime | Unset = UNSET,
    filterended_atgt: datetime.datetime | Unset = UNSET,
    filterended_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterbuildeq: UUID | Unset = UNSET,
    filterdeviceeq: UUID | Unset = UNSET,
    sortorder: ListPrintJobsSortorder | Unset = ListPrintJobsSortorder.DESC,
    sortby: ListPrintJobsSortby | Unset = ListPrintJobsSortby.CREATED_AT,
) -> Response[Error | ListPrintJobsResponse]:
    """List Print Jobs

     ### List the print jobs in your organization Items are returned in reverse chronological order.

    Args:
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filterstateeq (PrintJobStateEnum | Unset): State of the print job
        filterstatene (PrintJobStateEnum | Unset): State of the print job
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterstarted_atlt (datetime.datetime | Unset):
        filterstarted_atle (datetime.datetime | Unset):
        filterstarted_atgt (datetime.datetime | Unset):
        filterstarted_atge (datetime.datetime | Unset):
        filterended_atlt (datetime.datetime | Unset):
        filterended_atle (datetime.datetime | Unset):
        filterended_atgt (datetime.datetime | Unset):
        filterended_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filterbuildeq (UUID | Unset):
        filterdeviceeq (UUID | Unset):
        sortorder (ListPrintJobsSortorder | Unset):  Default: ListPrintJobsSortorder.DESC.
        sortby (ListPrintJobsSortby | Unset):  Default: ListPrintJobsSortby.CREATED_AT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPrintJobsResponse]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterstateeq=filterstateeq,
        filterstatene=filterstatene,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atle=filtercreated_atle,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atge=filtercreated_atge,
        filterstarted_atlt=filterstarted_atlt,
        filterstarted_atle=filterstarted_atle,
        filterstarted_atgt=filterstarted_atgt,
        filterstarted_atge=filterstarted_atge,
        filterended_atlt=filterended_atlt,
        filterended_atle=filterended_atle,
        filterended_atgt=filterended_atgt,
        filterended_atge=filterended_atge,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atle=filterupdated_atle,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atge=filterupdated_atge,
        filterbuildeq=filterbuildeq,
        filterdeviceeq=filterdeviceeq,
        sortorder=sortorder,
        sortby=sortby,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintJobStateEnum | Unset = UNSET,
    filterstatene: PrintJobStateEnum | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterstarted_atlt: datetime.datetime | Unset = UNSET,
    filterstarted_atle: datetime.datetime | Unset = UNSET,
    filterstarted_atgt: datetime.datetime | Unset = UNSET,
    filterstarted_atge: datetime.datetime | Unset = UNSET,
    filterended_atlt: datetime.datetime | Unset = UNSET,
    filterended_atle: datetime.datetime | Unset = UNSET,
    filterended_atgt: datetime.datetime | Unset = UNSET,
    filterended_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterbuildeq: UUID | Unset = UNSET,
    filterdeviceeq: UUID | Unset = UNSET,
    sortorder: ListPrintJobsSortorder | Unset = ListPrintJobsSortorder.DESC,
    sortby: ListPrintJobsSortby | Unset = ListPrintJobsSortby.CREATED_AT,
) -> Error | ListPrintJobsResponse | None:
    """List Print Jobs

     ### List the print jobs in your organization Items are returned in reverse chronological order.

    Args:
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filterstateeq (PrintJobStateEnum | Unset): State of the print job
        filterstatene (PrintJobStateEnum | Unset): State of the print job
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterstarted_atlt (datetime.datetime | Unset):
        filterstarted_atle (datetime.datetime | Unset):
        filterstarted_atgt (datetime.datetime | Unset):
        filterstarted_atge (datetime.datetime | Unset):
        filterended_atlt (datetime.datetime | Unset):
        filterended_atle (datetime.datetime | Unset):
        filterended_atgt (datetime.datetime | Unset):
        filterended_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filterbuildeq (UUID | Unset):
        filterdeviceeq (UUID | Unset):
        sortorder (ListPrintJobsSortorder | Unset):  Default: ListPrintJobsSortorder.DESC.
        sortby (ListPrintJobsSortby | Unset):  Default: ListPrintJobsSortby.CREATED_AT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPrintJobsResponse
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterstateeq=filterstateeq,
        filterstatene=filterstatene,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atle=filtercreated_atle,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atge=filtercreated_atge,
        filterstarted_atlt=filterstarted_atlt,
        filterstarted_atle=filterstarted_atle,
        filterstarted_atgt=filterstarted_atgt,
        filterstarted_atge=filterstarted_atge,
        filterended_atlt=filterended_atlt,
        filterended_atle=filterended_atle,
        filterended_atgt=filterended_atgt,
        filterended_atge=filterended_atge,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atle=filterupdated_atle,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atge=filterupdated_atge,
        filterbuildeq=filterbuildeq,
        filterdeviceeq=filterdeviceeq,
        sortorder=sortorder,
        sortby=sortby,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintJobStateEnum | Unset = UNSET,
    filterstatene: PrintJobStateEnum | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterstarted_atlt: datetime.datetime | Unset = UNSET,
    filterstarted_atle: datetime.datetime | Unset = UNSET,
    filterstarted_atgt: datetime.datetime | Unset = UNSET,
    filterstarted_atge: datetime.datetime | Unset = UNSET,
    filterended_atlt: datetime.datetime | Unset = UNSET,
    filterended_atle: datetime.datetime | Unset = UNSET,
    filterended_atgt: datetime.datetime | Unset = UNSET,
    filterended_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterbuildeq: UUID | Unset = UNSET,
    filterdeviceeq: UUID | Unset = UNSET,
    sortorder: ListPrintJobsSortorder | Unset = ListPrintJobsSortorder.DESC,
    sortby: ListPrintJobsSortby | Unset = ListPrintJobsSortby.CREATED_AT,
) -> Response[Error | ListPrintJobsResponse]:
    """List Print Jobs

     ### List the print jobs in your organization Items are returned in reverse chronological order.

    Args:
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filterstateeq (PrintJobStateEnum | Unset): State of the print job
        filterstatene (PrintJobStateEnum | Unset): State of the print job
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterstarted_atlt (datetime.datetime | Unset):
        filterstarted_atle (datetime.datetime | Unset):
        filterstarted_atgt (datetime.datetime | Unset):
        filterstarted_atge (datetime.datetime | Unset):
        filterended_atlt (datetime.datetime | Unset):
        filterended_atle (datetime.datetime | Unset):
        filterended_atgt (datetime.datetime | Unset):
        filterended_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filterbuildeq (UUID | Unset):
        filterdeviceeq (UUID | Unset):
        sortorder (ListPrintJobsSortorder | Unset):  Default: ListPrintJobsSortorder.DESC.
        sortby (ListPrintJobsSortby | Unset):  Default: ListPrintJobsSortby.CREATED_AT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPrintJobsResponse]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterstateeq=filterstateeq,
        filterstatene=filterstatene,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atle=filtercreated_atle,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atge=filtercreated_atge,
        filterstarted_atlt=filterstarted_atlt,
        filterstarted_atle=filterstarted_atle,
        filterstarted_atgt=filterstarted_atgt,
        filterstarted_atge=filterstarted_atge,
        filterended_atlt=filterended_atlt,
        filterended_atle=filterended_atle,
        filterended_atgt=filterended_atgt,
        filterended_atge=filterended_atge,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atle=filterupdated_atle,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atge=filterupdated_atge,
        filterbuildeq=filterbuildeq,
        filterdeviceeq=filterdeviceeq,
        sortorder=sortorder,
        sortby=sortby,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintJobStateEnum | Unset = UNSET,
    filterstatene: PrintJobStateEnum | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterstarted_atlt: datetime.datetime | Unset = UNSET,
    filterstarted_atle: datetime.datetime | Unset = UNSET,
    filterstarted_atgt: datetime.datetime | Unset = UNSET,
    filterstarted_atge: datetime.datetime | Unset = UNSET,
    filterended_atlt: datetime.datetime | Unset = UNSET,
    filterended_atle: datetime.datetime | Unset = UNSET,
    filterended_atgt: datetime.datetime | Unset = UNSET,
    filterended_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterbuildeq: UUID | Unset = UNSET,
    filterdeviceeq: UUID | Unset = UNSET,
    sortorder: ListPrintJobsSortorder | Unset = ListPrintJobsSortorder.DESC,
    sortby: ListPrintJobsSortby | Unset = ListPrintJobsSortby.CREATED_AT,
) -> Error | ListPrintJobsResponse | None:
    """List Print Jobs

     ### List the print jobs in your organization Items are returned in reverse chronological order.

    Args:
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filterstateeq (PrintJobStateEnum | Unset): State of the print job
        filterstatene (PrintJobStateEnum | Unset): State of the print job
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterstarted_atlt (datetime.datetime | Unset):
        filterstarted_atle (datetime.datetime | Unset):
        filterstarted_atgt (datetime.datetime | Unset):
        filterstarted_atge (datetime.datetime | Unset):
        filterended_atlt (datetime.datetime | Unset):
        filterended_atle (datetime.datetime | Unset):
        filterended_atgt (datetime.datetime | Unset):
        filterended_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filterbuildeq (UUID | Unset):
        filterdeviceeq (UUID | Unset):
        sortorder (ListPrintJobsSortorder | Unset):  Default: ListPrintJobsSortorder.DESC.
        sortby (ListPrintJobsSortby | Unset):  Default: ListPrintJobsSortby.CREATED_AT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPrintJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filterstateeq=filterstateeq,
            filterstatene=filterstatene,
            filtercreated_atlt=filtercreated_atlt,
            filtercreated_atle=filtercreated_atle,
            filtercreated_atgt=filtercreated_atgt,
            filtercreated_atge=filtercreated_atge,
            filterstarted_atlt=filterstarted_atlt,
            filterstarted_atle=filterstarted_atle,
            filterstarted_atgt=filterstarted_atgt,
            filterstarted_atge=filterstarted_atge,
            filterended_atlt=filterended_atlt,
            filterended_atle=filterended_atle,
            filterended_atgt=filterended_atgt,
            filterended_atge=filterended_atge,
            filterupdated_atlt=filterupdated_atlt,
            filterupdated_atle=filterupdated_atle,
            filterupdated_atgt=filterupdated_atgt,
            filterupdated_atge=filterupdated_atge,
            filterbuildeq=filterbuildeq,
            filterdeviceeq=filterdeviceeq,
            sortorder=sortorder,
            sortby=sortby,
        )
    ).parsed
