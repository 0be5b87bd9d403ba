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
from dataclasses import dataclass, field, fields

from rapidfuzz import fuzz

from bot.answer import Option
from bot.follow_up import (
    BOTH,
    COMPARE,
    FOLLOW_START,
    NEXT_YEAR,
    PREV_YEAR,
    RANK_WORDS,
    TWO_PLACES,
    carry_over,
    cn_number,
    unheld_name,
)
from bot.match import AgencyCatalog, level_of
from bot.rows import column_spans, find_metrics, metric_spans
from bot.understand import Query, normalise_question
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
    first_agency: str = ""  # the agency this conversation first asked about (第一个问的那家)
    history: list[str] = field(default_factory=list)  # the questions answered before the last one, newest last

    def __setstate__(self, state: dict) -> None:
        """A conversation pickled by an older version (Telegram persistence) gets the fields added since."""
        self.__dict__.update({f.name: getattr(Conversation(), f.name) for f in fields(Conversation)} | state)

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
            self.first_agency = self.first_agency or agencies[0]
            self.years_of = {a: sorted({f.year for f in figures if f.agency == a}) for a in agencies}
            if len({(f.agency, f.year) for f in figures}) >= 2:  # 第二个 / 第一和最后一名: places in the list shown
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
PRONOUN = re.compile(r"^(?:那么?|好了?|好的|行|对了)?(它们|他们|这几家|这些单位|它|刚才那个|刚才那项|上面那个|这家|那家|该单位|这个单位|那个单位|这个机关|该机关|"
                     r"(?:排名?)?第[一二三四五六七八九十\d]+(?:名|个|位|家)?(?:那家|那个|那位|(?=的|呢|里|中|$))|排(?:名)?第[一二三四五六七八九十\d]+的|前者|后者)(?:的)?")
_ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)")
# 不对吧，我记得是17件 / 应该是3050吧: a number held against the last answer
_CLAIM_AGAIN = re.compile(r"(?:记得|听说|看到|报道|应该是|明明|不是|好像是|印象中|据说|写的|写着|写了|写成|写|称)[^，。？?\d]{0,6}?(\d+(?:\.\d+)?)")
# 这个比例 / 这个数: the figure just asked, named by pointing at it (says nothing that changes)
_POINTING = re.compile(r"(?:按)?同(?:一个|样的?|一)(?:比例|算法|口径|指标)|这个比例|这一比例|这个比率|这个数字?|这一项|这项|这个指标")
# 不是市里的，区里那个: a government of another level in the same place
_LEVEL_REF = re.compile(r"(市|区|县|镇|乡)(?:里|级|上|政府|府)(?:的|那个|那家|那份)?")
# 好，回到平潭: back to what was asked about that agency before the last question
_BACK = re.compile(r"^(?:好的?|对了|行|那)?(?:回到|说回|再回到|再说回)")
_FOLLOW_END = re.compile(r"(的?呢|怎么样|如何|咋样|又是多少|是多少呢?|多少呢)[?？。!！]*$")
_PICK_NUMBER = re.compile(r"^(?:选|要|就|是)?(?:第)?(\d+|[一二三四五六七八九十两])(?:个|项|家|位|号)?(?:吧|吗)?$")
_LEVEL_GOV = re.compile(r"^(?:那个|是|要|选)?(?:(市|区|县|镇|乡)(?:人民)?政府|(市|区|县)府)(?:的|那个)?(?:呢|吧)?$")
_LEVEL_ANY = re.compile(r"^(?:那个|是|要|选)?(市|区|县)(?:局|里的?|级的?|里那个|级那个)(?:的|那个)?(?:呢|吧)?$")
_PICK_FILLER = re.compile(r"那个|那一个|那家|那一家|的那个|这个|的|吧|呀|啊|选|要|是|就|我说的是|我问的是|我指的是|[，。,.!！?？ ]")


def pick_option(text: str, conv: Conversation, catalog: AgencyCatalog, names: dict[int, str]) -> str | None:
    """The question of the option `text` picks among the last ones offered, or None."""
    if not conv.options:
        return None
    q = normalise_question(text)
    m = _PICK_NUMBER.match(q)
    if m:
        n = cn_number(m.group(1))
        return conv.options[n - 1][1] if 1 <= n <= len(conv.options) else None
    if len(q) > 16 or read_period(q).years or find_metrics(q):
        return None  # 23年淮安市府的: more than a name, so not a pick (the year would be lost)
    labels = [label for label, _ in conv.options]
    # by an agency form the catalog knows (发改委, 安康): the options naming one of its agencies
    ids = {i for men in catalog.mentions(q) for i in men.agency_ids}
    by_name = [k for k, label in enumerate(labels) if any(names.get(i) == label for i in ids)]
    if len(by_name) == 1:
        return conv.options[by_name[0]][1]
    # 市政府 / 区府: the one government of that level among the options; 市局 / 区里的: the one option of that level
    for pattern, governments_only in ((_LEVEL_GOV, True), (_LEVEL_ANY, False)):
        level = pattern.match(q)
        if level:
            ids_of = {v: k for k, v in names.items()}
            want = level_of(next(g for g in level.groups() if g))
            same = [k for k, label in enumerate(labels) if label in ids_of and (not governments_only or "人民政府" in label)
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
    return bool(FOLLOW_START.search(q) or _FOLLOW_END.search(q) or COMPARE.match(q) or PREV_YEAR.match(q)
                or NEXT_YEAR.match(q) or _LIKEWISE.search(q))


# Words that choose agencies across the index (各单位, 哪家, 排名): without them a total or ranking asked in a
# conversation is about what the conversation is about
_ACROSS = re.compile(r"各单位|各家|几份|份报告|份年报|这些报告|模板|版的|各个单位|各部门|所有|全部|哪家|哪个单位|哪个部门|哪些|谁|库里|库中|几家|几个单位|各地|全国|全省")
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
    choices: list[Option] = field(default_factory=list)  # with `declined`: the readings offered to pick from
    remember_as: str = ""  # what the conversation goes on from, when not this question (a claim checked)
    bare_sum: bool = False  # a follow-up asking only to add up: one figure is not its answer


_OPERATION_WORD = re.compile(r"多少|几|占比|比例|率|加起来|合计|一共|排|最多|最少|差|变化|增|减|对不对|对吗")
_BARE_GAP = re.compile(r"^(?:那)?(?:两者|二者|它们|两个)?(?:相)?(?:差多少|差几件|差了多少|差距多大)[?？。]*$")
_THESE_TWO = re.compile(r"^(?:那)?(?:这|上面|刚才|前面)(?:的)?(?:两|2)(?:项|类|种|个数|个)(?:的)?")
_FIRST_ASKED = re.compile(r"^(?:那)?(?:第一个|最开始|一开始|刚开始|最早|最先)(?:问的|问到的|说的)(?:那家|那个单位|那个|单位)?(?:的)?")
_RATE_WORDS = re.compile(r"率|比例|占比|比率|比重|百分")
_ADDED = re.compile(r"^(?:那)?(?:(?:把|将)(.+?)也?(?:加进来|加进去|算上|算进来|放进来)|(.+?)也(?:算上|加进来|算进来|放进来))(?:一起)?(.*)$")
_THAN_IT = re.compile(r"比(它|这个|上面那个|前面那个|刚才那个)")
_AGAINST = re.compile(r"^(?:那)?(?:跟|和|与|同)(?!比)")
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
    added = _ADDED.match(q.text)
    if added and q.mentions and catalog.mentions(conv.last_question):  # 把淮安市政府24年也加进来排一下
        rest = added.group(3) if not RANK_WORDS.search(conv.last_question) else ""
        full = (added.group(1) or added.group(2)) + "和" + conv.last_question + rest
        return InContext(reread(full), [f"接上题：按“{full}”理解"])
    than_it = _THAN_IT.search(q.text)
    if than_it and q.mentions and conv.last_agencies:  # 平潭的…比它多多少: 它 is the agency just shown, in its year
        who = conv.last_agencies[0]
        full = q.text[: than_it.start()] + "比" + who + "".join(f"{y}年" for y in conv.years_of.get(who, [])[:1]) + q.text[than_it.end() :]
        return InContext(reread(full), [f"接上题：“{than_it.group(1)}”指{who}，按“{full}”理解"])
    against = _AGAINST.match(q.text)
    if against and q.mentions and q.metrics and conv.last_agencies and "比" in q.text[against.end() :]:
        # 跟洪泽区2024年比，哪个行政诉讼多: the conversation's agency against the one named
        who = conv.last_agencies[0]
        if who not in {names.get(i) for m in q.mentions for i in m.agency_ids}:
            full = who + "".join(f"{y}年" for y in conv.years_of.get(who, [])[:1]) + q.text
            return InContext(reread(full), [f"接上题：按“{full}”理解"])
    if not conv.last_question or (q.mentions and q.metrics) or q.intent in ("help", "list_agencies", "search"):
        return InContext(q)
    again = _CLAIM_AGAIN.search(q.text)
    if again and not q.mentions and not q.metrics and not q.years:  # 不对吧，我记得是17件: the last figure, checked
        full = f"{conv.last_question}，有报道称{again.group(1)}，对吗"
        return InContext(reread(full), [f"接上题：按“{full}”理解"], remember_as=conv.last_question)
    if q.intent == "checks" and not (q.metrics and not q.mentions):  # 各项加起来对得上吗 with a figure: carried over
        return InContext(q)
    first = _FIRST_ASKED.match(q.text)
    if first and conv.first_agency and not q.mentions:  # 第一个问的那家: the agency this conversation began with
        q = reread(conv.first_agency + q.text[first.end() :])
    two = _THESE_TWO.match(q.text)
    gap = _BARE_GAP.match(q.text)
    if (two or gap and not q.metrics) and not q.mentions and not q.years:
        rows = _last_two_rows(conv, catalog, names)  # the figures of the last two questions, of one report
        if rows:
            head, before, last = rows
            full = (f"{head}{before}加{last}{q.text[two.end() :]}" if two
                    else f"{head}{before}比{last}多多少")  # 这两项加起来… / 差多少
            return InContext(reread(full), [f"接上题：按“{full}”理解"])
    pointing = _POINTING.search(q.text)
    if pointing and q.text != pointing.group(0):  # 洪泽24年这个比例呢: the rest of the question is what changes
        q = reread(q.text[: pointing.start()] + q.text[pointing.end() :])
    level = ([None] + list(_LEVEL_REF.finditer(q.text)))[-1]  # 不是市里的，区里那个: the last level named
    if level and not q.mentions and conv.last_agencies:  # 不是市里的 区里那个: that level's government of the same place
        ids_of = {n: i for i, n in names.items()}
        at = catalog.government_at(level.group(1), ids_of[conv.last_agencies[0]]) if conv.last_agencies[0] in ids_of else None
        other = names[at] if at is not None else None
        if other is not None:
            q = reread(other + q.text[level.end() :] if not q.text[level.end() :].startswith("呢") else other + "呢")
    if len(conv.options) == 1 and not q.mentions and not q.unknown_agency and not q.unknown_place:
        # 平谭…？ asked back with one candidate, then 22年的: the follow-up goes on with that candidate
        label, question = conv.options[0]
        conv.last_question, conv.options = question, []
        read = read_in_context(q.text, q, conv, reread, catalog, names, held)
        read.notes.append(f"按上一句提示的“{label}”理解")
        return read
    if _LIKEWISE.search(q.text) and RANK_WORDS.search(q.text) and not RANK_WORDS.search(conv.last_question):
        # 行政许可也这样排一下: the last ranking asked, with this figure
        ranking = next((h for h in reversed(conv.history) if RANK_WORDS.search(h)), None)
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
    if q.unread and not TWO_PLACES.match(q.text):  # a word not understood is never carried past by filling in
        return InContext(q)
    across = q.intent in ("total", "rank") and not _ACROSS.search(q.text)  # 两类加起来总共多少: still the last agency's
    # a fragment with nothing to carry (稍等，领导叫我) is not a follow-up: only one naming a year, a column, an
    # operation, or said as a follow-up (那…呢) takes the rest of the last question
    fragment = not q.metrics and q.intent in ("narrative", "unknown") and bool(
        q.years or column_spans(q.text) or _OPERATION_WORD.search(q.text) or looks_like_followup(question))
    whom_left_out = not q.mentions and (q.intent in ("lookup", "trend", "change", "checks") or BOTH.search(q.text) or across
                                         or fragment) and not (
        q.level or q.sector or q.unknown_agency or q.unknown_place or q.province)
    # 平潭比洪泽24年多多少: the last figure (a question naming a column or share of its own is not one)
    figure_left_out = q.mentions and not q.metrics and q.intent == "narrative" and not q.ratio
    carryable = bool(q.years or q.metrics or q.mentions or column_spans(q.text) or _OPERATION_WORD.search(q.text))
    if not looks_like_followup(question) and (len(q.text) > 8 or not carryable) and not whom_left_out and not figure_left_out:
        return InContext(q)
    full = carry_over(conv.last_question, q, catalog, conv.years_seen, conv.agencies_seen, conv.listed, conv.listed_at)
    if full is None and not q.mentions and not q.years and (q.unknown_agency or q.unknown_place or q.intent == "unknown"):
        written = _FOLLOW_END.sub("", FOLLOW_START.sub("", q.text))
        prev_mentions = catalog.mentions(conv.last_question)
        unheld = None if prev_mentions else unheld_name(conv.last_question, catalog)
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
    bare_row = re.sub(r"[?？。!！的]", "", q.text)
    if (q.metrics and not q.mentions and not q.years and _RATE_WORDS.search(conv.last_question)
            and not _RATE_WORDS.search(q.text) and metric_spans(bare_row) == [(0, len(bare_row))]):
        # 纠错率 → 诉讼 (one word): its count, or the same rate of it? Both are asked about; neither is guessed
        count = reread(full)
        plain = re.sub(r"(?:纠错率|纠正率|维持率|办结率|公开率|比例|占比|比率|比重)(?:是多少|多少)?$", "", full)
        if plain != full and count.metrics:
            return InContext(q, declined=f"“{q.text}”是问件数，还是同样问比例？",
                             choices=[Option(f"{bare_row}的件数", plain + "多少件"), Option(f"{bare_row}的比例", full)])
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
    # 加起来 with nothing named: it must come out as a sum of two or more figures, or it was not understood
    return InContext(carried, [f"接上题：按“{full}”理解"], bare_sum=q.add_up and not q.metrics and not q.mentions)


def _last_two_rows(conv: Conversation, catalog: AgencyCatalog, names: dict[int, str]) -> tuple[str, str, str] | None:
    """(agency and years, row asked before, row asked last) when the last two questions asked two rows of
    one report, else None."""
    if not conv.history:
        return None
    texts = (conv.history[-1], conv.last_question)
    who = [{i for m in catalog.mentions(t) for i in m.agency_ids} for t in texts]
    when = [read_period(t).years for t in texts]
    rows = ["".join(t[s:e] for s, e in metric_spans(t)) for t in texts]
    if not (len(who[1]) == 1 and who[0] == who[1] and when[0] == when[1] and all(rows) and rows[0] != rows[1]):
        return None
    return names[min(who[1])] + "".join(f"{y}年" for y in when[1]), rows[0], rows[1]


def _pronoun(pronoun: re.Match, q: Query, conv: Conversation, reread: Callable[[str], Query],
             catalog: AgencyCatalog) -> InContext:
    """它/这家 → the agency the last answer put first; 它们 → every agency it showed; 第二名 → the second."""
    years = "" if q.years else "、".join(f"{y}年" for y in read_period(conv.last_question).years)
    plural = pronoun.group(1) in _PLURAL
    if plural and len(conv.last_agencies) < 2:  # 它们 after one agency was shown: which ones is not known
        return InContext(q, declined="“它们”指哪几个单位没能确定，请写出单位名称")
    ordinal = _ORDINAL.search(pronoun.group(1))
    place = cn_number(ordinal.group(1)) if ordinal else 1
    if not plural and not ordinal and pronoun.group(1) not in ("前者", "后者") and len(conv.last_agencies) > 1:
        # 它 after an answer about two agencies: which one is meant is asked, not guessed
        rest = re.sub(r"^(?:里面|里头|当中|中|的)+", "", q.text[pronoun.end() :])
        return InContext(q, declined=f"“{pronoun.group(1)}”指哪一个？",
                         choices=[Option(a, a + years + rest) for a in conv.last_agencies[:10]])
    if pronoun.group(1) in ("前者", "后者"):  # of the last two shown
        ordinal, place = True, (1 if pronoun.group(1) == "前者" else 2)
    among = conv.listed if ordinal and conv.listed else conv.last_agencies
    if place > len(among):
        return InContext(q, declined=f"前面的回答里没有“{pronoun.group(1)}”（只列了{len(among)}个），请写出单位名称")
    who = "和".join(conv.last_agencies) if plural else among[place - 1]
    rest = q.text[pronoun.end() :]
    if pronoun.group(1) in ("它", "刚才那个", "刚才那项", "上面那个") and conv.last_part and re.match(r"(?:的)?(?:占|在|比|是)", rest):
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
