"""Skips in JUnit XML, as `<skipped message=...>`, so every reader (`.ci/summary.py`, CI) counts them.

schemathesis writes a testcase only for the operations it ran; the ones left out on a target, and a
vendor that did not run at all (no credentials), would otherwise vanish from the counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from xml.etree import ElementTree as ET

import defusedxml.ElementTree as SafeET


def _bump(element: ET.Element, key: str, by: int) -> None:
    element.set(key, str(int(element.get(key, "0")) + by))


def add_skips(path: Path, skips: Mapping[str, str]) -> None:
    """Append one skipped testcase per name (name -> reason) to the first suite of a JUnit file."""
    if not skips or not path.is_file():
        return
    # defusedxml: the file quotes what a server sent.
    root = SafeET.parse(path).getroot()
    if root is None:
        raise ValueError(f"{path.name}: no root element, not a JUnit file")
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    if suite is None:
        suite = ET.SubElement(root, "testsuite", name="schemathesis", tests="0", skipped="0")
    for name, reason in sorted(skips.items()):
        case = ET.SubElement(suite, "testcase", name=name, time="0")
        ET.SubElement(case, "skipped", message=reason)
    for element in {id(root): root, id(suite): suite}.values():
        _bump(element, "tests", len(skips))
        _bump(element, "skipped", len(skips))
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def write_skipped(path: Path, suite: str, name: str, reason: str) -> Path:
    """A JUnit file holding one skipped testcase: a whole run that did not happen, and why."""
    return _write_one(path, suite, name, "skipped", reason)


def write_failed(path: Path, suite: str, name: str, reason: str) -> Path:
    """A JUnit file holding one failed testcase: a run that broke before schemathesis wrote one."""
    return _write_one(path, suite, name, "failure", reason)


def _write_one(path: Path, suite: str, name: str, kind: str, message: str) -> Path:
    counted = {"skipped": "skipped", "failure": "failures"}[kind]
    counts = {"failures": "0", "errors": "0", "skipped": "0", counted: "1"}
    root = ET.Element("testsuite", {"name": suite, "tests": "1", **counts})
    case = ET.SubElement(root, "testcase", classname=suite, name=name, time="0")
    ET.SubElement(case, kind, message=message)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path
