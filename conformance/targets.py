"""What each conformance target is, and which schemathesis checks it cannot support.

Every disabled check is listed here with its reason; the runner prints them at
the start of a run so nobody has to guess what was not proven.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

TARGETS = ("mock", "prism", "live")


@dataclass(frozen=True)
class Target:
    name: str
    # check name -> why it is off for this target
    disabled_checks: Mapping[str, str] = field(default_factory=dict)
    # schemathesis phases run against this target
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing", "stateful")
    # only these HTTP methods, unless an operation is allowed by name
    read_only: bool = False
    # a slow shared server: fewer examples and a request rate limit
    max_examples: int = 20
    # operations with multipart request bodies are left out, for this reason (None: included)
    skip_multipart: str | None = None
    # schemathesis data generation: "all" (valid and invalid requests) or "positive" only
    mode: str = "all"
    mode_reason: str | None = None
    # a real server: anything marked x-fabapi-unsafe is never called
    real: bool = False
    # extra schemathesis.toml settings for this target
    settings: Mapping[str, Any] = field(default_factory=dict)
    # why the vendors' workflows do not run on this target (None: they run, through the clients)
    no_workflows: str | None = None

    @property
    def malformed(self) -> str | None:
        """Why no malformed request is sent on this target (None: schemathesis sends them)."""
        if self.mode == "positive":
            return self.mode_reason or "only valid requests are generated on this target"
        return None


_STATELESS = {
    "use_after_free": "Prism keeps no state: a deleted resource is served again.",
    "ensure_resource_availability": "Prism keeps no state: a created resource is not stored.",
    "ignored_auth": "Prism does not check credentials, it only requires the header to be present.",
    "unsupported_method": "Prism answers 405 without an Allow header only for some paths.",
    "allow_header_conformance": "Prism sends no Allow header with its 405 answers.",
    "positive_data_acceptance": "Prism answers with any documented status, not always a 2xx, for valid input.",
}

# Enough stateful steps for chains like list -> append to queue -> read queued job -> remove it.
MOCK = Target(
    "mock",
    settings={"phases": {"stateful": {"max-steps": 40}}},
    no_workflows=(
        "the workflows run against the mocks in the test suite instead, each through every kind of"
        " server fault (tests/test_fault_matrix.py)"
    ),
)
PRISM = Target(
    "prism",
    disabled_checks=_STATELESS,
    phases=("examples", "coverage", "fuzzing"),
    skip_multipart="a multipart file part without its own Content-Type crashes the whole Prism process.",
    mode="positive",
    mode_reason=(
        "Prism's own request validation is not under test (it answers 422 where the spec has no 4xx,"
        " and hangs on a body that is not JSON); valid requests check that the spec mocks coherently."
    ),
)
LIVE = Target(
    "live",
    disabled_checks={
        "negative_data_rejection": "a live API's validation is the vendor's business; not worth load on it.",
        "ignored_auth": "sends deliberately wrong credentials, which can lock a live account.",
    },
    phases=("examples", "coverage", "fuzzing"),
    read_only=True,
    max_examples=5,
    real=True,
    no_workflows="the workflows upload, order and print: never run against a real account here",
)

BY_NAME = {target.name: target for target in (MOCK, PRISM, LIVE)}
