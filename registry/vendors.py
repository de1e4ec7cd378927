"""The vendor registry (specs/vendors.toml) as typed records."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from string import Formatter
from typing import Literal, get_args
from urllib.parse import urlsplit

from registry.errors import RegistryError

REPO_ROOT = Path(__file__).resolve().parent.parent
REGISTRY = REPO_ROOT / "specs" / "vendors.toml"

# What a vendor's seed document is, which decides what the maintainers' seed check can do with it:
# a scraped OpenAPI document (re-flattened token by token), a Redoc page rendered as text (its
# items counted against the spec), or a reference page of prose and samples (transcribed by hand;
# no mechanical check).
SeedKind = Literal["openapi-text", "rendered-page", "reference-page"]
SEED_KINDS: tuple[SeedKind, ...] = get_args(SeedKind)

# Credentials conformance hands to schemathesis, named as its auth settings: a security scheme of
# type http basic takes username and password, http bearer takes bearer, apiKey takes api_key.
CredentialRole = Literal["username", "password", "bearer", "api_key"]
CREDENTIAL_ROLES: tuple[CredentialRole, ...] = get_args(CredentialRole)


@dataclass(frozen=True)
class Vendor:
    key: str
    title: str
    package: str
    module: str
    version: str
    base_url: str
    auth: str
    # Setting -> its environment variables in the order clients read them (the current name first,
    # then names a renamed vendor used before: KittyCAD's `ZOO_API_TOKEN`, then `KITTYCAD_API_TOKEN`).
    env: Mapping[str, tuple[str, ...]]
    client: str
    # The clients' default per-request timeout, in seconds.
    timeout: float
    seed: str | None
    upstream: str | None
    # Which vendor document (by seed file name) and date the package reflects, for the READMEs.
    document: str
    # Required with `seed`: what the seed document is (see SeedKind).
    seed_kind: SeedKind | None = None
    # The Authorization scheme the `token` env entry goes with when fetching the upstream document
    # ("Bearer"; 3YOURMIND's "Token"); None sends no credential.
    token_scheme: str | None = None
    # Credential role -> the `env` key holding it, for conformance's auth settings
    # (Eiger: `{ username = "access_key", password = "secret_key" }`).
    credentials: Mapping[CredentialRole, str] = field(default_factory=dict)
    # Why there is no upstream document (Kaedim publishes none); `fetch` reports it.
    upstream_reason: str | None = None
    # `{placeholder}` in `upstream` -> the environment variable that fills it: 3YOURMIND's
    # document is per customer instance, `{ instance = "THREEYOURMIND_INSTANCE" }`.
    upstream_settings: Mapping[str, str] = field(default_factory=dict)
    # Run-time requirements beyond fabapi-core, httpx and attrs (Kaedim: PyJWT).
    dependencies: tuple[str, ...] = ()
    # Parameters the account fixes (Kaedim's devID): schemathesis parameter key -> `env` key whose
    # value conformance sends, where random values would only ever meet "unknown devID".
    account_parameters: Mapping[str, str] = field(default_factory=dict)
    # Settings the client reads from the environment when set, which conformance never needs
    # (Kaedim's studio id): name -> environment variables, as `env`.
    optional_env: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # False when `base_url` is only a sample (3YOURMIND: one instance per customer), so clients
    # take no default and ask for one.
    base_url_default: bool = True

    def env_var(self, setting: str) -> str:
        """The current environment variable of `setting` in `env`: the one conformance and messages name."""
        return self.env[setting][0]

    def read_env(self, setting: str, environ: Mapping[str, str]) -> str | None:
        """`setting`'s value as the clients read it: the first of its variables set in `environ`, else None
        (also when `env` has no such setting)."""
        return next((environ[name] for name in self.env.get(setting, ()) if environ.get(name)), None)

    @property
    def base_path(self) -> str:
        """The path part of the base URL; mocks serve the API under it on loopback."""
        return urlsplit(self.base_url).path.rstrip("/")

    def spec_dir(self, root: Path = REPO_ROOT) -> Path:
        return root / "specs" / self.key

    def package_dir(self, root: Path = REPO_ROOT) -> Path:
        return root / "generated" / self.package

    def overlay_dir(self, root: Path = REPO_ROOT) -> Path:
        return root / "overlays" / self.key

    def mock_models(self, root: Path = REPO_ROOT) -> Path:
        return root / "conformance" / "mocks" / self.key / "models.py"


_REQUIRED = ("title", "document", "package", "module", "version", "base_url", "auth", "env", "client", "timeout")


def _variables(value: object) -> tuple[str, ...] | None:
    """One variable name, or a non-empty list of distinct ones in the order they are read; None otherwise."""
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
        return None
    return tuple(names) if len(set(names)) == len(names) else None


def _env(
    key: str, entry: Mapping[str, object], name: str, *, required: tuple[str, ...] = ()
) -> dict[str, tuple[str, ...]]:
    """A table of setting name -> environment variables (one name, or a list read in order: the current
    name first, then older ones); the clients read `base_url` from one."""
    value = entry.get(name, {})
    if not isinstance(value, dict):
        raise RegistryError(f"[{key}] {name} must be a table of setting = environment variable")
    found: dict[str, tuple[str, ...]] = {}
    for setting, variables in value.items():
        names = _variables(variables)
        if names is None:
            raise RegistryError(
                f"[{key}] {name}.{setting} must be an environment variable or a list of distinct ones"
                f" (the current name first), not {variables!r}"
            )
        found[str(setting)] = names
    missing = [setting for setting in required if setting not in found]
    if missing:
        raise RegistryError(f"[{key}] {name} lacks {', '.join(missing)}")
    return found


def _timeout(key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 3600:
        raise RegistryError(f"[{key}] timeout must be seconds over 0 and under an hour, not {value!r}")
    return float(value)


def _flag(key: str, entry: Mapping[str, object], name: str, default: bool) -> bool:
    value = entry.get(name, default)
    if not isinstance(value, bool):
        raise RegistryError(f"[{key}] {name} must be true or false, not {value!r}")
    return value


def _dependencies(key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise RegistryError(f"[{key}] dependencies must be a list of requirement strings, not {value!r}")
    return tuple(value)


def _account_parameters(key: str, entry: Mapping[str, object]) -> dict[str, str]:
    value = entry.get("account_parameters", {})
    env = entry.get("env", {})
    if not isinstance(value, dict) or not isinstance(env, dict):
        raise RegistryError(f"[{key}] account_parameters must be a table of parameter = env key")
    unknown = [name for name in value.values() if name not in env]
    if unknown:
        raise RegistryError(f"[{key}] account_parameters names {', '.join(map(str, unknown))}, not in its env table")
    return {str(name): str(env_key) for name, env_key in value.items()}


def _seed_kind(key: str, entry: Mapping[str, object], seed: str | None) -> SeedKind | None:
    kind = entry.get("seed_kind")
    if seed is None:
        if kind is not None:
            raise RegistryError(f"[{key}] seed_kind is set but seed is not")
        return None
    for known in SEED_KINDS:
        if kind == known:
            return known
    raise RegistryError(f"[{key}] seed_kind must be one of {', '.join(SEED_KINDS)} (it has a seed), not {kind!r}")


def _token_scheme(key: str, entry: Mapping[str, object], env: Mapping[str, object]) -> str | None:
    scheme = _optional_text(key, entry, "token_scheme")
    if scheme is not None and "token" not in env:
        raise RegistryError(f"[{key}] token_scheme is set but its env table has no token entry")
    return scheme


def _credentials(key: str, entry: Mapping[str, object], env: Mapping[str, object]) -> dict[CredentialRole, str]:
    table = entry.get("credentials", {})
    if not isinstance(table, dict):
        raise RegistryError(f"[{key}] credentials must be a table of credential = env key, not {table!r}")
    found: dict[CredentialRole, str] = {}
    for role, env_key in table.items():
        known = next((r for r in CREDENTIAL_ROLES if r == role), None)
        if known is None:
            raise RegistryError(f"[{key}] credentials.{role} is not a credential; known: {', '.join(CREDENTIAL_ROLES)}")
        if env_key not in env:
            raise RegistryError(f"[{key}] credentials.{role} names {env_key!r}, not in its env table")
        found[known] = str(env_key)
    return found


def _check_key(path: Path, key: str) -> None:
    # One identifier per vendor, for every folder and module: specs/<key>, overlays/<key>,
    # conformance/mocks/<key>, tests/<key>.
    if not (key.isidentifier() and key.isascii() and key == key.lower()):
        example = f"v{key.lower()}"
        raise RegistryError(f"{path}: [{key}] a vendor key must be a lowercase Python identifier (e.g. [{example}])")


def _optional_text(key: str, entry: Mapping[str, object], name: str) -> str | None:
    value = entry.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(f"[{key}] {name} must be a non-empty string, not {value!r}")
    return value


def _document(key: str, entry: Mapping[str, object]) -> str:
    # Rendered into Markdown tables: one line, no cell separator.
    text = _optional_text(key, entry, "document")
    if text is None or "\n" in text or "|" in text:
        raise RegistryError(f"[{key}] document must be one line naming the vendor document and its date, not {text!r}")
    return text


def _upstream_settings(key: str, entry: Mapping[str, object], upstream: str | None) -> dict[str, str]:
    """The `{placeholder}` -> env var table; every placeholder of `upstream` must be in it, and only those."""
    settings = entry.get("upstream_settings", {})
    if not isinstance(settings, dict) or not all(isinstance(v, str) and v for v in settings.values()):
        raise RegistryError(f"[{key}] upstream_settings must be a table of placeholder = environment variable")
    try:
        placeholders = {name for _, name, _, _ in Formatter().parse(upstream or "") if name is not None}
    except ValueError as err:
        raise RegistryError(f"[{key}] upstream {upstream!r} is not a valid URL template: {err}") from err
    unnamed = sorted(placeholders - settings.keys())
    if unnamed:
        raise RegistryError(f"[{key}] upstream has {{{unnamed[0]}}} but upstream_settings names no variable for it")
    unused = sorted(settings.keys() - placeholders)
    if unused:
        raise RegistryError(f"[{key}] upstream_settings names {unused[0]}, which upstream does not contain")
    return {str(name): str(env) for name, env in settings.items()}


def load_vendors(path: Path = REGISTRY) -> dict[str, Vendor]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise RegistryError(f"{path}: {err}") from err
    vendors: dict[str, Vendor] = {}
    for key, entry in data.items():
        _check_key(path, key)
        missing = [name for name in _REQUIRED if name not in entry]
        if missing:
            raise RegistryError(f"{path}: [{key}] lacks {', '.join(missing)}")
        upstream = _optional_text(key, entry, "upstream")
        seed = _optional_text(key, entry, "seed")
        env = _env(key, entry, "env", required=("base_url",))
        vendors[key] = Vendor(
            key=key,
            title=entry["title"],
            package=entry["package"],
            module=entry["module"],
            version=entry["version"],
            base_url=entry["base_url"],
            auth=entry["auth"],
            env=env,
            client=entry["client"],
            timeout=_timeout(key, entry["timeout"]),
            seed=seed,
            upstream=upstream,
            document=_document(key, entry),
            seed_kind=_seed_kind(key, entry, seed),
            token_scheme=_token_scheme(key, entry, env),
            credentials=_credentials(key, entry, env),
            upstream_reason=_optional_text(key, entry, "upstream_reason"),
            upstream_settings=_upstream_settings(key, entry, upstream),
            dependencies=_dependencies(key, entry.get("dependencies", [])),
            account_parameters=_account_parameters(key, entry),
            optional_env=_env(key, entry, "optional_env"),
            base_url_default=_flag(key, entry, "base_url_default", True),
        )
    return vendors


def select(names: list[str], path: Path = REGISTRY) -> list[Vendor]:
    """The named vendors, or all when no name is given."""
    vendors = load_vendors(path)
    if not names:
        return list(vendors.values())
    unknown = [name for name in names if name not in vendors]
    if unknown:
        raise RegistryError(f"unknown vendor {', '.join(unknown)}; known: {', '.join(vendors)}")
    return [vendors[name] for name in names]
