"""Resource groups of the Kaedim API, one per tag: written by the fabapi pipeline, do not edit."""

from __future__ import annotations

from typing import cast

from fabapi_core import AsyncCaller, Caller, OperationInfo, RawResponse

from .api.projects import fetch_projects as _fetch_projects
from .api.requests import fetch_all as _fetch_all
from .api.requests import fetch_request as _fetch_request
from .api.requests import process as _process
from .api.tokens import refresh_jwt as _refresh_jwt
from .api.webhooks import register_hook as _register_hook
from .models.already_registered_response import AlreadyRegisteredResponse
from .models.fetch_all_response import FetchAllResponse
from .models.fetch_projects_response import FetchProjectsResponse
from .models.fetch_request_response import FetchRequestResponse
from .models.process_files_request import ProcessFilesRequest
from .models.process_response import ProcessResponse
from .models.process_urls_request import ProcessUrlsRequest
from .models.refresh_jwt_request import RefreshJwtRequest
from .models.refresh_jwt_response import RefreshJwtResponse
from .models.register_hook_request import RegisterHookRequest
from .models.register_hook_response import RegisterHookResponse
from .types import UNSET, Unset

# The documented statuses of the operations, built once, not on every call.
_STATUSES_200_TO_201_400_TO_401_404: tuple[int, ...] = (200, 201, 400, 401, 404)
_STATUSES_200_400_TO_401_404: tuple[int, ...] = (200, 400, 401, 404)
_STATUSES_201_400_TO_401_404_406: tuple[int, ...] = (201, 400, 401, 404, 406)


class ProjectsResource:
    """The projects (styles) an asset can be made in."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, *, dev_id: str) -> FetchProjectsResponse:
        """Get all projects

        The projects (names and ids) of the devID's account."""
        return cast(
            "FetchProjectsResponse",
            self._caller.call(
                _fetch_projects.sync_detailed,
                operation="fetchProjects",
                method="GET",
                path="/fetchProjects",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"dev_id": {"minLength": 1}},
                dev_id=dev_id,
            ),
        )


class RequestsResource:
    """Submitting images for processing and fetching the resulting assets."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create(self, *, body: ProcessUrlsRequest | ProcessFilesRequest) -> ProcessResponse:
        """Post a processing request

        Submits up to 6 images (by URL as JSON, or as files in a multipart form) to be made into a 3D model; at most 5 MB per image. Kaedim notifies the registered webhook when it is done. `test: true` answers with a plain cube."""
        return cast(
            "ProcessResponse",
            self._caller.call(
                _process.sync_detailed,
                operation="process",
                method="POST",
                path="/process",
                expected=_STATUSES_201_400_TO_401_404_406,
                body=body,
            ),
        )

    def get(self, *, dev_id: str, request_id: str, studio_id: str | Unset = UNSET) -> FetchRequestResponse:
        """Get a request

        The progress and results of one request. Result links expire after an hour; fetch again for fresh ones."""
        return cast(
            "FetchRequestResponse",
            self._caller.call(
                _fetch_request.sync_detailed,
                operation="fetchRequest",
                method="GET",
                path="/fetchRequest",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"dev_id": {"minLength": 1}, "request_id": {"minLength": 1}, "studio_id": {"minLength": 1}},
                dev_id=dev_id,
                request_id=request_id,
                studio_id=studio_id,
            ),
        )

    def list(
        self, *, dev_id: str, start: str | Unset = UNSET, end: str | Unset = UNSET, studio_id: str | Unset = UNSET
    ) -> FetchAllResponse:
        """Get all assets

        Every request of the devID (pending ones included), optionally within a date range."""
        return cast(
            "FetchAllResponse",
            self._caller.call(
                _fetch_all.sync_detailed,
                operation="fetchAll",
                method="GET",
                path="/fetchAll",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={
                    "dev_id": {"minLength": 1},
                    "start": {"pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$"},
                    "end": {"pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$"},
                    "studio_id": {"minLength": 1},
                },
                dev_id=dev_id,
                start=start,
                end=end,
                studio_id=studio_id,
            ),
        )


class TokensResource:
    """Obtaining a fresh JWT."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def refresh_jwt(self, *, body: RefreshJwtRequest, refresh_token: str) -> RefreshJwtResponse:
        """Refresh the JWT

        A new JWT, valid 12 hours, for the refresh token handed out at registration. It invalidates every earlier JWT of the devID."""
        return cast(
            "RefreshJwtResponse",
            self._caller.call(
                _refresh_jwt.sync_detailed,
                operation="refreshJWT",
                method="POST",
                path="/refreshJWT",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"refresh_token": {"minLength": 1}},
                refresh_token=refresh_token,
                body=body,
            ),
        )


class WebhooksResource:
    """Registering the endpoint Kaedim notifies when a model is ready."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def register(self, *, body: RegisterHookRequest) -> RegisterHookResponse | AlreadyRegisteredResponse:
        """Register a webhook

        Registers the endpoint Kaedim POSTs to when an asset is ready, and hands out a JWT. Only one JWT is valid per devID at a time: this one invalidates every earlier one."""
        return cast(
            "RegisterHookResponse | AlreadyRegisteredResponse",
            self._caller.call(
                _register_hook.sync_detailed,
                operation="registerHook",
                method="POST",
                path="/registerHook",
                expected=_STATUSES_200_TO_201_400_TO_401_404,
                body=body,
            ),
        )


class RawProjectsResource:
    """The projects (styles) an asset can be made in."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, *, dev_id: str) -> RawResponse[FetchProjectsResponse]:
        """`fetchProjects`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FetchProjectsResponse]",
            self._caller.call_with_response(
                _fetch_projects.sync_detailed,
                operation="fetchProjects",
                method="GET",
                path="/fetchProjects",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"dev_id": {"minLength": 1}},
                dev_id=dev_id,
            ),
        )


class RawRequestsResource:
    """Submitting images for processing and fetching the resulting assets."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create(self, *, body: ProcessUrlsRequest | ProcessFilesRequest) -> RawResponse[ProcessResponse]:
        """`process`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ProcessResponse]",
            self._caller.call_with_response(
                _process.sync_detailed,
                operation="process",
                method="POST",
                path="/process",
                expected=_STATUSES_201_400_TO_401_404_406,
                body=body,
            ),
        )

    def get(self, *, dev_id: str, request_id: str, studio_id: str | Unset = UNSET) -> RawResponse[FetchRequestResponse]:
        """`fetchRequest`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FetchRequestResponse]",
            self._caller.call_with_response(
                _fetch_request.sync_detailed,
                operation="fetchRequest",
                method="GET",
                path="/fetchRequest",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"dev_id": {"minLength": 1}, "request_id": {"minLength": 1}, "studio_id": {"minLength": 1}},
                dev_id=dev_id,
                request_id=request_id,
                studio_id=studio_id,
            ),
        )

    def list(
        self, *, dev_id: str, start: str | Unset = UNSET, end: str | Unset = UNSET, studio_id: str | Unset = UNSET
    ) -> RawResponse[FetchAllResponse]:
        """`fetchAll`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FetchAllResponse]",
            self._caller.call_with_response(
                _fetch_all.sync_detailed,
                operation="fetchAll",
                method="GET",
                path="/fetchAll",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={
                    "dev_id": {"minLength": 1},
                    "start": {"pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$"},
                    "end": {"pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$"},
                    "studio_id": {"minLength": 1},
                },
                dev_id=dev_id,
                start=start,
                end=end,
                studio_id=studio_id,
            ),
        )


class RawTokensResource:
    """Obtaining a fresh JWT."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def refresh_jwt(self, *, body: RefreshJwtRequest, refresh_token: str) -> RawResponse[RefreshJwtResponse]:
        """`refreshJWT`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[RefreshJwtResponse]",
            self._caller.call_with_response(
                _refresh_jwt.sync_detailed,
                operation="refreshJWT",
                method="POST",
                path="/refreshJWT",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"refresh_token": {"minLength": 1}},
                refresh_token=refresh_token,
                body=body,
            ),
        )


class RawWebhooksResource:
    """Registering the endpoint Kaedim notifies when a model is ready."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def register(self, *, body: RegisterHookRequest) -> RawResponse[RegisterHookResponse | AlreadyRegisteredResponse]:
        """`registerHook`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[RegisterHookResponse | AlreadyRegisteredResponse]",
            self._caller.call_with_response(
                _register_hook.sync_detailed,
                operation="registerHook",
                method="POST",
                path="/registerHook",
                expected=_STATUSES_200_TO_201_400_TO_401_404,
                body=body,
            ),
        )


class RawResources:
    """Every operation of the Kaedim API, answering `RawResponse`s."""

    def __init__(self, caller: Caller) -> None:
        self.projects = RawProjectsResource(caller)
        self.requests = RawRequestsResource(caller)
        self.tokens = RawTokensResource(caller)
        self.webhooks = RawWebhooksResource(caller)


class Resources:
    """Every operation of the Kaedim API, grouped by tag."""

    def __init__(self, caller: Caller) -> None:
        self._bind(caller)

    def _bind(self, caller: Caller) -> None:
        self._caller = caller
        self.projects = ProjectsResource(caller)
        self.requests = RequestsResource(caller)
        self.tokens = TokensResource(caller)
        self.webhooks = WebhooksResource(caller)

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return RawResources(self._caller)


class AsyncProjectsResource:
    """The projects (styles) an asset can be made in."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self, *, dev_id: str) -> FetchProjectsResponse:
        """Get all projects

        The projects (names and ids) of the devID's account."""
        return cast(
            "FetchProjectsResponse",
            await self._caller.call(
                _fetch_projects.asyncio_detailed,
                operation="fetchProjects",
                method="GET",
                path="/fetchProjects",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"dev_id": {"minLength": 1}},
                dev_id=dev_id,
            ),
        )


class AsyncRequestsResource:
    """Submitting images for processing and fetching the resulting assets."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create(self, *, body: ProcessUrlsRequest | ProcessFilesRequest) -> ProcessResponse:
        """Post a processing request

        Submits up to 6 images (by URL as JSON, or as files in a multipart form) to be made into a 3D model; at most 5 MB per image. Kaedim notifies the registered webhook when it is done. `test: true` answers with a plain cube."""
        return cast(
            "ProcessResponse",
            await self._caller.call(
                _process.asyncio_detailed,
                operation="process",
                method="POST",
                path="/process",
                expected=_STATUSES_201_400_TO_401_404_406,
                body=body,
            ),
        )

    async def get(self, *, dev_id: str, request_id: str, studio_id: str | Unset = UNSET) -> FetchRequestResponse:
        """Get a request

        The progress and results of one request. Result links expire after an hour; fetch again for fresh ones."""
        return cast(
            "FetchRequestResponse",
            await self._caller.call(
                _fetch_request.asyncio_detailed,
                operation="fetchRequest",
                method="GET",
                path="/fetchRequest",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"dev_id": {"minLength": 1}, "request_id": {"minLength": 1}, "studio_id": {"minLength": 1}},
                dev_id=dev_id,
                request_id=request_id,
                studio_id=studio_id,
            ),
        )

    async def list(
        self, *, dev_id: str, start: str | Unset = UNSET, end: str | Unset = UNSET, studio_id: str | Unset = UNSET
    ) -> FetchAllResponse:
        """Get all assets

        Every request of the devID (pending ones included), optionally within a date range."""
        return cast(
            "FetchAllResponse",
            await self._caller.call(
                _fetch_all.asyncio_detailed,
                operation="fetchAll",
                method="GET",
                path="/fetchAll",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={
                    "dev_id": {"minLength": 1},
                    "start": {"pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$"},
                    "end": {"pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$"},
                    "studio_id": {"minLength": 1},
                },
                dev_id=dev_id,
                start=start,
                end=end,
                studio_id=studio_id,
            ),
        )


class AsyncTokensResource:
    """Obtaining a fresh JWT."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def refresh_jwt(self, *, body: RefreshJwtRequest, refresh_token: str) -> RefreshJwtResponse:
        """Refresh the JWT

        A new JWT, valid 12 hours, for the refresh token handed out at registration. It invalidates every earlier JWT of the devID."""
        return cast(
            "RefreshJwtResponse",
            await self._caller.call(
                _refresh_jwt.asyncio_detailed,
                operation="refreshJWT",
                method="POST",
                path="/refreshJWT",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"refresh_token": {"minLength": 1}},
                refresh_token=refresh_token,
                body=body,
            ),
        )


class AsyncWebhooksResource:
    """Registering the endpoint Kaedim notifies when a model is ready."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def register(self, *, body: RegisterHookRequest) -> RegisterHookResponse | AlreadyRegisteredResponse:
        """Register a webhook

        Registers the endpoint Kaedim POSTs to when an asset is ready, and hands out a JWT. Only one JWT is valid per devID at a time: this one invalidates every earlier one."""
        return cast(
            "RegisterHookResponse | AlreadyRegisteredResponse",
            await self._caller.call(
                _register_hook.asyncio_detailed,
                operation="registerHook",
                method="POST",
                path="/registerHook",
                expected=_STATUSES_200_TO_201_400_TO_401_404,
                body=body,
            ),
        )


class AsyncRawProjectsResource:
    """The projects (styles) an asset can be made in."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self, *, dev_id: str) -> RawResponse[FetchProjectsResponse]:
        """`fetchProjects`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FetchProjectsResponse]",
            await self._caller.call_with_response(
                _fetch_projects.asyncio_detailed,
                operation="fetchProjects",
                method="GET",
                path="/fetchProjects",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"dev_id": {"minLength": 1}},
                dev_id=dev_id,
            ),
        )


class AsyncRawRequestsResource:
    """Submitting images for processing and fetching the resulting assets."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create(self, *, body: ProcessUrlsRequest | ProcessFilesRequest) -> RawResponse[ProcessResponse]:
        """`process`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ProcessResponse]",
            await self._caller.call_with_response(
                _process.asyncio_detailed,
                operation="process",
                method="POST",
                path="/process",
                expected=_STATUSES_201_400_TO_401_404_406,
                body=body,
            ),
        )

    async def get(
        self, *, dev_id: str, request_id: str, studio_id: str | Unset = UNSET
    ) -> RawResponse[FetchRequestResponse]:
        """`fetchRequest`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FetchRequestResponse]",
            await self._caller.call_with_response(
                _fetch_request.asyncio_detailed,
                operation="fetchRequest",
                method="GET",
                path="/fetchRequest",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"dev_id": {"minLength": 1}, "request_id": {"minLength": 1}, "studio_id": {"minLength": 1}},
                dev_id=dev_id,
                request_id=request_id,
                studio_id=studio_id,
            ),
        )

    async def list(
        self, *, dev_id: str, start: str | Unset = UNSET, end: str | Unset = UNSET, studio_id: str | Unset = UNSET
    ) -> RawResponse[FetchAllResponse]:
        """`fetchAll`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FetchAllResponse]",
            await self._caller.call_with_response(
                _fetch_all.asyncio_detailed,
                operation="fetchAll",
                method="GET",
                path="/fetchAll",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={
                    "dev_id": {"minLength": 1},
                    "start": {"pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$"},
                    "end": {"pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$"},
                    "studio_id": {"minLength": 1},
                },
                dev_id=dev_id,
                start=start,
                end=end,
                studio_id=studio_id,
            ),
        )


class AsyncRawTokensResource:
    """Obtaining a fresh JWT."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def refresh_jwt(self, *, body: RefreshJwtRequest, refresh_token: str) -> RawResponse[RefreshJwtResponse]:
        """`refreshJWT`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[RefreshJwtResponse]",
            await self._caller.call_with_response(
                _refresh_jwt.asyncio_detailed,
                operation="refreshJWT",
                method="POST",
                path="/refreshJWT",
                expected=_STATUSES_200_400_TO_401_404,
                constraints={"refresh_token": {"minLength": 1}},
                refresh_token=refresh_token,
                body=body,
            ),
        )


class AsyncRawWebhooksResource:
    """Registering the endpoint Kaedim notifies when a model is ready."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def register(
        self, *, body: RegisterHookRequest
    ) -> RawResponse[RegisterHookResponse | AlreadyRegisteredResponse]:
        """`registerHook`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[RegisterHookResponse | AlreadyRegisteredResponse]",
            await self._caller.call_with_response(
                _register_hook.asyncio_detailed,
                operation="registerHook",
                method="POST",
                path="/registerHook",
                expected=_STATUSES_200_TO_201_400_TO_401_404,
                body=body,
            ),
        )


class AsyncRawResources:
    """Every operation of the Kaedim API, answering `RawResponse`s."""

    def __init__(self, caller: AsyncCaller) -> None:
        self.projects = AsyncRawProjectsResource(caller)
        self.requests = AsyncRawRequestsResource(caller)
        self.tokens = AsyncRawTokensResource(caller)
        self.webhooks = AsyncRawWebhooksResource(caller)


class AsyncResources:
    """Every operation of the Kaedim API, grouped by tag."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._bind(caller)

    def _bind(self, caller: AsyncCaller) -> None:
        self._caller = caller
        self.projects = AsyncProjectsResource(caller)
        self.requests = AsyncRequestsResource(caller)
        self.tokens = AsyncTokensResource(caller)
        self.webhooks = AsyncWebhooksResource(caller)

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return AsyncRawResources(self._caller)


# operationId -> where it lives and how safe it is to call against a live server.

OPERATIONS: dict[str, OperationInfo] = {
    "fetchProjects": OperationInfo("projects", "list", "GET", "/fetchProjects", unsafe=False, paginated=False),
    "process": OperationInfo("requests", "create", "POST", "/process", unsafe=True, paginated=False),
    "fetchRequest": OperationInfo("requests", "get", "GET", "/fetchRequest", unsafe=False, paginated=False),
    "fetchAll": OperationInfo("requests", "list", "GET", "/fetchAll", unsafe=False, paginated=False),
    "refreshJWT": OperationInfo("tokens", "refresh_jwt", "POST", "/refreshJWT", unsafe=False, paginated=False),
    "registerHook": OperationInfo("webhooks", "register", "POST", "/registerHook", unsafe=True, paginated=False),
}
