"""The assistant as the front-ends see it: one object per index, no transport, no SQL outside.

Telegram and the console call only these methods; each returns plain data (an Answer or a small
dataclass) that a renderer turns into text.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.answer import Answer
from bot.conversation import Conversation
from bot.index_reader import IndexChanged, IndexReader
from bot.match import AgencyCatalog
from bot.respond import Responder
from index.errors import ReportParseError
from index.parse import parse_report, require_names
from index.readers import SUFFIXES, SUFFIXES_CN, conversion_hint
from index.store import IndexOutOfDate, IndexSummary, build_index

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
UPLOAD_SUFFIXES = SUFFIXES


@dataclass
class IngestResult:
    """What adding one report file did."""

    path: str  # where the file was saved in the reports folder
    agency: str
    year: int | None
    template: str
    cells_read: int
    cells_missing: int  # template cells left out (could not be read reliably)
    failures: list[str] = field(default_factory=list)  # Chinese messages of failed checks
    warnings: list[str] = field(default_factory=list)
    format: str = "text"  # what the file was read as: text, html, pdf, docx, image
    ocr_cells: int = 0  # cells read by OCR (each confirmed by the report's arithmetic)


@dataclass
class Stats:
    reports: int
    agencies: int
    years: list[int]
    last_reindex: str | None  # ISO time
    failed_files: list[str]  # files that failed to parse at the last reindex ("file: reason")
    check_failures: int


CACHED_CATALOG_FROM = 500  # agencies: a smaller catalog is built each time


def _catalog(reader: IndexReader) -> AgencyCatalog:
    """The agency catalog of this index, remembered between processes in the temp folder: it takes
    about half a millisecond per agency to build, seconds for a national index. The key covers all
    it is built from: the index (its file and build id) and the code and table of name forms."""
    import hashlib
    import pickle

    from bot import match
    from index import normalize
    from index.cache import cache_path, write_atomically

    def build() -> AgencyCatalog:
        return AgencyCatalog([(aid, name, reader.aliases.get(aid, [])) for aid, name in reader.agency_names.items()])

    if reader.build_id is None or len(reader.agency_names) < CACHED_CATALOG_FROM:  # small: built in a blink
        return build()
    where = hashlib.sha256(str(reader.db_path.resolve()).encode()).hexdigest()[:12]
    h = hashlib.sha256(f"{where}\n{reader.build_id}\n".encode())
    for part in (Path(match.__file__).read_bytes(), Path(normalize.__file__).read_bytes(),
                 match.ALIASES_FILE.read_bytes()):
        h.update(hashlib.sha256(part).digest())
    path = cache_path(f"catalog-{where}", h.hexdigest(), ".pickle")
    try:
        catalog = pickle.loads(path.read_bytes())
        if isinstance(catalog, AgencyCatalog):
            return catalog
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    catalog = build()
    for old in path.parent.glob(f"catalog-{where}-*.pickle"):  # the catalogs of this index's earlier builds
        old.unlink(missing_ok=True)
    write_atomically(path, pickle.dumps(catalog, protocol=pickle.HIGHEST_PROTOCOL))
    return catalog


def _file_name(key: str) -> str:
    return key.rsplit("/", 1)[-1]


class Assistant:
    """Answers questions over one SQLite index built from one reports folder.

    Args:
        db_path: the index file; built from reports_dir on first use when missing.
        reports_dir: where report files live (uploads are saved here).
    """

    def __init__(self, db_path: Path, reports_dir: Path, today: date | None = None):
        self.db_path = Path(db_path)
        # 今年/去年 are read against today's date; REPORTBOT_TODAY (YYYY-MM-DD) pins it (tests, evals).
        pinned = os.environ.get("REPORTBOT_TODAY")
        self.today = today or (date.fromisoformat(pinned) if pinned else None)
        self.reports_dir = Path(reports_dir)
        self._build_lock = threading.Lock()  # one build at a time; readers never wait on it
        self._swap_lock = threading.Lock()
        self._stamp = None
        # readers still answering a question when a new index is swapped in: closed only when the last one is done
        self._in_use: dict[int, int] = {}
        self._retired: dict[int, IndexReader] = {}
        if not self.db_path.exists():
            self.reindex()
        try:
            self._load()
        except IndexOutOfDate:  # built by an older version (schema or segmentation): rebuilt, atomically
            if not self.reports_dir.is_dir():
                raise
            self.reindex()
            self._load()

    # The index file is replaced atomically by a build; a reader holds the old file until then.
    def _load(self) -> None:
        reader = IndexReader(self.db_path)
        catalog = _catalog(reader)
        old = getattr(self, "_reader", None)
        self._reader, self._responder = reader, Responder(reader, catalog, self.today)
        self._stamp = self._file_stamp()
        if old is not None:
            if self._in_use.get(id(old)):  # a question is still being answered on it: closed when it is done
                self._retired[id(old)] = old
            else:
                old.close()

    def _file_stamp(self):
        st = self.db_path.stat()
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    @contextmanager
    def _using(self) -> Iterator[Responder]:
        """The current responder, held open while it is used (a reindex swapping in a new one meanwhile never
        closes it under a question being answered)."""
        with self._swap_lock:
            if self._file_stamp() != self._stamp:
                self._load()
            responder = self._responder
            key = id(responder.r)
            self._in_use[key] = self._in_use.get(key, 0) + 1
        try:
            yield responder
        finally:
            with self._swap_lock:
                self._in_use[key] -= 1
                if not self._in_use[key]:
                    del self._in_use[key]
                    retired = self._retired.pop(key, None)
                    if retired is not None:
                        retired.close()

    def _in_snapshot(self, ask: Callable[[Responder], Answer]) -> Answer:
        """ask(responder) on one state of the index: a file updated in place meanwhile is reloaded."""
        for _ in range(3):
            with self._using() as responder:
                try:
                    with responder.r.snapshot():
                        return ask(responder)
                except IndexChanged:
                    pass
            with self._swap_lock:
                if self._responder is responder:
                    self._load()
        raise IndexChanged(str(self.db_path))

    def answer(self, question: str, conversation: Conversation | None = None) -> Answer:
        """A natural Chinese question → an Answer (figure/table/total/clarify/search/not_found/help).

        With a `conversation`, follow-ups ("那2023年呢") and picks of the last options ("安康那个")
        are read against it, and it remembers this question."""
        return self._in_snapshot(lambda responder: responder.answer(question, conversation))

    def agencies(self) -> list[tuple[str, list[int]]]:
        """Every agency held, with the years of its reports, sorted by name."""
        with self._using() as responder:
            r = responder.r
            return sorted((name, sorted(r.by_agency.get(aid, {}))) for aid, name in r.agency_names.items())

    def report_card(self, agency_text: str, year: int | None = None) -> Answer:
        """One report's tables (kind "table"), or clarify / not_found."""
        return self._in_snapshot(lambda responder: responder.report_card(agency_text, year))

    def search(self, text: str) -> Answer:
        """Full-text search over the prose (kind "search")."""
        return self.answer(f"哪些报告提到“{text}”" if "“" not in text else text)

    def failed_checks(self) -> Answer:
        """Reports whose arithmetic (or prose vs table, or year to year) fails (kind "table", items)."""
        return self.answer("哪些报告的数据对不上")

    def stats(self) -> Stats:
        with self._using() as responder:
            r = responder.r
            meta = r.meta()
            fails = sum(len(v) for v in r.all_failed_checks().values())  # every failure is held in memory
            return Stats(len(r.reports), len(r.agency_names), r.years(), meta.get("last_reindex"), r.failed_files(), fails)

    def ingest(self, path: Path, filename: str | None = None) -> IngestResult:
        """Parse and check one uploaded file, save it into reports_dir and index it.

        Raises index.errors.ReportParseError with a clear reason; the index is then unchanged.
        """
        path = Path(path)
        name = Path(filename or path.name).name
        if hint := conversion_hint(name):
            raise ReportParseError(name, None, hint)
        if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
            raise ReportParseError(name, None, f"只接受 {SUFFIXES_CN} 格式的年报")
        if path.stat().st_size > MAX_UPLOAD_BYTES:
            raise ReportParseError(name, None, "文件超过20MB")
        with tempfile.TemporaryDirectory() as tmp:
            staged = Path(tmp) / name
            shutil.copyfile(path, staged)
            report = parse_report(staged)  # raises before anything is saved
            require_names(report)
        if not report.cells:
            raise ReportParseError(name, None, "没有读出任何统计表单元格，未入库")
        dest = self.reports_dir / name
        existed = dest.exists()
        backup = dest.read_bytes() if existed else None
        self.reports_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
        try:
            summary = self.reindex()
        except BaseException:
            if existed:
                dest.write_bytes(backup)
            else:
                dest.unlink(missing_ok=True)
            raise
        failed = [reason for p, reason in summary.failed if Path(p).name == name]
        if failed:
            raise ReportParseError(name, None, failed[0])
        return IngestResult(
            str(dest), report.agency, report.year, report.template, len(report.cells),
            max(0, report.expected_cells - len(report.cells)),
            [c.message for c in report.checks if c.failed],
            list(report.warnings) + [d.message for d in summary.duplicates if name in map(_file_name, d.paths)],
            report.format,
            sum(c.ocr for c in report.cells),
        )

    def reindex(self, progress: Callable[[int, int, str], None] | None = None) -> IndexSummary:
        """Rebuild the index from reports_dir in a temporary file and swap it in atomically.

        progress(done, total, path) is called as each file is parsed. Returns index.store.IndexSummary.
        """
        with self._build_lock:
            summary = build_index(self.db_path, [self.reports_dir], progress=progress)
        return summary
