"""Carrying a follow-up over: the last question written out again with what the follow-up changes.

A follow-up ("那洪泽呢", "那2023年呢", "上一年呢", "复议呢", "维持的呢", "跟平潭比呢", "和2023年比呢") names only
what changes; `carry_over` writes the last question out in full with those slots replaced, and the
result is read like any other question. Each kind of follow-up is one small step; the first that
applies writes the question out, and None means the follow-up could not be tied to the last question.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property

from bot.gather import OUTCOME_GROUPS
from bot.match import AgencyCatalog
from bot.rows import (
    APPLICANT_COLS,
    GENERIC_ACTIVE_WORDS,
    LEGAL_PERSONS,
    NAMED_RATE,
    RATE_NAMES,
    REVIEW_COLS,
    column_spans,
    find_metrics,
    metric_spans,
)
from bot.understand import DENIED, PARTS_SUM, POSITION, Query
from bot.when import read_period
from index.lazy import lazy_module
from index.model import REQUESTS, REVIEW

cn2an = lazy_module("cn2an")  # loaded only when a number is written in Chinese

# 最新一年: the newest report held, whatever year the last question had
_NEWEST = re.compile(r"最新一年|最新的一年|最近一年|最新的|最新年份|有的最新")


# Words a follow-up is made of besides what it changes.
FOLLOW_START = re.compile(r"^(那么?|那个|那就|还有|再看看?|再问一?下?|换成?|改成?|如果是?|要是|然后|倒回去|倒回|回头看|" + r"(?:好的?|对了|行)?(?:回到|说回|再回到))")
COMPARE = re.compile(r"^(?:那)?(?:跟|和|与|同(?!比|年|期|样|一|口径|时|城|级|类|市|区|县)|对比|比较|比)(.+?)(?:相?比(?:较|一下)?|对比|比一比)?"
                      r"(差多少|多多少|少多少|多了多少|少了多少|多了几件|少了几件|多几件|少几件|多几个|少几个|差几件|差几个|(?:多|少)[收办发]了?(?:多少|几件|几个)|"
                      r"(?:高|低)(?:了|出)?(?:多少|几)个?百分点|差(?:了)?(?:多少|几)个?百分点|"
                      r"变化多少|变化了多少|有什么变化|有何变化|增减多少|增减了多少|变了多少)?(?:件|个|项|元|万元)?(?:呢|怎么样|如何)?[?？。]*$")
PREV_YEAR = re.compile(r"^(?:那)?(?:再看)?((?:再往前|往前|再前|往前推|再往前推)(?:一年|1年)?|(?:再往前|往前)?(?:上一年|前一年)|上年|之前一年|上一个?年度|前一个?年度)(?:的)?(?:呢|怎么样|如何)?[?？。]*$")
NEXT_YEAR = re.compile(r"^(?:那)?(?:再看)?(下一年|后一年|次年|第二年|翌年|转年|下一个?年度|之后一年|(?:再往后|往后|再往后推|往后推)(?:一年|1年)?)(?:的)?(?:呢|怎么样|如何)?[?？。]*$")


def cn_number(s: str) -> int:
    """二十 / 12 / 两 as an int; -1 for a run that is no one number (2022三 from 平潭2022三份: a year, then a count),
    so it never equals a count or place asked."""
    if s.isdigit():
        return int(s)
    try:
        return int(cn2an.cn2an(s.replace("两", "二"), "smart"))
    except ValueError:
        return -1


@dataclass
class _FollowUp:
    """A follow-up and what it is read against."""

    prev: str  # the last question as it was read
    new: Query
    catalog: AgencyCatalog
    years_seen: list[int]
    agencies_seen: list[str]
    listed: list[str] = field(default_factory=list)  # the agencies of the last list shown, one per line
    listed_at: list[int] = field(default_factory=list)  # the year of each line
    seen_in: dict[str, int] = field(default_factory=dict)  # agency → the year its figure was last shown for

    @property
    def text(self) -> str:
        return self.new.text

    @cached_property
    def prev_mentions(self):
        return self.catalog.mentions(self.prev)

    @cached_property
    def prev_period(self):
        return read_period(self.prev)


_PASS = object()  # a step that does not apply: the next one is tried


def carry_over(prev: str, new: Query, catalog: AgencyCatalog, years_seen: list[int] | None = None,
               agencies_seen: list[str] | None = None, listed: list[str] | None = None,
               listed_at: list[int] | None = None, seen_in: dict[str, int] | None = None) -> str | None:
    """The follow-up `new` written out in full with what it leaves out taken from `prev`, or None
    when it names nothing that could change in `prev` (then it is not a follow-up we understand).

    Each step reads one kind of follow-up; the first that applies writes the question out."""
    f = _FollowUp(_without_claim(prev), new, catalog, years_seen or [], agencies_seen or [], listed or [], listed_at or [],
                  seen_in or {})
    for step in (_newest_year, _per_item_of_last, _share_of_last, _the_two_years, _rate_of_change, _year_step, _two_places, _than_the_last,
                 _place_in_ranking, _one_of_the_ranked, _two_columns_apart, _comparison, _exclusion, _the_two_agencies, _agencies_on_the_last_figure, _own_question):
        out = step(f)
        if out is not _PASS:
            return out
    return _replace_slots(f)


def _per_item_of_last(f: _FollowUp):
    """平均一个项目多少钱 after 采购了几个项目: that row of that report, its amount over its count of items."""
    if not (f.new.per_item and not f.new.mentions and not f.new.years and not metric_spans(f.text)):
        return _PASS
    return f"{f.prev}，{f.text}" if metric_spans(f.prev) else None


def _newest_year(f: _FollowUp):
    """那你有的最新一年呢: the last question without its year (answered for the newest held)."""
    if not (_NEWEST.search(f.text) and not f.new.years and not f.new.mentions):
        return _PASS
    out = f.prev
    for s, e in sorted(f.prev_period.consumed, reverse=True):
        out = out[:s] + out[e:]
    return out if out != f.prev else None


def _share_of_last(f: _FollowUp):
    """占办结的比例: a share of the last figure."""
    lead = re.match(r"^(.{1,20}?)(?:的)?占", f.text) if f.new.mentions else None
    if lead and column_spans(lead.group(1)):
        lead = None  # 洪泽区2024年自然人占比: another column too, read slot by slot
    if lead and f.new.mentions[0].start == 0 and f.new.mentions[-1].end <= lead.end(1) and f.prev_mentions:
        # 平潭的占办结比例: the same part in another agency's report, as a share
        out = _with_agency(f.prev, f) or f.prev
        if f.new.years:  # 安康2020年这个占比: in the year it names
            out = _replace_time(out, read_period(out).consumed, f.catalog.mentions(out), "、".join(f"{y}年" for y in f.new.years))
        return question_stem(out) + re.sub(r"的?呢[?？。]*$", "", f.text[lead.end() - 1 :])
    return question_stem(f.prev) + re.sub(r"的?呢[?？。]*$", "", f.text) if f.text.startswith("占") else _PASS


_SUM_WORDS = re.compile(r"(?:加起来|合起来|加在一起|加一块|一共|总共|合计)(?:有|是)?")


def _the_two_years(f: _FollowUp):
    """两年差多少 / 两年加起来 / 这两年各是多少: the two years this conversation asked about."""
    bare_change = _BARE_CHANGE.match(f.text) and len(f.years_seen) >= 2 and len(f.prev_period.years) == 1
    # 哪一年更多 after one agency's two years were asked one by one: those two years, ranked
    asks_which = re.search(r"哪(?:一|个)?年(?:度)?[^，。？?]{0,14}?(?:更|最|比较|较)?(?:多|少|高|低)", f.text)
    if asks_which and len(f.prev_period.years) == 2 and not f.new.years and not f.new.mentions:
        if f.new.metrics:  # 增幅是多少 → 哪一年“予以公开”的件数更多: the row named now, in those two years, ranked
            who = "和".join(dict.fromkeys(m.text for m in f.prev_mentions))
            a, b = sorted(f.prev_period.years)
            return f"{who}{a}年和{b}年{f.text}" if who else None
        # 两年加起来有多少 → 哪一年更多: those two years, ranked (the sum asked before is not carried on)
        return question_stem(_SUM_WORDS.sub("", f.prev)) + f.text
    which_year = asks_which and len(set(f.years_seen[-2:])) == 2 and len(f.prev_period.years) == 1
    if not (re.search(r"两年|两个年度", f.text) or bare_change or which_year) or f.new.years or f.new.mentions:
        return _PASS
    if len(f.years_seen) < 2:
        return None  # which two years is not known: not guessed
    a, b = sorted(f.years_seen[-2:])
    if _DIFF_WORDS.search(f.text) or _CHANGE_WORDS.search(f.text):
        prev = f.prev
        if f.new.metrics and not f.new.ratio:  # 行政处罚决定数量两年差多少: that row's count, not the last figure
            row = "".join(f.text[s:e] for s, e in sorted(metric_spans(f.text) + column_spans(f.text)))
            prev = "和".join(dict.fromkeys(m.text for m in f.prev_mentions)) + f"{a}年" + row
        elif column_spans(f.text) and _columns_fit(f.text, prev):  # 两年现行有效的差多少: another column of the row
            prev = _with_column(prev, f)
        pct = "变化幅度是百分之几" if re.search(r"增幅|涨幅|降幅|减幅|增长率|下降率|幅度|百分之", f.text) else "变化多少"
        if prev != f.prev:
            return question_stem(_replace_time(prev, read_period(prev).consumed, f.catalog.mentions(prev), f"{b}年比{a}年")) + pct
        return question_stem(_replace_time(f.prev, f.prev_period.consumed, f.prev_mentions, f"{b}年比{a}年")) + pct
    both = _replace_time(f.prev, f.prev_period.consumed, f.prev_mentions, f"{a}年和{b}年")
    rest = re.sub(r"^(?:那)?(?:这)?两(?:个)?年(?:度)?(?:的)?", "", f.text)
    if not metric_spans(rest, generic=True):  # 两年加起来: the last figure, both years
        return question_stem(both) + rest
    prev_rows = metric_spans(both, generic=True)
    if not prev_rows:
        return None
    return question_stem(both[: prev_rows[0][0]]) + rest  # 这两年本机关不掌握各是多少: another row, both years


def _rate_of_change(f: _FollowUp):
    """下降幅度是百分之几 after 2024年比2023年少了多少: the same change, as a percentage."""
    if not (_CHANGE_RATE.search(f.text) and not (f.new.mentions or f.new.metrics or f.new.years)) or f.new.share_order:
        return _PASS  # (自然人占了几成？给我个百分比: a share, not a change)
    if not (len(f.prev_period.years) == 2 or re.search(r"比\d{4}年|比上一?年|比去年|变化|增加|减少|多了|少了", f.prev)):
        if len(f.prev_period.years) == 1 and len(f.years_seen) >= 2 and f.prev_period.years[0] in f.years_seen[-2:]:
            # 2023年…, 2024年呢, then 增长了百分之多少: between the two years just shown
            a, b = sorted(f.years_seen[-2:])
            spans = f.prev_period.consumed
            return question_stem(_replace_time(f.prev, spans, f.prev_mentions, f"{b}年比{a}年")) + "变化幅度是百分之几"
        return None
    # the amount asked before (多了多少件, 少了多少钱) gives way: the percent is what is asked now
    stem = re.sub(r"(?:多|少|增加|减少|涨|降|增长|下降|变化|差)?了?(?:多少|几)(?:件|个|项|钱|元|万元)?[?？。]*$", "", f.prev)
    stem = re.sub(r"(?:分别|各)?(?:是)?(?:多少|几)(?:件|个|项)?", "", stem)  # 分别收到多少件…: the amount is not asked now
    return (stem if stem != f.prev else question_stem(f.prev)) + "变化幅度是百分之几"


_CHANGE_RATE = re.compile(r"幅度|百分之几|百分之多少|增长率|下降率|增幅|降幅|涨幅|百分比|[降涨增减]了?几成")


def _year_step(f: _FollowUp):
    """上一年呢 / 下一年呢: the year before or after the last one."""
    step = PREV_YEAR.match(f.text) or NEXT_YEAR.match(f.text)
    if not step:
        return _PASS
    years = f.prev_period.years
    if len(years) == 2 and len(f.prev_mentions) == 1 and figure_words(f.prev):
        # 2024年比2023年涨了多少 → 再往前呢: the figure itself, a year further on than the two compared
        y = min(years) - 1 if PREV_YEAR.match(f.text) else max(years) + 1
        return f"{f.prev_mentions[0].text}{y}年{figure_words(f.prev)}"
    if len(years) != 1:
        return None
    y = years[0] + (1 if NEXT_YEAR.match(f.text) else -1)
    return _replace_time(f.prev, f.prev_period.consumed, f.prev_mentions, f"{y}年")


_NET = re.compile(r"^(?:那)?(?:一增一减[，,]?)?(?:两者|二者|两个|这两个|它俩|两项|这两项|两栏|这两栏)?(?:之间)?(?:的)?(?:净增|净减|净增加|相差|差额|差距|差|多|少)"
                  r"(?:了|出)?(?:多少|几件|几个|几)(?:件|个)?[?？。]*$")


def _two_columns_apart(f: _FollowUp):
    """净增多少 after 制发和废止各多少: the first column less the second, of the same row."""
    said = [c for c in column_spans(f.text) if not any(c[0] < e and s < c[1] for s, e in metric_spans(f.text))][:2]
    if (len(said) == 2 and re.fullmatch(r"(?:的)?(?:减去?|减掉|比)", f.text[said[0][1] : said[1][0]]) and not f.new.metrics
            and metric_spans(f.prev)):
        # 制发了多少 → 制发减废止，净变化多少: the two columns said, one less the other, of the row and report of the thread
        who = "和".join(dict.fromkeys(m.text for m in f.prev_mentions)) if not f.new.mentions else ""
        when = "" if f.new.years else "、".join(f"{y}年" for y in f.prev_period.years)
        rows = "".join(dict.fromkeys(f.prev[a:b] for a, b in metric_spans(f.prev)))
        tail = re.sub(r"[，,]?(?:净)?(?:变化|增减|增加|增长|变动)(?:了)?(?:多少|几件)?[?？。]*$", "是多少", f.text[said[0][0] :])
        return who + when + rows + tail
    if not (_NET.match(f.text) and not (f.new.mentions or f.new.years or f.new.metrics)):
        return _PASS
    rows = metric_spans(f.prev)
    cols = [c for c in column_spans(f.prev) if not any(c[0] < e and s < c[1] for s, e in rows)]
    prev = f.prev
    for s, e in reversed(cols[:-2]):  # (a column word left over from an earlier question: not one of the two)
        prev = prev[:s] + prev[e:]
    cols = [c for c in column_spans(prev) if not any(c[0] < e and s < c[1] for s, e in metric_spans(prev))]
    if len(cols) != 2 or not re.fullmatch(r"[和与及、跟]", prev[cols[0][1] : cols[1][0]]):
        return _PASS
    (a0, a1), (b0, b1) = cols
    rest = re.sub(r"(?:各|分别)(?:是)?(?:多少|几)(?:件|个)?[?？。]*$", "", prev[b1:])
    return prev[:a1] + "比" + prev[b0:b1] + rest + "多多少"


def _comparison(f: _FollowUp):
    """跟平潭比呢 (the same figure for both), 比秀洲分局少多少 (their difference), 和2023年比呢 / 比上年怎么样
    (the change on that year)."""
    cmp_ = COMPARE.match(f.text)
    if not cmp_:
        return _PASS
    other = re.sub(r"比?(?:高|低|多|少|增加|减少|涨|降)了?(?:多少|几)(?:个百分点|件|个|项)?$", "", cmp_.group(1))  # 比上一年高了多少个百分点
    other_years = read_period(other).years
    if _LAST_YEAR_WORDS.fullmatch(other) or _LAST_YEAR_WORDS.fullmatch(re.sub(r"的?(?:数字?|情况)$", "", other)):
        # 比上年: the year before the one asked about (not before today)
        years = f.prev_period.years
        other_years = [years[0] - 1] if len(years) == 1 else []
    new_ids = {i for m in f.new.mentions for i in m.agency_ids}
    # 跟洪泽区2023年比 on 洪泽: the same agency in another year
    same_agency = bool(new_ids) and bool(other_years) and new_ids == {i for m in f.prev_mentions for i in m.agency_ids}
    if f.new.mentions and not same_agency:
        both = _against_named(f, other, other_years)
        if both is None:
            return None
        return question_stem(both) + "相差多少" if cmp_.group(2) else both + "比较"
    if other_years and not metric_spans(other):
        years = f.prev_period.years
        if len(years) != 1 or len(other_years) != 1:
            return None
        plain = _replace_time(f.prev, f.prev_period.consumed, f.prev_mentions, f"{years[0]}年比{other_years[0]}年")
        ask = "变化幅度是百分之几" if _CHANGE_RATE.search(f.text) else "变化多少"  # 比2023年增长了百分之多少: the percent
        return re.sub(r"(多少|几件|几个|几|是多少)?[?？。]*$", "", plain) + ask
    if cmp_.group(2) and not f.new.mentions and not other_years and metric_spans(other):
        return question_stem(f.prev) + "比" + other + cmp_.group(2)  # 比上年结转多了多少: another row of that report
    return None


def _against_named(f: _FollowUp, other: str, other_years: list[int]) -> str | None:
    """The last question about its own agency and `other` (with the year `other` is said for, if any).

    An agency compared again (跟淮安比差多少 after 跟淮安比呢) replaces the one it was compared with."""
    prev = f.prev
    if other_years:  # 跟淮安市政府2023年比: each agency in its own year, so the last one's year is written beside it
        if len(f.prev_period.years) != 1:
            return None
        for s, e in sorted(f.prev_period.consumed, reverse=True):
            prev = prev[:s] + prev[e:]
    if re.search(r"件数|几件|多少件", f.text) and _SHARE.search(prev):  # 件数差几件 after a share: the counts
        prev = re.sub(r"(?:在[^，。]{0,12}?(?:里|中|当中))?占[^，,。]*$|的?(?:比例|占比|比重)[^，,。]*$", "", prev)
    mentions = f.catalog.mentions(prev)
    new_ids = {i for m in f.new.mentions for i in m.agency_ids}
    kept = [m for m in mentions if not set(m.agency_ids) <= new_ids]
    if not kept:
        return None
    first, last = kept[0], mentions[-1]
    own = f"{f.prev_period.years[0]}年" if other_years else ""
    tail = re.sub(r"(?:比较|相差多少|相差)+[?？。]*$", "", prev[last.end :])
    if len(mentions) == 1:  # 一共收到多少 of one agency was its row total, not a sum of the two now compared
        tail = re.sub(r"一共|总共|共计", "", tail)
    return prev[: mentions[0].start] + prev[first.start : first.end] + own + "和" + other + tail


TWO_PLACES = re.compile(r"^(?:那)?(?:(?:反过来|倒过来|反过来看|再看)[，,]?)?(?:排)?(?:(?:第(?P<a>[一二三四五六七八九十\d]+)(?:名|位|[高多大])?(?:的)?(?:那家)?|(?P<top>榜首|头名|排第一的?|最(?:高|多|大)的?(?:那家|一家)?))(?:和|与|跟|比)"
                        r"(?:排)?(?:第(?P<b>[一二三四五六七八九十\d]+)(?:名|位|[高多大])?(?:的)?(?:那家)?|(?P<last>最后一名|倒数第一名?|最后|垫底的?|榜尾|最(?:低|少|小)的?(?:那家|一家)?))|(?P<tail>后两名|最后两名|倒数两名)|(?P<head>前两名))"
                        r"(?:(?:这)?两(?:家|个|份|名))?(?:的)?(?:之间)?(?:相比)?"
                        r"(?:相差|差距|差|多|少)(?:了|出)?(?:多少|几件|几个|多大)(?:钱|件|个|元)?")


def _two_places(f: _FollowUp):
    """第一和最后一名差多少 after a ranking: the difference of those two, each in its own year."""
    m = TWO_PLACES.match(f.text)
    if not m:
        return _PASS
    if len(f.listed) < 2 or re.search(r"最少|最低|最小|倒数|从少到多|从低到高|从小到大", f.prev):
        return None  # 第二名 of a list from the least up is not said plainly: not guessed
    if m.group("tail") or m.group("head"):  # 后两名 / 前两名: the last two, or the first two
        a, b = (len(f.listed) - 1, len(f.listed)) if m.group("tail") else (1, 2)
    else:
        a = 1 if m.group("top") else cn_number(m.group("a"))
        b = len(f.listed) if m.group("last") else cn_number(m.group("b"))
    if not (1 <= a <= len(f.listed) and 1 <= b <= len(f.listed)) or a == b:
        return None
    names = "和".join(f"{f.listed[i - 1]}{f.listed_at[i - 1]}年" for i in (a, b))
    if f.listed[a - 1] == f.listed[b - 1]:  # 第二名比第三名 when both are one agency's years: that agency, year on year
        names = f"{f.listed[a - 1]}{f.listed_at[a - 1]}年比{f.listed_at[b - 1]}年"
    stem = f.prev
    for s, e in sorted([(m.start, m.end) for m in f.prev_mentions] + list(f.prev_period.consumed), reverse=True):
        stem = stem[:s] + stem[e:]  # from the end, so that each span still stands where it was read
    rows = "".join(stem[s:e] for s, e in metric_spans(stem, generic=True))
    cols = "".join(f.text[s:e] for s, e in column_spans(f.text))  # 差了多少钱: the money column of that row
    if not cols:  # (第二和第三差多少 after 采购总金额从高到低: the column ranked)
        rows_at = metric_spans(stem, generic=True)
        cols = "".join(stem[s:e] for s, e in column_spans(stem) if not any(s < re_ and rs < e for rs, re_ in rows_at))
    if rows and f.listed[a - 1] == f.listed[b - 1]:
        return names + rows + cols + "变化多少"
    return names + rows + cols + "相差多少" if rows else None


_THAN_THE_LAST = re.compile(r"比(?:它|这个|上面那个|前面那个|刚才那个|上一个)(多|少)")


def _than_the_last(f: _FollowUp):
    """无法提供的比它多多少 after 不予处理一共多少: another row of that report, less the last one."""
    m = _THAN_THE_LAST.search(f.text)
    if not m or not f.new.metrics or f.new.mentions:
        return _PASS
    spans = metric_spans(f.prev)
    if not spans:
        return None
    last_row = "".join(f.prev[s:e] for s, e in spans)
    new_row = "".join(f.text[s:e] for s, e in metric_spans(f.text))
    return question_stem(_put_in(f.prev, spans, new_row)) + f"比{last_row}{m.group(1)}多少"


def _last_figure_words(f: _FollowUp) -> str:
    """The last question's figure in its own words: its row and column (the follow-up's own column, when it
    names one: 谁金额最少 after 采购项目几个), or the whole share (哪个高 after 予以公开占办结的比例)."""
    return figure_words(f.prev, with_columns=not column_spans(f.text))


def figure_words(prev: str, with_columns: bool = True) -> str:
    """The figure a question asked, in its own words: its row and column, or the whole share (予以公开占办结的比例)."""
    spans = sorted(metric_spans(prev, generic=True) + (column_spans(prev) if with_columns else []))
    if not spans:
        rate = NAMED_RATE.search(prev)  # 它的办结率呢: the indicator named, no row
        return rate.group(0) if rate else ""
    rate = NAMED_RATE.search(prev)
    if rate and not _SHARE.search(prev[spans[0][0] :]) and any(s < rate.end() and rate.start() < e for s, e in spans):
        return rate.group(0)  # 实质公开率: the indicator named, never its row's count
    if _SHARE.search(prev[spans[0][0] :]):
        start = spans[0][0] - (1 if prev[: spans[0][0]].endswith("按") else 0)  # 按办结总数算: the whole, said first
        return re.sub(r"呢$", "", question_stem(prev[start:]))
    return "".join(prev[s:e] for s, e in spans)


def _agencies_on_the_last_figure(f: _FollowUp):
    """平潭比洪泽24年多多少 after a question about 行政许可: the agencies named, on the last figure."""
    ordered = re.search(r"(?:按)?(?:(?:从多到少|从少到多|从高到低|从低到高|从大到小|从小到大)(?:排一下|排个序|排序|排排|排个名|排名|排)?"
                        r"|排一下|排个序|排序|排排|排个名|排名)", f.text)
    if len(f.new.mentions) < 2 or f.new.metrics or (RANK_WORDS.search(f.text) and not (f.new.ratio or column_spans(f.text) or ordered)):
        return _PASS  # (A和B里谁金额最少: the last figure, in the column named; 这三家从多到少排一下: theirs, ordered)
    words = _last_figure_words(f)
    if not words:
        return None
    at = ordered or re.search(r"多多少|少多少|差多少|相差|差几|多几|少几|比较|对比|哪个多|哪个少|谁多|谁少|谁最|哪家最|哪个最|各多少|分别|呢|[?？。]|$", f.text)
    return f.text[: at.start()] + words + f.text[at.start() :]


def _exclusion(f: _FollowUp):
    """不算淮安市政府呢: the same question without them."""
    if not ((f.new.exclude_ids or f.new.exclude_column or f.new.exclude_row) and not f.new.metrics):
        return _PASS
    left_out = f.text[f.new.exclude_span[0] : f.new.exclude_span[1]]
    whole = re.search(r"占(.+?)合计的?(?:比例|占比|比重)", f.prev)
    shown = list(dict.fromkeys(zip(f.listed, f.listed_at, strict=False)))
    if f.new.add_up and f.new.exclude_ids and not whole and len(shown) >= 2:
        # 这几家排一下 → 去掉淮安，剩下三家加起来: those shown, less the one left out, added up
        gone = {f.catalog.agencies[i].name for i in f.new.exclude_ids}
        kept = [(a, y) for a, y in shown if a not in gone]
        said = re.search(r"([两二三四五六七八九十\d])(?:家|个|份)", f.text)
        words = "".join(dict.fromkeys(f.prev[s:e] for s, e in sorted(
            metric_spans(f.prev) + [c for c in column_spans(f.prev) if _columns_fit(f.prev[c[0] : c[1]], f.prev)
                                    and not any(s < c[1] and c[0] < e for s, e in metric_spans(f.prev))])))
        if not kept or len(kept) == len(shown) or not words or (said and cn_number(said.group(1)) != len(kept)):
            return None  # which ones are left is not known: not guessed
        return "和".join(f"{a}{y}年" for a, y in kept) + words + "加起来"
    rows = "".join(f.prev[s:e] for s, e in metric_spans(f.prev))
    if f.new.exclude_column and f.new.add_up and not whole and not RANK_WORDS.search(f.prev) and len(find_metrics(f.prev)) == 1 and f.prev_mentions:
        # 商业企业几件 → 法律服务机构的呢 → 自然人以外的都加起来: that row of that report, less the column left out
        who = "".join(dict.fromkeys(m.text for m in f.prev_mentions))
        return f"{who}{''.join(f'{y}年' for y in f.prev_period.years)}{rows}{left_out}加起来"
    if (RANK_WORDS.search(f.text) or f.new.wants_top or f.new.add_up) and (whole or not RANK_WORDS.search(f.prev)):
        # 淮安一家占多少 → 不算淮安，剩下的谁最多 / 其余加起来呢: the whole the share was taken of, without them
        if not (whole and f.new.exclude_ids):
            return None  # a ranking or sum of what is not known: not guessed
        asked = re.sub(r"^[，,\s]*(?:剩下|剩余|其余|其他|余下)(?:的|那些|几家)*", "", f.text[f.new.exclude_span[1] :])
        return whole.group(1) + (asked or "谁最多") + "，" + left_out
    summed = re.search(r"(?:一共|合计|总共|加起来)(?:是)?(?:多少|几件|几个)?[?？。]*$", f.prev)  # (加起来呢 → 去掉X呢: still a sum)
    stem = question_stem(f.prev)
    if f.new.years:  # 看2020年的，秀洲分局不算，谁最多: the year said now replaces the one carried (or stands first)
        period = read_period(stem)
        stem = _replace_time(stem, period.consumed, [], "".join(f"{y}年" for y in f.new.years))
        stem = re.sub(r"(?:你们|你这里|你那里|库里|库中)?(?:收录的|所有|全部)(?:年报|报告)(?:里|中)?[，,]?", "", stem)
    return stem + ("加起来" if summed else "") + "，" + left_out


def _place_in_ranking(f: _FollowUp):
    """平潭排第几 after a ranking: its place in that ranking."""
    if not (f.new.mentions and not f.prev_mentions and POSITION.search(f.text)):
        return _PASS
    rank = RANK_WORDS.search(f.prev)
    stem = f.prev[: rank.start()] if rank else question_stem(f.prev)
    return re.sub(r"(哪家|哪个单位|哪个|谁|哪些)", "", stem) + f.text


def _one_of_the_ranked(f: _FollowUp):
    """乍浦镇呢 after a ranking across agencies: that agency's figure, in the year ranked."""
    which = re.search(r"(?:哪家|哪个单位|哪一家|谁)(?:的)?(?:更|最|比较)?(?:高|低|多|少|大|小)", f.prev) and not f.prev_mentions
    if not (f.new.mentions and not f.new.metrics and (RANK_WORDS.search(f.prev) or which) and not RANK_WORDS.search(f.text)):
        return _PASS  # (2024年实质公开率哪家高 → 平潭2022年是多少: its figure of that rate)
    if f.prev_mentions and re.search(r"哪(?:一)?(?:类|项|种|个理由|个原因|一部分)", f.prev):
        return _PASS  # 平潭不予公开里面哪一类最多 → 那淮安市政府呢: the parts of another agency ranked, not agencies
    words = _last_figure_words(f)
    if not words:
        return None
    # the figure's words right after the agency and years named (洪泽区2024年比2023年 + 收费金额 + 少收了多少)
    slots = sorted([(m.start, m.end) for m in f.new.mentions] + list(f.new.time_spans))
    end = 0
    for s, e in slots:
        if re.fullmatch(r"[和与及、，,的比跟同]*", f.text[end:s]):
            end = e
    when = "" if f.new.years else "、".join(f"{y}年" for y in f.prev_period.years)
    return f.text[:end] + when + words + f.text[end:]


def _the_two_agencies(f: _FollowUp):
    """两家差多少: the two agencies this conversation asked about last."""
    both = BOTH.search(f.text)
    if not (both and len(f.prev_mentions) < 2):
        return _PASS
    if len(f.agencies_seen) < 2 or f.new.mentions:
        return None
    rest = f.text[: both.start()] + f.text[both.end() :]
    if not metric_spans(rest, generic=True) and f.prev_mentions:
        stem = question_stem(f.prev[f.prev_mentions[0].end :])
        if [c for c in (rest[a:b] for a, b in column_spans(rest)) if c not in GENERIC_ACTIVE_WORDS]:
            # 本年制发两家各多少: the column named replaces the last one's (俩差几个: 几个 names none)
            for s, e in sorted(column_spans(stem), reverse=True):
                stem = stem[:s] + stem[e:]
        rest = stem + rest
    rest = re.sub(r"^[的都]+", "", rest)
    two = f.agencies_seen[-2:]
    shown = [f.seen_in.get(a) for a in two]
    if not f.new.years and all(shown) and shown[0] != shown[1]:  # 平潭2022 and 洪泽2024: each in the year it was shown
        period = read_period(rest)
        for s, e in sorted(period.consumed, reverse=True):
            rest = rest[:s] + rest[e:]
        return "和".join(f"{a}{y}年" for a, y in zip(two, shown, strict=True)) + rest
    when = "" if f.new.years or read_period(rest).years else "、".join(f"{y}年" for y in f.prev_period.years)
    return "和".join(two) + when + rest


_THESE_ONES = re.compile(r"^(?:那)?(?:这|那|上面)?(?:[\d几]+|些)(?:件|个)?(?:申请)?(?:里|中|当中|之中|里面)")


def _own_question(f: _FollowUp):
    """不予公开一共多少: a question of its own that only leaves out whom and when."""
    if re.search(r"哪家|哪个单位|哪些单位|谁|各单位|所有单位", f.text):
        return _PASS  # 按采购项目数量看，哪家最多: across the agencies, not the last one's
    claims = re.search(r"\d+(?:\.\d+)?\s*(?:件|个|项|%|％)", f.text)  # 部分公开比予以公开多8件: a claim of its own
    # 换2024年看，复议总计: a row and its column named in full, no operation: that cell, not the last check carried on
    whole_cell = (f.new.years and metric_spans(f.text) and column_spans(f.text) and not _OPERATION.search(f.text)
                  and re.search(r"各项之和|对得上|对不上|差|比", f.prev))
    if not ((metric_spans(f.text, generic=True) or f.new.metrics and f.new.ratio) and not f.new.mentions
            and (_ASKS.search(f.text) or claims or whole_cell)):  # (公开率是多少: a named indicator is a question of its own too)
        return _PASS
    # (剩下的怎么处理的 after 这几件里部分公开几件: the rest of the same applicants)
    rows_at = metric_spans(f.text)
    applicants = {w for ws in APPLICANT_COLS.values() for w in ws}
    cols_now = [c for c in column_spans(f.text) if not any(c[0] < e and s < c[1] for s, e in rows_at)
                and f.text[c[0] : c[1]] in applicants]  # (其他 in 其他处理 is the row's; 怎么处理 names no applicants)
    if ((_THESE_ONES.match(f.text) or re.match(r"(?:那)?(?:剩下|其余|剩余)的", f.text)) and column_spans(f.prev, active=False)
            and not cols_now):
        return _PASS  # 这61件里有多少予以公开: of the applicants just asked about (the row is replaced, the column kept)
    who = "和".join(dict.fromkeys(m.text for m in f.prev_mentions))
    when = "" if f.new.years else "、".join(f"{y}年" for y in f.prev_period.years)
    # (上年结转的合计呢 after 2024年新收申请合计: of no one agency, in the year the last one was asked)
    if not (who or when) and not f.prev_mentions:
        # 办结的合计呢 after 各单位新收的申请加起来: over the same scope, said again
        scope = re.search(r"(?:各|所有|全部|每个?)(?:单位|家|部门|份报告|份年报)", f.prev)
        return scope.group(0) + re.sub(FOLLOW_START.pattern, "", f.text) if scope and re.search(r"合计|一共|总共|加起来|率", f.text) else None
    return who + when + re.sub(FOLLOW_START.pattern, "", f.text) if who or when and not f.prev_mentions else None


def _replace_slots(f: _FollowUp) -> str | None:
    """那洪泽呢 / 那2023年呢 / 复议呢 / 维持的呢 / 占比呢 / 最少的呢: the last question with the slots the
    follow-up names replaced (agency, year, row, column, operation)."""
    out, changed = f.prev, False
    if not (f.new.exclude_ids or f.new.exclude_column or f.new.exclude_row):  # 其中法律服务机构几件 after 去掉自然人呢
        out = re.sub(r"[，,](?:去掉|除了|除去|不算|扣除|刨去|刨除|不含|不包括)[^，,。？?]*$", "", out)
    if f.new.mentions:
        out = _with_agency(out, f)
        if out is None:
            return None
        changed = True
        if len({i for m in f.new.mentions for i in m.agency_ids}) == 1 and len(f.catalog.mentions(out)) == 1:
            # 这两家的自然人申请占比谁高 → 洪泽24年也照这个算: one agency now, its figure (never "two" of one)
            out = re.sub(r"(?:这|那)(?:两|二|俩|几|[三四五六七八九])(?:家|个单位)(?:的)?", "", out)
            # (各单位合起来的办结率 → 单拿淮安出来算: that one agency's own figure, never a scope of several)
            out = re.sub(_EVERY_UNIT.pattern + r"|(?:合起来|加起来|合在一起)的(?=[^，,。？?]*率)|[，,]几家合起来算", "", out)
            out = re.sub(r"(?:里|中)?(?:谁|哪家|哪个)(?:的)?(?:更|最|比较)?(?:高|低|多|少|大|小)[?？。]*$", "是多少", out)
    if f.new.years:
        out = _replace_time(out, read_period(out).consumed, f.catalog.mentions(out), "、".join(f"{y}年" for y in f.new.years))
        changed = True
    generic_only = not metric_spans(f.text)
    prev_rows = find_metrics(out)
    # 其中先复议再起诉的 → 这里面法院维持的: the group the last row is a part of, said again, keeps that part
    group_again = bool(prev_rows) and bool(f.new.metrics) and all(
        any(p.parent == m.key for p in prev_rows) for m in f.new.metrics) and re.search(r"这里面|这里头|其中|这当中|里面|里头", f.text)
    if metric_spans(f.text, generic=True) and not (generic_only and column_spans(f.text)) and not group_again:
        # 复议呢 → another row; 其中自然人申请的呢 (申请 + a column) only changes the column
        out = _with_row(out, f)
        if out is None:
            return None
        changed = True
        if not re.search(r"一共|总共|合计|加起来|合起来|之和|各项|逐项|分项", f.text):
            # 新收的申请一共多少件 → 23年的复议呢: 一共 said of one cell, not a sum of the new row's parts
            out = re.sub(r"(?:的政府信息公开申请|的申请)?(?:一共|总共)(?=是?多少|有?几)", "", out)
    said_ops = [m.span() for p in (_CHANGE_WORDS, _DIFF_WORDS) for m in p.finditer(f.text)]
    # (变化了多少: the operation asked, not 表二's 本年增/减 column)
    own_columns = [c for c in column_spans(f.text) if not any(c[0] < e and s < c[1] for s, e in said_ops)]
    if own_columns and not _restated(f.text, out):
        if not metric_spans(f.text, generic=True) and not _columns_fit(f.text, out):
            return None  # 公开了几件 after 收到几件: no column of that row is named (表二's 公开了 is none of 表三's)
        out = _with_column(out, f)
        changed = True
    if column_spans(f.text) and not PARTS_SUM.search(f.text):  # 各项加起来 → 纠正了几件: one cell now, not a sum of parts
        out = PARTS_SUM.sub("", out)
    if (changed and re.search(r"总计|总数", f.text) and not PARTS_SUM.search(f.text)
            and not re.search(r"是不是|是否|对得上|一致|等于|相等", f.text)):
        # 分项加起来是不是这个数 → 行政复议总计呢: the printed total of the new row, not its parts added or checked
        out = re.sub(r"(?:分项|各项)(?:加起来|相加|之和|加总)|[，,]?(?:是不是|是否)(?:等于)?这个数|[，,]?(?:跟|和|与)?(?:这个数|总计)?(?:对得上吗|对不对得上|一致吗)",
                     "", PARTS_SUM.sub("", out))
    if changed and PARTS_SUM.search(f.text) and not PARTS_SUM.search(out):  # 那把各项办理结果加一下: the parts of that row, added
        out = question_stem(out) + "各项加起来多少"
    operation = _OPERATION.search(f.text)
    if changed and not operation and not f.new.ratio and re.search(r"(?:几件|几个|多少件?|多少个)[?？。]*$", f.text):
        # 洪泽24年制发了几件 after 制发减废止，净增多少: the figure itself now, not the difference again
        plain = re.sub(r"(?:[减加]|减去|减掉)?[，,]?(?:净增|净减|相差|差)(?:了)?(?:多少|几件)?[?？。]*$", "", out)
        if plain == out and not re.search(r"减|比|差|加|多|少了", f.text.replace("多少", "")):
            # (制发比废止多多少 → 洪泽24年制发了几件: the figure itself)
            plain = re.sub(r"比[^，,。？?]{0,12}?[多少]了?(?:多少|几件)[?？。]*$", "", out)
        out = plain + "多少" if plain != out else out
    kinds = {"sum" if re.fullmatch(r"一共|合计|加起来|合起来|加在一起|合在一起|总共|共计", op) else op
             for op in _OPERATION.findall(f.text)}  # (几类加起来一共多少: one sum, said twice)
    if operation and len(kinds) > 1 and not f.new.years:
        return None  # 第二名和第三名差几件: two operations at once are not carried over on a guess
    if operation and len(set(re.findall(r"第[一二三四五六七八九十\d]+", f.text))) >= 2 and RANK_WORDS.fullmatch(operation.group(0)):
        return None  # 第二、第三多的呢: one place would be carried, the other dropped
    if operation:
        out = _with_operation(out, f, operation.group(0))
        changed = True
    count_asked = re.search(r"几件|多少件|几个|件数|绝对数|绝对值|具体数|(?:填|写|印)(?:了|的是|着)?(?:几|多少)(?![成%])", f.text) or (
        # 洪泽2023年收了多少 after a share: an amount asked with its own verb, not the share again
        any(e == len(f.text.rstrip("?？。")) for _, e in column_spans(f.text)) and re.search(r"多少[?？。]*$", f.text)) or (
        # 淮安那351起里还有多少没审结 after 纠错率: a column and 多少 with no word of a share: the count
        own_columns and re.search(r"多少|几", f.text) and not re.search(r"率|比例|比重|占|几成|百分", f.text)
        and not (f.new.exclude_column or f.new.exclude_ids or f.new.exclude_row or f.new.add_up)) or (
        # 诉讼那边，没经过复议直接起诉的总计 after a share: a row and its column said in full, no 呢: that cell
        metric_spans(f.text) and any(e == len(f.text.rstrip("?？。")) for _, e in own_columns)
        and not re.search(r"率|比例|比重|占|几成|百分|呢", f.text))
    if (changed or count_asked and count_asked.group(0)[0] in "绝具填写印") and not f.new.ratio and count_asked and _SHARE.search(out):
        # 尚未审结几件 after 维持率呢 / 那一列填了几 after its share: the count now, not the share carried
        count = re.sub(r"(?:占[^，,。？?]{0,12}?)?(?:的)?(?:比例|占比|比重|比率|率)(?:算下来|算出来|算一下|就)?(?:是|为)?(?:多少|几)?[?？。]*$|占(?:多少|几成|百分之几)[?？。]*$", "", out)
        if count == out and "占" in out:  # (占市里的几成？给个百分比: the share said in words of its own)
            count = out[: out.rindex("占")]
            asked = "".join(f.text[s:e] for s, e in column_spans(f.text))
            out, changed = (count + (asked if asked and asked not in count else "多少")), True
        elif count != out and metric_spans(f.text) and re.search(r"总件数|总数|总计|总量|一共|总共", f.text):
            # 复议纠错率 → 不对，我要的是2023年复议的总件数: the row's own total, not the part the rate was of
            count = re.sub(r"(?:的)?(?:纠错|纠正|维持|败诉|办结|不予公开|无法提供|实质公开|予以公开)$", "", count)
            out, changed = count + "总计几件", True
        else:
            out, changed = (count + "几件", True) if count != out else (out, changed)
    if changed and f.new.ratio and not _SHARE.search(out):  # 自然人占多少: a share of the figure, not the figure
        out = question_stem(out) + "占比"
    out = re.sub(r"(多少|几件|几个)(?:多少|几件|几个)+", r"\1", out)  # (收了多少 put after …多少: asked once, never 少多少)
    return out if changed else None  # (the same year again: 24年的 after an answer for 2024 restates it)


def _restated(said: str, out: str) -> bool:
    """同一年淮安市政府收了多少 after 新收了多少件申请: 收了多少 is 表二's fee column, but here only the verb
    of the row carried, said again; no column is named."""
    if _columns_fit(said, out):
        return False
    rows = "".join(out[s:e] for s, e in metric_spans(out, generic=True))
    stems = [re.sub(r"了?(?:多少|几)[件个项]?$", "", said[s:e]) for s, e in column_spans(said)]
    return bool(rows) and all(stem and stem in rows for stem in stems)


def _columns_fit(said: str, out: str) -> bool:
    """Whether a column word said is one of the columns of the rows `out` asks about (any of their templates)."""
    words = [said[s:e] for s, e in column_spans(said)]
    metrics = find_metrics(out)
    if not metrics:
        return True
    for m in metrics:
        table = {REQUESTS: APPLICANT_COLS, REVIEW: REVIEW_COLS}.get(m.table)
        own = {w for ws in table.values() for w in ws} | set(LEGAL_PERSONS) if table else {
            w for cols in m.cols.values() for ws in cols.values() for w in ws}
        if any(w in own or any(w in o or o in w for o in own) for w in words):
            return True
    return False


# 各单位 / 所有单位: the scope of every unit, which one agency named next takes the place of
_EVERY_UNIT = re.compile(r"(?:各|所有|全部|每)(?:个)?(?:单位|家|部门)(?:的)?")


def _with_agency(out: str, f: _FollowUp) -> str | None:
    """那洪泽呢: another agency, the same figure and year."""
    scope = _EVERY_UNIT.search(out)
    if (not f.prev_mentions and scope and len(f.new.mentions) == 1 and not _SHARE.search(f.text)
            and not re.search(r"其中|里面|里头|当中|这里|之中", f.text)):  # (其中淮安占多少: a part of that scope)
        # 各单位合起来的办结率 → 单拿淮安出来算: that one agency in the scope's place
        return out[: scope.start()] + "".join(f.text[m.start : m.end] for m in f.new.mentions[:1]) + out[scope.end() :]
    if not f.prev_mentions:
        unheld = unheld_name(f.prev, f.catalog)  # 清江浦区…几件 (not held), then 淮安市府呢: in its place
        if unheld is None or unheld not in out:
            return None
        return out.replace(unheld, "".join(f.text[m.start : m.end] for m in f.new.mentions[:1]), 1)
    # (北戴河的呢 after 安康市自然资源局: the bare place is asked back, never its one unit picked by kind; writers of
    # four rounds wanted it asked, and the issue says so)
    who = "".join(f.text[m.start : m.end] for m in f.new.mentions[:1])
    cols = [f.text[a:b] for a, b in column_spans(f.text)]
    if (len(f.prev_mentions) >= 2 and len(f.new.mentions) == 1 and cols and not metric_spans(f.text) and not _OPERATION.search(f.text)
            and not _SHARE.search(f.text) and re.search(r"差|百分点", out)):
        # 两个纠错率差几个百分点 → 淮安那边尚未审结的呢: that agency's count in the column named, of the row compared
        rows = "".join(dict.fromkeys(out[a:b] for a, b in metric_spans(out)))
        names = {f.catalog.agencies[i].name for i in f.new.mentions[0].agency_ids}
        year = "" if f.new.years else "".join(f"{f.seen_in[n]}年" for n in names if n in f.seen_in)[:5]
        return who + year + rows + "".join(cols) + "多少件" if rows else None
    if len(f.prev_mentions) >= 2 and len(f.new.mentions) == 1 and not (
            _OPERATION.search(f.text) or BOTH.search(f.text) or _SHARE.search(out)):
        # 淮安市那年废止了几件 after A比B多多少: that agency's own figure, not the comparison again
        words = "".join(out[s:e] for s, e in sorted(metric_spans(out, generic=True) + column_spans(out)))
        if words:
            names = {f.catalog.agencies[i].name for i in f.new.mentions[0].agency_ids}
            year = "" if f.new.years else "".join(f"{f.seen_in[n]}年" for n in names if n in f.seen_in)[:5]
            return who + year + words + "多少"
    first, rest = f.prev_mentions[0], f.prev_mentions[1:]
    if any(out[m.start : m.end] != m.text for m in f.prev_mentions):
        return None  # (the last question was rewritten around its names: where they stand is not known, never guessed)
    for m in reversed(rest):  # each other agency goes with its own year and the 和 joining it (A2024年和B2020年)
        end = m.end + len(re.match(r"(?:\d{4}年)*", out[m.end :]).group(0))
        start = m.start - (1 if m.start > 0 and out[m.start - 1] in "和、与及跟" else 0)
        out = out[:start] + out[end:]
    return out[: first.start] + who + out[first.end :]


def unheld_name(text: str, catalog: AgencyCatalog) -> str | None:
    """The agency or place a question named that we hold nothing of (杭州市财政局, 清江浦区), or None."""
    named = catalog.unknown_agency(text, catalog.mentions(text))
    if named:
        return named
    place = re.search(r"^(?:那)?([\u4e00-\u9fff]{2,4}?(?:市|区|县|镇|乡|街道))", text)
    return place.group(1) if place and not catalog.knows_place(place.group(1)) else None


def _with_row(out: str, f: _FollowUp) -> str | None:
    """复议呢 / 不予公开呢: another row; the old row's column does not carry over."""
    said = DENIED.sub(lambda m: "　" * len(m.group(0)), f.text)  # (…，不是不掌握: that row is not the one asked)
    words = "".join(said[s:e] for s, e in metric_spans(said, generic=True))
    said_rows = find_metrics(words)
    parents = {m.parent or m.key for m in said_rows}
    if len(said_rows) >= 2 and len(parents) == 1 and re.search(r"合并|合起来|加起来|合在一起|一起算|合计|都算", f.text):
        words = next(iter(parents))  # 直接起诉和复议后起诉合并算: the group they make up, as one row
    # the row words of the last question; failing those, its noun for the applications (申请)
    spans = metric_spans(out) or [sp for sp in metric_spans(out, generic=True) if "申请" in out[sp[0] : sp[1]]][-1:]
    if not spans:
        return None
    share = re.search(r"在[^，。]{0,12}?(?:里|中|当中)占|占(?!比)", out)
    # 予以公开率多少？按办结算 → 换成部分公开呢: the row a rate is taken over (按办结) is its whole, and stays
    spans = [sp for sp in spans if not re.search(r"(?:按|按照|除以|分母(?:用|是)?)$", out[: sp[0]])] or spans
    if share:  # 行政查询事项在不予公开里占多少 → 本机关不掌握的呢: the part changes, the whole it is taken over stays
        spans = [sp for sp in spans if sp[1] <= share.start()] or spans
        whole = [w for w in re.finditer(r"(?:里面|里头|当中|之中|里|中)[，,]?", out[: share.start()]) if w.start() > spans[0][0]]
        if whole:  # 办结的申请里，予以公开的占多少 → 部分公开呢: the whole was said first; the part follows 里
            spans = [sp for sp in spans if sp[0] >= whole[0].end()] or spans
    old_rows = {m.key.split("/")[0] for s, e in spans for m in find_metrics(out[s:e])}
    old_tables = {m.table for s, e in spans for m in find_metrics(out[s:e])}
    joined, set_against = [spans[0]], False
    for s, e in spans[1:]:  # 新收加上年结转 → 结转下年度的呢: the rows added go with the words joining them
        gap = out[joined[-1][1] : s]
        against = len(find_metrics(words)) == 1 and re.fullmatch(r"(?:的)?(?:比|跟|和|与)", gap) and re.match(
            r"(?:的)?(?:处理决定数量|数量|件数)?(?:比)?(?:多|少)(?:了)?(?=多少|几件|几个)|(?:的)?(?:相差|差)", out[e:])
        set_against = set_against or bool(against)
        joined.append((joined[-1][1], e) if against or re.fullmatch(r"(?:再)?(?:加上?|和|与|及|、|\+|＋|减去?|减掉)?", gap) else (s, e))
    out = _put_in(out, joined, words)
    if set_against:  # 甲比乙多多少 → 行政处罚的呢: the one row named now, not a gap of one row
        out = re.sub(r"(?:相差|差|多|少)(?:了)?(?=多少|几件|几个)", "", out)
    new_rows = {m.key.split("/")[0] for m in find_metrics(words)}
    # 直接起诉那栏的尚未审结 → 复议后起诉的呢: the two kinds of 诉讼 share their columns, so the column stays
    # (复议里被纠正的比例 → 行政诉讼这边呢: the share of that column, which both parts of 表四 have)
    rate = bool(re.search(r"率|比例|占", out))
    share_of_column = bool(re.search(r"比例|占比|比重|占", out)) and "率" not in out  # (纠错率 names its own column)
    # (法院维持的呢 → 先复议再起诉的有几起: a row asked with its own count words, no 呢, is that row's total)
    own_ask = bool(re.search(r"(?:几起|几件|几个|几宗|多少件|多少起|多少个|多少)[?？。]*$", f.text)) and "呢" not in f.text
    same_columns = old_tables == {m.table for m in find_metrics(words)} == {REVIEW} and (
        old_rows == new_rows and not rate and not own_ask or share_of_column)
    outcome = set(OUTCOME_GROUPS)
    sibling = old_rows and new_rows and old_rows <= outcome and new_rows <= outcome  # 予以公开率 → 部分公开的呢
    if not f.new.ratio and not sibling:  # 办结率 → 转到下一年的呢: the count of the new row, not a rate of it
        out = re.sub(re.escape(words) + "率", words, out)
    # (上一年结转过来的呢: 上一年 is a column of 表二 only; a row of 表三 named so keeps no column of the old one)
    said_columns = [sp for sp in column_spans(f.text) if not re.match(r"上一?年度?(?:结转|转)", f.text[sp[0] :])]
    if not said_columns and not f.text.startswith("其中") and not f.new.within and not same_columns:
        # (其中予以公开的 / 这61件里有多少予以公开: still of the same applicants)
        for s, e in reversed(column_spans(out, active=False)):
            if out[e : e + 1] == "率":  # 纠错率, 维持率: the rate's name, not a column of the old row
                continue
            if not any(s < me and ms < e for ms, me in metric_spans(out)):
                out = out[:s] + out[e:]
    if not column_spans(f.text):  # 行政强制的处理决定数量 → 行政事业性收费呢: a column the new row lacks is not carried
        for s, e in reversed(column_spans(out)):
            if not any(s < me and ms < e for ms, me in metric_spans(out)) and not _columns_fit(out[s:e], words):
                out = out[:s] + out[e:]
    return out


def _with_column(out: str, f: _FollowUp) -> str:
    """维持的呢 / 企业申请的呢: another column of the same row; every column word of the last question gives
    way (法人或者其他组织 → 律所)."""
    said = column_spans(f.text)
    gaps = [f.text[a[1] : b[0]] for a, b in itertools.pairwise(said)]
    # 制发和废止各多少 / 纠正了几件，维持了几件: both columns, each said apart (never glued into one word)
    asked_apart = bool(gaps) and all(re.fullmatch(r"(?:的|了)?(?:有)?(?:几件|多少件?|几个|多少个)?[，,]?(?:那|还有)?", g) and g for g in gaps)
    # 结果是维持还是纠正: which of the two, so both are shown (never the two words glued into one)
    asked_apart = asked_apart or bool(gaps) and all(re.fullmatch(r"(?:的)?(?:还是|或者?|抑或)(?:是)?", g) for g in gaps)
    joined = len(said) >= 2 and (all(re.fullmatch(r"[和与及、跟]", g) for g in gaps) or asked_apart)
    words = ("和".join(f.text[s:e] for s, e in said) if asked_apart else f.text[said[0][0] : said[-1][1]]) if joined else (
        "".join(f.text[s:e] for s, e in said))
    spans = [sp for sp in column_spans(out) if not any(sp[0] < me and ms < sp[1] for ms, me in metric_spans(out))
             and not (re.fullmatch(r"变化|增加|减少|增减", out[sp[0] : sp[1]])  # 比2023年…变化多少: the operation, no column
                      and re.match(r"了?(?:多少|幅度|百分)", out[sp[1] :]))]
    merged: list[tuple[int, int]] = []
    for sp in spans:  # 法律服务机构和商业企业 → 自然人: the columns joined are one place, their 和 goes with them
        if merged and re.fullmatch(r"[和与及、跟]|加上?", out[merged[-1][1] : sp[0]]):
            merged[-1] = (merged[-1][0], sp[1])
        else:
            merged.append(sp)
    spans = merged
    if not spans:
        # (行政复议一共多少起 → 维持的有多少: the column before the asking words, 一共 of the whole row gone)
        m = re.search(r"(?P<all>(?:一共|总共)?(?P<ask>是多少[起件宗个]?|多少[起件宗个]?|几[起件宗个]?)?)[?？。]*$", out)
        out = out[: m.start()] + words + (m.group("ask") or "") + out[m.end("all") :]
    else:
        out = _put_in(out, spans, words)
    if joined and (re.search(r"各|分别", f.text) or asked_apart):
        out = re.sub(r"(?:的)?(?:比例|占比|比重|率)?(?:件数|数量)?(多少件?|几件|几个|几|是多少)?[?？。]*$", "", out) + "各多少"
    return out


def _with_operation(out: str, f: _FollowUp, op: str) -> str:
    """占比呢 / 最少的呢 / 第二多的呢 / 降了多少 / 其中哪个理由最多: another operation on the same figure."""
    rank = RANK_WORDS.search(out)
    said = f.text
    for m in f.new.mentions if len(f.new.mentions) == 1 else ():  # (平潭的纠错率呢: the agency is in its slot already)
        said = said[: m.start] + said[m.end :]
    asked = re.sub(FOLLOW_START.pattern + r"|^其中|^(?:同一年|同年|当年|这一年)?的?|的?呢[?？。]*$", "", said)
    named_rate = re.compile(RATE_NAMES)
    if named_rate.fullmatch(op) and named_rate.search(out) and asked == op:
        other = named_rate.search(out)  # 维持率 → 平潭的纠错率呢: the one rate named in its place
        return out[: other.start()] + op + out[other.end() :]
    if RANK_WORDS.fullmatch(op) and rank:
        if op.startswith("第") and op[-1] not in "多少高低名位大小" and rank.group(0).startswith("最"):
            op += rank.group(0)[-1]  # 第二呢 after 最多: 第二多
        return out[: rank.start()] + op + out[rank.end() :]
    if (_CHANGE_WORDS.fullmatch(op) or _DIFF_WORDS.fullmatch(op)) and len(f.catalog.mentions(out)) < 2:
        if len(f.new.years) == 2:  # 24年比23年少了多少: between the years it names
            a, b = f.new.years
        elif len(f.years_seen) >= 2:  # 增长了百分之多少 after two years were asked: between those
            a, b = sorted(f.years_seen[-2:])
        else:  # 降了多少 / 差多少 of one agency's figure: on the year before
            a = b = None
        if a is None:
            out = question_stem(out) + "比上一年变化多少"
        else:
            out = question_stem(_replace_time(out, read_period(out).consumed, f.catalog.mentions(out), f"{b}年比{a}年")) + "变化多少"
        if re.search(r"增幅|涨幅|降幅|增长率|百分之", op):  # the percent is what is asked, not the amount
            return re.sub(r"变化多少$", "变化幅度是百分之几", re.sub(r"多少件|多少个|几件|几个", "", out))
        return out
    if op not in out or len(asked) > len(op):
        rate_ranked = re.fullmatch(r"最高|最低|第[二三四五六七八九十\d]+(?:高|低)", op) and _SHARE.search(out)  # 这三家里谁最高 after rates
        if (RANK_WORDS.fullmatch(op) or re.search(r"哪(?:一)?(?:类|种|项)", asked)) and not f.new.ratio and not rate_ranked:  # 里面哪一类最多: of the parts
            out = re.sub(r"占[^，,。？?]*|的?(?:比例|占比|比率|比重)|(?<=[\u4e00-\u9fff])率"
                         r"|[?？，,]?(?:我)?(?:按|用)[^，,。？?]*?(?:÷|/|除以)[^，,。？?]*", "", out)  # (…按不予公开÷办理结果总计: the rate's formula)
        if RANK_WORDS.fullmatch(op):  # 谁最少 after 相差多少: a ranking now, the difference is not asked again
            out = re.sub(r"(?:相差|差|多|少)(?:了)?(?:多少|几件|几个|几项)?(?:件|个|项)?$", "", question_stem(out))
        if "百分点" in asked and _SHARE.search(out):  # 占…的百分之几 → 两家差几个百分点: the share, taken apart
            return re.sub(r"(?:的)?(?:百分之|百分比|比例|比重|占比|几成)$", "", question_stem(out)) + "的比例" + asked
        return question_stem(out) + asked
    return out


# (去年 is read against today, as everywhere: the year before the thread's is 上一年)
_LAST_YEAR_WORDS = re.compile(r"上年|上一年|前一年|上一年度|上年度|上一个年度")
BOTH = re.compile(r"(?<!哪)两家|两个单位|两者|二者|两个都|两边(?!(?:是否|是不是)?(?:相等|一致|平|对得上|对上|等于|一样|相同))|两个(?:局|委|分局|单位|部门|机关|政府)?(?=差|加|比|相|一共|合计|谁|哪|的)|(?<!这)俩(?=加|一起|合|差|比|相|谁|哪|的)")
_SHARE = re.compile(r"占|比例|比率|率")
_ASKS = re.compile(r"多少|几件|几个|几成|百分之几|一共|合计|占比|比例|排名|最多|最少|哪个|哪家|哪类|是否|有没有|率(?:呢|是|为|算|[?？，,]|$)")
RANK_WORDS = re.compile(r"前[二三四五六七八九十\d]+(?:名|个|家|位)?|从高到低|从低到高|从多到少|从少到多|排行|排一下|排个序|排序|排名|最多|最少|最高|最低|最大|最小|第[二三四五六七八九十\d]+(?:多|少|高|低|名|位)|第[二三四五六七八九十\d]+(?=呢|的|$)")
_CHANGE_WORDS = re.compile(r"(?:降|少|减少|下降|升|涨|跌|多出来|多出|高出|多|增加|增长|上升|提高|降低|高|低|变化|变动)了?(?:百分之多少|百分之几|多少(?:个百分点)?|几个百分点|几件|几个|几)|增幅|涨幅|降幅|增长率")
# 一年里多出来多少件 / 增加了多少: a change asked with nothing else, after one figure in two years
_BARE_CHANGE = re.compile(r"^(?:那)?(?:一年里|这一年|一年|同比|前后)?(?:多出来|多出|多了|增加了|增长了|减少了|减了|少了|下降了|涨了|降了|升了|跌了|变化了?|差了?|"
                          r"(?:多|少)[收办发花]了?)(?:多少|几)(?:件|个|项|钱|元|万元)?[?？。]*$"
                          r"|^(?:那)?(?:降幅|增幅|涨幅|减幅|增长率|下降率|变化幅度)(?:呢|是多少|多少|有多大|多大)?[?？。]*$")
_DIFF_WORDS = re.compile(r"差了?多少|差了?几件|差了?几个|差了?几|相差多少|差距多大|差距")
_OPERATION = re.compile(r"占比|比例|百分比|纠错率|纠正率|维持率|办结率|一共|合计|加起来|合起来|加在一起|合在一起|" + RANK_WORDS.pattern + "|"
                        + _CHANGE_WORDS.pattern + "|" + _DIFF_WORDS.pattern)


# The words of a claim (有人说…超过九成…，对吗): a follow-up asks about the figure, not about the claim again
_CLAIM_PARTS = re.compile(r"^(?:有人说|有报道说|据报道|报道称|听说|据说|网上说|网传|某报称|通稿(?:里)?(?:称|说|写)|稿子里写)[,，]?|"
                          r"[,，]?有报道称[\d.]+|(?:超过|多于|高于|大于|不止|不到|少于|低于|小于|不足)?"
                          r"(?:\d+(?:\.\d+)?[%％]|百分之[\d.一二三四五六七八九十点]+|[一二三四五六七八九十]成)|"
                          r"[,，]?(?:对吗|对不对|属实吗?|是吗|是不是真的|是真的吗)[?？。]*$")


def _without_claim(text: str) -> str:
    return _CLAIM_PARTS.sub("", text)


def question_stem(text: str) -> str:
    """The question without its asking tail (一共多少, 是多少, 最多的是谁, 哪边…更高)."""
    # 哪边予以公开的比例更高 → 予以公开的比例: which side is higher is the question, the figure stays
    text = re.sub(r"(?:哪边|哪家|哪一家|哪个|哪一个|谁)(?:的)?(.{2,20}?)(?:更|还|比较|要)?(?<!最)(?:高|低|多|少|大|小)(?:一些|一点|些)?(?:呢)?[?？。]*$",
                  r"\1", text)
    # 实质公开率哪家高 → 实质公开率: which one is the question, the figure stays
    text = re.sub(r"(?:里|中)?(?:哪边|哪家|哪一家|哪个单位|谁)(?:的)?(?:更|比较)?(?:高|低|多|少|大|小)(?:一些|一点|些)?(?:呢)?[?？。]*$", "", text)
    # (占办理结果总计的百分之几: the share is the figure, its asking words not)
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?:的)?百分之(?:几|多少)(?:呢)?([?？。]*)$", r"的比例\1", text)
    # (占办结总数多少: the share is the figure, its asking word not; never the part alone)
    text = re.sub(r"(占[^，,。？?占]{1,16}?)(?<!比例)(?<!比重)(?:的)?(?:是)?(?:多少|几成)(?:呢)?([?？。]*)$", r"\1的比例\2", text)
    # (三项合计 with no asking word after it: the sum is the figure, kept)
    return re.sub(r"(?:(?:一共|合计|总共|加起来)?(?:是多少|多少|几件|几个|几|是谁|是哪家|是哪个))?[?？。]*$", "", text)


def _put_in(text: str, spans: list[tuple[int, int]], words: str) -> str:
    """`words` in place of the first span; the other spans (sorted, not overlapping) taken out."""
    for s, e in reversed(spans[1:]):
        text = text[:s] + text[e:]
    s0, e0 = spans[0]
    return text[:s0] + words + text[e0:]


def _replace_time(text: str, spans: list[tuple[int, int]], mentions, years: str) -> str:
    if spans:
        return _put_in(text, sorted(spans), years)
    at = mentions[0].end if mentions else 0
    return text[:at] + years + text[at:]

