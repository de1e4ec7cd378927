"""A transport that changes a mock's JSON answers on their way back: servers that deviate from their spec.

The mocks answer by the spec; real servers were seen not to (Eiger's print jobs with `requester: null`).
Tests put this between a client and a mock to play such a server.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

Rewrite = Callable[[Any], Any]


class Rewriting(httpx.HTTPTransport):
    """Forwards to the mock; the JSON answers to GETs of `path` go through `rewrite` (or are replaced
    by `raw` bytes) on their way back."""

    def __init__(self, path: str, rewrite: Rewrite | None = None, raw: bytes | None = None) -> None:
        super().__init__()
        self.path, self.rewrite, self.raw = path, rewrite, raw

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method != "GET" or not request.url.path.endswith(self.path):
            return response
        response.read()
        content = self.raw if self.raw is not None else json.dumps(self.rewrite(response.json())).encode()  # type: ignore[misc]
        headers = {"content-type": "application/json"}
        return httpx.Response(response.status_code, headers=headers, content=content, request=request)
