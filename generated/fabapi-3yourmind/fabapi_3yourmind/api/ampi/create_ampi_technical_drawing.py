from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ampi_file_upload import AmpiFileUpload
from ...models.ampi_technical_drawing import AmpiTechnicalDrawing
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AmpiFileUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2.0/ampi/technical-drawings/",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AmpiTechnicalDrawing | Error | None:
    if 200 <= response.status_code <= 299:
        response_2xx = AmpiTechnicalDrawing.from_dict(response.json())

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
) -> Response[AmpiTechnicalDrawing | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AmpiFileUpload,
) -> Response[AmpiTechnicalDrawing | Error]:
    """Create TechnicalDrawing object

    Args:
        body (AmpiFileUpload): The seed renders one binary form field without its name; `file` is
            the name every other upload uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmpiTechnicalDrawing | Error]
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
    body: AmpiFileUpload,
) -> AmpiTechnicalDrawing | Error | None:
    """Create TechnicalDrawing object

    Args:
        body (AmpiFileUpload): The seed renders one binary form field without its name; `file` is
            the name every other upload uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmpiTechnicalDrawing | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AmpiFileUpload,
) -> Response[AmpiTechnicalDrawing | Error]:
    """Create TechnicalDrawing object

    Args:
        body (AmpiFileUpload): The seed renders one binary form field without its name; `file` is
            the name every other upload uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmpiTechnicalDrawing | Error]
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
    body: AmpiFileUpload,
) -> AmpiTechnicalDrawing | Error | None:
    """Create TechnicalDrawing object

    Args:
        body (AmpiFileUpload): The seed renders one binary form field without its name; `file` is
            the name every other upload uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmpiTechnicalDrawing | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
