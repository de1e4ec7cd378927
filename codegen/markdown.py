"""Tables and code blocks in the repository's Markdown files (PROVENANCE.md, README.md), read with
markdown-it-py.

A table or a fenced code block is found by the heading of its section: those after that heading and
before the next heading of the same or a higher level. Cells are their Markdown source, stripped (`` `GET /a` ``
keeps its backticks), so a check can tell code from prose.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

# GitHub's tables on top of CommonMark; nothing else is needed to find and read them.
_PARSER = MarkdownIt("commonmark").enable("table")


class MarkdownTableError(ValueError):
    """The section or its table is not there."""


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    # 1-based line of the row in the file, for messages.
    line: int


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    line: int


def _heading(tokens: list[Token], index: int) -> tuple[int, str] | None:
    """(level, text) when `tokens[index]` opens a heading."""
    token = tokens[index]
    if token.type != "heading_open":
        return None
    return int(token.tag[1:]), tokens[index + 1].content.strip()


def _cells(tokens: list[Token], start: int) -> tuple[tuple[str, ...], int]:
    """The cells of the row opened at `start`, and the index after it closes."""
    cells: list[str] = []
    index = start + 1
    while tokens[index].type != "tr_close":
        if tokens[index].type == "inline":
            cells.append(tokens[index].content.strip())
        index += 1
    return tuple(cells), index + 1


@dataclass(frozen=True)
class Fence:
    """A fenced code block: its info string's first word (`python`, `bash`, '' for none) and its text."""

    language: str
    code: str
    # 1-based line of the block's first line of code (the one after the opening fence).
    line: int


def _section(tokens: list[Token], heading: str) -> range:
    """The indexes of the tokens inside the section titled `heading`."""
    level = None
    start = 0
    for index in range(len(tokens)):
        opened = _heading(tokens, index)
        if level is None:
            if opened is not None and opened[1] == heading:
                level, start = opened[0], index + 1
            continue
        if opened is not None and opened[0] <= level:
            return range(start, index)
    if level is None:
        raise MarkdownTableError(f"no section titled {heading!r}")
    return range(start, len(tokens))


def section_tables(text: str, heading: str) -> list[Table]:
    """Every table of the section titled `heading` (its whole text, `##` not included), in order."""
    tokens = _PARSER.parse(text)
    return [_table(tokens, index) for index in _section(tokens, heading) if tokens[index].type == "table_open"]


def _fences(tokens: list[Token], indexes: range) -> list[Fence]:
    found: list[Fence] = []
    for index in indexes:
        token = tokens[index]
        if token.type == "fence" and token.map:
            language = token.info.split(maxsplit=1)[0] if token.info.strip() else ""
            found.append(Fence(language, token.content, token.map[0] + 2))
    return found


def section_fences(text: str, heading: str) -> list[Fence]:
    """Every fenced code block of the section titled `heading`, in order."""
    tokens = _PARSER.parse(text)
    return _fences(tokens, _section(tokens, heading))


def fences(text: str) -> list[Fence]:
    """Every fenced code block of the document, in order."""
    tokens = _PARSER.parse(text)
    return _fences(tokens, range(len(tokens)))


def section_table(text: str, heading: str) -> Table:
    """The first table of the section titled `heading`."""
    tables = section_tables(text, heading)
    if not tables:
        raise MarkdownTableError(f"the section {heading!r} has no table")
    return tables[0]


def _table(tokens: list[Token], start: int) -> Table:
    header: tuple[str, ...] = ()
    rows: list[Row] = []
    index = start
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            cells, after = _cells(tokens, index)
            line = (token.map[0] if token.map else 0) + 1
            if not header:
                header = cells
            else:
                rows.append(Row(cells, line))
            index = after
            continue
        index += 1
    table_map = tokens[start].map
    return Table(header, tuple(rows), (table_map[0] if table_map else 0) + 1)
