"""Answers across agencies: rankings, totals, comparisons and differences, one year at a time."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.across_sql import AcrossSQL
from bot.answer import Answer, Option
from bot.gather import MAX_LISTED, MAX_PARTS, UNREADABLE, AskColumn, Value, as_number
from bot.understand import Query


class AcrossAnswers(AcrossSQL):
    """Intents answered across agencies."""

    sql_across = True  # rankings and totals summed by SQLite (False: a Value per report, in Python)

    def _across(self, q: Query) -> tuple[list[Value], list[str], list[str]] | Answer:
        """The figure for every agency in scope (values, skipped, notes), or the answer to give instead."""
        if self._names_an_agency_we_miss(q):
            return self._lookup(q)
        try:
            values, skipped, notes = self._values_across(q, self._scope(q))
        except AskColumn as e:
            return e.answer
        return values, skipped, notes + self._scope_notes(q)

    def _rank(self, q: Query) -> Answer:
        fast = self._rank_sql(q) if self.sql_across else None
        if fast is not None:
            return fast
        got = self._across(q)
        if isinstance(got, Answer):
            return got
        values, skipped, notes = got
        blank = [v for v in values if v.total is None]
        values = [v for v in values if v.total is not None]
        if blank:
            notes.append(f"{len(blank)}份年报这一格印成空白，未参加排名")
        if not values:
            return Answer("not_found", title="没有可排名的数字", items=skipped)
        values.sort(key=lambda v: (v.total, v.report.year), reverse=not q.ascending)
        unreadable = [x for x in skipped if UNREADABLE in x]
        if q.position_of:
            return self._position(q, values, unreadable, notes)
        if unreadable and (q.nth or q.top_n or q.wants_top):
            # who comes first cannot be said while a candidate's figure could not be read
            return Answer("not_found", title=f"排名无法确定：{len(unreadable)}份年报的这一格未能从原文可靠读出",
                          items=unreadable[:MAX_LISTED], figures=[self._one(v) for v in values[:10]], notes=notes)
        if q.nth:
            if q.nth > len(values):
                return Answer("not_found", title=f"只有{len(values)}个单位有这一项，没有第{q.nth}名")
            v = values[q.nth - 1]
            same = [x for x in values if x.total == v.total]
            if len(same) > 1:
                notes.append(f"与第{q.nth}名并列（同为{as_number(v.total)}）的有{len(same)}个，均列出")
            figs = [self._one(x) for x in same]
            return Answer("table" if len(figs) > 1 else "figure", figures=figs, notes=notes,
                          title=f"{v.label}{'倒数' if q.ascending else ''}第{q.nth}名（共{len(values)}个）")
        named = len([m for m in q.mentions if m.kind in ("name", "parent")]) >= 2
        top = q.top_n or (1 if q.wants_top and not named else None)
        shown = values[:top] if top else values[:MAX_PARTS]
        if not top and len(values) > MAX_PARTS:
            notes.append(f"共{len(values)}个，这里列出前{MAX_PARTS}个")
        ties = top and len(values) > top and values[top].total == shown[-1].total
        if ties:
            notes.append(f"第{top}名与其后有并列（同为{as_number(shown[-1].total)}），均列出")
            shown = [v for v in values if v.total >= shown[-1].total] if not q.ascending else [v for v in values if v.total <= shown[-1].total]
        notes += self._skipped_notes(skipped)
        figs = [self._one(v) for v in shown]
        partial = f"；另有{len(unreadable)}份年报的这一格未能可靠读出，未参加排名" if unreadable else ""
        return Answer("table", figures=figs, notes=notes, title=f"{values[0].label}排名（共{len(values)}个{partial}）")

    def _position(self, q: Query, values: list, unreadable: list[str], notes: list[str]) -> Answer:
        """平潭排第几: the place of one agency among all ranked (ties share a place)."""
        mine = [v for v in values if v.report.agency_id in q.position_of]
        if not mine:
            name = "、".join(self.r.agency_names[i] for i in q.position_of)
            return Answer("not_found", title=f"{name}没有参加这个排名（没有这一年或这一项的数字）", notes=notes)
        if unreadable:
            return Answer("not_found", title=f"名次无法确定：{len(unreadable)}份年报的这一格未能从原文可靠读出",
                          items=unreadable[:MAX_LISTED], figures=[self._one(v) for v in mine], notes=notes)
        figs, titles = [], []
        for v in mine:
            place = 1 + sum(1 for x in values if (x.total > v.total if not q.ascending else x.total < v.total))
            figs.append(self._one(v))
            titles.append(f"{self.r.agency_names[v.report.agency_id]} {v.report.year}年排第{place}名")
        return Answer("figure" if len(figs) == 1 else "table", figures=figs, notes=notes,
                      title=f"{values[0].label}：{'；'.join(titles)}（共{len(values)}个）")

    def _total(self, q: Query) -> Answer:
        fast = self._total_sql(q) if self.sql_across else None
        if fast is not None:
            return fast
        got = self._across(q)
        if isinstance(got, Answer):
            return got
        values, skipped, notes = got
        if not values:
            return Answer("not_found", title="没有可合计的数字", items=skipped)
        unreadable = [x for x in skipped if UNREADABLE in x]
        if unreadable:  # a sum without one of its parts would be a wrong number
            return Answer("not_found", title=f"无法合计：{len(unreadable)}份年报的这一格未能从原文可靠读出",
                          items=unreadable[:MAX_LISTED], notes=notes)
        total = sum((v.total or Decimal(0) for v in values), Decimal(0))
        notes += self._skipped_notes(skipped)
        shown = values
        if len(values) > MAX_PARTS:  # the sum is of all of them; the list shows the largest
            shown = sorted(values, key=lambda v: v.total or Decimal(0), reverse=True)[:MAX_PARTS]
            notes.append(f"共{len(values)}份年报相加，这里列出数值最大的{MAX_PARTS}份")
        figs = [self._one(v) for v in shown]
        years = sorted({v.report.year for v in values})
        when = f"{years[0]}年 " if len(years) == 1 else f"{years[0]}–{years[-1]}年各年报 "  # a total names its year
        return Answer("total", value=as_number(total), figures=figs, notes=notes,
                      title=f"{when}{values[0].label}合计（{len(values)}份年报）", op="sum")

    def _compare(self, q: Query) -> Answer:
        if q.unknown_agency:  # every agency named is answered for, or the answer says which we do not hold
            return self._no_agency(self._unknown_phrase(q))
        ids: list[int] = []
        for m in q.mentions:
            if len(m.agency_ids) > 1 and m.kind in ("name", "parent"):
                return self._clarify_agency(q, m, m.agency_ids, f"“{m.text}”对应{len(m.agency_ids)}个单位，请问是哪一个？")
            ids += [i for i in m.agency_ids if i not in ids]
        if len(ids) == 1:
            return self._lookup(q)  # one agency named twice: the checks of _one_agency apply
        if not ids:
            return self._one_agency(q)[1] or self._unknown(q)
        try:
            values, skipped, notes = self._values_across(q, ids)
        except AskColumn as e:
            return e.answer
        if not values:
            return Answer("not_found", title="没有可比较的数字", items=skipped)
        notes += [f"没有：{s}" for s in skipped]
        figs = [self._one(v) for v in values]
        if q.difference and len(values) == 2 and not skipped:  # A比B多多少: the difference, said as one
            a, b = values
            if a.total is None or b.total is None:
                return Answer("not_found", title="其中一个单位这一格是空白，算不出差", figures=figs, notes=notes)
            diff = a.total - b.total
            who = [f"{self.r.agency_names[v.report.agency_id]}{v.report.year}年" for v in values]
            pct = f"（{'+' if diff >= 0 else ''}{diff / b.total * 100:.1f}%）" if b.total else ""
            unit = a.unit or "件"
            return Answer("total", value=as_number(diff), figures=figs, notes=notes, op="difference",
                          title=f"{a.label}：{who[0]}比{who[1]}{'多' if diff >= 0 else '少'}{as_number(abs(diff))}{unit}{pct}")
        if q.add_up and not q.difference:  # A和B加起来: the sum of the agencies named, all of them or none
            if skipped:
                return Answer("not_found", title="无法合计：有单位缺这一项", items=skipped, figures=[self._one(v) for v in values])
            return self._sum_of(values, notes, f"{values[0].label}合计（{len(values)}个单位）")
        return Answer("table", figures=figs, notes=notes, title=f"{values[0].label}比较")

    def _ratio_each(self, q: Query) -> Answer:
        """A rate across agencies (纠错率哪个高) is not a rate of summed or ranked counts: it is asked of
        each report on its own (one tap each)."""
        ids = [i for m in q.mentions for i in m.agency_ids] or sorted(self.r.agency_names)
        spans = [(m.start, m.end) for m in q.mentions] + list(q.time_spans)
        rest = q.text
        for s, e in sorted(spans, reverse=True):
            rest = rest[:s] + rest[e:]
        rest = re.sub(r"(?:在|从)?[^,，。]{0,10}(?:报告|年报)(?:里|中|之中|当中)[,，]?|"
                      r"(?:是)?(?:哪个|哪家|哪一份|哪份|哪一个|谁)(?:的)?(?:(?:最|更|比较)?(?:高|低|多|少|大|小))?|"
                      r"(?:最|更|比较)(?:高|低|多|少|大|小)(?:的)?(?:是)?|排名|排行|排序|从高到低|从低到高|排一下|排个序|"
                      r"一共|合计|加起来|比较|对比|各单位|所有单位|各家", "", rest)
        rest = re.sub(r"^[和与及跟同、,，的]+|[和与及跟同、,，的是?？。]+$", "", rest)
        options = []
        for aid in dict.fromkeys(ids):
            by_year = self.r.by_agency.get(aid, {})
            years = [y for y in sorted(by_year, reverse=True) if (not q.years or y in q.years)
                     and (not q.template or by_year[y].template == q.template)]
            if not years and q.intent == "compare" and by_year:  # the year was given for another agency
                years = [max(by_year)]
            for y in years if (q.every_report or q.template or q.intent in ("trend", "change")) else years[:1]:
                name = self.r.agency_names[aid]
                options.append(Option(f"{name} {y}年", f"{name}{y}年{rest}"))
        if not options:
            return Answer("not_found", title="没有可以算这个比例的年报")
        return Answer("clarify", title="比例要按每个单位自己的数字分别算（不能把几家的件数加起来或直接比件数），请逐个查看：",
                      options=options[:10])
