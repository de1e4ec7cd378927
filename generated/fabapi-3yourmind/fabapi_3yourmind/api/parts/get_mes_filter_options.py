from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_mes_filter_options_fields_item import GetMesFilterOptionsFieldsItem
from ...models.get_mes_filter_options_production_sheet_template_type import (
    GetMesFilterOptionsProductionSheetTemplateType,
)
from ...models.mes_filter_options import MesFilterOptions
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_id: int,
    *,
    fields: list[GetMesFilterOptionsFieldsItem],
    production_sheet_template_type: GetMesFilterOptionsProductionSheetTemplateType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields = []
    for fields_item_data in fields:
        fields_item = fields_item_data.value
        json_fields.append(fields_item)

    params["fields"] = json_fields

    json_production_sheet_template_type: str | Unset = UNSET
    if not isinstance(production_sheet_template_type, Unset):
        json_production_sheet_template_type = production_sheet_template_type.value

    params["productionSheetTemplateType"] = json_production_sheet_template_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/service-panel/services/{service_id}/mes-filter-options/".format(
            service_id=path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MesFilterOptions | None:
    if 200 <= response.status_code <= 299:
        response_2xx = MesFilterOptions.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MesFilterOptions]:
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
    fields: list[GetMesFilterOptionsFieldsItem],
    production_sheet_template_type: GetMesFilterOptionsProductionSheetTemplateType | Unset = UNSET,
) -> Response[Error | MesFilterOptions]:
    """MES Service Filter Options

    Args:
        service_id (int):
        fields (list[GetMesFilterOptionsFieldsItem]):
        production_sheet_template_type (GetMesFilterOptionsProductionSheetTemplateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MesFilterOptions]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        fields=fields,
        production_sheet_template_type=production_sheet_template_type,
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
    fields: list[GetMesFilterOptionsFieldsItem],
    production_sheet_template_type: GetMesFilterOptionsProductionSheetTemplateType | Unset = UNSET,
) -> Error | MesFilterOptions | None:
    """MES Service Filter Options

    Args:
        service_id (int):
        fields (list[GetMesFilterOptionsFieldsItem]):
        production_sheet_template_type (GetMesFilterOptionsProductionSheetTemplateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MesFilterOptions
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        fields=fields,
        production_sheet_template_type=production_sheet_template_type,
    ).parsed


async def asyncio_detailed(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetMesFilterOptionsFieldsItem],
    production_sheet_template_type: GetMesFilterOptionsProductionSheetTemplateType | Unset = UNSET,
) -> Response[Error | MesFilterOptions]:
    """MES Service Filter Options

    Args:
        service_id (int):
        fields (list[GetMesFilterOptionsFieldsItem]):
        production_sheet_template_type (GetMesFilterOptionsProductionSheetTemplateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MesFilterOptions]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        fields=fields,
        production_sheet_template_type=production_sheet_template_type,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetMesFilterOptionsFieldsItem],
    production_sheet_template_type: GetMesFilterOptionsProductionSheetTemplateType | Unset = UNSET,
) -> Error | MesFilterOptions | None:
    """MES Service Filter Options

    Args:
        service_id (int):
        fields (list[GetMesFilterOptionsFieldsItem]):
        production_sheet_template_type (GetMesFilterOptionsProductionSheetTemplateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MesFilterOptions
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            fields=fields,
            production_sheet_template_type=production_sheet_template_type,
        )
    ).parsed
