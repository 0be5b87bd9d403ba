"""A Query → an Answer with citations, over one index. Never a figure we are not sure of."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from bot import wording as w
from bot.answer import Answer
from bot.answer_across import AcrossAnswers
from bot.answer_lists import ListAnswers
from bot.answer_one import OneReportAnswers
from bot.answer_years import YearAnswers
from bot.conversation import BOTH, PRONOUN, Conversation, carry_over, looks_like_followup, pick_option
from bot.gather import FIGURE_INTENTS, STRONG_TYPO_MATCH, Gather, as_number
from bot.index_reader import IndexReader
from bot.match import AgencyCatalog
from bot.resolve import Resolve
from bot.text import MAX_QUESTION_CHARS, QuestionTooLong
from bot.understand import Query, understand
from bot.when import read_period


class Responder(ListAnswers, OneReportAnswers, AcrossAnswers, YearAnswers, Resolve, Gather):
    """Answers questions over one index; each family of intents lives in its own module."""

    def __init__(self, reader: IndexReader, catalog: AgencyCatalog, today: date | None = None):
        self.r = reader
        self.catalog = catalog
        self.today = today  # None: the real date (今年/去年 are read against it)

    def answer(self, question: str, conv: Conversation | None = None) -> Answer:
        """Answer one question; with `conv`, a follow-up or a pick of the last options is read in
        the light of the last question, and `conv` remembers this one."""
        try:
            q = understand(question, self.catalog, self.today)
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
            return understand(picked, self.catalog, self.today), [f"选择了：{label}"], None
        if not conv.last_question or (q.mentions and q.metrics) or q.intent in ("help", "list_agencies", "checks", "search"):
            return q, [], None
        pronoun = PRONOUN.match(q.text)
        if pronoun and conv.last_agencies and not q.mentions:  # 它的复议维持率: the agency the last answer put first
            years = "" if q.years else "、".join(f"{y}年" for y in read_period(conv.last_question).years)
            plural = pronoun.group(1) in ("它们", "他们", "这几家", "这些单位")
            if plural and len(conv.last_agencies) < 2:  # 它们 after one agency was shown: which ones is not known
                return q, [], Answer("not_found", title="“它们”指哪几个单位没能确定，请写出单位名称")
            who = "和".join(conv.last_agencies) if plural else conv.last_agencies[0]  # 它们: every agency just shown
            full = who + years + re.sub(r"^(?:里面|里头|当中|中|的)+", "", q.text[pronoun.end() :])
            named = understand(full, self.catalog, self.today)
            said = f"接上题：“{pronoun.group(1)}”指{who}"
            if not named.metrics and not named.unread:  # 它里面纠正几件: the rest of the last question carries over too
                carried = carry_over(conv.last_question, named, self.catalog, conv.years_seen, conv.agencies_seen)
                if carried:
                    return understand(carried, self.catalog, self.today), [f"{said}，按“{carried}”理解"], None
            return named, [f"{said}，按“{full}”理解"], None
        if q.unread:  # a word not understood is never carried past by filling in the last question
            return q, [], None
        whom_left_out = not q.mentions and (q.intent in ("lookup", "trend", "change") or BOTH.search(q.text)
                                             or not q.metrics and q.intent in ("narrative", "unknown")) and not (
            q.level or q.sector or q.unknown_agency or q.unknown_place or q.province)
        if not looks_like_followup(question) and len(q.text) > 8 and not whom_left_out:
            return q, [], None
        full = carry_over(conv.last_question, q, self.catalog, conv.years_seen, conv.agencies_seen)
        if full is None:
            if q.mentions and (q.metrics or q.intent != "lookup"):
                return q, [], None
            conv.last_agencies = []  # after a question we could not tie, 它 no longer points anywhere
            return q, [], Answer("not_found", title=f"这句没能和上一个问题（“{conv.last_question}”）接上，请把单位、年份和要问的数字说完整",
                                 notes=["例如：洪泽区2023年收到多少申请"])
        carried = understand(full, self.catalog, self.today)
        notes = [f"接上题：按“{full}”理解"]
        ids = {i for m in carried.mentions for i in m.agency_ids}
        same_year = re.search(r"同一年|同年|同期|当年|这一年|那一年|同样年份", q.text)
        if q.mentions and not q.years and carried.years and len(ids) == 1 and not same_year:
            held = self.r.by_agency.get(next(iter(ids)), {})
            if held and not set(carried.years) & set(held):  # 平潭呢 (2022 only) after a 2024 question
                plain = full
                for s, e in sorted(carried.time_spans, reverse=True):
                    plain = plain[:s] + plain[e:]
                name = self.r.agency_names[next(iter(ids))]
                notes = [f"接上题：按“{plain}”理解（{name}没有{'、'.join(map(str, carried.years))}年的年报，用它最新的一份）"]
                carried = understand(plain, self.catalog, self.today)
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
        if q.ratio and q.intent in ("compare", "rank", "total", "trend", "change") and not (
                q.growth and q.intent == "change"):
            return self._ratio_each(q)
        handler = getattr(self, f"_{q.intent}")
        if q.unknown_place and q.intent in ("lookup", "rank", "total", "compare", "trend", "change") and not any(
            sc >= STRONG_TYPO_MATCH for _, sc in self._near(q)
        ):
            handler = self._no_place  # a place we hold nothing of (a near miss of one we hold is asked back)
        if q.province and not q.mentions and q.intent in ("lookup", "rank", "total", "compare", "list_agencies", "checks"):
            handler = self._no_province
        elif q.intent in ("narrative", "search") and not q.metrics and q.carry_word and not q.search_text.strip("结转 "):
            handler = self._ask_carry
        ans: Answer = handler(q)
        ans.notes[:0] = q.assumed
        if q.claimed is not None and ans.kind in ("figure", "total"):
            shown = ans.value if ans.kind == "total" else ans.figures[0].value
            if isinstance(shown, int | float):
                holds = {">": shown > q.claimed, "<": shown < q.claimed}.get(q.claim_bound, shown == q.claimed)
                said = {">": f"超过{q.claimed}", "<": f"不到{q.claimed}"}.get(q.claim_bound, str(q.claimed))
                verdict = ("属实" if holds else "不属实") if q.claim_bound else ("一致" if holds else "不一致")
                ans.notes.insert(0, f"问题里说的是{said}，表中印的是{as_number(Decimal(str(shown)))}：{verdict}")
        if q.relative:
            ans.notes.insert(0, q.relative)
        return ans

    def report_card(self, agency_text: str, year: int | None) -> Answer:
        q = understand(agency_text + (f"{year}年" if year else ""), self.catalog, self.today)
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
