"""The vendor's error shape: ``{"message": ...}`` with an ``X-Reference-ID`` header."""

from __future__ import annotations

from collections.abc import Mapping


class ApiError(Exception):
    """Raised anywhere in a handler to answer with the vendor's error body."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})
