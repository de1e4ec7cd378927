import datetime
from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_devices_response import ListDevicesResponse
from ...models.list_devices_sortby import ListDevicesSortby
from ...models.list_devices_sortorder import ListDevicesSortorder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortorder: ListDevicesSortorder | Unset = ListDevicesSortorder.ASC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    sortby: ListDevicesSortby | Unset = ListDevicesSortby.NAME,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params["filter[name][eq]"] = filternameeq

    json_sortorder: str | Unset = UNSET
    if not isinstance(sortorder, Unset):
        json_sortorder = sortorder.value

    params["sort[order]"] = json_sortorder

    params["page[size]"] = pagesize

    params["page[number]"] = pagenumber

    json_sortby: str | Unset = UNSET
    if not isinstance(sortby, Unset):
        json_sortby = sortby.value

    params["sort[by]"] = json_sortby

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListDevicesResponse | None:
    if response.status_code == 200:
        response_200 = ListDevicesResponse.from_dict(response.json())

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
) -> Response[Error | ListDevicesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortorder: ListDevicesSortorder | Unset = ListDevicesSortorder.ASC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    sortby: ListDevicesSortby | Unset = ListDevicesSortby.NAME,
) -> Response[Error | ListDevicesResponse]:
    """List Devices

     ### List all devices in organization

    Args:
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filternameeq (str | Unset):
        sortorder (ListDevicesSortorder | Unset):  Default: ListDevicesSortorder.ASC.
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        sortby (ListDevicesSortby | Unset):  Default: ListDevicesSortby.NAME.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListDevicesResponse]
    """

    kwargs = _get_kwargs(
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atle=filtercreated_atle,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atge=filtercreated_atge,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atle=filterupdated_atle,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atge=filterupdated_atge,
        filternameeq=filternameeq,
        sortorder=sortorder,
        pagesize=pagesize,
        pagenumber=pagenumber,
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
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortorder: ListDevicesSortorder | Unset = ListDevicesSortorder.ASC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    sortby: ListDevicesSortby | Unset = ListDevicesSortby.NAME,
) -> Error | ListDevicesResponse | None:
    """List Devices

     ### List all devices in organization

    Args:
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filternameeq (str | Unset):
        sortorder (ListDevicesSortorder | Unset):  Default: ListDevicesSortorder.ASC.
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        sortby (ListDevicesSortby | Unset):  Default: ListDevicesSortby.NAME.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListDevicesResponse
    """

    return sync_detailed(
        client=client,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atle=filtercreated_atle,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atge=filtercreated_atge,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atle=filterupdated_atle,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atge=filterupdated_atge,
        filternameeq=filternameeq,
        sortorder=sortorder,
        pagesize=pagesize,
        pagenumber=pagenumber,
        sortby=sortby,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortorder: ListDevicesSortorder | Unset = ListDevicesSortorder.ASC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    sortby: ListDevicesSortby | Unset = ListDevicesSortby.NAME,
) -> Response[Error | ListDevicesResponse]:
    """List Devices

     ### List all devices in organization

    Args:
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filternameeq (str | Unset):
        sortorder (ListDevicesSortorder | Unset):  Default: ListDevicesSortorder.ASC.
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        sortby (ListDevicesSortby | Unset):  Default: ListDevicesSortby.NAME.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListDevicesResponse]
    """

    kwargs = _get_kwargs(
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atle=filtercreated_atle,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atge=filtercreated_atge,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atle=filterupdated_atle,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atge=filterupdated_atge,
        filternameeq=filternameeq,
        sortorder=sortorder,
        pagesize=pagesize,
        pagenumber=pagenumber,
        sortby=sortby,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filtercreated_atlt: datetime.datetime | Unset = UNSET,
    filtercreated_atle: datetime.datetime | Unset = UNSET,
    filtercreated_atgt: datetime.datetime | Unset = UNSET,
    filtercreated_atge: datetime.datetime | Unset = UNSET,
    filterupdated_atlt: datetime.datetime | Unset = UNSET,
    filterupdated_atle: datetime.datetime | Unset = UNSET,
    filterupdated_atgt: datetime.datetime | Unset = UNSET,
    filterupdated_atge: datetime.datetime | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortorder: ListDevicesSortorder | Unset = ListDevicesSortorder.ASC,
    pagesize: int | Unset = 100,
    pagenumber: int | Unset = 1,
    sortby: ListDevicesSortby | Unset = ListDevicesSortby.NAME,
) -> Error | ListDevicesResponse | None:
    """List Devices

     ### List all devices in organization

    Args:
        filtercreated_atlt (datetime.datetime | Unset):
        filtercreated_atle (datetime.datetime | Unset):
        filtercreated_atgt (datetime.datetime | Unset):
        filtercreated_atge (datetime.datetime | Unset):
        filterupdated_atlt (datetime.datetime | Unset):
        filterupdated_atle (datetime.datetime | Unset):
        filterupdated_atgt (datetime.datetime | Unset):
        filterupdated_atge (datetime.datetime | Unset):
        filternameeq (str | Unset):
        sortorder (ListDevicesSortorder | Unset):  Default: ListDevicesSortorder.ASC.
        pagesize (int | Unset):  Default: 100.
        pagenumber (int | Unset):  Default: 1.
        sortby (ListDevicesSortby | Unset):  Default: ListDevicesSortby.NAME.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListDevicesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filtercreated_atlt=filtercreated_atlt,
            filtercreated_atle=filtercreated_atle,
            filtercreated_atgt=filtercreated_atgt,
            filtercreated_atge=filtercreated_atge,
            filterupdated_atlt=filterupdated_atlt,
            filterupdated_atle=filterupdated_atle,
            filterupdated_atgt=filterupdated_atgt,
            filterupdated_atge=filterupdated_atge,
            filternameeq=filternameeq,
            sortorder=sortorder,
            pagesize=pagesize,
            pagenumber=pagenumber,
            sortby=sortby,
        )
    ).parsed
