"""Rankings and totals across every agency, summed and sorted by SQLite (IndexReader.across).

The answers are the ones AcrossAnswers._rank and ._total give from a Value per report; only the
reports shown become Values. It covers the questions over every agency (or a level, a sector, all
but some): whatever it does not cover (agencies named, which the answer speaks of one by one; a
year given twice, 所有年报, a template asked for, 其他处理, a figure that is not plain digits,
nothing to rank) returns None, and the caller reads every report in Python as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bot.answer import RANKED_KEPT, Answer
from bot.gather import (
    MAX_LISTED,
    MAX_PARTS,
    UNREADABLE,
    AskColumn,
    Unavailable,
    Value,
    as_number,
    where_in_table,
)
from bot.index_reader import Across, AcrossSummary
from bot.understand import Query
from index import templates as tpl

MAX_PROBLEMS = 20_000  # reports left out (a cell not read …) beyond which the Python path answers
SCALE = Decimal(1_000_000)  # IndexReader.across sums in millionths


@dataclass
class _Scope:
    across: Across
    summary: AcrossSummary
    values_of: object  # list[int] → list[Value], in that order
    head: list[str]  # the first skipped entries, as _values_across lists them
    n_skipped: int
    unreadable: list[str]
    notes: list[str]


class AcrossSQL:
    """_rank / _total over thousands of reports without a Python object per report."""

    def _across_sql(self, q: Query) -> _Scope | Answer | None:
        if (q.mentions or q.difference or q.every_report or q.each_newest or q.template or len(q.metrics) > 1 or q.parts_sum
                or self._names_an_agency_we_miss(q)):
            return None  # named agencies (each said when left out), a difference: the Python path
        metric = self._metric(q)
        if metric.key == "其他处理":
            return None
        ids = self._scope(q)
        if not ids:
            return None
        across = self.r.across(ids, list(q.years) if q.years else None, frozenset(metric.rows))
        if across is None:
            return None
        firsts = across.templates()
        if not firsts:
            return None
        cols_of: dict[str, tuple[str, ...]] = {}
        try:
            for t in sorted(firsts):
                cols_of[t] = self._columns(metric, q, t, self.r.reports[firsts[t]])
        except Unavailable:
            return None
        except AskColumn as e:
            return e.answer
        parts = {t: [(self.r.key(metric.table, row, col), col == tpl.AMOUNT_2019) for row in metric.rows[t] for col in cols]
                 for t, cols in cols_of.items() if metric.rows.get(t)}
        across.set_parts(parts)
        s = across.summary()
        if len(s.problems) > MAX_PROBLEMS:
            across.close()
            return None
        rows = sorted({r for t in metric.rows.values() for r in t})
        cols = sorted({c for cs in cols_of.values() for c in cs})

        def values_of(rids: list[int]) -> list[Value]:
            cells = self.r.cells_many(rids, metric.table, rows, cols) if rids else {}
            self.r.prefetch(rids, metric.table, rows)  # the cited cells of the figures shown, in one query
            return [self._value(self.r.reports[rid], metric, q, cells.get(rid, {}), cols_of.get(self.r.reports[rid].template))
                    for rid in rids]

        # why each report left out is left out, in the words _value would use
        problems: list[str] = []
        for rid, idx, missing, value, read in across.problems():
            rep = self.r.reports[rid]
            if idx is None:
                problems.append(f"{rep.year}年的年报（{rep.template}年版模板）没有“{metric.label}”这一项")
                continue
            row, col = [(r, c) for r in metric.rows[rep.template] for c in cols_of[rep.template]][idx]
            where = f"{self.r.agency_names[rep.agency_id]}{rep.year}年 {where_in_table(metric.table, row, col)}"
            if missing:
                problems.append(f"{where} {UNREADABLE}，无法回答")
                continue
            try:
                Decimal(read)
            except ArithmeticError:
                problems.append(f"{where} 印的是“{value}”，不是数字")
            else:
                across.close()
                return None  # a number Python reads and SQLite does not: the Python path decides
        n_first, first = across.skipped
        if q.years:
            missing = f"没有{'、'.join(map(str, q.years))}年的年报"
        else:
            missing = f"年报中没有“{metric.label}”"
        head = [f"{self.r.agency_names[aid]}（{missing}）" for aid in first] + problems
        notes: list[str] = []
        if across.one_year is not None:
            notes.append(f"未指明年份，按库中最新的{across.one_year}年" + (
                f"；没有{across.one_year}年年报的{across.skipped_years}个单位未计入（可加上年份再问）" if across.skipped_years else ""))
        notes += self._scope_notes(q)
        return _Scope(across, s, values_of, head, n_first + len(problems), [x for x in problems if UNREADABLE in x], notes)

    def _rank_sql(self, q: Query) -> Answer | None:
        got = self._across_sql(q)
        if not isinstance(got, _Scope):
            return got
        try:
            return self._rank_of(q, got)
        finally:
            got.across.close()

    def _rank_of(self, q: Query, got: _Scope) -> Answer | None:
        a, s, notes, unreadable = got.across, got.summary, got.notes, got.unreadable
        n = s.values - s.blank
        if s.blank:
            notes.append(f"{s.blank}份年报这一格印成空白，未参加排名")
        if not n:
            return None
        asc = q.ascending
        try:
            top1 = got.values_of([rid for rid, _ in a.ranked(asc, 1)])[0]
            if unreadable and (q.nth or q.top_n or q.wants_top):
                return Answer("not_found", title=f"排名无法确定：{len(unreadable)}份年报的这一格未能从原文可靠读出",
                              items=unreadable[:MAX_LISTED], figures=[self._one(v) for v in got.values_of(
                                  [rid for rid, _ in a.ranked(asc, 10)])], notes=notes)
            if q.nth:
                if q.nth > n:
                    return Answer("not_found", title=f"只有{n}个单位有这一项，没有第{q.nth}名")
                rid, total = a.ranked(asc, 1, q.nth - 1)[0]
                v = got.values_of([rid])[0]
                same = got.values_of([r for r, _ in a.equal_to(total, asc)])
                if len(same) > 1:
                    notes.append(f"与第{q.nth}名并列（同为{as_number(v.total)}）的有{len(same)}个，均列出")
                figs = [self._one(x) for x in same]
                return Answer("table" if len(figs) > 1 else "figure", figures=figs, notes=notes, ranked=self._places_of(got, a, asc, n),
                              title=f"{v.label}{'倒数' if q.ascending else ''}第{q.nth}名（共{n}个）")
            top = q.top_n or (1 if q.wants_top else None)  # no agency is named here
            ranked = a.ranked(asc, top + 1 if top else MAX_PARTS)
            shown_rows = ranked[:top] if top else ranked[:MAX_PARTS]
            if not top and n > MAX_PARTS:
                notes.append(f"共{n}个，这里列出前{MAX_PARTS}个")
            ties = top and n > top and ranked[top][1] == shown_rows[-1][1]
            shown = got.values_of([rid for rid, _ in shown_rows])
            if ties:
                notes.append(f"第{top}名与其后有并列（同为{as_number(shown[-1].total)}），均列出")
                shown = got.values_of([rid for rid, _ in a.as_good_as(shown_rows[-1][1], asc)])
        except Unavailable:
            return None
        notes += self._skipped_notes(got.head, got.n_skipped)
        figs = [self._one(v) for v in shown]
        partial = f"；另有{len(unreadable)}份年报的这一格未能可靠读出，未参加排名" if unreadable else ""
        order = self._places_of(got, a, asc, n)
        return Answer("table", figures=figs, notes=notes, title=f"{top1.label}排名（共{n}个{partial}）", ranked=order)

    def _places_of(self, got, a, asc: bool, n: int) -> list[tuple[str, int]]:
        """The places a conversation may point at later (第二名, 垫底的), whatever was shown."""
        try:
            head = got.values_of([rid for rid, _ in a.ranked(asc, RANKED_KEPT)])
            last = got.values_of([rid for rid, _ in a.ranked(not asc, 1)]) if n > RANKED_KEPT else []
            return [(self.r.agency_names[v.report.agency_id], v.report.year) for v in head + last]
        except Unavailable:
            return []

    def _total_sql(self, q: Query) -> Answer | None:
        got = self._across_sql(q)
        if not isinstance(got, _Scope):
            return got
        try:
            return self._total_of(q, got)
        finally:
            got.across.close()

    def _total_of(self, q: Query, got: _Scope) -> Answer | None:
        a, s, notes, unreadable = got.across, got.summary, got.notes, got.unreadable
        if not s.values:
            return None
        if unreadable:  # a sum without one of its parts would be a wrong number
            return Answer("not_found", title=f"无法合计：{len(unreadable)}份年报的这一格未能从原文可靠读出",
                          items=unreadable[:MAX_LISTED], notes=notes)
        total = Decimal(s.total) / SCALE
        notes += self._skipped_notes(got.head, got.n_skipped)
        try:
            first = got.values_of(a.in_order(1))[0]
            if s.values > MAX_PARTS:  # the sum is of all of them; the list shows the largest
                shown = got.values_of(a.largest(MAX_PARTS))
                notes.append(f"共{s.values}份年报相加，这里列出数值最大的{MAX_PARTS}份")
            else:
                shown = got.values_of(a.in_order(MAX_PARTS))
        except Unavailable:
            return None
        figs = [self._one(v) for v in shown]
        years = s.years
        when = f"{years[0]}年 " if len(years) == 1 else f"{years[0]}–{years[-1]}年各年报 "  # a total names its year
        return Answer("total", value=as_number(total), figures=figs, notes=notes,
                      title=f"{when}{first.label}合计（{s.values}份年报）", op="sum", count=s.values)
