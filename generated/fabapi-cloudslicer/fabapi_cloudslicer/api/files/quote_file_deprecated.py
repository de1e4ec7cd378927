from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.quote_request import QuoteRequest
from ...models.quote_response import QuoteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    file_id: str,
    *,
    body: QuoteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/file/quote/{file_id}".format(
            file_id=path_segment(file_id, "file_id"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | QuoteResponse | None:
    if response.status_code == 200:
        response_200 = QuoteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = HTTPError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPError | HTTPValidationError | QuoteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: QuoteRequest | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | QuoteResponse]:
    """Quote file (deprecated)

     Deprecated: switch to /quote/{file_id} (POST /v1/quote/{file_id}). Creates an instant quote on an
    uploaded file given its file_id.

    Args:
        file_id (str):
        body (QuoteRequest | Unset): The printer and pricing profiles for a quote; each is
            optional and every field has a default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | QuoteResponse]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: QuoteRequest | Unset = UNSET,
) -> HTTPError | HTTPValidationError | QuoteResponse | None:
    """Quote file (deprecated)

     Deprecated: switch to /quote/{file_id} (POST /v1/quote/{file_id}). Creates an instant quote on an
    uploaded file given its file_id.

    Args:
        file_id (str):
        body (QuoteRequest | Unset): The printer and pricing profiles for a quote; each is
            optional and every field has a default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | QuoteResponse
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: QuoteRequest | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | QuoteResponse]:
    """Quote file (deprecated)

     Deprecated: switch to /quote/{file_id} (POST /v1/quote/{file_id}). Creates an instant quote on an
    uploaded file given its file_id.

    Args:
        file_id (str):
        body (QuoteRequest | Unset): The printer and pricing profiles for a quote; each is
            optional and every field has a default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | QuoteResponse]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: QuoteRequest | Unset = UNSET,
) -> HTTPError | HTTPValidationError | QuoteResponse | None:
    """Quote file (deprecated)

     Deprecated: switch to /quote/{file_id} (POST /v1/quote/{file_id}). Creates an instant quote on an
    uploaded file given its file_id.

    Args:
        file_id (str):
        body (QuoteRequest | Unset): The printer and pricing profiles for a quote; each is
            optional and every field has a default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | QuoteResponse
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            body=body,
        )
    ).parsed
