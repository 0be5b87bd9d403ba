"""Word (.docx) → lines: paragraphs as text lines, each table row as one line of cells.

Merged cells follow the HTML reader's rule: a cell spanning columns (gridSpan, or the legacy hMerge)
or continued from the row above (vMerge) gives its text once, at its first grid position, and blanks elsewhere; so the
parser reads a Word table exactly as it reads an HTML one.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from index.errors import ReportParseError
from index.normalize import CELL_SEP
from index.readers import Source

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> Source:
    """The document's paragraphs and table rows in order; ReportParseError when it cannot be read."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ReportParseError(
            str(path), None, "Word 文件已损坏、设置了密码或不是 .docx 格式，无法读取。请重新保存为 .docx 后再试"
        ) from e
    lines = _block_lines(document.element.body)
    return Source([(i, t) for i, t in enumerate(lines, start=1)], "docx")


def _block_lines(parent) -> list[str]:
    """Paragraphs and tables in document order, including those inside content controls (w:sdt)."""
    lines: list[str] = []
    for block in parent.iterchildren():
        if block.tag == f"{_W}p":
            lines.append(_text(block))
        elif block.tag == f"{_W}tbl":
            lines.extend(_table_lines(block))
        elif block.tag == f"{_W}sdt":
            for content in block.iterchildren(f"{_W}sdtContent"):
                lines.extend(_block_lines(content))
    return lines


def _text(element) -> str:
    """All the text under an element (runs, hyperlinks, fields), tabs and breaks as spaces."""
    parts = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        parts.append(node.text or "" if node.tag == f"{_W}t" else " ")
    return "".join(parts)


def _table_lines(tbl) -> list[str]:
    out = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        row: list[str] = [""] * _grid_before(tr)
        for tc in tr.iterchildren(f"{_W}tc"):
            text = "" if _continues(tc) else " ".join(_text(p) for p in tc.iterchildren(f"{_W}p")).strip()
            row.append(text)
            row.extend([""] * (_grid_span(tc) - 1))
        out.append(CELL_SEP.join(row))
    return out


def _grid_before(tr) -> int:
    found = tr.find(f"{_W}trPr/{_W}gridBefore")
    return _int(found.get(f"{_W}val")) if found is not None else 0


def _grid_span(tc) -> int:
    found = tc.find(f"{_W}tcPr/{_W}gridSpan")
    return max(1, _int(found.get(f"{_W}val"))) if found is not None else 1


def _continues(tc) -> bool:
    """A vMerge (or legacy hMerge) cell without val="restart" continues the cell above (or to its
    left): its text was given there."""
    for tag in ("vMerge", "hMerge"):
        found = tc.find(f"{_W}tcPr/{_W}{tag}")
        if found is not None and found.get(f"{_W}val", "continue") != "restart":
            return True
    return False


def _int(v) -> int:
    try:
        return min(int(v), 64)
    except (TypeError, ValueError):
        return 0
