# Copied from overlays/kaedim/_jwt.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""Kaedim's two-part auth: `X-API-Key` on every call, a JWT on the protected ones.

Kaedim allows one valid JWT per devID: issuing a new one (refreshJWT or registerHook) invalidates
every other. So every client in a process that uses the same devID shares one `TokenStore`, and
refreshes through it one at a time (a thread lock for sync clients, an asyncio lock per event loop
for async ones); a request refreshes at most once, on a 401, and only if no one else has refreshed
since it was sent. Two processes sharing a devID still take turns invalidating each other's token,
but each call recovers with one refresh instead of looping.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import Final
from weakref import WeakKeyDictionary

import httpx
import jwt as pyjwt
from fabapi_core import MissingCredential, Secret, error_for, loads_body

from ._vendor import PROFILE

# Kaedim documents a 12-hour lifetime; used when a token carries no readable `exp`.
JWT_LIFETIME: Final = 12 * 60 * 60.0
REFRESH_MARGIN: Final = 5 * 60.0
# Calls that obtain a JWT themselves and must not carry one.
_UNPROTECTED: Final = ("/registerHook", "/refreshJWT")


# What a token issued in an answer must look like to go into a header: printable ASCII, no spaces.
_HEADER_TOKEN = re.compile(r"[\x21-\x7e]+")


def usable_token(value: object) -> bool:
    """Whether a JWT or refresh token the API issued can be sent back in a header.

    A hostile or broken answer may hold a line break: sent, it would make h11 fail with an error
    quoting the whole header, token and all."""
    return isinstance(value, str) and _HEADER_TOKEN.fullmatch(value) is not None


def jwt_expiry(token: str, now: float) -> float:
    """When `token` expires: its `exp` claim, read (not verified: the signing key is Kaedim's)."""
    try:
        claims = pyjwt.decode(token, options={"verify_signature": False})
    except pyjwt.PyJWTError:
        return now + JWT_LIFETIME
    exp = claims.get("exp")
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else now + JWT_LIFETIME


@dataclass
class _Token:
    value: Secret
    expires_at: float
    generation: int


class TokenStore:
    """The current JWT of one devID, shared by every client of this process that uses it."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._token: _Token | None = None
        self._generation = 0
        self.refreshes = 0
        self.thread_lock = threading.Lock()
        self._loop_locks: WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = WeakKeyDictionary()
        self._guard = threading.Lock()

    def async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    @property
    def generation(self) -> int:
        return self._generation

    def current(self, margin: float) -> _Token | None:
        """The token, unless it is missing or expires within `margin` seconds."""
        token = self._token
        if token is None or token.expires_at - margin <= self.clock():
            return None
        return token

    def set(self, value: str) -> _Token:
        self._generation += 1
        self.refreshes += 1
        self._token = _Token(Secret(value), jwt_expiry(value, self.clock()), self._generation)
        return self._token

    def __repr__(self) -> str:
        state = "empty" if self._token is None else f"generation {self._token.generation}"
        return f"TokenStore({state})"


_STORES: dict[tuple[str, str], TokenStore] = {}
_STORES_LOCK = threading.Lock()


def shared_store(base_url: str, dev_id: str) -> TokenStore:
    """The process-wide store for one devID on one API host."""
    with _STORES_LOCK:
        return _STORES.setdefault((base_url.rstrip("/"), dev_id), TokenStore())


class KaedimAuth(httpx.Auth):
    """Adds `X-API-Key` to every request and a fresh JWT to protected ones, refreshing as needed."""

    # The headers the credentials go in: `default_headers=` may not set them (fabapi_core.auth_headers).
    header_names = ("X-API-Key", "Authorization", "refresh-token")

    def __init__(
        self,
        *,
        api_key: Secret,
        dev_id: str,
        refresh_token: Secret | None,
        refresh_url: str,
        store: TokenStore,
        jwt_prefix: str | None = "Bearer",
        refresh_margin: float = REFRESH_MARGIN,
    ) -> None:
        self._api_key = api_key
        self._refresh_token = refresh_token
        self.dev_id = dev_id
        self.refresh_url = refresh_url
        self.store = store
        self.jwt_prefix = jwt_prefix
        self.refresh_margin = refresh_margin

    @property
    def secrets(self) -> tuple[Secret, ...]:
        """Every credential this auth may send, for redaction lists."""
        held = [self._api_key] + ([self._refresh_token] if self._refresh_token else [])
        token = self.store.current(0.0)
        return (*held, *((token.value,) if token else ()))

    def use_refresh_token(self, token: Secret) -> None:
        """Refresh with `token` from now on (registerHook hands one out on first registration)."""
        self._refresh_token = token

    def adopt(self, jwt: str) -> None:
        """Use a JWT the API handed out in a response (registerHook issues one)."""
        self.store.set(jwt)

    # -- the flow, shared by sync and async --------------------------------------------------

    def _protected(self, request: httpx.Request) -> bool:
        return not request.url.path.rstrip("/").endswith(_UNPROTECTED)

    def _refresh_request(self) -> httpx.Request:
        if self._refresh_token is None:
            # Without one, only registerHook can hand out a JWT (`Kaedim.register_webhook`).
            raise MissingCredential(
                "refresh token", env_var=PROFILE.env_vars("refresh_token"), argument="refresh_token"
            )
        return httpx.Request(
            "POST",
            self.refresh_url,
            headers={
                "X-API-Key": self._api_key.reveal(),
                "refresh-token": self._refresh_token.reveal(),
                "Content-Type": "application/json",
            },
            content=json.dumps({"devID": self.dev_id}).encode(),
        )

    def _take_refresh(self, response: httpx.Response) -> _Token:
        if response.status_code >= 400:
            raise error_for(response, reason="refreshing the JWT failed", secrets=self.secrets)
        try:
            value = loads_body(response.content)["jwt"]
        except (ValueError, KeyError, TypeError) as err:
            raise error_for(response, reason="refreshJWT answered without a `jwt` field", secrets=self.secrets) from err
        if not usable_token(value):
            reason = "refreshJWT answered a `jwt` that cannot go into a header (empty, not text, or a line break)"
            raise error_for(response, reason=reason, secrets=self.secrets)
        return self.store.set(value)

    def _sign(self, request: httpx.Request, token: _Token | None) -> None:
        request.headers["X-API-Key"] = self._api_key.reveal()
        if token is not None:
            value = token.value.reveal()
            request.headers["Authorization"] = f"{self.jwt_prefix} {value}" if self.jwt_prefix else value

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not self._protected(request):
            self._sign(request, None)
            yield request
            return
        with self.store.thread_lock:
            token = self.store.current(self.refresh_margin)
            if token is None:
                refreshed = yield self._refresh_request()
                refreshed.read()
                token = self._take_refresh(refreshed)
        self._sign(request, token)
        response = yield request
        if response.status_code != 401:
            return
        with self.store.thread_lock:
            latest = self.store.current(0.0)
            if latest is None or latest.generation == token.generation:
                # Ours is the token that was refused: refresh once. Otherwise someone already did.
                response.read()
                refreshed = yield self._refresh_request()
                refreshed.read()
                latest = self._take_refresh(refreshed)
        self._sign(request, latest)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self._protected(request):
            self._sign(request, None)
            yield request
            return
        lock = self.store.async_lock()
        async with lock:
            token = self.store.current(self.refresh_margin)
            if token is None:
                refreshed = yield self._refresh_request()
                await refreshed.aread()
                token = self._take_refresh(refreshed)
        self._sign(request, token)
        response = yield request
        if response.status_code != 401:
            return
        async with lock:
            latest = self.store.current(0.0)
            if latest is None or latest.generation == token.generation:
                await response.aread()
                refreshed = yield self._refresh_request()
                await refreshed.aread()
                latest = self._take_refresh(refreshed)
        self._sign(request, latest)
        yield request

    def __repr__(self) -> str:
        return f"KaedimAuth(dev_id={self.dev_id!r}, api_key={self._api_key!r}, store={self.store!r})"
