"""Kaedim: follow the JWT as the API rotates it.

The API keeps one valid JWT per devID, and registerHook and refreshJWT each issue a new one and end
the last. With the published JWT fixed in the config, the first registerHook case would leave every
later case a 401, and fuzzing would never reach what the other operations do. This provider asks
refreshJWT for the current JWT, and schemathesis asks it again (and replays) after a 401, as the
SDK itself does.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import schemathesis


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set: the run passes the account's credentials in the environment")
    return value


@schemathesis.auth(retry_on=[401])
class RotatingJwt:
    def get(self, case: Any, ctx: Any) -> str:
        base = ctx.operation.schema.get_base_url()
        headers = {"X-API-Key": _env("KAEDIM_API_KEY"), "refresh-token": _env("KAEDIM_REFRESH_TOKEN")}
        answer = httpx.post(f"{base}/refreshJWT", headers=headers, json={"devID": _env("KAEDIM_DEV_ID")}, timeout=30)
        if answer.status_code != 200:
            # The status only: the answer may echo what was sent.
            raise RuntimeError(f"refreshJWT answered {answer.status_code}; the run cannot authenticate")
        return str(answer.json()["jwt"])

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = dict(case.headers or {})
        case.headers["X-API-Key"] = _env("KAEDIM_API_KEY")
        case.headers["Authorization"] = f"Bearer {data}"
