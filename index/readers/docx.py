"""Word (.docx) → lines: paragraphs as text lines, each table row as one line of cells.

Merged cells follow the HTML reader's rule: a cell spanning columns (gridSpan, or the legacy hMerge)
or continued from the row above (vMerge) gives its text once, at its first grid position, and blanks elsewhere; so the
parser reads a Word table exactly as it reads an HTML one.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from index.errors import ReportParseError
from index.normalize import CELL_SEP
from index.readers import Source

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


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
    lines: list[tuple[str, bool]] = _block_lines(document.element.body, document.part)
    numbered = [(i, t) for i, (t, _) in enumerate(lines, start=1)]
    from_ocr = frozenset(i for i, (_, ocr_read) in enumerate(lines, start=1) if ocr_read)
    notes = ["表格是图片，由 OCR 识别；OCR 读出的单元格只保留表内加总能核对上的"] if from_ocr else []
    return Source(numbered, "docx", notes, [], from_ocr)


def _block_lines(parent, part) -> list[tuple[str, bool]]:
    """(line, read by OCR): paragraphs and tables in document order, including those inside content
    controls (w:sdt); a picture of a ruled table is read by OCR where it stands."""
    lines: list[tuple[str, bool]] = []
    for block in parent.iterchildren():
        if block.tag == f"{_W}p":
            lines.append((_text(block), False))
            lines.extend((t, True) for t in _picture_lines(block, part))
        elif block.tag == f"{_W}tbl":
            lines.extend((t, False) for t in _table_lines(block))
        elif block.tag == f"{_W}sdt":
            for content in block.iterchildren(f"{_W}sdtContent"):
                lines.extend(_block_lines(content, part))
    return lines


def _picture_lines(paragraph, part) -> list[str]:
    """The lines OCR reads from the paragraph's pictures that hold a ruled table."""
    out: list[str] = []
    for blip in paragraph.iter(f"{_A}blip"):
        related = part.related_parts.get(blip.get(f"{_R}embed"))
        if related is None or not getattr(related, "content_type", "").startswith("image/"):
            continue
        try:
            from PIL import Image

            from index.readers import ocr

            with Image.open(io.BytesIO(related.blob)) as opened:
                image = opened.convert("RGB")
        except (ImportError, OSError, ValueError):
            continue  # not an image we can open (an EMF drawing, say)
        if ocr.has_table_grid(image):
            out.extend(ocr.image_to_lines(image))
    return out


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
