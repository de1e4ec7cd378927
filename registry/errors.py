"""Typed errors of the registry and of document I/O: each names the file and what in it is at fault."""

from __future__ import annotations

from pathlib import Path


class RegistryError(Exception):
    """specs/vendors.toml is missing a vendor, a key or a field, or holds a value that cannot work."""


class SpecError(Exception):
    """A spec or overlay document that cannot be read or is not valid."""

    def __init__(self, path: Path, where: str, message: str) -> None:
        self.path = path
        self.where = where
        self.message = message
        super().__init__(f"{path}: {where}: {message}")
