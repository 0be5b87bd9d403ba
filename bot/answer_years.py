"""Answers across one agency's years: a trend, a multi-year sum, 哪一年最多, a change on a year."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from bot.answer import Answer
from bot.gather import AskColumn, Unavailable, Value, as_number
from bot.rows import AmbiguousColumn
from bot.understand import Query
from index.templates import CHANGE_COLUMN


class YearAnswers:
    """Intents answered across one agency's years."""

    def _trend(self, q: Query) -> Answer:
        aid, other = self._agency_or_answer(q)
        if other:
            return other
        by_year = self.r.by_agency.get(aid, {})
        years = q.years or sorted(by_year)[-(q.top_n or 0):]
        if q.by_year and len({m.key for m in q.metrics}) > 1:  # 新收和结转加起来哪一年多: one figure a year is ranked here
            return Answer("not_found", title="几项加起来再比哪一年多，我还不会一次算；请分别问每一项各年的数字"
                                             "（例如：洪泽区各年本年新收申请）")
        if q.change_asked and len(years) == 2 and not q.add_up:  # 两年比，收费少了多少: the change between them
            return self._change(replace(q, intent="change", years=years, top_n=None, change_asked=False))
        several = len({m.key for m in q.metrics}) > 1
        each_year = several and q.add_up and q.separately  # 两年许可和处罚加起来分别是多少: each year's sum, not the years added
        values, missing = [], []
        for y in years:
            if y not in by_year:
                missing.append(y)
                continue
            try:
                if several and not q.add_up:  # 两年许可和处罚各是多少: every row asked, each year (never the first alone)
                    values += [self._value(by_year[y], m, q) for m in q.metrics]
                else:
                    values.append(self._rows_added(by_year[y], q) if q.add_up else self._value(by_year[y], self._metric(q), q))
            except Unavailable as e:
                missing.append(f"{y}（{e}）")
            except AskColumn as e:
                return e.answer
        notes = []
        name = self.r.agency_names[aid]
        held = f"现有{'、'.join(map(str, sorted(by_year)))}年"
        if q.add_up and missing:  # a sum that leaves out a year asked for would be a wrong number
            return Answer("not_found", title=f"无法合计：{name}没有{'、'.join(map(str, missing))}年的数字（{held}）",
                          figures=[self._one(v) for v in values], notes=["可以只问库中有的年份"])
        if missing:
            notes.append(f"{name}没有这些年份的数字：{'、'.join(map(str, missing))}（{held}）")
        short = not q.years and q.top_n and len(years) < q.top_n  # 平潭两年 with one report held
        if short and q.add_up:
            return Answer("not_found", title=f"无法合计：问的是{q.top_n}年，库中{name}只有{len(years)}年（{held}）",
                          figures=[self._one(v) for v in values])
        if short:
            notes.append(f"问的是{q.top_n}年，库中{name}只有{len(years)}年（{held}）")
        if not values:
            return Answer("not_found", title=f"没有{name}这些年份的数字", notes=notes)
        if q.add_up and not q.by_year and not each_year:  # (三类合起来，哪一年更多: the rows are added, each year, and the years ranked)
            years_said = "、".join(str(v.report.year) for v in values)
            summed = self._sum_of(values, notes, f"{name} {values[0].label} {years_said}年合计")
            return self._sum_by_parts(values, summed) if summed.kind == "total" and not q.as_printed else summed
        if q.by_year:
            if len(values) < 2:
                return Answer("not_found", title=f"库中只有{name}{values[0].report.year}年一份年报的这一项，比不出哪一年多",
                              figures=[self._one(v) for v in values], notes=notes)
            ranked = sorted((v for v in values if v.total is not None), key=lambda v: v.total, reverse=not q.ascending)
            if len(ranked) < len(values):
                return Answer("not_found", title="有年份的这一格是空白，比不出哪一年多", figures=[self._one(v) for v in values], notes=notes)
            tie = len(ranked) > 1 and ranked[0].total == ranked[1].total
            head = "并列" if tie else f"{ranked[0].report.year}年{'最少' if q.ascending else '最多'}"
            return Answer("table", figures=[self._one(v) for v in ranked], notes=notes,
                          title=f"{name} {values[0].label}：{head}（按数值排列）")
        figs = [self._one(v) for v in values]
        labels = "、".join(dict.fromkeys(v.label for v in values))
        return Answer("table", figures=figs, notes=notes, title=f"{name} {labels}（按年份）")

    def _sum_by_parts(self, values: list, summed: Answer) -> Answer:
        """A sum over years where a year's printed total contradicts its own parts: that year counts by its
        parts (as a single report's 一共 does), and the sum of the printed totals is said beside it."""
        by_parts, fixed = Decimal(0), []
        for v in values:
            contradicted = any("各项之和" in w for f in v.figures for w in f.warnings)
            parts = self._parts_sum(v.report, v, []) if contradicted else None
            if parts is not None and parts.kind == "total":
                by_parts += Decimal(str(parts.value))
                fixed.append(f"{v.report.year}年印的是{as_number(v.total)}，各项之和是{parts.value}")
            else:
                by_parts += v.total
        if not fixed:
            return summed
        summed.notes.append(f"{'；'.join(fixed)}：按各项之和计为{as_number(by_parts)}；按表中印出的总计相加是{summed.value}")
        summed.value = as_number(by_parts)
        return summed

    def _rows_added(self, rep, q: Query) -> Value:
        """The one figure of a change: the row asked, or the rows named together added up (三项加一起 → 多了多少)."""
        values = [self._value(rep, m, q) for m in q.metrics]
        if len(values) == 1:
            return values[0]
        if any(v.total is None for v in values) or len({v.unit for v in values}) > 1:
            raise Unavailable("其中有空白的格，或几项的单位不同，无法相加后比较")
        return Value(rep, sum((v.total for v in values), Decimal(0)), "、".join(v.label for v in values) + "合计", values[0].unit,
                     sum(v.parts for v in values), build=lambda: [f for v in values for f in v.figures])

    def _change(self, q: Query) -> Answer:
        aid, other = self._agency_or_answer(q)
        if other:
            return other
        by_year = self.r.by_agency.get(aid, {})
        name = self.r.agency_names[aid]
        years = [y for y in q.years if y != q.base_year]  # 比2023年多几件: the year compared against
        year = max(years) if years else (max(by_year) if by_year else None)
        if q.base_year:
            before = q.base_year
        else:
            before = min(q.years) if len(q.years) == 2 else (year - 1 if year else None)
        held = [f"现有：{'、'.join(map(str, sorted(by_year)))}年"]
        if year not in by_year:
            return Answer("not_found", title=f"库中没有{name}{year}年的年报", items=held)
        if before == year:  # 比24年多多少 asked of 2024 itself: not a change
            return Answer("not_found", title=f"要比较的两个年份都是{year}年，请说明和哪一年比")
        if before not in by_year:
            rep = by_year[year]
            try:
                # 比上一年 says the change, not that column
                change_col = q.columns_named(self._metric(q), rep.template, than_last_year=False) == (CHANGE_COLUMN,)
            except AmbiguousColumn:
                change_col = False
            if change_col and before == year - 1:  # 事项比上一年增加了几项: the report prints that change itself
                v = self._value(rep, self._metric(q), q, cols=(CHANGE_COLUMN,))
                return Answer("figure", figures=v.figures, title=v.label,
                              notes=[f"库中没有{name}{before}年的年报；这是{year}年年报自己印的“本年增/减”一栏"])
            return Answer("not_found", title=f"库中没有{name}{before}年的年报，无法比较", items=held)
        if len(q.metrics) > 1 and not q.add_up:  # (the change of one row at a time, never the first one silently)
            return Answer("not_found", title="问的是几项的变化：请一项一项问，或说“加起来”比较合计")
        try:
            prev, cur = (self._rows_added(by_year[y], q) for y in (before, year))
        except Unavailable as e:
            return Answer("not_found", title=str(e))
        except AskColumn as e:
            return e.answer
        notes: list[str] = []
        if q.parts_sum:  # 按分项加总算，24年比23年少几件: each year by the sum of its parts, not the printed total
            summed = [self._parts_sum(by_year[y], v, []) for y, v in ((before, prev), (year, cur))]
            if any(a.kind != "total" or a.value is None for a in summed):
                return Answer("not_found", title="有一年的分项无法相加（空白或不是合计项），算不出变化",
                              figures=[self._one(prev), self._one(cur)])
            prev, cur = (replace(v, total=Decimal(str(a.value))) for v, a in zip((prev, cur), summed, strict=True))
            notes.append(f"两年都按分项之和计算：{before}年{as_number(prev.total)}，{year}年{as_number(cur.total)}")
        if prev.total is None or cur.total is None:
            return Answer("not_found", title="其中一年该格为空，无法计算变化")
        diff = cur.total - prev.total
        figs = [self._one(v) for v in (prev, cur)]
        pct = f"，{'+' if diff >= 0 else ''}{(diff / prev.total * 100):.1f}%" if prev.total else ""  # 比上年 +352.4%
        unit = cur.unit or "件"
        said = f"{'多' if diff > 0 else '少' if diff < 0 else '持平，变化'}{as_number(abs(diff))}{unit}" if diff else "持平"
        title = f"{name} {cur.label}：{year}年比{before}年{said}{pct.replace('，', '（', 1) + '）' if pct else ''}"
        if q.percent_change:  # 增幅 / 增长了百分之多少: the percent is the figure asked for
            if not prev.total:
                return Answer("not_found", title=f"{before}年为0，算不出增幅", figures=figs)
            rate = (diff / prev.total * 100).quantize(Decimal("0.1"))
            grew = "增长" if diff >= 0 else "下降"
            title = f"{name} {cur.label}：{year}年比{before}年{grew}（{'多' if diff >= 0 else '少'}{as_number(abs(diff))}{unit}）"
            # a fall is said as a fall of so many percent (下降2.4%), never as a negative 增幅
            how = (f"增幅 =（{as_number(cur.total)} − {as_number(prev.total)}）÷ {as_number(prev.total)}" if diff >= 0
                   else f"降幅 =（{as_number(prev.total)} − {as_number(cur.total)}）÷ {as_number(prev.total)}")
            return Answer("total", value=as_number(abs(rate)), unit="%", figures=figs, op="change", title=title, notes=[how])
        return Answer("total", value=as_number(diff), figures=figs, op="change", title=title, notes=notes)
