"""Re-flatten check: a reconstructed spec against the vendor document it was rebuilt from.

A seed is a vendor's OpenAPI document as scraped: line breaks, indentation, URLs and some
names were lost, but the token order survived. A reconstruction is faithful when flattening
it again (splitting on whitespace) gives the seed's token sequence, except for the
restorations listed in the vendor's PROVENANCE.md.

The ``## Restorations`` section of PROVENANCE.md holds a markdown table::

    | seed | restored | count | why |
    |---|---|---|---|
    | (none) | `https://api.example.com/v1` | 1 | server URL stripped by the scrape |
    | `'#/components/parameters/'` | `'#/components/parameters/page.size'` | 6 | name stripped |

``seed`` and ``restored`` cells hold backtick-quoted token strings (several tokens may be
separated by spaces); a cell without backticks (``(none)``) is the empty token sequence, for
pure insertions or deletions. ``count`` is how many times that exact restoration occurs; the
check is exact both ways: more occurrences are unexplained, fewer are stale provenance.

Run: ``python -m codegen.seedcheck --seeds DIR eiger``. Which seed a vendor has, and what it is,
is the registry's ``seed`` and ``seed_kind``: a seed that is a rendered page rather than a
document (3YOURMIND's) gets the page check of `codegen.seedpage` instead, and a reference page
of prose (KittyCAD's, Kaedim's) has no mechanical check. With no vendor named, every vendor with
a seed the check supports is checked.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from codegen.seedpage import check_page
from registry.vendors import REPO_ROOT, SeedKind, Vendor, load_vendors

# The seed kinds this check compares a spec with (a "reference-page" is transcribed by hand).
CHECKED_KINDS: tuple[SeedKind, ...] = ("openapi-text", "rendered-page")
SEEDS_VARIABLE = "FABAPI_SEEDS"

DifferenceKind = Literal["unexplained", "stale"]

_BACKTICKS = re.compile(r"(`+)(.+?)\1")


@dataclass(frozen=True)
class Restoration:
    """Seed tokens (possibly none) that the spec replaces by restored tokens, ``count`` times."""

    seed: tuple[str, ...]
    restored: tuple[str, ...]
    count: int = 1
    why: str = ""


@dataclass(frozen=True)
class Difference:
    """A token-level difference between spec and seed that no restoration explains.

    ``kind == "stale"`` reports a restoration that was allowed but not (fully) used: then
    ``seed``/``spec`` are its tokens, ``index`` is -1 and ``missing`` how many uses were left.
    """

    kind: DifferenceKind
    seed: tuple[str, ...]
    spec: tuple[str, ...]
    index: int
    spec_index: int
    missing: int = 0


@dataclass(frozen=True)
class CheckResult:
    """Everything a run found, for the summary."""

    seed_tokens: int
    spec_tokens: int
    applied: int
    differences: tuple[Difference, ...]

    @property
    def ok(self) -> bool:
        return not self.differences


def tokens(text: str) -> list[str]:
    """The whitespace-split token sequence of a document (its re-flattening)."""
    return text.split()


def _explain(
    seed: Sequence[str],
    spec: Sequence[str],
    allowed: Sequence[Restoration],
    budget: list[int],
) -> list[int] | None:
    """Indices of restorations whose concatenation is exactly (seed, spec); budget is consumed."""

    def walk(si: int, ti: int) -> list[int] | None:
        if si == len(seed) and ti == len(spec):
            return []
        for k, r in enumerate(allowed):
            if budget[k] <= 0 or not (r.seed or r.restored):
                continue
            ns, nt = si + len(r.seed), ti + len(r.restored)
            if tuple(seed[si:ns]) != r.seed or tuple(spec[ti:nt]) != r.restored:
                continue
            budget[k] -= 1
            rest = walk(ns, nt)
            if rest is not None:
                return [k, *rest]
            budget[k] += 1
        return None

    return walk(0, 0)


def check(spec_text: str, seed_text: str, allowed: Sequence[Restoration]) -> CheckResult:
    """Compare re-flattened spec with seed; consume allowed restorations; report the rest."""
    seed = tokens(seed_text)
    spec = tokens(spec_text)
    budget = [r.count for r in allowed]
    applied = 0
    found: list[Difference] = []
    matcher = difflib.SequenceMatcher(a=seed, b=spec, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        used = _explain(seed[i1:i2], spec[j1:j2], allowed, budget)
        if used is not None:
            applied += len(used)
            continue
        found.append(Difference("unexplained", tuple(seed[i1:i2]), tuple(spec[j1:j2]), i1, j1))
    for r, left in zip(allowed, budget, strict=True):
        if left > 0:
            found.append(Difference("stale", r.seed, r.restored, -1, -1, missing=left))
    return CheckResult(len(seed), len(spec), applied, tuple(found))


def compare(spec_text: str, seed_text: str, allowed: Sequence[Restoration]) -> list[Difference]:
    """Unexplained differences, then stale restorations; empty when the spec is faithful."""
    return list(check(spec_text, seed_text, allowed).differences)


def _cell_tokens(cell: str) -> tuple[str, ...]:
    return tuple(tok for _, span in _BACKTICKS.findall(cell) for tok in span.split())


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner.removeprefix("|").removesuffix("|")
    return [c.strip() for c in inner.split("|")]


def restorations_from_provenance(markdown: str) -> list[Restoration]:
    """The rows of the ``| seed | restored | count | why |`` table under ``## Restorations``."""
    lines = markdown.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip().lower() == "## restorations")
    except StopIteration:
        return []
    header: list[str] | None = None
    found: list[Restoration] = []
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if stripped.startswith("## ") or stripped.startswith("# "):
            break
        if not stripped.startswith("|"):
            if header is not None and found:
                break
            continue
        cells = _cells(stripped)
        if header is None:
            header = [c.lower() for c in cells]
            if "seed" not in header or "restored" not in header:
                raise ValueError("## Restorations table needs 'seed' and 'restored' columns")
            continue
        if all(set(c) <= set("-: ") for c in cells):
            continue  # the |---|---| separator row
        row = dict(zip(header, cells, strict=False))
        count_cell = row.get("count", "1").strip() or "1"
        if not count_cell.isdigit():
            raise ValueError(f"## Restorations: count {count_cell!r} is not a number in row {stripped!r}")
        found.append(
            Restoration(
                seed=_cell_tokens(row.get("seed", "")),
                restored=_cell_tokens(row.get("restored", "")),
                count=int(count_cell),
                why=row.get("why", ""),
            )
        )
    return found


def seeds_folder(
    given: Path | None, environ: Mapping[str, str] = os.environ, root: Path = REPO_ROOT
) -> tuple[Path, str]:
    """Where the seeds are, and which setting said so: `--seeds`, else $FABAPI_SEEDS, else the
    default, shared/seeds beside the checkout."""
    if given is not None:
        return given, "--seeds"
    if environ.get(SEEDS_VARIABLE):
        return Path(environ[SEEDS_VARIABLE]), f"${SEEDS_VARIABLE}"
    return root.parent / "shared" / "seeds", "the default"


def checked_vendors(vendors: Mapping[str, Vendor]) -> list[str]:
    """The vendors with a seed this check can compare their spec with."""
    return [key for key, vendor in vendors.items() if vendor.seed and vendor.seed_kind in CHECKED_KINDS]


def _context(toks: Sequence[str], index: int, width: int = 8) -> str:
    before = " ".join(toks[max(0, index - width // 2) : index])
    after = " ".join(toks[index : index + width // 2])
    return f"... {before} >>> {after} ..."


def _show(toks: tuple[str, ...]) -> str:
    return "`" + " ".join(toks) + "`" if toks else "(none)"


def _run_page(seed_file: Path, vendor: str, out: list[str]) -> int:
    folder = REPO_ROOT / "specs" / vendor
    result = check_page(
        (folder / "source.yaml").read_text(encoding="utf-8"),
        (folder / "openapi.yaml").read_text(encoding="utf-8"),
        seed_file.read_text(encoding="utf-8"),
        (folder / "PROVENANCE.md").read_text(encoding="utf-8"),
    )
    out.extend(f"{vendor}: {problem}" for problem in result.problems)
    out.append(
        f"{vendor}: {result.headings} rendered items ({result.distinct} distinct + {result.repeats} repeats),"
        f" {result.on_page} operations and webhooks titled from the page, {len(result.problems)} problems"
    )
    return 0 if result.ok else 1


def run(seeds: Path, vendor: str, out: list[str], vendors: Mapping[str, Vendor] | None = None) -> int:
    """Check one vendor; append report lines to ``out``; return the exit status."""
    registered = load_vendors() if vendors is None else vendors
    entry = registered.get(vendor)
    if entry is None:
        out.append(f"{vendor}: unknown vendor (known: {', '.join(registered)})")
        return 2
    if entry.seed is None or entry.seed_kind not in CHECKED_KINDS:
        what = f"its seed is a {entry.seed_kind}" if entry.seed else "the registry names no seed for it"
        out.append(f"{vendor}: no seed check: {what} (checked kinds: {', '.join(CHECKED_KINDS)})")
        return 2
    seed_file = seeds / entry.seed
    if not seed_file.is_file():
        out.append(f"{vendor}: seed document {seed_file.name} not found in {seeds}")
        return 2
    if entry.seed_kind == "rendered-page":
        return _run_page(seed_file, vendor, out)
    spec_file = REPO_ROOT / "specs" / vendor / "source.yaml"
    provenance = REPO_ROOT / "specs" / vendor / "PROVENANCE.md"
    seed_text = seed_file.read_text(encoding="utf-8")
    allowed = restorations_from_provenance(provenance.read_text(encoding="utf-8")) if provenance.is_file() else []
    result = check(spec_file.read_text(encoding="utf-8"), seed_text, allowed)
    seed_toks = tokens(seed_text)
    for d in result.differences:
        if d.kind == "stale":
            out.append(f"{vendor}: stale restoration {_show(d.seed)} -> {_show(d.spec)}: {d.missing} use(s) not found")
        else:
            out.append(
                f"{vendor}: unexplained difference at seed token {d.index} (spec token {d.spec_index}): "
                f"seed {_show(d.seed)} -> spec {_show(d.spec)}\n    {_context(seed_toks, d.index)}"
            )
    out.append(
        f"{vendor}: {result.seed_tokens} seed tokens / {result.spec_tokens} spec tokens compared, "
        f"{result.applied} restorations applied ({len(allowed)} distinct), "
        f"{sum(d.kind == 'unexplained' for d in result.differences)} unexplained, "
        f"{sum(d.kind == 'stale' for d in result.differences)} stale"
    )
    return 0 if result.ok else 1


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] = os.environ) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.seedcheck", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seeds",
        type=Path,
        default=None,
        help=f"folder holding the vendors' seed documents (default ${SEEDS_VARIABLE} or ../shared/seeds)",
    )
    parser.add_argument("vendors", nargs="*", help="vendor keys (default: every vendor with a checkable seed)")
    args = parser.parse_args(argv)
    seeds, setting = seeds_folder(args.seeds, environ)
    if not seeds.is_dir():
        print(
            f"seed documents not found: {seeds} ({setting}) is not a folder;"
            f" pass --seeds DIR or set {SEEDS_VARIABLE} to the folder holding the vendors' documents"
        )
        return 2
    vendors = load_vendors()
    status = 0
    for vendor in args.vendors or checked_vendors(vendors):
        out: list[str] = []
        status = max(status, run(seeds, vendor, out, vendors))
        print("\n".join(out))
    return status


if __name__ == "__main__":
    sys.exit(main())
