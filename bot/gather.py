"""Gathering figures: a metric in one report → a cited Value (one cell, or a sum of cells), never a guess."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

from bot.answer import Answer, Figure, Option
from bot.index_reader import CellRow, ReportRow
from bot.rows import METRICS, AmbiguousColumn, Metric, default_column
from bot.understand import Query
from index import templates as tpl
from index.model import ACTIVE, REQUESTS, TABLE_TITLES


@dataclass
class Value:
    """A figure or a sum of figures for one report. Its cited figures are built when shown, so a
    ranking over thousands of reports only builds the ones it lists."""

    report: ReportRow
    total: Decimal | None
    label: str
    unit: str
    parts: int  # how many cells make it
    build: Callable[[], list[Figure]] = field(repr=False, default=list)

    @cached_property
    def figures(self) -> list[Figure]:
        return self.build()


ROW_NAMES = {  # how answers name the template's long rows
    "本年新收政府信息公开申请数量": "本年新收申请",
    "上年结转政府信息公开申请数量": "上年结转申请",
    "总计": "办理结果总计",
}
OUTCOME_GROUPS = ("予以公开", "部分公开", "实质公开", "不予公开", "无法提供", "不予处理", "其他处理")
FIGURE_INTENTS = ("lookup", "compare", "rank", "total", "trend", "change")
MAX_PARTS = 50  # figures listed in a ranking or a total across agencies
MAX_LISTED = 30  # agencies listed when saying what is held
UNREADABLE = "未能从原文可靠读出"
OCR_NOTE = "此格由扫描件 OCR 识别，已由报告自身的加总核对"
STRONG_TYPO_MATCH = 85  # rapidfuzz partial_ratio of a name form with one wrong character in 7+


class Unavailable(Exception):
    """The figure cannot be given for sure; the message says why (in Chinese)."""


class Gather:
    """Cells → Values for the Responder (self.r is the IndexReader)."""

    def _one(self, v: Value) -> Figure:
        return v.figures[0] if v.parts == 1 else self._sum_figure(v)

    def _sum_figure(self, v: Value) -> Figure:
        f0 = v.figures[0]
        warnings = sorted({x for f in v.figures for x in f.warnings})
        return Figure(f0.agency, f0.year, f0.table, " + ".join(sorted({f.row for f in v.figures})), "+".join(sorted({f.column for f in v.figures})),
                      as_number(v.total), v.unit, "", "；".join(f.source for f in v.figures), warnings, v.label)

    def _columns(self, metric: Metric, q: Query, template: str, rep: ReportRow) -> tuple[str, ...]:
        foreign = q.other_tables_columns(metric)
        if foreign:
            raise Unavailable(f"{TABLE_TITLES[metric.table]}的“{metric.label}”不按“{'、'.join(foreign)}”分，年报里没有这个数字")
        try:
            cols = q.columns_named(metric, template)
        except AmbiguousColumn as e:
            if e.separately and q.intent == "lookup":  # 自然人和法人各多少: one figure per column, side by side
                raise AskColumn(self._each_column(rep, metric, q, e.groups)) from e
            raise AskColumn(self._ask_column(q, metric, rep, e.cols)) from e
        if cols is None:
            # A column only the other template has (收费金额 of a 2019 report); in a trend or a
            # change on last year, 增减/变化 asks for the change, not for that column.
            for other in metric.cols if q.intent not in ("trend", "change") else ():
                if other != template and metric.cols[other]:
                    try:
                        named = q.columns_named(metric, other)
                    except AmbiguousColumn:
                        named = None
                    if named:
                        raise Unavailable(f"{rep.year}年的年报（{template}年版模板）“{metric.label}”没有“{named[0]}”这一栏")
            others = q.other_rows_columns(metric)
            if others:
                own = "、".join(metric.cols.get(template, {}))
                raise Unavailable(f"年报表二里“{metric.label}”没有“{others[0]}”这一栏" + (f"（它有：{own}）" if own else ""))
            d = default_column(metric, template)
            if d is None:
                raise AskColumn(self._ask_column(q, metric, rep))
            cols = (d,)
        return cols

    def _value(self, rep: ReportRow, metric: Metric, q: Query, cells=None, cols=None) -> Value:
        """The metric in one report: one cell, or the sum of several. `cells` may come prefetched."""
        name = self.r.agency_names[rep.agency_id]
        rows = metric.rows.get(rep.template)
        if not rows:
            raise Unavailable(f"{rep.year}年的年报（{rep.template}年版模板）没有“{metric.label}”这一项")
        cols = cols or self._columns(metric, q, rep.template, rep)
        if cells is None:
            cells = self.r.cells(rep.id, metric.table, (*rows, "其他处理") if metric.key == "其他处理" else rows)
        if metric.key == "其他处理" and rep.template == "2021" and any(k[0] == "其他处理" for k in cells):
            rows = ("其他处理",)  # printed as one row, as the 2019 template has it
        parts, total = [], Decimal(0)
        for row in rows:
            for col in cols:
                c = cells.get((row, col))
                if c is None:
                    raise Unavailable(f"{name}{rep.year}年 {where_in_table(metric.table, row, col)} {UNREADABLE}，无法回答")
                parts.append(c)
                if c.value is not None:
                    try:
                        total += Decimal(c.yuan if c.yuan and col == tpl.AMOUNT_2019 else c.value)
                    except ArithmeticError as e:
                        raise Unavailable(f"{name}{rep.year}年 {where_in_table(metric.table, row, col)} 印的是“{c.value}”，不是数字") from e
        label = metric.label + ("" if cols == ("总计",) and metric.table != ACTIVE else f"（{'+'.join(cols)}）")
        if all(c.value is None for c in parts):
            total = None  # every part blank: the report prints nothing, so we say nothing

        def build() -> list[Figure]:
            checks = self.r.failed_checks(rep.id)
            if parts[0].line is None:  # prefetched values only: read the cited cells whole
                full = self.r.cells(rep.id, metric.table, tuple({c.row for c in parts}))
                return [self._figure(rep, full[(c.row, c.col)], checks) for c in parts]
            return [self._figure(rep, c, checks) for c in parts]

        return Value(rep, total, label, unit_of_cell(parts[0], self.r.unit_of), len(parts), build)

    def _figure(self, rep: ReportRow, c: CellRow, checks) -> Figure:
        if c.col == tpl.AMOUNT_2019 and c.yuan:
            value, unit = as_number(Decimal(c.yuan)), "元"
        elif c.value is None:
            value, unit = None, c.unit or "件"
        else:
            try:
                value, unit = as_number(Decimal(c.value)), c.unit or "件"
            except ArithmeticError:
                value, unit = c.value, ""
        warnings = [chk["message"] for chk in checks if [c.tbl, c.row, c.col] in [list(x) for x in chk["cells"]]]
        if any(chk["kind"] == "duplicate" for chk in checks):
            warnings += self._other_versions(rep, c)
        if c.ocr:
            warnings.append(OCR_NOTE)
        return Figure(
            agency=self.r.agency_names[rep.agency_id], year=rep.year, table=TABLE_TITLES[c.tbl], row=c.row,
            column=c.col, value=value, unit=unit, raw=c.raw or "", source=f"{rep.file}:{c.line}",
            warnings=warnings, label=f"{ROW_NAMES.get(c.row, c.row.replace('/', '·'))}（{c.col}）",
        )

    def _other_versions(self, rep: ReportRow, c: CellRow) -> list[str]:
        """The same cell in the other file(s) of this agency and year: both versions are shown, each cited."""
        out = []
        for other in self.r.reports.values():
            if other.id == rep.id or other.agency_id != rep.agency_id or other.year != rep.year:
                continue
            cell = self.r.cells(other.id, c.tbl, (c.row,)).get((c.row, c.col))
            shown = "没有读出" if cell is None else ("空白" if cell.value is None else f"“{cell.raw or cell.value}”")
            out.append(f"另一份文件 {other.file} 第{cell.line if cell else '?'}行此格为{shown}，两份以哪一份为准请核对")
        return out

    def _each_column(self, rep: ReportRow, metric: Metric, q: Query, groups: list[tuple[str, ...]]) -> Answer:
        values = [self._value(rep, metric, q, cols=g) for g in groups]
        if q.difference and len(values) == 2:  # 制发和废止差多少: the two columns, the first less the second
            return self._difference_of(values, [])
        return Answer("table", figures=[self._one(v) for v in values],
                      title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年 {metric.label}（分列）")

    def _ask_column(self, q: Query, metric: Metric, rep: ReportRow, cols=None) -> Answer:
        cols = cols or metric.cols.get(rep.template, {})
        opts = [Option(col, q.picking(col)) for col in cols]
        return Answer("clarify", title=f"“{metric.label}”有{len(opts)}项数字，请问要哪一项？", options=opts)

    def _metric(self, q: Query) -> Metric:
        return q.metrics[0]

    def _metric_across(self, q: Query) -> Metric:
        """The one figure taken across reports. Several rows named together (予以公开和部分公开) are the
        metric that adds them up, when the template has one; otherwise they are never silently cut to the first."""
        if len(q.metrics) < 2:
            return q.metrics[0]
        rows = {t: {r for m in q.metrics for r in m.rows.get(t, ())} for t in ("2019", "2021")}
        for m in METRICS if not (q.separately and not q.add_up) else ():  # (各多少: each row apart, not their sum)
            if len(m.rows.get("2021", ())) > 1 and all(set(m.rows.get(t, ())) == rows[t] for t in rows):
                return m
        same_shape = len({(m.table, repr(m.cols), repr(m.default_col), tuple(sorted(m.rows))) for m in q.metrics}) == 1
        rows_of = [[r for m in q.metrics for r in m.rows.get(t, ())] for t in q.metrics[0].rows]
        apart = all(len(rs) == len(set(rs)) for rs in rows_of)  # (a row and its own part are not added twice)
        # (新收合计，减去办结的合计 / 新收加结转，和办结加结转下年，两边差几件: rows set against rows, not one figure)
        joined = (q.add_up and not q.separately and not q.mixed_sum and not q.balance and not any(s < 0 for s in q.signs)
                  and len(q.metrics) <= 3 and (not q.difference or any(m.word_before.endswith("比") for m in q.mentions)))
        if joined and same_shape and apart:
            # 复议加诉讼的总数，淮安比洪泽多多少: the rows said joined are one figure, taken in every report
            first = q.metrics[0]
            return replace(first, key="+".join(m.key for m in q.metrics), label="＋".join(m.label for m in q.metrics),
                           rows={t: tuple(r for m in q.metrics for r in m.rows.get(t, ())) for t in first.rows},
                           synonyms=(), parent=None)
        raise AskColumn(Answer("not_found", title="跨单位比较或排名一次只能看一项数字（问到了："
                               + "、".join(m.label for m in q.metrics) + "），请分别问"))

    def _values_across(self, q: Query, ids) -> tuple[list[Value], list[str], list[str]]:
        metric = self._metric_across(q)
        values, skipped, notes, todo = [], [], [], []
        skipped_years: list[str] = []  # agencies without the one year a ranking or total is taken in
        latest = {} if q.years else self.r.latest_reports(frozenset(metric.rows))
        one_year = None
        named = bool(q.mentions) and all(m.kind == "name" for m in q.mentions) and len(q.mentions) >= 2
        if (not q.years and q.intent in ("rank", "total") and latest and not q.every_report and not q.template and not q.years_of
                and not q.each_newest and not q.every_year_of and not (named and q.intent == "rank")):  # (agencies named and ranked: each its newest, none dropped)
            # across agencies, one year: the newest held in scope (never each agency's newest, mixed)
            one_year = max((rep.year for aid, rep in latest.items() if aid in set(ids)), default=None)
        for aid in ids:
            by_year = self.r.by_agency.get(aid, {})
            name = self.r.agency_names[aid]
            if aid in q.every_year_of:  # 淮安市、洪泽两年、平潭: every report of that one
                reps = [by_year[y] for y in sorted(by_year)]
            elif aid in q.years_of:  # 洪泽区2023和2024 among others named without a year
                reps = [by_year[y] for y in q.years_of[aid] if y in by_year]
                if not reps:
                    skipped.append(f"{name}（没有{'、'.join(map(str, q.years_of[aid]))}年的年报）")
                    continue
            elif q.years:
                reps = [by_year[y] for y in q.years if y in by_year]
                # (a sum never takes another year in place of the one said of it: 淮安和洪泽2023年…加起来 leaves 淮安
                # out, and says so; 洪泽2024年的，和平潭的加起来 takes 平潭's only report, the year being 洪泽's)
                named_after = bool(q.time_spans) and any(m.start >= max(e for _, e in q.time_spans) for m in q.mentions if aid in m.agency_ids)
                across = q.add_up and len(q.metrics) < 2  # (予以公开和部分公开合起来 of each agency: each its own sum, compared)
                if not reps and (q.intent == "compare" and (not across or named_after) or q.intent == "rank" and q.mentions) and by_year and any(
                        y in self.r.by_agency.get(other, {}) for other in ids for y in q.years):
                    if len(by_year) > 1:  # the year was given for another agency: which of its years is asked
                        raise AskColumn(self._ask_year_of(q, ids, aid))
                    reps = [by_year[max(by_year)]]  # its only report
                    notes.append(f"{name}没有{'、'.join(map(str, q.years))}年的年报，用它仅有的{max(by_year)}年年报比较")
                if not reps:
                    skipped.append(f"{name}（没有{'、'.join(map(str, q.years))}年的年报）")
                    continue
                # (A2020年和B2024年: each its own year; a year none of them holds is the one left out)
                missing = [y for y in q.years if not any(y in self.r.by_agency.get(o, {}) for o in ids)]
                if missing and q.mentions and q.intent != "rank":  # 两家2024年和2025年各多少: a year asked of an agency named is said
                    skipped.append(f"{name}（没有{'、'.join(map(str, missing))}年的年报）")
            elif q.every_report or q.template:  # 所有年报里 / 2021年版的报告: each report of each year
                reps = [by_year[y] for y in sorted(by_year) if not q.template or by_year[y].template == q.template]
                if not reps:
                    continue
            else:
                rep = latest.get(aid)
                if rep is None:
                    skipped.append(f"{name}（年报中没有“{metric.label}”）")
                    continue
                if one_year is not None and rep.year != one_year:
                    rep = by_year.get(one_year)
                    if rep is None:
                        skipped_years.append(name)
                        continue
                reps = [rep]
            todo += reps
        rows = {r for t in metric.rows.values() for r in t} | ({"其他处理"} if metric.key == "其他处理" else set())
        cols: set[str] = set()
        cols_of: dict[str, tuple[str, ...]] = {}
        for t in sorted({x.template for x in todo}):
            sample = next(x for x in todo if x.template == t)
            try:
                cols_of[t] = self._columns(metric, q, t, sample)
                cols |= set(cols_of[t])
            except Unavailable:
                left = [f"{self.r.agency_names[x.agency_id]} {x.year}年" for x in todo if x.template == t]
                todo = [x for x in todo if x.template != t]
                # one line for all of them: a phone screen is not filled with the same reason again and again
                notes.append(f"{t}年版模板的“{metric.label}”没有这一栏，未计入：{'、'.join(left)}" if len(left) <= 3
                             else f"{t}年版模板的“{metric.label}”没有这一栏，这{len(left)}份年报未计入")
        prefetched = self.r.cells_many([r.id for r in todo], metric.table, sorted(rows), sorted(cols)) if todo else {}
        for rep in todo:
            try:
                values.append(self._value(rep, metric, q, prefetched.get(rep.id, {}), cols_of.get(rep.template)))
            except Unavailable as e:
                skipped.append(str(e))
        if one_year is not None:
            notes.append(f"未指明年份，按库中最新的{one_year}年" + (f"；没有{one_year}年年报的{len(skipped_years)}个单位未计入（可加上年份再问）"
                                                               if skipped_years else ""))
        elif q.template and not q.years:
            notes.append(f"按库中{q.template}年版模板的全部年报（各年份都算，一份年报一项）")
        elif q.every_report and not q.years:
            notes.append("按所列单位的年报（一份年报一项）" if q.mentions else "按库中全部年报（各年份都算，一份年报一项）")
        elif q.every_year_of and not q.years:  # 淮安市、洪泽两年、平潭 (平潭2022: its year, said)
            every = "、".join(self.r.agency_names[a] for a in q.every_year_of)
            rest = set(ids) - set(q.years_of) - set(q.every_year_of)
            notes.append(f"{every}的年报每年都算（一份年报一项）" + ("，其余单位取各自最新一份含这一项的年报" if rest else ""))
        elif q.years_of and set(ids) - set(q.years_of):  # 淮安市政府、洪泽区（23、24两年）和平潭
            others = "、".join(self.r.agency_names[a] for a in ids if a not in q.years_of)
            notes.append(f"{others}没有写年份，取各自最新一份含这一项的年报")
        elif q.each_newest:
            notes.append("各单位取各自最新一份含这一项的年报（年份可能不同）")
        elif not q.years and not q.years_of:
            notes.append("未指明年份，各单位取最新一份含这一项的年报")
        return values, skipped, notes

    def _ask_year_of(self, q: Query, ids, aid: int) -> Answer:
        """平潭2022年和洪泽比: 洪泽 has no 2022 report but several others; which one is asked back."""
        name, held = self.r.agency_names[aid], sorted(self.r.by_agency.get(aid, {}))
        def written(other: int, year: int | None) -> str:
            own = [y for y in q.years if y in self.r.by_agency.get(other, {})]
            return self.r.agency_names[other] + (f"{year}年" if other == aid else "".join(f"{y}年" for y in own[:1]))
        opts = [Option(f"{name}{y}年", q.with_agencies([written(other, y) for other in ids])) for y in reversed(held)]
        return Answer("clarify", title=f"{name}没有{'、'.join(map(str, q.years))}年的年报（有{'、'.join(map(str, held))}年），"
                                       "要用它哪一年比？", options=opts)

    def _skipped_notes(self, skipped: list[str], count: int | None = None) -> list[str]:
        """What was left out: `skipped` (or its first five, when `count` says how many there are)."""
        count = len(skipped) if count is None else count
        if count <= 5:
            return [f"未计入：{x}" for x in skipped[:count]]
        return [f"未计入{count}份：{'；'.join(skipped[:5])}等"]


class AskColumn(Exception):
    def __init__(self, answer: Answer):
        self.answer = answer


def unit_of_cell(c: CellRow, unit_of) -> str:
    if c.col == tpl.AMOUNT_2019 and c.yuan:
        return "元"
    if c.value is not None:
        try:
            Decimal(c.value)
        except ArithmeticError:
            return ""
    return c.unit or unit_of(c.tbl, c.row, c.col)


def with_column(q: Query, col: str) -> Query:
    """The same question with its column words replaced by one column (for a ratio's denominator)."""
    from dataclasses import replace

    return replace(q, column_said=col)


def where_in_table(tbl: str, row: str, col: str) -> str:
    short = {REQUESTS: "表三", ACTIVE: "表二"}.get(tbl, "表四")
    return f"{short} {row.replace('/', '·')} · {col}"


def as_number(d: Decimal | int | None):
    if d is None or isinstance(d, int):
        return d
    return int(d) if d == d.to_integral_value() else float(d)


def times(a: Decimal, b: Decimal) -> Decimal:
    """a as a multiple of b, to one place as a percent is (32.8倍); the division is said beside it."""
    return (Decimal(a) / Decimal(b)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
