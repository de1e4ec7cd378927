from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_printed_parts_response import ListPrintedPartsResponse
from ...models.list_printed_parts_sortby import ListPrintedPartsSortby
from ...models.list_printed_parts_sortorder import ListPrintedPartsSortorder
from ...models.printed_part_view_state_enum import PrintedPartViewStateEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sortby: ListPrintedPartsSortby | Unset = ListPrintedPartsSortby.PRINTED_AT,
    sortorder: ListPrintedPartsSortorder | Unset = ListPrintedPartsSortorder.DESC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintedPartViewStateEnum | Unset = UNSET,
    filterstatene: PrintedPartViewStateEnum | Unset = UNSET,
    filternoteseq: str | Unset = UNSET,
    filternotesne: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sortby: str | Unset = UNSET
    if not isinstance(sortby, Unset):
        json_sortby = sortby.value

    params["sort[by]"] = json_sortby

    json_sortorder: str | Unset = UNSET
    if not isinstance(sortorder, Unset):
        json_sortorder = sortorder.value

    params["sort[order]"] = json_sortorder

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

    params["filter[notes][eq]"] = filternoteseq

    params["filter[notes][ne]"] = filternotesne

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/printed_parts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListPrintedPartsResponse | None:
    if response.status_code == 200:
        response_200 = ListPrintedPartsResponse.from_dict(response.json())

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
) -> Response[Error | ListPrintedPartsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sortby: ListPrintedPartsSortby | Unset = ListPrintedPartsSortby.PRINTED_AT,
    sortorder: ListPrintedPartsSortorder | Unset = ListPrintedPartsSortorder.DESC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintedPartViewStateEnum | Unset = UNSET,
    filterstatene: PrintedPartViewStateEnum | Unset = UNSET,
    filternoteseq: str | Unset = UNSET,
    filternotesne: str | Unset = UNSET,
) -> Response[Error | ListPrintedPartsResponse]:
    """List Printed Parts

     ### Get all Printed Parts in an organization. Items are returned sorted by printed_at in reverse
    chronological order.

    Args:
        sortby (ListPrintedPartsSortby | Unset):  Default: ListPrintedPartsSortby.PRINTED_AT.
        sortorder (ListPrintedPartsSortorder | Unset):  Default: ListPrintedPartsSortorder.DESC.
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filterstateeq (PrintedPartViewStateEnum | Unset): State of a printed part instance
        filterstatene (PrintedPartViewStateEnum | Unset): State of a printed part instance
        filternoteseq (str | Unset):
        filternotesne (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPrintedPartsResponse]
    """

    kwargs = _get_kwargs(
        sortby=sortby,
        sortorder=sortorder,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterstateeq=filterstateeq,
        filterstatene=filterstatene,
        filternoteseq=filternoteseq,
        filternotesne=filternotesne,
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
    sortby: ListPrintedPartsSortby | Unset = ListPrintedPartsSortby.PRINTED_AT,
    sortorder: ListPrintedPartsSortorder | Unset = ListPrintedPartsSortorder.DESC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintedPartViewStateEnum | Unset = UNSET,
    filterstatene: PrintedPartViewStateEnum | Unset = UNSET,
    filternoteseq: str | Unset = UNSET,
    filternotesne: str | Unset = UNSET,
) -> Error | ListPrintedPartsResponse | None:
    """List Printed Parts

     ### Get all Printed Parts in an organization. Items are returned sorted by printed_at in reverse
    chronological order.

    Args:
        sortby (ListPrintedPartsSortby | Unset):  Default: ListPrintedPartsSortby.PRINTED_AT.
        sortorder (ListPrintedPartsSortorder | Unset):  Default: ListPrintedPartsSortorder.DESC.
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filterstateeq (PrintedPartViewStateEnum | Unset): State of a printed part instance
        filterstatene (PrintedPartViewStateEnum | Unset): State of a printed part instance
        filternoteseq (str | Unset):
        filternotesne (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPrintedPartsResponse
    """

    return sync_detailed(
        client=client,
        sortby=sortby,
        sortorder=sortorder,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterstateeq=filterstateeq,
        filterstatene=filterstatene,
        filternoteseq=filternoteseq,
        filternotesne=filternotesne,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sortby: ListPrintedPartsSortby | Unset = ListPrintedPartsSortby.PRINTED_AT,
    sortorder: ListPrintedPartsSortorder | Unset = ListPrintedPartsSortorder.DESC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintedPartViewStateEnum | Unset = UNSET,
    filterstatene: PrintedPartViewStateEnum | Unset = UNSET,
    filternoteseq: str | Unset = UNSET,
    filternotesne: str | Unset = UNSET,
) -> Response[Error | ListPrintedPartsResponse]:
    """List Printed Parts

     ### Get all Printed Parts in an organization. Items are returned sorted by printed_at in reverse
    chronological order.

    Args:
        sortby (ListPrintedPartsSortby | Unset):  Default: ListPrintedPartsSortby.PRINTED_AT.
        sortorder (ListPrintedPartsSortorder | Unset):  Default: ListPrintedPartsSortorder.DESC.
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filterstateeq (PrintedPartViewStateEnum | Unset): State of a printed part instance
        filterstatene (PrintedPartViewStateEnum | Unset): State of a printed part instance
        filternoteseq (str | Unset):
        filternotesne (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPrintedPartsResponse]
    """

    kwargs = _get_kwargs(
        sortby=sortby,
        sortorder=sortorder,
        pagesize=pagesize,
        pagenumber=pagenumber,
        filterstateeq=filterstateeq,
        filterstatene=filterstatene,
        filternoteseq=filternoteseq,
        filternotesne=filternotesne,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sortby: ListPrintedPartsSortby | Unset = ListPrintedPartsSortby.PRINTED_AT,
    sortorder: ListPrintedPartsSortorder | Unset = ListPrintedPartsSortorder.DESC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    filterstateeq: PrintedPartViewStateEnum | Unset = UNSET,
    filterstatene: PrintedPartViewStateEnum | Unset = UNSET,
    filternoteseq: str | Unset = UNSET,
    filternotesne: str | Unset = UNSET,
) -> Error | ListPrintedPartsResponse | None:
    """List Printed Parts

     ### Get all Printed Parts in an organization. Items are returned sorted by printed_at in reverse
    chronological order.

    Args:
        sortby (ListPrintedPartsSortby | Unset):  Default: ListPrintedPartsSortby.PRINTED_AT.
        sortorder (ListPrintedPartsSortorder | Unset):  Default: ListPrintedPartsSortorder.DESC.
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        filterstateeq (PrintedPartViewStateEnum | Unset): State of a printed part instance
        filterstatene (PrintedPartViewStateEnum | Unset): State of a printed part instance
        filternoteseq (str | Unset):
        filternotesne (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPrintedPartsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sortby=sortby,
            sortorder=sortorder,
            pagesize=pagesize,
            pagenumber=pagenumber,
            filterstateeq=filterstateeq,
            filterstatene=filterstatene,
            filternoteseq=filternoteseq,
            filternotesne=filternotesne,
        )
    ).parsed
