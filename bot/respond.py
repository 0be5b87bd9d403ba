"""A Query → an Answer with citations, over one index. Never a figure we are not sure of."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from pathlib import PurePath

from bot import wording as w
from bot.answer import Answer, Figure, Hit, Option
from bot.conversation import PRONOUN, Conversation, carry_over, looks_like_followup, pick_option
from bot.match import AgencyCatalog, Mention
from bot.metrics import BY_KEY, AmbiguousColumn, Metric, default_column, find_column, strip_known_words
from bot.query import CellRow, IndexReader, ReportRow
from bot.text import MAX_QUESTION_CHARS, QuestionTooLong
from bot.understand import Query, understand
from bot.when import read_period
from index import templates as tpl
from index.model import ACTIVE, REQUESTS, REVIEW, TABLE_TITLES


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
STRONG_TYPO_MATCH = 85  # rapidfuzz partial_ratio of a name form with one wrong character in 7+


class Unavailable(Exception):
    """The figure cannot be given for sure; the message says why (in Chinese)."""


class Responder:
    def __init__(self, reader: IndexReader, catalog: AgencyCatalog, today: date | None = None):
        self.r = reader
        self.catalog = catalog
        self.newest = max(reader.years(), default=None)
        self.today = today  # None: the real date (今年/去年 are read against it)

    # -----------------------------------------------------------------------------------------

    def answer(self, question: str, conv: Conversation | None = None) -> Answer:
        """Answer one question; with `conv`, a follow-up or a pick of the last options is read in
        the light of the last question, and `conv` remembers this one."""
        try:
            q = understand(question, self.catalog, self.newest, self.today)
        except QuestionTooLong:
            ans = Answer("not_found", title=f"问题太长了（超过{MAX_QUESTION_CHARS}字），请只问一件事，例如“淮安市政府2024年收到多少申请”")
            ans.text = w.render(ans)
            return ans
        context: list[str] = []
        if conv is not None:
            q, context, declined = self._in_context(question, q, conv)
            if declined is not None:
                declined.text = w.render(declined)
                return declined
        ans = self._answer_query(q)
        ans.notes[:0] = context
        ans.asked = q.text
        ans.text = w.render(ans)
        if conv is not None:
            conv.remember(self._as_resolved(q, ans), ans.options, ans.figures)
        return ans

    def _in_context(self, question: str, q: Query, conv: Conversation) -> tuple[Query, list[str], Answer | None]:
        """The question read against the conversation: an option picked, or a follow-up carried over."""
        picked = pick_option(question, conv, self.catalog, self.r.agency_names)
        if picked is not None:
            label = next(lbl for lbl, qq in conv.options if qq == picked)
            return understand(picked, self.catalog, self.newest, self.today), [f"选择了：{label}"], None
        if not conv.last_question or (q.mentions and q.metrics) or q.intent in ("help", "list_agencies", "checks", "search"):
            return q, [], None
        pronoun = PRONOUN.match(q.text)
        if pronoun and conv.last_agencies and not q.mentions:  # 它的复议维持率: the agency the last answer put first
            years = "" if q.years else "、".join(f"{y}年" for y in read_period(conv.last_question).years)
            full = conv.last_agencies[0] + years + q.text[pronoun.end() :]
            return (understand(full, self.catalog, self.newest, self.today),
                    [f"接上题：“{pronoun.group(1)}”指{conv.last_agencies[0]}，按“{full}”理解"], None)
        whom_left_out = not q.mentions and q.intent in ("lookup", "trend", "change") and not (
            q.level or q.sector or q.unknown_agency or q.unknown_place or q.province)
        if not looks_like_followup(question) and len(q.text) > 8 and not whom_left_out:
            return q, [], None
        full = carry_over(conv.last_question, q, self.catalog, conv.years_seen)
        if full is None:
            if q.mentions and (q.metrics or q.intent != "lookup"):
                return q, [], None
            return q, [], Answer("not_found", title=f"这句没能和上一个问题（“{conv.last_question}”）接上，请把单位、年份和要问的数字说完整",
                                 notes=["例如：洪泽区2023年收到多少申请"])
        carried = understand(full, self.catalog, self.newest, self.today)
        notes = [f"接上题：按“{full}”理解"]
        ids = {i for m in carried.mentions for i in m.agency_ids}
        if q.mentions and not q.years and carried.years and len(ids) == 1:
            held = self.r.by_agency.get(next(iter(ids)), {})
            if held and not set(carried.years) & set(held):  # 平潭呢 (2022 only) after a 2024 question
                plain = full
                for s, e in sorted(carried.time_spans, reverse=True):
                    plain = plain[:s] + plain[e:]
                name = self.r.agency_names[next(iter(ids))]
                notes = [f"接上题：按“{plain}”理解（{name}没有{'、'.join(map(str, carried.years))}年的年报，用它最新的一份）"]
                carried = understand(plain, self.catalog, self.newest, self.today)
        return carried, notes, None

    def _as_resolved(self, q: Query, ans: Answer) -> str:
        """The question as answered, with the year it was answered for when it named none (so that
        "上一年呢" has a year to go back from)."""
        years = {f.year for f in ans.figures}
        if q.years or len(years) != 1 or not q.mentions:
            return q.text
        at = q.mentions[-1].end
        return q.text[:at] + f"{years.pop()}年" + q.text[at:]

    def _answer_query(self, q: Query) -> Answer:
        if q.unread and q.intent in FIGURE_INTENTS:
            return self._unread(q)
        if q.ratio and q.intent in ("compare", "rank", "total"):
            return self._ratio_each(q)
        handler = getattr(self, f"_{q.intent}")
        if q.unknown_place and q.intent in ("lookup", "rank", "total", "compare", "trend", "change") and not any(
            sc >= STRONG_TYPO_MATCH for _, sc in self._near(q)
        ):
            handler = self._no_place  # a place we hold nothing of (a near miss of one we hold is asked back)
        if q.province and not q.mentions and q.intent in ("lookup", "rank", "total", "compare", "list_agencies", "checks"):
            handler = self._no_province
        elif q.intent in ("narrative", "search") and not q.metrics and "结转" in q.text and not q.search_text.strip("结转 "):
            handler = self._ask_carry
        ans: Answer = handler(q)
        ans.notes[:0] = q.assumed
        if q.claimed is not None and ans.kind in ("figure", "total"):
            shown = ans.value if ans.kind == "total" else ans.figures[0].value
            if isinstance(shown, int | float):
                verdict = "一致" if shown == q.claimed else "不一致"
                ans.notes.insert(0, f"问题里说的是{q.claimed}，表中印的是{_num(Decimal(str(shown)))}：{verdict}")
        if q.relative:
            ans.notes.insert(0, q.relative)
        return ans

    def _ratio_each(self, q: Query) -> Answer:
        """A rate across agencies (纠错率哪个高) is not a rate of summed or ranked counts: it is asked of
        each agency on its own (one tap each)."""
        ids = [i for m in q.mentions for i in m.agency_ids] or sorted(self.r.agency_names)
        rest = q.text
        for m in sorted(q.mentions, key=lambda m: -m.start):
            rest = rest[: m.start] + rest[m.end :]
        rest = re.sub(r"^[和与及跟同、,，的]+|[,，]?(哪个|哪家|谁|哪一个)(最|更|比较)?(高|低|多|少|大|小)[^,，。？?]*|"
                      r"排名|排行|排序|一共|合计|加起来|比较|对比|各单位|所有单位|各家", "", rest)
        rest = re.sub(r"^[和与及跟同、,，的]+", "", rest)
        options = [Option(self.r.agency_names[i], self.r.agency_names[i] + rest) for i in dict.fromkeys(ids)][:10]
        return Answer("clarify", title="比例要按每个单位自己的数字分别算（不能把几家的件数加起来或直接比件数），请逐个查看：",
                      options=options)

    def _unread(self, q: Query) -> Answer:
        """Words no slot read could change the figure: say which, and offer the reading without them."""
        words = "”“".join(q.unread)
        plain = q.text
        for word in q.unread:
            plain = plain.replace(word, "", 1)
        options = [Option(f"不管这些词，按“{plain}”回答", plain)] if plain.strip() else []
        options.append(Option(f"在年报正文中找“{q.unread[0]}”", f"哪些报告提到“{q.unread[0]}”"))
        return Answer("clarify", title=f"“{words}”我没读懂，不能确定要哪个数字（年报统计表未必有这一项）。可以这样问：",
                      options=options)

    def _ask_carry(self, q: Query) -> Answer:
        options = [Option("上年结转（从上一年转来）", q.text.replace("结转", "上年结转", 1)),
                   Option("结转下年度继续办理（转到下一年）", q.text.replace("结转", "结转下年度", 1))]
        return Answer("clarify", title="“结转”是指哪一项？", options=options)

    def _exclude(self, q: Query) -> Answer:
        return Answer("not_found", title="“除了……以外”“不算……”这类问题我还不会算：请分别问要相加的各项，我会给出每一项和它们的出处",
                      notes=["例如：淮安市政府不予公开各项分别多少"])

    def _forecast(self, q: Query) -> Answer:
        return Answer("not_found", title="年报只记录已经发生的数字，我不做预测；可以问历年的数字和变化",
                      items=[f"库中年报的年份：{'、'.join(map(str, self.r.years()))}年"])

    def _no_place(self, q: Query) -> Answer:
        if q.unknown_agency and q.unknown_place in q.unknown_agency:
            return self._no_agency(q.unknown_agency)  # 杭州市财政局
        look_alike = self._look_alike_place(q.unknown_place)
        if look_alike:  # 洪择区 for 洪泽区: one character off a place we hold is asked back, never taken
            return Answer("clarify", title=f"库中没有“{q.unknown_place}”，是不是：",
                          options=[Option(place, q.text.replace(q.unknown_place, place, 1)) for place in look_alike])
        near = [self.r.agency_names[i] for i in self.catalog.suggest(q.unknown_place, 3)]
        return Answer("not_found", title=f"库中没有名称带“{q.unknown_place}”的单位的年报", items=self._agency_list(),
                      notes=[f"名称相近的有：{'、'.join(near)}"] if near else [])

    def _look_alike_place(self, place: str) -> list[str]:
        """Places we hold that differ from `place` in one character (洪择区 → 洪泽区, 准安市 → 淮安市)."""
        from rapidfuzz.distance import Levenshtein

        return sorted({r for r in self.catalog.regions() if len(r) == len(place) and Levenshtein.distance(r, place) == 1})[:5]

    def _no_province(self, q: Query) -> Answer:
        return Answer("not_found", title=f"单位名称里看不出哪些单位在{q.province}，无法按省份筛选", items=self._agency_list())

    def _help(self, q: Query) -> Answer:
        return Answer("help", title="使用说明", notes=[], items=w.help_lines(len(self.r.agency_names), self.r.years()))

    def _unknown(self, q: Query) -> Answer:
        return Answer("help", title="没听懂这个问题", items=w.help_lines(len(self.r.agency_names), self.r.years()))

    # -- lists ---------------------------------------------------------------------------------

    @cached_property
    def _agencies_held(self) -> list[tuple[int, str]]:
        """(id, "name（years）") of every agency, by name; built once per index."""
        return [(aid, f"{name}（{'、'.join(str(y) for y in sorted(self.r.by_agency.get(aid, {})))}年）")
                for aid, name in sorted(self.r.agency_names.items(), key=lambda kv: kv[1])]

    def _agency_list(self, limit: int | None = MAX_LISTED) -> list[str]:
        """What is held, for a not-found answer: the first `limit` agencies and how many more."""
        items = [x for _, x in self._agencies_held]
        if limit and len(items) > limit:
            return items[:limit] + [f"……共{len(items)}个单位（可问“有哪些单位”并加上地区，例如“嘉兴有哪些单位”）"]
        return items

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

    def _scope_ids(self, q: Query) -> set[int] | None:
        if not q.mentions and not q.level:
            return None
        return set(self._scope(q))

    # -- search --------------------------------------------------------------------------------

    def _search(self, q: Query) -> Answer:
        ids = self._scope_ids(q)
        year = q.years[0] if len(q.years) == 1 else None
        text = q.search_text or q.text
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

    # -- figures -------------------------------------------------------------------------------

    def _one_agency(self, q: Query) -> tuple[int | None, Answer | None]:
        """The single agency a question is about, or an Answer asking back / saying what we hold."""
        names = [m for m in q.mentions if m.kind in ("name", "parent")]
        regions = [m for m in q.mentions if m.kind == "region"]
        if len({i for m in names for i in m.agency_ids}) == 1:
            for m in names[1:]:  # 嘉兴发改委和湖州发改委: the second is another city's, not held
                before = re.sub(r"[的和与及跟同、，,]+$", "", q.text[: m.start])[-2:]
                if (m.text in self.catalog._dept and re.fullmatch(r"[\u4e00-\u9fff]{2}", before or "")
                        and not self.catalog.knows_place(before) and not any(n.end == m.start for n in q.mentions)):
                    return None, self._no_agency(before + m.text)
            names = names[:1]  # the same agency named twice (乍浦镇和乍浦镇)
        if len(names) > 1:
            return None, None
        for m in names:  # 安康市 + 发改委: no 发改委 of 安康 is held, whatever other 发改委 are
            before = [r for r in regions if 0 <= m.start - r.end <= 2 and re.fullmatch(r"[的之]?", q.text[r.end : m.start])]
            if before and not set(before[-1].agency_ids) & set(m.agency_ids):
                return None, self._no_agency(q.text[before[-1].start : m.end])
            unknown = self.catalog.unknown_region_before(q.text, m)
            if unknown and len(names) > 1:
                return None, self._no_agency(unknown + m.text)
        if names:
            m = names[0]
            if m.kind == "parent":
                opts = "、".join(self.r.agency_names[i] for i in m.agency_ids)
                return None, self._clarify_agency(q, m, m.agency_ids, f"库中没有“{m.text}”本身的年报，只有它的分支机构：{opts}。要问它吗？")
            if q.unknown_agency and q.text.find(q.unknown_agency) == m.end:
                return None, self._no_agency(m.text + q.unknown_agency)  # 嘉兴市自然资源和规划局 + 南湖分局
            unknown = self.catalog.unknown_region_before(q.text, m)
            if unknown:
                aid = self._strong_typo(q, None)  # 北载河区 + 自然资源和规划局: maybe a typo of a place we hold
                return (aid, None) if aid is not None else (None, self._typo_or_unknown(q, unknown + m.text))
            if len(m.agency_ids) == 1:
                return m.agency_ids[0], None
            aid = self._strong_typo(q, m.agency_ids)
            if aid is not None:
                return aid, None
            return None, self._clarify_agency(q, m, m.agency_ids, f"“{m.text}”对应{len(m.agency_ids)}个单位，请问是哪一个？")
        for m in regions:  # 安康市 + 人民政府 where only 安康市自然资源局 is held
            after = re.match(r"([市区县镇乡]?(?:人民政府|政府|府)|[\u4e00-\u9fff]{1,8}?(?:委员会|局|委|办公室|中心))", q.text[m.end :])
            if after and not q.unknown_agency and not any(n.start == m.end for n in q.mentions):
                return None, self._no_agency(m.text + after.group(1))
        in_region = sorted({i for m in regions for i in m.agency_ids}) or None
        aid = self._strong_typo(q, in_region)
        if aid is not None:
            return aid, None
        if q.unknown_agency:
            prefix = "".join(m.text for m in regions)
            phrase = q.unknown_agency if q.unknown_agency.startswith(prefix) else prefix + q.unknown_agency
            return None, self._typo_or_unknown(q, phrase)
        if regions:
            if in_region and len(in_region) == 1:
                return in_region[0], None
            return None, self._clarify_agency(q, regions[0], in_region, f"“{regions[0].text}”有{len(in_region)}个单位，请问是哪一个？")
        near = self._typo_or_unknown(q, None)
        if near is not None:
            return None, near
        if len(self.r.agency_names) == 1:
            return next(iter(self.r.agency_names)), None
        return None, self._clarify_agency(q, None, sorted(self.r.agency_names), "请问是哪个单位？")

    def _near(self, q: Query) -> list[tuple[int, float]]:
        """Agencies a misspelt name in the question may mean; only when words are left once the
        figure's own words, years and question words are taken out (typo search is the slow path)."""
        rest = strip_known_words(q.text)
        if len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) < 2:
            return []
        return self.catalog.near_forms(rest)

    def _strong_typo(self, q: Query, among: list[int] | None) -> int | None:
        """One agency whose name stands in the question with a small typo (taken, and said so)."""
        near = [(a, sc) for a, sc in self._near(q) if among is None or a in among]
        if q.unknown_place:
            return None  # 安庆市 is a place of its own, not a typo of 安康市: ask back instead
        if len(near) == 1 and STRONG_TYPO_MATCH <= near[0][1] < 100:
            aid = near[0][0]
            q.assumed.append(f"没有完全对上的单位名称，按“{self.r.agency_names[aid]}”理解")
            return aid
        return None

    def _typo_or_unknown(self, q: Query, phrase: str | None) -> Answer | None:
        """A name we hold spelt with a bigger typo is offered back; otherwise say what we hold."""
        near = self._near(q)
        if near:
            ids = [a for a, _ in near]
            return self._clarify_agency(q, None, ids, "没有完全对上的单位名称，请问是不是：", replace=phrase)
        return self._no_agency(phrase) if phrase else None

    def _clarify_agency(self, q: Query, m: Mention | None, ids, title, replace: str | None = None) -> Answer:
        opts = []
        for aid in ids[:10]:
            name = self.r.agency_names[aid]
            if m:
                question = q.text[: m.start] + name + q.text[m.end :]
            elif replace and replace in q.text:
                question = q.text.replace(replace, name, 1)
            else:
                question = name + "：" + q.text
            opts.append(Option(name, question))
        return Answer("clarify", title=title, options=opts)

    def _unknown_phrase(self, q: Query) -> str:
        """The name we do not hold, with the place written right before it (淮安市 + 淮阴区人民政府)."""
        at = q.text.find(q.unknown_agency)
        before = [m for m in q.mentions if m.kind == "region" and m.end == at]
        return (q.text[before[0].start : at] if before else "") + q.unknown_agency

    def _no_agency(self, phrase: str) -> Answer:
        near = [self.r.agency_names[i] for i in self.catalog.suggest(phrase, 3)]
        notes = [f"名称相近的有：{'、'.join(near)}"] if near else []
        return Answer("not_found", title=f"库中没有“{phrase}”的年报", items=self._agency_list(), notes=notes)

    def _report_for(self, aid: int, q: Query, metric: Metric | None = None) -> tuple[ReportRow | None, Answer | None]:
        by_year = self.r.by_agency.get(aid, {})
        name = self.r.agency_names[aid]
        if q.years:
            y = q.years[0]
            if y in by_year:
                return by_year[y], None
            held = "、".join(f"{x}年" for x in sorted(by_year))
            return None, Answer("not_found", title=f"库中没有{name}{y}年的年报", items=[f"{name}现有：{held}"])
        if not by_year:
            return None, Answer("not_found", title=f"库中没有{name}的年报")
        y = max(by_year)
        return by_year[y], None

    def _agency_or_answer(self, q: Query) -> tuple[int | None, Answer | None]:
        """The one agency asked about, or the answer to give instead (ask back, or compare several)."""
        aid, ask = self._one_agency(q)
        if ask:
            return None, ask
        if aid is None:
            return None, self._compare(q)
        return aid, None

    def _lookup(self, q: Query, aid: int | None = None) -> Answer:
        if aid is None:
            aid, other = self._agency_or_answer(q)
            if other:
                return other
        rep, missing = self._report_for(aid, q)
        if missing:
            return missing
        notes = [] if q.years else [f"未指明年份，按该单位最新的年报（{rep.year}年）回答"]
        values, problems = [], []
        for metric in q.metrics:
            try:
                values.append(self._value(rep, metric, q))
            except Unavailable as e:
                problems.append(str(e))
            except _AskColumn as e:
                return e.answer
        if not values:
            return Answer("not_found", title=problems[0] if problems else "没有找到这一项", notes=notes)
        notes += problems
        if re.search(r"办结率|办结比例", q.text) and all(
            m.key in ("总计", "总计~", "本年新收", "本年新收~", "上年结转", "申请") for m in q.metrics
        ):
            return self._done_rate(q, rep, notes)
        if q.ratio:
            return self._ratio(q, rep, values, notes)
        same_kind = len({(v.unit, q.metrics[0].table) for v in values}) == 1 and len({m.table for m in q.metrics}) == 1
        if len(values) > 1 and q.add_up and same_kind and not re.search(r"其中|另外|分别|以及|各是|各多少", q.text):
            return self._sum_of(values, notes, "、".join(v.label for v in values) + "合计")
        if len(values) == 1 and values[0].parts > 1 and q.which_part:
            parts = sorted(values[0].figures, key=lambda f: (f.value is None, -(f.value or 0) if not q.ascending else (f.value or 0)))
            if q.nth:  # 第二多的是哪一类: that part only (with any part tied with it)
                if q.nth > len(parts) or parts[q.nth - 1].value is None:
                    return Answer("not_found", title=f"{values[0].label}没有第{q.nth}项", notes=notes)
                nth = [f for f in parts if f.value == parts[q.nth - 1].value]
                return Answer("table" if len(nth) > 1 else "figure", figures=nth, notes=notes,
                              title=f"{values[0].label}：第{q.nth}{'少' if q.ascending else '多'}的一项")
            return Answer("table", figures=parts, notes=notes, title=f"{values[0].label}：各项{'从少到多' if q.ascending else '从多到少'}")
        if len(values) == 1 and values[0].parts == 1:
            return Answer("figure", figures=values[0].figures, notes=notes, title=values[0].label)
        if len(values) == 1:
            v = values[0]
            return Answer("total", value=_num(v.total), figures=v.figures, notes=notes, title=v.label, op="sum")
        figs = [self._one(v) for v in values]
        return Answer("table", figures=figs, notes=notes, title="、".join(v.label for v in values))

    def _sum_of(self, values: list[Value], notes: list[str], title: str) -> Answer:
        if any(v.total is None for v in values):
            return Answer("not_found", title="其中有空白的格，无法相加", figures=[self._one(v) for v in values], notes=notes)
        total = sum((v.total for v in values), Decimal(0))
        return Answer("total", value=_num(total), figures=[self._one(v) for v in values], notes=notes, title=title, op="sum")

    def _one(self, v: Value) -> Figure:
        return v.figures[0] if v.parts == 1 else self._sum_figure(v)

    def _ratio(self, q: Query, rep: ReportRow, values: list[Value], notes: list[str]) -> Answer:
        """A share of two cited figures (予以公开占办结的比例, 复议纠正率), or why it cannot be given."""
        known = False  # the part and the whole are known from the metric: no reading of 占/中 needed
        if len(values) == 1:
            v = values[0]
            metric = next(m for m in q.metrics if m.label in v.label or v.label.startswith(m.label))
            cols = self._columns(metric, q, rep.template, rep)
            whole_metric = self._whole_of(q, metric) if cols == ("总计",) else None
            if whole_metric is not None:  # 不予公开率: over the outcomes in all (or 占无法提供: over its group)
                whole = self._value(rep, whole_metric, q)
                notes.append(f"按“{v.label} ÷ {whole.label}”计算")
            elif metric.table == ACTIVE or cols == ("总计",):
                return Answer("not_found", title="算比例需要两个数字（谁占谁的比例），请说得具体些", figures=v.figures, notes=notes)
            else:  # 自然人申请占比: the column over the row's 总计
                whole = self._value(rep, metric, _with_column(q, "总计"))
            values, known = [v, whole], True
        if len(values) != 2 or len({m.table for m in q.metrics}) > 1:
            return Answer("not_found", title="算比例需要同一张表里的两个数字（谁占谁的比例），请说得具体些",
                          figures=[self._one(v) for v in values], notes=notes)
        part, whole = values if known else self._part_and_whole(q, values)
        if not known and q.metrics[0].table == REVIEW and not self._inside(part, whole):
            # 直接起诉 and 复议后起诉 are two kinds of case: neither is a share of the other
            return Answer("not_found", title=f"{part.label}不是{whole.label}的一部分，算不出比例；两类的比例请分别问",
                          figures=[self._one(part), self._one(whole)], notes=notes)
        figures = [self._one(part), self._one(whole)]
        if part.total is None or whole.total is None or whole.total == 0:
            return Answer("not_found", title=f"{whole.label}为空或为0，无法计算比例", figures=figures, notes=notes)
        if part.total > whole.total:  # not a part of that whole: a share would be a wrong number
            return Answer("not_found", title=f"{part.label}（{_num(part.total)}）比{whole.label}（{_num(whole.total)}）还大，"
                          "两者不是部分与整体的关系，算不出有意义的比例；请说明谁占谁", figures=figures, notes=notes)
        pct = (part.total / whole.total * 100).quantize(Decimal("0.1"))
        notes.append(f"比例 = {_num(part.total)} ÷ {_num(whole.total)}，按表中印出的数字计算")
        title = f"{part.label}占{whole.label}的比例"
        if "结果纠正" in part.label and whole.label.startswith(("行政复议", "行政诉讼")):
            title = f"{whole.label}纠错率（纠正 ÷ 总计）"
            notes.append(self._decided_variant(q, rep, part, whole))
        return Answer("total", value=_num(pct), figures=figures, notes=notes, title=title, unit="%", op="ratio")

    @staticmethod
    def _inside(part: Value, whole: Value) -> bool:
        """Whether every cell of `part` lies in the rows of `whole` (表四: the same kind of case)."""
        rows = {f.row for f in whole.figures}
        return all(f.row in rows for f in part.figures)

    def _whole_of(self, q: Query, metric: Metric) -> Metric | None:
        """What a share of one outcome row of 表三 is taken over: its own group when the question names
        it (不掌握占无法提供), otherwise all outcomes, （七）总计 (不予公开率, 实质公开率)."""
        group = metric.key.split("/")[0]
        if metric.table != REQUESTS or group not in OUTCOME_GROUPS:
            return None
        parent = BY_KEY.get(metric.parent or "")
        if parent is not None and any(word in q.text for word in parent.synonyms):
            return parent
        return BY_KEY["总计"]

    def _decided_variant(self, q: Query, rep: ReportRow, part: Value, whole: Value) -> str:
        """纠错率 has two common definitions: say the other one (纠正 ÷ 已审结)."""
        metric = None
        for m in q.metrics:
            if whole.label.startswith(m.label):
                metric = m
        try:
            pending = self._value(rep, metric, _with_column(q, "尚未审结")) if metric else None
        except (Unavailable, _AskColumn):
            pending = None
        if pending is None or pending.total is None or whole.total - pending.total <= 0:
            return "另一种算法是纠正 ÷ 已审结（总计 − 尚未审结），这里算不出"
        alt = (part.total / (whole.total - pending.total) * 100).quantize(Decimal("0.1"))
        return (f"另一种算法：纠正 ÷ 已审结 = {_num(part.total)} ÷（{_num(whole.total)} − 尚未审结{_num(pending.total)}）"
                f" = {_num(alt)}%")

    def _done_rate(self, q: Query, rep: ReportRow, notes: list[str]) -> Answer:
        """办结率: （七）总计 over what there was to handle (本年新收 + 上年结转), all in the 总计 column."""
        plain = _with_column(q, "总计")
        done = self._value(rep, BY_KEY["总计"], plain)
        new = self._value(rep, BY_KEY["本年新收"], plain)
        carried = self._value(rep, BY_KEY["上年结转"], plain)
        figures = [self._one(done), self._one(new), self._one(carried)]
        if done.total is None or new.total is None:
            return Answer("not_found", title="办结数或新收数为空，无法计算办结率", figures=figures, notes=notes)
        todo = new.total + (carried.total or Decimal(0))
        if todo == 0 or done.total > todo:
            return Answer("not_found", title="办结数与应办数对不上，无法计算办结率", figures=figures, notes=notes)
        pct = (done.total / todo * 100).quantize(Decimal("0.1"))
        notes.append(f"办结率 = 办结{_num(done.total)} ÷（本年新收{_num(new.total)} + 上年结转{_num(carried.total or 0)}），按表中印出的数字计算")
        return Answer("total", value=_num(pct), figures=figures, notes=notes, title="办结率", unit="%", op="ratio")

    def _part_and_whole(self, q: Query, values: list[Value]) -> tuple[Value, Value]:
        """Which of two figures is the part: Y占X (the one before 占), X中Y (the one after 中);
        otherwise the smaller is the part of the larger (a share is never above 100 %)."""
        first, second = values
        if re.search(r"占(?!比|多少|几)", q.text):  # Y占X的比例
            return first, second
        if "中" in q.text:  # X中Y的比例
            return second, first
        if first.total is not None and second.total is not None and first.total > second.total:
            return second, first
        return first, second

    def _columns(self, metric: Metric, q: Query, template: str, rep: ReportRow) -> tuple[str, ...]:
        try:
            cols = find_column(q.text, metric, template)
        except AmbiguousColumn as e:
            raise _AskColumn(self._ask_column(q, metric, rep, e.cols)) from e
        if cols is None:
            # A column only the other template has (收费金额 of a 2019 report); in a trend or a
            # change on last year, 增减/变化 asks for the change, not for that column.
            for other in metric.cols if q.intent not in ("trend", "change") else ():
                if other != template and metric.cols[other]:
                    try:
                        named = find_column(q.text, metric, other)
                    except AmbiguousColumn:
                        named = None
                    if named:
                        raise Unavailable(f"{rep.year}年的年报（{template}年版模板）“{metric.label}”没有“{named[0]}”这一栏")
            d = default_column(metric, template)
            if d is None:
                raise _AskColumn(self._ask_column(q, metric, rep))
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
                    raise Unavailable(f"{name}{rep.year}年 {_where(metric.table, row, col)} {UNREADABLE}，无法回答")
                parts.append(c)
                if c.value is not None:
                    try:
                        total += Decimal(c.yuan if c.yuan and col == tpl.AMOUNT_2019 else c.value)
                    except ArithmeticError as e:
                        raise Unavailable(f"{name}{rep.year}年 {_where(metric.table, row, col)} 印的是“{c.value}”，不是数字") from e
        label = metric.label + ("" if cols == ("总计",) and metric.table != ACTIVE else f"（{'+'.join(cols)}）")
        if all(c.value is None for c in parts):
            total = None  # every part blank: the report prints nothing, so we say nothing

        def build() -> list[Figure]:
            checks = self.r.failed_checks(rep.id)
            if parts[0].line is None:  # prefetched values only: read the cited cells whole
                full = self.r.cells(rep.id, metric.table, tuple({c.row for c in parts}))
                return [self._figure(rep, full[(c.row, c.col)], checks) for c in parts]
            return [self._figure(rep, c, checks) for c in parts]

        return Value(rep, total, label, _unit(parts[0], self.r.unit_of), len(parts), build)

    def _figure(self, rep: ReportRow, c: CellRow, checks) -> Figure:
        if c.col == tpl.AMOUNT_2019 and c.yuan:
            value, unit = _num(Decimal(c.yuan)), "元"
        elif c.value is None:
            value, unit = None, c.unit or "件"
        else:
            try:
                value, unit = _num(Decimal(c.value)), c.unit or "件"
            except ArithmeticError:
                value, unit = c.value, ""
        warnings = [chk["message"] for chk in checks if [c.tbl, c.row, c.col] in [list(x) for x in chk["cells"]]]
        return Figure(
            agency=self.r.agency_names[rep.agency_id], year=rep.year, table=TABLE_TITLES[c.tbl], row=c.row,
            column=c.col, value=value, unit=unit, raw=c.raw or "", source=f"{rep.file}:{c.line}",
            warnings=warnings, label=f"{ROW_NAMES.get(c.row, c.row.replace('/', '·'))}（{c.col}）",
        )

    def _sum_figure(self, v: Value) -> Figure:
        f0 = v.figures[0]
        warnings = sorted({x for f in v.figures for x in f.warnings})
        return Figure(f0.agency, f0.year, f0.table, " + ".join(sorted({f.row for f in v.figures})), "+".join(sorted({f.column for f in v.figures})),
                      _num(v.total), v.unit, "", "；".join(f.source for f in v.figures), warnings, v.label)

    def _ask_column(self, q: Query, metric: Metric, rep: ReportRow, cols=None) -> Answer:
        cols = cols or metric.cols.get(rep.template, {})
        opts = [Option(col, f"{q.text}（{col}）") for col in cols]
        return Answer("clarify", title=f"“{metric.label}”有{len(opts)}项数字，请问要哪一项？", options=opts)

    # -- across agencies -----------------------------------------------------------------------

    def _metric(self, q: Query) -> Metric:
        return q.metrics[0]

    def _values_across(self, q: Query, ids) -> tuple[list[Value], list[str], list[str]]:
        metric = self._metric(q)
        values, skipped, notes, todo = [], [], [], []
        skipped_years: list[str] = []  # agencies without the one year a ranking or total is taken in
        latest = {} if q.years else self.r.latest_reports(frozenset(metric.rows))
        one_year = None
        if not q.years and q.intent in ("rank", "total") and latest and not q.every_report:
            # across agencies, one year: the newest held in scope (never each agency's newest, mixed)
            one_year = max((rep.year for aid, rep in latest.items() if aid in set(ids)), default=None)
        for aid in ids:
            by_year = self.r.by_agency.get(aid, {})
            name = self.r.agency_names[aid]
            if q.years:
                reps = [by_year[y] for y in q.years if y in by_year]
                if not reps and q.intent == "compare" and by_year:
                    reps = [by_year[max(by_year)]]  # the year was given for another agency
                    notes.append(f"{name}没有{'、'.join(map(str, q.years))}年的年报，用它最新的{max(by_year)}年年报比较")
                if not reps:
                    skipped.append(f"{name}（没有{'、'.join(map(str, q.years))}年的年报）")
                    continue
            elif q.every_report:  # 所有年报里: each report of each year
                reps = [by_year[y] for y in sorted(by_year)]
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
                skipped += [f"{self.r.agency_names[x.agency_id]} {x.year}年（{t}年版模板没有这一栏）" for x in todo if x.template == t]
                todo = [x for x in todo if x.template != t]
                notes.append(f"{t}年版模板的“{metric.label}”没有这一栏，这些年报未计入")
        prefetched = self.r.cells_many([r.id for r in todo], metric.table, sorted(rows), sorted(cols)) if todo else {}
        for rep in todo:
            try:
                values.append(self._value(rep, metric, q, prefetched.get(rep.id, {}), cols_of.get(rep.template)))
            except Unavailable as e:
                skipped.append(str(e))
        if one_year is not None:
            notes.append(f"未指明年份，按库中最新的{one_year}年" + (f"；没有{one_year}年年报的{len(skipped_years)}个单位未计入（可加上年份再问）"
                                                               if skipped_years else ""))
        elif q.every_report and not q.years:
            notes.append("按库中全部年报（各年份都算，一份年报一项）")
        elif not q.years:
            notes.append("未指明年份，各单位取最新一份含这一项的年报")
        return values, skipped, notes

    def _skipped_notes(self, skipped: list[str]) -> list[str]:
        if len(skipped) <= 5:
            return [f"未计入：{x}" for x in skipped]
        return [f"未计入{len(skipped)}份：{'；'.join(skipped[:5])}等"]

    def _scope(self, q: Query) -> list[int]:
        ids = sorted({i for m in q.mentions for i in m.agency_ids}) if q.mentions else sorted(self.r.agency_names)
        if q.level:
            ids = [i for i in ids if self.catalog.agencies[i].level == q.level]
        if q.sector:
            ids = [i for i in ids if self.catalog.has_word(i, q.sector)]
        return ids

    def _scope_notes(self, q: Query) -> list[str]:
        """How the agencies were chosen, when by a word of their names (never a silent filter)."""
        words = [m.text for m in q.mentions if m.kind == "region"] + ([q.sector] if q.sector else [])
        if not words:
            return []
        return [f"按单位名称中带“{'”“'.join(words)}”筛选；名称里不带这些字的单位（例如只写镇名的乡镇政府）不在内"]

    def _names_an_agency_we_miss(self, q: Query) -> bool:
        """No agency recognised, but the question names one (misspelt, or one we do not hold)."""
        if q.mentions or q.level:
            return False
        return bool(q.unknown_agency) or bool(self._near(q))

    def _across(self, q: Query) -> tuple[list[Value], list[str], list[str]] | Answer:
        """The figure for every agency in scope (values, skipped, notes), or the answer to give instead."""
        if self._names_an_agency_we_miss(q):
            return self._lookup(q)
        try:
            values, skipped, notes = self._values_across(q, self._scope(q))
        except _AskColumn as e:
            return e.answer
        return values, skipped, notes + self._scope_notes(q)

    def _rank(self, q: Query) -> Answer:
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
        if unreadable and (q.nth or q.top_n or re.search(r"最高|最多|最低|最少|哪个|哪家|谁最", q.text)):
            # who comes first cannot be said while a candidate's figure could not be read
            return Answer("not_found", title=f"排名无法确定：{len(unreadable)}份年报的这一格未能从原文可靠读出",
                          items=unreadable[:MAX_LISTED], figures=[self._one(v) for v in values[:10]], notes=notes)
        if q.nth:
            if q.nth > len(values):
                return Answer("not_found", title=f"只有{len(values)}个单位有这一项，没有第{q.nth}名")
            v = values[q.nth - 1]
            same = [x for x in values if x.total == v.total]
            if len(same) > 1:
                notes.append(f"与第{q.nth}名并列（同为{_num(v.total)}）的有{len(same)}个，均列出")
            figs = [self._one(x) for x in same]
            return Answer("table" if len(figs) > 1 else "figure", figures=figs, notes=notes,
                          title=f"{v.label}第{q.nth}名（共{len(values)}个）")
        named = len([m for m in q.mentions if m.kind in ("name", "parent")]) >= 2
        top = q.top_n or (1 if re.search(r"最高|最多|最低|最少|哪个|哪家|谁最", q.text) and not named else None)
        shown = values[:top] if top else values[:MAX_PARTS]
        if not top and len(values) > MAX_PARTS:
            notes.append(f"共{len(values)}个，这里列出前{MAX_PARTS}个")
        ties = top and len(values) > top and values[top].total == shown[-1].total
        if ties:
            notes.append(f"第{top}名与其后有并列（同为{_num(shown[-1].total)}），均列出")
            shown = [v for v in values if v.total >= shown[-1].total] if not q.ascending else [v for v in values if v.total <= shown[-1].total]
        notes += self._skipped_notes(skipped)
        figs = [self._one(v) for v in shown]
        partial = f"；另有{len(unreadable)}份年报的这一格未能可靠读出，未参加排名" if unreadable else ""
        return Answer("table", figures=figs, notes=notes, title=f"{values[0].label}排名（共{len(values)}个{partial}）")

    def _total(self, q: Query) -> Answer:
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
        return Answer("total", value=_num(total), figures=figs, notes=notes, title=f"{values[0].label}合计（{len(values)}份年报）", op="sum")

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
        except _AskColumn as e:
            return e.answer
        if not values:
            return Answer("not_found", title="没有可比较的数字", items=skipped)
        if q.add_up:  # A和B加起来: the sum of the agencies named, all of them or none
            if skipped:
                return Answer("not_found", title="无法合计：有单位缺这一项", items=skipped, figures=[self._one(v) for v in values])
            return self._sum_of(values, notes, f"{values[0].label}合计（{len(values)}个单位）")
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
            return Answer("total", value=_num(diff), figures=figs, notes=notes, op="difference",
                          title=f"{a.label}：{who[0]}比{who[1]}{'多' if diff >= 0 else '少'}{_num(abs(diff))}{unit}{pct}")
        return Answer("table", figures=figs, notes=notes, title=f"{values[0].label}比较")

    def _trend(self, q: Query) -> Answer:
        aid, other = self._agency_or_answer(q)
        if other:
            return other
        by_year = self.r.by_agency.get(aid, {})
        years = q.years or sorted(by_year)[-(q.top_n or 0):]
        values, missing = [], []
        for y in years:
            if y not in by_year:
                missing.append(y)
                continue
            try:
                values.append(self._value(by_year[y], self._metric(q), q))
            except Unavailable as e:
                missing.append(f"{y}（{e}）")
            except _AskColumn as e:
                return e.answer
        notes = []
        name = self.r.agency_names[aid]
        held = f"现有{'、'.join(map(str, sorted(by_year)))}年"
        if q.add_up and missing:  # a sum that leaves out a year asked for would be a wrong number
            return Answer("not_found", title=f"无法合计：{name}没有{'、'.join(map(str, missing))}年的数字（{held}）",
                          figures=[self._one(v) for v in values], notes=["可以只问库中有的年份"])
        if missing:
            notes.append(f"{name}没有这些年份的数字：{'、'.join(map(str, missing))}（{held}）")
        if not values:
            return Answer("not_found", title=f"没有{name}这些年份的数字", notes=notes)
        if q.add_up:
            years_said = "、".join(str(v.report.year) for v in values)
            return self._sum_of(values, notes, f"{name} {values[0].label} {years_said}年合计")
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
        return Answer("table", figures=figs, notes=notes, title=f"{name} {values[0].label}（按年份）")

    def _change(self, q: Query) -> Answer:
        aid, other = self._agency_or_answer(q)
        if other:
            return other
        by_year = self.r.by_agency.get(aid, {})
        name = self.r.agency_names[aid]
        base = re.search(r"比(\d{4})年", q.text)  # 比2023年多几件: the year compared against
        years = [y for y in q.years if not base or y != int(base.group(1))]
        year = max(years) if years else (max(by_year) if by_year else None)
        if base:
            before = int(base.group(1))
        else:
            before = min(q.years) if len(q.years) == 2 else (year - 1 if year else None)
        held = [f"现有：{'、'.join(map(str, sorted(by_year)))}年"]
        if year not in by_year:
            return Answer("not_found", title=f"库中没有{name}{year}年的年报", items=held)
        if before not in by_year:
            return Answer("not_found", title=f"库中没有{name}{before}年的年报，无法比较", items=held)
        try:
            prev = self._value(by_year[before], self._metric(q), q)
            cur = self._value(by_year[year], self._metric(q), q)
        except Unavailable as e:
            return Answer("not_found", title=str(e))
        except _AskColumn as e:
            return e.answer
        if prev.total is None or cur.total is None:
            return Answer("not_found", title="其中一年该格为空，无法计算变化")
        diff = cur.total - prev.total
        figs = [self._one(v) for v in (prev, cur)]
        pct = f"，{'+' if diff >= 0 else ''}{(diff / prev.total * 100):.1f}%" if prev.total else ""  # 比上年 +352.4%
        unit = cur.unit or "件"
        said = f"{'多' if diff > 0 else '少' if diff < 0 else '持平，变化'}{_num(abs(diff))}{unit}" if diff else "持平"
        return Answer("total", value=_num(diff), figures=figs, op="change",
                      title=f"{name} {cur.label}：{year}年比{before}年{said}{pct.replace('，', '（', 1) + '）' if pct else ''}")

    # -- one report's card ---------------------------------------------------------------------

    def report_card(self, agency_text: str, year: int | None) -> Answer:
        q = understand(agency_text + (f"{year}年" if year else ""), self.catalog, self.newest, self.today)
        aid, ask = self._one_agency(q)
        if ask:
            ask.text = w.render(ask)
            return ask
        if aid is None:
            ans = Answer("not_found", title="请只写一个单位")
            ans.text = w.render(ans)
            return ans
        rep, missing = self._report_for(aid, q)
        if missing:
            missing.text = w.render(missing)
            return missing
        checks = self.r.failed_checks(rep.id)
        figs = [self._figure(rep, c, checks) for c in self.r.all_cells(rep.id)]
        ans = Answer("table", figures=figs, title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年年报（{rep.template}年版模板）",
                     notes=[c["message"] for c in checks])
        ans.text = w.render(ans)
        return ans


class _AskColumn(Exception):
    def __init__(self, answer: Answer):
        self.answer = answer


def _unit(c: CellRow, unit_of) -> str:
    if c.col == tpl.AMOUNT_2019 and c.yuan:
        return "元"
    if c.value is not None:
        try:
            Decimal(c.value)
        except ArithmeticError:
            return ""
    return c.unit or unit_of(c.tbl, c.row, c.col)


def _with_column(q: Query, col: str) -> Query:
    """The same question with its column words replaced by one column (for a ratio's denominator)."""
    from dataclasses import replace

    return replace(q, text=col)


def _where(tbl: str, row: str, col: str) -> str:
    short = {REQUESTS: "表三", ACTIVE: "表二"}.get(tbl, "表四")
    return f"{short} {row.replace('/', '·')} · {col}"


def _num(d: Decimal | None):
    if d is None:
        return None
    return int(d) if d == d.to_integral_value() else float(d)
