"""Which public methods lack a Google-style `Args:`, `Returns:` or `Raises:` section (read with griffe).

A method needs `Args:` naming each of its parameters when it takes any, `Returns:` when its annotation
is not `None`, and `Raises:` always (what a caller must be ready for). Properties are attributes, and
names starting with `_` are not public. Used by tests/test_api_docs.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import griffe

from registry.vendors import REPO_ROOT, Vendor


def search_paths(vendors: list[Vendor], root: Path = REPO_ROOT) -> list[Path]:
    return [root / "runtime" / "src", *(root / "generated" / vendor.package for vendor in vendors)]


def missing(function: griffe.Function) -> list[str]:
    """The sections `function`'s docstring lacks, and parameters its `Args:` does not name."""
    parsed = function.docstring.parse(griffe.Parser.google) if function.docstring else []
    kinds = {section.kind for section in parsed}
    documented = {
        parameter.name.lstrip("*")  # Google style names `*args` and `**kwargs` with their stars
        for section in parsed
        if section.kind is griffe.DocstringSectionKind.parameters
        for parameter in section.value
    }
    taken = [parameter.name for parameter in function.parameters if parameter.name not in ("self", "cls")]
    gaps: list[str] = []
    if taken and griffe.DocstringSectionKind.parameters not in kinds:
        gaps.append("Args")
    elif undocumented := [name for name in taken if name not in documented]:
        gaps.append(f"Args of {', '.join(undocumented)}")
    if (
        function.returns is not None
        and str(function.returns) != "None"
        and griffe.DocstringSectionKind.returns not in kinds
    ):
        gaps.append("Returns")
    if griffe.DocstringSectionKind.raises not in kinds:
        gaps.append("Raises")
    return gaps


def public_methods(cls: griffe.Class) -> Iterator[griffe.Function]:
    """The class's public methods, inherited ones included; properties are attributes."""
    for name, member in cls.all_members.items():
        target = member.final_target if isinstance(member, griffe.Alias) else member
        if not name.startswith("_") and isinstance(target, griffe.Function) and "property" not in target.labels:
            yield target


def public_functions(objects: list[griffe.Object | griffe.Alias]) -> Iterator[griffe.Function]:
    """Functions among `objects`, and the public methods of its classes."""
    for item in objects:
        target = item.final_target if isinstance(item, griffe.Alias) else item
        if isinstance(target, griffe.Function):
            yield target
        elif isinstance(target, griffe.Class):
            yield from public_methods(target)


def gaps(functions: Iterator[griffe.Function]) -> dict[str, list[str]]:
    """`path` -> what its docstring lacks, for every function that lacks something."""
    return {function.path: found for function in functions if (found := missing(function))}
