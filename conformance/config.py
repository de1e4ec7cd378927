"""The `schemathesis.toml` of one run, built as data and written with tomli-w.

Every check is on, in the config rather than with `--checks all` (which would override the
per-operation exceptions). Credentials appear only as `${VARIABLE}` names.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from conformance.auth import account_parameters, auth_tables
from conformance.fixtures import FixtureSettings
from conformance.targets import Target
from registry.vendors import Vendor


def disabled_operations(checks: Mapping[tuple[str, str], str]) -> list[dict[str, Any]]:
    """`operations` entries turning off each (operationId, check) the mock rightly fails."""
    return [
        {"include-operation-id": operation_id, "checks": {check: {"enabled": False}}}
        for operation_id, check in sorted(checks)
    ]


def build(
    vendor: Vendor,
    spec: Mapping[str, Any],
    target: Target,
    *,
    fixtures: FixtureSettings,
    disabled: Mapping[tuple[str, str], str],
    hooks: bool,
) -> dict[str, Any]:
    config: dict[str, Any] = {"checks": {"enabled": True}, **target.settings}
    # A hooks module authenticates itself: schemathesis drops hook auth when the config has any.
    auth = {} if hooks else auth_tables(vendor, spec)
    if auth:
        config["auth"] = {"openapi": auth}
    parameters = {**account_parameters(vendor), **fixtures.parameters}
    if parameters:
        config["parameters"] = parameters
    if fixtures.dictionaries:
        config["dictionaries"] = fixtures.dictionaries
    operations = [*disabled_operations(disabled), *fixtures.operations]
    if operations:
        config["operations"] = operations
    return config


def write(path: Path, config: Mapping[str, Any]) -> None:
    path.write_text(tomli_w.dumps(config), encoding="utf-8")
