from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_upload_form import FileUploadForm
from ...models.file_upload_response import FileUploadResponse
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    upload_id: str,
    *,
    body: FileUploadForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/file/public/{upload_id}".format(
            upload_id=path_segment(upload_id, "upload_id"),
        ),
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
) -> Response[FileUploadResponse | HTTPError | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadForm,
) -> Response[FileUploadResponse | HTTPError | HTTPValidationError]:
    """Public upload file

     This route does NOT require authentication. Use it on your client side to upload the file directly
    to Cloud Slicer's storage, so large files need not be routed through your backend server. It uses
    the upload_id generated earlier (GET /v1/file/upload-id) to securely upload an STL file and prevent
    CORS errors.

    Args:
        upload_id (str):
        body (FileUploadForm): A model file upload (.stl, .obj or .3mf).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResponse | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadForm,
) -> FileUploadResponse | HTTPError | HTTPValidationError | None:
    """Public upload file

     This route does NOT require authentication. Use it on your client side to upload the file directly
    to Cloud Slicer's storage, so large files need not be routed through your backend server. It uses
    the upload_id generated earlier (GET /v1/file/upload-id) to securely upload an STL file and prevent
    CORS errors.

    Args:
        upload_id (str):
        body (FileUploadForm): A model file upload (.stl, .obj or .3mf).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResponse | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadForm,
) -> Response[FileUploadResponse | HTTPError | HTTPValidationError]:
    """Public upload file

     This route does NOT require authentication. Use it on your client side to upload the file directly
    to Cloud Slicer's storage, so large files need not be routed through your backend server. It uses
    the upload_id generated earlier (GET /v1/file/upload-id) to securely upload an STL file and prevent
    CORS errors.

    Args:
        upload_id (str):
        body (FileUploadForm): A model file upload (.stl, .obj or .3mf).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResponse | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadForm,
) -> FileUploadResponse | HTTPError | HTTPValidationError | None:
    """Public upload file

     This route does NOT require authentication. Use it on your client side to upload the file directly
    to Cloud Slicer's storage, so large files need not be routed through your backend server. It uses
    the upload_id generated earlier (GET /v1/file/upload-id) to securely upload an STL file and prevent
    CORS errors.

    Args:
        upload_id (str):
        body (FileUploadForm): A model file upload (.stl, .obj or .3mf).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResponse | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
        )
    ).parsed
