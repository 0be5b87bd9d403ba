"""One report at a glance: the few figures a reader looks for first, and each table as a grid.

Works on the cited figures of `Assistant.report_card` (no SQL, no transport): the Telegram card,
the table pictures and the XLSX export are all drawn from what this module returns. Every share
is of two printed figures of the same report, and says what it is taken over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from bot.answer import Answer, Figure

NEW, CARRIED, DONE, FORWARD = "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "总计", "结转下年度继续办理"
TABLE_ORDER = "一二三四五六七八九"  # 表二 before 表三 (not the code-point order of 二 and 三)
REVIEW, DIRECT, AFTER_REVIEW = "行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"


@dataclass
class Line:
    """One figure of the card: what it is, its value (None: blank in the report), and its cells."""

    label: str
    value: Decimal | None
    unit: str = "件"
    cells: list[Figure] = field(default_factory=list)
    share: Decimal | None = None  # percent of `over`
    over: str = ""


@dataclass
class Grid:
    """A table of one report as it is printed: rows × columns."""

    table: str  # "表三 收到和处理政府信息公开申请情况"
    columns: list[str]
    rows: list[tuple[str, list[Figure | None]]]  # (row label, one figure per column; None: not in the report)

    @property
    def short(self) -> str:
        return self.table.split(" ", 1)[0]


@dataclass
class Card:
    agency: str
    year: int
    template: str  # "2019" | "2021" | ""
    files: list[str]
    requests: list[Line]
    outcomes: list[Line]
    appeals: list[Line]
    failed: list[str]  # failed checks, as the index states them
    tables: list[str]  # short names of the tables held (表二, 表三, 表四)


def _cell(figs: list[Figure], table: str, row: str, col: str = "总计") -> Figure | None:
    return next((f for f in figs if f.table.startswith(table) and f.row == row and f.column == col), None)


def _num(f: Figure | None) -> Decimal | None:
    if f is None or isinstance(f.value, bool) or not isinstance(f.value, int | float):
        return None
    return Decimal(str(f.value))


def _line(label: str, cells: list[Figure | None]) -> Line | None:
    """A figure of one or more cells; blank when every cell is blank (as the answering core sums)."""
    cells = [c for c in cells if c is not None]
    if not cells:
        return None
    values = [_num(c) for c in cells]
    total = None if all(v is None for v in values) else sum((v or Decimal(0) for v in values), Decimal(0))
    return Line(label, total, cells[0].unit or "件", cells)


def _share(line: Line | None, whole: Line | None, over: str) -> None:
    if line and whole and line.value is not None and whole.value and line.value <= whole.value:
        line.share = (line.value / whole.value * 100).quantize(Decimal("0.1"))
        line.over = over


def is_card(answer: Answer) -> bool:
    """A report card: every figure of one report (as `Assistant.report_card` returns it)."""
    return (
        answer.kind == "table"
        and len(answer.figures) > 20
        and len({(f.agency, f.year) for f in answer.figures}) == 1
    )


def summary(answer: Answer) -> Card:
    figs = answer.figures
    t3, t4 = "表三", "表四"
    requests = [
        _line("本年新收", [_cell(figs, t3, NEW)]),
        _line("上年结转", [_cell(figs, t3, CARRIED)]),
        _line("办结", [_cell(figs, t3, DONE)]),
        _line("结转下年度", [_cell(figs, t3, FORWARD)]),
    ]
    done = requests[2]
    outcomes = [
        _line("予以公开", [_cell(figs, t3, "予以公开")]),
        _line("部分公开", [_cell(figs, t3, "部分公开")]),
        _line("不予公开", [f for f in figs if f.table.startswith(t3) and f.row.startswith("不予公开/") and f.column == "总计"]),
    ]
    for line in outcomes:
        _share(line, done, "办结")
    appeals = []
    review = _line("行政复议", [_cell(figs, t4, REVIEW)])
    corrected = _line("复议纠正", [_cell(figs, t4, REVIEW, "结果纠正")])
    _share(corrected, review, "复议")
    lawsuits = _line("行政诉讼", [_cell(figs, t4, DIRECT), _cell(figs, t4, AFTER_REVIEW)])
    lost = _line("诉讼纠正", [_cell(figs, t4, DIRECT, "结果纠正"), _cell(figs, t4, AFTER_REVIEW, "结果纠正")])
    _share(lost, lawsuits, "诉讼")
    appeals = [review, corrected, lawsuits, lost]
    template = re.search(r"（(\d{4})年版模板）", answer.title or "")
    files = list(dict.fromkeys(f.source.rpartition(":")[0] for f in figs if ":" in f.source))
    failed = list(dict.fromkeys([*answer.notes, *(w for f in figs for w in f.warnings)]))
    tables = list(dict.fromkeys(f.table.split(" ", 1)[0] for f in figs))
    return Card(
        figs[0].agency, figs[0].year, template.group(1) if template else "", files,
        [x for x in requests if x], [x for x in outcomes if x], [x for x in appeals if x],
        [x for x in failed if x], sorted(tables, key=lambda t: (TABLE_ORDER.find(t[1:2]) % 99, t)),
    )


def row_label(f: Figure) -> str:
    return f.row.replace("/", "·")


def grids(answer: Answer) -> list[Grid]:
    """Each table of a report card as printed: rows and columns in the report's order."""
    order: dict[str, tuple[list[str], list[str], dict]] = {}
    for f in answer.figures:
        cols, rows, cells = order.setdefault(f.table, ([], [], {}))
        label = row_label(f)
        if f.column not in cols:
            cols.append(f.column)
        if label not in rows:
            rows.append(label)
        cells[(label, f.column)] = f
    out = []
    for table, (cols, rows, cells) in order.items():
        out.append(Grid(table, cols, [(r, [cells.get((r, c)) for c in cols]) for r in rows]))
    return sorted(out, key=lambda g: (TABLE_ORDER.find(g.short[1:2]) % 99, g.short))


def grid(answer: Answer, short: str) -> Grid | None:
    return next((g for g in grids(answer) if g.short == short), None)
