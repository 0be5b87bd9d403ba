"""A Query → an Answer with citations, over one index. Never a figure we are not sure of."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from bot import wording as w
from bot.answer import Answer, Option
from bot.answer_across import AcrossAnswers
from bot.answer_lists import ListAnswers
from bot.answer_one import OneReportAnswers
from bot.answer_years import YearAnswers
from bot.conversation import Conversation
from bot.gather import FIGURE_INTENTS, STRONG_TYPO_MATCH, Gather, as_number
from bot.in_context import InContext, read_in_context
from bot.index_reader import IndexReader
from bot.match import AgencyCatalog
from bot.resolve import Resolve
from bot.rows import BY_KEY
from bot.shape_guard import guarded
from bot.text import MAX_QUESTION_CHARS, QuestionTooLong
from bot.understand import Query, understand
from bot.value_filter import filter_said


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
        read, alone = InContext(q), q  # alone: the question read on its own (in a thread, `q` becomes its reading there)
        lost_before = bool(conv is not None and conv.figure_lost)
        if conv is not None:  # a follow-up or a pick of the last options, read against the conversation
            read = read_in_context(question, q, conv, lambda text: understand(text, self.catalog, self.today),
                                   self.catalog, self.r.agency_names, self.r.by_agency)
            if read.declined:
                declined = Answer("clarify" if read.choices else "not_found", title=read.declined,
                                  notes=read.declined_notes, options=read.choices)
                if q.add_up or q.ratio or q.difference:
                    conv.figure_lost = True  # 这两项合计？(declined) → 这个合计占…: leans on a figure never given
                conv.options = [(o.label, o.question) for o in read.choices]
                conv.turns = [*conv.turns, ""][-20:]
                declined.text = w.render(declined)
                return declined
            alone, q = q, read.query
            if (conv.filter_said and read.notes and q.value_filter is None and q.intent in ("rank", "total") and not q.mentions
                    and not alone.years):  # (2020年各家…谁最多: a question of its own, not narrowed by the last one)
                # 最少呢 after 新收超过30件的几家里谁最多: among the same reports
                q = replace(q, value_filter=filter_said(conv.filter_said)[0])
        ans = self._answer_query(q)
        ans = guarded(ans, q, alone, read, conv, lost_before)
        if conv is not None:  # (淮安单独算呢 not answered → 平潭这一项: the item of a turn never answered is not plain)
            conv.last_unanswered = ans.kind in ("not_found", "clarify")
            # (并列的两家纠正各几件 answered from the prose → 加起来: the figures to add were never shown)
            asked_figures = bool(alone.metrics or "columns" in alone.shapes) and "each_or_count" in alone.shapes
            conv.figure_asked_lost = alone.text if ans.kind in ("search", "not_found", "clarify") and asked_figures and not ans.figures else ""
        if conv is not None and ans.kind == "not_found" and (alone.add_up or alone.ratio or alone.difference) and not alone.mentions:
            conv.figure_lost = True  # 这五家加在一起 (no figure) → 第一名占这个合计的多少: leans on a figure never given
        ans.notes[:0] = [_as_answered(n, ans) for n in read.notes]
        ans.asked = q.text
        ans.text = w.render(ans)
        idle = q.intent in ("unknown", "thanks") or (q.intent in ("narrative", "search", "help") and not (q.mentions or q.metrics or q.years))
        # 其中针对企业的有多少 answered from the prose (no figure) in a thread: the figure talked of stays the last one
        idle = idle or (ans.kind == "search" and bool(read.notes) and bool(conv and conv.last_question))
        asked_something = bool(q.metrics or q.mentions or q.years or q.nth or q.top_n or q.add_up or q.ratio or q.difference or q.parts_sum)
        if (conv is not None and ans.kind == "help" and q.intent not in ("thanks", "help") and asked_something and conv.last_question
                and not conv.lost_turn):  # (稍等 领导叫我: chatter, asking nothing; the thread stays as it was)
            # 按分项加总重新排，第二名是谁 read but not answerable (没听懂): a lost turn, never the thread's new
            # question (它印出来的总计 next cannot lean on it, nor on what came before it)
            idle, conv.lost_turn, conv.lost_plainly = True, alone.text, False
        if (conv is not None and ans.kind in ("clarify", "not_found") and not ans.ranked and (q.intent == "rank" or q.top_n)
                and "ranking_places" in alone.shapes and "nth_place" not in alone.shapes):
            # 放到2020年…采购总金额前三名是谁 (asked back) → 第二名和第三名之间差多少: the places of the ranking asked
            # were never shown; an older ranking's are not what they mean (its scope, the question, still is)
            conv.ranked, conv.ranked_at = [], []
        if (conv is not None and ans.kind in ("not_found", "clarify") and not ans.ranked
                and "ranking_asked" in alone.shapes):
            conv.ranking_lost = True  # 加上平潭，重新排 (not answered) → 第二名的…: the places asked for were never shown
        if conv is not None:
            conv.turns = [*conv.turns, "" if idle else read.remember_as or self._as_resolved(q, ans)][-20:]
        if conv is not None and not idle:  # chatter, or a question not understood, leaves the thread as it was
            asked = read.remember_as or self._as_resolved(q, ans)
            unread_kept = ans.kind in ("clarify", "search", "not_found") and bool(q.unread) and not ans.figures
            if unread_kept:
                # words asked back about (or that sent the question to the prose) are not carried on: a new row
                # said next drops them (淮安2024年新收里网上提交的 → 那总共收了多少); the same question of another
                # agency or year still is not understood (left_unread)
                asked = q.without(q.unread)
            if q.claimed is not None and not read.remember_as:  # a follow-up asks about the figure, not the claim
                number = re.escape(str(as_number(Decimal(str(q.claimed)))))  # (是0: never the 0s of 2020年)
                asked = re.sub(rf"(?:只|仅|才)?(?:有|是)?(?<![\d.]){number}(?![\d.]|年)(?:件|个|项|%)?", "", asked)
            ids = {i for m in q.mentions for i in m.agency_ids}
            about = self.r.agency_names.get(next(iter(ids)), "") if len(ids) == 1 and not ans.figures else ""
            named = list(dict.fromkeys(self.r.agency_names.get(i, "") for m in sorted(q.mentions, key=lambda m: m.start)
                                       for i in m.agency_ids))
            # (a gap of two is a ranking of them only when which is higher was asked: 谁高 → 高的那家; else the last ranking stands)
            ranked = ans.ranked if ans.op != "difference" or "who" in alone.shapes else []
            conv.remember(asked, ans.options, ans.figures, ranked, summed=ans.kind == "total", about=about,
                          share=ans.unit == "%", answered=ans.kind != "not_found", named=named if ans.kind == "table" else None,
                          value=ans.value if ans.kind == "total" and isinstance(ans.value, int | float) else None,
                          share_of=ans.title if ans.kind == "total" and ans.unit == "%" and ans.op == "ratio" else "")
            conv.ranked_just_now = bool(ranked) and q.intent == "rank" and conv.ranked == [a for a, _ in ranked]
            if conv.ranked_just_now and len(ans.figures) == 1 and not q.mentions:
                # 排个名，谁第一 (the first shown of the ranking): the ranking is the question asked, not its first's figure
                conv.ranked_question = ans.asked  # (the question as read, recorded as the answer records it)
            if q.intent == "rank" and ans.kind == "not_found":  # a ranking asked and not given: 第二名 points at no older one
                conv.ranking_lost = True
                conv.ranked, conv.ranked_at, conv.ranked_question = [], [], ""
                conv.listed, conv.listed_at, conv.listed_values = [], [], []  # (nor 倒数第一 at a list shown before it)
                # (哪家最多 not answered → 它的…: 它 is the one never named, not the agency talked of before)
                conv.lost_turn, conv.lost_plainly = alone.text, False
            said_now = list(dict.fromkeys(self.r.agency_names.get(i, "") for m in sorted(alone.mentions, key=lambda m: m.start)
                                          for i in m.agency_ids))  # (named in the asker's own words, not a rewritten question)
            if len([n for n in said_now if n]) >= 2:
                conv.user_order = [n for n in said_now if n]
            agency_offered = any(o.label in self.r.agency_names.values() for o in ans.options)
            if (ans.kind == "not_found" or ans.kind == "clarify" and not agency_offered) and not ans.figures and said_now and not conv.named_unanswered:
                # 跟北戴河比呢 (北戴河's rate not computable) → 那它新收多少: 它 may be the one just named, never answered for
                conv.named_unanswered = [n for n in said_now if n]
            conv.filter_said = q.value_filter.said if q.value_filter and ans.kind != "not_found" else ""
            # 平均一个项目多少钱 (asked back: 平均 not read) → 发改委呢: the word not read is still what is asked
            conv.left_unread = list(q.unread) if unread_kept else []
            # 去年呢 → 库中没有…2025年的年报: the next question of that agency is not held to that year
            conv.year_not_held = ans.kind == "not_found" and bool(re.match(r"库中没有.+\d{4}年的年报", ans.title or ""))
        return ans

    def _as_resolved(self, q: Query, ans: Answer) -> str:
        """The question as answered, for the conversation to go on from: the agency by its full name when
        the question named it loosely (北带河自然资源局 → 北戴河区自然资源和规划局), and the year it was
        answered for when it named none (so that "上一年呢" has a year to go back from)."""
        plain = _plainly(q, ans)
        if plain:
            return plain
        cut, name, at = 0, "", (q.mentions[-1].end if q.mentions else None)  # the question's [0, cut) becomes name
        agencies = {f.agency for f in ans.figures}
        ids = {i for m in q.mentions for i in m.agency_ids}
        # the words before the first year or row are the agency as written (a typo, a bare kind word)
        if (len(agencies) == 1 and ans.kind in ("figure", "total") and ids != {self._id_of(next(iter(agencies)))}
                and q.known_from > 0 and all(m.end <= q.known_from for m in q.mentions)):
            cut, name = q.known_from, agencies.pop()
            at = cut
        years = {f.year for f in ans.figures}
        if q.years or len(years) != 1 or at is None:
            return q.rewritten(0, cut, name)
        year = f"{years.pop()}年"
        return q.rewritten(0, cut, name + year) if name else q.rewritten(at, at, year)

    def _id_of(self, name: str) -> int | None:
        return next((i for i, n in self.r.agency_names.items() if n == name), None)

    def _answer_query(self, q: Query) -> Answer:
        if q.row_readings and q.intent in FIGURE_INTENTS:
            return self._row_of_the_columns(q)
        if q.unread and q.intent in FIGURE_INTENTS:
            return self._unread(q)
        if q.typo_row and not q.metrics:
            return self._typo_row(q)
        if q.exclude_column and len({i for m in q.mentions for i in m.agency_ids}) != 1:
            # 除了自然人以外，所有类型申请人合计 with no one agency: the column left out is done for one report only
            return Answer("not_found", title=f"去掉“{q.exclude_column}”一栏的合计只按一个单位算，请写明单位和年份"
                                             f"（例如：淮安市政府2024年除了{q.exclude_column}以外的申请一共多少）")
        if q.last_year_carry and q.intent in FIGURE_INTENTS:
            return self._ask_last_year_carry(q)
        if q.value_filter and (q.intent not in ("rank", "total") or q.share_of or q.gap_of or q.mentions and not q.position_of):
            # 新收超过30件的几家里… is applied to rankings and totals across agencies; anywhere else it would be dropped
            return Answer("not_found", title=f"“{q.value_filter.label}”这样的筛选条件只用于跨单位的排名或合计，这里用不上；"
                                             "请去掉条件再问，或改问排名（例如：2020年新收申请超过30件的几家里，谁予以公开最多）")
        if q.share_of:
            return self._agency_share(q)
        if q.gap_of:
            return self._agency_gap(q)
        if q.share_of_years:
            return self._year_share(q)
        if q.ratio and q.intent in ("compare", "rank", "total", "trend", "change") and not (
                q.growth and q.intent in ("change", "trend")):
            return self._ratio_each(q)
        handler = getattr(self, f"_{q.intent}")
        if q.unknown_place and q.intent in ("lookup", "rank", "total", "compare", "trend", "change") and not any(
            sc >= STRONG_TYPO_MATCH for _, sc in self._near(q)
        ):
            handler = self._no_place  # a place we hold nothing of (a near miss of one we hold is asked back)
        if q.province and not q.mentions and q.intent in ("lookup", "rank", "total", "compare", "list_agencies", "checks"):
            handler = self._no_province
        elif q.place_ids and q.intent in ("rank", "total") and self.catalog.unplaced():
            handler = self._place_not_sure
        elif q.intent in ("narrative", "search") and not q.metrics and q.carry_word and not re.sub(r"结转|申请|[的了过\s]", "", q.search_text):
            handler = self._ask_carry
        ans: Answer = handler(q)
        if q.average:
            ans = _averaged(ans)
        if handler != self._no_place:  # how a held name was read says nothing when the place is not held
            ans.notes[:0] = q.assumed
        if q.claims and ans.kind == "table" and len(ans.figures) == len(q.claims):
            for f, said in zip(ans.figures, q.claims, strict=True):
                if isinstance(f.value, int | float):
                    verdict = "一致" if f.value == said else "不一致"
                    ans.notes.append(f"{f.label}：问题里说的是{said}，表中印的是{as_number(Decimal(str(f.value)))}：{verdict}")
        elif q.claims:
            ans.notes.append(f"问题里的{len(q.claims)}个数字没能逐一对上表中的数，请分开问")
        if q.claims_unchecked and ans.kind in ("figure", "total"):
            ans.notes.append(f"问题里另有数字（{'、'.join(map(str, q.claims_unchecked))}）没有核对，请单独问")
        if q.claimed is not None and ans.kind in ("figure", "total"):
            shown = ans.value if ans.kind == "total" else ans.figures[0].value
            if isinstance(shown, int | float):
                ans.notes.insert(0, _claim_verdict(q, shown, ans))
        if q.relative:
            ans.notes.insert(0, q.relative)
        return ans

    def _row_of_the_columns(self, q: Query) -> Answer:
        """制发了几件 with no row named: the row whose cells say something in the reports asked (规章 is
        mostly all zero), or asked back when more than one does."""
        answers = [(key, text, self._answer_query(replace(q, metrics=[BY_KEY[key]], row_readings=[])))
                   for key, text in q.row_readings]
        said = [(key, text, ans) for key, text, ans in answers
                if any(isinstance(f.value, int | float) and f.value for f in ans.figures)]
        if all(BY_KEY[key].table == "review_litigation" for key, _ in q.row_readings):
            # 结果维持的有几件: 复议 or which 诉讼 is never picked by which cells are filled
            return Answer("clarify", title="没说是行政复议还是行政诉讼，请选：",
                          options=[Option(BY_KEY[key].label, text) for key, text, _ in answers])
        if len(said) <= 1:  # (none says anything: the first reading, the others said to be empty too)
            key, _, ans = (said or answers)[0]
            others = "、".join(BY_KEY[k].label for k, _, _ in answers if k != key)
            why = f"（{others}这一项为0或空白）" if others else ""
            ans.notes.insert(0, f"没说是哪一项，按“{BY_KEY[key].label}”理解{why}")
            return ans
        labels = "还是".join(BY_KEY[key].label for key, _, _ in said)
        return Answer("clarify", title=f"没说是{labels}，两项都有数，请选：",
                      options=[Option(BY_KEY[key].label, text) for key, text, _ in answers])

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


def _claim_verdict(q: Query, shown: float, ans: Answer) -> str:
    """A claim in the question (某报称28件 / 超过九成) held against the figure shown."""
    claimed = f"{as_number(Decimal(str(q.claimed)))}{'%' if q.claim_percent else ''}"
    said = q.claim_said or {">": f"超过{claimed}", "<": f"不到{claimed}", "~": f"约{claimed}"}.get(q.claim_bound, claimed)
    unit = ans.unit or (ans.figures[0].unit if ans.figures else "")
    printed = f"{as_number(Decimal(str(shown)))}{'%' if ans.unit == '%' else ''}{'万元' if '万元' in unit else ''}"
    if q.claim_percent != (ans.unit == "%"):  # a share claimed of a count, or the reverse
        return f"问题里说的是{said}，表中的{printed}不是同一种数，无法据此核对"
    if "万元" in unit and q.claim_said:  # 收了一个多亿: an amount in words is in 元
        shown = shown * 10_000
    holds = {">": shown > q.claimed, "<": shown < q.claimed, "~": abs(shown - q.claimed) <= q.claimed / 10,
             "多": q.claim_upper is not None and q.claimed <= shown < q.claim_upper}.get(q.claim_bound, shown == q.claimed)
    verdict = ("属实" if holds else "不属实") if q.claim_bound else ("一致" if holds else "不一致")
    if holds and any(f.warnings for f in ans.figures):  # 总计 printed 0 while its parts add to 11
        verdict += "，但这个数和本报告其他数字对不上（见⚠），不能据此确认"
    computed = ans.unit == "%" or ans.op == "sum"
    return f"问题里说的是{said}，{'算出' if computed else '表中印'}的是{printed}：{verdict}"


def _plainly(q: Query, ans: Answer) -> str:
    """One cited cell, or one agency's change between two years, said plainly in the template's own words
    (淮安市洪泽区人民政府2024年本年新收申请): what a follow-up is carried over from, free of the words the
    question happened to use. Empty when the answer is anything else (a share, a sum, a list)."""
    f = ans.figures[0] if ans.figures else None
    one_series = f is not None and f.label and all(x.agency == f.agency and x.label == f.label for x in ans.figures)
    years = sorted({x.year for x in ans.figures}) if one_series else []
    # a change or a sum over one agency's years is said plainly whatever words asked for it (两年加起来 → 一共多少),
    # so that words of an earlier operation never pile up in the thread
    over_years = one_series and len(years) == len(ans.figures) == 2 and q.claimed is None and not q.ratio and (
        ans.op == "change" or (ans.kind == "total" and ans.op == "sum"))
    if not over_years and (
            q.claimed is not None and not (ans.kind == "figure" and len(ans.figures) == 1 and not q.claims)
            or q.ratio or q.intent not in ("lookup", "change") and not (q.nth and ans.kind == "figure" and len(ans.figures) == 1)
            or not ans.figures or q.which_part or q.parts_sum or q.difference and q.intent != "change" or q.add_up
            or q.asks_check or q.nth and ans.kind != "figure" or q.top_n and not q.nth):  # (第四名呢: the one figure shown, plainly)
        return ""  # an operation beyond reading the cell: the question as asked carries it
    if not one_series:
        return ""
    label = re.sub(r"（总计）$", "", f.label).replace("·", "")
    label = re.sub(r"（其他）$", "（其他申请人）", label)  # the applicant column 其他 is not a bare 其他
    label = re.sub(r"（([^（）]+)）$", r"\1", label).replace("“", "").replace("”", "")
    if re.search(r"其他(?!申请人|结果|法律)", label):
        return ""  # 其他处理·其他 has no plain words of its own: the question as asked is kept
    if ans.kind == "figure" and len(ans.figures) == 1:
        return f"{f.agency}{f.year}年{label}"
    if ans.op == "change" and len(ans.figures) == 2:
        first, second = sorted(x.year for x in ans.figures)
        return f"{f.agency}{second}年比{first}年{label}变化多少"
    if over_years:
        return f"{f.agency}{years[0]}年和{years[1]}年{label}一共多少"
    return ""


_CARRIED_READING = re.compile(r"(接上题：(?:[^“]*“[^”]*”指[^，]*，)?)按“.+”理解")


def _as_answered(note: str, ans: Answer) -> str:
    """接上题：按“<the follow-up written out, words glued as they came>”理解 → what was answered, by its slots: the
    reports (agency and year) and the figure, as the answer names them. A reading with no figure keeps its words."""
    said = _CARRIED_READING.fullmatch(note)
    if not said or not ans.figures or ans.kind not in ("figure", "total", "table"):
        return note  # (a reading declined keeps its words: what was tried is what the reader needs to see)
    reports = list(dict.fromkeys(f"{f.agency}{f.year}年" for f in ans.figures))
    if ans.kind == "table" and len(ans.ranked) > len(reports) and ans.title:  # a ranking showing its first: read over all it ranked
        return f"{said.group(1)}按“{ans.title}”理解"
    who = "、".join(reports) if len(reports) <= 3 else f"{len(reports)}份年报"
    labels = list(dict.fromkeys(f.label for f in ans.figures if f.label))
    what = ans.title if ans.kind != "figure" and ans.title and len(labels) != 1 else "、".join(labels[:3])
    what = re.sub(r"^\S+? ?\d{4}年[ ：:]", "", what)  # (a title that starts with the report: said once)
    return f"{said.group(1)}按“{who} {what}”理解" if what else note


def _averaged(ans: Answer) -> Answer:
    """平均每家 / 平均每年: a sum of one figure over several reports, divided by how many were added; anything
    else is not averaged on a guess."""
    reports = {(f.agency, f.year) for f in ans.figures}
    if not (ans.kind == "total" and ans.op == "sum" and ans.count >= 2 and len({f.label for f in ans.figures}) == 1
            and len(reports) == len(ans.figures)):
        return Answer("not_found", title="“平均”只算几份年报（几家单位或几年）同一个数的平均；这里没能确定是哪几份相加，请写明",
                      figures=ans.figures, notes=ans.notes)
    mean = (Decimal(str(ans.value)) / ans.count).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Answer("total", value=as_number(mean), figures=ans.figures, op="average", title=ans.title.replace("合计", "平均"),
                  notes=[*ans.notes, f"平均 = 合计{ans.value} ÷ {ans.count}份年报 = {as_number(mean)}"])
