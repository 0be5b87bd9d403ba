"""A chat's memory between questions: the last question answered and the options last offered.

A follow-up ("那洪泽呢", "那2023年呢", "上一年呢", "复议呢", "维持的呢", "跟平潭比呢", "和2023年比呢") names only
what changes; the rest is carried over from the last question. The carried-over question is written
out in full and answered like any other, and the answer says how it was read (接上题：按“…”理解), so a
reader can see what was assumed. A follow-up that cannot be tied to the last question is declined.

An option of the last ask-back can be picked by number ("2", "第二个"), or by part of its name ("安康那个",
"发改委的", "县政府").

Only plain strings are kept, so the state pickles (Telegram keeps it in chat_data, with persistence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz

from bot.answer import Option
from bot.match import AgencyCatalog, split_regions
from bot.rows import column_spans, metric_spans
from bot.understand import POSITION, Query, normalise_question
from bot.when import read_period
from index.lazy import lazy_module

cn2an = lazy_module("cn2an")  # 0.3 s of imports, needed only when a number is written in Chinese


@dataclass
class Conversation:
    last_question: str = ""  # the last question answered, as it was read (normalised, carried over)
    options: list[tuple[str, str]] = field(default_factory=list)  # (label, question) of the last ask-back
    last_agencies: list[str] = field(default_factory=list)  # agencies of the last answer's figures, in order
    years_seen: list[int] = field(default_factory=list)  # years of one agency's figures, in the order asked
    agencies_seen: list[str] = field(default_factory=list)  # agencies answered for, most recent last

    def remember(self, asked: str, options: list[Option], figures: list | None = None) -> None:
        self.last_question = asked
        self.options = [(o.label, o.question) for o in options]
        agencies = list(dict.fromkeys(f.agency for f in figures or []))
        if agencies:
            if agencies[:1] != self.last_agencies[:1]:
                self.years_seen = []
            self.last_agencies = agencies
            for a in agencies:
                self.agencies_seen = [x for x in self.agencies_seen if x != a][-3:] + [a]
            if len(agencies) == 1:
                for y in dict.fromkeys(f.year for f in figures):
                    self.years_seen = [x for x in self.years_seen if x != y][-3:] + [y]


# 它 / 这家 / 排第一的那家: the agency the last answer put first
PRONOUN = re.compile(r"^(?:那么?)?(它们|他们|这几家|这些单位|它|这家|那家|该单位|这个单位|那个单位|这个机关|该机关|第一名|排第一的)(?:的)?")
# 最新一年: the newest report held, whatever year the last question had
_NEWEST = re.compile(r"最新一年|最新的一年|最近一年|最新的|最新年份|有的最新")


# Words a follow-up is made of besides what it changes.
_FOLLOW_START = re.compile(r"^(那么?|那个|那就|还有|再看看?|再问一?下?|换成?|改成?|如果是?|要是|然后)")
_FOLLOW_END = re.compile(r"(的?呢|怎么样|如何|咋样|又是多少|是多少呢?|多少呢)[?？。!！]*$")
_COMPARE = re.compile(r"^(?:那)?(?:跟|和|与|同(?!比)|对比|比较|比)(.+?)(?:相?比(?:较|一下)?|对比|比一比)?"
                      r"(差多少|多多少|少多少|多几件|少几件|多几个|少几个|差几件|差几个)?(?:呢|怎么样|如何)?[?？。]*$")
_PREV_YEAR = re.compile(r"^(?:那)?(?:再看)?(上一年|前一年|上年|之前一年|上一个?年度|前一个?年度)(?:的)?(?:呢|怎么样|如何)?[?？。]*$")
_NEXT_YEAR = re.compile(r"^(?:那)?(?:再看)?(下一年|后一年|次年|下一个?年度|之后一年)(?:的)?(?:呢|怎么样|如何)?[?？。]*$")
_PICK_NUMBER = re.compile(r"^(?:选|要|就|是)?(?:第)?(\d+|[一二三四五六七八九十两])(?:个|项|家|位|号)?(?:吧|吗)?$")
_PICK_FILLER = re.compile(r"那个|那一个|那家|那一家|的那个|这个|的|吧|呀|啊|选|要|是|就|我说的是|我问的是|我指的是|[，。,.!！?？ ]")


def pick_option(text: str, conv: Conversation, catalog: AgencyCatalog, names: dict[int, str]) -> str | None:
    """The question of the option `text` picks among the last ones offered, or None."""
    if not conv.options:
        return None
    q = normalise_question(text)
    m = _PICK_NUMBER.match(q)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else int(cn2an.cn2an(m.group(1).replace("两", "二"), "smart"))
        return conv.options[n - 1][1] if 1 <= n <= len(conv.options) else None
    if len(q) > 16:
        return None
    labels = [label for label, _ in conv.options]
    # by an agency form the catalog knows (发改委, 安康): the options naming one of its agencies
    ids = {i for men in catalog.mentions(q) for i in men.agency_ids}
    by_name = [k for k, label in enumerate(labels) if any(names.get(i) == label for i in ids)]
    if len(by_name) == 1:
        return conv.options[by_name[0]][1]
    key = _PICK_FILLER.sub("", q)
    if len(key) < 1:
        return None
    inside = [k for k, label in enumerate(labels) if key in normalise_question(label)]
    if len(inside) == 1:
        return conv.options[inside[0]][1]
    if len(key) >= 2 and not inside:
        scores = sorted(((fuzz.partial_ratio(key, normalise_question(label)), k) for k, label in enumerate(labels)), reverse=True)
        if scores and scores[0][0] >= 80 and (len(scores) == 1 or scores[0][0] - scores[1][0] >= 15):
            return conv.options[scores[0][1]][1]
    return None


def looks_like_followup(text: str) -> bool:
    q = normalise_question(text)
    return bool(_FOLLOW_START.search(q) or _FOLLOW_END.search(q) or _COMPARE.match(q) or _PREV_YEAR.match(q)
                or _NEXT_YEAR.match(q))


@dataclass
class _FollowUp:
    """A follow-up and what it is read against."""

    prev: str  # the last question as it was read
    new: Query
    catalog: AgencyCatalog
    years_seen: list[int]
    agencies_seen: list[str]

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
               agencies_seen: list[str] | None = None) -> str | None:
    """The follow-up `new` written out in full with what it leaves out taken from `prev`, or None
    when it names nothing that could change in `prev` (then it is not a follow-up we understand).

    Each step reads one kind of follow-up; the first that applies writes the question out."""
    f = _FollowUp(prev, new, catalog, years_seen or [], agencies_seen or [])
    for step in (_newest_year, _share_of_last, _the_two_years, _year_step, _comparison, _exclusion, _place_in_ranking,
                 _the_two_agencies, _own_question):
        out = step(f)
        if out is not _PASS:
            return out
    return _replace_slots(f)


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
    return _question_stem(f.prev) + re.sub(r"的?呢[?？。]*$", "", f.text) if f.text.startswith("占") else _PASS


def _the_two_years(f: _FollowUp):
    """两年差多少: between the two years this conversation asked about."""
    if not ("两年" in f.text and (_DIFF_WORDS.search(f.text) or _CHANGE_WORDS.search(f.text)) and len(f.years_seen) >= 2):
        return _PASS
    a, b = sorted(f.years_seen[-2:])
    return _question_stem(_replace_time(f.prev, f.prev_period.consumed, f.prev_mentions, f"{b}年比{a}年")) + "变化多少"


def _year_step(f: _FollowUp):
    """上一年呢 / 下一年呢: the year before or after the last one."""
    step = _PREV_YEAR.match(f.text) or _NEXT_YEAR.match(f.text)
    if not step:
        return _PASS
    years = f.prev_period.years
    if len(years) != 1:
        return None
    y = years[0] + (1 if _NEXT_YEAR.match(f.text) else -1)
    return _replace_time(f.prev, f.prev_period.consumed, f.prev_mentions, f"{y}年")


def _comparison(f: _FollowUp):
    """跟平潭比呢 (the same figure for both), 比秀洲分局少多少 (their difference), 和2023年比呢 / 比上年怎么样
    (the change on that year)."""
    cmp_ = _COMPARE.match(f.text)
    if not cmp_:
        return _PASS
    other = cmp_.group(1)
    other_years = read_period(other).years
    if _LAST_YEAR_WORDS.fullmatch(other):  # 比上年: the year before the one asked about
        years = f.prev_period.years
        other_years = [years[0] - 1] if len(years) == 1 else []
    if f.new.mentions and not other_years:
        if not f.prev_mentions:
            return None
        last = f.prev_mentions[-1]
        both = f.prev[: last.end] + "和" + other + f.prev[last.end :]
        return _question_stem(both) + "相差多少" if cmp_.group(2) else both + "比较"
    if other_years and not f.new.mentions and not metric_spans(other):
        years = f.prev_period.years
        if len(years) != 1 or len(other_years) != 1:
            return None
        plain = _replace_time(f.prev, f.prev_period.consumed, f.prev_mentions, f"{years[0]}年比{other_years[0]}年")
        return re.sub(r"(多少|几件|几个|几|是多少)?[?？。]*$", "", plain) + "变化多少"
    return None


def _exclusion(f: _FollowUp):
    """不算淮安市政府呢: the same question without them."""
    if not (f.new.exclude_ids and not f.new.metrics):
        return _PASS
    return _question_stem(f.prev) + "，" + f.text[f.new.exclude_span[0] : f.new.exclude_span[1]]


def _place_in_ranking(f: _FollowUp):
    """平潭排第几 after a ranking: its place in that ranking."""
    if not (f.new.mentions and not f.prev_mentions and POSITION.search(f.text)):
        return _PASS
    rank = _RANK_WORDS.search(f.prev)
    stem = f.prev[: rank.start()] if rank else _question_stem(f.prev)
    return re.sub(r"(哪家|哪个单位|哪个|谁|哪些)", "", stem) + f.text


def _the_two_agencies(f: _FollowUp):
    """两家差多少: the two agencies this conversation asked about last."""
    both = BOTH.search(f.text)
    if not (both and len(f.prev_mentions) < 2):
        return _PASS
    if len(f.agencies_seen) < 2 or f.new.mentions:
        return None
    when = "" if f.new.years else "、".join(f"{y}年" for y in f.prev_period.years)
    rest = f.text[: both.start()] + f.text[both.end() :]
    if not metric_spans(rest, generic=True) and f.prev_mentions:
        rest = _question_stem(f.prev[f.prev_mentions[0].end :]) + rest
    return "和".join(f.agencies_seen[-2:]) + when + re.sub(r"^[的都]+", "", rest)


def _own_question(f: _FollowUp):
    """不予公开一共多少: a question of its own that only leaves out whom and when."""
    if not (metric_spans(f.text, generic=True) and not f.new.mentions and _ASKS.search(f.text)):
        return _PASS
    who = "和".join(dict.fromkeys(m.text for m in f.prev_mentions))
    when = "" if f.new.years else "、".join(f"{y}年" for y in f.prev_period.years)
    return who + when + re.sub(_FOLLOW_START.pattern, "", f.text) if who else None


def _replace_slots(f: _FollowUp) -> str | None:
    """那洪泽呢 / 那2023年呢 / 复议呢 / 维持的呢 / 占比呢 / 最少的呢: the last question with the slots the
    follow-up names replaced (agency, year, row, column, operation)."""
    out, changed = f.prev, False
    if f.new.mentions:
        out = _with_agency(out, f)
        if out is None:
            return None
        changed = True
    if f.new.years:
        out = _replace_time(out, read_period(out).consumed, f.catalog.mentions(out), "、".join(f"{y}年" for y in f.new.years))
        changed = True
    generic_only = not metric_spans(f.text)
    if metric_spans(f.text, generic=True) and not (generic_only and column_spans(f.text)):
        # 复议呢 → another row; 其中自然人申请的呢 (申请 + a column) only changes the column
        out = _with_row(out, f)
        if out is None:
            return None
        changed = True
    if column_spans(f.text):
        out = _with_column(out, f)
        changed = True
    operation = _OPERATION.search(f.text)
    if operation and len(_OPERATION.findall(f.text)) > 1 and not f.new.years:
        return None  # 第二名和第三名差几件: two operations at once are not carried over on a guess
    if operation:
        out = _with_operation(out, f, operation.group(0))
        changed = True
    if changed and f.new.ratio and not _SHARE.search(out):  # 自然人占多少: a share of the figure, not the figure
        out = _question_stem(out) + "占比"
    return out if changed and out != f.prev else None


def _with_agency(out: str, f: _FollowUp) -> str | None:
    """那洪泽呢: another agency, the same figure and year."""
    if not f.prev_mentions:
        return None
    who = _same_kind(f) or "".join(f.text[m.start : m.end] for m in f.new.mentions[:1])
    first, rest = f.prev_mentions[0], f.prev_mentions[1:]
    for m in reversed(rest):
        out = out[: m.start] + out[m.end :]
    return out[: first.start] + who + out[first.end :]


def _same_kind(f: _FollowUp) -> str | None:
    """北戴河的呢 after 安康市自然资源局: the one agency in that place of the same kind as the last one."""
    place = f.new.mentions[0]
    last = {i for m in f.prev_mentions for i in m.agency_ids}
    if place.kind != "region" or len(last) != 1:
        return None
    kind = split_regions(f.catalog.agencies[next(iter(last))].name)[1]
    same = [i for i in place.agency_ids
            if kind and fuzz.partial_ratio(kind, split_regions(f.catalog.agencies[i].name)[1]) >= 70]
    return f.catalog.agencies[same[0]].name if len(same) == 1 else None


def _with_row(out: str, f: _FollowUp) -> str | None:
    """复议呢 / 不予公开呢: another row; the old row's column does not carry over."""
    words = "".join(f.text[s:e] for s, e in metric_spans(f.text, generic=True))
    # the row words of the last question; failing those, its noun for the applications (申请)
    spans = metric_spans(out) or [sp for sp in metric_spans(out, generic=True) if "申请" in out[sp[0] : sp[1]]][-1:]
    if not spans:
        return None
    out = _put_in(out, spans, words)
    if not f.new.ratio:  # 办结率 → 转到下一年的呢: the count of the new row, not a rate of it
        out = re.sub(re.escape(words) + "率", words, out)
    if not column_spans(f.text) and not f.text.startswith("其中"):  # 其中予以公开的: still of the same applicants
        for s, e in reversed(column_spans(out, active=False)):
            if out[e : e + 1] == "率":  # 纠错率, 维持率: the rate's name, not a column of the old row
                continue
            if not any(s < me and ms < e for ms, me in metric_spans(out)):
                out = out[:s] + out[e:]
    return out


def _with_column(out: str, f: _FollowUp) -> str:
    """维持的呢 / 企业申请的呢: another column of the same row; every column word of the last question gives
    way (法人或者其他组织 → 律所)."""
    words = "".join(f.text[s:e] for s, e in column_spans(f.text))
    spans = [sp for sp in column_spans(out) if not any(sp[0] < me and ms < sp[1] for ms, me in metric_spans(out))]
    if not spans:
        m = re.search(r"(多少|几件|几个|几|是多少)?[?？。]*$", out)
        return out[: m.start()] + words + out[m.start() :]
    return _put_in(out, spans, words)


def _with_operation(out: str, f: _FollowUp, op: str) -> str:
    """占比呢 / 最少的呢 / 第二多的呢 / 降了多少 / 其中哪个理由最多: another operation on the same figure."""
    rank = _RANK_WORDS.search(out)
    asked = re.sub(_FOLLOW_START.pattern + r"|^其中|的?呢[?？。]*$", "", f.text)
    if _RANK_WORDS.fullmatch(op) and rank:
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
            out = _question_stem(out) + "比上一年变化多少"
        else:
            out = _question_stem(_replace_time(out, read_period(out).consumed, f.catalog.mentions(out), f"{b}年比{a}年")) + "变化多少"
        if re.search(r"增幅|涨幅|降幅|增长率|百分之", op):  # the percent is what is asked, not the amount
            return re.sub(r"多少件|多少个|几件|几个", "", out) + "，增幅"
        return out
    if op not in out or len(asked) > len(op):
        if _RANK_WORDS.fullmatch(op) or re.search(r"哪(?:一)?(?:类|种|项)", asked):  # 里面哪一类最多: of the parts, not the rate
            out = re.sub(r"占[^，,。？?]*|的?(?:比例|占比|比率|比重)|(?<=[\u4e00-\u9fff])率", "", out)
        return _question_stem(out) + asked
    return out


_LAST_YEAR_WORDS = re.compile(r"上年|去年|上一年|前一年|上一年度|上年度|上一个年度")
BOTH = re.compile(r"两家|两个单位|两者|二者|两个都|两边")
_SHARE = re.compile(r"占|比例|比率|率")
_ASKS = re.compile(r"多少|几件|几个|一共|合计|占比|比例|排名|最多|最少|哪个|哪家|哪类|是否|有没有")
_RANK_WORDS = re.compile(r"前[二三四五六七八九十\d]+(?:名|个|家|位)?|排一下|排个序|排序|排名|最多|最少|最高|最低|最大|最小|第[二三四五六七八九十\d]+(?:多|少|高|低|名|位)|第[二三四五六七八九十\d]+(?=呢|的|$)")
_CHANGE_WORDS = re.compile(r"(?:降|少|减少|下降|升|涨|多|增加|增长|上升)了?(?:百分之多少|百分之几|多少|几件|几个|几)|增幅|涨幅|降幅|增长率")
_DIFF_WORDS = re.compile(r"差多少|差几件|差几个|差几|相差多少|差距多大|差距")
_OPERATION = re.compile(r"占比|比例|百分比|纠错率|纠正率|维持率|办结率|一共|合计|加起来|" + _RANK_WORDS.pattern + "|"
                        + _CHANGE_WORDS.pattern + "|" + _DIFF_WORDS.pattern)


def _question_stem(text: str) -> str:
    """The question without its asking tail (一共多少, 是多少, 最多的是谁)."""
    return re.sub(r"(一共|合计|总共|加起来)?(是多少|多少|几件|几个|几|是谁|是哪家|是哪个)?[?？。]*$", "", text)


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
