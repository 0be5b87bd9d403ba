"""The only module of the bot that speaks SQL: reads reports, cells and checks from the index."""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from index.compact import render
from index.store import open_connection
from index.store import search as fts_search

_CELL_SELECT = ("select v.report_id, v.key, v.value, v.raw, v.line, v.unit, v.yuan, v.ocr, k.unit "
                "from cell_values v join cell_keys k on k.id = v.key")


def _num(value: str | None) -> float | None:
    """The float of a numeric value (the `num` the index once stored); None for 空, '/', '-', '无'."""
    if value is None or not any(ch.isdigit() for ch in value):
        return None
    try:
        return float(value)
    except ValueError:
        return None


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


class IndexChanged(Exception):
    """The index was updated since this reader loaded it: load a new reader and ask again."""


class IndexReader:
    """A read-only view of one index file, loaded once; cells are fetched per question."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.conn: sqlite3.Connection = open_connection(self.db_path)
        # Read through the OS page cache without copying: answers seek all over the cells' index.
        self.conn.execute("pragma mmap_size = 1073741824")
        self._snapshot_lock = threading.RLock()
        self.conn.execute("begin")  # what is loaded below is one state of the index
        self.build_id = self._build_id()
        self.reports: dict[int, ReportRow] = {}
        for r in self.conn.execute("select id, agency_id, agency, year, template, path from reports"):
            self.reports[r[0]] = ReportRow(*r)
        self.agency_names: dict[int, str] = dict(self.conn.execute("select id, name from agencies"))
        self.aliases: dict[int, list[str]] = {}
        for alias, aid in self.conn.execute("select alias, agency_id from aliases order by agency_id, alias, source"):
            self.aliases.setdefault(aid, []).append(alias)
        # cell labels are stored once (index.compact): (table, row, column) ↔ key
        self._key_of: dict[tuple[str, str, str], int] = {}
        self._label: dict[int, tuple[str, str, str]] = {}
        for kid, tbl, row, col in self.conn.execute("select id, tbl, row, col from cell_keys"):
            self._key_of[(tbl, row, col)] = kid
            self._label[kid] = (tbl, row, col)
        # failed checks are read per report when a figure of it is shown, all of them when listed
        self._failed: dict[int, list[dict]] = {}
        self._failed_all = False
        self._units: dict[tuple[str, str, str], str] = {}
        self._latest: dict[frozenset[str], dict[int, ReportRow]] = {}
        self._across_cache: dict[tuple, tuple] = {}
        self._prefetched: tuple[frozenset, dict] = (frozenset(), {})
        self.by_agency: dict[int, dict[int, ReportRow]] = {}
        for rep in self.reports.values():
            self.by_agency.setdefault(rep.agency_id, {})[rep.year] = rep
        self.conn.execute("rollback")

    def _build_id(self) -> str | None:
        found = self.conn.execute("select value from meta where key = 'build_id'").fetchone()
        return found[0] if found else None

    @contextlib.contextmanager
    def snapshot(self):
        """One question's reads, all from the state of the index this reader loaded. An update
        written into the index since (in place, see index.store) raises IndexChanged; one that
        is being committed waits until this question is answered."""
        with self._snapshot_lock:
            if self.conn.in_transaction:  # a snapshot inside a snapshot: the outer one holds
                yield
                return
            self.conn.execute("begin")
            try:
                if self._build_id() != self.build_id:
                    raise IndexChanged(str(self.db_path))
                yield
            finally:
                self._prefetched = (frozenset(), {})
                self.conn.execute("rollback")  # nothing was written: just let go of the read lock

    def _checks(self, where: str, params=()):
        """(report id, kind, table, name, message, cell keys) of the checks `where` says, in index order."""
        sql = ("select c.report_id, k.kind, k.tbl, k.name, t.pieces, c.numbers, k.cells, c.status from check_rows c "
               "join check_kinds k on k.id = c.what join check_texts t on t.id = c.text "
               f"where {where} order by c.report_id, c.seq")
        for rid, kind, tbl, name, pieces, numbers, cells, _status in self.conn.execute(sql, params):
            yield rid, kind, tbl, name, render(pieces, numbers), cells

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
        for rid, _kind, _tbl, _name, message, _cells in self._checks("c.status != 'ok' and c.status = 'unknown'"):
            c = {"status": "unknown", "message": message}
            if blank_total_hides_figures(c):
                out.setdefault(rid, []).append(c)
        return out

    def other_checks(self, report_id: int) -> list[dict]:
        """A report's checks that did not fail: could not be checked, or passed (year to year)."""
        sql = ("select k.kind, c.status, t.pieces, c.numbers from check_rows c join check_kinds k on k.id = c.what "
               "join check_texts t on t.id = c.text where c.report_id = ? and c.status != 'fail' order by c.seq")
        return [{"kind": k, "status": st, "message": render(p, n)} for k, st, p, n in self.conn.execute(sql, [report_id])]

    def unit_of(self, tbl: str, row: str, col: str) -> str:
        """A cell's unit as the index stores it (the same for every report of a template)."""
        key = (tbl, row, col)
        if key not in self._units:
            # the unit of the first report (by id) that has this cell
            found = self.conn.execute(  # reports in id order, each a seek of (report, key): stops at the first
                "select coalesce(v.unit, k.unit) from reports r cross join cell_values v on v.report_id = r.id "
                "and v.key = ? cross join cell_keys k on k.id = v.key order by r.id limit 1",
                [self._key_of.get(key, -1)]).fetchone()
            self._units[key] = (found[0] if found else None) or "件"
        return self._units[key]

    def close(self) -> None:
        self.conn.close()

    def years(self) -> list[int]:
        return sorted({r.year for r in self.reports.values()})

    def prefetch(self, report_ids: list[int], tbl: str, rows) -> None:
        """Read these reports' cells of these rows in one query, for the cells() calls that follow
        (the figures of a ranking's rows); only the last prefetch is kept."""
        keys = [k for (t, r, _), k in self._key_of.items() if t == tbl and r in rows]
        sql = ("select v.report_id, v.key, v.value, v.raw, v.line, v.unit, v.yuan, v.ocr, k.unit "
               "from json_each(?) r cross join json_each(?) j cross join cell_values v "
               "on v.report_id = r.value and v.key = j.value join cell_keys k on k.id = v.key")
        found: dict[tuple[int, str], dict[tuple[str, str], CellRow]] = {(rid, tbl): {} for rid in report_ids}
        for c in self._cell_rows(self.conn.execute(sql, [json.dumps(report_ids), json.dumps(keys)])):
            found[(c.report_id, tbl)][(c.row, c.col)] = c
        self._prefetched = (frozenset(rows), found)

    def cells(self, report_id: int, tbl: str, rows: tuple[str, ...]) -> dict[tuple[str, str], CellRow]:
        got = self._prefetched[1].get((report_id, tbl)) if set(rows) <= self._prefetched[0] else None
        if got is not None:
            return {k: c for k, c in got.items() if k[0] in rows}
        keys = [k for (t, r, _), k in self._key_of.items() if t == tbl and r in rows]
        sql = f"{_CELL_SELECT} where v.report_id = ? and v.key in (select value from json_each(?))"
        return {(c.row, c.col): c for c in self._cell_rows(self.conn.execute(sql, [report_id, json.dumps(keys)]))}

    def all_cells(self, report_id: int) -> list[CellRow]:
        return self._cell_rows(self.conn.execute(f"{_CELL_SELECT} where v.report_id = ? order by v.seq", [report_id]))

    def _cell_rows(self, rows) -> list[CellRow]:
        out = []
        for rid, key, value, raw, line, unit, yuan, ocr, key_unit in rows:
            tbl, row, col = self._label[key]
            num = _num(value)
            out.append(CellRow(rid, tbl, row, col, value, num, value if raw is None else raw, line,
                               key_unit if unit is None else unit, yuan, ocr))
        return out

    def _failed_rows(self, where: str, params=()) -> dict[int, list[dict]]:
        out: dict[int, list[dict]] = {}
        for rid, kind, tbl, name, message, cells in self._checks(f"c.status != 'ok' and c.status = 'fail' and {where}", params):
            out.setdefault(rid, []).append(
                {"kind": kind, "tbl": tbl, "name": name, "message": message,
                 "cells": [self._label[int(k)] for k in cells.split(",")] if cells else []}
            )
        return out

    def failed_checks(self, report_id: int) -> list[dict]:
        if not self._failed_all and report_id not in self._failed:
            self._failed[report_id] = self._failed_rows("c.report_id = ?", [report_id]).get(report_id, [])
        return self._failed.get(report_id, [])

    def all_failed_checks(self) -> dict[int, list[dict]]:
        """Every report with a failed check, in report order."""
        if not self._failed_all:
            self._failed = self._failed_rows("1")
            self._failed_all = True
        return dict(self._failed)

    def cells_many(self, report_ids: list[int], tbl: str, rows, cols) -> dict[int, dict[tuple[str, str], CellRow]]:
        """The values of many reports' cells in one query. raw and line are left out: fetch them with
        cells() for the few figures shown."""
        keys = json.dumps([k for r in rows for c in cols if (k := self._key_of.get((tbl, r, c))) is not None])
        out: dict[int, dict[tuple[str, str], CellRow]] = {}
        # each (report, cell) is a seek of the primary key
        sql = ("select v.report_id, v.key, v.value, v.yuan from json_each(?) r cross join json_each(?) k "
               "cross join cell_values v on v.report_id = r.value and v.key = k.value")
        for rid, key, value, yuan in self.conn.execute(sql, [json.dumps(report_ids), keys]):
            _, row, col = self._label[key]
            out.setdefault(rid, {})[(row, col)] = CellRow(rid, tbl, row, col, value, None, None, None, None, yuan)
        return out

    @functools.cached_property
    def same_year_twice(self) -> bool:
        """Some agency has two files of one year (the newer id is the one a question reads)."""
        return len(self.reports) != sum(len(v) for v in self.by_agency.values())

    def across(self, ids: list[int], years: list[int] | None, templates: frozenset[str]) -> Across | None:
        """The reports a ranking or a total across `ids` reads (None: not a case SQL answers here).

        With `years`: each agency's report of each year (an agency without one is skipped). Without:
        one year, the newest that any agency in scope holds on one of `templates`; each agency that
        holds one of them is read in that year (or left out for not having it)."""
        everyone = len(ids) == len(self.agency_names)
        scope, sp = ("", []) if everyone else (" and r.agency_id in (select value from json_each(?))", [json.dumps(ids)])
        newest = "" if not self.same_year_twice else (
            " and not exists (select 1 from reports r2 where r2.agency_id = r.agency_id and r2.year = r.year and r2.id > r.id)")
        if years:
            if len(set(years)) != len(years):
                return None
            ys = ", ".join(str(int(y)) for y in years)
            pos = "case r.year " + " ".join(f"when {int(y)} then {i}" for i, y in enumerate(years)) + " end"
            todo = f"select r.id, r.agency_id, r.year, {pos} from reports r where r.year in ({ys}){scope}{newest}"
            held = self.conn.execute(f"select count(distinct r.agency_id) from reports r where r.year in ({ys}){scope}", sp).fetchone()[0]
            first = [i for (i,) in self.conn.execute(
                f"select a.id from agencies a where {'1' if everyone else 'a.id in (select value from json_each(?))'} "
                f"and not exists (select 1 from reports r where r.agency_id = a.id and r.year in ({ys})) order by a.id limit 5", sp)]
            return Across(self.conn, todo, sp, (len(ids) - held, first))
        tm = ", ".join("?" * len(templates))
        tps = sorted(templates)
        key = (tuple(tps), everyone)
        if everyone and key in self._across_cache:
            one_year, n_held, first = self._across_cache[key]
        else:
            base = f"from reports r where r.template in ({tm}){scope}{newest}"
            one_year, n_held = self.conn.execute(f"select max(r.year), count(distinct r.agency_id) {base}", [*tps, *sp]).fetchone()
            first = [i for (i,) in self.conn.execute(
                f"select a.id from agencies a where {'1' if everyone else 'a.id in (select value from json_each(?))'} "
                f"and not exists (select 1 {base.replace('where', 'where r.agency_id = a.id and', 1)}) order by a.id limit 5",
                [*sp, *tps, *sp])]
            if everyone:
                self._across_cache[key] = (one_year, n_held, first)
        if one_year is None:
            return None
        holds = f"exists (select 1 from reports r where r.agency_id = q.agency_id and r.template in ({tm}){newest})"
        todo = (f"select q.id, q.agency_id, q.year, 0 from reports q where q.year = {int(one_year)} and {holds}"
                + ("" if everyone else " and q.agency_id in (select value from json_each(?))")
                + ("" if not self.same_year_twice else
                   " and not exists (select 1 from reports q2 where q2.agency_id = q.agency_id and q2.year = q.year and q2.id > q.id)"))
        params = [*tps, *sp]
        n_todo = self.conn.execute(f"select count(distinct agency_id) from ({todo})", params).fetchone()[0]
        return Across(self.conn, todo, params, (len(ids) - n_held, first), n_held - n_todo, one_year)

    def key(self, tbl: str, row: str, col: str) -> int:
        """The number of a cell label in this index (-1: no report has such a cell)."""
        return self._key_of.get((tbl, row, col), -1)

    def search(self, text: str, agency_ids=None, year=None, limit: int = 5):
        return fts_search(self.conn, text, agency_ids=agency_ids, year=year, limit=limit)

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("select key, value from meta"))

    def failed_files(self) -> list[str]:
        return [f"{p}: {e}" for p, e in self.conn.execute("select path, error from files")]


# ---------------------------------------------------------------------------------------------------
# One figure across many reports, aggregated inside SQLite (rankings and totals over every agency)

# A figure as an exact integer of millionths, or NULL when it is not plain decimal digits (a negative,
# an exponent, more than six decimals: the caller then reads the report in Python, as before).
_SCALED = """(case
  when {x} glob '[0-9]*' and {x} not glob '*[^0-9]*' and length({x}) <= 12 then cast({x} as integer) * 1000000
  when {x} glob '[0-9]*.*' and {x} not glob '*[^0-9.]*' and {x} not glob '*.*.*' and length({x}) <= 19
       and length({x}) - instr({x}, '.') <= 6
  then cast(replace({x}, '.', '') as integer) * cast(substr('1000000', 1, 7 - (length({x}) - instr({x}, '.'))) as integer)
end)"""
_PART = "(case when p.amount and coalesce(c.yuan, '') != '' then c.yuan else c.value end)"
_TEMP_NAMES = itertools.count()


@dataclass
class AcrossSummary:
    """What one figure across the chosen reports comes to (see IndexReader.across)."""

    values: int  # reports whose every cell was read (blank ones included)
    blank: int  # of those, reports whose cells are all printed blank
    total: int  # the sum of their figures, in millionths (exact)
    problems: list[int]  # reports with a cell missing or not a number, or no such row, in question order
    years: list[int]  # the years of the `values` reports


class Across:
    """One metric in a chosen set of reports: one report per agency and year, in the order the
    question walks them (agency id, then the order of its years). Every figure is summed and ranked
    by SQLite; Python only receives the rows it shows."""

    def __init__(self, conn: sqlite3.Connection, todo_sql: str, params: list, skipped: tuple[int, list[int]],
                 skipped_years: int = 0, one_year: int | None = None):
        self.conn = conn
        self.todo_sql, self.todo_params = todo_sql, params
        self.skipped = skipped  # (agencies in scope without a chosen report, the first five of them)
        self.skipped_years = skipped_years  # agencies left out for not having the year taken
        self.one_year = one_year  # the year taken when the question names none
        self.with_sql, self.params, self.table, self.ok = "", [], "", ""

    def templates(self) -> dict[str, int]:
        """Each template of the chosen reports, with its first report (question order)."""
        sql = (f"with todo(rid, aid, year, pos) as ({self.todo_sql}) select r.template, min(t.aid * 1000 + t.pos), "
               "t.rid from todo t join reports r on r.id = t.rid group by r.template")
        return {tmpl: rid for tmpl, _, rid in self.conn.execute(sql, self.todo_params)}

    def set_parts(self, parts: dict[str, list[tuple[int, bool]]]) -> None:
        """The cells that make the figure in each template: (cell key, read in yuan), in the order the
        figure is read; their sum is it. Each chosen report's sum is worked out once, into a
        temporary table that the queries below read (see close())."""
        n = sum(len(v) for v in parts.values())
        values = ", ".join(["(?, ?, ?, ?)"] * n) if n else "(null, null, null, null)"
        pparams = [x for t, ps in parts.items() for i, (key, amount) in enumerate(ps) for x in (t, i, key, int(amount))]
        self.parts_sql, self.parts_params = f"parts(tmpl, idx, key, amount) as (values {values})", pparams
        self.with_sql = f"with todo(rid, aid, year, pos) as ({self.todo_sql}), {self.parts_sql}"
        self.params = [*self.todo_params, *pparams]
        self.table = f"temp.across_{next(_TEMP_NAMES)}"
        self.conn.execute(f"""
            create table {self.table} as {self.with_sql}
            select t.rid, t.aid, t.year, t.pos,
                   count(p.key) as nparts, count(c.report_id) as found,
                   coalesce(sum(c.value is not null), 0) as nonblank,
                   coalesce(sum(c.value is not null and {_SCALED.format(x=_PART)} is null), 0) as bad,
                   sum(case when c.value is not null then {_SCALED.format(x=_PART)} end) as total
            from todo t join reports r on r.id = t.rid
            left join parts p on p.tmpl = r.template
            left join cell_values c on c.report_id = t.rid and c.key = p.key
            group by t.rid""", self.params)
        self.ok = f"(select * from {self.table} where nparts > 0 and found = nparts and bad = 0)"

    def close(self) -> None:
        if self.table:
            self.conn.execute(f"drop table if exists {self.table}")
            self.table = ""

    def _q(self, tail: str, extra: tuple = ()) -> list[tuple]:
        return self.conn.execute(tail.replace("from ok", f"from {self.ok}"), extra).fetchall()

    def summary(self) -> AcrossSummary:
        head = self._q("select count(*), coalesce(sum(nonblank = 0), 0), coalesce(sum(total), 0) from ok")[0]
        problems = [r[0] for r in self.conn.execute(
            f"select rid from {self.table} where not (nparts > 0 and found = nparts and bad = 0) order by aid, pos")]
        years = [r[0] for r in self._q("select distinct year from ok order by year")]
        return AcrossSummary(head[0], head[1], head[2], problems, years)

    def problems(self, limit: int | None = None) -> list[tuple[int, int | None, bool, str | None, str | None]]:
        """Why the reports that are not summed are not: (report id, index of the first part that
        fails or None when the template has no such row, cell missing, value, value read), in order."""
        sql = f"""with {self.parts_sql}
            select b.rid, p.idx, c.report_id is null, c.value, {_PART}
            from (select rid, aid, pos from {self.table}
                  where not (nparts > 0 and found = nparts and bad = 0)) b
            join reports r on r.id = b.rid
            left join parts p on p.tmpl = r.template
            left join cell_values c on c.report_id = b.rid and c.key = p.key
            where p.key is null or c.report_id is null or (c.value is not null and {_SCALED.format(x=_PART)} is null)
            order by b.aid, b.pos, p.idx"""
        out, seen = [], set()
        for rid, idx, missing, value, read in self.conn.execute(sql, self.parts_params):
            if rid in seen:
                continue  # the first part that fails says why
            seen.add(rid)
            out.append((rid, idx, bool(missing) and idx is not None, value, read))
            if limit is not None and len(out) >= limit:
                break
        return out

    def _order(self, ascending: bool) -> str:
        d = "" if ascending else " desc"
        return f"order by total{d}, year{d}, aid, pos"  # how a ranking sorts: stable in question order

    def ranked(self, ascending: bool, limit: int, offset: int = 0) -> list[tuple[int, int]]:
        """(report id, total) of the reports with a figure, best first."""
        return self._q(f"select rid, total from ok where nonblank > 0 {self._order(ascending)} limit ? offset ?",
                       (limit, offset))

    def as_good_as(self, total: int, ascending: bool) -> list[tuple[int, int]]:
        """Every report whose figure is at least as good as `total`, best first (ties shown together)."""
        op = "<=" if ascending else ">="
        return self._q(f"select rid, total from ok where nonblank > 0 and total {op} ? {self._order(ascending)}",
                       (total,))

    def equal_to(self, total: int, ascending: bool) -> list[tuple[int, int]]:
        return self._q(f"select rid, total from ok where nonblank > 0 and total = ? {self._order(ascending)}", (total,))

    def largest(self, limit: int) -> list[int]:
        """The reports with a figure (a blank one counts as 0), largest first, ties in question order."""
        return [r[0] for r in self._q("select rid from ok order by coalesce(total, 0) desc, aid, pos limit ?", (limit,))]

    def in_order(self, limit: int) -> list[int]:
        return [r[0] for r in self._q("select rid from ok order by aid, pos limit ?", (limit,))]
