"""The only module of the bot that speaks SQL: reads reports, cells and checks from the index."""

from __future__ import annotations

import functools
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from index.store import open_index
from index.store import search as fts_search


@dataclass
class ReportRow:
    id: int
    agency_id: int
    agency: str  # as printed in this report
    year: int
    template: str
    path: str

    @property
    def file(self) -> str:
        # Index keys always use "/" (as_posix); a backslash belongs to the name (\xNN of a non-UTF-8 name).
        return self.path.rsplit("/", 1)[-1]


@dataclass
class CellRow:
    report_id: int
    tbl: str
    row: str
    col: str
    value: str | None
    num: float | None
    raw: str | None
    line: int | None
    unit: str | None
    yuan: str | None
    ocr: int | None = None  # 1: read by OCR from a scan


class IndexReader:
    """A read-only view of one index file, loaded once; cells are fetched per question."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.db = open_index(self.db_path)
        self.conn: sqlite3.Connection = self.db.conn
        self.reports: dict[int, ReportRow] = {}
        for r in self.conn.execute("select id, agency_id, agency, year, template, path from reports"):
            self.reports[r[0]] = ReportRow(*r)
        self.agency_names: dict[int, str] = dict(self.conn.execute("select id, name from agencies"))
        self.aliases: dict[int, list[str]] = {}
        for alias, aid in self.conn.execute("select alias, agency_id from aliases"):
            self.aliases.setdefault(aid, []).append(alias)
        self._failed: dict[int, list[dict]] = {}  # only failures: few, kept in memory
        sql = "select report_id, kind, tbl, name, message, cells from checks where status = 'fail' order by rowid"
        for rid, kind, tbl, name, message, cells in self.conn.execute(sql):
            self._failed.setdefault(rid, []).append(
                {"kind": kind, "tbl": tbl, "name": name, "message": message,
                 "cells": [tuple(c) for c in json.loads(cells or "[]")]}
            )
        self._units: dict[tuple[str, str, str], str] = {}
        self._latest: dict[frozenset[str], dict[int, ReportRow]] = {}
        self.by_agency: dict[int, dict[int, ReportRow]] = {}
        for rep in self.reports.values():
            self.by_agency.setdefault(rep.agency_id, {})[rep.year] = rep

    def latest_reports(self, templates: frozenset[str]) -> dict[int, ReportRow]:
        """Each agency's newest report on one of these templates (remembered: rankings ask often)."""
        if templates not in self._latest:
            out: dict[int, ReportRow] = {}
            for aid, by_year in self.by_agency.items():
                for year in sorted(by_year, reverse=True):
                    if by_year[year].template in templates:
                        out[aid] = by_year[year]
                        break
            self._latest[templates] = out
        return self._latest[templates]

    @functools.cached_property
    def blank_totals(self) -> dict[int, list[dict]]:
        """Reports whose printed totals are blank although their parts are not (cannot be checked)."""
        from index.checks import blank_total_hides_figures

        out: dict[int, list[dict]] = {}
        sql = "select report_id, status, message from checks where status = 'unknown' order by rowid"
        for rid, status, message in self.conn.execute(sql):
            c = {"status": status, "message": message}
            if blank_total_hides_figures(c):
                out.setdefault(rid, []).append(c)
        return out

    def other_checks(self, report_id: int) -> list[dict]:
        """A report's checks that did not fail: could not be checked, or passed (year to year)."""
        sql = "select kind, status, message from checks where report_id = ? and status != 'fail' order by rowid"
        return [{"kind": k, "status": st, "message": m} for k, st, m in self.conn.execute(sql, [report_id])]

    def unit_of(self, tbl: str, row: str, col: str) -> str:
        """A cell's unit as the index stores it (the same for every report of a template)."""
        key = (tbl, row, col)
        if key not in self._units:
            found = self.conn.execute("select unit from cells where tbl = ? and row = ? and col = ? limit 1", key).fetchone()
            self._units[key] = (found[0] if found else None) or "件"
        return self._units[key]

    def close(self) -> None:
        self.conn.close()

    def years(self) -> list[int]:
        return sorted({r.year for r in self.reports.values()})

    def cells(self, report_id: int, tbl: str, rows: tuple[str, ...]) -> dict[tuple[str, str], CellRow]:
        marks = ",".join("?" * len(rows))
        sql = (
            "select report_id, tbl, row, col, value, num, raw, line, unit, yuan, ocr from cells "
            f"where report_id = ? and tbl = ? and row in ({marks})"
        )
        return {(c.row, c.col): c for c in (CellRow(*r) for r in self.conn.execute(sql, [report_id, tbl, *rows]))}

    def all_cells(self, report_id: int) -> list[CellRow]:
        sql = "select report_id, tbl, row, col, value, num, raw, line, unit, yuan, ocr from cells where report_id = ? order by rowid"
        return [CellRow(*r) for r in self.conn.execute(sql, [report_id])]

    def failed_checks(self, report_id: int) -> list[dict]:
        return self._failed.get(report_id, [])

    def all_failed_checks(self) -> dict[int, list[dict]]:
        return dict(self._failed)

    def cells_many(self, report_ids: list[int], tbl: str, rows, cols) -> dict[int, dict[tuple[str, str], CellRow]]:
        """The values of many reports' cells in one query, read from the covering index (rankings and
        totals over thousands of reports). raw and line are left out: fetch them with cells() for
        the few figures shown."""
        wanted = set(report_ids)
        sql = (
            "select report_id, row, col, value, yuan from cells indexed by idx_cells_values "
            f"where tbl = ? and row in ({','.join('?' * len(rows))}) and col in ({','.join('?' * len(cols))})"
        )
        out: dict[int, dict[tuple[str, str], CellRow]] = {}
        for rid, row, col, value, yuan in self.conn.execute(sql, [tbl, *rows, *cols]):
            if rid in wanted:
                out.setdefault(rid, {})[(row, col)] = CellRow(rid, tbl, row, col, value, None, None, None, None, yuan)
        return out

    def search(self, text: str, agency_ids=None, year=None, limit: int = 5):
        return fts_search(self.db, text, agency_ids=agency_ids, year=year, limit=limit)

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("select key, value from meta"))

    def failed_files(self) -> list[str]:
        return [f"{p}: {e}" for p, e in self.conn.execute("select path, error from files")]
