"""fabapi-core's error class for each HTTP status, read from its source for the generated `Raises:` docs.

The pipeline does not import the runtime (it generates against it); it reads the two literal tables of
`runtime/src/fabapi_core/_errors.py`, so a generated docstring names the class the runtime really raises.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

from codegen.errors import PipelineError
from registry.vendors import REPO_ROOT


@functools.cache
def status_errors(root: Path = REPO_ROOT) -> tuple[dict[int, str], dict[int, str]]:
    """fabapi-core's error class names by status (`_BY_STATUS`) and by a status's hundreds (`_BY_HUNDRED`),
    read from `_errors.py` so the generated `Raises:` docs name what the runtime really raises."""
    path = root / "runtime" / "src" / "fabapi_core" / "_errors.py"
    tables: dict[str, dict[int, str]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and isinstance(node.value, ast.Dict):
            pairs = zip(node.value.keys, node.value.values, strict=True)
            table = {k.value: v.id for k, v in pairs if isinstance(k, ast.Constant) and isinstance(v, ast.Name)}
            tables[node.target.id] = {key: name for key, name in table.items() if isinstance(key, int)}
    if not tables.get("_BY_STATUS") or not tables.get("_BY_HUNDRED"):
        raise PipelineError(f"{path}: no literal `_BY_STATUS` and `_BY_HUNDRED` tables of error classes")
    return tables["_BY_STATUS"], tables["_BY_HUNDRED"]
