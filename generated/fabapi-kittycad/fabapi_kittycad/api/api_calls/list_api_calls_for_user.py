from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_call_with_price_results_page import ApiCallWithPriceResultsPage
from ...models.created_at_sort_mode import CreatedAtSortMode
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort_by: CreatedAtSortMode,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page_token"] = page_token

    json_sort_by = sort_by.value
    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/api-calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiCallWithPriceResultsPage | Error | None:
    if response.status_code == 200:
        response_200 = ApiCallWithPriceResultsPage.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiCallWithPriceResultsPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort_by: CreatedAtSortMode,
) -> Response[ApiCallWithPriceResultsPage | Error]:
    """List API calls for your user

     This endpoint requires authentication by any KittyCAD user. It returns the API calls for the
    authenticated user.

    The API calls are returned in order of creation, with the most recently created API calls first.

    Args:
        limit (int | Unset):
        page_token (str | Unset):
        sort_by (CreatedAtSortMode): Supported set of sort modes for scanning by created_at only.

            Currently, we only support scanning in ascending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiCallWithPriceResultsPage | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page_token=page_token,
        sort_by=sort_by,
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
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort_by: CreatedAtSortMode,
) -> ApiCallWithPriceResultsPage | Error | None:
    """List API calls for your user

     This endpoint requires authentication by any KittyCAD user. It returns the API calls for the
    authenticated user.

    The API calls are returned in order of creation, with the most recently created API calls first.

    Args:
        limit (int | Unset):
        page_token (str | Unset):
        sort_by (CreatedAtSortMode): Supported set of sort modes for scanning by created_at only.

            Currently, we only support scanning in ascending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiCallWithPriceResultsPage | Error
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page_token=page_token,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort_by: CreatedAtSortMode,
) -> Response[ApiCallWithPriceResultsPage | Error]:
    """List API calls for your user

     This endpoint requires authentication by any KittyCAD user. It returns the API calls for the
    authenticated user.

    The API calls are returned in order of creation, with the most recently created API calls first.

    Args:
        limit (int | Unset):
        page_token (str | Unset):
        sort_by (CreatedAtSortMode): Supported set of sort modes for scanning by created_at only.

            Currently, we only support scanning in ascending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiCallWithPriceResultsPage | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page_token=page_token,
        sort_by=sort_by,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort_by: CreatedAtSortMode,
) -> ApiCallWithPriceResultsPage | Error | None:
    """List API calls for your user

     This endpoint requires authentication by any KittyCAD user. It returns the API calls for the
    authenticated user.

    The API calls are returned in order of creation, with the most recently created API calls first.

    Args:
        limit (int | Unset):
        page_token (str | Unset):
        sort_by (CreatedAtSortMode): Supported set of sort modes for scanning by created_at only.

            Currently, we only support scanning in ascending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiCallWithPriceResultsPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page_token=page_token,
            sort_by=sort_by,
        )
    ).parsed
