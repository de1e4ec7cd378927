import datetime
from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_builds_response import ListBuildsResponse
from ...models.list_builds_sortby import ListBuildsSortby
from ...models.list_builds_sortorder import ListBuildsSortorder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filtertitleeq: str | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterpart_counteq: int | Unset = UNSET,
    filterpart_countne: int | Unset = UNSET,
    filterpart_countlt: int | Unset = UNSET,
    filterpart_countle: int | Unset = UNSET,
    filterpart_countgt: int | Unset = UNSET,
    filterpart_countge: int | Unset = UNSET,
    filterslicedeq: bool | Unset = UNSET,
    filterblacksmith_enabledeq: bool | Unset = UNSET,
    filterapprovedeq: bool | None | Unset = UNSET,
    filterapprovedne: bool | None | Unset = UNSET,
    sortorder: ListBuildsSortorder | Unset = ListBuildsSortorder.ASC,
    sortby: ListBuildsSortby | Unset = ListBuildsSortby.CREATED_AT,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    params["filter[title][eq]"] = filtertitleeq

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

    params["filter[part_count][eq]"] = filterpart_counteq

    params["filter[part_count][ne]"] = filterpart_countne

    params["filter[part_count][lt]"] = filterpart_countlt

    params["filter[part_count][le]"] = filterpart_countle

    params["filter[part_count][gt]"] = filterpart_countgt

    params["filter[part_count][ge]"] = filterpart_countge

    params["filter[sliced][eq]"] = filterslicedeq

    params["filter[blacksmith_enabled][eq]"] = filterblacksmith_enabledeq

    json_filterapprovedeq: bool | None | Unset
    if isinstance(filterapprovedeq, Unset):
        json_filterapprovedeq = UNSET
    else:
        json_filterapprovedeq = filterapprovedeq
    params["filter[approved][eq]"] = json_filterapprovedeq

    json_filterapprovedne: bool | None | Unset
    if isinstance(filterapprovedne, Unset):
        json_filterapprovedne = UNSET
    else:
        json_filterapprovedne = filterapprovedne
    params["filter[approved][ne]"] = json_filterapprovedne

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
        "url": "/builds",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListBuildsResponse | None:
    if response.status_code == 200:
        response_200 = ListBuildsResponse.from_dict(response.json())

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
) -> Response[Error | ListBuildsResponse]:
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
    filtertitleeq: str | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterpart_counteq: int | Unset = UNSET,
    filterpart_countne: int | Unset = UNSET,
    filterpart_countlt: int | Unset = UNSET,
    filterpart_countle: int | Unset = UNSET,
    filterpart_countgt: int | Unset = UNSET,
    filterpart_countge: int | Unset = UNSET,
    filterslicedeq: bool | Unset = UNSET,
    filterblacksmith_enabledeq: bool | Unset = UNSET,
    filterapprovedeq: bool | None | Unset = UNSET,
    filterapprovedne: bool | None | Unset = UNSET,
    sortorder: ListBuildsSortorder | Unset = ListBuildsSortorder.ASC,
    sortby: ListBuildsSortby | Unset = ListBuildsSortby.CREATED_AT,
) -> Response[Error | ListBuildsResponse]:
    """List Builds

     ### List all the builds in your organization Items are returned in reverse chronological order.

    Args:
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filtertitleeq (str | Unset):
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filterpart_counteq (int | Unset):
        filterpart_countne (int | Unset):
        filterpart_countlt (int | Unset):
        filterpart_countle (int | Unset):
        filterpart_countgt (int | Unset):
        filterpart_countge (int | Unset):
        filterslicedeq (bool | Unset):
        filterblacksmith_enabledeq (bool | Unset):
        filterapprovedeq (bool | None | Unset):
        filterapprovedne (bool | None | Unset):
        sortorder (ListBuildsSortorder | Unset):  Default: ListBuildsSortorder.ASC.
        sortby (ListBuildsSortby | Unset):  Default: ListBuildsSortby.CREATED_AT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListBuildsResponse]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filtertitleeq=filtertitleeq,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atle=filtercreated_atle,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atge=filtercreated_atge,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atle=filterupdated_atle,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atge=filterupdated_atge,
        filterpart_counteq=filterpart_counteq,
        filterpart_countne=filterpart_countne,
        filterpart_countlt=filterpart_countlt,
        filterpart_countle=filterpart_countle,
        filterpart_countgt=filterpart_countgt,
        filterpart_countge=filterpart_countge,
        filterslicedeq=filterslicedeq,
        filterblacksmith_enabledeq=filterblacksmith_enabledeq,
        filterapprovedeq=filterapprovedeq,
        filterapprovedne=filterapprovedne,
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
    filtertitleeq: str | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterpart_counteq: int | Unset = UNSET,
    filterpart_countne: int | Unset = UNSET,
    filterpart_countlt: int | Unset = UNSET,
    filterpart_countle: int | Unset = UNSET,
    filterpart_countgt: int | Unset = UNSET,
    filterpart_countge: int | Unset = UNSET,
    filterslicedeq: bool | Unset = UNSET,
    filterblacksmith_enabledeq: bool | Unset = UNSET,
    filterapprovedeq: bool | None | Unset = UNSET,
    filterapprovedne: bool | None | Unset = UNSET,
    sortorder: ListBuildsSortorder | Unset = ListBuildsSortorder.ASC,
    sortby: ListBuildsSortby | Unset = ListBuildsSortby.CREATED_AT,
) -> Error | ListBuildsResponse | None:
    """List Builds

     ### List all the builds in your organization Items are returned in reverse chronological order.

    Args:
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filtertitleeq (str | Unset):
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filterpart_counteq (int | Unset):
        filterpart_countne (int | Unset):
        filterpart_countlt (int | Unset):
        filterpart_countle (int | Unset):
        filterpart_countgt (int | Unset):
        filterpart_countge (int | Unset):
        filterslicedeq (bool | Unset):
        filterblacksmith_enabledeq (bool | Unset):
        filterapprovedeq (bool | None | Unset):
        filterapprovedne (bool | None | Unset):
        sortorder (ListBuildsSortorder | Unset):  Default: ListBuildsSortorder.ASC.
        sortby (ListBuildsSortby | Unset):  Default: ListBuildsSortby.CREATED_AT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListBuildsResponse
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filtertitleeq=filtertitleeq,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atle=filtercreated_atle,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atge=filtercreated_atge,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atle=filterupdated_atle,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atge=filterupdated_atge,
        filterpart_counteq=filterpart_counteq,
        filterpart_countne=filterpart_countne,
        filterpart_countlt=filterpart_countlt,
        filterpart_countle=filterpart_countle,
        filterpart_countgt=filterpart_countgt,
        filterpart_countge=filterpart_countge,
        filterslicedeq=filterslicedeq,
        filterblacksmith_enabledeq=filterblacksmith_enabledeq,
        filterapprovedeq=filterapprovedeq,
        filterapprovedne=filterapprovedne,
        sortorder=sortorder,
        sortby=sortby,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filtertitleeq: str | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterpart_counteq: int | Unset = UNSET,
    filterpart_countne: int | Unset = UNSET,
    filterpart_countlt: int | Unset = UNSET,
    filterpart_countle: int | Unset = UNSET,
    filterpart_countgt: int | Unset = UNSET,
    filterpart_countge: int | Unset = UNSET,
    filterslicedeq: bool | Unset = UNSET,
    filterblacksmith_enabledeq: bool | Unset = UNSET,
    filterapprovedeq: bool | None | Unset = UNSET,
    filterapprovedne: bool | None | Unset = UNSET,
    sortorder: ListBuildsSortorder | Unset = ListBuildsSortorder.ASC,
    sortby: ListBuildsSortby | Unset = ListBuildsSortby.CREATED_AT,
) -> Response[Error | ListBuildsResponse]:
    """List Builds

     ### List all the builds in your organization Items are returned in reverse chronological order.

    Args:
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filtertitleeq (str | Unset):
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filterpart_counteq (int | Unset):
        filterpart_countne (int | Unset):
        filterpart_countlt (int | Unset):
        filterpart_countle (int | Unset):
        filterpart_countgt (int | Unset):
        filterpart_countge (int | Unset):
        filterslicedeq (bool | Unset):
        filterblacksmith_enabledeq (bool | Unset):
        filterapprovedeq (bool | None | Unset):
        filterapprovedne (bool | None | Unset):
        sortorder (ListBuildsSortorder | Unset):  Default: ListBuildsSortorder.ASC.
        sortby (ListBuildsSortby | Unset):  Default: ListBuildsSortby.CREATED_AT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListBuildsResponse]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pagenumber=pagenumber,
        filtertitleeq=filtertitleeq,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atle=filtercreated_atle,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atge=filtercreated_atge,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atle=filterupdated_atle,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atge=filterupdated_atge,
        filterpart_counteq=filterpart_counteq,
        filterpart_countne=filterpart_countne,
        filterpart_countlt=filterpart_countlt,
        filterpart_countle=filterpart_countle,
        filterpart_countgt=filterpart_countgt,
        filterpart_countge=filterpart_countge,
        filterslicedeq=filterslicedeq,
        filterblacksmith_enabledeq=filterblacksmith_enabledeq,
        filterapprovedeq=filterapprovedeq,
        filterapprovedne=filterapprovedne,
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
    filtertitleeq: str | Unset = UNSET,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filterpart_counteq: int | Unset = UNSET,
    filterpart_countne: int | Unset = UNSET,
    filterpart_countlt: int | Unset = UNSET,
    filterpart_countle: int | Unset = UNSET,
    filterpart_countgt: int | Unset = UNSET,
    filterpart_countge: int | Unset = UNSET,
    filterslicedeq: bool | Unset = UNSET,
    filterblacksmith_enabledeq: bool | Unset = UNSET,
    filterapprovedeq: bool | None | Unset = UNSET,
    filterapprovedne: bool | None | Unset = UNSET,
    sortorder: ListBuildsSortorder | Unset = ListBuildsSortorder.ASC,
    sortby: ListBuildsSortby | Unset = ListBuildsSortby.CREATED_AT,
) -> Error | ListBuildsResponse | None:
    """List Builds

     ### List all the builds in your organization Items are returned in reverse chronological order.

    Args:
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filtertitleeq (str | Unset):
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filterpart_counteq (int | Unset):
        filterpart_countne (int | Unset):
        filterpart_countlt (int | Unset):
        filterpart_countle (int | Unset):
        filterpart_countgt (int | Unset):
        filterpart_countge (int | Unset):
        filterslicedeq (bool | Unset):
        filterblacksmith_enabledeq (bool | Unset):
        filterapprovedeq (bool | None | Unset):
        filterapprovedne (bool | None | Unset):
        sortorder (ListBuildsSortorder | Unset):  Default: ListBuildsSortorder.ASC.
        sortby (ListBuildsSortby | Unset):  Default: ListBuildsSortby.CREATED_AT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListBuildsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filtertitleeq=filtertitleeq,
            filtercreated_atlt=filtercreated_atlt,
            filtercreated_atle=filtercreated_atle,
            filtercreated_atgt=filtercreated_atgt,
            filtercreated_atge=filtercreated_atge,
            filterupdated_atlt=filterupdated_atlt,
            filterupdated_atle=filterupdated_atle,
            filterupdated_atgt=filterupdated_atgt,
            filterupdated_atge=filterupdated_atge,
            filterpart_counteq=filterpart_counteq,
            filterpart_countne=filterpart_countne,
            filterpart_countlt=filterpart_countlt,
            filterpart_countle=filterpart_countle,
            filterpart_countgt=filterpart_countgt,
            filterpart_countge=filterpart_countge,
            filterslicedeq=filterslicedeq,
            filterblacksmith_enabledeq=filterblacksmith_enabledeq,
            filterapprovedeq=filterapprovedeq,
            filterapprovedne=filterapprovedne,
            sortorder=sortorder,
            sortby=sortby,
        )
    ).parsed
