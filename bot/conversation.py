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
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import cn2an
from rapidfuzz import fuzz

from bot.answer import Option
from bot.gather import OUTCOME_GROUPS
from bot.match import AgencyCatalog, level_of, split_regions
from bot.rows import column_spans, find_metrics, metric_spans
from bot.understand import PARTS_SUM, POSITION, Query, normalise_question
from bot.when import read_period


@dataclass
class Conversation:
    last_question: str = ""  # the last question answered, as it was read (normalised, carried over)
    options: list[tuple[str, str]] = field(default_factory=list)  # (label, question) of the last ask-back
    picked_from: list[tuple[str, str]] = field(default_factory=list)  # the ask-back the last pick was made in
    last_agencies: list[str] = field(default_factory=list)  # agencies of the last answer's figures, in order
    years_seen: list[int] = field(default_factory=list)  # years of one agency's figures, in the order asked
    agencies_seen: list[str] = field(default_factory=list)  # agencies answered for, most recent last
    years_of: dict[str, list[int]] = field(default_factory=dict)  # the years each agency of the last answer was shown for
    listed: list[str] = field(default_factory=list)  # the agencies of the last list shown, one per line (第二个)
    listed_at: list[int] = field(default_factory=list)  # the year of each line
    last_part: str = ""  # the sub-row the last answer put first (不予公开·属于行政查询事项), when it showed one
    history: list[str] = field(default_factory=list)  # the questions answered before the last one, newest last

    def remember(self, asked: str, options: list[Option], figures: list | None = None) -> None:
        if self.last_question and self.last_question != asked:
            self.history = [*self.history, self.last_question][-6:]
        self.last_question = asked
        self.options = [(o.label, o.question) for o in options]
        agencies = list(dict.fromkeys(f.agency for f in figures or []))
        first = (figures or [None])[0]
        label = getattr(first, "label", "") or ""
        self.last_part = re.sub(r"（[^）]*）$", "", label.split("·", 1)[1]) if len(agencies) == 1 and "·" in label else ""
        if agencies:
            self.years_of = {a: sorted({f.year for f in figures if f.agency == a}) for a in agencies}
            if len(figures) >= 2:  # 第二个 / 第一和最后一名: places in the list as shown (an agency may stand twice)
                self.listed = [f.agency for f in figures]
                self.listed_at = [f.year for f in figures]
            if agencies[:1] != self.last_agencies[:1]:
                self.years_seen = []
            self.last_agencies = agencies
            for a in agencies:
                self.agencies_seen = [x for x in self.agencies_seen if x != a][-3:] + [a]
            if len(agencies) == 1:
                for y in dict.fromkeys(f.year for f in figures):
                    self.years_seen = [x for x in self.years_seen if x != y][-3:] + [y]


# 它 / 这家 / 排第一的那家: the agency the last answer put first
PRONOUN = re.compile(r"^(?:那么?)?(它们|他们|这几家|这些单位|它|这家|那家|该单位|这个单位|那个单位|这个机关|该机关|"
                     r"(?:排名?)?第[一二三四五六七八九十\d]+(?:名|个|位|家)?(?=的|呢|$)|排(?:名)?第[一二三四五六七八九十\d]+的|前者|后者)(?:的)?")
_ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)")
# 不对吧，我记得是17件 / 应该是3050吧: a number held against the last answer
_CLAIM_AGAIN = re.compile(r"(?:记得|听说|看到|报道|应该是|明明|不是|好像是|印象中|据说|写的|写着|写了|写成|写|称)[^，。？?\d]{0,6}?(\d+(?:\.\d+)?)")
# 这个比例 / 这个数: the figure just asked, named by pointing at it (says nothing that changes)
_POINTING = re.compile(r"这个比例|这一比例|这个比率|这个数字?|这一项|这项|这个指标")
# 不是市里的，区里那个: a government of another level in the same place
_LEVEL_REF = re.compile(r"(市|区|县|镇|乡)(?:里|级|上|政府|府)(?:的|那个|那家|那份)?")
# 最新一年: the newest report held, whatever year the last question had
_NEWEST = re.compile(r"最新一年|最新的一年|最近一年|最新的|最新年份|有的最新")


# Words a follow-up is made of besides what it changes.
_FOLLOW_START = re.compile(r"^(那么?|那个|那就|还有|再看看?|再问一?下?|换成?|改成?|如果是?|要是|然后|" + r"(?:好的?|对了|行)?(?:回到|说回|再回到))")
# 好，回到平潭: back to what was asked about that agency before the last question
_BACK = re.compile(r"^(?:好的?|对了|行|那)?(?:回到|说回|再回到|再说回)")
_FOLLOW_END = re.compile(r"(的?呢|怎么样|如何|咋样|又是多少|是多少呢?|多少呢)[?？。!！]*$")
_COMPARE = re.compile(r"^(?:那)?(?:跟|和|与|同(?!比)|对比|比较|比)(.+?)(?:相?比(?:较|一下)?|对比|比一比)?"
                      r"(差多少|多多少|少多少|多了多少|少了多少|多了几件|少了几件|多几件|少几件|多几个|少几个|差几件|差几个|"
                      r"变化多少|变化了多少|有什么变化|有何变化|增减多少|增减了多少|变了多少)?(?:呢|怎么样|如何)?[?？。]*$")
_PREV_YEAR = re.compile(r"^(?:那)?(?:再看)?(上一年|前一年|上年|之前一年|上一个?年度|前一个?年度)(?:的)?(?:呢|怎么样|如何)?[?？。]*$")
_NEXT_YEAR = re.compile(r"^(?:那)?(?:再看)?(下一年|后一年|次年|下一个?年度|之后一年)(?:的)?(?:呢|怎么样|如何)?[?？。]*$")
_PICK_NUMBER = re.compile(r"^(?:选|要|就|是)?(?:第)?(\d+|[一二三四五六七八九十两])(?:个|项|家|位|号)?(?:吧|吗)?$")
_LEVEL_GOV = re.compile(r"^(?:那个|是|要|选)?(?:(市|区|县|镇|乡)(?:人民)?政府|(市|区|县)府)(?:的|那个)?(?:呢|吧)?$")
_PICK_FILLER = re.compile(r"那个|那一个|那家|那一家|的那个|这个|的|吧|呀|啊|选|要|是|就|我说的是|我问的是|我指的是|[，。,.!！?？ ]")


def _cn_number(s: str) -> int:
    return int(s) if s.isdigit() else int(cn2an.cn2an(s.replace("两", "二"), "smart"))


def pick_option(text: str, conv: Conversation, catalog: AgencyCatalog, names: dict[int, str]) -> str | None:
    """The question of the option `text` picks among the last ones offered, or None."""
    if not conv.options:
        return None
    q = normalise_question(text)
    m = _PICK_NUMBER.match(q)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else int(cn2an.cn2an(m.group(1).replace("两", "二"), "smart"))
        return conv.options[n - 1][1] if 1 <= n <= len(conv.options) else None
    if len(q) > 16 or read_period(q).years or find_metrics(q):
        return None  # 23年淮安市府的: more than a name, so not a pick (the year would be lost)
    labels = [label for label, _ in conv.options]
    # by an agency form the catalog knows (发改委, 安康): the options naming one of its agencies
    ids = {i for men in catalog.mentions(q) for i in men.agency_ids}
    by_name = [k for k, label in enumerate(labels) if any(names.get(i) == label for i in ids)]
    if len(by_name) == 1:
        return conv.options[by_name[0]][1]
    level = _LEVEL_GOV.match(q)
    if level:  # 市政府 / 区府: the one government of that level among the options
        ids_of = {v: k for k, v in names.items()}
        want = level_of(level.group(1) or level.group(2))
        same = [k for k, label in enumerate(labels) if label in ids_of and "人民政府" in label
                and catalog.agencies[ids_of[label]].level == want]
        if len(same) == 1:
            return conv.options[same[0]][1]
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
                or _NEXT_YEAR.match(q) or _LIKEWISE.search(q))


# Words that choose agencies across the index (各单位, 哪家, 排名): without them a total or ranking asked in a
# conversation is about what the conversation is about
_ACROSS = re.compile(r"各单位|各家|各个单位|各部门|所有|全部|哪家|哪个单位|哪个部门|哪些|谁|库里|库中|几家|几个单位|各地|全国|全省")
# 也这样排一下 / 同样算一下: the last question's operation on another figure
_LIKEWISE = re.compile(r"也这样|也一样|也照这样|同样地?|照样|也按这个|也排|也算")


@dataclass
class InContext:
    """A question as read in a conversation: the query to answer and what the answer must say about
    how it was read, or why it was declined."""

    query: Query
    notes: list[str] = field(default_factory=list)
    declined: str = ""  # when set: no figure, this is said instead
    declined_notes: list[str] = field(default_factory=list)
    remember_as: str = ""  # what the conversation goes on from, when not this question (a claim checked)


_SAME_YEAR = re.compile(r"同一年|同年|同期|当年|这一年|那一年|同样年份")
_PLURAL = ("它们", "他们", "这几家", "这些单位")


def read_in_context(question: str, q: Query, conv: Conversation, reread: Callable[[str], Query],
                    catalog: AgencyCatalog, names: dict[int, str], held: dict[int, dict]) -> InContext:
    """`q` (the question read on its own) read against the conversation: an option picked, a pronoun
    resolved, or a follow-up carried over. `reread` reads a written-out question; `held` maps each
    agency id to the years of its reports."""
    picked = pick_option(question, conv, catalog, names)
    if picked is not None:
        label = next(lbl for lbl, qq in conv.options if qq == picked)
        read = InContext(reread(picked), [f"选择了：{label}"])
        conv.picked_from = conv.options
        return read
    if conv.picked_from and not q.mentions and conv.last_question:
        # 区政府的呢 after 市政府 was picked: another of the options just offered, the question as it now stands
        earlier = Conversation(options=conv.picked_from)
        other = pick_option(re.sub(r"^那|的?呢$", "", question), earlier, catalog, names)
        if other is not None:
            label = next(lbl for lbl, qq in conv.picked_from if qq == other)
            q = reread(f"{label}呢")
    elif q.mentions:  # another agency named: the options offered earlier are left behind
        conv.picked_from = []
    if not conv.last_question or (q.mentions and q.metrics) or q.intent in ("help", "list_agencies", "search"):
        return InContext(q)
    again = _CLAIM_AGAIN.search(q.text)
    if again and not q.mentions and not q.metrics and not q.years:  # 不对吧，我记得是17件: the last figure, checked
        full = f"{conv.last_question}，有报道称{again.group(1)}，对吗"
        return InContext(reread(full), [f"接上题：按“{full}”理解"], remember_as=conv.last_question)
    if q.intent == "checks":
        return InContext(q)
    pointing = _POINTING.search(q.text)
    if pointing and q.text != pointing.group(0):  # 洪泽24年这个比例呢: the rest of the question is what changes
        q = reread(q.text[: pointing.start()] + q.text[pointing.end() :])
    level = ([None] + list(_LEVEL_REF.finditer(q.text)))[-1]  # 不是市里的，区里那个: the last level named
    if level and not q.mentions and conv.last_agencies:  # 不是市里的 区里那个: that level's government of the same place
        other = _same_place_government(level.group(1), conv.last_agencies[0], catalog, names)
        if other is not None:
            q = reread(other + q.text[level.end() :] if not q.text[level.end() :].startswith("呢") else other + "呢")
    if len(conv.options) == 1 and not q.mentions and not q.unknown_agency and not q.unknown_place:
        # 平谭…？ asked back with one candidate, then 22年的: the follow-up goes on with that candidate
        label, question = conv.options[0]
        conv.last_question, conv.options = question, []
        read = read_in_context(q.text, q, conv, reread, catalog, names, held)
        read.notes.append(f"按上一句提示的“{label}”理解")
        return read
    if _LIKEWISE.search(q.text) and _RANK_WORDS.search(q.text) and not _RANK_WORDS.search(conv.last_question):
        # 行政许可也这样排一下: the last ranking asked, with this figure
        ranking = next((h for h in reversed(conv.history) if _RANK_WORDS.search(h)), None)
        if ranking is not None:
            conv.last_question = ranking
    if _BACK.match(q.text) and q.mentions:
        ids = {i for m in q.mentions for i in m.agency_ids}
        earlier = next((h for h in reversed(conv.history) if ids & {i for m in catalog.mentions(h) for i in m.agency_ids}), None)
        if earlier is not None:
            conv.last_question = earlier
    pronoun = PRONOUN.match(q.text)
    if pronoun and conv.last_agencies and not q.mentions:  # 它的复议维持率: the agency the last answer put first
        return _pronoun(pronoun, q, conv, reread, catalog)
    if q.unread and not _TWO_PLACES.match(q.text):  # a word not understood is never carried past by filling in
        return InContext(q)
    across = q.intent in ("total", "rank") and not _ACROSS.search(q.text)  # 两类加起来总共多少: still the last agency's
    whom_left_out = not q.mentions and (q.intent in ("lookup", "trend", "change") or BOTH.search(q.text) or across
                                         or not q.metrics and q.intent in ("narrative", "unknown")) and not (
        q.level or q.sector or q.unknown_agency or q.unknown_place or q.province)
    figure_left_out = q.mentions and not q.metrics and q.intent == "narrative"  # 平潭比洪泽24年多多少: the last figure
    if not looks_like_followup(question) and len(q.text) > 8 and not whom_left_out and not figure_left_out:
        return InContext(q)
    full = carry_over(conv.last_question, q, catalog, conv.years_seen, conv.agencies_seen, conv.listed, conv.listed_at)
    if full is None and not q.mentions and (q.unknown_agency or q.unknown_place or q.intent == "unknown"):
        written = _FOLLOW_END.sub("", _FOLLOW_START.sub("", q.text))
        prev_mentions = catalog.mentions(conv.last_question)
        unheld = None if prev_mentions else _unheld_name(conv.last_question, catalog)
        if 2 <= len(written) <= 8 and (prev_mentions or unheld) and not find_metrics(written):  # 淮按市府呢: asked back whole
            start, end = ((prev_mentions[0].start, prev_mentions[0].end) if prev_mentions
                          else (conv.last_question.index(unheld), conv.last_question.index(unheld) + len(unheld)))
            full = conv.last_question[:start] + written + conv.last_question[end:]
            return InContext(reread(full), [f"接上题：按“{full}”理解"])
    if full is None:
        if q.mentions and (q.metrics or q.intent != "lookup"):
            return InContext(q)
        conv.last_agencies = []  # after a question we could not tie, 它 no longer points anywhere
        return InContext(q, declined=f"这句没能和上一个问题（“{conv.last_question}”）接上，请把单位、年份和要问的数字说完整",
                         declined_notes=["例如：洪泽区2023年收到多少申请"])
    said = _CLAIM_AGAIN.search(q.text)
    if said and q.metrics:  # 部分公开写的8件: the carried figure, checked against that number
        full, remember = f"{full}，有报道称{said.group(1)}，对吗", full
        return InContext(reread(full), [f"接上题：按“{full}”理解"], remember_as=remember)
    carried = reread(full)
    ids = {i for m in carried.mentions for i in m.agency_ids}
    if q.mentions and not q.years and carried.years and len(ids) == 1 and not _SAME_YEAR.search(q.text):
        years = held.get(next(iter(ids)), {})
        if years and not set(carried.years) & set(years):  # 平潭呢 (2022 only) after a 2024 question
            plain = full
            for s, e in sorted(carried.time_spans, reverse=True):
                plain = plain[:s] + plain[e:]
            name = names[next(iter(ids))]
            note = f"接上题：按“{plain}”理解（{name}没有{'、'.join(map(str, carried.years))}年的年报，用它最新的一份）"
            return InContext(reread(plain), [note])
    return InContext(carried, [f"接上题：按“{full}”理解"])


def _same_place_government(level: str, last: str, catalog: AgencyCatalog, names: dict[int, str]) -> str | None:
    """The one government of `level` (市/区/县/镇) whose name shares the place of `last`, or None."""
    regions = split_regions(last)[0]
    if not regions:
        return None
    place = regions[0]
    want = level_of(level)
    found = [n for i, n in names.items() if "人民政府" in n and n != last and catalog.agencies[i].level == want
             and (place in n or any(place in r for r in split_regions(n)[0]))]
    return found[0] if len(found) == 1 else None


def _pronoun(pronoun: re.Match, q: Query, conv: Conversation, reread: Callable[[str], Query],
             catalog: AgencyCatalog) -> InContext:
    """它/这家 → the agency the last answer put first; 它们 → every agency it showed; 第二名 → the second."""
    years = "" if q.years else "、".join(f"{y}年" for y in read_period(conv.last_question).years)
    plural = pronoun.group(1) in _PLURAL
    if plural and len(conv.last_agencies) < 2:  # 它们 after one agency was shown: which ones is not known
        return InContext(q, declined="“它们”指哪几个单位没能确定，请写出单位名称")
    ordinal = _ORDINAL.search(pronoun.group(1))
    place = _cn_number(ordinal.group(1)) if ordinal else 1
    if pronoun.group(1) in ("前者", "后者"):  # of the last two shown
        ordinal, place = True, (1 if pronoun.group(1) == "前者" else 2)
    among = conv.listed if ordinal and conv.listed else conv.last_agencies
    if place > len(among):
        return InContext(q, declined=f"前面的回答里没有“{pronoun.group(1)}”（只列了{len(among)}个），请写出单位名称")
    who = "和".join(conv.last_agencies) if plural else among[place - 1]
    rest = q.text[pronoun.end() :]
    if pronoun.group(1) == "它" and conv.last_part and re.match(r"(?:的)?(?:占|在|比|是)", rest):
        who += conv.last_part  # 它占不予公开的比例 after 哪个理由最多: the part just named
    if not q.years and not plural:  # the year it was shown for (平潭: its 2022 report)
        shown = [conv.listed_at[place - 1]] if ordinal and conv.listed else conv.years_of.get(who, [])
        years = "、".join(f"{y}年" for y in shown) or years
    full = who + years + re.sub(r"^(?:里面|里头|当中|中|的)+", "", q.text[pronoun.end() :])
    named = reread(full)
    said = f"接上题：“{pronoun.group(1)}”指{who}"
    if not named.metrics and not named.unread:  # 它里面纠正几件: the rest of the last question carries over too
        carried = carry_over(conv.last_question, named, catalog, conv.years_seen, conv.agencies_seen)
        if carried:
            return InContext(reread(carried), [f"{said}，按“{carried}”理解"])
    return InContext(named, [f"{said}，按“{full}”理解"])


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
               listed_at: list[int] | None = None) -> str | None:
    """The follow-up `new` written out in full with what it leaves out taken from `prev`, or None
    when it names nothing that could change in `prev` (then it is not a follow-up we understand).

    Each step reads one kind of follow-up; the first that applies writes the question out."""
    f = _FollowUp(_without_claim(prev), new, catalog, years_seen or [], agencies_seen or [], listed or [], listed_at or [])
    for step in (_newest_year, _share_of_last, _the_two_years, _year_step, _two_places, _than_the_last, _comparison,
                 _exclusion, _place_in_ranking, _the_two_agencies, _agencies_on_the_last_figure, _own_question):
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
    if _LAST_YEAR_WORDS.fullmatch(other) or _LAST_YEAR_WORDS.fullmatch(re.sub(r"的?(?:数字?|情况)$", "", other)):
        # 比上年: the year before the one asked about (not before today)
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
    if cmp_.group(2) and not f.new.mentions and not other_years and metric_spans(other):
        return _question_stem(f.prev) + "比" + other + cmp_.group(2)  # 比上年结转多了多少: another row of that report
    return None


_TWO_PLACES = re.compile(r"^(?:那)?第([一二三四五六七八九十\d]+)名?(?:和|与|跟|比)(?:第([一二三四五六七八九十\d]+)名?|(最后一名|倒数第一名?|最后))"
                         r"(?:相比)?(差多少|相差多少|差几件|差距多大|多多少|多几件)")


def _two_places(f: _FollowUp):
    """第一和最后一名差多少 after a ranking: the difference of those two, each in its own year."""
    m = _TWO_PLACES.match(f.text)
    if not m:
        return _PASS
    if len(f.listed) < 2 or re.search(r"最少|最低|最小|倒数|从少到多|从低到高|从小到大", f.prev):
        return None  # 第二名 of a list from the least up is not said plainly: not guessed
    a = _cn_number(m.group(1))
    b = len(f.listed) if m.group(3) else _cn_number(m.group(2))
    if not (1 <= a <= len(f.listed) and 1 <= b <= len(f.listed)) or a == b:
        return None
    names = "和".join(f"{f.listed[i - 1]}{f.listed_at[i - 1]}年" for i in (a, b))
    stem = f.prev
    for men in sorted(f.prev_mentions, key=lambda x: -x.start):
        stem = stem[: men.start] + stem[men.end :]
    for s, e in sorted(f.prev_period.consumed, reverse=True):
        stem = stem[:s] + stem[e:]
    rows = "".join(stem[s:e] for s, e in metric_spans(stem, generic=True))
    return names + rows + "相差多少" if rows else None


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
    return _question_stem(_put_in(f.prev, spans, new_row)) + f"比{last_row}{m.group(1)}多少"


def _agencies_on_the_last_figure(f: _FollowUp):
    """平潭比洪泽24年多多少 after a question about 行政许可: the agencies named, on the last figure."""
    if len(f.new.mentions) < 2 or f.new.metrics or _RANK_WORDS.search(f.text):
        return _PASS
    words = "".join(f.prev[s:e] for s, e in sorted(metric_spans(f.prev, generic=True) + column_spans(f.prev)))
    if not words:
        return None
    at = re.search(r"多多少|少多少|差多少|相差|差几|多几|少几|比较|对比|哪个多|哪个少|谁多|谁少|各多少|分别|呢|[?？。]|$", f.text)
    return f.text[: at.start()] + words + f.text[at.start() :]


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
    if column_spans(f.text) and not PARTS_SUM.search(f.text):  # 各项加起来 → 纠正了几件: one cell now, not a sum of parts
        out = PARTS_SUM.sub("", out)
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
        unheld = _unheld_name(f.prev, f.catalog)  # 清江浦区…几件 (not held), then 淮安市府呢: in its place
        if unheld is None or unheld not in out:
            return None
        return out.replace(unheld, "".join(f.text[m.start : m.end] for m in f.new.mentions[:1]), 1)
    who = _same_kind(f) or "".join(f.text[m.start : m.end] for m in f.new.mentions[:1])
    first, rest = f.prev_mentions[0], f.prev_mentions[1:]
    for m in reversed(rest):
        out = out[: m.start] + out[m.end :]
    return out[: first.start] + who + out[first.end :]


def _unheld_name(text: str, catalog: AgencyCatalog) -> str | None:
    """The agency or place a question named that we hold nothing of (杭州市财政局, 清江浦区), or None."""
    named = catalog.unknown_agency(text, catalog.mentions(text))
    if named:
        return named
    place = re.search(r"^(?:那)?([\u4e00-\u9fff]{2,4}?(?:市|区|县|镇|乡|街道))", text)
    return place.group(1) if place and not catalog.knows_place(place.group(1)) else None


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
    old_rows = {m.key.split("/")[0] for s, e in spans for m in find_metrics(out[s:e])}
    out = _put_in(out, spans, words)
    new_rows = {m.key.split("/")[0] for m in find_metrics(words)}
    outcome = set(OUTCOME_GROUPS)
    sibling = old_rows and new_rows and old_rows <= outcome and new_rows <= outcome  # 予以公开率 → 部分公开的呢
    if not f.new.ratio and not sibling:  # 办结率 → 转到下一年的呢: the count of the new row, not a rate of it
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
_RANK_WORDS = re.compile(r"前[二三四五六七八九十\d]+(?:名|个|家|位)?|从高到低|从低到高|从多到少|从少到多|排行|排一下|排个序|排序|排名|最多|最少|最高|最低|最大|最小|第[二三四五六七八九十\d]+(?:多|少|高|低|名|位)|第[二三四五六七八九十\d]+(?=呢|的|$)")
_CHANGE_WORDS = re.compile(r"(?:降|少|减少|下降|升|涨|多|增加|增长|上升)了?(?:百分之多少|百分之几|多少|几件|几个|几)|增幅|涨幅|降幅|增长率")
_DIFF_WORDS = re.compile(r"差多少|差几件|差几个|差几|相差多少|差距多大|差距")
_OPERATION = re.compile(r"占比|比例|百分比|纠错率|纠正率|维持率|办结率|一共|合计|加起来|" + _RANK_WORDS.pattern + "|"
                        + _CHANGE_WORDS.pattern + "|" + _DIFF_WORDS.pattern)


# The words of a claim (有人说…超过九成…，对吗): a follow-up asks about the figure, not about the claim again
_CLAIM_PARTS = re.compile(r"^(?:有人说|有报道说|据报道|报道称|听说|据说|网上说|某报称)[,，]?|"
                          r"[,，]?有报道称[\d.]+|(?:超过|多于|高于|大于|不止|不到|少于|低于|小于|不足)?"
                          r"(?:\d+(?:\.\d+)?[%％]|百分之[\d.一二三四五六七八九十点]+|[一二三四五六七八九十]成)|"
                          r"[,，]?(?:对吗|对不对|属实吗?|是吗|是不是真的|是真的吗)[?？。]*$")


def _without_claim(text: str) -> str:
    return _CLAIM_PARTS.sub("", text)


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
