"""Answers without figures: lists of what is held, failed checks, prose search, help and honest refusals."""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePath

from bot import wording as w
from bot.answer import Answer, Hit, Option
from bot.understand import Query


class ListAnswers:
    """Intents answered without a figure."""

    def _list_agencies(self, q: Query) -> Answer:
        ids = self._scope_ids(q)
        items = [x for aid, x in self._agencies_held
                 if (ids is None or aid in ids) and (not q.years or set(q.years) & set(self.r.by_agency.get(aid, {})))]
        when = f"{'、'.join(map(str, q.years))}年" if q.years else ""
        return Answer("table", title=f"库中共有{len(items)}个单位的{when}年报", items=items)

    def _list_years(self, q: Query) -> Answer:
        ids = [i for m in q.mentions for i in m.agency_ids]
        if len(set(ids)) == 1:
            aid = ids[0]
            years = sorted(self.r.by_agency.get(aid, {}))
            return Answer("table", title=f"{self.r.agency_names[aid]}有这些年份的年报", items=[f"{y}年" for y in years])
        if q.unknown_place and not ids:  # 有没有清江浦区的年报: a place we hold nothing of is said so
            return Answer("not_found", title=f"库中没有{q.unknown_place}的年报", items=self._agency_list())
        return Answer("table", title="库中年报的年份", items=[f"{y}年" for y in self.r.years()])

    def _missing(self, q: Query) -> Answer:
        year = q.years[0]
        items = []
        for aid, by_year in sorted(self.r.by_agency.items(), key=lambda kv: self.r.agency_names[kv[0]]):
            earlier = [y for y in by_year if y < year]
            if earlier and year not in by_year:
                items.append(f"{self.r.agency_names[aid]}（已有{'、'.join(str(y) for y in sorted(by_year))}年）")
        title = f"库中有往年年报、但还没有{year}年年报的单位：{len(items)}个" if items else f"库中有往年年报的单位都已有{year}年年报"
        return Answer("table", title=title, items=items)

    def _checks(self, q: Query) -> Answer:
        ids = self._scope_ids(q)
        items = []
        for rid, checks in sorted(self.r.all_failed_checks().items(), key=lambda kv: (self.r.reports[kv[0]].agency, self.r.reports[kv[0]].year)):
            rep = self.r.reports[rid]
            if (ids is not None and rep.agency_id not in ids) or (q.years and rep.year not in q.years):
                continue
            msgs = "；".join(c["message"] for c in checks)
            items.append(f"{self.r.agency_names[rep.agency_id]} {rep.year}年（{PurePath(rep.path).name}）：{msgs}")
        title = f"数据对不上的报告：{len(items)}份" if items else "没有发现数据对不上的报告"
        blank = []
        for rid, checks in sorted(self.r.blank_totals.items(), key=lambda kv: (self.r.reports[kv[0]].agency, self.r.reports[kv[0]].year)):
            rep = self.r.reports[rid]
            if (ids is not None and rep.agency_id not in ids) or (q.years and rep.year not in q.years):
                continue
            blank.append(f"{self.r.agency_names[rep.agency_id]} {rep.year}年（{rep.file}）无法核对：{checks[0]['message']}")
        if blank:
            title += f"；另有{len(blank)}份总计印成空白、无法核对"
            items += blank
        notes = []
        if ids is not None:  # about named agencies: also what could not be checked, and the carry-over
            for rep in sorted((r for r in self.r.reports.values() if r.agency_id in ids), key=lambda r: r.year):
                if q.years and rep.year not in q.years:
                    continue
                for c in self.r.other_checks(rep.id):
                    # the 总计 column speaks for the row; per-column repeats would drown the answer
                    summary = "总计列" in c["message"] or "（总计）" in c["message"] or c["message"].startswith("表四")
                    if summary and (c["status"] == "unknown" or c["kind"] == "year"):
                        notes.append(f"{rep.year}年：{c['message']}")
        return Answer("table", title=title, items=items, notes=notes)

    def _search(self, q: Query) -> Answer:
        ids = self._scope_ids(q)
        year = q.years[0] if len(q.years) == 1 else None
        text = q.searched_text
        hits = self.r.search(text, agency_ids=ids, year=year, limit=8)
        if not hits:
            return Answer("not_found", title=f"年报正文中没有找到“{text}”", items=self._agency_list())
        return Answer("search", title=f"年报正文中与“{text}”相关的段落", hits=[self._hit(h) for h in hits])

    def _narrative(self, q: Query) -> Answer:
        ans = self._search(q)
        if ans.kind == "search":
            ans.notes.append("统计表里没有这一项，以下是年报正文中的相关段落（数字请以原文为准）")
        return ans

    def _hit(self, h) -> Hit:
        name = self.r.agency_names.get(h.agency_id, h.agency) if hasattr(h, "agency_id") else h.agency
        path, _, line = h.source.rpartition(":")
        return Hit(name, h.year, h.section, h.snippet, f"{PurePath(path).name}:{line}")

    def _help(self, q: Query) -> Answer:
        return Answer("help", title="使用说明", notes=[], items=self._help_lines())

    def _thanks(self, q: Query) -> Answer:
        return Answer("help", title="好的。还有要查的数字可以接着问（例如：“那2023年呢”“洪泽呢”）", notes=[], items=[])

    def _unknown(self, q: Query) -> Answer:
        return Answer("help", title="没听懂这个问题", items=self._help_lines())

    def _help_lines(self) -> list[str]:
        """The help text, its examples built from the reports held (the same text every front-end shows)."""
        held = sorted((name, sorted(self.r.by_agency.get(aid, {}))) for aid, name in self.r.agency_names.items())
        return w.help_lines(len(self.r.agency_names), self.r.years(), w.example_questions(held))

    def _exclude(self, q: Query) -> Answer:
        return Answer("not_found", title="“除了……以外”“不算……”这类问题我还不会算：请分别问要相加的各项，我会给出每一项和它们的出处",
                      notes=["例如：淮安市政府不予公开各项分别多少"])

    def _forecast(self, q: Query) -> Answer:
        return Answer("not_found", title="年报只记录已经发生的数字，我不做预测；可以问历年的数字和变化",
                      items=[f"库中年报的年份：{'、'.join(map(str, self.r.years()))}年"])

    def _ask_carry(self, q: Query) -> Answer:
        options = [Option("上年结转（从上一年转来）", q.replacing("结转", "上年结转")),
                   Option("结转下年度继续办理（转到下一年）", q.replacing("结转", "结转下年度"))]
        return Answer("clarify", title="“结转”是指哪一项？", options=options)

    def _ask_last_year_carry(self, q: Query) -> Answer:
        """去年结转了多少: the row 上年结转 (of the newest report), or what last year carried on to the next?"""
        year = (self.today or date.today()).year - 1
        options = [Option("上年结转（年报里从上一年转来的那一项）", q.replacing(q.last_year_carry, "上年结转")),
                   Option(f"{year}年结转到下一年的", q.replacing(q.last_year_carry, f"{year}年结转下年度"))]
        return Answer("clarify", title=f"“{q.last_year_carry}”是指年报里的“上年结转”，还是{year}年结转到下一年的？", options=options)

    def _typo_row(self, q: Query) -> Answer:
        """依申清: one character off a row's word; the reading with that word is offered, never assumed."""
        start, end, word, written = q.typo_row
        words = [word, *q.typo_also]
        options = [Option(f"是“{w}”：按“{q.rewritten(start, end, w)}”回答", q.rewritten(start, end, w)) for w in words]
        options.append(Option(f"在年报正文中找“{written}”", f"哪些报告提到“{written}”"))
        meant = f"是不是“{word}”" if len(words) == 1 else "是指“" + "”“".join(words[:-1]) + f"”还是“{words[-1]}”"
        return Answer("clarify", title=f"“{written}”{meant}？", options=options)

    def _unread(self, q: Query) -> Answer:
        """Words no slot read could change the figure: say which, and offer the reading without them."""
        words = "”“".join(q.unread)
        plain = q.without(q.unread)
        if len(q.unread) == 1 and re.fullmatch(r"公开(?:的)?(?:比例|占比|比重)", q.unread[0]):
            # 公开比例 with no outcome named: 予以公开 alone, or 实质公开 (予以公开 + 部分公开), each offered
            return Answer("clarify", title=f"“{q.unread[0]}”是只算予以公开，还是予以公开加部分公开（实质公开率）？",
                          options=[Option(f"按{label}算", q.replacing(q.unread[0], said))
                                   for label, said in (("予以公开", "予以公开的比例"), ("实质公开率（予以公开+部分公开）", "实质公开率"))])
        options = [Option(f"不管这些词，按“{plain}”回答", plain)] if plain.strip() else []
        options.append(Option(f"在年报正文中找“{q.unread[0]}”", f"哪些报告提到“{q.unread[0]}”"))
        return Answer("clarify", title=f"“{words}”在统计表里没有对应的一项（或是我没读懂），不能确定要哪个数字。可以这样问：",
                      options=options)
