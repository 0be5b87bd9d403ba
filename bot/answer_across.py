"""Answers across agencies: rankings, totals, comparisons and differences, one year at a time."""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from bot.across_sql import AcrossSQL
from bot.answer import Answer, Figure, Option, kept_places
from bot.gather import MAX_LISTED, MAX_PARTS, UNREADABLE, AskColumn, Value, as_number, times
from bot.match import Mention
from bot.rows import BY_KEY
from bot.understand import Query

MAX_RATES = 500  # reports a rate is computed for in one answer, each on its own


class AcrossAnswers(AcrossSQL):
    """Intents answered across agencies."""

    sql_across = True  # rankings and totals summed by SQLite (False: a Value per report, in Python)

    def _across(self, q: Query) -> tuple[list[Value], list[str], list[str]] | Answer:
        """The figure for every agency in scope (values, skipped, notes), or the answer to give instead."""
        if q.parts_sum:
            return self._parts_one_by_one()
        if self._names_an_agency_we_miss(q):
            return self._lookup(q)
        placed = [m for m in q.mentions if len(m.agency_ids) == 1 and 0 <= q.unknown_agency_at - m.end <= 1]
        if q.mentions and q.unknown_agency and not q.exclude_ids and not placed:
            # 安康发改委、嘉兴发改委、秀洲分局排个序: every agency named is ranked, or the answer says which we do not hold
            # (秀洲的自然资源和规划分局: the one unit held in the place said, read as before)
            return self._unit_there(q) or self._no_agency(self._unknown_phrase(q))
        scope = self._scope(q)
        try:
            values, skipped, notes = self._values_across(q, scope)
        except AskColumn as e:
            return e.answer
        named = {i for m in q.mentions for i in m.agency_ids} - set(q.exclude_ids) if not q.position_of else set()
        dropped = sorted(named - set(scope))  # a named agency the level or sector left out is said, never dropped silently
        if dropped:
            skipped = skipped + [f"{self.r.agency_names[i]}（不在所问的范围内）" for i in dropped]
        mismatch = self._count_mismatch(q, values, skipped)
        if mismatch:
            return mismatch
        if q.value_filter:
            passing = self._passing(q, [(v.report.agency_id, v.report.year) for v in values],
                                    {(v.report.agency_id, v.report.year): v.total for v in values})
            if isinstance(passing, Answer):
                return passing
            kept, said = passing
            values, notes = [v for v in values if (v.report.agency_id, v.report.year) in kept], notes + said
        return values, skipped, notes + self._scope_notes(q)

    def _passing(self, q: Query, reports: list[tuple[int, int]], own: dict) -> tuple[set, list[str]] | Answer:
        """The reports whose figure passes the filter said (新收超过30件的几家里), and the notes that say it;
        or the answer to give when one of them cannot be judged."""
        f = q.value_filter
        if f.key:  # the filter's own row, in the same reports (its 总计 column)
            probe = replace(q, metrics=[BY_KEY[f.key]], value_filter=None, ratio=False, column_text="", intent="rank",
                            years=sorted({y for _, y in reports}), years_of={}, every_year_of=[], add_up=False)
            try:
                got, failed, _ = self._values_across(probe, sorted({a for a, _ in reports}))
            except AskColumn as e:
                return e.answer
            if any(UNREADABLE in x for x in failed):
                return Answer("not_found", title=f"无法按“{f.label}”筛选：有年报的这一格未能从原文可靠读出",
                              items=[x for x in failed if UNREADABLE in x][:MAX_LISTED])
            by = {(v.report.agency_id, v.report.year): v.total for v in got}
        else:  # 零件的不算: the figure asked itself
            by = own
        kept = {r for r in reports if by.get(r) is not None and f.passes(by[r])}
        def who(r: tuple[int, int]) -> str:
            shown = "空白" if by.get(r) is None else f"{as_number(by[r])}"
            return f"{self.r.agency_names[r[0]]}{r[1]}年（{shown}）"
        out = [who(r) for r in reports if r not in kept]
        said = [f"只看{f.label}的{len(kept)}份年报（共{len(reports)}份）"]
        if out:
            said.append(f"未计入（不符合条件）：{'、'.join(out[:MAX_LISTED])}{'等' if len(out) > MAX_LISTED else ''}")
        return kept, said

    def _count_mismatch(self, q: Query, values: list[Value], skipped: list[str]) -> Answer | None:
        """这三家 when two are found: which ones are meant is not known, so nothing is ranked or added."""
        found = len({(v.report.agency_id, v.report.year) for v in values}) + sum(UNREADABLE in x for x in skipped)
        if q.stated_count is None or found == q.stated_count:
            return None
        years = set(q.years) or ({y for by_year in self.r.by_agency.values() for y in by_year} if q.every_report
                                 else {v.report.year for v in values})
        left_out = sum(1 for aid in q.exclude_ids for y in self.r.by_agency.get(aid, {}) if y in years)
        if left_out and found + left_out == q.stated_count:
            return None  # 淮安市本级除外，九份报告里…: the nine said before one was left out
        shown = [f"{self.r.agency_names[v.report.agency_id]}（{v.report.year}年）" for v in values] + skipped
        return Answer("not_found", title=f"问的是{q.stated_count}个，但只认出{found}个，请写出每个单位的名称",
                      items=shown[:MAX_LISTED])

    def _rank(self, q: Query) -> Answer:
        fast = self._rank_sql(q) if (self.sql_across and q.stated_count is None and not q.ends_gap and not q.value_filter
                                     and not q.middle and not (q.add_up and q.top_n and not q.separately)) else None
        if fast is not None:
            return fast
        got = self._across(q)
        if isinstance(got, Answer):
            return got
        values, skipped, notes = got
        blank = [v for v in values if v.total is None]
        values = [v for v in values if v.total is not None]
        if blank and q.mentions and len(blank) <= 3:  # 这三家里谁最多 with one cell blank: said by name
            notes.append("、".join(f"{self.r.agency_names[v.report.agency_id]}{v.report.year}年" for v in blank)
                         + "的这一格印成空白，未参加排名")
        elif blank:
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
        named_ids = {i for m in q.mentions for i in m.agency_ids} - set(q.exclude_ids)
        printed_blank = {v.report.agency_id for v in blank}  # (ranked without them, and said so above)
        left_out = sorted(named_ids - {v.report.agency_id for v in values} - printed_blank) if q.mentions else []
        if left_out and (q.nth or q.top_n or q.wants_top):
            # 这几份里最少的是哪份 with one of them not ranked: who comes first is not known
            who = "、".join(self.r.agency_names[i] for i in left_out)
            return Answer("not_found", title=f"排第几无法确定：问到的{who}没有参加排名", items=skipped[:MAX_LISTED],
                          figures=[self._one(v) for v in values[:MAX_PARTS]],
                          notes=notes + ["可以加上年份分别问，或去掉这个单位再比"])
        if q.ends_gap and len(values) >= 2 and not left_out:  # 最多的比最少的多几件: the two ends, one less the other
            ends = [values[0], values[-1]] if (q.ends_gap == "top") != q.ascending else [values[-1], values[0]]
            return self._difference_of(ends, notes + self._skipped_notes(skipped))
        if q.middle and not q.nth:  # 这三家里排中间的是谁: the middle of an odd number ranked, none of an even number
            if len(values) % 2 == 0 or len(values) < 3:
                return Answer("not_found", title=f"参加排名的有{len(values)}个，没有正中间的一个", figures=[self._one(v) for v in values],
                              notes=notes)
            q = replace(q, nth=(len(values) + 1) // 2)
        if q.nth:
            if q.nth > len(values):
                return Answer("not_found", title=f"只有{len(values)}个单位有这一项，没有第{q.nth}名")
            v = values[q.nth - 1]
            same = [x for x in values if x.total == v.total]
            if len(same) > 1:
                notes.append(f"与第{q.nth}名并列（同为{as_number(v.total)}）的有{len(same)}个，均列出")
            figs = [self._one(x) for x in same]
            order = kept_places([(self.r.agency_names[x.report.agency_id], x.report.year) for x in values])
            return Answer("table" if len(figs) > 1 else "figure", figures=figs, notes=notes, ranked=order,
                          title=f"{v.label}{'倒数' if q.ascending else ''}第{q.nth}名（共{len(values)}个）")
        if q.difference and len(values) == 2 and not skipped and not q.nth:  # 哪家多？多几件: the difference too
            return self._difference_of(values, notes)
        named = len(q.mentions) >= 2  # A和B哪家多: both are shown, the first is the answer
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
        order = kept_places([(self.r.agency_names[v.report.agency_id], v.report.year) for v in values])
        if q.add_up and q.top_n and not q.separately:  # 排前三的加起来: the first places of the ranking, added
            if ties or len(values) < q.top_n or unreadable:
                why = "有并列" if ties else f"只有{len(values)}个可排名" if len(values) < q.top_n else "有年报的这一格未能可靠读出"
                return Answer("not_found", title=f"前{q.top_n}名无法确定（{why}），不能相加", figures=figs, notes=notes)
            total = sum((v.total for v in shown), Decimal(0))
            notes.append(" + ".join(str(as_number(v.total)) for v in shown) + f" = {as_number(total)}")
            return Answer("total", value=as_number(total), figures=figs, notes=notes, ranked=order,
                          title=f"{values[0].label}{'倒数' if q.ascending else ''}前{q.top_n}名合计（共{len(values)}个参加排名）")
        partial = f"；另有{len(unreadable)}份年报的这一格未能可靠读出，未参加排名" if unreadable else ""
        return Answer("table", figures=figs, notes=notes, title=f"{values[0].label}排名（共{len(values)}个{partial}）", ranked=order)

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
        regions = [m for m in q.mentions if m.kind == "region"]
        if len(q.mentions) == 1 and regions and not q.units_asked and len(regions[0].agency_ids) >= 2:
            # 嘉兴市2020年一共收到多少: the place's own total is not held; its units are offered, or their sum
            m = regions[0]
            ids = self._scope(q)
            ans = self._clarify_agency(q, m, ids, f"库中没有{m.text}人民政府的年报，{m.text}全市的总数算不出；"
                                                  f"库中{m.text}有{len(ids)}个单位的年报，请问是哪一个，还是这几家加起来？")
            ans.options.append(Option(f"{m.text}这{len(ids)}家加起来", q.rewritten(m.start, m.end, f"{m.text}各单位")))
            return ans
        if q.difference and len(q.years) == 2 and not q.mentions:
            # 2024年各单位合计比2020年各单位合计多多少: a gap between two years' sums, never one sum of both years
            return Answer("not_found", title="两个年份各自的合计之差还不会直接算；请分别问两个年份的合计（例如：2024年各单位新收合计）")
        fast = self._total_sql(q) if self.sql_across and q.stated_count is None and not q.value_filter else None
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
                      title=f"{when}{values[0].label}合计（{len(values)}份年报）", op="sum", count=len(values))

    def _compare(self, q: Query) -> Answer:
        if q.unknown_agency:  # every agency named is answered for, or the answer says which we do not hold
            return self._unit_there(q) or self._no_agency(self._unknown_phrase(q))
        ids: list[int] = []
        joined = [m.region_before for m in q.mentions if m.region_before is not None]
        for m in q.mentions:
            if m.kind != "region" and m.region_before and not set(m.region_before.agency_ids) & set(m.agency_ids):
                return self._no_agency(m.with_region)  # 安康发改委: no 发改委 of 安康 is held, whatever other 发改委 are
            if any(m is r for r in joined):
                continue  # (the place a name is joined to says where it is, not another agency)
            if len(m.agency_ids) > 1 and (m.kind in ("name", "parent") or m.kind == "region" and not q.units_asked and m.pointed):
                # (跟嘉兴那家比比: the one unit of 嘉兴 meant is asked, never every unit held there)
                return self._clarify_agency(q, m, m.agency_ids, f"“{m.text}”对应{len(m.agency_ids)}个单位，请问是哪一个？")
            ids += [i for i in m.agency_ids if i not in ids]
        left_out = [i for i in ids if i in q.exclude_ids]
        if left_out and len(ids) > len(left_out):  # A、B和C…，去掉A: those named, less the one left out (said)
            ids = [i for i in ids if i not in q.exclude_ids]
            excluded_note = [f"不含：{'、'.join(self.r.agency_names[i] for i in left_out)}"]
        else:
            excluded_note = []
        if len(ids) == 1:
            # one agency named twice, or one left of those named: the checks of _one_agency apply, on that one
            one = replace(q, mentions=[m for m in q.mentions if ids[0] in m.agency_ids], exclude_ids=[]) if left_out else q
            aid, ask = self._one_agency(one)
            if ask is None and aid is None:  # (never back here: which one is meant is not plain)
                return Answer("not_found", title="去掉之后要看的是哪一家没能确定，请写出单位名称")
            return self._lookup(one)
        if q.parts_sum:
            return self._parts_one_by_one()
        if not ids and (q.sector or q.place_ids or q.level):
            ids = self._scope(q)  # 自然资源部门各收到多少: every agency of that kind, side by side
        if not ids and q.each_agency:  # 2020年各单位…分别多少: every agency with a report of that year (or the newest held)
            year = q.years[0] if len(q.years) == 1 else max(y for by in self.r.by_agency.values() for y in by)
            ids = [i for i in self._scope(q) if year in self.r.by_agency.get(i, {})]
            if not q.years:
                q = replace(q, years=[year])
                excluded_note.append(f"没说年份，按库中最新的{year}年")
        if not ids:
            return self._one_agency(q)[1] or self._unknown(q)
        try:
            values, skipped, notes = self._values_across(q, ids)
        except AskColumn as e:
            return e.answer
        if not values:
            return Answer("not_found", title="没有可比较的数字", items=skipped)
        mismatch = self._count_mismatch(q, values, skipped)
        if mismatch:
            return mismatch
        notes += [f"没有：{s}" for s in skipped] + (self._scope_notes(q) if not q.mentions else []) + excluded_note
        figs = [self._one(v) for v in values]
        if q.difference and len(values) == 2 and not skipped:  # A比B多多少: the difference, said as one
            if q.wants_top and all(v.total is not None for v in values):  # 哪个多，差多少: the larger first
                values = sorted(values, key=lambda v: v.total, reverse=not q.ascending)
            return self._difference_of(values, notes)
        if q.add_up and not q.difference and len(q.metrics) < 2:  # A和B加起来: the sum of the agencies named, all of them or none
            # (予以公开和部分公开合起来…比较: the rows are what is added, each agency's sum is compared)
            if skipped:
                return Answer("not_found", title="无法合计：有单位缺这一项", items=skipped, figures=[self._one(v) for v in values])
            blank = [v for v in values if v.total is None]
            if q.blank_as_none and blank and len(blank) < len(values):  # 没填就按没有算: the rest added, the blank ones named
                notes.append("按所说，空白（未填）的不计：" + "、".join(f"{self.r.agency_names[v.report.agency_id]}{v.report.year}年" for v in blank))
                values = [v for v in values if v.total is not None]
                figs = [self._one(v) for v in values]
            agencies = {f.agency for f in figs}
            count = f"{len(values)}个单位" if len(agencies) == len(values) else f"{len(agencies)}个单位的{len(values)}份年报"
            return self._sum_of(values, notes, f"{values[0].label}合计（{count}）")
        ranked: list[tuple[str, int]] = []
        if q.wants_top and all(v.total is not None for v in values):  # 哪个多: the larger first (哪个少: the smaller)
            values = sorted(values, key=lambda v: v.total, reverse=not q.ascending)
            figs = [self._one(v) for v in values]
            places = [(self.r.agency_names[v.report.agency_id], v.report.year) for v in values]
            if len({v.total for v in values}) == len(values) and len(set(places)) == len(places):
                ranked = kept_places(places)  # (谁多 → 多的那家 / 少的那家: the places as shown; none where two tie)
        return Answer("table", figures=figs, notes=notes, title=f"{values[0].label}比较", ranked=ranked)

    @staticmethod
    def _parts_one_by_one() -> Answer:
        """各项加起来 / 少算了多少 across reports: each report's parts against its own printed total, asked one by one."""
        return Answer("not_found", title="各项之和与表中印的总计怎么比，要逐个单位看；请一次问一个单位（例如：安康2020年复议各项加起来对得上吗）")

    def _by_agency(self, plain: Query, ids: list[int]) -> tuple[list[Value], dict[int, list[Value]], list, list[str]]:
        """The figure asked, of each agency named on either side of a share or a gap, grouped by agency."""
        values, skipped, notes = self._values_across(plain, list(dict.fromkeys(ids)))
        by_agency: dict[int, list[Value]] = {}
        for v in values:
            by_agency.setdefault(v.report.agency_id, []).append(v)
        return values, by_agency, skipped, notes

    def _agency_share(self, q: Query) -> Answer:
        """One figure of some agencies over the same figure of others (summed): 洪泽的新收相当于淮安市的百分之几."""
        part_ids, whole_ids = q.share_of
        try:
            values, by_agency, skipped, notes = self._by_agency(replace(q, ratio=False, intent="compare", share_of=None),
                                                                part_ids + whole_ids)
        except AskColumn as e:
            return e.answer
        def held(i: int) -> int:  # the reports an agency stands for: its years named, else one
            return max(1, len(q.years_of.get(i, []))) if i not in part_ids or i not in whole_ids else 1
        if skipped or any(len(by_agency.get(i, [])) != held(i) for i in part_ids + whole_ids):
            return Answer("not_found", title="有单位缺这一项（或有几份年报），算不出比例；请写明年份", items=skipped,
                          figures=[self._one(v) for v in values], notes=notes)
        # (洪泽区2023年和2024年 among the parts: both of its reports; one on both sides is one report of the whole)
        part = [v for i in part_ids for v in (by_agency[i] if i not in whole_ids else by_agency[i][:1])]
        whole = [v for i in whole_ids for v in by_agency[i]]  # (洪泽区2023年和2024年: both of its reports)
        figures = [self._one(v) for v in part + [w for w in whole if w.report.agency_id not in part_ids]]
        return self._share_of_values(q, part, whole, figures, notes)

    def _agency_gap(self, q: Query) -> Answer:
        """One figure of some agencies, added, less the same figure of others: 秀洲和发改委加起来比安康多多少."""
        left_ids, right_ids = q.gap_of
        try:
            values, by_agency, skipped, notes = self._by_agency(replace(q, difference=False, intent="compare", gap_of=None),
                                                                left_ids + right_ids)
        except AskColumn as e:
            return e.answer
        figures = [self._one(v) for v in values]
        if skipped or any(len(by_agency.get(i, [])) != 1 for i in left_ids + right_ids):
            return Answer("not_found", title="有单位缺这一项（或有几份年报），算不出差；请写明年份", items=skipped,
                          figures=figures, notes=notes)
        left, right = [by_agency[i][0] for i in left_ids], [by_agency[i][0] for i in right_ids]
        if any(v.total is None for v in left + right):
            return Answer("not_found", title="有一格是空白（未填），算不出差", figures=figures, notes=notes)
        top, bottom = (sum((v.total for v in side), Decimal(0)) for side in (left, right))
        gap = top - bottom

        def who(side: list[Value]) -> str:
            names = "、".join(f"{self.r.agency_names[v.report.agency_id]}{v.report.year}年" for v in side)
            return names + ("合计" if len(side) > 1 else "")
        notes.append(f"差 = {as_number(top)} − {as_number(bottom)}，按表中印出的数字计算")
        unit = values[0].unit or "件"
        return Answer("total", value=as_number(gap), figures=figures, notes=notes, op="difference",
                      title=f"{values[0].label}：{who(left)}比{who(right)}{'多' if gap >= 0 else '少'}{as_number(abs(gap))}{unit}")

    def _year_share(self, q: Query) -> Answer:
        """One agency's figure in one year over the same figure in another: 洪泽2024年新收是2023年的几倍."""
        part_year, whole_year = q.share_of_years
        ids = list(dict.fromkeys(i for m in q.mentions for i in m.agency_ids))
        if len(ids) != 1:
            return Answer("not_found", title="两年相比的倍数或比例要按一个单位算，请写明是哪个单位（例如：洪泽区2024年新收是2023年的几倍）")
        plain = replace(q, ratio=False, intent="compare", share_of_years=None, years=[part_year, whole_year])
        try:
            values, skipped, notes = self._values_across(plain, ids)
        except AskColumn as e:
            return e.answer
        by_year = {v.report.year: v for v in values}
        if skipped or set(by_year) != {part_year, whole_year}:
            name = self.r.agency_names[ids[0]]
            return Answer("not_found", title=f"{name}缺{part_year}年或{whole_year}年的这一项，算不出比例", items=skipped,
                          figures=[self._one(v) for v in values], notes=notes)
        part, whole = [by_year[part_year]], [by_year[whole_year]]
        return self._share_of_values(q, part, whole, [self._one(v) for v in part + whole], notes)

    def _share_of_values(self, q: Query, part: list[Value], whole: list[Value], figures: list, notes: list[str]) -> Answer:
        """The parts' sum over the whole's, in percent or as a multiple (是…的几倍), each report named."""
        if any(v.total is None for v in part + whole):
            return Answer("not_found", title="有一格是空白（未填），算不出比例", figures=figures, notes=notes)
        top = sum((v.total for v in part), Decimal(0))
        bottom = sum((v.total for v in whole), Decimal(0))
        if not bottom:
            return Answer("not_found", title="作分母的数为0，算不出比例", figures=figures, notes=notes)
        one = len({v.report.agency_id for v in part + whole}) == 1  # (two years of one agency: its name said once)
        def who(vs: list[Value]) -> str:
            return "和".join(f"{'' if one else self.r.agency_names[v.report.agency_id]}{v.report.year}年" for v in vs)
        pct = (top / bottom * 100).quantize(Decimal("0.1"))
        over = who(whole) + ("合计" if len(whole) > 1 else "")
        label = f"{self.r.agency_names[part[0].report.agency_id]} {part[0].label}" if one else part[0].label
        if q.times:  # 淮安市是洪泽的几倍: the same division, said as a multiple
            notes.append(f"倍数 = {as_number(top)} ÷ {as_number(bottom)}（{over}），按表中印出的数字计算")
            return Answer("total", value=as_number(times(top, bottom)), unit="倍", op="ratio", figures=figures, notes=notes,
                          title=f"{label}：{who(part)}是{over}的倍数")
        notes.append(f"比例 = {as_number(top)} ÷ {as_number(bottom)}（{over}），按表中印出的数字计算")
        kind = "份年报" if len({v.report.agency_id for v in whole}) < len(whole) else "个单位"
        short = f"{len(whole)}{kind}合计" if len(whole) > 2 else over  # (the names are in the note: a phone line is short)
        parts = f"{len(part)}份年报合计" if len(part) > 2 else who(part)  # (each is listed below)
        return Answer("total", value=as_number(pct), unit="%", op="ratio", figures=figures, notes=notes,
                      title=f"{label}：{parts}占{short}的比例")

    def _difference_of(self, values: list[Value], notes: list[str]) -> Answer:
        """The first figure less the second, said as one figure (A比B多…件，+x%)."""
        figs = [self._one(v) for v in values]
        a, b = values
        if a.total is None or b.total is None:
            return Answer("not_found", title="其中一个单位这一格是空白，算不出差", figures=figs, notes=notes)
        diff = a.total - b.total
        who = [f"{self.r.agency_names[v.report.agency_id]}{v.report.year}年" for v in values]
        if len(set(who)) == 1:  # two figures of one report: named by what they are
            return Answer("total", value=as_number(diff), figures=figs, notes=notes, op="difference",
                          title=f"{who[0]}：{a.label}比{b.label}{'多' if diff >= 0 else '少'}{as_number(abs(diff))}{a.unit or '件'}")
        pct = f"（{'+' if diff >= 0 else ''}{diff / b.total * 100:.1f}%）" if b.total else ""
        unit = a.unit or "件"
        # (谁多 → 多的那家: the two, larger first)
        order = [(self.r.agency_names[v.report.agency_id], v.report.year) for v in values]
        return Answer("total", value=as_number(diff), figures=figs, notes=notes, op="difference",
                      title=f"{a.label}：{who[0]}比{who[1]}{'多' if diff >= 0 else '少'}{as_number(abs(diff))}{unit}{pct}",
                      ranked=(order if diff > 0 else order[::-1]) if diff else [])

    def _pooled_rate(self, rates: list, failed: list[str], label: str, notes: list[str]) -> Answer:
        """The parts of every report added, over their wholes added (each report's share gives its part and whole);
        declined when one report's rate could not be computed or is not a plain part over a whole."""
        done_rate = all(a.title == "办结率" and len(a.figures) == 3 for *_, a in rates)
        if done_rate and not failed and all(a.figures[0].value is not None and a.figures[1].value is not None for *_, a in rates):
            # 各单位合起来的办结率: 办结 added over (新收 + 上年结转) added
            done = sum(Decimal(str(a.figures[0].value)) for *_, a in rates)
            todo = sum(Decimal(str(a.figures[1].value)) + Decimal(str(a.figures[2].value or 0)) for *_, a in rates)
            if not todo:
                return Answer("not_found", title="几家的应办数加起来是0，算不出办结率")
            pct = (done / todo * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            return Answer("total", value=as_number(pct), unit="%", op="ratio", figures=[f for *_, a in rates for f in a.figures],
                          notes=[*notes, f"办结率 = 办结合计{as_number(done)} ÷（本年新收 + 上年结转）合计{as_number(todo)}"
                                         f"（{len(rates)}份年报各自相加后再除）"],
                          title=f"办结率（{len(rates)}份年报合起来）")
        if failed or any(len(a.figures) != 2 or any(f.value is None for f in a.figures) for *_, a in rates):
            return Answer("not_found", title="几家合起来的比例（分子、分母各自加总后再相除）这里算不出：有一份年报缺数，"
                          "或这个比例不是简单的“某项占某项”；各家分别的比例可以这样问：各单位的" + (label if len(label) <= 12 else "比例"),
                          items=[f"算不出：{x}" for x in failed[:MAX_LISTED]])
        part = sum(Decimal(str(a.figures[0].value)) for *_, a in rates)
        whole = sum(Decimal(str(a.figures[1].value)) for *_, a in rates)
        if not whole:
            return Answer("not_found", title="几家的分母加起来是0，算不出比例")
        pct = (part / whole * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        figures = [f for *_, a in rates for f in a.figures]
        first = rates[0][3].figures
        count = f"{len(rates)}份年报"
        notes = [n for n in notes if not n.startswith("按“")] + [
            f"比例 = {first[0].label}合计{as_number(part)} ÷ {first[1].label}合计{as_number(whole)}（{count}各自相加后再除）"]
        return Answer("total", value=as_number(pct), unit="%", op="ratio", figures=figures, notes=notes,
                      title=f"{first[0].label}合计占{first[1].label}合计的比例（{count}合起来）")

    def _ratio_each(self, q: Query) -> Answer:
        """A rate across agencies or years (纠错率哪个高, 两家的不予公开率比一比) is never a rate of summed
        or ranked counts: it is computed for each report on its own, then compared or ranked."""
        if not q.mentions and not q.place_ids and not q.level and not q.sector and not q.exclude_ids and not q.every_report and (
                q.unknown_agency or self._near(q) or self.catalog.look_alike(q.leftover_words, "")):
            # 平谭的予以公开占办理总数的比例: a misspelt name is asked back, never every agency's rate in its place
            asked = self._strong_typo(q, None) or self._typo_or_unknown(q, q.name_as_written())
            if asked is not None:
                return asked
        ids = list(dict.fromkeys(i for m in q.mentions for i in m.agency_ids)) if q.mentions and not q.position_of else self._scope(q)
        one_year = None
        if (not q.years and q.intent in ("rank", "total") and not q.every_report and not q.template and not q.years_of
                and not q.each_newest):  # (各用最新一年的报告: each its own newest, as said)
            # across agencies, one year: the newest held in scope (never each agency's newest, mixed)
            one_year = max((y for aid in ids for y in self.r.by_agency.get(aid, {})), default=None)
        reports, notes = [], []
        for aid in ids:
            by_year = self.r.by_agency.get(aid, {})
            asked = q.years_of.get(aid) or q.years  # 淮安市政府2024年和平潭2022年: each its own year
            years = [y for y in sorted(by_year, reverse=True) if (not asked or y in asked)
                     and (not q.template or by_year[y].template == q.template) and (one_year is None or y == one_year)]
            name = self.r.agency_names[aid]
            held_elsewhere = any(y in self.r.by_agency.get(other, {}) for other in ids for y in q.years)
            named = q.intent == "compare" or q.intent == "rank" and bool(q.mentions) and not q.position_of
            if not years and named and by_year and (held_elsewhere or not q.years):
                # (淮安2024年和平潭哪家高: 平潭 named, held in another year, ranked in it and said so)
                if q.years and len(by_year) > 1:  # the year was given for another agency: which of its years is asked
                    return self._ask_year_of(q, ids, aid)
                years = [max(by_year)]  # the year was given for another agency
                if q.years:
                    notes.append(f"{name}没有{'、'.join(map(str, q.years))}年的年报，用它最新的{max(by_year)}年年报比较")
            if not years and q.mentions and not q.position_of:  # a name asked for is never dropped silently
                notes.append(f"没有：{name}" + (f"{'、'.join(map(str, q.years))}年的年报" if q.years else "的年报"))
            # (洪泽2023年、2024年 among others ranked: both its reports, each a rate of its own)
            several = q.every_report or q.template or q.intent in ("trend", "change") or len(q.years) > 1 or len(q.years_of.get(aid, [])) > 1
            if q.intent == "change" and q.years and len(years) < len(set(q.years)):  # a change needs both years
                missing = "、".join(str(y) for y in sorted(set(q.years) - set(years)))
                return Answer("not_found", title=f"库中没有{name}{missing}年的年报，无法比较",
                              items=[f"{name}现有：{'、'.join(f'{x}年' for x in sorted(by_year))}"])
            reports += [(aid, y) for y in sorted(years if several else years[:1])]
        if q.stated_count is not None and len(reports) != q.stated_count:  # 这三家 when two are found: not guessed
            return Answer("not_found", title=f"问的是{q.stated_count}个，但只认出{len(reports)}个，请写出每个单位的名称",
                          items=[f"{self.r.agency_names[aid]}（{y}年）" for aid, y in reports][:MAX_LISTED])
        if len(reports) > MAX_RATES:
            return Answer("not_found", title=f"要算比例的年报有{len(reports)}份，太多了：请限定地区、层级或年份再问")
        if q.value_filter and q.value_filter.key:  # 新收超过30件的几家里，谁的纠错率最高: the rates of those that pass
            passing = self._passing(q, reports, {})
            if isinstance(passing, Answer):
                return passing
            reports, notes = [r for r in reports if r in passing[0]], notes + passing[1]
        elif q.value_filter:
            return Answer("not_found", title="比例为0的不算这样的条件我还不会用在比例的排名上：请直接问排名，我会列出每一个比例")
        rates, failed, no_whole, nothing = [], [], [], []
        for aid, y in reports:
            one = replace(q, intent="lookup", mentions=[Mention(0, 0, self.r.agency_names[aid], [aid], "name")], years=[y],
                          top_n=None, nth=None, wants_top=False, position_of=[], exclude_ids=[], every_report=False,
                          claimed=None, assumed=[], relative=None, stated_count=None)
            ans = self._lookup(one)
            if ans.kind == "total" and ans.unit == "%" and isinstance(ans.value, int | float):
                rates.append((ans.value, aid, y, ans))
            else:
                failed.append(f"{self.r.agency_names[aid]} {y}年：{ans.title or '算不出'}")
                title = ans.title or ""
                zero = title.endswith("为0，无法计算比例") and not any("各项之和" in n for n in ans.notes)
                if zero and all(f.value in (0, None) for f in ans.figures):
                    nothing.append(failed[-1])  # (no case at all: it adds nothing to a pooled rate)
                blank_whole = (title.endswith("为空白（未填），无法计算比例") and len(ans.figures) >= 2
                               and ans.figures[-1].value is None)  # (the whole blank: whatever the part, no rate)
                if zero or blank_whole:  # a whole printed 0 (no parts against it) or left blank: that report has no such
                    no_whole.append(failed[-1])  # rate (readers rank the rest); a blank part might be a 0, and still blocks
        if not rates:
            return Answer("not_found", title="没有一份年报算得出这个比例", items=failed[:MAX_LISTED], notes=notes)
        if failed and (q.intent == "change" or q.difference):  # 变化了多少个百分点 with one year not computable
            return Answer("not_found", title="有一份年报算不出这个比例，变化（差）无法计算", items=failed[:MAX_LISTED], notes=notes)
        if failed and len(reports) == 2 and q.intent == "compare":  # 跟北戴河比呢 with its rate not computable: no comparison
            kept = rates[0]
            return Answer("not_found", title=f"{failed[0]}，两家无法比较", notes=notes + [
                f"能算出的只有{self.r.agency_names[kept[1]]} {kept[2]}年：{kept[0]}%"])
        if one_year is not None:
            notes.append(f"未指明年份，按库中最新的{one_year}年")
        label = rates[0][3].title
        if q.intent == "rank" or q.wants_top and q.intent == "compare":  # 哪个高: the higher first
            rates.sort(key=lambda r: (r[0], r[2]), reverse=not q.ascending)
        figs = [Figure(self.r.agency_names[aid], y, a.figures[0].table if a.figures else "", label, "", a.value, "%", "",
                       "；".join(dict.fromkeys(f.source for f in a.figures)), sorted({w for f in a.figures for w in f.warnings}),
                       label) for _, aid, y, a in rates]
        if len(rates) == 1 and not failed and q.intent not in ("rank", "total"):
            # one report after all (平潭的纠错率呢 with its one year): its rate, as asked of it alone
            single = rates[0][3]
            return replace(single, notes=[*notes, *single.notes])
        definition = [n for n in rates[0][3].notes if n.startswith("按“")][:1]
        if any(n.startswith("另一种算法") for n in rates[0][3].notes):  # 纠错率: the other definition, named
            definition.append("另一种常见算法是纠正 ÷ 已审结（总计 − 尚未审结），单问某个单位时会一并算出")
        summed = [f"{self.r.agency_names[aid]} {y}年：{n}" for _, aid, y, a in rates for n in a.notes if "按其各项之和" in n]
        notes = definition + notes + summed + [f"算不出：{x}" for x in failed[:MAX_LISTED]]
        if q.intent == "rank":
            top = q.top_n or (1 if q.wants_top and len(q.mentions) < 2 else None)
            # (a report whose whole is a printed 0 has no such rate at all: the rest are ranked, it is named)
            if [f for f in failed if f not in no_whole] and (q.nth or top):  # who comes first cannot be said while one rate could not be computed
                return Answer("not_found", title=f"排名无法确定：{len(failed)}份年报算不出这个比例", figures=figs, notes=notes)
            if q.nth:
                if q.nth > len(figs):
                    return Answer("not_found", title=f"只有{len(figs)}份年报算得出这个比例，没有第{q.nth}名", notes=notes)
                return Answer("figure", figures=[figs[q.nth - 1]], notes=notes, title=f"{label}第{q.nth}{'低' if q.ascending else '高'}（共{len(figs)}个）")
            order = kept_places([(self.r.agency_names[aid], y) for _, aid, y, _ in rates])  # (倒数第二的是哪家 points here)
            return Answer("table", figures=figs[:top] if top else figs[:MAX_PARTS], notes=notes, title=f"{label}排名（共{len(figs)}个）",
                          ranked=order)
        pooled = (q.pooled and q.intent in ("total", "compare", "lookup", "trend") and not q.wants_top  # (两年合起来: years pooled too)
                  and not q.difference and len(q.metrics) <= 2)  # (予以公开和部分公开合起来…各是多少: rows added, each its own)
        if pooled and len(rates) + len(failed) > 1:
            # 维持的占两家复议合计的几成 / 各单位合起来的办结率: one rate of the parts added over the wholes added
            return self._pooled_rate(rates, [f for f in failed if f not in nothing], label,
                                     notes + [f"{x.split('：')[0]}没有一件，不影响合计" for x in nothing])
        if q.intent == "total":
            notes.insert(0, "比例不能相加，下面按单位分列")
        def gap(first: int, second: int) -> Decimal:
            """The gap in points between two of the rates, taken before rounding when both are known."""
            x, y = rates[first][3].exact, rates[second][3].exact
            if x is None or y is None:
                return Decimal(str(rates[first][0])) - Decimal(str(rates[second][0]))
            return Decimal(str(round(x - y, 6))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

        if q.difference and q.intent == "compare" and len(figs) == 2 and not failed:
            # 两家差几个百分点: the gap between the two rates, in percentage points
            a, b = figs
            diff = gap(0, 1)
            # (谁高 → 高的那家: the two, higher first)
            order = [(a.agency, a.year), (b.agency, b.year)] if (a.agency, a.year) != (b.agency, b.year) else []
            return Answer("total", value=as_number(diff), figures=figs, notes=notes, unit="个百分点", op="difference",
                          title=f"{label}：{a.agency}{a.year}年比{b.agency}{b.year}年{'高' if diff >= 0 else '低'}"
                                f"{as_number(abs(diff))}个百分点", ranked=(order if diff > 0 else order[::-1]) if diff else [])
        if q.intent == "change" and len(figs) == 2 and figs[0].agency == figs[1].agency and not failed:
            # 2024年比2023年高了多少个百分点: the change of the rate, in percentage points
            diff = gap(1, 0)
            return Answer("total", value=as_number(diff), figures=figs, notes=notes, unit="个百分点", op="change",
                          title=f"{figs[0].agency} {label}：{figs[1].year}年比{figs[0].year}年{'高' if diff >= 0 else '低'}"
                                f"{as_number(abs(diff))}个百分点")
        if q.intent == "trend" and len(figs) == 2 and figs[0].agency == figs[1].agency:
            diff = gap(1, 0)
            notes.insert(0, f"{figs[1].year}年比{figs[0].year}年{'高' if diff >= 0 else '低'}{as_number(abs(diff))}个百分点")
        if q.wants_top and q.intent == "compare" and not failed:  # 哪边高: ordered, so 高的那家 / 第二 point into it
            order = kept_places([(self.r.agency_names[aid], y) for _, aid, y, _ in rates])
            return Answer("table", figures=figs, notes=notes, ranked=order,
                          title=f"{label}（分别计算，{'低' if q.ascending else '高'}的在前）")
        return Answer("table", figures=figs, notes=notes, title=f"{label}（分别计算）")
