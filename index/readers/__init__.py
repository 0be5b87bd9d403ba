"""Readers: one per file format, each turning a report file into numbered text lines.

Every format ends in the same form the parser reads: (line number, text) pairs, where a table row
read with its cell boundaries (HTML <tr>, a ruled PDF table, a Word table) is one line of cells
joined by CELL_SEP, blanks included. The parser and its template logic never see the format.

Example:

    source = read_source(Path("report.pdf"))
    source.lines[:3], source.format, source.notes
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import ReportParseError

PDF_SUFFIXES = (".pdf",)
WORD_SUFFIXES = (".docx",)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
# Every format `reportbot parse`, `reportbot index` and the admin upload accept.
SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES + WORD_SUFFIXES + IMAGE_SUFFIXES
Progress = Callable[[int, int], None]  # OCR: (pages read, pages to read)
SUFFIXES_CN = "、".join(s for s in SUFFIXES if s not in (".htm", ".jpeg"))


@dataclass
class Source:
    """A report file as lines of text, and what reading it involved."""

    lines: list[tuple[int, str]]
    format: str  # "text" | "html" | "pdf" | "docx" | "image"
    notes: list[str] = field(default_factory=list)  # Chinese: pages cut, pages without text…
    pages: list[int] = field(default_factory=list)  # PDF: the page (1-based) of each line, same order
    ocr_lines: frozenset[int] = frozenset()  # numbers of the lines read by OCR


def read_source(path: Path, progress: Progress | None = None) -> Source:
    """The report file at `path` as lines; ReportParseError when it cannot be read.

    `progress` is told how far OCR has got, for scanned pages and images."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES + WORD_SUFFIXES + IMAGE_SUFFIXES:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        if key not in _READ:  # the indexer asks for a file's lines again after parsing it
            if len(_READ) >= 4:
                _READ.pop(next(iter(_READ)))
            _READ[key] = _read_binary(path, progress)
        return _READ[key]
    if hint := conversion_hint(path.name):
        raise ReportParseError(str(path), None, hint)
    from index.normalize import html_to_lines, looks_like_html, read_text, text_to_lines

    notes: list[str] = []  # what reading the file had to cut or replace (bounded HTML, stray bytes)
    raw = read_text(path, notes)
    if looks_like_html(path, raw):
        return Source(html_to_lines(raw, notes), "html", notes)
    return Source(text_to_lines(raw), "text", notes)


def conversion_hint(name: str) -> str | None:
    """What to do with a format we recognise but do not read (an old binary .doc), or None."""
    if name.lower().endswith((".doc", ".wps")):
        return (
            "这是旧版 Word（.doc）文件，无法直接读取。请用 Word 或 WPS 打开后“另存为”.docx，"
            "或运行 libreoffice --headless --convert-to docx 文件名.doc，再使用转换后的 .docx 文件"
        )
    return None


_READ: dict[tuple, Source] = {}


def _read_binary(path: Path, progress: Progress | None) -> Source:
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from index.readers.pdf import read_pdf

        return read_pdf(path, progress=progress)
    if suffix in IMAGE_SUFFIXES:
        from index.readers.image import read_image

        return read_image(path, progress=progress)
    from index.readers.docx import read_docx

    return read_docx(path)


def source_lines(path: Path) -> list[str] | None:
    """The text lines a non-text report was read as (for finding passages), or None for text files."""
    if path.suffix.lower() in TEXT_SUFFIXES:
        return None
    try:
        return [t for _, t in read_source(path).lines]
    except ReportParseError:
        return []
