from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fetch_all_response import FetchAllResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    dev_id: str,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    studio_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["devID"] = dev_id

    params["start"] = start

    params["end"] = end

    params["studioID"] = studio_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fetchAll",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FetchAllResponse | None:
    if response.status_code == 200:
        response_200 = FetchAllResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | FetchAllResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    dev_id: str,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    studio_id: str | Unset = UNSET,
) -> Response[Error | FetchAllResponse]:
    """Get all assets

     Every request of the devID (pending ones included), optionally within a date range.

    Args:
        dev_id (str):
        start (str | Unset):
        end (str | Unset):
        studio_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FetchAllResponse]
    """

    kwargs = _get_kwargs(
        dev_id=dev_id,
        start=start,
        end=end,
        studio_id=studio_id,
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
    dev_id: str,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    studio_id: str | Unset = UNSET,
) -> Error | FetchAllResponse | None:
    """Get all assets

     Every request of the devID (pending ones included), optionally within a date range.

    Args:
        dev_id (str):
        start (str | Unset):
        end (str | Unset):
        studio_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FetchAllResponse
    """

    return sync_detailed(
        client=client,
        dev_id=dev_id,
        start=start,
        end=end,
        studio_id=studio_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dev_id: str,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    studio_id: str | Unset = UNSET,
) -> Response[Error | FetchAllResponse]:
    """Get all assets

     Every request of the devID (pending ones included), optionally within a date range.

    Args:
        dev_id (str):
        start (str | Unset):
        end (str | Unset):
        studio_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FetchAllResponse]
    """

    kwargs = _get_kwargs(
        dev_id=dev_id,
        start=start,
        end=end,
        studio_id=studio_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    dev_id: str,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    studio_id: str | Unset = UNSET,
) -> Error | FetchAllResponse | None:
    """Get all assets

     Every request of the devID (pending ones included), optionally within a date range.

    Args:
        dev_id (str):
        start (str | Unset):
        end (str | Unset):
        studio_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FetchAllResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            dev_id=dev_id,
            start=start,
            end=end,
            studio_id=studio_id,
        )
    ).parsed
