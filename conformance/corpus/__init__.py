"""The reality corpus: answer bodies in the shapes real servers were seen to send, one file each.

`conformance/corpus/<vendor>/<name>.yaml` holds one body and what is known about it:

```yaml
operation: GET /print_jobs        # the spec's method and path
status: 200                       # the status it came with
source: >-                        # provenance: a seed by file name, or the public source
  ...
body: {...}                       # the body, as JSON (quote date-times: YAML would read them as dates)
strict_deviations:                # exactly what a strict client must name, in document order ([] for none)
  - {json_path: "$.items[0].requester", kind: "null"}
note: >-                          # optional: what the spec got wrong and which curation fixed it
  ...
```

`tests/test_reality_corpus.py` serves each body through the vendor's real client: tolerant decoding
keeps every received value and raises nothing, strict decoding names exactly `strict_deviations`.
A file that cannot be read this way raises `CorpusError` naming the file and the fault.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from registry.documents import load_document
from registry.errors import SpecError

CORPUS_DIR: Final = Path(__file__).resolve().parent
# The kinds a `fabapi_core.Deviation` can have.
KINDS: Final = frozenset({"null", "missing", "type", "enum", "format", "extra"})
_KEYS: Final = frozenset({"operation", "status", "source", "body", "strict_deviations", "note"})
_REQUIRED: Final = ("operation", "status", "source", "body", "strict_deviations")
_OPERATION = re.compile(r"(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS) (/\S*)\Z")


class CorpusError(Exception):
    """A corpus file that does not say what the format asks for; the message names the file and field."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(f"{_shown(path)}: {message}")


@dataclass(frozen=True)
class ExpectedDeviation:
    """A deviation a strict client must name: where in the body, and of which kind."""

    json_path: str
    kind: str


@dataclass(frozen=True)
class CorpusEntry:
    """One answer body of the corpus and what is known about it."""

    vendor: str
    name: str
    file: Path
    method: str
    path: str
    status: int
    source: str
    body: Any
    strict_deviations: tuple[ExpectedDeviation, ...]
    note: str

    @property
    def operation(self) -> str:
        return f"{self.method} {self.path}"

    def __str__(self) -> str:
        return f"{self.vendor}/{self.name}"


def load_corpus(root: Path = CORPUS_DIR) -> list[CorpusEntry]:
    """Every corpus file under `root` (`<vendor>/<name>.yaml`), sorted by vendor and name."""
    return [load_entry(file) for file in sorted(root.glob("*/*.yaml"))]


def load_entry(file: Path) -> CorpusEntry:
    try:
        data = load_document(file)
    except SpecError as err:
        raise CorpusError(file, f"{err.where}: {err.message}") from err
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise CorpusError(file, f"unknown key(s) {unknown}; a corpus file has {sorted(_KEYS)}")
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise CorpusError(file, f"missing key(s) {missing}")
    match = _OPERATION.match(str(data["operation"]))
    if match is None:
        raise CorpusError(file, f"operation {data['operation']!r} is not 'METHOD /path'")
    status = data["status"]
    if type(status) is not int or not 100 <= status <= 599:
        raise CorpusError(file, f"status {status!r} is not an HTTP status code")
    source = data["source"]
    if not isinstance(source, str) or not source.strip():
        raise CorpusError(file, "source must say where the body comes from")
    note = data.get("note", "")
    if not isinstance(note, str):
        raise CorpusError(file, "note must be text")
    _check_json(file, data["body"], "$")
    return CorpusEntry(
        vendor=file.parent.name,
        name=file.stem,
        file=file,
        method=match.group(1),
        path=match.group(2),
        status=status,
        source=source.strip(),
        body=data["body"],
        strict_deviations=_deviations(file, data["strict_deviations"]),
        note=note.strip(),
    )


def _deviations(file: Path, listed: Any) -> tuple[ExpectedDeviation, ...]:
    if not isinstance(listed, list):
        raise CorpusError(file, "strict_deviations must be a list ([] when strict mode takes the body)")
    found = []
    for index, item in enumerate(listed):
        if not isinstance(item, Mapping) or set(item) != {"json_path", "kind"}:
            raise CorpusError(file, f"strict_deviations[{index}] must be {{json_path, kind}}, not {item!r}")
        path, kind = item["json_path"], item["kind"]
        if not isinstance(path, str) or not path.startswith("$"):
            raise CorpusError(file, f"strict_deviations[{index}].json_path {path!r} is no JSON path from $")
        if kind not in KINDS:
            raise CorpusError(file, f"strict_deviations[{index}].kind {kind!r} is not one of {sorted(KINDS)}")
        found.append(ExpectedDeviation(path, kind))
    return tuple(found)


def _check_json(file: Path, value: Any, where: str) -> None:
    """Refuse what YAML reads but JSON cannot carry (an unquoted date becomes a date object)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CorpusError(file, f"{where}: key {key!r} is not text (quote it)")
            _check_json(file, item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_json(file, item, f"{where}[{index}]")
    elif isinstance(value, datetime.date):
        raise CorpusError(file, f"{where}: {value} was read as a date; quote it to keep the text that came")
    elif not (value is None or isinstance(value, str | int | float | bool)):
        raise CorpusError(file, f"{where}: {type(value).__name__} is no JSON value")


def _shown(path: Path) -> str:
    """The file relative to the corpus when it is inside it: never this machine's absolute path."""
    try:
        return str(path.resolve().relative_to(CORPUS_DIR.parent.parent))
    except ValueError:
        return path.name
