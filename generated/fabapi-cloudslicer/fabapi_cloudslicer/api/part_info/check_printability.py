from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dimensions import Dimensions
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.printability_response import PrintabilityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    file_id: str,
    *,
    body: Dimensions | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/printability/{file_id}".format(
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
) -> HTTPError | HTTPValidationError | PrintabilityResponse | None:
    if response.status_code == 200:
        response_200 = PrintabilityResponse.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | PrintabilityResponse]:
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
    body: Dimensions | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | PrintabilityResponse]:
    """Check printability

     Gets measurements of the uploaded file in order to check that the part will fit in the printer
    before you generate a quote. The optional body gives the printer's build volume in mm (default 210 x
    210 x 250). This can also be calculated on the client side (for example with Three.js); the endpoint
    is provided as an alternative.

    Args:
        file_id (str):
        body (Dimensions | Unset): A bounding box in mm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | PrintabilityResponse]
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
    body: Dimensions | Unset = UNSET,
) -> HTTPError | HTTPValidationError | PrintabilityResponse | None:
    """Check printability

     Gets measurements of the uploaded file in order to check that the part will fit in the printer
    before you generate a quote. The optional body gives the printer's build volume in mm (default 210 x
    210 x 250). This can also be calculated on the client side (for example with Three.js); the endpoint
    is provided as an alternative.

    Args:
        file_id (str):
        body (Dimensions | Unset): A bounding box in mm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | PrintabilityResponse
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
    body: Dimensions | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | PrintabilityResponse]:
    """Check printability

     Gets measurements of the uploaded file in order to check that the part will fit in the printer
    before you generate a quote. The optional body gives the printer's build volume in mm (default 210 x
    210 x 250). This can also be calculated on the client side (for example with Three.js); the endpoint
    is provided as an alternative.

    Args:
        file_id (str):
        body (Dimensions | Unset): A bounding box in mm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | PrintabilityResponse]
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
    body: Dimensions | Unset = UNSET,
) -> HTTPError | HTTPValidationError | PrintabilityResponse | None:
    """Check printability

     Gets measurements of the uploaded file in order to check that the part will fit in the printer
    before you generate a quote. The optional body gives the printer's build volume in mm (default 210 x
    210 x 250). This can also be calculated on the client side (for example with Three.js); the endpoint
    is provided as an alternative.

    Args:
        file_id (str):
        body (Dimensions | Unset): A bounding box in mm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | PrintabilityResponse
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            body=body,
        )
    ).parsed
