from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_custom_analytics_csv_filtertimespaneq import GetCustomAnalyticsCsvFiltertimespaneq
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filtertimespaneq: GetCustomAnalyticsCsvFiltertimespaneq | Unset = GetCustomAnalyticsCsvFiltertimespaneq.MONTH,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filtertimespaneq: str | Unset = UNSET
    if not isinstance(filtertimespaneq, Unset):
        json_filtertimespaneq = filtertimespaneq.value

    params["filter[timespan][eq]"] = json_filtertimespaneq

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboard/custom_analytics_csv",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filtertimespaneq: GetCustomAnalyticsCsvFiltertimespaneq | Unset = GetCustomAnalyticsCsvFiltertimespaneq.MONTH,
) -> Response[Error | str]:
    """Get Custom Analytics

     Get Custom Analytics CSV from dashboard, by timespan

    Args:
        filtertimespaneq (GetCustomAnalyticsCsvFiltertimespaneq | Unset):  Default:
            GetCustomAnalyticsCsvFiltertimespaneq.MONTH.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        filtertimespaneq=filtertimespaneq,
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
    filtertimespaneq: GetCustomAnalyticsCsvFiltertimespaneq | Unset = GetCustomAnalyticsCsvFiltertimespaneq.MONTH,
) -> Error | str | None:
    """Get Custom Analytics

     Get Custom Analytics CSV from dashboard, by timespan

    Args:
        filtertimespaneq (GetCustomAnalyticsCsvFiltertimespaneq | Unset):  Default:
            GetCustomAnalyticsCsvFiltertimespaneq.MONTH.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        client=client,
        filtertimespaneq=filtertimespaneq,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filtertimespaneq: GetCustomAnalyticsCsvFiltertimespaneq | Unset = GetCustomAnalyticsCsvFiltertimespaneq.MONTH,
) -> Response[Error | str]:
    """Get Custom Analytics

     Get Custom Analytics CSV from dashboard, by timespan

    Args:
        filtertimespaneq (GetCustomAnalyticsCsvFiltertimespaneq | Unset):  Default:
            GetCustomAnalyticsCsvFiltertimespaneq.MONTH.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        filtertimespaneq=filtertimespaneq,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filtertimespaneq: GetCustomAnalyticsCsvFiltertimespaneq | Unset = GetCustomAnalyticsCsvFiltertimespaneq.MONTH,
) -> Error | str | None:
    """Get Custom Analytics

     Get Custom Analytics CSV from dashboard, by timespan

    Args:
        filtertimespaneq (GetCustomAnalyticsCsvFiltertimespaneq | Unset):  Default:
            GetCustomAnalyticsCsvFiltertimespaneq.MONTH.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            filtertimespaneq=filtertimespaneq,
        )
    ).parsed
