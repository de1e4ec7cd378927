# Generated from fabapi_core/_async/caller.py by codegen/unasync.py (`nox -s generate`): do not edit.
"""The caller of generated operation functions: arguments checked, the call sent, the answer unwrapped."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._arguments import check_arguments
from .._caller import PARSE_ERRORS, CallerBase, as_written
from .._deviations import deviation_mark
from .._errors import InvalidArgument
from .._response import Expected, RawResponse, ResponseLike
from .._transport import Exchange, calling


class Caller(CallerBase):
    """Runs generated operation functions of its flavour (`sync_detailed` or `asyncio_detailed`) against one
    client."""

    def call(
        self,
        function: Callable[..., ResponseLike[Any]],
        /,
        *,
        method: str,
        path: str,
        expected: Expected | None = None,
        renamed: Mapping[str, str] | None = None,
        constraints: Mapping[str, Mapping[str, Any]] | None = None,
        **arguments: Any,
    ) -> Any:
        """The parsed result of calling `function(client=..., **arguments)`, or the `APIError` it amounts to.

        Args:
            function: The generated operation function (`asyncio_detailed` or `sync_detailed`).
            method: The operation's HTTP method, for messages and retries.
            path: The operation's path template, for messages and records.
            expected: The documented statuses, or each one's parsed type.
            renamed: Generated argument names -> the names the user wrote, for errors.
            constraints: Each argument's schema limits, checked before sending.
            **arguments: The operation's arguments, by generated name.

        Returns:
            The parsed value of the answer.

        Raises:
            InvalidArgument: an argument its type or `constraints` refuse, before anything is sent.
            APIError: the status's subclass for an error status (`NotFound`, `ServerError`...).
            UnexpectedResponse: an undocumented status, or (strict) an answer its schema refuses.
            TransportError: the connection failed or the timeout ran out (`DeadlineExceeded`).
        """
        arguments = check_arguments(function, arguments, renamed or {}, constraints)
        response, exchange = self._send(function, arguments, renamed, method=method, path=path)
        return self._unwrap(response, exchange, method=method, path=path, expected=expected, arguments=arguments)

    def call_with_response(
        self,
        function: Callable[..., ResponseLike[Any]],
        /,
        *,
        method: str,
        path: str,
        expected: Expected | None = None,
        renamed: Mapping[str, str] | None = None,
        constraints: Mapping[str, Mapping[str, Any]] | None = None,
        **arguments: Any,
    ) -> RawResponse[Any]:
        """Like `call` (errors raise the same way), with the status, headers and bytes kept beside the value.

        Args:
            function: The generated operation function (`asyncio_detailed` or `sync_detailed`).
            method: The operation's HTTP method, for messages and retries.
            path: The operation's path template, for messages and records.
            expected: The documented statuses, or each one's parsed type.
            renamed: Generated argument names -> the names the user wrote, for errors.
            constraints: Each argument's schema limits, checked before sending.
            **arguments: The operation's arguments, by generated name.

        Returns:
            Status, headers, bytes and the parsed value.

        Raises:
            InvalidArgument: an argument its type or `constraints` refuse, before anything is sent.
            APIError: the status's subclass for an error status (`NotFound`, `ServerError`...).
            UnexpectedResponse: an undocumented status, or (strict) an answer its schema refuses.
            TransportError: the connection failed or the timeout ran out (`DeadlineExceeded`).
        """
        arguments = check_arguments(function, arguments, renamed or {}, constraints)
        response, exchange = self._send(function, arguments, renamed, method=method, path=path)
        parsed = self._unwrap(response, exchange, method=method, path=path, expected=expected, arguments=arguments)
        return RawResponse.from_response(response, parsed)

    def call_raw(
        self,
        function: Callable[..., ResponseLike[Any]],
        /,
        *,
        method: str,
        path: str,
        expected: Expected | None = None,
        renamed: Mapping[str, str] | None = None,
        constraints: Mapping[str, Mapping[str, Any]] | None = None,
        **arguments: Any,
    ) -> RawResponse[Any]:
        """The response as received, whatever its status (its deviations from the schema are not checked).

        Args:
            function: The generated operation function (`asyncio_detailed` or `sync_detailed`).
            method: The operation's HTTP method, for messages and retries.
            path: The operation's path template, for messages and records.
            expected: The documented statuses, or each one's parsed type.
            renamed: Generated argument names -> the names the user wrote, for errors.
            constraints: Each argument's schema limits, checked before sending.
            **arguments: The operation's arguments, by generated name.

        Returns:
            Status, headers, bytes and the generated parse of the body.

        Raises:
            InvalidArgument: an argument its type or `constraints` refuse, before anything is sent.
            TransportError: the connection failed or the timeout ran out (`DeadlineExceeded`).
        """
        arguments = check_arguments(function, arguments, renamed or {}, constraints)
        response, _ = self._send(function, arguments, renamed, method=method, path=path, checked=False)
        return RawResponse.from_response(response)

    def _send(
        self,
        function: Callable[..., ResponseLike[Any]],
        arguments: Mapping[str, Any],
        renamed: Mapping[str, str] | None,
        *,
        method: str,
        path: str,
        checked: bool = True,
    ) -> tuple[ResponseLike[Any], Exchange]:
        with calling(self._for_call(lambda: self._client.get_httpx_client())) as exchange:
            # Decoding counts the deviations it records: an answer that matches its schema costs two reads.
            mark = deviation_mark()
            try:
                response = function(client=self._client, **arguments)
            except InvalidArgument as error:
                raise as_written(error, renamed) from None
            except PARSE_ERRORS as error:
                schema_error = self._schema_error(exchange, error, arguments)
                if schema_error is None:
                    raise
                raise schema_error from error
        if checked and deviation_mark() != mark:
            self._deviations(response, exchange, method=method, path=path, arguments=arguments)
        return response, exchange
