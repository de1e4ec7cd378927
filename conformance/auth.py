"""schemathesis authentication for a vendor, with the secrets kept in the environment.

The generated `schemathesis.toml` names environment variables (`${NAME}`) and
never holds a secret itself; the runner passes the values to the schemathesis
process through its environment only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from registry.vendors import Vendor


class MissingCredentials(Exception):
    def __init__(self, vendor: str, names: list[str]) -> None:
        self.names = names
        super().__init__(f"{vendor}: set {', '.join(names)} to run against the live API")


def auth_tables(vendor: Vendor, spec: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """`auth.openapi`: settings per security scheme the spec declares, naming variables only."""
    tables: dict[str, dict[str, str]] = {}
    for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items():
        kind = (scheme.get("type"), str(scheme.get("scheme", "")).lower())
        if kind == ("http", "basic"):
            tables[name] = {
                "username": f"${{{vendor.env['access_key']}}}",
                "password": f"${{{vendor.env['secret_key']}}}",
            }
        elif kind == ("http", "bearer"):
            tables[name] = {"bearer": f"${{{_env_name(vendor, 'token', 'jwt')}}}"}
        elif scheme.get("type") == "apiKey":
            # A scheme may state the value's prefix (3YOURMIND: `Authorization: Token <key>`).
            prefix = str(scheme.get("x-fabapi-prefix", ""))
            tables[name] = {"api_key": f"{prefix}${{{_env_name(vendor, 'api_key', 'token')}}}"}
        else:
            raise ValueError(f"{vendor.key}: security scheme {name!r} ({scheme.get('type')}) has no conformance auth")
    return tables


def account_parameters(vendor: Vendor) -> dict[str, str]:
    """`parameters` fixing the account's own identifiers to the variables holding them."""
    return {name: f"${{{vendor.env[key]}}}" for name, key in sorted(vendor.account_parameters.items())}


def _env_name(vendor: Vendor, *keys: str) -> str:
    """The environment variable holding the first of `keys` the registry names for this vendor."""
    for key in keys:
        if key in vendor.env:
            return vendor.env[key]
    raise ValueError(f"{vendor.key}: the registry's env table names none of {', '.join(keys)}")


def secret_names(vendor: Vendor) -> list[str]:
    return [env for key, env in vendor.env.items() if key != "base_url"]


def live_credentials(vendor: Vendor, environ: Mapping[str, str]) -> dict[str, str]:
    missing = [name for name in secret_names(vendor) if not environ.get(name)]
    if missing:
        raise MissingCredentials(vendor.key, missing)
    return {name: environ[name] for name in secret_names(vendor)}
