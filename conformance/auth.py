"""schemathesis authentication for a vendor, with the secrets kept in the environment.

The generated `schemathesis.toml` names environment variables (`${NAME}`) and
never holds a secret itself; the runner passes the values to the schemathesis
process through its environment only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from registry.errors import RegistryError
from registry.vendors import CredentialRole, Vendor


class MissingCredentials(Exception):
    def __init__(self, vendor: str, names: list[str]) -> None:
        self.names = names
        super().__init__(f"{vendor}: set {', '.join(names)} to run against the live API")


# Security scheme (type, HTTP scheme) -> the credentials its schemathesis auth settings take.
_SCHEME_CREDENTIALS: dict[tuple[str, str], tuple[CredentialRole, ...]] = {
    ("http", "basic"): ("username", "password"),
    ("http", "bearer"): ("bearer",),
    ("apiKey", ""): ("api_key",),
}


def auth_tables(vendor: Vendor, spec: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """`auth.openapi`: settings per security scheme the spec declares, naming variables only.

    Which variable fills which credential is the registry's `credentials` table.
    """
    tables: dict[str, dict[str, str]] = {}
    for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items():
        kind = str(scheme.get("type"))
        http_scheme = str(scheme.get("scheme", "")).lower() if kind == "http" else ""
        roles = _SCHEME_CREDENTIALS.get((kind, http_scheme))
        if roles is None:
            raise ValueError(f"{vendor.key}: security scheme {name!r} ({kind}) has no conformance auth")
        # An API key scheme may state the value's prefix (3YOURMIND: `Authorization: Token <key>`).
        prefix = str(scheme.get("x-fabapi-prefix", "")) if kind == "apiKey" else ""
        tables[name] = {role: f"{prefix}${{{_credential_variable(vendor, name, role)}}}" for role in roles}
    return tables


def _credential_variable(vendor: Vendor, scheme: str, role: CredentialRole) -> str:
    """The environment variable the registry says holds `role`; `RegistryError` naming the field when none does."""
    env_key = vendor.credentials.get(role)
    if env_key is None:
        raise RegistryError(
            f"[{vendor.key}] credentials.{role} is missing: security scheme {scheme!r} needs it"
            f" (set it to the env entry holding it in specs/vendors.toml)"
        )
    return vendor.env_var(env_key)


def account_parameters(vendor: Vendor) -> dict[str, str]:
    """`parameters` fixing the account's own identifiers to the variables holding them."""
    return {name: f"${{{vendor.env_var(key)}}}" for name, key in sorted(vendor.account_parameters.items())}


def secret_names(vendor: Vendor) -> list[str]:
    """The current variable of each credential: the names the schemathesis config refers to."""
    return [vendor.env_var(key) for key in vendor.env if key != "base_url"]


def live_credentials(vendor: Vendor, environ: Mapping[str, str]) -> dict[str, str]:
    """Each credential under its current variable name, read as the clients read it: the first of its
    variables that is set (KittyCAD's `ZOO_API_TOKEN`, else `KITTYCAD_API_TOKEN`)."""
    found: dict[str, str] = {}
    missing: list[str] = []
    for key, names in vendor.env.items():
        if key == "base_url":
            continue
        value = vendor.read_env(key, environ)
        if value is None:
            missing.append(" or ".join(names))
        else:
            found[names[0]] = value
    if missing:
        raise MissingCredentials(vendor.key, missing)
    return found


def live_base_url(vendor: Vendor, environ: Mapping[str, str]) -> str:
    """The base URL a live run tests: the first of its variables that is set, else the registry's default."""
    return vendor.read_env("base_url", environ) or vendor.base_url
