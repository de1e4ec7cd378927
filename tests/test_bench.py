"""The bench's table: ratios against goals, in both directions, and the plain word when a goal is missed."""

from __future__ import annotations

from bench.table import Row, render


def test_goals_in_both_directions() -> None:
    assert Row("overhead", "", 1.05, 1.10).met is True
    assert Row("overhead", "", 1.17, 1.10).met is False
    assert Row("throughput", "", 0.9, 0.8, direction="at least").met is True
    assert Row("throughput", "", 0.7, 0.8, direction="at least").met is False
    assert Row("regenerate", "", 6.5, None, unit=" s").met is None


def test_the_table_says_which_goals_were_missed() -> None:
    rows = [
        Row("per-call overhead", "96 us vs 82 us", 1.17, 1.10),
        Row("async throughput", "403 vs 376 calls/s", 1.07, 0.8, direction="at least"),
        Row("regenerate", "6.5 s", 6.5, None, unit=" s"),
    ]
    table = render(rows)
    lines = table.splitlines()
    assert lines[0].split() == ["measurement", "value", "goal", "measured"]
    cells = [line.split("  ") for line in lines[2:5]]
    assert [[c.strip() for c in row if c.strip()][1:3] for row in cells] == [
        ["1.17x", "MISSED (at most 1.1x)"],
        ["1.07x", "met (at least 0.8x)"],
        ["6.50 s", "(reference)"],
    ]
    assert lines[-1] == "1 goal(s) missed: per-call overhead"
    assert render(rows[1:]).splitlines()[-1] == "every goal met"
