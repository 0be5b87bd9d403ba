"""Words that point at a part of the talk, written out before the steps read the question: one of the
two years just set side by side (后面这年), one of the two agencies by size (小的那家), a bare 纠错率 of the
kind the talk is on, bare 结果 of the thread's row, 三项合计 of the parts just listed, a total doubted against
its parts, a shared name said with 那个, and 刚才那个总数 of an agency. Each returns the question written out,
or None when its words are not there.
"""

from __future__ import annotations

import re

from bot.in_context.thread import Thread, own_columns, year_of
from bot.rows import BY_KEY, METRICS
from bot.understand import Query
from bot.when import read_period

_EARLIER_TOTAL = re.compile(r"(?:刚才|前面|上面|之前)(?:的)?(?:那个|这个)(?:合计|总数|总和|总量)")


def earlier_total_of_the_agency(q: Query, t: Thread) -> Query | None:
    """淮安不予处理总共 → 洪泽同项 → 淮安刚才那个总数占它办结的多少: the row of the total asked of that agency
    most recently (its own total, one row), in its place."""
    said = _EARLIER_TOTAL.search(q.text)
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not (said and len(ids) == 1 and all(m.end <= said.start() for m in q.mentions)):
        return None
    for before in [t.conv.last_question, *reversed(t.conv.history)]:
        read = t.reread(before) if before else None
        if read is None or {i for m in read.mentions for i in m.agency_ids} != ids:
            continue
        if len(read.metrics) != 1 or read.ratio or read.difference or not [m for m in METRICS if m.parent == read.metrics[0].key]:
            return None  # (the last question of that agency was no total of one row: which total is not plain)
        return t.reread(q.text[: said.start()] + read.metrics[0].label + q.text[said.end() :])
    return None


def the_unit_of_the_talk(q: Query, t: Thread) -> Query | None:
    """北戴河的部分公开呢 (answered) → 自然资源和规划局那个: a name several units share, said with 那个, is the one of
    them this talk is on (never one picked from those not talked of)."""
    ambiguous = [m for m in q.mentions if m.kind != "region" and len(set(m.agency_ids)) > 1]
    if len(ambiguous) != 1 or len(q.mentions) != 1 or t.conv.options:
        return None
    m = ambiguous[0]
    if not re.match(r"(?:的)?(?:那个|那家|那一家)", q.text[m.end :]):
        return None
    seen = [i for i in dict.fromkeys(m.agency_ids) if t.names.get(i) in t.conv.agencies_seen]
    if len(seen) != 1:
        return None
    name = t.names[seen[0]]
    read = t.reread(q.text[: m.start] + name + re.sub(r"^(?:的)?(?:那个|那家|那一家)", "", q.text[m.end :]))
    read.assumed.append(f"“{m.text}那个”按{name}理解（对话里说到的只有这一家）")
    return read


def total_doubted_against_its_parts(q: Query, t: Thread) -> Query | None:
    """它二三年维持几个 → 那年总计咋是0 加一块不是这个数吧: the printed total of the row the talk is on, doubted,
    against its parts added (the check, never the last cell with the 0 taken for a claim)."""
    if not (re.search(r"总计|总数", q.text) and re.search(r"加一块|加起来|加在一起|加一起|各项|分项", q.text)
            and re.search(r"不是|对不上|对得上|不对|咋|怎么|为什么|为啥", q.text)):
        return None
    conv = t.conv
    if q.mentions or q.metrics or len(conv.last_agencies) != 1 or not conv.last_question:
        return None
    rows = {m.key for m in t.reread(conv.last_question).metrics if m.key in BY_KEY}
    if len(rows) != 1 or not [m for m in METRICS if m.parent == next(iter(rows))] and not own_columns(conv.last_question):
        return None
    who = conv.last_agencies[0]
    year = f"{q.years[0]}年" if len(q.years) == 1 else year_of(conv, who)
    return t.reread(f"{who}{year}{BY_KEY[next(iter(rows))].label}各项加起来跟总计对得上吗")


_BY_SIZE = re.compile(r"^(?:那)?(?:两家里|这两家里|其中)?(?:数字?)?(?:较|更)?(?P<way>多|大|高|少|小|低)的(?:那|这)(?:一)?家(?:单位)?")


def one_of_two_by_size(q: Query, t: Thread) -> Query | None:
    """淮安、洪泽本机关不掌握各是多少 → 小的那家，这项占它总数多少: of the two just listed, by their figures (never
    where they tie, or where a ranking was shown: that is read from the ranking)."""
    said = _BY_SIZE.match(q.text)
    conv = t.conv
    if not said or q.mentions or conv.ranked or len(conv.listed) != 2 or len(set(conv.listed)) != 2:
        return None
    if re.search(r"(?:多|大|高|少|小|低)的|另一家|另外", q.text[said.end() :]):
        return None  # (高的那家比低的多多少: both ends, read as a gap further on)
    values = conv.listed_values
    if len(values) != 2 or None in values or values[0] == values[1]:
        return None
    big = 0 if values[0] > values[1] else 1
    who = conv.listed[big if said.group("way") in "多大高" else 1 - big]
    return t.reread(who + q.text[said.end() :])


_N_PARTS_ADDED = re.compile(r"(?:这|那)?(?P<n>[两二三四五六七八九])(?:项|类|种)(?:的)?(?:合计|加起来|之和|总和|加在一起|合起来|相加)(?=(?:的)?占)")


def parts_just_listed_as_their_row(q: Query, t: Thread) -> Query | None:
    """淮安24年其他处理三项分别多少 → 三项合计占淮安办理总数的比例: all the parts of the row just listed, added, are
    that row (its own total is read, and checked against them, as always)."""
    said = _N_PARTS_ADDED.search(q.text)
    last = t.conv.last_question
    if not (said and last and q.ratio and re.search(r"各项|分别|各是|各多少", last)):
        return None
    rows = t.reread(last).metrics
    parts = [m for m in METRICS if len(rows) == 1 and m.parent == rows[0].key]
    if len(parts) != {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}[said.group("n")]:
        return None
    return t.reread(q.text[: said.start()] + rows[0].label + q.text[said.end() :])


def results_of_the_thread_row(q: Query, t: Thread) -> Query | None:
    """复议维持几件 → 纠正呢 → 总计对不上，你把结果各项加一下: bare 结果 is the outcomes of the row the talk is on
    (read on its own it is 表三's 办理结果)."""
    said = re.search(r"(?<!办理)结果(?:的)?(?=那几项|这几项|那几个|这几个|那几类|各项)", t.question)
    last = t.conv.last_question
    if not (said and last and "办理结果" in q.text and not re.search(r"办理结果|答复|申请", t.question)):
        return None
    kinds = {m.key.split("/")[0] for m in t.reread(last).metrics}
    if len(kinds) != 1 or not kinds <= {"行政复议", "行政诉讼"}:
        return None
    return t.reread(q.text.replace("办理结果", next(iter(kinds)), 1))


def rate_of_the_thread_kind(q: Query, t: Thread) -> Query | None:
    """复议纠错率是多少 → 同一年洪泽区的纠错率跟它差了多少: a bare 纠错率 is of the kind (复议 or 诉讼) the talk is on."""
    last = t.conv.last_question
    # (两家纠错率差几个百分点: the two of the talk, their rates of that kind too)
    if not (last and (q.mentions or re.search(r"两家|两个单位|两边|俩|二者|两者", q.text))
            and re.search(r"(?<![个那这])(?:的)?(?:纠错率|纠正率)", q.text) and not re.search(r"复议|诉讼|官司|起诉|那个|这个|刚才", q.text)):
        return None
    kinds = [k for k in ("复议", "诉讼") if k in last]
    if len(kinds) != 1:
        return None
    return t.reread(re.sub(r"(?:的)?(纠错率|纠正率)", f"的{kinds[0]}\\1", q.text, count=1))


_ONE_OF_TWO_YEARS = re.compile(r"(前面|后面|前边|后边|头一|后一)(?:的)?(?:这|那)?(?:一)?年(?!度?结转)(?:的)?")


def one_of_two_years(q: Query, t: Thread) -> Query | None:
    """…提高了几个百分点 (2023 and 2024) → 后面这年予以公开的具体几件: the later of the two years just set side by side
    (前面那年: the earlier), written out before any step reads the rest."""
    said = _ONE_OF_TWO_YEARS.search(q.text)
    last = t.conv.last_question
    if re.search(r"(?:前|上)一年", q.text) and re.search(r"(?:后|下)一年", q.text):
        return None  # 后一年的…是前一年的百分之多少: the pair of years, read further on
    if not (said and last and not q.years):
        return None
    years = sorted(set(read_period(last).years))
    if len(years) != 2:
        return None
    year = years[1] if said.group(1).startswith("后") else years[0]
    return t.reread(q.text[: said.start()] + f"{year}年" + q.text[said.end() :])
