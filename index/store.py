"""The SQLite index: schema, incremental atomic build, full-text search.

`build_index()` always writes a temporary file next to the index and swaps it in with `os.replace()`,
so readers never see a half-built index and a failed or interrupted build leaves the old one untouched.

Example:

    summary = build_index("data/index.db", ["data/reports"])
    db = open_index("data/index.db")
    for hit in search(db, "双随机一公开"):
        print(hit.agency, hit.year, hit.snippet, hit.source)
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import re
import shutil
import signal
import sqlite3
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from hashlib import sha256
from pathlib import Path
from typing import TYPE_CHECKING

from index import compact
from index.errors import IndexingError, ReportParseError
from index.filenames import printable_name
from index.model import REQUESTS, Report, Section
from index.normalize import norm, read_text
from index.readers import SUFFIXES, source_lines
from index.segment import (
    FINGERPRINT,
    find_spans,
    normalize,
    seg_for_index,
    seg_for_query,
    word_file_tokenizer,
)

if TYPE_CHECKING:  # sqlite_utils (and numpy behind it) is for writing: readers start without it
    import sqlite_utils

    from index.duplicates import Duplicate

SCHEMA_VERSION = "8"  # 2: cells index covers the values; 3: value and duplicate checks; 4: cells read by OCR;
# 5: reports indexed by agency, year and template; 6: compact cells and checks (index.compact), contentless FTS;
# 7: reports keep their file's size and time, and their prose length (updates in place); 8: smaller checks
EXTENSIONS = (*SUFFIXES, ".doc")  # an old .doc is listed as failed, with how to convert it
CARRY_IN = "上年结转政府信息公开申请数量"
CARRY_OUT = "结转下年度继续办理"
# A name prefix that is a region: 淮安市 + 洪泽区人民政府.
_REGION_PREFIX = re.compile(r"^\S+[省市区县州盟]$")
# A shorter name must still name a place to be merged into a longer one (not just 人民政府 or 财政局).
_PLACE = re.compile(r"[省市区县州盟旗镇乡]")

Progress = Callable[[int, int, str], None]  # (files parsed, files to parse, path just parsed)


class IndexMissing(IndexingError):
    """There is no index file yet."""


class IndexOutOfDate(IndexingError):
    """The index was built by another segmentation pipeline or schema version."""


@dataclass
class PartialReport:
    """A report of which some template cells could not be read (they are left out, never guessed)."""

    path: str
    read: int
    expected: int
    reasons: list[str]  # the parser's warnings: which table or rows were left out, and why

    @property
    def missing(self) -> int:
        return max(0, self.expected - self.read)


@dataclass
class IndexSummary:
    """What a build did. Counts are files, except `cells` and `check_failures` (whole index)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, "path:line: reason")
    cells: int = 0
    check_failures: int = 0
    seconds: float = 0.0
    prose_chars: int = 0  # characters of section text in the index
    reports: int = 0
    rebuilt: bool = False  # True when the whole index was rebuilt (new file, or pipeline changed)
    stale_removed: int = 0  # temporary files of dead builds removed
    duplicates: list[Duplicate] = field(default_factory=list)  # agencies and years held in several files
    partial: list[PartialReport] = field(default_factory=list)  # every report in the index with cells left out


@dataclass
class SearchHit:
    agency: str  # as printed in the report
    year: int | None
    section: str  # "一、总体情况"
    snippet: str  # original text, matches wrapped in 【】
    source: str  # "file.txt:12"
    score: float  # higher is better (negated bm25)
    agency_id: int | None = None


# ---------------------------------------------------------------------------------------------------
# Schema


def _create_schema(db: sqlite_utils.Database, *, lookups: bool = True) -> None:
    """The tables; with `lookups` also their lookup indexes and the full-text index (_create_lookups).

    A fresh build creates the lookups after writing the rows: building them once is faster than
    keeping them up to date row by row.
    """
    db["agencies"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["agencies"].create_index(["name"], unique=True)
    db["aliases"].create(
        {"alias": str, "agency_id": int, "source": str},
        foreign_keys=[("agency_id", "agencies", "id")],
        not_null={"alias", "agency_id", "source"},
    )
    db["aliases"].create_index(["alias"])
    db["reports"].create(
        {
            "id": int,
            "path": str,
            "file_hash": str,
            "agency_id": int,
            "agency": str,
            "year": int,
            "template": str,
            "cells_read": int,
            "cells_expected": int,
            "warnings": str,
            "aliases": str,
            "indexed_at": str,
            "file_stat": str,  # "size:mtime_ns" when hashed: an untouched file is not read again
            "prose_chars": int,  # characters of its passages
        },
        pk="id",
        foreign_keys=[("agency_id", "agencies", "id")],
        not_null={"path", "file_hash", "agency"},
    )
    db["reports"].create_index(["path"], unique=True)
    db.conn.executescript(compact.SCHEMA)
    # The passages' text; their search tokens live only in the full-text index (contentless: the
    # tokens of a passage are computed again from its text to delete it, see _delete_report).
    db["sections"].create(
        {"id": int, "report_id": int, "number": str, "title": str, "text": str, "line": int},
        pk="id",
        foreign_keys=[("report_id", "reports", "id")],
        not_null={"report_id", "text"},
    )
    db.execute("create virtual table sections_fts using fts5(seg, content='')")
    db["files"].create({"path": str, "error": str}, not_null={"path", "error"})
    db["meta"].create({"key": str, "value": str}, pk="key")
    if lookups:
        _create_lookups(db)


def _create_lookups(db: sqlite_utils.Database) -> None:
    """Indexes of cells, sections, checks and reports."""
    # Covers a ranking or total across reports: one cell of every report, read from the index alone.
    db.conn.executescript(compact.LOOKUPS)
    # Choose the reports of a ranking or total (one year; each agency's newest; a template) in SQL.
    db["reports"].create_index(["agency_id", "year", "id"])
    db["reports"].create_index(["year", "agency_id"])
    db["reports"].create_index(["template", "agency_id", "year"])
    db["sections"].create_index(["report_id"])


def _meta(db: sqlite_utils.Database | sqlite3.Connection) -> dict[str, str]:
    conn = getattr(db, "conn", db)
    if not conn.execute("select 1 from sqlite_master where type = 'table' and name = 'meta'").fetchone():
        return {}
    return dict(conn.execute("select key, value from meta"))


# Bumped whenever reading a report can yield other cells (a new layout, glued digits split): an index built by
# an older reader is rebuilt, so unchanged files are read again with the new one.
READER_VERSION = "2"  # 2: glued digits split by the template's constraints (index/glued.py)


def _is_current(meta: dict[str, str]) -> bool:
    return (meta.get("seg_fingerprint") == FINGERPRINT and meta.get("schema_version") == SCHEMA_VERSION
            and meta.get("reader_version") == READER_VERSION)


def _reusable(db_path: Path) -> bool:
    """True if the existing index can be updated incrementally."""
    if not db_path.is_file():
        return False
    try:
        conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return _is_current(_meta(conn))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def open_index(db_path: str | Path) -> sqlite_utils.Database:
    """Open a built index (usable from any thread); raises IndexMissing / IndexOutOfDate with the fix."""
    import sqlite_utils

    return sqlite_utils.Database(open_connection(db_path))


def open_connection(db_path: str | Path) -> sqlite3.Connection:
    """open_index() as a bare sqlite3 connection (what the bot reads through)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise IndexMissing(
            f"索引文件 {db_path} 不存在，请运行 reportbot index data/reports --db {db_path} 建立索引"
        )
    try:
        # The bot reads from worker threads (asyncio.to_thread); SQLite serialises the calls itself.
        conn = sqlite3.connect(db_path, check_same_thread=False)
        meta = _meta(conn)
    except sqlite3.DatabaseError as e:
        raise IndexOutOfDate(f"{db_path} 不是可用的索引文件（{e}），请运行 reportbot index 重建") from e
    if not _is_current(meta):
        conn.close()
        raise IndexOutOfDate("索引由旧的分词流程生成，请运行 reportbot index 重建")
    return conn


# ---------------------------------------------------------------------------------------------------
# Files → parsed reports (runs in worker processes when jobs > 1)


@dataclass
class _Parsed:
    """One file's rows, ready to write (compact, so that worker processes send little back)."""

    key: str
    file_hash: str
    file_stat: str | None = None
    report: tuple | None = None  # the `reports` columns of _REPORT_COLS, None when the file failed
    cells: list[tuple] = field(default_factory=list)  # _CELL_COLS
    sections: list[tuple] = field(default_factory=list)  # _SECTION_COLS
    checks: list[tuple] = field(default_factory=list)  # _CHECK_COLS
    error: str | None = None


_REPORT_COLS = ("agency", "year", "template", "cells_read", "cells_expected", "warnings", "aliases")
_CELL_COLS = ("tbl", "row", "col", "value", "raw", "line", "unit", "yuan", "ocr")
_SECTION_COLS = ("number", "title", "text", "line", "seg")
_CHECK_COLS = ("kind", "tbl", "name", "status", "message", "cells")


def _suffix_stem(name: str) -> tuple[str, str]:
    """Path(name).suffix and .stem, without making a Path."""
    i = name.rfind(".")
    return (name[i:], name[:i]) if 0 < i < len(name) - 1 else ("", name)


def _files_under(root: Path) -> list[tuple[str, ...]]:
    """The parts (relative to `root`) of every report file under it, in the order of
    sorted(root.rglob("*")): files with a report suffix, not README, nothing hidden on the way.
    Plain os.scandir and strings: a folder of 100,000 reports is listed in a fraction of a second."""
    out = []
    stack: list[tuple[str, tuple[str, ...]]] = [(os.fspath(root), ())]
    while stack:
        folder, parts = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:  # unreadable, as rglob skips it
            continue
        for e in entries:
            if e.name.startswith("."):
                continue
            try:
                if e.is_dir(follow_symlinks=False):
                    stack.append((e.path, (*parts, e.name)))
                    continue
                suffix, stem = _suffix_stem(e.name)
                if suffix.lower() in EXTENSIONS and stem.upper() != "README" and e.is_file():
                    out.append((*parts, e.name))
            except OSError:
                continue
    out.sort()  # as Path objects sort: part by part
    return out


def _collect(paths: Iterable[str | Path]) -> list[tuple[str, str]]:
    """(key, file) for every report file under `paths`; key is relative to its folder, or as given,
    in printable form (a name that is not valid UTF-8 shows its bytes as \\xNN). Files are plain path
    strings: a folder of 100,000 reports would spend a second making Path objects."""
    out: dict[str, str] = {}

    def add(key: str, f: str) -> None:
        key = printable_name(key)
        if key in out and Path(out[key]).resolve() != Path(f).resolve():
            key = printable_name(Path(f).as_posix())
        out.setdefault(key, f)

    for p in map(Path, paths):
        if p.is_dir():
            root = os.fspath(p)
            for parts in _files_under(p):
                add("/".join(parts), os.path.join(root, *parts))
        elif p.is_file():
            add(p.as_posix(), os.fspath(p))
        else:
            raise IndexingError(f"{printable_name(p)}: 文件或文件夹不存在，请检查路径")
    return sorted(out.items())


def _file_hash(path: str | Path) -> str:
    with open(path, "rb") as f:
        return sha256(f.read()).hexdigest()


def _read_lines(path: Path) -> list[str]:
    lines = source_lines(path)  # a PDF or Word file: the lines it was read as
    if lines is not None:
        return lines
    return read_text(path).splitlines()  # decoded as the parser decoded it


_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
_ENDS_SENTENCE = ("。", "！", "？", "；", "：", "!", "?", ";", ":", "”", '"')
_PAGE_MARK = re.compile(r"^[-—－]\s*\d+\s*[-—－]$|^\d+$|^第\s*\d+\s*页")
_NUMBER_ROW = re.compile(r"(?:\s+(?:[\d.,%]+|/|-|—|无)){2,}\s*$")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_END = re.compile(r"[\u3400-\u9fff，、（《“,(]$")
_CJK_START = re.compile(r"^[\u3400-\u9fff，、。；）》”,.;)]")
_MAX_PASSAGE = 400
_LINE_LOOKAHEAD = 500  # source lines searched for the start of a passage
# Sections 二, 三, 四 are the statistical tables: their figures live in `cells`, not in the full-text index.
_TABLE_SECTION = re.compile(r"主动公开政府信息情况|收到和处理政府信息公开申请情况|行政复议|行政诉讼")


def _norm_line(line: str) -> str:
    """A source line as compared with passage text (the parser may have normalised the text)."""
    return re.sub(r"\s+", "", normalize(line))


def split_passages(section: Section, norm_lines: Sequence[str] | None = None) -> list[tuple[str, int]]:
    """A section as (passage text, line) pairs, one per paragraph.

    Hard-wrapped lines (PDF extracts) are joined back until a sentence ends; page numbers, table rows
    and table headers are dropped; a short heading is kept with the paragraph right after it; long
    paragraphs are cut at sentence ends. `norm_lines` (the source file's lines through `_norm_line`)
    lets the line of each passage be looked up; without it the line is counted from `section.line`.
    The table sections (二, 三, 四) give no passages.
    """
    if _TABLE_SECTION.search(section.title):
        return []
    paras: list[list] = []  # [text, first offset, last offset] within section.text
    cur: list | None = None
    in_table = False
    for offset, raw in enumerate(section.text.splitlines()):
        line = raw.replace("\u3000", " ").strip()
        if not line:
            cur = None
            continue
        if _PAGE_MARK.match(line):
            continue
        if "\t" in raw or line.startswith(("|", "<")) or _NUMBER_ROW.search(line):
            cur, in_table = None, True
            continue
        short = len(line) < 20 and not line.endswith(_ENDS_SENTENCE)
        if (in_table and short) or not _CJK.search(line):
            cur = None  # a wrapped table header, or stray figures
            continue
        in_table = False
        if cur is None:
            cur = [line, offset, offset]
            paras.append(cur)
        else:
            glue = "" if _CJK_END.search(cur[0]) and _CJK_START.search(line) else " "
            cur[0] += glue + line
            cur[2] = offset
        if line.endswith(_ENDS_SENTENCE) or len(line) < 20:
            cur = None

    merged: list[list] = []
    for p in paras:
        prev = merged[-1] if merged else None
        if prev and len(prev[0]) < 30 and p[1] - prev[2] <= 2:
            prev[0] += "\n" + p[0]  # a heading and its paragraph
            prev[2] = p[2]
        else:
            merged.append(p)
    # a lone short line without a sentence end is a label, not prose
    merged = [p for p in merged if len(p[0]) >= 30 or p[0].endswith(_ENDS_SENTENCE)]
    merged = [p for p in merged if len(re.findall(r"\w", p[0])) >= 4]

    out: list[tuple[str, int]] = []
    cursor = max(section.line - 1, 0)
    for text, first, _ in merged:
        line_no = section.line + first + 1
        if norm_lines:
            probe = _norm_line(text.splitlines()[0])[:12]
            # A bounded look-ahead: a probe that is nowhere (text split by markup) must not make
            # every later passage scan the rest of the file.
            for i in range(cursor, min(len(norm_lines), cursor + _LINE_LOOKAHEAD)):
                if probe and probe in norm_lines[i]:
                    line_no, cursor = i + 1, i
                    break
        for chunk in _chunks(text):
            out.append((chunk, line_no))
    return out


def _chunks(text: str) -> list[str]:
    if len(text) <= _MAX_PASSAGE:
        return [text]
    chunks, cur = [], ""
    for sentence in _SENTENCE_END.split(text):
        if cur and len(cur) + len(sentence) > _MAX_PASSAGE:
            chunks.append(cur)
            cur = ""
        cur += sentence
    if cur:
        chunks.append(cur)
    return chunks


class _NormLines(Sequence[str]):
    """A file's lines through `_norm_line`, each computed when first looked at (most never are)."""

    def __init__(self, lines: list[str]):
        self._lines = lines
        self._norm: list[str | None] = [None] * len(lines)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, i):  # an index only (split_passages takes no slices)
        n = self._norm[i]
        if n is None:
            n = self._norm[i] = _norm_line(self._lines[i])
        return n


def _report_rows(report: Report, passages: list[tuple[int, str, int, str]]) -> tuple:
    """The rows of one report for `_Parsed`: (report, cells, sections, checks)."""
    row = (
        report.agency,
        report.year,
        report.template,
        len(report.cells),
        report.expected_cells,
        json.dumps(report.warnings, ensure_ascii=False),
        json.dumps(report.aliases, ensure_ascii=False),
    )
    cells = []
    for c in report.cells:
        value, _ = _value_columns(c.value)
        cells.append((c.table, c.row, c.col, value, c.raw, c.line, c.unit, None if c.yuan is None else str(c.yuan),
                      1 if c.ocr else None))
    sections = [
        (report.sections[i].number, report.sections[i].title, text, line, seg) for i, text, line, seg in passages
    ]
    checks = [
        (
            chk.kind,
            chk.table,
            chk.name,
            chk.status,
            chk.message,
            json.dumps([list(x) for x in chk.cells], ensure_ascii=False),
        )
        for chk in report.checks
    ]
    return row, cells, sections, checks


def _parse_and_segment(key: str, path: str, file_hash: str, names: tuple = (None, None)) -> _Parsed:
    """Parse one file and segment its prose (the CPU work); never raises for a bad file.

    `names` (agency, year) fill in what a report's title does not say."""
    from index import parse  # imported here: the parser is only needed when something changed

    try:
        supplied = {k: v for k, v in zip(("agency", "year"), names, strict=True) if v}
        report = parse.parse_report(Path(path), **supplied)
        parse.require_names(report)
        norm_lines = _NormLines(_read_lines(Path(path)))
        passages = [
            (i, text, line, seg_for_index(text))
            for i, sec in enumerate(report.sections)
            for text, line in split_passages(sec, norm_lines)
        ]
        row, cells, sections, checks = _report_rows(report, passages)
    except ReportParseError as e:
        where = f"{key}:{e.line}" if e.line else key
        return _Parsed(key, file_hash, error=f"{where}: {e.reason}")
    except Exception as e:  # a parser bug must not stop the other files
        return _Parsed(key, file_hash, error=f"{key}: 解析程序出错（{type(e).__name__}: {e}）")
    return _Parsed(key, file_hash, report=row, cells=cells, sections=sections, checks=checks)


def _die_with_parent(parent: int) -> None:
    """Worker initializer: end this worker as soon as the build process is gone, even after kill -9.

    Linux delivers SIGKILL on the parent's death (prctl PR_SET_PDEATHSIG); elsewhere, and as a
    fallback, a thread notices that the worker has been re-parented.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    if os.getppid() != parent:  # the parent died before we got here
        os._exit(1)
    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def _parse_chunk(todo: list[tuple[str, str, str]], names: tuple = (None, None)) -> list[_Parsed]:
    return [_parse_and_segment(key, path, h, names) for key, path, h in todo]


def _parse_all(
    todo: list[tuple[str, Path, str]], jobs: int, progress: Progress | None, names: tuple = (None, None)
) -> Generator[_Parsed, None, None]:
    """Every file of `todo` parsed, in the order of `todo` (so that ids do not depend on `jobs`).

    With several jobs, worker processes parse small batches of files while the results already
    back are written.
    """
    total = len(todo)
    if jobs <= 1 or total <= 1:
        for n, (key, path, h) in enumerate(todo, start=1):
            p = _parse_and_segment(key, str(path), h, names)
            if progress:
                progress(n, total, key)
            yield p
        return
    workers = min(jobs, total)
    # Batches small enough to keep every worker busy to the end, large enough to cost little to send.
    size = max(1, min(16, total // (workers * 8)))
    batches = [[(k, str(p), h) for k, p, h in todo[i : i + size]] for i in range(0, total, size)]
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent, initargs=(os.getpid(),))
    try:
        done = 0
        for batch in pool.map(_parse_chunk, batches, [names] * len(batches)):
            for p in batch:
                done += 1
                if progress:
                    progress(done, total, p.key)
                yield p
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


# ---------------------------------------------------------------------------------------------------
# Writing


def _delete_report(db: sqlite_utils.Database, report_id: int, *, keep_row: bool = False) -> None:
    conn = db.conn
    # A contentless FTS5 row is deleted by giving its tokens back: the same text gives the same
    # tokens, since an index is only updated by the pipeline of its FINGERPRINT.
    conn.executemany(
        "insert into sections_fts (sections_fts, rowid, seg) values ('delete', ?, ?)",
        [(sid, seg_for_index(text)) for sid, text in conn.execute("select id, text from sections where report_id = ?", [report_id])],
    )
    for table in ("cell_values", "sections", "check_rows"):
        conn.execute(f"delete from {table} where report_id = ?", [report_id])
    if not keep_row:
        db.execute("delete from reports where id = ?", [report_id])


def _value_columns(value) -> tuple[str | None, float | None]:
    if value is None:
        return None, None
    if isinstance(value, Decimal):
        return str(value), float(value)
    if isinstance(value, int | float):
        return str(value), float(value)
    return str(value), None


def _insert_sql(table: str, cols: tuple[str, ...]) -> str:
    return f"insert into {table} ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' * len(cols))})"


_REPORT_ROW_COLS = ("path", "file_hash", "agency_id", *_REPORT_COLS, "indexed_at", "file_stat", "prose_chars")
_INSERT_REPORT = _insert_sql("reports", _REPORT_ROW_COLS)
_UPDATE_REPORT = f"update reports set {', '.join(f'[{c}] = ?' for c in _REPORT_ROW_COLS)} where id = ?"
_INSERT_CELL = _insert_sql(
    "cell_values", ("report_id", "key", "seq", "value", "raw", "line", "unit", "yuan", "ocr"))
_INSERT_SECTION = _insert_sql("sections", ("report_id", *_SECTION_COLS[:-1]))


def _write_report(db: sqlite_utils.Database, p: _Parsed, report_id: int | None, codes: compact.Codes) -> int:
    """Write one parsed file's rows (inside the caller's transaction); returns the report's id."""
    assert p.report is not None
    conn = db.conn
    row = (p.key, p.file_hash, None, *p.report, datetime.now(UTC).isoformat(timespec="seconds"), p.file_stat,
           sum(len(sec[2]) for sec in p.sections))
    if report_id is None:
        report_id = conn.execute(_INSERT_REPORT, row).lastrowid
        assert report_id is not None
    else:
        _delete_report(db, report_id, keep_row=True)
        conn.execute(_UPDATE_REPORT, (*row, report_id))
    # a later cell of the same key replaces an earlier one, as a reader keeps the last one it reads;
    # written in key order, so that the table's pages are filled rather than split
    rows = [codes.cell_row(report_id, seq, *c) for seq, c in enumerate(p.cells)]
    conn.executemany(_INSERT_CELL.replace("insert", "insert or replace", 1), sorted(rows, key=lambda r: (r[1], r[2])))
    for *sec, seg in p.sections:
        sid = conn.execute(_INSERT_SECTION, (report_id, *sec)).lastrowid
        conn.execute("insert into sections_fts (rowid, seg) values (?, ?)", (sid, seg))
    conn.executemany(
        compact.INSERT_CHECK,
        [codes.check_row(report_id, seq, kind, tbl, name, status, message, json.loads(cells or "[]"))
         for seq, (kind, tbl, name, status, message, cells) in enumerate(p.checks)],
    )
    return report_id


def _name_key(name: str) -> str:
    """One key for every spelling of a name: full-width forms, spaces and traditional script folded."""
    return re.sub(r"\s+", "", norm(name))


def group_agency_names(names: Iterable[str]) -> dict[str, str]:
    """Map each printed agency name to its canonical (longest) form.

    Two names are one agency when one ends with the other and the extra prefix is a region
    (淮安市洪泽区人民政府 ⊃ 洪泽区人民政府). A shorter name is only merged when it still names a place
    and when exactly one longest name contains it.
    """
    names = list(names)
    printed: dict[str, str] = {}
    for n in names:
        k = _name_key(n)
        if k not in printed or (norm(n) == n and norm(printed[k]) != printed[k]):
            printed[k] = n  # the simplified spelling names the group when there is one
    keys = sorted(printed, key=lambda k: (-len(k), k))
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    ending: dict[str, list[str]] = defaultdict(list)  # a tail of 4+ characters → the longer names ending so
    for long in keys:
        for i in range(1, len(long) - 3):
            ending[long[i:]].append(long)
    for short in keys:
        if len(short) < 4 or not _PLACE.search(short):
            continue
        longer = [long for long in ending.get(short, ()) if _REGION_PREFIX.match(long[: -len(short)])]
        roots = {find(long) for long in longer}
        if len(roots) == 1:
            parent[find(short)] = roots.pop()
    # Shorter names hang under longer ones, so each root is the longest name of its group.
    return {n: printed[find(_name_key(n))] for n in names}


def _names_known(db: sqlite_utils.Database, written: set[int], before: dict[int, tuple]) -> bool:
    """True when the reports just written change no agency: each keeps its name and aliases, or (a new
    file) is printed under a name the index already groups and brings no alias it lacks. Their agency
    ids are then set here, and _rebuild_agencies would change nothing (it depends on the names)."""
    conn = db.conn
    ids: dict[int, int] = {}
    for rid, agency, aliases in conn.execute(
        "select id, agency, aliases from reports where id in (select value from json_each(?))", [json.dumps(sorted(written))]
    ):
        if rid in before:
            old_agency, old_aliases, aid = before[rid]
            if (agency, aliases) != (old_agency, old_aliases) or aid is None:
                return False
        else:
            found = {a for (a,) in conn.execute("select agency_id from aliases where alias = ? and source = 'name'", [agency])}
            if len(found) != 1:
                return False
            aid = found.pop()
            for a in json.loads(aliases or "[]"):
                if not conn.execute("select 1 from aliases where alias = ? and agency_id = ?", [a, aid]).fetchone():
                    return False
        ids[rid] = aid
    conn.executemany("update reports set agency_id = ? where id = ?", [(aid, rid) for rid, aid in ids.items()])
    return True


def _rebuild_agencies(db: sqlite_utils.Database) -> set[int]:
    """Recompute agencies and aliases from all reports; keep old ids where a name is known.

    Returns the reports whose agency changed (a new report's agency is a change). Only the rows
    that differ are written, so that an update of one file stays small."""
    conn = db.conn
    old_ids: dict[str, int] = {}
    for alias, agency_id in conn.execute("select alias, agency_id from aliases where source = 'name' order by rowid"):
        old_ids.setdefault(_name_key(alias), agency_id)
    reports = [{"id": i, "agency": a, "aliases": al, "agency_id": aid}
               for i, a, al, aid in conn.execute("select id, agency, aliases, agency_id from reports")]
    canonical = group_agency_names(r["agency"] for r in reports)
    groups: dict[str, set[str]] = defaultdict(set)
    for name, canon in canonical.items():
        groups[canon].add(name)

    used: set[int] = set()
    next_id = max([0, *old_ids.values()]) + 1
    ids: dict[str, int] = {}
    for canon in sorted(groups):
        candidates = sorted({old_ids[_name_key(n)] for n in groups[canon] if _name_key(n) in old_ids} - used)
        if candidates:
            ids[canon] = candidates[0]
        else:
            ids[canon] = next_id
            next_id += 1
        used.add(ids[canon])

    agencies = {(ids[c], c) for c in groups}
    old_agencies = set(conn.execute("select id, name from agencies"))
    conn.executemany("delete from agencies where id = ? and name = ?", sorted(old_agencies - agencies))
    conn.executemany("insert into agencies (id, name) values (?, ?)", sorted(agencies - old_agencies))
    aliases: set[tuple[str, int, str]] = set()
    for canon, names in groups.items():
        for n in names | {canon}:
            aliases.add((n, ids[canon], "name"))
    changed: set[int] = set()
    for r in reports:
        agency_id = ids[canonical[r["agency"]]]
        if agency_id != r["agency_id"]:
            conn.execute("update reports set agency_id = ? where id = ?", [agency_id, r["id"]])
            changed.add(r["id"])
        for a in json.loads(r["aliases"] or "[]"):
            if (a, agency_id, "name") not in aliases:
                aliases.add((a, agency_id, "report"))
    old_aliases = set(conn.execute("select alias, agency_id, source from aliases"))
    conn.executemany("delete from aliases where alias = ? and agency_id = ? and source = ?", sorted(old_aliases - aliases))
    # readers take aliases in (agency, alias, source) order, whatever order they were written in
    conn.executemany("insert into aliases (alias, agency_id, source) values (?, ?, ?)",
                     sorted(aliases - old_aliases, key=lambda x: (x[1], x[0], x[2])))
    return changed


def _fmt(value: str) -> str:
    try:
        d = Decimal(value)
    except InvalidOperation:
        return value
    return str(d.quantize(Decimal(1))) if d == d.to_integral_value() else str(d.normalize())


def _in_agencies(agencies: set[int] | None, column: str = "agency_id") -> tuple[str, list]:
    """An SQL condition (and its parameter) keeping the rows of these agencies (None: every one)."""
    if agencies is None:
        return "1", []
    return f"{column} in (select value from json_each(?))", [json.dumps(sorted(agencies))]


def _year_checks(db: sqlite_utils.Database, agencies: set[int] | None = None) -> None:
    """Carry-over check: 上年结转 of year Y must equal 结转下年度继续办理 of year Y-1, per column
    (of the reports of `agencies` only, when given: the others' checks stay as they are)."""
    where, params = _in_agencies(agencies)
    ids = [r[0] for r in db.execute(f"select id from reports where {where}", params)]
    compact.delete_checks(db.conn, "year", None if agencies is None else ids)
    # (report, row) → column → (value, line): tuples, not row dicts (a national index has a million)
    cells: dict[tuple[int, str], dict[str, tuple]] = defaultdict(dict)
    for rid, row, col, value, line in db.execute(
        "select report_id, row, col, value, line from cells where tbl = ? and row in (?, ?) and num is not null "
        f"and report_id in (select id from reports where {where}) order by report_id, row, col",
        [REQUESTS, CARRY_IN, CARRY_OUT, *params],
    ):
        cells[(rid, row)][col] = (value, line)
    reports = [dict(zip(("id", "path", "agency_id", "year"), r, strict=True)) for r in db.execute(
        f"select id, path, agency_id, year from reports where year is not null and {where}", params)]
    by_agency_year: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for r in reports:
        by_agency_year[(r["agency_id"], r["year"])].append(r)
    rows = []
    codes = compact.Codes(db.conn)
    for r in reports:
        if len(rows) >= 5000:  # written as they come, not all held
            codes.insert_checks(rows)
            rows = []
        y = r["year"]
        for prev in by_agency_year.get((r["agency_id"], y - 1), []):
            cur_in, prev_out = cells.get((r["id"], CARRY_IN), {}), cells.get((prev["id"], CARRY_OUT), {})
            for col in cur_in:
                if col not in prev_out:
                    continue
                (a, a_line), (b, b_line) = cur_in[col], prev_out[col]
                va, vb = _fmt(a), _fmt(b)
                here, there = f"{r['path']}:{a_line}", f"{prev['path']}:{b_line}"
                ok = Decimal(a) == Decimal(b)
                if ok:
                    msg = (
                        f"{y}年报告“{CARRY_IN}”（{col}）为{va}（{here}），"
                        f"与{y - 1}年报告“{CARRY_OUT}”（{col}）{vb}（{there}）一致。"
                    )
                else:
                    msg = (
                        f"{y}年报告“{CARRY_IN}”（{col}）为{va}（{here}），"
                        f"但{y - 1}年报告“{CARRY_OUT}”（{col}）为{vb}（{there}），两者应相等。"
                    )
                rows.append(
                    {
                        "report_id": r["id"],
                        "kind": "year",
                        "tbl": REQUESTS,
                        "name": "上年结转与上年度结转下年度一致",
                        "status": "ok" if ok else "fail",
                        "message": msg,
                        "cells": json.dumps([[REQUESTS, CARRY_IN, col]], ensure_ascii=False),
                    }
                )
    codes.insert_checks(rows)


@dataclass
class _Plan:
    """What a build has to do, worked out before anything is written."""

    old: dict[str, tuple[int, str]]  # index key → (report id, sha256) of the files indexed now
    current: dict[str, tuple[Path, str, str]]  # index key → (file, sha256, stat) of the files found
    failures: dict[str, str]  # index key → why the file could not be read
    todo: list[tuple[str, Path, str, str]]  # (key, file, sha256, stat) to parse: new or changed
    gone: list[str]  # keys indexed now whose file is no longer there (or no longer readable)
    restat: list[tuple[str, int]]  # (stat, report id): touched files whose bytes did not change


def _stat_key(path: Path) -> str:
    st = os.stat(path)
    return f"{st.st_size}:{st.st_mtime_ns}"


def _plan(db: sqlite_utils.Database | None, files: list[tuple[str, str]]) -> _Plan:
    """Which files are new, changed or gone. A file whose size and modification time are those it
    was indexed with is not read again (as make and git do); any other is hashed (sha256)."""
    old: dict[str, tuple[int, str]] = {}
    stats: dict[str, str | None] = {}
    if db is not None:
        for rid, path, file_hash, stat in db.execute("select id, path, file_hash, file_stat from reports"):
            old[path] = (rid, file_hash)
            stats[path] = stat
    current: dict[str, tuple[Path, str, str]] = {}
    failures: dict[str, str] = {}
    restat: list[tuple[str, int]] = []
    for key, path in files:
        try:
            stat = _stat_key(path)
            if key in old and stats.get(key) == stat:
                current[key] = (path, old[key][1], stat)
                continue
            current[key] = (path, _file_hash(path), stat)
            if key in old and old[key][1] == current[key][1]:
                restat.append((stat, old[key][0]))
        except OSError as e:
            failures[key] = f"{key}: 无法读取文件（{e.strerror or e}）"
    todo = [(k, p, h, st) for k, (p, h, st) in current.items() if k not in old or old[k][1] != h]
    gone = [k for k in old if k not in current]
    return _Plan(old, current, failures, todo, gone, restat)


def _build(
    db: sqlite_utils.Database,
    plan: _Plan,
    incremental: bool,
    jobs: int,
    progress: Progress | None,
    names: tuple = (None, None),
    *,
    in_place: bool = False,
) -> IndexSummary:
    """Apply `plan` to `db`: a fresh or copied file (fast, unjournaled), or the index itself
    (`in_place`: the caller holds one transaction open, so readers see all of it or nothing)."""
    summary = IndexSummary(rebuilt=not incremental)
    if not in_place:
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA journal_mode = MEMORY")
    if not incremental:
        db.execute("PRAGMA page_size = 8192")  # fewer, fuller pages for the passages' text
        _create_schema(db, lookups=False)
    old, failures = plan.old, dict(plan.failures)
    ids = [old[k][0] for k in plan.gone] + [old[k][0] for k, *_ in plan.todo if k in old]
    before = {rid: (agency, aliases, aid) for rid, agency, aliases, aid in db.execute(
        "select id, agency, aliases, agency_id from reports where id in (select value from json_each(?))", [json.dumps(ids)])}
    old_agencies = {aid for _, _, aid in before.values()}
    written: set[int] = set()

    for key in plan.gone:
        _delete_report(db, old[key][0])
        if key not in failures:
            summary.removed += 1
    db.conn.executemany("update reports set file_stat = ? where id = ?", plan.restat)
    todo = [(k, p, h) for k, p, h, _ in plan.todo]
    stat_of = {k: st for k, _, _, st in plan.todo}
    summary.unchanged = len(plan.current) - len(todo)

    parsed = _parse_all(todo, jobs, progress, names)
    codes = compact.Codes(db.conn)
    try:
        for p in parsed:
            key = p.key
            old_id = old.get(key, (None, None))[0]
            if p.error:
                failures[key] = p.error
                if old_id is not None:
                    _delete_report(db, old_id)
                continue
            p.file_stat = stat_of.get(key)
            written.add(_write_report(db, p, old_id, codes))
            if old_id is None:
                summary.added += 1
            else:
                summary.updated += 1
    finally:
        parsed.close()  # stops the worker processes if writing failed
    if not incremental:
        _create_lookups(db)

    db.execute("delete from files")
    db.conn.executemany("insert into files (path, error) values (?, ?)", sorted(failures.items()))
    summary.failed = sorted(failures.items())
    moved = set() if in_place and not plan.gone and _names_known(db, written, before) else _rebuild_agencies(db)
    # The checks across reports (year to year, two files of one year) of the agencies touched only.
    touched = None if not incremental else ({a for (a,) in db.execute(
        "select agency_id from reports where id in (select value from json_each(?))", [json.dumps(sorted(moved | written))])}
        | old_agencies)
    _year_checks(db, touched)
    from index.duplicates import record_duplicates

    summary.duplicates = record_duplicates(db, touched)
    db.conn.executemany(
        "insert or replace into meta (key, value) values (?, ?)",
        [
            ("seg_fingerprint", FINGERPRINT),
            ("schema_version", SCHEMA_VERSION),
            ("reader_version", READER_VERSION),
            ("last_reindex", datetime.now(UTC).isoformat(timespec="seconds")),
            ("build_id", os.urandom(8).hex()),  # readers notice any change (IndexReader.snapshot)
        ],
    )
    db.conn.commit()
    summary.reports = db["reports"].count
    summary.cells = db.execute("select count(*) from cell_values").fetchone()[0]
    summary.check_failures = db.execute(  # "!= 'ok'" lets SQLite count from the index of checks that did not pass
        "select count(*) from check_rows where status != 'ok' and status = 'fail'").fetchone()[0]
    summary.prose_chars = db.execute("select coalesce(sum(prose_chars), 0) from reports").fetchone()[0]
    summary.partial = [
        PartialReport(r["path"], r["cells_read"], r["cells_expected"], json.loads(r["warnings"] or "[]"))
        for r in db.query(
            "select path, cells_read, cells_expected, warnings from reports where cells_read < cells_expected order by path"
        )
    ]
    return summary


def build_index(
    db_path: str | Path,
    paths: Iterable[str | Path],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    on_wait: Callable[[str], None] | None = None,
    agency: str | None = None,
    year: int | None = None,
) -> IndexSummary:
    """Index every report under `paths` (files or folders of *.txt *.md *.html *.htm *.pdf *.docx *.png *.jpg) into `db_path`.

    Unchanged files (same sha256) keep their rows; changed files are parsed again; files no longer
    present are dropped. A changed segmentation pipeline or schema rebuilds everything. A file that
    fails to parse is listed in `IndexSummary.failed` (and the `files` table); the others are indexed.
    One build at a time per index (index.buildlock): another one waits, telling `on_wait` why.
    `agency` and `year` fill in what a report's title does not say (a report without them fails).
    """
    from index.buildlock import build_lock

    t0 = time.perf_counter()
    db_path = Path(db_path)
    files = _collect(paths)
    with build_lock(db_path, on_wait=on_wait) as stale_removed:
        summary = _build_locked(db_path, files, jobs, progress, (agency, year))
    summary.stale_removed = stale_removed
    summary.seconds = time.perf_counter() - t0
    return summary


# An update that parses or removes at most this many files (or this share of the index) is written
# into the index itself, in one transaction; a larger one into a copy that is then swapped in.
IN_PLACE_FILES = 50
IN_PLACE_SHARE = 0.01


def _build_locked(db_path: Path, files: list[tuple[str, str]], jobs: int, progress: Progress | None, names: tuple = (None, None)) -> IndexSummary:
    """build_index() once it holds the lock.

    A few changed files are written into the index in one transaction (SQLite's rollback journal:
    readers see the old index until the commit, a crash rolls back); anything larger, and a first
    or full rebuild, into a temporary copy swapped in with os.replace(). The index is never in WAL
    mode: a WAL file left beside a swapped index would be applied to the new file."""
    import sqlite_utils

    db_path.parent.mkdir(parents=True, exist_ok=True)
    incremental = _reusable(db_path)
    if incremental:
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=60)
        db = sqlite_utils.Database(conn)
        try:
            plan = _plan(db, files)
            reports = len(plan.old)
            if len(plan.todo) + len(plan.gone) <= max(IN_PLACE_FILES, IN_PLACE_SHARE * reports):
                conn.execute("pragma cache_size = -262144")  # a small update is never spilled before its commit
                conn.execute("begin immediate")
                for stmt in filter(str.strip, compact.LOOKUPS.split(";")):
                    conn.execute(stmt)  # an index built before these lookups existed gets them here
                try:
                    # a few files: their prose is cut with jieba's table read word by word (no 1 s load)
                    with word_file_tokenizer():
                        return _build(db, plan, True, max(1, jobs), progress, names, in_place=True)
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("rollback")
                    raise
        finally:
            db.close()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); the index keeps the old file's mode, or rw-r--r--.
        os.chmod(tmp, db_path.stat().st_mode & 0o777 if db_path.exists() else 0o644)
        if incremental:
            shutil.copyfile(db_path, tmp)
        db = sqlite_utils.Database(tmp)
        try:
            summary = _build(db, _plan(db if incremental else None, files), incremental, max(1, jobs), progress, names)
        finally:
            db.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return summary


# ---------------------------------------------------------------------------------------------------
# Search


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def make_snippet(text: str, tokens: list[str], width: int = 120) -> str:
    """A window of the original `text` around the first match, matches wrapped in 【】."""
    spans = find_spans(text, tokens)
    start = max(0, spans[0][0] - width // 3) if spans else 0
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    for s, e in spans:
        if s < start < e:
            start = s
        if s < end < e:
            end = e
    parts, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        parts += [text[pos:s], "【", text[s:e], "】"]
        pos = e
    parts.append(text[pos:end])
    snippet = re.sub(r"\s+", " ", "".join(parts)).strip()
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")


def search(
    db: sqlite_utils.Database,
    text: str,
    *,
    agency_ids: Iterable[int] | None = None,
    year: int | None = None,
    limit: int = 10,
) -> list[SearchHit]:
    """Full-text search of the reports' prose; any user text is safe (every token is quoted).

    All query words must match; when nothing does, any word may (OR). Best matches first (bm25).
    """
    tokens = seg_for_query(text)
    if not tokens or limit <= 0:
        return []
    where, params = ["sections_fts match :q"], {"limit": limit}
    if agency_ids is not None:
        ids = list(agency_ids)
        if not ids:
            return []
        where.append(f"r.agency_id in ({', '.join(f':a{i}' for i in range(len(ids)))})")
        params |= {f"a{i}": a for i, a in enumerate(ids)}
    if year is not None:
        where.append("r.year = :year")
        params["year"] = year
    if len(where) == 1:  # the whole index: the best passages are chosen inside FTS5, then joined
        sql = """
            select s.text, s.number, s.title, s.line, r.path, r.agency, r.agency_id, r.year, f.rank
            from (select rowid, bm25(sections_fts) as rank from sections_fts where sections_fts match :q
                  order by rank, rowid limit :limit) f
            join sections s on s.id = f.rowid
            join reports r on r.id = s.report_id
            order by f.rank, s.id
        """
    else:
        sql = f"""
            select s.text, s.number, s.title, s.line, r.path, r.agency, r.agency_id, r.year,
                   bm25(sections_fts) as rank
            from sections_fts
            join sections s on s.id = sections_fts.rowid
            join reports r on r.id = s.report_id
            where {" and ".join(where)}
            order by rank, s.id
            limit :limit
        """
    quoted = [_quote(t) for t in tokens]
    queries = [" ".join(quoted)] + ([" OR ".join(quoted)] if len(quoted) > 1 else [])
    conn = getattr(db, "conn", db)  # a sqlite_utils Database or a bare connection
    rows: list[dict] = []
    for q in queries:
        cur = conn.execute(sql, params | {"q": q})
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur]
        if rows:
            break
    return [
        SearchHit(
            agency=r["agency"],
            year=r["year"],
            section=f"{r['number']}、{r['title']}" if r["number"] else (r["title"] or ""),
            snippet=make_snippet(r["text"], tokens),
            source=f"{r['path']}:{r['line']}",
            score=-r["rank"],
            agency_id=r["agency_id"],
        )
        for r in rows
    ]
