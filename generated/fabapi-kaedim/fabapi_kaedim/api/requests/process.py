from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.process_files_request import ProcessFilesRequest
from ...models.process_response import ProcessResponse
from ...models.process_urls_request import ProcessUrlsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProcessUrlsRequest | ProcessFilesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/process",
    }

    if isinstance(body, ProcessUrlsRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, ProcessFilesRequest):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProcessResponse | None:
    if response.status_code == 201:
        response_201 = ProcessResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Error.from_dict(response.json())

        return response_406

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProcessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProcessUrlsRequest | ProcessFilesRequest | Unset = UNSET,
) -> Response[Error | ProcessResponse]:
    """Post a processing request

     Submits up to 6 images (by URL as JSON, or as files in a multipart form) to be made into a 3D model;
    at most 5 MB per image. Kaedim notifies the registered webhook when it is done. `test: true` answers
    with a plain cube.

    Args:
        body (ProcessUrlsRequest):
        body (ProcessFilesRequest): The same request with the images as files: one part `image`,
            or parts `image-0` to `image-5`, 5 MB each at most. Every scalar field travels as form
            text: numbers are declared as numbers and sent as their decimal text, and `test` is the
            text "true" or "false" (a boolean field would be written with Python's str(), as "True").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProcessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: ProcessUrlsRequest | ProcessFilesRequest | Unset = UNSET,
) -> Error | ProcessResponse | None:
    """Post a processing request

     Submits up to 6 images (by URL as JSON, or as files in a multipart form) to be made into a 3D model;
    at most 5 MB per image. Kaedim notifies the registered webhook when it is done. `test: true` answers
    with a plain cube.

    Args:
        body (ProcessUrlsRequest):
        body (ProcessFilesRequest): The same request with the images as files: one part `image`,
            or parts `image-0` to `image-5`, 5 MB each at most. Every scalar field travels as form
            text: numbers are declared as numbers and sent as their decimal text, and `test` is the
            text "true" or "false" (a boolean field would be written with Python's str(), as "True").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProcessResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProcessUrlsRequest | ProcessFilesRequest | Unset = UNSET,
) -> Response[Error | ProcessResponse]:
    """Post a processing request

     Submits up to 6 images (by URL as JSON, or as files in a multipart form) to be made into a 3D model;
    at most 5 MB per image. Kaedim notifies the registered webhook when it is done. `test: true` answers
    with a plain cube.

    Args:
        body (ProcessUrlsRequest):
        body (ProcessFilesRequest): The same request with the images as files: one part `image`,
            or parts `image-0` to `image-5`, 5 MB each at most. Every scalar field travels as form
            text: numbers are declared as numbers and sent as their decimal text, and `test` is the
            text "true" or "false" (a boolean field would be written with Python's str(), as "True").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProcessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProcessUrlsRequest | ProcessFilesRequest | Unset = UNSET,
) -> Error | ProcessResponse | None:
    """Post a processing request

     Submits up to 6 images (by URL as JSON, or as files in a multipart form) to be made into a 3D model;
    at most 5 MB per image. Kaedim notifies the registered webhook when it is done. `test: true` answers
    with a plain cube.

    Args:
        body (ProcessUrlsRequest):
        body (ProcessFilesRequest): The same request with the images as files: one part `image`,
            or parts `image-0` to `image-5`, 5 MB each at most. Every scalar field travels as form
            text: numbers are declared as numbers and sent as their decimal text, and `test` is the
            text "true" or "false" (a boolean field would be written with Python's str(), as "True").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProcessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
