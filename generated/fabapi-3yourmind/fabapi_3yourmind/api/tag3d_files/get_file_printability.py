from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_printability import FilePrintability
from ...types import UNSET, Response, Unset


def _get_kwargs(
    uuid: str,
    *,
    material_minimum_wall_thickness: float | Unset = UNSET,
    build_chamber_height: float | Unset = UNSET,
    build_chamber_width: float | Unset = UNSET,
    build_chamber_depth: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["materialMinimumWallThickness"] = material_minimum_wall_thickness

    params["buildChamberHeight"] = build_chamber_height

    params["buildChamberWidth"] = build_chamber_width

    params["buildChamberDepth"] = build_chamber_depth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/files/printability/{uuid}/".format(
            uuid=path_segment(uuid, "uuid"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FilePrintability | None:
    if 200 <= response.status_code <= 299:
        response_2xx = FilePrintability.from_dict(response.json())

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
) -> Response[Error | FilePrintability]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    material_minimum_wall_thickness: float | Unset = UNSET,
    build_chamber_height: float | Unset = UNSET,
    build_chamber_width: float | Unset = UNSET,
    build_chamber_depth: float | Unset = UNSET,
) -> Response[Error | FilePrintability]:
    """Get Printability

     Printability details of the 3D file

    Args:
        uuid (str):
        material_minimum_wall_thickness (float | Unset):
        build_chamber_height (float | Unset):
        build_chamber_width (float | Unset):
        build_chamber_depth (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FilePrintability]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        material_minimum_wall_thickness=material_minimum_wall_thickness,
        build_chamber_height=build_chamber_height,
        build_chamber_width=build_chamber_width,
        build_chamber_depth=build_chamber_depth,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    material_minimum_wall_thickness: float | Unset = UNSET,
    build_chamber_height: float | Unset = UNSET,
    build_chamber_width: float | Unset = UNSET,
    build_chamber_depth: float | Unset = UNSET,
) -> Error | FilePrintability | None:
    """Get Printability

     Printability details of the 3D file

    Args:
        uuid (str):
        material_minimum_wall_thickness (float | Unset):
        build_chamber_height (float | Unset):
        build_chamber_width (float | Unset):
        build_chamber_depth (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FilePrintability
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        material_minimum_wall_thickness=material_minimum_wall_thickness,
        build_chamber_height=build_chamber_height,
        build_chamber_width=build_chamber_width,
        build_chamber_depth=build_chamber_depth,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    material_minimum_wall_thickness: float | Unset = UNSET,
    build_chamber_height: float | Unset = UNSET,
    build_chamber_width: float | Unset = UNSET,
    build_chamber_depth: float | Unset = UNSET,
) -> Response[Error | FilePrintability]:
    """Get Printability

     Printability details of the 3D file

    Args:
        uuid (str):
        material_minimum_wall_thickness (float | Unset):
        build_chamber_height (float | Unset):
        build_chamber_width (float | Unset):
        build_chamber_depth (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FilePrintability]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        material_minimum_wall_thickness=material_minimum_wall_thickness,
        build_chamber_height=build_chamber_height,
        build_chamber_width=build_chamber_width,
        build_chamber_depth=build_chamber_depth,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    material_minimum_wall_thickness: float | Unset = UNSET,
    build_chamber_height: float | Unset = UNSET,
    build_chamber_width: float | Unset = UNSET,
    build_chamber_depth: float | Unset = UNSET,
) -> Error | FilePrintability | None:
    """Get Printability

     Printability details of the 3D file

    Args:
        uuid (str):
        material_minimum_wall_thickness (float | Unset):
        build_chamber_height (float | Unset):
        build_chamber_width (float | Unset):
        build_chamber_depth (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FilePrintability
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            material_minimum_wall_thickness=material_minimum_wall_thickness,
            build_chamber_height=build_chamber_height,
            build_chamber_width=build_chamber_width,
            build_chamber_depth=build_chamber_depth,
        )
    ).parsed
