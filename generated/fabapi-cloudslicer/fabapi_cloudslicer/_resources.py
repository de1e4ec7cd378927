"""Resource groups of the Cloud Slicer API, one per tag: written by the fabapi pipeline, do not edit."""

from __future__ import annotations

import builtins
from typing import cast

from fabapi_core import AsyncCaller, Caller, OperationInfo, RawResponse

from .api.account import get_user as _get_user
from .api.account import list_uploads as _list_uploads
from .api.files import create_upload_id as _create_upload_id
from .api.files import delete_file as _delete_file
from .api.files import download_file as _download_file
from .api.files import quote_file_deprecated as _quote_file_deprecated
from .api.files import upload_file as _upload_file
from .api.files import upload_public as _upload_public
from .api.part_info import check_printability as _check_printability
from .api.quotes import delete_quote as _delete_quote
from .api.quotes import download_gcode as _download_gcode
from .api.quotes import get_quote as _get_quote
from .api.quotes import quote_file as _quote_file
from .models.delete_file_response import DeleteFileResponse
from .models.delete_quote_response import DeleteQuoteResponse
from .models.dimensions import Dimensions
from .models.file_upload_form import FileUploadForm
from .models.file_upload_response import FileUploadResponse
from .models.printability_response import PrintabilityResponse
from .models.quote_record import QuoteRecord
from .models.quote_request import QuoteRequest
from .models.quote_response import QuoteResponse
from .models.upload_id_response import UploadIdResponse
from .models.user_response import UserResponse
from .types import UNSET, File, Unset

# The documented statuses of the operations, built once, not on every call.
_STATUSES_200_401_403: tuple[int, ...] = (200, 401, 403)
_STATUSES_200_401_403_TO_404_422: tuple[int, ...] = (200, 401, 403, 404, 422)
_STATUSES_200_401_403_422: tuple[int, ...] = (200, 401, 403, 422)
_STATUSES_200_404_422: tuple[int, ...] = (200, 404, 422)


class AccountResource:
    """Manage your account and uploads."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_user(self) -> UserResponse:
        """Get user

        Retrieve your account details, including quota and storage usage."""
        return cast(
            "UserResponse",
            self._caller.call(
                _get_user.sync_detailed,
                operation="getUser",
                method="GET",
                path="/v1/user",
                expected=_STATUSES_200_401_403,
            ),
        )

    def list_uploads(self) -> builtins.list[FileUploadResponse]:
        """List uploads

        List all of the files you've uploaded to your account. These are listed from newest to oldest."""
        return cast(
            "builtins.list[FileUploadResponse]",
            self._caller.call(
                _list_uploads.sync_detailed,
                operation="listUploads",
                method="GET",
                path="/v1/user/uploads",
                expected=_STATUSES_200_401_403,
            ),
        )


class FilesResource:
    """Upload, download, and delete STL files to Cloud Slicer."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_upload_id(self) -> UploadIdResponse:
        """Create upload ID

        Get an upload_id to upload a new STL file with the public upload route. The file_id is assigned now, before the upload. An upload id is single-use and expires after one hour; a failed upload does not consume it."""
        return cast(
            "UploadIdResponse",
            self._caller.call(
                _create_upload_id.sync_detailed,
                operation="createUploadId",
                method="GET",
                path="/v1/file/upload-id",
                expected=_STATUSES_200_401_403,
            ),
        )

    def upload_public(self, upload_id: str, *, body: FileUploadForm) -> FileUploadResponse:
        """Public upload file

        This route does NOT require authentication. Use it on your client side to upload the file directly to Cloud Slicer's storage, so large files need not be routed through your backend server. It uses the upload_id generated earlier (GET /v1/file/upload-id) to securely upload an STL file and prevent CORS errors."""
        return cast(
            "FileUploadResponse",
            self._caller.call(
                _upload_public.sync_detailed,
                operation="uploadPublic",
                method="POST",
                path="/v1/file/public/{upload_id}",
                expected=_STATUSES_200_404_422,
                upload_id=upload_id,
                body=body,
            ),
        )

    def upload(self, *, body: FileUploadForm) -> FileUploadResponse:
        """Upload file

        Upload a new STL file (.stl, .obj or .3mf). This should only be done from the server side to avoid exposing your token; from a browser, use the public upload route."""
        return cast(
            "FileUploadResponse",
            self._caller.call(
                _upload_file.sync_detailed,
                operation="uploadFile",
                method="POST",
                path="/v1/file",
                expected=_STATUSES_200_401_403_422,
                body=body,
            ),
        )

    def download(self, file_id: str) -> File:
        """Download file

        Retrieve a file per its file_id."""
        return cast(
            "File",
            self._caller.call(
                _download_file.sync_detailed,
                operation="downloadFile",
                method="GET",
                path="/v1/file/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
            ),
        )

    def delete(self, file_id: str) -> DeleteFileResponse:
        """Delete file

        Remove a file you no longer need per its file_id. Deleting a file also deletes its quotes."""
        return cast(
            "DeleteFileResponse",
            self._caller.call(
                _delete_file.sync_detailed,
                operation="deleteFile",
                method="DELETE",
                path="/v1/file/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
            ),
        )

    def quote_deprecated(self, file_id: str, *, body: QuoteRequest | Unset = UNSET) -> QuoteResponse:
        """Quote file (deprecated)

        Deprecated: switch to /quote/{file_id} (POST /v1/quote/{file_id}). Creates an instant quote on an uploaded file given its file_id."""
        return cast(
            "QuoteResponse",
            self._caller.call(
                _quote_file_deprecated.sync_detailed,
                operation="quoteFileDeprecated",
                method="POST",
                path="/v1/file/quote/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )


class PartInfoResource:
    """Check if your models are printable and get part dimensions."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def check_printability(self, file_id: str, *, body: Dimensions | Unset = UNSET) -> PrintabilityResponse:
        """Check printability

        Gets measurements of the uploaded file in order to check that the part will fit in the printer before you generate a quote. The optional body gives the printer's build volume in mm (default 210 x 210 x 250). This can also be calculated on the client side (for example with Three.js); the endpoint is provided as an alternative."""
        return cast(
            "PrintabilityResponse",
            self._caller.call(
                _check_printability.sync_detailed,
                operation="checkPrintability",
                method="POST",
                path="/v1/printability/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )


class QuotesResource:
    """Create, retrieve, delete, download quotes for your 3D prints."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create(self, file_id: str, *, body: QuoteRequest | Unset = UNSET) -> QuoteResponse:
        """Quote file

        Create an instant quote on an uploaded file given its file_id. The file is sliced into G-code with printer_config, and the G-code's print time and material usage are priced with quote_config. Returns a quote_id."""
        return cast(
            "QuoteResponse",
            self._caller.call(
                _quote_file.sync_detailed,
                operation="quoteFile",
                method="POST",
                path="/v1/quote/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )

    def get(self, quote_id: str) -> QuoteRecord:
        """Get quote record

        Retrieve a quote record given the quote_id you received when creating the quote on the /quote/{file_id} route."""
        return cast(
            "QuoteRecord",
            self._caller.call(
                _get_quote.sync_detailed,
                operation="getQuote",
                method="GET",
                path="/v1/quote/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )

    def delete(self, quote_id: str) -> DeleteQuoteResponse:
        """Delete quote

        Delete a quote record along with its G-code file per its quote_id."""
        return cast(
            "DeleteQuoteResponse",
            self._caller.call(
                _delete_quote.sync_detailed,
                operation="deleteQuote",
                method="DELETE",
                path="/v1/quote/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )

    def download_gcode(self, quote_id: str) -> File:
        """Download .gcode

        Download the generated G-code file for the quote per its quote_id. G-code is text in practice; it is served as a binary body."""
        return cast(
            "File",
            self._caller.call(
                _download_gcode.sync_detailed,
                operation="downloadGcode",
                method="GET",
                path="/v1/quote/gcode/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )


class RawAccountResource:
    """Manage your account and uploads."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_user(self) -> RawResponse[UserResponse]:
        """`getUser`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserResponse]",
            self._caller.call_with_response(
                _get_user.sync_detailed,
                operation="getUser",
                method="GET",
                path="/v1/user",
                expected=_STATUSES_200_401_403,
            ),
        )

    def list_uploads(self) -> RawResponse[builtins.list[FileUploadResponse]]:
        """`listUploads`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[FileUploadResponse]]",
            self._caller.call_with_response(
                _list_uploads.sync_detailed,
                operation="listUploads",
                method="GET",
                path="/v1/user/uploads",
                expected=_STATUSES_200_401_403,
            ),
        )


class RawFilesResource:
    """Upload, download, and delete STL files to Cloud Slicer."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_upload_id(self) -> RawResponse[UploadIdResponse]:
        """`createUploadId`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UploadIdResponse]",
            self._caller.call_with_response(
                _create_upload_id.sync_detailed,
                operation="createUploadId",
                method="GET",
                path="/v1/file/upload-id",
                expected=_STATUSES_200_401_403,
            ),
        )

    def upload_public(self, upload_id: str, *, body: FileUploadForm) -> RawResponse[FileUploadResponse]:
        """`uploadPublic`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileUploadResponse]",
            self._caller.call_with_response(
                _upload_public.sync_detailed,
                operation="uploadPublic",
                method="POST",
                path="/v1/file/public/{upload_id}",
                expected=_STATUSES_200_404_422,
                upload_id=upload_id,
                body=body,
            ),
        )

    def upload(self, *, body: FileUploadForm) -> RawResponse[FileUploadResponse]:
        """`uploadFile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileUploadResponse]",
            self._caller.call_with_response(
                _upload_file.sync_detailed,
                operation="uploadFile",
                method="POST",
                path="/v1/file",
                expected=_STATUSES_200_401_403_422,
                body=body,
            ),
        )

    def download(self, file_id: str) -> RawResponse[File]:
        """`downloadFile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            self._caller.call_with_response(
                _download_file.sync_detailed,
                operation="downloadFile",
                method="GET",
                path="/v1/file/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
            ),
        )

    def delete(self, file_id: str) -> RawResponse[DeleteFileResponse]:
        """`deleteFile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[DeleteFileResponse]",
            self._caller.call_with_response(
                _delete_file.sync_detailed,
                operation="deleteFile",
                method="DELETE",
                path="/v1/file/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
            ),
        )

    def quote_deprecated(self, file_id: str, *, body: QuoteRequest | Unset = UNSET) -> RawResponse[QuoteResponse]:
        """`quoteFileDeprecated`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QuoteResponse]",
            self._caller.call_with_response(
                _quote_file_deprecated.sync_detailed,
                operation="quoteFileDeprecated",
                method="POST",
                path="/v1/file/quote/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )


class RawPartInfoResource:
    """Check if your models are printable and get part dimensions."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def check_printability(
        self, file_id: str, *, body: Dimensions | Unset = UNSET
    ) -> RawResponse[PrintabilityResponse]:
        """`checkPrintability`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PrintabilityResponse]",
            self._caller.call_with_response(
                _check_printability.sync_detailed,
                operation="checkPrintability",
                method="POST",
                path="/v1/printability/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )


class RawQuotesResource:
    """Create, retrieve, delete, download quotes for your 3D prints."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create(self, file_id: str, *, body: QuoteRequest | Unset = UNSET) -> RawResponse[QuoteResponse]:
        """`quoteFile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QuoteResponse]",
            self._caller.call_with_response(
                _quote_file.sync_detailed,
                operation="quoteFile",
                method="POST",
                path="/v1/quote/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )

    def get(self, quote_id: str) -> RawResponse[QuoteRecord]:
        """`getQuote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QuoteRecord]",
            self._caller.call_with_response(
                _get_quote.sync_detailed,
                operation="getQuote",
                method="GET",
                path="/v1/quote/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )

    def delete(self, quote_id: str) -> RawResponse[DeleteQuoteResponse]:
        """`deleteQuote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[DeleteQuoteResponse]",
            self._caller.call_with_response(
                _delete_quote.sync_detailed,
                operation="deleteQuote",
                method="DELETE",
                path="/v1/quote/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )

    def download_gcode(self, quote_id: str) -> RawResponse[File]:
        """`downloadGcode`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            self._caller.call_with_response(
                _download_gcode.sync_detailed,
                operation="downloadGcode",
                method="GET",
                path="/v1/quote/gcode/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )


class RawResources:
    """Every operation of the Cloud Slicer API, answering `RawResponse`s."""

    def __init__(self, caller: Caller) -> None:
        self.account = RawAccountResource(caller)
        self.files = RawFilesResource(caller)
        self.part_info = RawPartInfoResource(caller)
        self.quotes = RawQuotesResource(caller)


class Resources:
    """Every operation of the Cloud Slicer API, grouped by tag."""

    def __init__(self, caller: Caller) -> None:
        self._bind(caller)

    def _bind(self, caller: Caller) -> None:
        self._caller = caller
        self.account = AccountResource(caller)
        self.files = FilesResource(caller)
        self.part_info = PartInfoResource(caller)
        self.quotes = QuotesResource(caller)

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return RawResources(self._caller)


class AsyncAccountResource:
    """Manage your account and uploads."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_user(self) -> UserResponse:
        """Get user

        Retrieve your account details, including quota and storage usage."""
        return cast(
            "UserResponse",
            await self._caller.call(
                _get_user.asyncio_detailed,
                operation="getUser",
                method="GET",
                path="/v1/user",
                expected=_STATUSES_200_401_403,
            ),
        )

    async def list_uploads(self) -> builtins.list[FileUploadResponse]:
        """List uploads

        List all of the files you've uploaded to your account. These are listed from newest to oldest."""
        return cast(
            "builtins.list[FileUploadResponse]",
            await self._caller.call(
                _list_uploads.asyncio_detailed,
                operation="listUploads",
                method="GET",
                path="/v1/user/uploads",
                expected=_STATUSES_200_401_403,
            ),
        )


class AsyncFilesResource:
    """Upload, download, and delete STL files to Cloud Slicer."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_upload_id(self) -> UploadIdResponse:
        """Create upload ID

        Get an upload_id to upload a new STL file with the public upload route. The file_id is assigned now, before the upload. An upload id is single-use and expires after one hour; a failed upload does not consume it."""
        return cast(
            "UploadIdResponse",
            await self._caller.call(
                _create_upload_id.asyncio_detailed,
                operation="createUploadId",
                method="GET",
                path="/v1/file/upload-id",
                expected=_STATUSES_200_401_403,
            ),
        )

    async def upload_public(self, upload_id: str, *, body: FileUploadForm) -> FileUploadResponse:
        """Public upload file

        This route does NOT require authentication. Use it on your client side to upload the file directly to Cloud Slicer's storage, so large files need not be routed through your backend server. It uses the upload_id generated earlier (GET /v1/file/upload-id) to securely upload an STL file and prevent CORS errors."""
        return cast(
            "FileUploadResponse",
            await self._caller.call(
                _upload_public.asyncio_detailed,
                operation="uploadPublic",
                method="POST",
                path="/v1/file/public/{upload_id}",
                expected=_STATUSES_200_404_422,
                upload_id=upload_id,
                body=body,
            ),
        )

    async def upload(self, *, body: FileUploadForm) -> FileUploadResponse:
        """Upload file

        Upload a new STL file (.stl, .obj or .3mf). This should only be done from the server side to avoid exposing your token; from a browser, use the public upload route."""
        return cast(
            "FileUploadResponse",
            await self._caller.call(
                _upload_file.asyncio_detailed,
                operation="uploadFile",
                method="POST",
                path="/v1/file",
                expected=_STATUSES_200_401_403_422,
                body=body,
            ),
        )

    async def download(self, file_id: str) -> File:
        """Download file

        Retrieve a file per its file_id."""
        return cast(
            "File",
            await self._caller.call(
                _download_file.asyncio_detailed,
                operation="downloadFile",
                method="GET",
                path="/v1/file/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
            ),
        )

    async def delete(self, file_id: str) -> DeleteFileResponse:
        """Delete file

        Remove a file you no longer need per its file_id. Deleting a file also deletes its quotes."""
        return cast(
            "DeleteFileResponse",
            await self._caller.call(
                _delete_file.asyncio_detailed,
                operation="deleteFile",
                method="DELETE",
                path="/v1/file/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
            ),
        )

    async def quote_deprecated(self, file_id: str, *, body: QuoteRequest | Unset = UNSET) -> QuoteResponse:
        """Quote file (deprecated)

        Deprecated: switch to /quote/{file_id} (POST /v1/quote/{file_id}). Creates an instant quote on an uploaded file given its file_id."""
        return cast(
            "QuoteResponse",
            await self._caller.call(
                _quote_file_deprecated.asyncio_detailed,
                operation="quoteFileDeprecated",
                method="POST",
                path="/v1/file/quote/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )


class AsyncPartInfoResource:
    """Check if your models are printable and get part dimensions."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def check_printability(self, file_id: str, *, body: Dimensions | Unset = UNSET) -> PrintabilityResponse:
        """Check printability

        Gets measurements of the uploaded file in order to check that the part will fit in the printer before you generate a quote. The optional body gives the printer's build volume in mm (default 210 x 210 x 250). This can also be calculated on the client side (for example with Three.js); the endpoint is provided as an alternative."""
        return cast(
            "PrintabilityResponse",
            await self._caller.call(
                _check_printability.asyncio_detailed,
                operation="checkPrintability",
                method="POST",
                path="/v1/printability/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )


class AsyncQuotesResource:
    """Create, retrieve, delete, download quotes for your 3D prints."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create(self, file_id: str, *, body: QuoteRequest | Unset = UNSET) -> QuoteResponse:
        """Quote file

        Create an instant quote on an uploaded file given its file_id. The file is sliced into G-code with printer_config, and the G-code's print time and material usage are priced with quote_config. Returns a quote_id."""
        return cast(
            "QuoteResponse",
            await self._caller.call(
                _quote_file.asyncio_detailed,
                operation="quoteFile",
                method="POST",
                path="/v1/quote/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )

    async def get(self, quote_id: str) -> QuoteRecord:
        """Get quote record

        Retrieve a quote record given the quote_id you received when creating the quote on the /quote/{file_id} route."""
        return cast(
            "QuoteRecord",
            await self._caller.call(
                _get_quote.asyncio_detailed,
                operation="getQuote",
                method="GET",
                path="/v1/quote/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )

    async def delete(self, quote_id: str) -> DeleteQuoteResponse:
        """Delete quote

        Delete a quote record along with its G-code file per its quote_id."""
        return cast(
            "DeleteQuoteResponse",
            await self._caller.call(
                _delete_quote.asyncio_detailed,
                operation="deleteQuote",
                method="DELETE",
                path="/v1/quote/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )

    async def download_gcode(self, quote_id: str) -> File:
        """Download .gcode

        Download the generated G-code file for the quote per its quote_id. G-code is text in practice; it is served as a binary body."""
        return cast(
            "File",
            await self._caller.call(
                _download_gcode.asyncio_detailed,
                operation="downloadGcode",
                method="GET",
                path="/v1/quote/gcode/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )


class AsyncRawAccountResource:
    """Manage your account and uploads."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_user(self) -> RawResponse[UserResponse]:
        """`getUser`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserResponse]",
            await self._caller.call_with_response(
                _get_user.asyncio_detailed,
                operation="getUser",
                method="GET",
                path="/v1/user",
                expected=_STATUSES_200_401_403,
            ),
        )

    async def list_uploads(self) -> RawResponse[builtins.list[FileUploadResponse]]:
        """`listUploads`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[FileUploadResponse]]",
            await self._caller.call_with_response(
                _list_uploads.asyncio_detailed,
                operation="listUploads",
                method="GET",
                path="/v1/user/uploads",
                expected=_STATUSES_200_401_403,
            ),
        )


class AsyncRawFilesResource:
    """Upload, download, and delete STL files to Cloud Slicer."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_upload_id(self) -> RawResponse[UploadIdResponse]:
        """`createUploadId`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UploadIdResponse]",
            await self._caller.call_with_response(
                _create_upload_id.asyncio_detailed,
                operation="createUploadId",
                method="GET",
                path="/v1/file/upload-id",
                expected=_STATUSES_200_401_403,
            ),
        )

    async def upload_public(self, upload_id: str, *, body: FileUploadForm) -> RawResponse[FileUploadResponse]:
        """`uploadPublic`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileUploadResponse]",
            await self._caller.call_with_response(
                _upload_public.asyncio_detailed,
                operation="uploadPublic",
                method="POST",
                path="/v1/file/public/{upload_id}",
                expected=_STATUSES_200_404_422,
                upload_id=upload_id,
                body=body,
            ),
        )

    async def upload(self, *, body: FileUploadForm) -> RawResponse[FileUploadResponse]:
        """`uploadFile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileUploadResponse]",
            await self._caller.call_with_response(
                _upload_file.asyncio_detailed,
                operation="uploadFile",
                method="POST",
                path="/v1/file",
                expected=_STATUSES_200_401_403_422,
                body=body,
            ),
        )

    async def download(self, file_id: str) -> RawResponse[File]:
        """`downloadFile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            await self._caller.call_with_response(
                _download_file.asyncio_detailed,
                operation="downloadFile",
                method="GET",
                path="/v1/file/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
            ),
        )

    async def delete(self, file_id: str) -> RawResponse[DeleteFileResponse]:
        """`deleteFile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[DeleteFileResponse]",
            await self._caller.call_with_response(
                _delete_file.asyncio_detailed,
                operation="deleteFile",
                method="DELETE",
                path="/v1/file/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
            ),
        )

    async def quote_deprecated(self, file_id: str, *, body: QuoteRequest | Unset = UNSET) -> RawResponse[QuoteResponse]:
        """`quoteFileDeprecated`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QuoteResponse]",
            await self._caller.call_with_response(
                _quote_file_deprecated.asyncio_detailed,
                operation="quoteFileDeprecated",
                method="POST",
                path="/v1/file/quote/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )


class AsyncRawPartInfoResource:
    """Check if your models are printable and get part dimensions."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def check_printability(
        self, file_id: str, *, body: Dimensions | Unset = UNSET
    ) -> RawResponse[PrintabilityResponse]:
        """`checkPrintability`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PrintabilityResponse]",
            await self._caller.call_with_response(
                _check_printability.asyncio_detailed,
                operation="checkPrintability",
                method="POST",
                path="/v1/printability/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )


class AsyncRawQuotesResource:
    """Create, retrieve, delete, download quotes for your 3D prints."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create(self, file_id: str, *, body: QuoteRequest | Unset = UNSET) -> RawResponse[QuoteResponse]:
        """`quoteFile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QuoteResponse]",
            await self._caller.call_with_response(
                _quote_file.asyncio_detailed,
                operation="quoteFile",
                method="POST",
                path="/v1/quote/{file_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                file_id=file_id,
                body=body,
            ),
        )

    async def get(self, quote_id: str) -> RawResponse[QuoteRecord]:
        """`getQuote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QuoteRecord]",
            await self._caller.call_with_response(
                _get_quote.asyncio_detailed,
                operation="getQuote",
                method="GET",
                path="/v1/quote/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )

    async def delete(self, quote_id: str) -> RawResponse[DeleteQuoteResponse]:
        """`deleteQuote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[DeleteQuoteResponse]",
            await self._caller.call_with_response(
                _delete_quote.asyncio_detailed,
                operation="deleteQuote",
                method="DELETE",
                path="/v1/quote/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )

    async def download_gcode(self, quote_id: str) -> RawResponse[File]:
        """`downloadGcode`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            await self._caller.call_with_response(
                _download_gcode.asyncio_detailed,
                operation="downloadGcode",
                method="GET",
                path="/v1/quote/gcode/{quote_id}",
                expected=_STATUSES_200_401_403_TO_404_422,
                quote_id=quote_id,
            ),
        )


class AsyncRawResources:
    """Every operation of the Cloud Slicer API, answering `RawResponse`s."""

    def __init__(self, caller: AsyncCaller) -> None:
        self.account = AsyncRawAccountResource(caller)
        self.files = AsyncRawFilesResource(caller)
        self.part_info = AsyncRawPartInfoResource(caller)
        self.quotes = AsyncRawQuotesResource(caller)


class AsyncResources:
    """Every operation of the Cloud Slicer API, grouped by tag."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._bind(caller)

    def _bind(self, caller: AsyncCaller) -> None:
        self._caller = caller
        self.account = AsyncAccountResource(caller)
        self.files = AsyncFilesResource(caller)
        self.part_info = AsyncPartInfoResource(caller)
        self.quotes = AsyncQuotesResource(caller)

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return AsyncRawResources(self._caller)


# operationId -> where it lives and how safe it is to call against a live server.

OPERATIONS: dict[str, OperationInfo] = {
    "getUser": OperationInfo("account", "get_user", "GET", "/v1/user", unsafe=False, paginated=False),
    "listUploads": OperationInfo("account", "list_uploads", "GET", "/v1/user/uploads", unsafe=False, paginated=False),
    "createUploadId": OperationInfo(
        "files", "create_upload_id", "GET", "/v1/file/upload-id", unsafe=False, paginated=False
    ),
    "uploadPublic": OperationInfo(
        "files", "upload_public", "POST", "/v1/file/public/{upload_id}", unsafe=False, paginated=False
    ),
    "uploadFile": OperationInfo("files", "upload", "POST", "/v1/file", unsafe=False, paginated=False),
    "downloadFile": OperationInfo("files", "download", "GET", "/v1/file/{file_id}", unsafe=False, paginated=False),
    "deleteFile": OperationInfo("files", "delete", "DELETE", "/v1/file/{file_id}", unsafe=False, paginated=False),
    "quoteFileDeprecated": OperationInfo(
        "files", "quote_deprecated", "POST", "/v1/file/quote/{file_id}", unsafe=True, paginated=False
    ),
    "checkPrintability": OperationInfo(
        "part_info", "check_printability", "POST", "/v1/printability/{file_id}", unsafe=False, paginated=False
    ),
    "quoteFile": OperationInfo("quotes", "create", "POST", "/v1/quote/{file_id}", unsafe=True, paginated=False),
    "getQuote": OperationInfo("quotes", "get", "GET", "/v1/quote/{quote_id}", unsafe=False, paginated=False),
    "deleteQuote": OperationInfo("quotes", "delete", "DELETE", "/v1/quote/{quote_id}", unsafe=False, paginated=False),
    "downloadGcode": OperationInfo(
        "quotes", "download_gcode", "GET", "/v1/quote/gcode/{quote_id}", unsafe=False, paginated=False
    ),
}
