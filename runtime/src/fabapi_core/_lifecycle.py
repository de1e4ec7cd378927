"""What every vendor's entry client does the same way in both flavours: repr without secrets, options.

Closing and the context managers differ by flavour: `ClientLifecycle` (`_sync/lifecycle.py`) and
`AsyncClientLifecycle` (`_async/lifecycle.py`) add them to `LifecycleBase`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Self

import httpx

from ._retries import RetryPolicy
from ._secrets import redact_url
from ._settings import KEEP, _Keep


def _with_options(client: Any, **options: Any) -> Any:
    clone = copy.copy(client)
    # The clone shares the connection pool; only the caller its resources go through differs.
    clone._bind(client._caller.with_options(**options))
    return clone


class LifecycleBase:
    """Mixed into an entry client that keeps its generated client in `_client`."""

    _client: Any
    base_url: str

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | _Keep | None = KEEP,
        retries: RetryPolicy | int | _Keep | None = KEEP,
        strict: bool | _Keep = KEEP,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """This client with other settings for the calls made through it:
        `client.with_options(timeout=5, retries=0).devices.list()`. Settings not given are kept.

        Args:
            timeout: seconds or an `httpx.Timeout` per request, None for no limit.
            retries: a `RetryPolicy`, or how many retries the default policy allows (0: none).
            strict: True: an answer that deviates from its schema in any field raises
                `UnexpectedResponse` naming the field's JSON path, what was expected and what came; by
                default it decodes, the field UNSET and the value kept in the model's `deviations`, with
                a `SchemaDeviationWarning`.
            extra_headers: headers every request carries besides its own (replacing one of the same name).
            extra_query: query parameters added to every request.
            extra_body: fields merged into every request's JSON object body (an error for a request
                without one).
            default_headers: headers every request carries, replacing the client's `default_headers` of
                the same names (any case) and replaced by `extra_headers`; never `Authorization` or
                another header the credentials go in, nor a header an operation sets itself.

        Returns:
            A client sharing this one's connections; extras add to those of the client it came from.

        Raises:
            InvalidArgument: a setting or extra that cannot be used, before any request.
        """
        clone: Self = _with_options(
            self,
            timeout=timeout,
            retries=retries,
            strict=strict,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            default_headers=default_headers,
        )
        return clone
