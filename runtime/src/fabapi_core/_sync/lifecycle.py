# Generated from fabapi_core/_async/lifecycle.py by codegen/unasync.py (`nox -s generate`): do not edit.
"""Closing an entry client, by hand or as a context manager."""

from __future__ import annotations

from typing import Self

from .._lifecycle import LifecycleBase


class ClientLifecycle(LifecycleBase):
    """Mixed into an entry client of this flavour that keeps its generated client in `_client`."""

    def close(self) -> None:
        """Close the client's connections; using the client as a context manager closes it on leaving.

        Raises:
            TransportError: never for an idle client; httpx's own error if closing a connection fails.
        """
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
