"""What every vendor's entry client does the same way in both flavours: repr without secrets, options.

Closing and the context managers differ by flavour: `ClientLifecycle` (`_sync/lifecycle.py`) and
`AsyncClientLifecycle` (`_async/lifecycle.py`) add them to `LifecycleBase`.
"""

from __future__ import annotations

import copy
from typing import Any, Self

import httpx

from ._retries import RetryPolicy
from ._secrets import redact_url
from ._settings import KEEP, _Keep


def _with_options(client: Any, timeout: Any, retries: Any, strict: Any) -> Any:
    clone = copy.copy(client)
    # The clone shares the connection pool; only the caller its resources go through differs.
    clone._bind(client._caller.with_options(timeout=timeout, retries=retries, strict=strict))
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
    ) -> Self:
        """This client with another timeout, retry policy and/or strictness for the calls made through it.

        `client.with_options(timeout=5, retries=0).devices.list()`. The clone shares this client's connections.

        Args:
            timeout: Seconds for each whole call (an `httpx.Timeout`, or None for none); kept when not given.
            retries: A `RetryPolicy`, or how many times to retry (0: never); kept when not given.
            strict: True: an answer that deviates from its schema in any field raises `UnexpectedResponse`
                naming the field's JSON path, what was expected and what came; by default it decodes, the
                field UNSET and the value kept in the model's `deviations`, with a `SchemaDeviationWarning`.

        Returns:
            A client of the same class with those settings.

        Raises:
            InvalidArgument: a timeout that is not a positive number, or retries that are no policy or count.
        """
        clone: Self = _with_options(self, timeout, retries, strict)
        return clone
