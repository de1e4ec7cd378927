"""Print one closing line counting every JUnit report the run wrote.

CI reads the last line of a run to know how many tests it executed; the nox
sessions after the test session (Prism, wheels, lint) print no such line.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(folder: Path) -> int:
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    reports = sorted(folder.rglob("*.xml"))
    for report in reports:
        root = ET.parse(report).getroot()  # noqa: S314 - reports this run wrote, not untrusted input
        suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
        counts = {key: sum(int(suite.get(key, 0)) for suite in suites) for key in totals}
        print(
            f"  {report.relative_to(folder)}: {counts['tests']} tests, "
            f"{counts['failures'] + counts['errors']} failed, {counts['skipped']} skipped"
        )
        for key in totals:
            totals[key] += counts[key]
    if not reports or totals["tests"] == 0:
        print(f"no test report under {folder}", file=sys.stderr)
        return 1
    failed = totals["failures"] + totals["errors"]
    passed = totals["tests"] - failed - totals["skipped"]
    print(f"tests: {passed} passed, {failed} failed, {totals['skipped']} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "reports")))
