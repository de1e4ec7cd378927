"""State of the KittyCAD mock: the account, API tokens, recorded API calls, async operations, billing.

File operations answer at once for small bodies; a body over `async_threshold` bytes (25 MiB,
KittyCAD's limit for synchronous work) starts an operation that moves `Queued` -> `In Progress`
-> `Completed` (or `Failed`) one step per read, so a test drives it by polling, or with `advance`.
Geometry is computed from STL files (numpy-stl): other formats convert to a summary text, and
analyses of them fail with an error text, as a server without that format's reader would.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
from stl import mesh

from ..kit import found

ASYNC_THRESHOLD = 25 * 1024 * 1024
# Real mesh text is written for meshes up to this size; bigger ones convert to a summary line.
MESH_TEXT_LIMIT = 50_000
STEPS = ("Queued", "In Progress")
ACCOUNT_TOKEN = "6f1c3c52-7d7e-4a5e-9c1d-2b8f0f6a4e11"  # noqa: S105 - the mock's published test credential
SESSION_TOKEN = "9b2e4d6f-8a1c-4e3b-b5d7-1f2a3c4e5d6f"  # noqa: S105 - the mock's published session
USER_ID = "user-mock-0001"
EMAIL = "mock-user@kittycad.io"


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class NotFound(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class BadRequest(Exception):
    pass


@dataclass
class Operation:
    """An async operation: its record as the API shows it, and the outcome it reaches when done."""

    kind: str  # the `type` tag: FileConversion, FileVolume, ...
    record: dict[str, Any]
    outcome: dict[str, Any]
    steps: list[str] = field(default_factory=list)


# -- geometry -------------------------------------------------------------------------------------


class JobError(Exception):
    """The work cannot be done (an unreadable file, a non-positive density): the operation fails with this text."""


def _mesh(src_format: str, data: bytes) -> mesh.Mesh:
    if src_format != "stl":
        raise JobError(f"the mock computes geometry from stl files only, not {src_format}")
    if not data:
        raise JobError("the file is empty")
    try:
        solid = mesh.Mesh.from_file("upload.stl", fh=io.BytesIO(data))
    except (ValueError, AssertionError, RuntimeError, EOFError, IndexError, TypeError) as err:
        raise JobError(f"could not read the stl file: {err}") from None
    if len(solid.vectors) == 0 or not np.isfinite(solid.vectors).all():
        raise JobError("the stl file has no usable triangles")
    return solid


def measure(src_format: str, data: bytes) -> dict[str, Any]:
    """Volume, surface area and centroid (file units) of a closed STL mesh."""
    solid = _mesh(src_format, data)
    volume, cog, _inertia = solid.get_mass_properties()
    return {
        "volume": abs(float(volume)),
        "surface_area": float(solid.areas.sum()),
        "center_of_mass": [float(v) for v in cog],
    }


def _mesh_text(solid: mesh.Mesh, output_format: str) -> str | None:
    vertices = solid.vectors.reshape(-1, 3)
    faces = range(len(solid.vectors))
    if output_format in ("obj", "obj_nomtl"):
        lines = ["# converted by the KittyCAD mock"]
        lines += [f"v {x:.6g} {y:.6g} {z:.6g}" for x, y, z in vertices]
        lines += [f"f {3 * i + 1} {3 * i + 2} {3 * i + 3}" for i in faces]
        return "\n".join(lines) + "\n"
    if output_format == "ply":
        header = [
            "ply",
            "format ascii 1.0",
            f"element vertex {len(vertices)}",
            "property float x",
            "property float y",
            "property float z",
            f"element face {len(solid.vectors)}",
            "property list uchar int vertex_indices",
            "end_header",
        ]
        lines = header + [f"{x:.6g} {y:.6g} {z:.6g}" for x, y, z in vertices]
        lines += [f"3 {3 * i} {3 * i + 1} {3 * i + 2}" for i in faces]
        return "\n".join(lines) + "\n"
    if output_format == "stl":
        lines = ["solid mock"]
        for normal, triangle in zip(solid.normals, solid.vectors, strict=True):
            lines.append(f"facet normal {normal[0]:.6g} {normal[1]:.6g} {normal[2]:.6g}")
            lines.append("outer loop")
            lines += [f"vertex {x:.6g} {y:.6g} {z:.6g}" for x, y, z in triangle]
            lines += ["endloop", "endfacet"]
        lines.append("endsolid mock")
        return "\n".join(lines) + "\n"
    return None


def convert(src_format: str, output_format: str, data: bytes) -> str:
    """The converted file as text: real mesh text from small STL meshes, a summary line otherwise."""
    digest = hashlib.sha256(data).hexdigest()[:16]
    summary = f"KittyCAD mock: {len(data)} bytes of {src_format} (sha256 {digest}) as {output_format}\n"
    if src_format != "stl":
        return summary
    solid = _mesh(src_format, data)
    if len(solid.vectors) > MESH_TEXT_LIMIT:
        return summary
    return _mesh_text(solid, output_format) or summary


def encoded(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# -- the store ------------------------------------------------------------------------------------


@dataclass
class Store:
    account_token: str = ACCOUNT_TOKEN
    async_threshold: int = ASYNC_THRESHOLD
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    lock: threading.RLock = field(default_factory=threading.RLock)
    tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    api_calls: list[dict[str, Any]] = field(default_factory=list)
    operations: dict[str, Operation] = field(default_factory=dict)
    user: dict[str, Any] = field(default_factory=dict)
    customer: dict[str, Any] | None = None
    balance: dict[str, Any] = field(default_factory=dict)
    invoices: list[dict[str, Any]] = field(default_factory=list)
    methods: list[dict[str, Any]] = field(default_factory=list)
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reset_account()

    def now(self) -> str:
        return stamp(self.clock())

    # -- the account --------------------------------------------------------------------------

    def reset_account(self) -> None:
        """A fresh user (deleting the user leaves the mock with a new, empty account)."""
        created = stamp(datetime(2023, 3, 1, tzinfo=UTC))
        self.user = {
            "id": USER_ID,
            "email": EMAIL,
            "email_verified": created,
            "name": "Mock User",
            "first_name": "Mock",
            "last_name": "User",
            "company": "KittyCAD mock",
            "discord": "mockuser#0001",
            "github": "mockuser",
            "phone": "+1-555-0100",
            "image": "https://api.kittycad.io/mock/avatar.png",
            "created_at": created,
            "updated_at": created,
        }
        self.tokens.clear()
        self.api_calls.clear()
        self.operations.clear()
        self.customer = _customer(created)
        self.balance = {
            "id": "3f0a8c5e-1b2d-4c6e-9a7f-0d1e2f3a4b5c",
            "user_id": USER_ID,
            "monthly_credits_remaining": 100.0,
            "pre_pay_cash_remaining": 0.0,
            "pre_pay_credits_remaining": 0.0,
            "total_due": 0.0,
            "created_at": created,
            "updated_at": created,
        }
        self.invoices = [self._invoice(n, created) for n in (1, 2)]
        self.methods = [_card(self.customer["address"], created)]
        session_token = SESSION_TOKEN
        expires = stamp(datetime(2030, 1, 1, tzinfo=UTC))
        self.sessions = {
            session_token: {
                "id": "session-mock-0001",
                "session_token": session_token,
                "user_id": USER_ID,
                "created_at": created,
                "updated_at": created,
                "expires": expires,
            }
        }

    def _invoice(self, number: int, created: str) -> dict[str, Any]:
        amount = 10.0 * number
        return {
            "id": f"in_mock{number:04d}",
            "number": f"MOCK-{number:04d}",
            "amount_due": amount,
            "amount_paid": amount,
            "amount_remaining": 0.0,
            "attempt_count": 1,
            "attempted": True,
            "paid": True,
            "status": "paid",
            "currency": "usd",
            "customer_email": EMAIL,
            "customer_id": "cus_mock0001",
            "default_payment_method": "pm_mock0001",
            "description": f"KittyCAD API usage, month {number}",
            "lines": [
                {
                    "id": f"il_mock{number:04d}",
                    "amount": amount,
                    "currency": "usd",
                    "description": "API minutes",
                    "invoice_item": f"ii_mock{number:04d}",
                    "metadata": {},
                }
            ],
            "metadata": {},
            "pdf": f"https://pay.kittycad.io/mock/invoices/{number}.pdf",
            "url": f"https://pay.kittycad.io/mock/invoices/{number}",
            "receipt_number": f"R-{number:04d}",
            "statement_descriptor": "KITTYCAD API",
            "subtotal": amount,
            "tax": 0.0,
            "total": amount,
            "created_at": created,
        }

    def extended_user(self) -> dict[str, Any]:
        return {**self.user, "front_id": "front-mock-0001", "mailchimp_id": "mc-mock-0001", "stripe_id": "cus_mock0001"}

    def update_user(self, changes: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            self.user.update(changes)
            first, last = self.user.get("first_name", ""), self.user.get("last_name", "")
            self.user["name"] = f"{first} {last}".strip()
            self.user["updated_at"] = self.now()
            return dict(self.user)

    def authenticates(self, token: str) -> str | None:
        """The token's id when it is the account token or a valid API token, else None."""
        if token == self.account_token:
            return token
        with self.lock:
            record = self.tokens.get(token)
            return token if record is not None and record["is_valid"] else None

    # -- API tokens ---------------------------------------------------------------------------

    def create_token(self) -> dict[str, Any]:
        now = self.now()
        token = str(uuid.uuid4())
        record = {
            "id": str(uuid.uuid4()),
            "token": token,
            "user_id": USER_ID,
            "is_valid": True,
            "created_at": now,
            "updated_at": now,
        }
        with self.lock:
            self.tokens[token] = record
        return dict(record)

    def get_token(self, token: str) -> dict[str, Any]:
        with self.lock:
            return dict(found(self.tokens, token, "API token", NotFound))

    def delete_token(self, token: str) -> None:
        with self.lock:
            if self.tokens.pop(token, None) is None:
                raise NotFound(f"API token {token}")

    # -- API calls ----------------------------------------------------------------------------

    def record_call(self, call: dict[str, Any]) -> None:
        with self.lock:
            self.api_calls.append(call)

    def get_call(self, ident: str) -> dict[str, Any]:
        with self.lock:
            for call in self.api_calls:
                if call["id"] == ident:
                    return dict(call)
        raise NotFound(f"API call {ident}")

    # -- async operations ---------------------------------------------------------------------

    def start(self, kind: str, fields: dict[str, Any], work: Callable[[], dict[str, Any]], size: int) -> dict[str, Any]:
        """Run `work` at once for a small body, or queue it as an async operation for a large one."""
        now = self.now()
        ident = str(uuid.uuid4())
        base = {
            "id": ident,
            "user_id": USER_ID,
            "created_at": now,
            "updated_at": now,
            "started_at": None,
            "completed_at": None,
            "error": None,
            **fields,
        }
        try:
            outcome = {"status": "Completed", **work()}
        except JobError as err:
            outcome = {"status": "Failed", "error": str(err)}
        if size <= self.async_threshold:
            record = {**base, **outcome, "started_at": now, "completed_at": now}
            operation = Operation(kind, record, outcome)
        else:
            operation = Operation(kind, {**base, "status": "Queued"}, outcome, steps=list(STEPS[1:]))
        with self.lock:
            self.operations[ident] = operation
        return dict(operation.record)

    def advance(self, ident: str) -> dict[str, Any]:
        """One step of an unfinished operation: Queued -> In Progress -> its outcome."""
        with self.lock:
            operation = self._operation(ident)
            record = operation.record
            if record["status"] in ("Completed", "Failed"):
                return dict(record)
            now = self.now()
            if operation.steps:
                record.update(status=operation.steps.pop(0), started_at=now, updated_at=now)
            else:
                record.update(operation.outcome, completed_at=now, updated_at=now)
                record["started_at"] = record["started_at"] or now
            return dict(record)

    def observe(self, ident: str) -> tuple[str, dict[str, Any]]:
        """Read an operation (advancing it one step, as time passes on the server)."""
        with self.lock:
            kind = self._operation(ident).kind
            return kind, self.advance(ident)

    def _operation(self, ident: str) -> Operation:
        operation = self.operations.get(ident)
        if operation is None:
            raise NotFound(f"async operation {ident}")
        return operation

    # -- billing ------------------------------------------------------------------------------

    def get_customer(self) -> dict[str, Any]:
        with self.lock:
            if self.customer is None:
                raise NotFound("payment information")
            return dict(self.customer)

    def set_billing(self, billing: dict[str, Any], *, create: bool) -> dict[str, Any]:
        with self.lock:
            if self.customer is None:
                if not create:
                    raise NotFound("payment information")
                self.customer = {
                    "id": f"cus_{uuid.uuid4().hex[:12]}",
                    "email": EMAIL,
                    "balance": 0.0,
                    "currency": "usd",
                    "delinquent": False,
                    "metadata": {},
                    "created_at": self.now(),
                }
            self.customer.update({key: value for key, value in billing.items() if value is not None})
            return dict(self.customer)

    def delete_customer(self) -> None:
        with self.lock:
            if self.customer is None:
                raise NotFound("payment information")
            self.customer = None

    def get_session(self, token: str) -> dict[str, Any]:
        with self.lock:
            return dict(found(self.sessions, token, "session", NotFound))


# -- pages ----------------------------------------------------------------------------------------


def page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def page_offset(token: str | None) -> int:
    """The offset a page token stands for; BadRequest for a token the server never issued."""
    if token is None:
        return 0
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        prefix, _, number = text.partition(":")
        if prefix != "offset" or not number.isdigit():
            raise ValueError(text)
        return int(number)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadRequest(f"invalid page_token {token!r}") from None


def _customer(created: str) -> dict[str, Any]:
    """The account's payment information, as a fresh account has it."""
    return {
        "id": "cus_mock0001",
        "name": "Mock User",
        "email": EMAIL,
        "phone": "+1-555-0100",
        "address": {
            "street1": "1 Mock Way",
            "city": "Springfield",
            "state": "IL",
            "zip": "62701",
            "country": "US",
            "user_id": USER_ID,
        },
        "balance": 0.0,
        "currency": "usd",
        "delinquent": False,
        "metadata": {},
        "created_at": created,
    }


def _card(address: dict[str, Any], created: str) -> dict[str, Any]:
    """The account's one payment method, a card billed to `address`."""
    return {
        "id": "pm_mock0001",
        "type": "card",
        "created_at": created,
        "metadata": {},
        "billing_info": {"name": "Mock User", "phone": "+1-555-0100", "address": address},
        "card": {
            "brand": "visa",
            "country": "US",
            "exp_month": 12,
            "exp_year": 2030,
            "fingerprint": "mockfp",
            "funding": "credit",
            "last4": "4242",
            "checks": {"address_line1_check": "pass", "address_postal_code_check": "pass", "cvc_check": "pass"},
        },
    }
