"""A table answer's figures as a spreadsheet (XLSX) or CSV for Excel (UTF-8 with BOM), citations included."""

from __future__ import annotations

import csv
import io
import re

from openpyxl import Workbook
from openpyxl.styles import Font

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
COLUMN_WIDTHS = [30, 8, 34, 36, 16, 14, 10, 14, 30, 40]


def rows(answer: Answer) -> list[list]:
    """One row per figure, in the order the answer shows them."""
    return [
        [
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
        for f in answer.figures
    ]


def to_xlsx(answer: Answer) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows(answer):
        ws.append([_safe(v) for v in row])
    for i, width in enumerate(COLUMN_WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    notes = [answer.title] if answer.title else []
    notes += answer.notes
    if notes:
        info = wb.create_sheet("说明")
        for note in notes:
            info.append([_safe(note)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_csv(answer: Answer) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows([_safe(v) for v in row] for row in rows(answer))
    return buf.getvalue().encode("utf-8-sig")


def filename(answer: Answer, ext: str) -> str:
    """A safe file name from the answer's title, e.g. `年报数据_2020年各单位收到的申请数量.xlsx`."""
    stem = re.sub(r"[\\/:*?\"<>|\s]+", "_", answer.title or "").strip("_.")[:40]
    return f"年报数据_{stem or '导出'}.{ext}"


def _safe(value):
    """Keep a spreadsheet from running text as a formula (=, +, -, @ at the start)."""
    if isinstance(value, str) and len(value) > 1 and value[0] in "=+-@" and not _NUMBER.fullmatch(value):
        return "'" + value
    return value
