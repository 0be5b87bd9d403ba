"""The assistant as the front-ends see it: one object per index, no transport, no SQL outside.

Telegram and the console call only these methods; each returns plain data (an Answer or a small
dataclass) that a renderer turns into text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.answer import Answer


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


@dataclass
class Stats:
    reports: int
    agencies: int
    years: list[int]
    last_reindex: str | None  # ISO time
    failed_files: list[str]  # files that failed to parse at the last reindex ("file: reason")
    check_failures: int


class Assistant:
    """Answers questions over one SQLite index built from one reports folder.

    Args:
        db_path: the index file; built from reports_dir on first use when missing.
        reports_dir: where report files live (uploads are saved here).
    """

    def __init__(self, db_path: Path, reports_dir: Path):
        raise NotImplementedError

    def answer(self, question: str) -> Answer:
        """A natural Chinese question → an Answer (figure/table/total/clarify/search/not_found/help)."""
        raise NotImplementedError

    def agencies(self) -> list[tuple[str, list[int]]]:
        """Every agency held, with the years of its reports, sorted by name."""
        raise NotImplementedError

    def report_card(self, agency_text: str, year: int | None = None) -> Answer:
        """One report's tables (kind "table"), or clarify / not_found."""
        raise NotImplementedError

    def search(self, text: str) -> Answer:
        """Full-text search over the prose (kind "search")."""
        raise NotImplementedError

    def failed_checks(self) -> Answer:
        """Reports whose arithmetic (or prose vs table, or year to year) fails (kind "table", items)."""
        raise NotImplementedError

    def stats(self) -> Stats:
        raise NotImplementedError

    def ingest(self, path: Path, filename: str | None = None) -> IngestResult:
        """Parse and check one uploaded file, save it into reports_dir and index it.

        Raises index.errors.ReportParseError with a clear reason; the index is then unchanged.
        """
        raise NotImplementedError

    def reindex(self, progress: Callable[[int, int], None] | None = None):
        """Rebuild the index from reports_dir in a temporary file and swap it in atomically.

        progress(done, total) is called from the worker thread. Returns index.store.IndexSummary.
        """
        raise NotImplementedError
