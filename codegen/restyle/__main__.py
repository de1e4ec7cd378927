"""`python -m codegen.restyle STYLE IN OUT`: a document in another generator's conventions (JSON or YAML)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from codegen.errors import REPORTED
from codegen.restyle import STYLES, restyle
from registry.documents import dump_document, load_document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.restyle", description=__doc__)
    parser.add_argument("style", choices=sorted(STYLES))
    parser.add_argument("source", type=Path, help="an OpenAPI document, e.g. specs/kittycad/source.yaml")
    parser.add_argument("out", type=Path, help="where to write it (.json: JSON, anything else: YAML)")
    args = parser.parse_args(argv)
    try:
        restyled = restyle(args.style, load_document(args.source))
    except REPORTED as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    header = f"# {args.source.name} in {args.style}'s conventions (python -m codegen.restyle)"
    text = json.dumps(restyled, indent=2) + "\n" if args.out.suffix == ".json" else dump_document(restyled, header)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
