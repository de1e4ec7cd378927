"""State of the Kaedim mock: developer accounts, their one valid JWT, requests and webhooks.

Kaedim's rules, as the facts describe them: a JWT lives 12 hours and only the latest one issued
for a devID is valid (registerHook and refreshJWT each issue one); a request waits with no
iteration (`iterations: null`, as Kaedim's own add-ons meet it) until work starts, then its latest
iteration goes from `new` to `completed` (or `approved`, `uploaded`, all done; `dismissed` or
`cancelled`, ended unmade) when the model is made; result links expire after an hour and a
fresh fetch hands out new ones; on completion Kaedim POSTs a signed payload to the devID's
registered destination. The clock is injectable, so a test drives expiry without waiting.

A mock never reaches beyond the machine: webhooks go only to loopback (a loopback IP literal or
`localhost`) or to a host a test allows; any other destination, whatever the fuzzer registered, is
refused without a name lookup and recorded in `refusals`.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

import httpx
import jwt as pyjwt

JWT_LIFETIME: Final = 12 * 60 * 60
LINK_LIFETIME: Final = 60 * 60
FORMATS: Final = ("obj", "fbx", "glb", "gltf", "mtl")
# Iteration statuses whose models are made; first-party code treats all three as done.
DONE: Final = frozenset({"completed", "approved", "uploaded"})
DEV_ID: Final = "mock-dev-0001"
API_KEY: Final = "mock-api-key-0001"
REFRESH_TOKEN: Final = "mock-refresh-token-0001"  # noqa: S105 - the mock's published test credential
WEBHOOK_SECRET: Final = "mock-webhook-secret"  # noqa: S105 - the mock's published test credential
USER_ID: Final = "mock-user-0001"
SIGNING_KEY: Final = "kaedim-mock-signing-key-of-32-bytes-or-more"
# The seeded devID's published JWT, valid until another is issued (for conformance runs, which
# cannot register first): it expires in 2100, not in 12 hours like the ones the mock hands out.
PUBLISHED_JWT: Final = pyjwt.encode(
    {"sub": DEV_ID, "jti": "published", "iat": 0, "exp": 4_102_444_800}, SIGNING_KEY, algorithm="HS256"
)
STUDIO_ID: Final = "mock-studio-0001"
# A receiver on loopback answers at once; a slow one must not hold up the thread completing requests.
DELIVERY_TIMEOUT: Final = 2.0


class Refused(Exception):
    """Answered with Kaedim's error body `{status: "error", message}` and this status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Account:
    dev_id: str
    api_key: str
    refresh_token: str
    user_id: str
    destination: str | None = None
    jwt_id: str | None = None  # the one valid token's `jti`


@dataclass
class Iteration:
    iteration_id: int
    created: float
    status: str = "new"
    completed: float | None = None


@dataclass
class Job:
    request_id: str
    dev_id: str
    created: float
    images: list[str]
    loq: str
    polycount: int | None
    project_id: str | None
    studio_id: str | None
    test: bool
    iterations: list[Iteration] = field(default_factory=list)


@dataclass
class Delivery:
    destination: str
    payload: dict[str, Any]
    status: int | None
    error: str | None


@dataclass(frozen=True)
class Refusal:
    """A webhook the mock did not send, and why."""

    destination: str
    reason: str


@dataclass
class Store:
    clock: Callable[[], float] = time.time
    # Seconds from submission until the model is done (work starts halfway); None leaves requests
    # waiting until `start` or `complete`.
    processing_seconds: float | None = 0.5
    signing_key: str = SIGNING_KEY
    webhook_secret: str = WEBHOOK_SECRET
    lock: threading.RLock = field(default_factory=threading.RLock)
    accounts: dict[str, Account] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    deliveries: list[Delivery] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    # Hosts beyond loopback a test lets webhooks reach (names as written in the URL, never resolved here).
    allowed_hosts: frozenset[str] = frozenset()
    projects: list[dict[str, str]] = field(default_factory=list)
    base_url: str = "http://127.0.0.1"
    _timers: list[threading.Timer] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.add_account(DEV_ID, API_KEY, REFRESH_TOKEN).jwt_id = "published"
        self.projects = [
            {"projectID": "mock-project-0001", "name": "Props", "studioID": STUDIO_ID},
            {"projectID": "mock-project-0002", "name": "Characters", "studioID": STUDIO_ID},
        ]

    def add_account(self, dev_id: str, api_key: str, refresh_token: str) -> Account:
        account = Account(dev_id, api_key, refresh_token, user_id=f"user-{dev_id}")
        with self.lock:
            self.accounts[dev_id] = account
        return account

    # -- credentials -----------------------------------------------------------------------------

    def account_for_key(self, api_key: str | None) -> Account:
        with self.lock:
            for account in self.accounts.values():
                if api_key and hmac.compare_digest(account.api_key, api_key):
                    return account
        raise Refused(401, "Invalid API key")

    def account(self, api_key: str | None, dev_id: str | None) -> Account:
        if not dev_id:
            raise Refused(400, "DevID is required, please make sure you are sending as a query parameter")
        owner = self.account_for_key(api_key)
        with self.lock:
            account = self.accounts.get(dev_id)
        if account is None:
            raise Refused(404, f"No developer found with devID {dev_id}")
        if account is not owner:
            raise Refused(401, "The API key does not belong to this devID")
        return account

    def issue_jwt(self, account: Account) -> str:
        """A new token for the devID; every earlier one stops working."""
        now = int(self.clock())
        jti = uuid.uuid4().hex
        with self.lock:
            account.jwt_id = jti
        claims = {"sub": account.dev_id, "jti": jti, "iat": now, "exp": now + JWT_LIFETIME}
        return pyjwt.encode(claims, self.signing_key, algorithm="HS256")

    def check_jwt(self, account: Account, header: str | None) -> None:
        """The JWT in `Authorization` (bare or `Bearer`), valid, unexpired and the latest one."""
        value = (header or "").strip()
        if value.lower().startswith("bearer "):
            value = value[7:].strip()
        if not value:
            raise Refused(401, "Missing JWT in the Authorization header")
        try:
            claims = pyjwt.decode(
                value, self.signing_key, algorithms=["HS256"], options={"verify_exp": False, "require": ["exp", "jti"]}
            )
        except pyjwt.PyJWTError:
            raise Refused(401, "Invalid JWT") from None
        if claims.get("sub") != account.dev_id:
            raise Refused(401, "The JWT was issued for another devID")
        if float(claims["exp"]) <= self.clock():
            raise Refused(401, "JWT expired, please refresh it")
        if claims["jti"] != account.jwt_id:
            raise Refused(401, "JWT no longer valid: a newer one was issued for this devID")

    def refresh(self, api_key: str | None, refresh_token: str | None, dev_id: str | None) -> tuple[Account, str]:
        account = self.account(api_key, dev_id)
        if not refresh_token or not hmac.compare_digest(account.refresh_token, refresh_token):
            raise Refused(401, "Invalid refresh token")
        return account, self.issue_jwt(account)

    def register(self, account: Account, destination: str) -> tuple[bool, str]:
        """(first registration?, the new JWT). Re-registering moves the destination."""
        with self.lock:
            first = account.destination is None
            account.destination = destination
        return first, self.issue_jwt(account)

    # -- requests --------------------------------------------------------------------------------

    def submit(self, account: Account, images: list[str], options: dict[str, Any]) -> Job:
        now = self.clock()
        job = Job(
            request_id=uuid.uuid4().hex,
            dev_id=account.dev_id,
            created=now,
            images=images,
            loq=options.get("loq", "standard"),
            polycount=options.get("polycount"),
            project_id=options.get("project_id"),
            studio_id=options.get("studio_id"),
            test=bool(options.get("test", False)),
        )
        with self.lock:
            self.jobs[job.request_id] = job
        if self.processing_seconds is not None:
            for delay, step in ((self.processing_seconds / 2, self.start), (self.processing_seconds, self.complete)):
                timer = threading.Timer(delay, step, [job.request_id])
                timer.daemon = True
                self._timers.append(timer)
                timer.start()
        return job

    def job(self, account: Account, request_id: str | None) -> Job:
        if not request_id:
            raise Refused(400, "requestID is required, please make sure you are sending as a query parameter")
        with self.lock:
            job = self.jobs.get(request_id)
        if job is None or job.dev_id != account.dev_id:
            raise Refused(404, f"No request found with requestID {request_id}")
        return job

    def start(self, request_id: str) -> None:
        """Work on a waiting request starts: its first iteration appears, `new`."""
        with self.lock:
            job = self.jobs.get(request_id)
            if job is not None and not job.iterations:
                job.iterations.append(Iteration(0, self.clock()))

    def complete(self, request_id: str, status: str = "completed") -> None:
        """The latest iteration finishes (or ends `dismissed` or `cancelled`), started first if it was
        still waiting; Kaedim notifies the destination."""
        self.start(request_id)
        with self.lock:
            job = self.jobs.get(request_id)
            if job is None or job.iterations[-1].status != "new":
                return
            iteration = job.iterations[-1]
            iteration.status, iteration.completed = status, self.clock()
            destination = self.accounts[job.dev_id].destination
        if destination is not None:
            self.deliver(destination, self.webhook_payload(job))

    def stop(self) -> None:
        for timer in self._timers:
            timer.cancel()

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until the requests already submitted are done and their webhooks sent (or refused)."""
        for timer in list(self._timers):
            timer.join(timeout)

    # -- links and files -------------------------------------------------------------------------

    def link(self, job: Job, iteration: Iteration, fmt: str) -> str:
        expires = int(self.clock()) + LINK_LIFETIME
        signature = self._link_signature(job.request_id, iteration.iteration_id, fmt, expires)
        return (
            f"{self.base_url}/results/{job.request_id}/{iteration.iteration_id}/model.{fmt}"
            f"?expires={expires}&signature={signature}"
        )

    def _link_signature(self, request_id: str, iteration: int, fmt: str, expires: int) -> str:
        message = f"{request_id}/{iteration}/{fmt}/{expires}".encode()
        return hmac.new(self.signing_key.encode(), message, hashlib.sha256).hexdigest()[:32]

    def result_file(self, request_id: str, iteration: int, fmt: str, expires: int, signature: str) -> bytes:
        expected = self._link_signature(request_id, iteration, fmt, expires)
        if not hmac.compare_digest(expected, signature):
            raise Refused(403, "Invalid signature")
        if expires <= self.clock():
            raise Refused(403, "Request has expired")
        with self.lock:
            job = self.jobs.get(request_id)
        if job is None or iteration >= len(job.iterations) or job.iterations[iteration].status not in DONE:
            raise Refused(404, "No such result")
        return model_file(job, fmt)

    # -- views -----------------------------------------------------------------------------------

    def request_view(self, job: Job) -> dict[str, Any]:
        account = self.accounts[job.dev_id]
        return {
            "requestID": job.request_id,
            "createdAt": stamp(job.created),
            "image": list(job.images),
            "image_tags": [],
            "polycount": str(job.polycount) if job.polycount is not None else None,
            # Null, not [], while the request waits: the shape Kaedim's own add-ons guard against.
            "iterations": None
            if not job.iterations
            else [
                {
                    "createdAt": stamp(it.created),
                    "iterationID": str(it.iteration_id),
                    "results": {fmt: self.link(job, it, fmt) for fmt in FORMATS} if it.status in DONE else None,
                    "status": it.status,
                    "userID": account.user_id,
                    "email": f"{account.dev_id}@mock.kaedim3d.com",
                    "loq": job.loq,
                    "dismissedReason": "Image could not be processed" if it.status == "dismissed" else None,
                    "editDescription": None,
                    "texturingMethod": None,
                }
                for it in job.iterations
            ],
        }

    def webhook_payload(self, job: Job) -> dict[str, Any]:
        """The newer, `results`-wrapped shape of Kaedim's web-hooks page."""
        iteration = job.iterations[-1]
        account = self.accounts[job.dev_id]
        done = iteration.status in DONE
        return {
            "results": {
                "status": iteration.status,
                "userID": account.user_id,
                "studioID": job.studio_id or STUDIO_ID,
                "requestID": job.request_id,
                "iterationID": iteration.iteration_id,
                "name": f"request {job.request_id[:8]}",
                "image": job.images[0] if job.images else "",
                "type": "generation",
                "isRevision": False,
                "createdAt": stamp(job.created),
                "completedAt": stamp(iteration.completed or self.clock()),
                "assetComplete": done,
                "completedModels": {fmt: self.link(job, iteration, fmt) for fmt in FORMATS} if done else {},
                "devID": job.dev_id,
            }
        }

    def refusal(self, destination: str) -> str | None:
        """Why a webhook may not go to `destination`, or None when it may: loopback, or an allowed host."""
        try:
            url = httpx.URL(destination)
        except httpx.InvalidURL as err:
            return f"not a URL: {err}"
        if url.scheme not in ("http", "https"):
            return f"not an http(s) URL: {url.scheme!r}"
        host = url.host
        if host in self.allowed_hosts or host == "localhost":
            return None
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return f"{host!r} is a name, not loopback: the mock resolves no names but localhost"
        return None if address.is_loopback else f"{host} is not a loopback address"

    def deliver(self, destination: str, payload: dict[str, Any]) -> Delivery | Refusal:
        """POST the payload to the destination, signed as Kaedim signs: HMAC-SHA256 of f"{t}{body}".

        Only where `refusal` allows; otherwise the refusal is recorded and nothing is sent.
        """
        reason = self.refusal(destination)
        if reason is not None:
            refused = Refusal(destination, reason)
            with self.lock:
                self.refusals.append(refused)
            return refused
        body = json.dumps(payload, separators=(",", ":")).encode()
        timestamp = int(self.clock())
        digest = hmac.new(self.webhook_secret.encode(), f"{timestamp}".encode() + body, hashlib.sha256).hexdigest()
        headers = {"Content-Type": "application/json", "kaedim-signature": json.dumps({"t": timestamp, "v1": digest})}
        try:
            # No proxy from the environment, no redirect: the connection goes where `refusal` looked.
            answer = httpx.post(
                httpx.URL(destination),
                content=body,
                headers=headers,
                timeout=DELIVERY_TIMEOUT,
                follow_redirects=False,
                trust_env=False,
            )
            delivery = Delivery(destination, payload, answer.status_code, None)
        except httpx.HTTPError as err:
            delivery = Delivery(destination, payload, None, f"{type(err).__name__}: {err}")
        with self.lock:
            self.deliveries.append(delivery)
        return delivery


def stamp(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def model_file(job: Job, fmt: str) -> bytes:
    """A small, real file of each format: a cube (Kaedim's `test: true` answer is a plain cube)."""
    vertices = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
    faces = [(1, 2, 4, 3), (5, 7, 8, 6), (1, 5, 6, 2), (3, 4, 8, 7), (1, 3, 7, 5), (2, 6, 8, 4)]
    if fmt == "obj":
        lines = [f"# Kaedim mock {job.request_id}", "mtllib model.mtl"]
        lines += [f"v {x} {y} {z}" for x, y, z in vertices] + ["f " + " ".join(map(str, f)) for f in faces]
        return ("\n".join(lines) + "\n").encode()
    if fmt == "mtl":
        return b"newmtl default\nKd 0.8 0.8 0.8\n"
    if fmt == "gltf":
        return json.dumps({"asset": {"version": "2.0", "generator": "Kaedim mock"}, "scenes": [{"nodes": []}]}).encode()
    if fmt == "glb":
        chunk = json.dumps({"asset": {"version": "2.0"}}).encode().ljust(28, b" ")
        header = b"glTF" + (2).to_bytes(4, "little") + (12 + 8 + len(chunk)).to_bytes(4, "little")
        return header + len(chunk).to_bytes(4, "little") + b"JSON" + chunk
    return f"Kaedim mock {fmt} model for {job.request_id}\n".encode()
