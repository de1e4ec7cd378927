"""Typed pipeline errors: each names the file and the place in it that is at fault."""

from __future__ import annotations

from pathlib import Path


class PipelineError(Exception):
    """Base of every error the pipeline reports to a maintainer."""


class SpecError(PipelineError):
    """A spec or overlay document that cannot be read or is not valid."""

    def __init__(self, path: Path, where: str, message: str) -> None:
        self.path = path
        self.where = where
        self.message = message
        super().__init__(f"{path}: {where}: {message}")


class OverlayActionError(PipelineError):
    """An overlay action that cannot be applied (for example, a stale target)."""

    def __init__(self, path: Path, index: int, target: str, description: str, message: str) -> None:
        self.path = path
        self.index = index
        self.target = target
        self.description = description
        super().__init__(f"{path}: actions[{index}] (target {target!r}: {description!r}): {message}")


class GeneratorFailed(PipelineError):
    """A code generator reported an error or a warning we do not accept."""


class RegistryError(PipelineError):
    """specs/vendors.toml is missing a vendor or a key."""
