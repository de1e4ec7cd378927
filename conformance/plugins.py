"""Each vendor's conformance parts, found by one convention in one place.

A vendor plugs into the harness with modules named after its registry key:

- `conformance/mocks/<key>/__init__.py` (required): `create_app()` (the stateful ASGI mock) and
  `CREDENTIALS` (env variable -> value the mock accepts); optionally `DISABLED_CHECKS`,
  (operationId, check) -> why the API's documented behaviour rightly fails that check, and
  `EXAMPLE_ENV`, env variable -> value for what the README's examples read besides the client's
  settings (Kaedim's webhook secret);
- `conformance/fixtures/<key>.py` (optional): `populate(origin, credentials) -> Fixtures`;
- `conformance/workflows/<key>.py` (optional): `client(origin, credentials, transport)` and `WORKFLOWS`;
- `conformance/hooks/<key>.py` (optional): schemathesis hooks, loaded by name into schemathesis'
  own process (never imported here: importing registers them in this one).

A missing required part, or a module that lacks a name it must define, raises `PluginError`
naming the file to write. Nothing is cached: a test may swap a module's attribute in between.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from conformance.fixtures import Fixtures
from registry.vendors import Vendor

if TYPE_CHECKING:
    # Only for the types: the workflows need the clients, which the wheels check (a mock only) has not.
    from conformance.workflows import ClientFactory, Workflow

Populate = Callable[[str, Mapping[str, str]], Fixtures]


class PluginError(Exception):
    """A vendor's conformance part is missing or incomplete; the message names the file to write."""


@dataclass(frozen=True)
class Part:
    """Where a kind of part lives, what it must define, and whether every vendor needs one."""

    module: str  # with `{key}`
    path: str  # the file to write, with `{key}`
    names: tuple[str, ...]
    required: bool

    def module_name(self, key: str) -> str:
        return self.module.format(key=key)

    def file(self, key: str) -> str:
        return self.path.format(key=key)


# The one place that says which parts a vendor must have and which it may leave out.
MOCK = Part("conformance.mocks.{key}", "conformance/mocks/{key}/__init__.py", ("create_app", "CREDENTIALS"), True)
FIXTURES = Part("conformance.fixtures.{key}", "conformance/fixtures/{key}.py", ("populate",), False)
WORKFLOWS = Part("conformance.workflows.{key}", "conformance/workflows/{key}.py", ("client", "WORKFLOWS"), False)
HOOKS = Part("conformance.hooks.{key}", "conformance/hooks/{key}.py", (), False)


@dataclass(frozen=True)
class MockPlugin:
    """The required part alone: what serving a vendor's mock needs."""

    create_app: Callable[[], Any]
    credentials: Mapping[str, str]
    # (operationId, check) -> reason: checks the API's documented behaviour rightly fails.
    disabled_checks: Mapping[tuple[str, str], str]
    # Env variable -> value the README's examples read besides the client's settings.
    example_env: Mapping[str, str]

    def environment(self, vendor: Vendor, origin: str) -> dict[str, str]:
        """What points the vendor's clients, from the environment, at this mock served at `origin`."""
        return {**self.credentials, vendor.env_var("base_url"): origin + vendor.base_path}


@dataclass(frozen=True)
class VendorPlugins:
    key: str
    create_app: Callable[[], Any]
    credentials: Mapping[str, str]
    # (operationId, check) -> reason: checks the API's documented behaviour rightly fails.
    disabled_checks: Mapping[tuple[str, str], str]
    populate: Populate | None
    client: ClientFactory | None
    workflows: tuple[Workflow, ...]
    # The module schemathesis loads (SCHEMATHESIS_HOOKS), when the vendor has one.
    hooks: str | None

    def fixtures(self, origin: str, credentials: Mapping[str, str]) -> Fixtures:
        """What the fixtures module created at `origin`; nothing for a vendor without one."""
        return self.populate(origin, credentials) if self.populate else Fixtures()


def _load(part: Part, key: str) -> ModuleType | None:
    """The part's module, None when an optional one is absent; `PluginError` when it cannot serve."""
    name = part.module_name(key)
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as missing:
        # Only the part itself being absent is "no part"; a module it imports being absent is its fault.
        if missing.name not in {name, name.rpartition(".")[0]}:
            raise
        if part.required:
            raise PluginError(f"{part.file(key)} must define {' and '.join(part.names)}") from None
        return None
    lacking = [attribute for attribute in part.names if not hasattr(module, attribute)]
    if lacking:
        raise PluginError(f"{part.file(key)} must define {' and '.join(part.names)} (it lacks {', '.join(lacking)})")
    return module


def _hooks(key: str) -> str | None:
    name = HOOKS.module_name(key)
    return name if importlib.util.find_spec(name) is not None else None


def mock_for(key: str) -> MockPlugin:
    """The vendor's mock, without loading its other parts (which import its client)."""
    mock = _load(MOCK, key)
    assert mock is not None  # a required part is there or PluginError was raised
    return MockPlugin(
        mock.create_app,
        dict(mock.CREDENTIALS),
        dict(getattr(mock, "DISABLED_CHECKS", {})),
        dict(getattr(mock, "EXAMPLE_ENV", {})),
    )


def plugins_for(key: str) -> VendorPlugins:
    """Every conformance part of the vendor `key` (its registry key)."""
    mock = mock_for(key)
    fixtures = _load(FIXTURES, key)
    workflows = _load(WORKFLOWS, key)
    return VendorPlugins(
        key=key,
        create_app=mock.create_app,
        credentials=mock.credentials,
        disabled_checks=mock.disabled_checks,
        populate=fixtures.populate if fixtures else None,
        client=workflows.client if workflows else None,
        workflows=tuple(workflows.WORKFLOWS) if workflows else (),
        hooks=_hooks(key),
    )
