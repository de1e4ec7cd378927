from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fetch_request_response import FetchRequestResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    dev_id: str,
    request_id: str,
    studio_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["devID"] = dev_id

    params["requestID"] = request_id

    params["studioID"] = studio_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fetchRequest",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FetchRequestResponse | None:
    if response.status_code == 200:
        response_200 = FetchRequestResponse.from_dict(response.json())

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
) -> Response[Error | FetchRequestResponse]:
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
    request_id: str,
    studio_id: str | Unset = UNSET,
) -> Response[Error | FetchRequestResponse]:
    """Get a request

     The progress and results of one request. Result links expire after an hour; fetch again for fresh
    ones.

    Args:
        dev_id (str):
        request_id (str):
        studio_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FetchRequestResponse]
    """

    kwargs = _get_kwargs(
        dev_id=dev_id,
        request_id=request_id,
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
    request_id: str,
    studio_id: str | Unset = UNSET,
) -> Error | FetchRequestResponse | None:
    """Get a request

     The progress and results of one request. Result links expire after an hour; fetch again for fresh
    ones.

    Args:
        dev_id (str):
        request_id (str):
        studio_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FetchRequestResponse
    """

    return sync_detailed(
        client=client,
        dev_id=dev_id,
        request_id=request_id,
        studio_id=studio_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dev_id: str,
    request_id: str,
    studio_id: str | Unset = UNSET,
) -> Response[Error | FetchRequestResponse]:
    """Get a request

     The progress and results of one request. Result links expire after an hour; fetch again for fresh
    ones.

    Args:
        dev_id (str):
        request_id (str):
        studio_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FetchRequestResponse]
    """

    kwargs = _get_kwargs(
        dev_id=dev_id,
        request_id=request_id,
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
    request_id: str,
    studio_id: str | Unset = UNSET,
) -> Error | FetchRequestResponse | None:
    """Get a request

     The progress and results of one request. Result links expire after an hour; fetch again for fresh
    ones.

    Args:
        dev_id (str):
        request_id (str):
        studio_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FetchRequestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            dev_id=dev_id,
            request_id=request_id,
            studio_id=studio_id,
        )
    ).parsed
