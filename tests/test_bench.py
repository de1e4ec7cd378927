"""The bench's own parts, on tiny inputs: the table's verdicts, the timing function, the memory probe and server.

No timing is asserted: the bench measures, it does not judge this machine.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from bench import memory_client
from bench.large_document import OPERATIONS, SCHEMAS, count_operations, scaled
from bench.memory import SIZE, DrainAndStream, memory_row
from bench.regenerate import with_copied_evidence, with_copied_pins, write_copied_pins
from bench.table import Row, render
from bench.timing import fastest
from codegen import layout, names
from codegen.restyle import STYLES, restyle
from codegen.wirediff import wire_diff
from registry.documents import load_document
from registry.vendors import REPO_ROOT


def test_goals_in_both_directions() -> None:
    assert Row("overhead", "", 1.05, 1.10).met is True
    assert Row("overhead", "", 1.17, 1.10).met is False
    assert Row("throughput", "", 0.9, 0.8, direction="at least").met is True
    assert Row("throughput", "", 0.7, 0.8, direction="at least").met is False
    assert Row("regenerate", "", 6.5, None, unit=" s").met is None
    assert Row("memory", "only 10 bytes moved", None, 64).met is None


def _cells(table: str) -> list[list[str]]:
    """The value and verdict columns of each data row (columns are separated by at least two spaces)."""
    rows = table.splitlines()[2:]
    return [[cell.strip() for cell in line.split("  ") if cell.strip()][1:3] for line in rows if "  " in line]


def test_the_table_shows_ratio_and_goal_and_says_plainly_which_goals_were_missed() -> None:
    rows = [
        Row("per-call overhead", "96 us vs 82 us", 1.17, 1.10),
        Row("  reference: official client", "73 us", 0.88, None),
        Row("async throughput", "403 vs 376 calls/s", 1.07, 0.8, direction="at least"),
        Row("peak memory, upload", "RSS 43 -> 45 MiB", 2.0, 64, unit=" MiB"),
        Row("regenerate", "6.5 s", 6.5, None, unit=" s"),
    ]
    table = render(rows)
    lines = table.splitlines()
    assert lines[0].split() == ["measurement", "value", "verdict", "measured"]
    assert _cells(table)[:5] == [
        ["1.17x", "MISSED, goal at most 1.1x"],
        ["0.88x", "reference"],
        ["1.07x", "met, goal at least 0.8x"],
        ["2.00 MiB", "met, goal at most 64 MiB"],
        ["6.50 s", "reference"],
    ]
    assert lines[-1] == "1 of 3 goals MISSED: per-call overhead"
    assert render(rows[1:]).splitlines()[-1] == "all 2 goals met"


def test_a_goal_that_could_not_be_measured_is_not_counted_as_met() -> None:
    rows = [Row("peak memory, download", "only 10 of 1073741824 bytes moved", None, 64), Row.absent("official", "n/a")]
    table = render(rows)
    assert _cells(table) == [["-", "NOT MEASURED, goal at most 64x"], ["-", "not measured"]]
    assert table.splitlines()[-1] == "1 of 1 goals not measured: peak memory, download"


def test_fastest_times_every_rival_and_refuses_no_rounds() -> None:
    calls = {"a": 0, "b": 0}

    def count(name: str) -> None:
        calls[name] += 1

    seconds = fastest({"a": lambda: count("a"), "b": lambda: count("b")}, rounds=3, number=2)
    assert set(seconds) == {"a", "b"} and all(value >= 0 for value in seconds.values())
    assert calls == {"a": 1 + 3 * 2, "b": 1 + 3 * 2}  # one warm-up call, then rounds × number
    with pytest.raises(ValueError, match="rounds and number"):
        fastest({"a": lambda: None}, rounds=0)


def test_the_memory_probe_forgets_earlier_peaks_when_reset() -> None:
    # The bench's baseline depends on this: a peak from before the transfer must not hide it.
    ballast = b"\1" * (96 << 20)
    peak_with_ballast = memory_client.peak_mib()
    del ballast
    assert memory_client.reset_peak() is True
    assert memory_client.peak_mib() < peak_with_ballast - 64
    assert memory_client.resident_mib() <= memory_client.peak_mib() + 1


def test_a_memory_row_is_the_peak_above_the_baseline_only_when_the_whole_file_moved() -> None:
    figures = {"resident_mib": 43.0, "peak_mib": 44.5, "peak_reset": True}
    moved = memory_row("upload", figures, SIZE)
    assert (moved.value, moved.met) == (1.5, True)
    assert "VmHWM, reset before the transfer" in moved.measured
    partial = memory_row("upload", figures, 10)
    assert partial.value is None and partial.met is None
    assert partial.measured.startswith(f"only 10 of {SIZE} bytes moved")
    unreset = memory_row("download", {**figures, "peak_reset": False}, SIZE)
    assert "an upper bound" in unreset.measured


async def _drive(app: DrainAndStream, method: str, path: str, body_chunks: list[bytes]) -> list[dict[str, Any]]:
    incoming = [
        {"type": "http.request", "body": chunk, "more_body": i < len(body_chunks) - 1}
        for i, chunk in enumerate(body_chunks)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app({"type": "http", "method": method, "path": path}, receive, send)
    return sent


async def test_the_memory_server_counts_what_it_drains_and_streams_what_it_announces() -> None:
    app = DrainAndStream()
    answer = await _drive(app, "POST", "/file/conversion/stl/obj", [b"x" * 1000, b"y" * 24, b""])
    assert app.largest_body == 1024
    assert answer[0]["status"] == 201
    streamed = await _drive(app, "GET", "/v1/file/small", [b""])
    length = int(dict(streamed[0]["headers"])[b"content-length"])
    bodies = streamed[1:]
    assert sum(len(message["body"]) for message in bodies) == length == 1024
    assert [message["more_body"] for message in bodies][-1] is False


@pytest.mark.parametrize("style", [None, *STYLES])
def test_the_large_document_has_the_sizes_of_its_goal_and_every_ref_resolves(style: str | None) -> None:
    """KittyCAD's source as it is and restyled: the sizes do not depend on how many components the vendor's
    framework adds (FastAPI's `Body_*`, drf-spectacular's shared enums)."""
    source = load_document(REPO_ROOT / "specs" / "kittycad" / "source.yaml")
    source = restyle(style, source) if style is not None else source
    document = scaled(source)
    assert count_operations(document["paths"]) == OPERATIONS
    assert len(document["components"]["schemas"]) == SCHEMAS
    assert document == scaled(source)  # deterministic
    assert set(source["paths"]) <= set(document["paths"])  # the original stays, so the overlay applies
    operation_ids = [op["operationId"] for item in document["paths"].values() for op in item.values()
                     if isinstance(op, dict) and "operationId" in op]  # fmt: skip
    assert len(operation_ids) == len(set(operation_ids))
    wire_diff(document, document)  # raises UnresolvableRef for a $ref to a schema left out


def test_each_copied_path_gets_its_original_evidence_row() -> None:
    provenance = (
        "| operation | confidence |\n|---|---|\n| `GET /a/{id}` | documented | ref |\n| `POST /b` | inferred | x |\n"
    )
    paths: dict[str, Any] = {
        "/a/{id}": {"get": {}},
        "/bench2/a/{id}": {"get": {}},
        "/bench3/a/{id}": {"get": {}},
        "/b": {"post": {}, "put": {}},
        "/bench2/a/{id}/more": {"get": {}},
        "/bench2/b": {"put": {}},  # the last copy, cut to the operations that fit: no POST
    }
    assert with_copied_evidence(provenance, paths).splitlines()[2:] == [
        "| `GET /a/{id}` | documented | ref |",
        "| `GET /bench2/a/{id}` | documented | ref |",
        "| `GET /bench3/a/{id}` | documented | ref |",
        "| `POST /b` | inferred | x |",
    ]


def test_the_large_document_with_its_copied_pins_passes_the_names_check_of_generate(tmp_path: Path) -> None:
    """`generate` refuses an operation or schema names.yaml does not pin: the bench pins every copy."""
    spec_dir = REPO_ROOT / "specs" / "kittycad"
    document = scaled(load_document(spec_dir / "source.yaml"))
    shutil.copy(spec_dir / names.FILE, tmp_path / names.FILE)
    write_copied_pins(tmp_path, document, "KittyCAD", "kittycad")
    overlay_path = spec_dir / "overlay.yaml"
    laid = layout.laid_out(document, load_document(overlay_path), overlay_path).document
    public = names.in_public_names(laid, tmp_path)  # as generate: NamesError lists whatever is unpinned
    assert count_operations(public["paths"]) == OPERATIONS
    pins = names.load_names(tmp_path / names.FILE)  # collisions refused here
    # Every copy is a model under its pinned name (fewer schemas than the document's 560 where the vendor
    # writes a model twice, as drf's `XRequest`, and the pins merge the two).
    copied = {public for vendor, public in pins.models.items() if vendor.endswith(("Bench2", "Bench6"))}
    assert copied and copied <= set(names.schemas(public))
    assert pins.operations["GET /bench2/user/api-calls"] == names.OperationPin(
        "list_api_calls_for_user_bench2", ("api-calls",), "api_calls", "list_bench2"
    )


def test_a_copy_is_pinned_like_its_original_under_a_moved_path_inline_or_as_a_variant() -> None:
    pins = names.Names(
        {"GET /files/{file_id}": names.OperationPin("get_file", ("files",), "files", "get")},
        {"Pet": "Pet", "Pet[kind=cat]": "Cat"},
        inline=("Status",),
    )
    pet = {"oneOf": [{"type": "object", "properties": {"kind": {"type": "string", "enum": ["cat"]}}}]}
    status = {"type": "string", "enum": ["new"]}
    document: dict[str, Any] = {
        "paths": {"/files/{id}": {"get": {}}, "/bench2/files/{id}": {"get": {}}},  # the vendor renamed file_id
        "components": {"schemas": {"Pet": pet, "Status": status, "PetBench2": pet, "StatusBench2": status}},
    }
    copied = with_copied_pins(pins, document)
    assert copied.operations == {
        **pins.operations,
        "GET /bench2/files/{file_id}": names.OperationPin("get_file_bench2", ("files",), "files", "get_bench2"),
    }
    assert copied.models == {**pins.models, "PetBench2": "PetBench2", "PetBench2[kind=cat]": "CatBench2"}
    assert copied.inline == ("Status", "StatusBench2")
    assert names.problems(document, copied) == []
