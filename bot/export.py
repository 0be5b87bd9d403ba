"""An answer as a spreadsheet (XLSX) or CSV for Excel (UTF-8 with BOM), citations and notes included.

A list of figures becomes one row per figure (a rank when the list is a ranking, autofilter, frozen
header), with the computed figure (total, change, share) below it and the notes on a second sheet.
A report card becomes its tables as printed (rows × columns), one sheet per table.
"""

from __future__ import annotations

import csv
import io
import re

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from bot import report_card
from bot.answer import Answer

HEADER = [
    "机关",
    "年度",
    "表格",
    "项目",
    "栏目",
    "数值",
    "计量单位",
    "报告原文",
    "出处（文件:行）",
    "核对提示",
]
_NUMBER = re.compile(r"[-+]?\d[\d,.]*%?")
COLUMN_WIDTHS = [8, 30, 8, 34, 36, 16, 14, 10, 14, 30, 40]
OPS = {"sum": "合计", "difference": "差", "change": "变化", "ratio": "比例"}
FAILED = PatternFill("solid", fgColor="F9D6D5")


def _numeric(v) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def ranks(answer: Answer) -> list[int] | None:
    """Places of a ranking (ties share a place), or None when the figures are not ranked by value."""
    figs = answer.figures
    values = [f.value for f in figs]
    if len(figs) < 2 or len({f.agency for f in figs}) < 2 or not all(_numeric(v) for v in values):
        return None
    down = all(a >= b for a, b in zip(values, values[1:], strict=False))
    up = all(a <= b for a, b in zip(values, values[1:], strict=False))
    if not (down or up) or values[0] == values[-1]:
        return None
    return [1 + sum(1 for w in values if (w > v if down else w < v)) for v in values]


def computed(answer: Answer) -> tuple[str, object, str] | None:
    """(what, value, unit) of the figure the answer computed, or None."""
    if answer.kind != "total" or answer.value is None:
        return None
    unit = answer.unit or (answer.figures[0].unit if answer.figures else "")
    op = answer.op or ("ratio" if unit == "%" else "sum")
    return OPS.get(op, "计算结果"), answer.value, unit


def notes(answer: Answer) -> list[str]:
    """What the file says besides the figures: the title, the question, the computed figure, the notes."""
    out = []
    if answer.title:
        out.append(f"标题：{answer.title}")
    if answer.asked:
        out.append(f"问题：{answer.asked}")
    if result := computed(answer):
        what, value, unit = result
        out.append(f"{what}：{value}{unit}")
    out += [f"说明：{n}" for n in dict.fromkeys(answer.notes)]
    return out


def rows(answer: Answer) -> list[list]:
    """One row per figure, in the order the answer shows them, led by its place (or number)."""
    places = ranks(answer) or list(range(1, len(answer.figures) + 1))
    return [
        [
            place,
            f.agency,
            f.year,
            f.table,
            f.label or f.row,
            f.column,
            f.value,
            f.unit,
            f.raw,
            f.source,
            "；".join(f.warnings),
        ]
        for place, f in zip(places, answer.figures, strict=True)
    ]


def header(answer: Answer) -> list[str]:
    return ["名次" if ranks(answer) else "序号", *HEADER]


def to_xlsx(answer: Answer) -> bytes:
    if report_card.is_card(answer):
        return card_xlsx(answer)
    wb = Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(header(answer))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows(answer):
        ws.append([_safe(v) for v in row])
    last = ws.max_row
    ws.auto_filter.ref = f"A1:{chr(ord('A') + len(COLUMN_WIDTHS) - 1)}{last}"
    for i, width in enumerate(COLUMN_WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    if result := computed(answer):  # below the filtered rows, so sorting them leaves it in place
        what, value, unit = result
        ws.append([])
        ws.append([what, _safe(answer.title), None, None, None, None, value, unit])
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
    info = wb.create_sheet("说明")
    info.column_dimensions["A"].width = 100
    for note in notes(answer):
        info.append([_safe(note)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def card_xlsx(answer: Answer) -> bytes:
    """A report card as its tables, rows × columns as printed, and every cell's citation."""
    wb = Workbook()
    wb.remove(wb.active)
    for grid in report_card.grids(answer):
        ws = wb.create_sheet(grid.short)
        ws.append([grid.table])
        ws["A1"].font = Font(bold=True)
        ws.append(["项目", *grid.columns])
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for label, cells in grid.rows:
            ws.append([_safe(label), *(None if f is None else _safe(f.value) for f in cells)])
            for col, f in enumerate(cells, 2):
                if f is not None and f.warnings:
                    ws.cell(ws.max_row, col).fill = FAILED
        ws.freeze_panes = "B3"
        ws.auto_filter.ref = f"A2:{chr(ord('A') + len(grid.columns))}{ws.max_row}"
        ws.column_dimensions["A"].width = 44
        for i in range(len(grid.columns)):
            ws.column_dimensions[chr(ord("B") + i)].width = 14
    cites = wb.create_sheet("出处")
    cites.append(header(answer))
    for row in rows(answer):
        cites.append([_safe(v) for v in row])
    cites.freeze_panes = "A2"
    cites.auto_filter.ref = f"A1:{chr(ord('A') + len(COLUMN_WIDTHS) - 1)}{cites.max_row}"
    info = wb.create_sheet("说明")
    info.column_dimensions["A"].width = 100
    for note in notes(answer) + ["空白格：报告中未填；标红的格：报告自身的加总核对未通过"]:
        info.append([_safe(note)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_csv(answer: Answer) -> bytes:
    """CSV for Excel; the title, computed figure and notes lead as '#' comment lines."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for note in notes(answer):
        writer.writerow([_safe(f"# {note}")])
    writer.writerow(header(answer))
    writer.writerows([_safe(v) for v in row] for row in rows(answer))
    return buf.getvalue().encode("utf-8-sig")


def years(answer: Answer) -> str:
    found = sorted({f.year for f in answer.figures if isinstance(f.year, int)})
    if not found:
        return ""
    return f"{found[0]}年" if len(found) == 1 else f"{found[0]}-{found[-1]}年"


def filename(answer: Answer, ext: str) -> str:
    """A safe file name with the year(s) and the title, e.g. `年报数据_2020年_本年新收申请排名.xlsx`."""
    stem = re.sub(r"[\\/:*?\"<>|\s]+", "_", answer.title or "").strip("_.")[:40]
    when = years(answer)
    if when and when.split("-")[0][:4] in stem and (len(when) == 5 or when[-5:-1] in stem):
        when = ""  # the title already names the year(s)
    parts = [p for p in ("年报数据", when, stem or "导出") if p]
    return f"{'_'.join(parts)}.{ext}"


def _safe(value):
    """Keep a spreadsheet from running text as a formula (=, +, -, @ at the start)."""
    if isinstance(value, str) and len(value) > 1 and value[0] in "=+-@" and not _NUMBER.fullmatch(value):
        return "'" + value
    return value
