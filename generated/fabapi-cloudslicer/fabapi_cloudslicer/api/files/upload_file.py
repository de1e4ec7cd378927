from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_upload_form import FileUploadForm
from ...models.file_upload_response import FileUploadResponse
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: FileUploadForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/file",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileUploadResponse | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FileUploadResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FileUploadResponse | HTTPError | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadForm,
) -> Response[FileUploadResponse | HTTPError | HTTPValidationError]:
    """Upload file

     Upload a new STL file (.stl, .obj or .3mf). This should only be done from the server side to avoid
    exposing your token; from a browser, use the public upload route.

    Args:
        body (FileUploadForm): A model file upload (.stl, .obj or .3mf).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResponse | HTTPError | HTTPValidationError]
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
    body: FileUploadForm,
) -> FileUploadResponse | HTTPError | HTTPValidationError | None:
    """Upload file

     Upload a new STL file (.stl, .obj or .3mf). This should only be done from the server side to avoid
    exposing your token; from a browser, use the public upload route.

    Args:
        body (FileUploadForm): A model file upload (.stl, .obj or .3mf).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResponse | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadForm,
) -> Response[FileUploadResponse | HTTPError | HTTPValidationError]:
    """Upload file

     Upload a new STL file (.stl, .obj or .3mf). This should only be done from the server side to avoid
    exposing your token; from a browser, use the public upload route.

    Args:
        body (FileUploadForm): A model file upload (.stl, .obj or .3mf).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResponse | HTTPError | HTTPValidationError]
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
    body: FileUploadForm,
) -> FileUploadResponse | HTTPError | HTTPValidationError | None:
    """Upload file

     Upload a new STL file (.stl, .obj or .3mf). This should only be done from the server side to avoid
    exposing your token; from a browser, use the public upload route.

    Args:
        body (FileUploadForm): A model file upload (.stl, .obj or .3mf).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResponse | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
