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

import cn2an
from rapidfuzz import fuzz

from bot.answer import Option
from bot.match import AgencyCatalog
from bot.metrics import column_spans, metric_spans
from bot.understand import Query, normalise_question
from bot.when import read_period


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
PRONOUN = re.compile(r"^(?:那么?)?(它|它们|他们|这家|那家|该单位|这个单位|那个单位|这个机关|该机关|第一名|排第一的)(?:的)?")
# 最新一年: the newest report held, whatever year the last question had
_NEWEST = re.compile(r"最新一年|最新的一年|最近一年|最新的|最新年份|有的最新")


# Words a follow-up is made of besides what it changes.
_FOLLOW_START = re.compile(r"^(那么?|那个|那就|还有|再看看?|再问一?下?|换成?|改成?|如果是?|要是|然后)")
_FOLLOW_END = re.compile(r"(的?呢|怎么样|如何|咋样|又是多少|是多少呢?|多少呢)[?？。!！]*$")
_COMPARE = re.compile(r"^(?:那)?(?:跟|和|与|同|对比|比较|比)(.+?)(?:相?比(?:较|一下)?|对比|比一比)?"
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


def carry_over(prev: str, new: Query, catalog: AgencyCatalog, years_seen: list[int] | None = None,
               agencies_seen: list[str] | None = None) -> str | None:
    """The follow-up `new` written out in full with what it leaves out taken from `prev`, or None
    when it names nothing that could change in `prev` (then it is not a follow-up we understand)."""
    text = new.text
    p_mentions = catalog.mentions(prev)
    p_time = read_period(prev).consumed
    if _NEWEST.search(text) and not new.years and not new.mentions:  # 那你有的最新一年呢
        out = prev
        for s, e in sorted(p_time, reverse=True):
            out = out[:s] + out[e:]
        return out if out != prev else None
    if text.startswith("占"):  # 占办结的比例: a share of the last figure
        return _question_stem(prev) + text
    if "两年" in text and (_DIFF_WORDS.search(text) or _CHANGE_WORDS.search(text)) and len(years_seen or []) >= 2:
        a, b = sorted(years_seen[-2:])  # 两年差多少: the two years this conversation asked about
        return _question_stem(_replace_time(prev, p_time, p_mentions, f"{b}年比{a}年")) + "变化多少"

    step = _PREV_YEAR.match(text) or _NEXT_YEAR.match(text)
    if step:
        years = read_period(prev).years
        if len(years) != 1:
            return None
        y = years[0] + (1 if _NEXT_YEAR.match(text) else -1)
        return _replace_time(prev, p_time, p_mentions, f"{y}年")

    cmp_ = _COMPARE.match(text)
    if cmp_:
        other = cmp_.group(1)
        other_years = read_period(other).years
        if _LAST_YEAR_WORDS.fullmatch(other):  # 比上年怎么样: the year before the one asked about
            years = read_period(prev).years
            other_years = [years[0] - 1] if len(years) == 1 else []
        if new.mentions and not other_years:  # 跟平潭比呢: the same figure for both agencies
            if not p_mentions:
                return None
            last = p_mentions[-1]
            if cmp_.group(2):  # 比秀洲分局少多少: the difference
                return _question_stem(prev[: last.end] + "和" + other + prev[last.end :]) + "相差多少"
            return prev[: last.end] + "和" + other + prev[last.end :] + "比较"
        if other_years and not new.mentions and not metric_spans(other):  # 和2023年比呢: the change
            years = read_period(prev).years
            if len(years) != 1 or len(other_years) != 1:
                return None
            plain = _replace_time(prev, p_time, p_mentions, f"{years[0]}年比{other_years[0]}年")
            return re.sub(r"(多少|几件|几个|几|是多少)?[?？。]*$", "", plain) + "变化多少"
        return None

    if new.exclude_ids and not new.metrics:  # 不算淮安市政府呢: the same question without them
        return _question_stem(prev) + "，" + text[new.exclude_span[0] : new.exclude_span[1]]
    if new.mentions and not p_mentions and _POSITION_WORDS.search(text):  # 平潭排第几 after a ranking: its place in it
        rank = _RANK_WORDS.search(prev)
        stem = prev[: rank.start()] if rank else _question_stem(prev)
        return re.sub(r"(哪家|哪个单位|哪个|谁|哪些)", "", stem) + text
    both = BOTH.search(text)
    if both and len(p_mentions) < 2:  # 两家差多少: the two agencies this conversation asked about
        if len(agencies_seen or []) < 2 or new.mentions:
            return None
        when = "" if new.years else "、".join(f"{y}年" for y in read_period(prev).years)
        rest = text[: both.start()] + text[both.end() :]
        if not metric_spans(rest, generic=True):
            rest = _question_stem(prev[p_mentions[0].end :]) + rest if p_mentions else rest
        return "和".join(agencies_seen[-2:]) + when + re.sub(r"^[的都]+", "", rest)
    new_metrics = metric_spans(text, generic=True)
    new_cols = column_spans(text)
    if new_metrics and not new.mentions and _ASKS.search(text):
        # 不予公开一共多少: a question of its own that only leaves out whom and when
        who = "和".join(dict.fromkeys(m.text for m in p_mentions))
        when = "" if new.years else "、".join(f"{y}年" for y in read_period(prev).years)
        return who + when + re.sub(_FOLLOW_START.pattern, "", text) if who else None
    out = prev
    changed = False
    operation = _OPERATION.search(text)
    if new.mentions:  # 那洪泽呢: another agency, the same figure and year
        if not p_mentions:
            return None
        who = "".join(text[m.start : m.end] for m in new.mentions[:1])
        first = p_mentions[0]
        rest = p_mentions[1:]
        for m in reversed(rest):
            out = out[: m.start] + out[m.end :]
        out = out[: first.start] + who + out[first.end :]
        changed = True
    if new.years:
        years = "、".join(f"{y}年" for y in new.years)
        cur_time = read_period(out).consumed
        cur_mentions = catalog.mentions(out)
        out = _replace_time(out, cur_time, cur_mentions, years)
        changed = True
    if new_metrics:  # 复议呢 / 不予公开呢: another row
        words = "".join(text[s:e] for s, e in new_metrics)
        # the row words of the last question; failing those, its noun for the applications (申请)
        spans = metric_spans(out) or [sp for sp in metric_spans(out, generic=True) if "申请" in out[sp[0] : sp[1]]][-1:]
        if not spans:
            return None
        s0, e0 = spans[0]
        tail = out[e0:]
        for s, e in reversed(spans[1:]):
            tail = tail[: s - e0] + tail[e - e0 :]
        out = out[:s0] + words + tail
        if not new.ratio:  # 办结率 → 转到下一年的呢: the count of the new row, not a rate of it
            out = re.sub(re.escape(words) + "率", words, out)
        if not new_cols:  # the column of the old row does not carry to a new row
            for s, e in reversed(column_spans(out, active=False)):
                if not any(s < me and ms < e for ms, me in metric_spans(out)):
                    out = out[:s] + out[e:]
        changed = True
    if new_cols:  # 维持的呢 / 企业申请的呢: another column of the same row
        words = "".join(text[s:e] for s, e in new_cols)
        spans = [sp for sp in column_spans(out) if not any(sp[0] < me and ms < sp[1] for ms, me in metric_spans(out))]
        if spans:  # every column word of the last question gives way (法人或者其他组织 → 律所)
            s0, e0 = spans[0]
            tail = out[e0:]
            for s, e in reversed(spans[1:]):
                tail = tail[: s - e0] + tail[e - e0 :]
            out = out[:s0] + words + tail
        else:
            m = re.search(r"(多少|几件|几个|几|是多少)?[?？。]*$", out)
            out = out[: m.start()] + words + out[m.start() :]
        changed = True
    if operation and len(_OPERATION.findall(text)) > 1 and not new.years:
        return None  # 第二名和第三名差几件: two operations at once are not carried over on a guess
    if operation:  # 占比呢 / 最少的呢 / 第二多的呢 / 降了多少 / 其中哪个理由最多: another operation on the same figure
        op = operation.group(0)
        rank = _RANK_WORDS.search(out)
        asked = re.sub(_FOLLOW_START.pattern + r"|^其中|的?呢[?？。]*$", "", text)
        if _RANK_WORDS.fullmatch(op) and rank:
            if op.startswith("第") and op[-1] not in "多少高低名位大小" and rank.group(0).startswith("最"):
                op += rank.group(0)[-1]  # 第二呢 after 最多: 第二多
            out = out[: rank.start()] + op + out[rank.end() :]
        elif (_CHANGE_WORDS.fullmatch(op) or _DIFF_WORDS.fullmatch(op)) and len(catalog.mentions(out)) < 2:
            if len(new.years) == 2:  # 24年比23年少了多少: between the years it names
                a, b = new.years
                out = _question_stem(_replace_time(out, read_period(out).consumed, catalog.mentions(out), f"{b}年比{a}年")) + "变化多少"
            elif len(years_seen or []) >= 2:  # 增长了百分之多少 after two years were asked: between those
                a, b = sorted(years_seen[-2:])
                out = _question_stem(_replace_time(out, read_period(out).consumed, catalog.mentions(out), f"{b}年比{a}年")) + "变化多少"
            else:  # 降了多少 / 差多少 of one agency's figure: on the year before
                out = _question_stem(out) + "比上一年变化多少"
            if re.search(r"增幅|涨幅|降幅|增长率|百分之", op):
                out += "，增幅"
        elif op not in out or len(asked) > len(op):
            out = _question_stem(out) + asked
        changed = True
    if changed and new.ratio and not _SHARE.search(out):  # 自然人占多少: a share of the figure, not the figure
        out = _question_stem(out) + "占比"
    return out if changed and out != prev else None


_POSITION_WORDS = re.compile(r"排(?:名|在)?第几|第几名|第几位|名次|排在哪")
_LAST_YEAR_WORDS = re.compile(r"上年|去年|上一年|前一年|上一年度|上年度|上一个年度")
BOTH = re.compile(r"两家|两个单位|两者|二者|两个都|两边")
_SHARE = re.compile(r"占|比例|比率|率")
_ASKS = re.compile(r"多少|几件|几个|一共|合计|占比|比例|排名|最多|最少|哪个|哪家|哪类|是否|有没有")
_RANK_WORDS = re.compile(r"前[二三四五六七八九十\d]+(?:名|个|家|位)?|排一下|排个序|排序|排名|最多|最少|最高|最低|最大|最小|第[二三四五六七八九十\d]+(?:多|少|高|低|名|位)|第[二三四五六七八九十\d]+(?=呢|的|$)")
_CHANGE_WORDS = re.compile(r"(?:降|少|减少|下降|升|涨|多|增加|增长|上升)了?(?:百分之多少|多少|几件|几个|几)|增幅|涨幅|降幅|增长率")
_DIFF_WORDS = re.compile(r"差多少|差几件|差几个|差几|相差多少|差距多大|差距")
_OPERATION = re.compile(r"占比|比例|百分比|纠错率|纠正率|维持率|办结率|一共|合计|加起来|" + _RANK_WORDS.pattern + "|"
                        + _CHANGE_WORDS.pattern + "|" + _DIFF_WORDS.pattern)


def _question_stem(text: str) -> str:
    """The question without its asking tail (一共多少, 是多少, 最多的是谁)."""
    return re.sub(r"(一共|合计|总共|加起来)?(是多少|多少|几件|几个|几|是谁|是哪家|是哪个)?[?？。]*$", "", text)


def _replace_time(text: str, spans: list[tuple[int, int]], mentions, years: str) -> str:
    if spans:
        s0, e0 = spans[0]
        out = text[:s0] + years + text[e0:]
        shift = len(years) - (e0 - s0)
        for s, e in reversed(spans[1:]):
            out = out[: s + shift] + out[e + shift :]
        return out
    at = mentions[0].end if mentions else 0
    return text[:at] + years + text[at:]
