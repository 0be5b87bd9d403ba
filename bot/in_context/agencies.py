"""Follow-ups naming an agency of the thread: an option picked, 市政府 beside a district, the other one offered, 回到淮安."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.conversation import FIRST_PLACE, LAST_PLACE, NEXT_PLACE, PLACE_BEFORE, PRONOUN
from bot.follow_up import RANK_WORDS, TWO_PLACES, carry_over, cn_number, figure_words
from bot.in_context.thread import (
    COUNT_ASKED,
    OPERATION_WORD,
    ORDINAL,
    PLURAL,
    POINTING,
    RATE_WORDS,
    InContext,
    Thread,
    former_latter,
    own_columns,
    place_named,
    place_of_thread,
    two_cells_just_shown,
    year_of,
)
from bot.match import level_of
from bot.rows import AmbiguousColumn, column_spans, find_column, find_metrics, metric_spans
from bot.understand import POSITION, Query
from bot.when import read_period

_FIRST_ASKED = re.compile(r"^(?:那)?(?:(?:再)?回到|说回|换回到?|切回到?)?(?:我)?(?:刚才|之前|前面)?(?:(?:第一个|最开始|一开始|刚开始|最早|最先|头一个|开头|一开头|最开头)(?:问的|问到的|说的)"
                          r"(?:(?P<item>那项|那一项|那个数|那个数字|那一个数|那个合计|那个总数|那个总计)|那家|那个单位|那个|单位)?"
                          r"|(?:问的|问到的)(?:第一个|头一个|第一)(?P<item2>数字?|数|合计|总数|项)"
                          r"|(?:第一个|头一个|最开始的?|一开始的?|开头的?|最早的?)问题(?:里|中)?(?:的)?(?:那家|那个单位)?"
                          r"|(?:你)?(?:的)?(?:第一个|头一个|最开始的?|一开始的?)(?:回答|答复)(?:里|中)?(?:的)?(?P<item3>那个口径|那个数字?|那一?项|那个))(?:的)?")


THE_OTHER = re.compile(r"^(?:那)?另(?:一|外)(?:一)?(?:类|个|种|项|部分)(?:的)?(?:呢|是多少|多少|几件)?[?？。]*$")


# 好，回到平潭: back to what was asked about that agency before the last question
_BACK = re.compile(r"^(?:好的?|对了|行|那)?(?:回到|说回|再回到|再说回)")


def the_one_there(q: Query, t: Thread) -> Query | None:
    """安康的 / 秀洲的予以公开率 while the conversation is about departments: the one agency held in that place
    (on its own, a bare place would mean its government, and is asked back)."""
    regions = [m for m in q.mentions if m.kind == "region"]
    last = t.conv.last_agencies[:1]
    if not regions or len(q.mentions) != len(regions):
        return None
    shown = {*t.conv.agencies_seen, *t.conv.ranked, *t.conv.listed}
    text, said = q.text, []
    for m in sorted(regions, key=lambda m: -m.start):
        if len(m.agency_ids) != 1 or "人民政府" in t.names[m.agency_ids[0]] or m.unit_after:
            return None
        name = t.names[m.agency_ids[0]]
        if not (len(regions) == 1 and last and "人民政府" not in last[0]) and name not in shown:
            return None  # (the one held there was shown in this conversation: 安康 after a ranking that had it)
        rest = re.sub(r"^(?:的)?(?:那个|那家|那一?份|这个|这家)", "", text[m.end :])  # 安康那个: the one there, said
        text = text[: m.start] + name + rest
        said.append(f"“{m.text}”按{name}理解（库中{m.text}只有这一家的年报）")
    read = t.reread(text)
    read.assumed += [s for s in reversed(said) if s not in read.assumed]
    return read


def place_not_held(q: Query, t: Thread) -> InContext | None:
    """苏州市政府的复议数据有吗 while the thread is on 淮安: a place we hold nothing of is never swapped for the
    thread's agency; the question is read on its own (and says what it did not understand)."""
    if any(re.search(r"[市区县镇乡省州旗盟]$", w) for w in q.unread) and not q.mentions:
        return InContext(q)
    return None


def government_not_held(q: Query, t: Thread) -> InContext | None:
    """嘉兴市人民政府的有没有 while the thread is on 嘉兴's 发改委: a government we do not hold is said so, never
    swapped for the thread's department there."""
    for m in q.mentions:
        government = m.kind == "region" and re.match(r"[市区县镇乡]?(?:人民)?政府|[市区县]府", m.unit_after or "")
        if government and not any("人民政府" in t.names[i] for i in m.agency_ids):
            held = "、".join(t.names[i] for i in m.agency_ids[:5])
            # 不是，我说的是北戴河区自然资源和规划局 next: the question goes on with the agency said then
            t.conv.last_question, t.conv.last_agencies = q.text[: m.start] + q.text[m.end + len(m.unit_after or "") :], []
            return InContext(q, declined=f"库中没有{m.text}{m.unit_after}的年报", declined_notes=[f"{m.text}现有：{held}"])
    return None


_LEVEL_GOVERNMENT = re.compile(r"(?:(市|区|县|镇|乡)(?:人民)?(?:政府|府|里(?!面|头))|全(市|区|县)|(?:^|(?<=[那比和跟与]))(市|区|县)(?=[比和跟与][\u4e00-\u9fff]|高|低|多|少))")


def government_seen(q: Query, t: Thread) -> Query | None:
    """洪泽的量相当于市政府的百分之几 / 区里比市里高几个百分点: a bare 市政府 (区里…) beside a name or another
    level is the one government of that level this conversation has shown (and only then); each is named."""
    text, ids_of = q.text, {n: i for i, n in t.names.items()}
    level_only = all(re.fullmatch(r"(?:相当于|占)?(?:市|区|县|镇|乡)(?:里|政府|府)", w) for w in q.unread)  # 相当于市里
    if q.unknown_agency or q.unknown_place or not level_only:
        return None
    for said in reversed(list(_LEVEL_GOVERNMENT.finditer(q.text))):
        before = q.text[said.start() - 1] if said.start() else ""
        if (any(m.start <= said.start() < m.end for m in q.mentions)
                or re.match(r"[\u4e00-\u9fff]", before) and before not in "的和跟与同比占于在是那这个全到看查问说有"):
            continue  # (淮安市政府 is a name of its own, and so is one we do not hold: 苏州市政府)
        level = level_of(said.group(1) or said.group(2) or said.group(3))  # (洪泽占全市的百分之多少: the city's own report)
        seen = [a for a in t.conv.agencies_seen if a in ids_of and "人民政府" in a and t.catalog.agencies[ids_of[a]].level == level]
        if len(seen) != 1:
            return None
        text = text[: said.start()] + seen[0] + text[said.end() :]
    return t.reread(text) if text != q.text else None


_IT_LEFT_OUT = re.compile(r"(?<=除了|除去|除开|不算|不含|刨去|刨掉|去掉|扣掉|减掉|排除|撇开|抛开|刨除|剔除|剔掉|拿掉|除掉|去除)(?:它|这家|该单位|这个单位)")


def it_left_out(q: Query, t: Thread) -> Query | None:
    """淮安市政府一家占了多少 → 剔除它以后其余八份合计: the agency the thread is on, left out by its name."""
    said = _IT_LEFT_OUT.search(q.text)
    # (after a share of several agencies' sum, 它 is the part, the one the answer put first)
    if not (said and t.conv.last_agencies and (len(t.conv.last_agencies) == 1 or RATE_WORDS.search(t.conv.last_question))):
        return None
    return t.reread(q.text[: said.start()] + t.conv.last_agencies[0] + q.text[said.end() :])


_SWAPPED = re.compile(r"^(?:那)?(?:要是|如果)?(?:把|将)(?P<out>[^，,。？?]{2,16}?)(?:的)?(?:换成|改成|替换成|换为)(?P<in>[^，,。？?]{2,20}?)(?:的报告|的年报|的那份|的)?"
                      r"(?:的话)?(?:[，,]|$)(?P<rest>.*)$")


def swapped_in_the_sum(q: Query, t: Thread) -> Query | InContext | None:
    """两家的复议合计 → 把洪泽换成2023年的报告，复议合计再算一次: the same reports, that one swapped."""
    said = _SWAPPED.match(q.text)
    conv = t.conv
    shown = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    if not (said and len(shown) >= 2 and len(set(conv.last_agencies)) >= 2):
        return None
    out = t.catalog.mentions(said.group("out"))
    out_names = {t.names.get(i) for m in out for i in m.agency_ids}
    gone = [(a, y) for a, y in shown if a in out_names]
    if len(out) != 1 or len(gone) != 1:
        return InContext(q, declined="“换成”换掉的是哪一份没能确定，请把要算的单位和年份都写出来")
    coming = t.reread(said.group("in"))
    years = coming.years
    names = [t.names.get(i) for m in coming.mentions for i in m.agency_ids]
    if len(years) > 1 or len(names) > 1 or not (years or names):
        return InContext(q, declined="“换成”换进来的是哪一份没能确定，请把要算的单位和年份都写出来")
    new = (names[0] if names else gone[0][0], years[0] if years else gone[0][1])
    kept = [new if p == gone[0] else p for p in shown]
    rest = said.group("rest")
    words = "" if t.reread(rest).metrics else figure_words(conv.last_question)
    summed = re.search(r"合计|加起来|一共|总共|之和", conv.last_question) or re.search(r"合计|加起来|一共|总共", rest)
    tail = rest if t.reread(rest).metrics else rest + ("合计多少" if summed else "各是多少")
    text = "和".join(f"{a}{y}年" for a, y in kept) + words + tail
    return InContext(t.reread(text), [f"接上题：{gone[0][0]}{gone[0][1]}年换成{new[0]}{new[1]}年，其余不变"])


_THE_OTHER_ONE = re.compile(r"另(?:外)?(?:一|那)(?:一)?(?:家|个单位|个)")


def it_and_the_other(q: Query, t: Thread) -> Query | None:
    """哪家最多（two shown）→ 它比另一家多多少: the first shown, against the other of the two."""
    pair = list(dict.fromkeys(zip(t.conv.listed, t.conv.listed_at, strict=False)))
    if len(pair) == 1 and t.conv.ranked_question == t.conv.last_question:  # (哪家最多 showing the first of two ranked)
        pair = list(dict.fromkeys(zip(t.conv.ranked, t.conv.ranked_at, strict=False)))
    if q.mentions or q.text.count("它") != 1 or not _THE_OTHER_ONE.search(q.text) or len(pair) != 2 or len({a for a, _ in pair}) != 2:
        return None
    (first, y1), (other, y2) = pair
    text = q.text.replace("它", f"{first}{y1}年", 1)
    return t.reread(_THE_OTHER_ONE.sub(f"{other}{y2}年", text, count=1))


def the_other_agency(q: Query, t: Thread) -> Query | None:
    """另外那家呢 / 另一家呢 after an answer about one of two agencies: the other of the two."""
    lead = re.match(r"^(?:那)?(?:另外|另)(?:一|那)?(?:家|个单位|个(?=呢|[?？。]*$))(?:的)?", q.text)  # (另一个呢: of two agencies)
    if q.mentions or not lead:
        return None
    rest = q.text[lead.end() :]
    # (另一家呢，同样算法 → 另一家的同一比例呢: the figure of the thread, of the other one)
    if not re.fullmatch(r"(?:的)?(?:同一比例|同样的?比例|这个比例|同样算法|同一口径|同样口径)?(?:(?:是|有)?(?:多少|几件))?(?:呢)?[?？。]*", rest):
        # 另一家的行政诉讼，两类加起来是多少: the other of the two, asked what is said now
        pair = list(dict.fromkeys(t.conv.listed if len(set(t.conv.listed)) == 2 else t.conv.agencies_seen[-2:]))
        last = t.conv.last_agencies
        cells = t.conv.single_figures
        pointed = cells[-1][0] if cells and cells[-1][0] in pair else (last[0] if len(last) == 1 else None)
        if len(pair) != 2 or pointed not in pair or not (t.reread(rest).metrics or column_spans(rest)):
            return None
        other = pair[1] if pointed == pair[0] else pair[0]
        rest = re.sub(r"^(?:那年|那一年|当年|同年)(?:的)?", "", rest)  # (另一个单位那年废止了多少件: its own year)
        return t.reread(other + year_of(t.conv, other) + rest)
    offered = [a for a in t.conv.offered if a in t.names.values()]
    if len(offered) >= 3 and t.conv.last_agencies[:1] and t.conv.last_agencies[0] in offered:  # after an ask-back of three: the one of them not asked about yet, or it is not known
        left = [a for a in offered if a not in t.conv.agencies_seen]
        return t.reread(left[0] + year_of(t.conv, t.conv.agencies_seen[-1]) + "呢") if len(left) == 1 else None
    pair = t.conv.listed if len(set(t.conv.listed)) == 2 else t.conv.agencies_seen[-2:]
    pair = list(dict.fromkeys(pair))
    if len(pair) < 2 and len(offered) == 2:  # 嘉兴… (asked back) → 发改委那个 → … → 另一家呢: the other one offered
        pair = offered
    elif len(pair) < 2 and len(set(t.conv.ranked)) == 2:  # 哪个单位最多 (two ranked, the first shown) → 另一家是多少
        pair = list(dict.fromkeys(t.conv.ranked))
    last = t.conv.last_agencies[:1]
    if len(pair) != 2 or not last or last[0] not in pair:
        return None
    other = pair[1] if last[0] == pair[0] else pair[0]
    if t.conv.ranked_label and t.conv.ranked_question == t.conv.last_question and other in t.conv.ranked:
        # (哪个单位最多 → 另一家是多少: the figure ranked, as the ranking named it)
        when = f"{t.conv.ranked_at[t.conv.ranked.index(other)]}年"
        return t.reread(other + when + re.sub(r"（总计）$", "", t.conv.ranked_label))
    return t.reread(other + year_of(t.conv, other) + "呢")


def the_other_unit_there(q: Query, t: Thread) -> InContext | None:
    """（发改委…）→ 嘉兴你还有另一家单位的报告吧？它那年予以公开的有多少件: of the two units held there, the one
    the thread is not on."""
    said = re.search(r"另(?:外)?(?:一|那)?(?:家|个)(?:单位)?", q.text)
    loose = [m for m in q.mentions if len(m.agency_ids) == 2]
    if not (said and len(loose) == 1 and len(q.mentions) == 1 and len(t.conv.last_agencies) == 1):
        return None
    names = [t.names.get(i) for i in loose[0].agency_ids]
    last = t.conv.last_agencies[0]
    if last not in names:
        return None
    other = names[1] if names[0] == last else names[0]
    m = loose[0]  # (另一家嘉兴的单位呢: the place said after 另一家 is no part of what is asked)
    text = q.text[: m.start] + re.sub(r"^(?:的)?(?:单位|机关|部门|那家|那个)?", "", q.text[m.end :]) if m.start >= said.end() else q.text
    asked = [x for x in re.split(r"[。？?！!；;]", text[said.end() :]) if x.strip()]
    tail = re.sub(r"^(?:[^，,]*?(?:报告|年报)(?:吧|吗|呢)?[，,]?)", "", asked[-1]) if asked else ""
    tail = re.sub(r"^(?:那)?(?:它|这家|他们|该单位)(?:的)?", "", tail)
    year = "" if q.years else year_of(t.conv, last)
    tail = re.sub(r"^(?:那年|那一年|同年|同一年|当年)(?:的)?", "", tail)
    if re.fullmatch(r"(?:的)?(?:呢|怎么样|如何)?[?？。]*", tail) and t.conv.last_question:
        tail = figure_words(t.conv.last_question) or tail  # 另一家嘉兴的单位呢: the figure the thread is on
    return t.written_out(other + year + (tail or "呢"), f"接上题：“{loose[0].text}另一家”指{other}")


def _share_of_years(agency: str, t: Thread) -> bool:
    """Whether the last share asked of `agency` in this talk was over more than one year (两年合计占两年新收的比例)."""
    for text in reversed([*t.conv.history, t.conv.last_question]):
        read = t.reread(text)
        if agency in {t.names.get(i) for m in read.mentions for i in m.agency_ids} and read.ratio:
            return len(read.years) > 1
    return False


def these_agencies(q: Query, t: Thread) -> Query | InContext | None:
    """这四家的采购金额加起来多少 / 这几家呢 after a list of them: those agencies, named (each in its year)."""
    top = re.search(r"前([两二三四五六七八九十\d])(?:(?:名|家|位)(?!里|中)|(?=(?:的)?(?:加|合|一共|总共|共|占|差|相差|各|分别)))", q.text)
    new_row = bool(q.metrics) and t.conv.ranked_question and {m.key for m in q.metrics} != {
        m.key for m in t.reread(t.conv.ranked_question).metrics}  # (行政处罚前两名呢 after a ranking of 行政许可: a ranking of its own)
    # (本年新制作数量呢，前两名 after a ranking of 对外公开总数量: another column ranked, a ranking of its own)
    if not new_row and t.conv.ranked_question and column_spans(q.text):
        # (按采购总金额排呢，前三名 after a ranking of 采购项目数量: the same row, another column ranked)
        ranked = t.reread(t.conv.ranked_question).metrics
        try:
            new_row = new_row or any(
                find_column(q.text, ranked[0], tpl) not in (None, find_column(t.conv.ranked_question, ranked[0], tpl))
                for tpl in ranked[0].cols) if len(ranked) == 1 else new_row
        except AmbiguousColumn:
            new_row = True  # (a column word the ranked row reads two ways: not the ranking's own column)
    if (top and not q.mentions and not q.years and t.conv.ranked and not new_row and not RANK_WORDS.search(q.text[top.end() :])
            and not re.search(r"排除|除了|除去|去掉|不算|拿掉|扣除|刨去|剔除", q.text)  # (把它排除掉，前三名呢: ranked again)
            and not re.match(r"(?:的)?(?:分别)?(?:是|有)?(?:谁|哪)", q.text[top.end() :])):  # (前两名是谁: a ranking asked)
        # 前三名合计多少件: the first places of the last ranking, named (each in its year)
        first = list(dict.fromkeys(zip(t.conv.ranked, t.conv.ranked_at, strict=False)))[: cn_number(top.group(1))]
        place = re.match(r"^(?:那)?(?:排)?第([一二三四五六七八九十\d])(?:名|位)?(?:那家|的)?(?:一家)?占(?:了)?$|^(?:那)?(?:榜首|头名)(?:那家)?占$",
                         q.text[: top.start()])
        if place and len(first) == cn_number(top.group(1)) and cn_number(place.group(1) or "一") <= len(first) and not q.metrics:
            # 第一名占前三合计的百分比: that place over the sum of the first places, on the figure ranked
            a, y = first[cn_number(place.group(1) or "一") - 1]
            words = figure_words(t.conv.ranked_question)
            if words and not RATE_WORDS.search(words):
                names = "、".join(f"{n}{yy}年" for n, yy in first)
                return t.reread(f"{a}{y}年{words}占{names}{words}合计的比例")
        if len(first) == cn_number(top.group(1)):  # (one agency may be there with two years: two reports)
            names = "和".join(f"{a}{y}年" for a, y in first)
            # (前三名加起来 some questions after the ranking: the figure ranked, not the one asked since)
            ranked = "" if q.metrics else figure_words(t.conv.ranked_question)
            # (你刚说的这三家里，前两名: the places said of the list just shown, which the names now say)
            before = re.sub(r"^(?:你)?(?:刚才?|上面|前面)?(?:说|列|排)?(?:的|出来的)?(?:这|那)[两二三四五六七八九十\d]+(?:家|个|名)(?:里|中|当中|里面)?[，,]?$", "",
                            q.text[: top.start()])
            return t.reread(before + names + ranked + q.text[top.end() :])
    said = re.search(r"(?<![前第哪])(?:这|那)?([两二三四五六七八九十\d]|几)(家|(?<=两)边|个单位|份(?:报告|年报)?|个(?:比例|百分比|数字?|结果|比率|[\u4e00-\u9fff]{0,3}?金额)|(?<=这[两二三四五六七八九十])个(?=加|合计|一共|总共|相加))", q.text)
    if said and said.group(2) == "边" and (q.metrics or len(t.conv.last_agencies) != 2):
        return None  # 新收加上年结转，跟办结加结转下年，两边相等吗: two sides of a sum, not two agencies
    if q.exclude_ids:
        return None  # 去掉淮安，剩下三家…: the count is of what is left, read with the exclusion
    other = said and not q.mentions and re.search(r"(?:另外|其他|其余|剩下|剩余)(?:的)?(?:那)?$", q.text[: said.start()])
    year = q.years[0] if len(q.years) == 1 else t.conv.seen_in.get(t.conv.last_agencies[0]) if len(t.conv.last_agencies) == 1 else None
    if other and said.group(1) == "几" and len(t.conv.last_agencies) == 1 and year and not t.conv.ranked:
        # 另外几家2020年的呢 after one agency's figure: every other agency holding that year's report
        rest = [n for i, n in sorted(t.names.items()) if year in t.held.get(i, {}) and n not in t.conv.last_agencies]
        if 2 <= len(rest) <= 8:
            tail = re.sub(r"^(?:\d{4}年)?(?:的)?", "", q.text[said.end() :])
            return t.reread("和".join(rest) + f"{year}年的" + tail)
    if other and said.group(1) != "几" and t.conv.ranked and t.conv.last_agencies:
        # 另外两家呢 after one of a ranking was asked about: the rest of that ranking
        rest = [(a, y) for a, y in zip(t.conv.ranked, t.conv.ranked_at, strict=False) if a not in t.conv.last_agencies]
        if len(rest) != cn_number(said.group(1)):
            return None
        years = {y for _, y in rest}
        names = "和".join(a + ("" if len(years) == 1 else f"{y}年") for a, y in rest)
        when = f"{years.pop()}年" if len(years) == 1 and not q.years else ""
        return t.reread(names + when + q.text[said.end() :])
    # 几家里谁最少 / 那几家: the ones just shown (a bare 几家 alone asks how many)
    pointed = said and (said.group(0).startswith(("这", "那")) or q.text[said.end() : said.end() + 1] in ("里", "中", "当")
                        or (said.group(1) != "几" and q.text[said.end() : said.end() + 1] in ("谁", "哪", "的", "加", "合", "一", "各")
                            and not q.years))  # 三家谁最多 / 三家的采购金额加在一起: the three of the conversation
    if not said or q.mentions or (said.group(1) == "几" and (not pointed or said.group(2).startswith("份"))):
        return None  # (那几份报告里: the reports of a year, not a list shown)
    if PRONOUN.match(q.text) and t.conv.last_agencies and said.start() > 0:
        return None  # 第一名一家占这五家合计的…: the place pointed at leads; read with it (_pronoun)
    if said.group(2) in ("家", "个单位") and said.group(1) != "几" and t.conv.options and not t.conv.left_unread:
        # 第一名这个比例呢（asked back）→ 这两家的新收加起来: which two is not plain while the ask-back is open (an
        # ask-back over words not understood leaves the agencies as they were)
        return InContext(q, declined=f"“{said.group(0)}”指哪几家没能确定（上一句还在问要哪一个），请写出单位名称")
    sums = [t.reread(x) for x in [*t.conv.history[-1:], t.conv.last_question] if x]
    one_report = len(sums) == 2 and len({tuple(r.years) for r in sums} | {tuple(i for m in r.mentions for i in m.agency_ids) for r in sums}) == 2 and all(
        (r.add_up or r.parts_sum) and len(r.metrics) == 1 and r.mentions and r.years for r in sums) and sums[0].metrics != sums[1].metrics
    if (said.group(2) == "个" and re.match(r"(?:的)?(?:合计|总数|之和|总和|总量|和)", q.text[said.end() :]) and not one_report
            and len(q.metrics) < 2):  # (“无法提供”和“不予处理”这两个合计: the rows are named)
        # 2020年的几份加起来 → 2024年的呢 → 这两个合计差多少: two sums, not two agencies; asked, never taken apart
        return InContext(q, declined=f"“{said.group(0)}{q.text[said.end():said.end() + 2]}”指哪两个合计没能确定，请把两边都写完整"
                                     "（例如：分别问2024年、2020年各单位新收合计）")
    if (re.search(r"比例|比率|百分比", said.group(2)) and re.search(r"差|相差|高出|低了|多出", q.text)
            and any(_share_of_years(a, t) for a in t.conv.agencies_seen[-2:])):
        # 两个比例差几个百分点 after one share shown for two years: which of its years is meant is not plain
        return InContext(q, declined=f"“{said.group(0)}”指哪两个比例没能确定（前面有一家列了两年），请写明单位和年份")
    ids_of = {n: i for i, n in t.names.items()}
    if q.years and said.group(1) == "几" and t.conv.agencies_seen and not any(
            y in t.held.get(ids_of.get(a), {}) for a in t.conv.agencies_seen for y in q.years):
        return None  # 2020年那几家 when no agency of the conversation holds 2020: the ones of that year are meant
    shown = list(dict.fromkeys(zip(t.conv.listed, t.conv.listed_at, strict=False)))
    if said.group(1) == "几" and len(t.conv.ranked) > len(shown):  # 几家里 after a ranking and a pair: the ranking's
        shown = list(dict.fromkeys(zip(t.conv.ranked, t.conv.ranked_at, strict=False)))
    if q.years and said.group(1) == "几" and {y for _, y in shown} - set(q.years):
        # 只看2020年那几家 after a ranking of every year: the reports of that year among those shown
        shown = [(a, y) for a, y in shown if y in q.years]
    of_year = sum(1 for years in t.held.values() if q.years and q.years[0] in years)
    if said.group(1) == "几" and len(q.years) == 1 and t.conv.ranked_before and of_year > len(shown):
        return None  # 把秀洲拿掉… → 占2020年这几家总量: with the year said, that year's reports, not the ones left
    if said.group(1) == "几" and q.years and q.top_n and q.top_n > len(shown):
        return None  # 2020年那几家单位里排前三 after two were compared: more places than those two, the year's reports
    count = len(shown) if said.group(1) == "几" else cn_number(said.group(1))
    conv = t.conv
    one_each = len(conv.last_agencies) == 1 and conv.history and len(
        {i for m in t.reread(conv.history[-1]).mentions for i in m.agency_ids}) == 1
    pair = conv.agencies_seen[-2:]
    if (count == 2 and said.group(1) != "几" and one_each and len(pair) == 2 and pair[0] != pair[1]
            and pair[1] == conv.last_agencies[0] and all(a in conv.seen_in for a in pair)):
        # 乍浦镇采购了多少个项目 → 发改委呢 → 这两家…: the two just asked one by one, not an older list
        shown = [(a, conv.seen_in[a]) for a in pair]
    cells = conv.single_figures[-2:]
    if (count == 2 and len(shown) != 2 and len(cells) == 2 and cells[0][0] != cells[1][0] and cells[0][2] == cells[1][2]
            and conv.last_agencies == [cells[1][0]]):
        # 哪家最多 → 除了它，剩下的谁最多 → 这两家差多少: the two the last two answers named, one each
        shown = [(a, y) for a, y, _ in cells]
    if (count == 2 and len(shown) != 2 and len(conv.ranked) >= 2 and conv.last_agencies == [conv.ranked[1]]
            and conv.history and conv.history[-1] == conv.ranked_question):
        # 哪家最多 → 第二名呢 → 这两家加起来: the first two places of that ranking
        shown = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))[:2]
    with_figure = re.search(r"有(?:金额|数字?|数据|数值|填报?)(?:的)?(?:那|这)?$", q.text[: said.start()])
    if with_figure and len(conv.listed_values) == len(conv.listed):
        # 有金额的那4家 after five listed, one of them blank: the ones with a figure
        shown = list(dict.fromkeys((a, y) for a, y, v in zip(conv.listed, conv.listed_at, conv.listed_values, strict=False) if v is not None))
    if len(shown) != count:  # 四家合计 after a comparison of two: the four of the last ranking
        shown = list(dict.fromkeys(zip(t.conv.ranked, t.conv.ranked_at, strict=False)))
    one_year = set(t.conv.ranked_at)
    if len(shown) != count and len(t.conv.ranked_before) == count and len(one_year) == 1:
        # 不算秀洲分局，前三名 → 这五家加在一起: the ranking before the one ranked without it (one year)
        shown = [(a, next(iter(one_year))) for a in t.conv.ranked_before]
    asked = t.conv.agencies_seen[-count:] if count else []
    # (not the tail of a longer list just shown: 三家加起来 after five were ranked is not its last three)
    one_by_one = count and not (len(conv.ranked) > count and set(asked) <= set(conv.ranked) and conv.ranked_question in (
        conv.last_question, *conv.history[-2:])) and not (len(set(conv.listed)) > count and set(asked) <= set(conv.listed))
    if len(shown) != count and count >= 3 and len(asked) == count and one_by_one and all(a in t.conv.seen_in for a in asked):
        shown = [(a, t.conv.seen_in[a]) for a in asked]  # 三家里谁最多 after three asked about one by one
    # (这四个比例 / 这四个收费金额: of the reports they were of)
    reports = said.group(2).startswith(("份", "个比", "个百", "个数", "个结")) or said.group(2).endswith("金额")
    seen_all = ("", 0) not in conv.reports_seen  # (an ask-back left unanswered: which reports were meant is not known)
    if reports and len(shown) != count and count >= 2 and len(conv.reports_seen) == count and seen_all:
        shown = list(conv.reports_seen)  # 这四份报告 after four reports asked about one by one: those four
    if said.group(1) == "几" and len(conv.reports_seen) > max(len(shown), 2) and len(conv.last_agencies) == 1 and seen_all:
        # (几家 is three or more: after two asked about, which ones are meant is not known)
        # 刚才算的这几家里谁最高 after one report at a time: every report asked about (an agency's years each one)
        shown, count, reports = list(conv.reports_seen), len(conv.reports_seen), True
    if len(shown) == count and len({a for a, _ in shown}) < count:
        reports = True  # 这几家 after a ranking with 洪泽's two years: each report, by agency and year
    if reports and len(shown) == count and count >= 2 and len({a for a, _ in shown}) < count:
        # 这四份的许可数加起来 after a list of reports: each agency with its own years (洪泽区2023年和2024年)
        by_agency: dict[str, list[int]] = {}
        for a, y in shown:
            by_agency.setdefault(a, []).append(y)
        names = "、".join(a + "和".join(f"{y}年" for y in sorted(ys)) for a, ys in by_agency.items())
        unit = "的" + said.group(2)[1:] if said.group(2).startswith("个") else ""  # (这四个比例: still the share)
        return t.reread(q.text[: said.start()] + names + "这" + said.group(1) + "份报告" + unit + q.text[said.end() :])
    if len(shown) != count or count < 2 or len({a for a, _ in shown}) != count:
        return None  # which ones is not known: the count check further on says so
    if q.years and said.group(1) == "几" and not any(y in t.held.get(ids_of.get(a), {}) for a, _ in shown for y in q.years):
        return None  # 2020年那几家 after a 2024 total: none of those holds 2020, so the ones of that year are meant
    if len(q.years) == 1 and said.group(1) != "几" and any(q.years[0] not in t.held.get(ids_of.get(a), {}) for a, _ in shown):
        # 这两家2024年的 after 平潭 2022 was asked about between: the last agencies asked about that hold that year
        holding = [a for a in reversed(conv.agencies_seen) if q.years[0] in t.held.get(ids_of.get(a), {})][:count][::-1]
        if len(holding) != count:
            return None
        shown = [(a, q.years[0]) for a in holding]
    years = {y for _, y in shown}
    names = "和".join(a + ("" if len(years) == 1 else f"{y}年") for a, y in shown)
    when = f"{years.pop()}年" if len(years) == 1 and not q.years else ""
    # (两个比例哪个高: still the share; 这两个金额差多少: still the amount)
    unit = "的" + said.group(2)[1:] if re.match(r"个(?:比例|百分比|比率)", said.group(2)) or said.group(2).endswith("金额") else ""
    if re.match(r"个数字?$", said.group(2)) and RATE_WORDS.search(q.text[said.end() :]):
        # 这三个数各占本单位办理结果总计的比例: the figure those three were, each over its own whole
        last = conv.last_question
        words = "".join(dict.fromkeys(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last))))
        if not words or RATE_WORDS.search(words):
            return None
        unit = words
    if not q.metrics and not unit and not column_spans(q.text) and RANK_WORDS.search(q.text[said.end() :]) and conv.last_question:
        words = figure_words(conv.last_question)  # 这几家里哪家最多: on the figure just added up
        unit = words if words and not RATE_WORDS.search(words) else ""
    full = q.text[: said.start()] + names + when + unit + q.text[said.end() :]
    if re.match(r"^(?:那)?占", q.text) and len(t.conv.last_agencies) == 1:  # 占四家采购总金额的几成: the thread's agency's share
        who = t.conv.last_agencies[0]
        last = t.conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
        return t.reread(who + year_of(t.conv, who) + words + re.sub(r"^(?:那)?", "", full))
    return t.reread(full)


_FIRST_YEAR = re.compile(r"^(?:那)?(?:再)?(?:回到|说回)?(?:我)?(?:第一个|最开始|一开始|刚开始|最早|最先|头一个|开头)(?:问的|问到的|说的)那一?年(?:的)?[，,]?")


def first_asked_year(q: Query, t: Thread) -> Query | None:
    """再回到第一个问的那一年，复议后起诉这一栏…: the year the conversation began with, the rest as said."""
    said = _FIRST_YEAR.match(q.text)
    years = read_period(t.conv.first_question).years if said and t.conv.first_question else []
    if not (said and len(years) == 1 and not q.years):
        return None
    return t.reread(f"{years[0]}年" + q.text[said.end() :])


_NTH_ASKED = re.compile(r"^(?:那)?(?:(?:再)?回到|说回)?(?:我)?(?:刚才|之前|前面|上面)?第(?P<n>[一二三四五六七八九十\d]{1,2})(?:句|个问题|问|次问的|轮)"
                        r"(?:问的|问到的|里的?|说的)?(?P<what>那个数字?|那一?项|那个合计|那个总数|那个比例|那个|那家|那个单位)?(?:的)?[，, ]*")


def nth_asked(q: Query, t: Thread) -> Query | InContext | None:
    """我第二句问的那个数，秀洲的是多少: the figure of that turn, of the agency named now (or of the thread)."""
    said = _NTH_ASKED.match(q.text)
    if not said:
        return None
    n, turns = cn_number(said.group("n")), t.conv.turns
    if n == 1 and "句" not in said.group(0):
        return None  # 回到第一个问题…: the first question, read by first_asked (its agency or its figure)
    asked = turns[n - 1] if 0 < n <= len(turns) else ""
    words = figure_words(asked) if asked else ""
    if said.group("what") in ("那家", "那个单位") or not words:
        return InContext(q, declined=f"“{said.group(0).strip('，, ')}”指哪个数字没能确定（那一句没有给出数字，或对话里没有这一句）；请把要问的数字说完整")
    rest = q.text[said.end() :]
    who = "" if q.mentions else (t.conv.last_agencies or [""])[0]
    if not (q.mentions or who):
        return None
    rest = rest.replace("的是多少", words + "是多少") if "的是多少" in rest else rest + words
    years = read_period(asked).years
    year = f"{years[0]}年" if len(years) == 1 and not q.years else ""  # (that turn's year, unless one is said now)
    return InContext(t.reread(year + who + rest), [f"接上题：“{said.group(0).strip('，, ')}”指{words}"])


def first_asked(q: Query, t: Thread) -> Query | None:
    """第一个问的那家: the agency this conversation began with."""
    first = _FIRST_ASKED.match(q.text)
    rest = re.sub(r"^[，,]?(?:它|其)(?:的)?", "", q.text[first.end() :]) if first else ""  # (…那家，它的…: the agency said)
    # 第一个问的那个 in a talk on one agency only: the figure asked first (the agency is still the one talked of)
    only_one = bool(first) and first.group(0).endswith("那个") and set(t.conv.agencies_seen) == {t.conv.first_agency}
    kind = re.match(r"^[，,]?(?:的)?(?:那|这)(?:一)?(?:类|种)(?:申请人|人)|^[，,]?(?:的)?那一?(?:栏|列)", rest) if first else None
    if kind and t.conv.first_question:
        # 回到我第一个问题里的那类申请人——他们的申请…: the applicants' column the first question asked
        cols = [c for a, b in own_columns(t.conv.first_question) if (c := t.conv.first_question[a:b]) not in ("总计", "合计")]
        if len(cols) != 1:
            return InContext(q, declined=f"“{first.group(0)}{kind.group(0).lstrip('，,')}”指哪一类申请人没能确定，请写出来（例如：商业企业）")
        who = t.conv.last_agencies[0] if len(t.conv.last_agencies) == 1 and not q.mentions else ""
        said = re.sub(r"^[—\-－,，]+", "", rest[kind.end() :])
        return t.written_out(who + (year_of(t.conv, who) if who else "") + cols[0] + said)
    if first and (first.group("item") or first.group("item2") or first.group("item3") or only_one):
        if t.conv.first_asked and t.conv.first_asked != t.conv.first_question:
            # 我第一个问的那个合计 when the first question got no figure: what it stood for is not known
            return InContext(q, declined=f"第一个问题（“{t.conv.first_asked}”）当时没有给出数字，“{first.group(0)}”指什么没能确定；"
                                         "请把要问的数字说完整")
        # 回到第一个问的那项，安康的是多少: the figure the conversation began with, of the agency named now
        words = figure_words(t.conv.first_question)
        if not words or not (q.mentions or t.conv.last_agencies):
            return None
        than = re.search(r"比它", rest)
        if than and q.mentions and t.conv.first_agency:
            # 回到最开始问的那个数，淮安市政府2024年比它多多少件: the one named, against the first figure
            said = read_period(t.conv.first_question).years
            first_one = t.conv.first_agency + (f"{said[0]}年" if len(said) == 1 else "")
            left = re.sub(r"^[，,]", "", rest[: than.start()])
            return t.written_out(f"{left}{words}比{first_one}{rest[than.end() :]}")
        who = "" if q.mentions else t.conv.last_agencies[0]
        rest = re.sub(r"^[，,]?", "", rest)
        if re.match(r"(?:的)?(?:占|相当于|是[^多几]|比)", rest) and not q.mentions:
            # 第一个问的那个占三项合计的多少: that figure, over the sum just shown when the share names it
            last = t.conv.last_question
            summed = t.reread(last) if last else None
            if (summed is not None and summed.add_up and len(summed.metrics) >= 2 and not summed.ratio
                    and re.match(r"(?:的)?占(?:这|那|上面)?(?:[两三四五六七八九十几\d]+项|几项|这几项)?(?:的)?(?:合计|加总|之和|总和|加起来)", rest)):
                rows = "、".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))
                return t.written_out(f"{who}{year_of(t.conv, who)}{words}占{rows}合计的比例")
            return t.reread(who + year_of(t.conv, who) + words + rest)
        return t.reread(who + rest.replace("的是多少", words + "是多少") if "的是多少" in rest else who + rest + words)
    against = bool(q.mentions) and all(re.search(r"(?:比|跟|和|与|同)$", q.text[: m.start]) for m in q.mentions)
    if first and t.conv.first_agency and (not q.mentions or against):
        # (回到第一个问题，它的新收比秀洲分局少多少: the agency asked first, against the one named)
        said = read_period(t.conv.first_question).years
        year = f"{said[0]}年" if against and len(said) == 1 and not q.years else ""
        named = t.reread(t.conv.first_agency + year + rest)
        # (…它的信访举报投诉类申请有几件: complete once the agency is named, never filled in from the thread)
        return InContext(named, [f"接上题：“{first.group(0)}”指{t.conv.first_agency}"]) if named.metrics else named
    return None


def plus_agency(q: Query, t: Thread) -> InContext | None:
    """加上秀洲分局的采购金额一共多少: the thread's agency and the one named, summed."""
    # (再加上洪泽2024年的呢: the same, said shortly; 把平潭2022年也算进来，三家…: the same, said the other way round)
    put_in = re.match(r"^(?:那)?(?:再)?把(.{2,24}?)(?:也)?(?:算进来|算进去|加进来|加进去|算上|加上|放进来|放进去|拉进来|拉进去|带进来|包括进来|包含进来)[，,]?(.*)$", q.text)
    if put_in and RANK_WORDS.search(put_in.group(2)) or put_in and re.search(r"排", put_in.group(2)):
        return None  # 把平潭那份也放进来一起排: one more in the ranking, not a sum
    if put_in and q.mentions and all(m.end <= put_in.end(1) for m in q.mentions):
        tail = put_in.group(2)  # (把秀洲分局也算进去呢: the sum again, with it)
        q = t.reread(f"加上{put_in.group(1)}的呢" if re.fullmatch(r"(?:呢|吧|的话)?[?？。]*", tail) else f"加上{put_in.group(1)}，{tail}")
    plus = re.match(r"^(?:那)?(?:再)?(?:加上|算上|连同|连上)(?=.{0,20}(?:一共|总共|合计|加起来|一起)|[^，,。？?]{1,16}?(?:的)?呢[?？。]*$)", q.text)
    conv = t.conv
    if not (plus and q.mentions and conv.last_agencies):
        return None
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    if re.search(r"呢[?？。]*$", q.text) and not q.metrics and not q.add_up:  # 再加上洪泽2024年的呢: the last figure, added up
        if conv.ranked_question == conv.last_question and t.catalog.mentions(conv.last_question):
            # 这三家排一下 → 再加上安康（2020年）呢: one more agency in that ranking
            added = re.sub(r"(?:的)?呢[?？。]*$", "", q.text[plus.end() :])
            return t.written_out(added + "和" + conv.last_question)
        if len(conv.last_agencies) >= 2 and t.reread(conv.last_question).add_up:
            # 这三家的部分公开加起来 → 再加上北戴河呢: one more agency in that sum
            shown = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
            last = conv.last_question
            words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
            if len(shown) < 2 or not words or named & {a for a, _ in shown}:
                return None
            added = re.sub(r"(?:的)?呢[?？。]*$", "", q.text[plus.end() :])
            return t.written_out("和".join(f"{a}{y}年" for a, y in shown) + "和" + added + words + "加起来")
        if len(conv.last_agencies) != 1:
            return None  # (after a list side by side: which sum is meant is not said)
        last = conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
        if not words or RATE_WORDS.search(last):
            return None
        q = t.reread(re.sub(r"(?:的)?呢[?？。]*$", "", q.text) + words + "加起来")
        plus = re.match(r"^(?:那)?(?:再)?(?:加上|算上|连同|连上)", q.text)
    said = re.search(r"([两二三四五六七八九十\d])(?:家|个单位|份)", q.text)
    if len(conv.last_agencies) == 1 and not (said and cn_number(said.group(1)) != 1 + len(q.mentions)):
        who = conv.last_agencies[0]
        return None if who in named else t.written_out(who + year_of(conv, who) + "和" + q.text[plus.end() :])
    # 再加上安康，四家采购金额加起来 after a list of three: those shown (each in its year) and the one named
    shown = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    if (len(shown) < 2 or len({a for a, _ in shown}) != len(shown) or named & {a for a, _ in shown}
            or (said and cn_number(said.group(1)) != len(shown) + len(q.mentions))):
        return None
    rest = q.text[plus.end() :]
    if said:
        rest = rest[: said.start() - plus.end()] + rest[said.end() - plus.end() :]
    if not q.metrics:  # 再加上淮安市2024年的，三个数合计: the figure the thread is on, of the three
        last = conv.last_question
        words = "".join(dict.fromkeys(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last))))
        if not words or RATE_WORDS.search(words):
            return None
        rest = re.sub(r"^(.*?)(?:的)?[，,]?(?:这)?(?:[两二三四五六七八九十\d]个数)?(?=合计|一共|总共|加起来|之和)", lambda m: m.group(1) + words, rest, count=1)
    return t.written_out("和".join(f"{a}{y}年" for a, y in shown) + "和" + rest)


_THE_ONE_LEFT = re.compile(r"(?:剩下|剩余|其余|另外)(?:的)?(?:那|这)?(?:一)?(?:家|个单位|份)(?:的)?")


def the_one_left(q: Query, t: Thread) -> Query | None:
    """三家…加起来 → 回到2024年，除了淮安市，剩下那家新收多少: the one report of the list shown that is left
    (in the year said) once those named are taken out."""
    said = _THE_ONE_LEFT.search(q.text)
    if not (said and q.exclude_ids and not q.mentions and q.exclude_span[1] <= said.start()):
        return None
    gone = {t.names.get(i) for i in q.exclude_ids}
    shown = list(dict.fromkeys(zip(t.conv.listed, t.conv.listed_at, strict=False)))
    kept = [(a, y) for a, y in shown if a not in gone and (not q.years or y in q.years)]
    if len(kept) != 1 or len(shown) < 2:
        return None
    who, year = kept[0]
    return t.reread(f"{who}{year}年" + q.text[said.end() :])


def back_to(q: Query, t: Thread) -> Query | None:
    """好，回到平潭: what was last asked about that agency goes on. 回到第一名，它的…: the place pointed at."""
    back = _BACK.match(q.text)
    if back and not q.mentions and PRONOUN.match(q.text[back.end() :]):
        rest = q.text[back.end() :]
        point = PRONOUN.match(rest)
        if t.conv.ranked_earlier and ORDINAL.search(point.group(0)):  # 回到第二名那家: of the ranking before the narrower one
            t.conv.ranked, t.conv.ranked_at = [a for a, _ in t.conv.ranked_earlier], [y for _, y in t.conv.ranked_earlier]
            t.conv.ranked_earlier = []
        return t.reread(rest[: point.end()] + re.sub(r"^[，,]?(?:它|其)(?:的)?", "的", rest[point.end() :]))
    if back and q.mentions:
        ids = {i for m in q.mentions for i in m.agency_ids}
        earlier = next((h for h in reversed(t.conv.history)
                        if ids & {i for m in t.catalog.mentions(h) for i in m.agency_ids}), None)
        if earlier is not None:
            t.conv.last_question = earlier


def pronoun_step(q: Query, t: Thread) -> InContext | Query | None:
    both = re.match(r"^(?:那)?前者(.*?)后者(.*)$", q.text)
    conv = t.conv
    listed_years = len(conv.listed) == 2 and len(set(conv.listed)) == 1 and len(set(conv.listed_at)) == 2
    # (2024年…17件对吗 → 那2023年那份报告是多少件 → 前者比后者: the two years asked one after the other)
    asked_years = len(conv.last_agencies) == 1 and len(conv.years_seen) >= 2 and len(former_latter(conv)) != 2
    if both and not q.mentions and (listed_years or asked_years) and re.search(r"多|少|差|高|低", q.text):
        # 两年各多少 → 前者比后者多几件: the two years just listed, of that agency (as listed)
        y1, y2 = conv.listed_at if listed_years else conv.years_seen[-2:]
        conv.listed = conv.listed if listed_years else conv.last_agencies * 2
        last = conv.last_question
        rows = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last)))
        return InContext(t.reread(f"{conv.listed[0]}{y1}年比{y2}年{rows}变化多少"),
                         [f"接上题：“前者”指{y1}年，“后者”指{y2}年，按“{conv.listed[0]}{y1}年比{y2}年{rows}变化多少”理解"])
    backwards = re.match(r"^(?:那)?后者(.*?)前者(.*)$", q.text)  # 后者的量相当于前者的百分之几
    if (both or backwards) and not q.mentions and len(former_latter(t.conv)) == 2:  # 前者比后者多出多少件: both named, each in its year
        (a, b), years = former_latter(t.conv), t.conv.years_of
        def named(who: str) -> str:
            return who + ("" if q.years else "".join(f"{y}年" for y in years.get(who, [])[:1]))
        if backwards:
            return t.reread(named(b) + backwards.group(1) + named(a) + backwards.group(2))
        return t.reread(named(a) + both.group(1) + named(b) + both.group(2))
    pronoun = PRONOUN.match(q.text)
    cells = conv.single_figures[-2:]
    if (pronoun and pronoun.group(1) in ("它们", "它俩") and not q.mentions and not q.metrics and len(conv.last_agencies) == 1
            and len(cells) == 2 and cells[0][:2] == cells[1][:2] and cells[0][2] != cells[1][2] and len(former_latter(conv)) != 2):
        # 商业企业占多大比例 → 法律服务机构呢 → 它们加起来多少件: the two figures of one report just asked
        read = two_cells_just_shown(q.text[pronoun.end() :], t)
        if read is not None:
            return read
    if (pronoun and pronoun.group(1) in ("前者", "后者") and not q.mentions and len(cells) == 2
            and cells[0][:2] == cells[1][:2] and cells[0][2] != cells[1][2] and len(former_latter(conv)) != 2):
        # 予以公开多少件 → 部分公开呢 → 前者占本年新收的多少: the two figures of one report just asked, not two agencies
        who, year, label = cells[0 if pronoun.group(1) == "前者" else 1]
        other = cells[1 if pronoun.group(1) == "前者" else 0][2]
        rest = re.sub("后者" if pronoun.group(1) == "前者" else "前者", other, q.text[pronoun.end() :])  # 前者比后者多多少
        named = t.reread(f"{who}{year}年{label}{rest}")
        if not RATE_WORDS.search(q.text[pronoun.end() :]) and re.fullmatch(r"(?:的)?(?:呢|怎么样|如何)?[?？。]*", q.text[pronoun.end() :]):
            return named  # 后者呢: that figure, asked as the last question asked (a share of it, if that was the question)
        return InContext(named, [f"接上题：“{pronoun.group(1)}”指{label}"])
    if pronoun and re.match(r"(?:的)?(?:理由|原因|情形|类|种|条|项)", q.text[pronoun.end() :]):
        # 排第二的理由: a part of a ranking of parts (read before this step when one was shown), never an agency
        if re.search(r"第一|榜首|头名|最多", pronoun.group(0)):
            return None
        return InContext(q, declined=f"“{pronoun.group(0)}{q.text[pronoun.end():].rstrip('呢？?。')}”指哪一项没能确定"
                                     "（前面没有列出各项的排名），请写出这一项的名称")
    # 它和洪泽区2024年比 / 它收到的申请跟秀洲分局差多少: 它 beside the one named
    beside = pronoun and (re.match(r"(?:的)?(?:和|与|跟|同|比)", q.text[pronoun.end() :]) or (
        q.mentions and re.search(r"(?:和|与|跟|同|比)$", q.text[pronoun.end() : q.mentions[0].start])))
    if pronoun and t.conv.last_agencies and (not q.mentions or beside) and not TWO_PLACES.match(q.text):  # 它的复议维持率: the agency the last answer put first
        return _pronoun(pronoun, q, t)
    if (pronoun and not t.conv.last_agencies and not q.mentions and t.conv.agencies_seen
            and re.match(r"(?:刚才|之前|前面|上面)", pronoun.group(0)) and re.search(r"那家|那个|这家", pronoun.group(1))):
        # 安康市人民政府…（not held） → 回到刚才那家，…: the agency last answered for, not the one just missed
        who = t.conv.agencies_seen[-1]
        rest = re.sub(r"^[，,]?(?:它|其)?(?:的)?", "", q.text[pronoun.end() :])
        return t.written_out(f"{who}{'' if q.years else year_of(t.conv, who)}{rest}", f"接上题：“{pronoun.group(0)}”指{who}")
    if (pronoun and not t.conv.ranked and not q.mentions and t.conv.last_question and re.search(r"第|末|最后|垫底|榜", pronoun.group(1))
            and re.search(r"那家|那个|那位|那份|那条", pronoun.group(0))):
        # 排第二的那家… when this conversation has shown no ranking (the one asked for was not answered): not guessed
        return InContext(q, declined=f"前面还没有排出名次，“{pronoun.group(1)}”指哪一家没能确定，请写出单位名称或先排一下")
    return None


def _pronoun(pronoun: re.Match, q: Query, t: Thread) -> InContext:
    """它/这家 → the agency the last answer put first; 它们 → every agency it showed; 第二名 → the second."""
    conv, word = t.conv, pronoun.group(1)
    # (它比2023年多还是少: 2023 is what it is held against; it stays in the thread's year)
    base_only = bool(q.base_year) and q.years == [q.base_year]
    years = "" if q.years and not base_only else "、".join(f"{y}年" for y in read_period(conv.last_question).years)
    plural = word in PLURAL and not (word == "他们" and len(conv.last_agencies) == 1)  # 他们: the agency's people
    group = conv.last_agencies
    if word in ("它俩", "他俩") and len(group) < 2 and len(former_latter(conv)) == 2:
        group = former_latter(conv)  # 它俩 after two agencies asked about one by one: those two
    two = conv.single_figures[-2:]
    if (word == "它们" and len(group) < 2 and not conv.ranked and len(two) == 2 and two[0][0] != two[1][0]
            and two[0][2] == two[1][2] and group == [two[1][0]]):
        group = [two[0][0], two[1][0]]  # 2（发改委）→ 另一个呢 → 它们依申请各收了多少: the two asked one after the other
    rest_said = q.text[pronoun.end() :]
    last = conv.last_question
    cols = "".join(last[s:e] for s, e in column_spans(last, active=False)) if last else ""
    if (plural and len(group) == 1 and word in ("它们", "他们") and not conv.options
            and (RATE_WORDS.search(rest_said) or cols and metric_spans(rest_said))  # (商业企业几件 → 它们有几件是部分公开的)
            and not re.search(r"除了|除去|除开|不算|去掉|扣除|扣掉|刨去|不含|不包括", conv.last_question)):
        # 律所这些申请里予以公开几件 → 那它们的公开率: the applications just counted (that column), not agencies
        said = group[0] + years + cols + re.sub(r"^(?:的)?", "", rest_said)
        return t.written_out(said, f"接上题：“{word}”指{group[0]}{cols}的申请，按“{said}”理解")
    if plural and len(group) < 2:  # 它们 after one agency was shown: which ones is not known
        return InContext(q, declined=f"“{word}”指哪几个单位没能确定，请写出单位名称")
    ordinal = ORDINAL.search(word) or FIRST_PLACE.search(word)
    place = cn_number(ordinal.group(1)) if ordinal and ordinal.re is ORDINAL else 1
    most = re.search(r"(?:最|第\d+)(多|少|高|低)", conv.last_question)
    if (ordinal and ordinal.re is ORDINAL and conv.last_part and most and conv.ranked_question != conv.last_question
            and not q.mentions and not q.metrics):
        # 哪种理由最多 → 第二多的呢: the next of the parts just ranked within one report, not a ranking of agencies
        last = conv.last_question
        return t.written_out(last[: most.start()] + f"第{place}{most.group(1)}" + last[most.end() :])
    if LAST_PLACE.search(word):  # 垫底的那家: the last of the list shown
        ordinal, place = True, len(conv.listed or conv.last_agencies)
    if re.match(r"紧随其后|排在其后|其次", word):  # right after the first
        ordinal, place = True, 2
    from_last = re.match(r"倒数第([一二三四五六七八九十\d]+)", word)
    relative = NEXT_PLACE.search(word) or PLACE_BEFORE.search(word)
    if relative:  # 排在它后面的: next to the place the thread is on, in the last ranking
        at = place_of_thread(conv)
        if at is None:
            return InContext(q, declined=f"“{word}”是相对哪一名说的没能确定（前面的排名里没有正在说的单位），请写出单位名称")
        ordinal, place = True, at + (1 if NEXT_PLACE.search(word) else -1)
        if place < 1:
            return InContext(q, declined=f"{conv.ranked[0]}已经排第一，前面没有了")
    # 排第二的是哪家？金额多少: who it is, and the figure asked of it
    rest = re.sub(r"^(?:里面|里头|当中|中|的)+", "", q.text[pronoun.end() :])
    rest = re.sub(r"^(?:又|还|那)?(?:是|为)?(?:哪一?家|哪个单位|哪一?个|哪一?份|谁)(?:单位|报告)?[?？，,。]*", "", rest)
    top_words = re.compile(r"(?:谁|哪家|哪个单位|哪一家|哪个)(?:的)?(?:最多|最高|最大|最少|最低|最小)"
                           r"|(?:最多|最高|最大|最少|最低|最小)的(?:是)?(?:谁|哪家|哪个单位|哪一家|哪份)")
    # (除了淮安市，最多的是谁 → 它: the first of the list that answer showed, the ranking before it kept)
    top_asked = bool(top_words.search(conv.last_question)) and (
        (conv.ranked and conv.ranked_question == conv.last_question and conv.ranked[0] == conv.last_agencies[0])
        or (conv.listed and conv.listed[0] == conv.last_agencies[0] and conv.ranked_question != conv.last_question
            and conv.ranked and set(conv.listed) <= set(conv.ranked)
            and [a for a in conv.ranked if a in set(conv.listed)] == list(dict.fromkeys(conv.listed))))
    if not plural and not ordinal and word in ("它", "这家", "该单位", "这个单位") and len(conv.last_agencies) > 1 and top_asked:
        ordinal, place = True, 1  # 谁最多 answered with the whole list → 它: the one asked for, the first
    if not plural and not ordinal and word not in ("前者", "后者") and len(conv.last_agencies) > 1:
        # 它 after an answer about two agencies: which one is meant is asked, not guessed
        return InContext(q, declined=f"“{word}”指哪一个？",
                         choices=[Option(a, a + years + rest) for a in conv.last_agencies[:10]])
    if word in ("前者", "后者"):  # of the last two shown, or the last two asked about
        ordinal, place = True, (1 if word == "前者" else 2)
        shown = list(dict.fromkeys(conv.listed)) if len(set(conv.listed)) == 2 else []
        said = [a for a in conv.user_order if a in shown]
        if shown and len(said) == 2 and said != shown and conv.named_order != said:
            # 淮安和洪泽加起来 → 洪泽占… → 两家分别多少 (洪泽 listed first) → 前者: named first, or shown first? asked
            return InContext(q, declined=f"“{word}”指哪一个？", choices=[Option(a, a + year_of(conv, a) + rest) for a in said])
    among = conv.listed if ordinal and conv.listed else conv.last_agencies
    places = conv.listed_at
    if word in ("前者", "后者") and len(conv.last_agencies) == 2 and set(conv.last_agencies) == set(conv.listed):
        # 淮安…跟平潭比谁多 (平潭 shown first, the larger) → 前者: the one the question named first
        year_of_listed = dict(zip(conv.listed, conv.listed_at, strict=False))
        order = conv.named_order if len(conv.named_order) == 2 and set(conv.named_order) == set(conv.last_agencies) else conv.last_agencies
        among, places = order, [year_of_listed[a] for a in order]
    placed = LAST_PLACE.search(word) or FIRST_PLACE.search(word) or re.search(r"[名位排]|第[^个]*多|第[^个]*高|其后|其次|倒数", word)
    if placed and not conv.ranked and ordinal and re.search(r"名|排|倒数|垫底|末位|榜尾", word) and len(conv.listed or conv.last_agencies) > 1:
        # 第二名 when nothing was ranked (a ranking declined, a list side by side): no place to point at
        return InContext(q, declined=f"前面还没有排出名次，“{word}”指哪一家没能确定，请写出单位名称或先排一下")
    if placed and conv.ranked:
        among, places = conv.ranked, conv.ranked_at  # 第二名 / 垫底的: places in the last ranking
        if LAST_PLACE.search(word):
            place = len(among)
    elif isinstance(ordinal, re.Match) and ordinal.re is ORDINAL and conv.ranked and place > len(among) and place <= len(conv.ranked):
        among, places = conv.ranked, conv.ranked_at  # 第二呢 right after 哪家最多 showed only the first
    if relative:
        among, places = conv.ranked, conv.ranked_at
    up = among is conv.ranked and bool(re.search(r"最少|最低|最小|倒数|从少到多|从低到高|从小到大|升序", conv.ranked_question or ""))
    if from_last:  # 倒数第二: counted from the end of the list it points into (from its start when it ran from the least)
        ordinal, place = True, (cn_number(from_last.group(1)) if up else len(among) - cn_number(from_last.group(1)) + 1)
    elif up and LAST_PLACE.search(word):  # 垫底的 after 最少的是哪家: the least, which that list put first
        place = 1
    if word in ("前者", "后者") and len(conv.last_agencies) == 1:
        among = former_latter(conv)
    if not among:
        return InContext(q, declined=f"“{word}”指哪一家没能确定，请写出单位名称")
    if ordinal and len(among) == 1 and among is conv.last_agencies and not conv.ranked and not plural:
        # 第一家 after an answer about one agency (两家各… with one recognised): the list it counts in was never shown
        return InContext(q, declined=f"前面的回答里只有1个单位，“{word}”指哪一家没能确定，请写出单位名称")
    if place > len(among):
        return InContext(q, declined=f"前面的回答里没有“{word}”（只列了{len(among)}个），请写出单位名称")
    who = "和".join(group) if plural else among[place - 1]
    before = conv.ranked_before
    if (not plural and placed and among is conv.ranked and before and not from_last and not relative and not LAST_PLACE.search(word)
            and place <= len(before) and before[place - 1] != who):
        # 除了秀洲分局，前三呢 → 刚才排第一的那家: first in which ranking is not plain (秀洲分局 was first before)
        return InContext(q, declined=f"“{word}”指哪一个排名里的？", choices=[
            Option(f"{who}（去掉后重排的第{place}）", who + year_of(conv, who) + rest),
            Option(f"{before[place - 1]}（原来排名的第{place}）", before[place - 1] + year_of(conv, before[place - 1]) + rest)])
    two_years = re.search(r"(?:这|那)?两(?:个)?年(?:度)?(?:的)?", rest)
    if two_years and not q.years and not plural and len(conv.years_seen) >= 2 and who in conv.last_agencies:
        # 它前一年是多少 → 它这两年一共收了多少: the two years just asked of it
        a, b = sorted(conv.years_seen[-2:])
        return t.written_out(f"{who}{a}年和{b}年" + rest[: two_years.start()] + rest[two_years.end() :])
    summed = re.search(r"加起来|合计|一共|总共|之和", conv.last_question) and len(conv.last_agencies) >= 2
    if (not plural and summed and who in conv.last_agencies and not q.years
            and re.fullmatch(r"(?:的)?(?:一家)?占(?:了)?(?:这个|这)?(?:合计|总数|总和|之和|总量)?(?:的|里)?"
                             r"(?:多少|几成|多大比例|多大比重|比例|比重|百分之几|百分之多少|多少比例)(?:是)?(?:多少)?(?:呢)?[?？。]*", rest)):
        # 加起来呢 → 第一名占多少: its share of the sum just shown
        last = conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
        def year(a: str) -> str:
            return f"{conv.seen_in[a]}年" if a in conv.seen_in else ""
        whole = "、".join(a + year(a) for a in conv.last_agencies)
        full = f"{who}{year(who)}{words}占{whole}{words}合计的比例"
        return InContext(t.reread(full), [f"接上题：“{word}”指{who}，按“{full}”理解"])
    bare = re.fullmatch(r"(?:的)?(?:呢|怎么样|如何)?[?？。]*", rest) and not q.metrics and not q.years
    ranked_words, last_words = figure_words(conv.ranked_question), figure_words(conv.last_question)
    differs = (bare and placed and among is conv.ranked and conv.last_question != conv.ranked_question
               and ranked_words and last_words and not _same_figure(ranked_words, last_words) and who not in conv.last_agencies)
    if differs and (re.search(r"同样|同一|一样|相同|照此", t.question) or (
            re.search(r"(?:这|那)(?:个|一)?(?:比例|比率|占比|比重|百分比)", t.question) and RATE_WORDS.search(last_words))):
        differs = False  # 第三名呢？同样口径 / 第一名这个比例呢: the figure just asked, of that place
    if differs and re.search(r"谁|哪家|哪个单位|哪一家|哪一个", q.text):
        rest, differs = ranked_words, False  # 倒数第一是谁: who is at that place of the ranking, with its figure
    if differs:
        # 金额排名 → 第二名呢 → 它采购了几个项目 → 倒数第一呢: the place of that ranking, but which figure of it?
        year = f"{places[place - 1]}年" if len(places) >= place else ""
        return InContext(q, declined=f"“{word}”是问排名里{word}的{ranked_words}，还是它的{last_words}？", choices=[
            Option(f"{who}{year}的{ranked_words}（排名的那一项）", f"{who}{year}{ranked_words}"),
            Option(f"{who}{year}的{last_words}（上一句问的那一项）", f"{who}{year}{last_words}")])
    if word in ("它", "刚才那个", "刚才那项", "上面那个") and conv.last_part and re.match(r"(?:的)?(?:占|在|比|是)", q.text[pronoun.end() :]):
        who += conv.last_part  # 它占不予公开的比例 after 哪个理由最多: the part just named
    elif re.match(r"(?:的)?占", rest):  # 榜首那家占它办结总数的比重: the row just ranked, over the whole named
        last = conv.last_question
        rest = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last, active=True))) + re.sub(r"^(?:的)?占(?:它|其)(?:的)?", "占", rest)
    before = re.search(r"(?:上一年|前一年|上年|上一个?年度)(?!度?(?:结转|遗留|转|带|留))", rest)  # (上一年遗留下来的: 上年结转)
    if not plural and before and ordinal and among is not conv.last_agencies and len(places) >= place:
        # 排第三那份的机关，上一年收了多少: the year before the one that place was shown for, not before today
        rest = rest[: before.start()] + f"{places[place - 1] - 1}年" + rest[before.end() :]
        years = ""
    elif re.search(r"哪一?年|哪个年份|哪个年度|哪几年", rest) and not plural:
        years = ""  # 排在后面那家，哪一年的…更多: its years ranked, never the one it was shown for
    elif not q.years and not plural:  # the year it was shown for (平潭: its 2022 report)
        shown = [places[place - 1]] if ordinal and among is not conv.last_agencies and len(places) >= place else conv.years_of.get(who, [])
        years = "、".join(f"{y}年" for y in shown) or years
    if conv.ranked:  # 它跟第三名只差几件: a place of the ranking named in the rest, by its name and year
        rest = re.sub(r"第([一二三四五六七八九十\d]+)名", lambda m: place_named(conv, cn_number(m.group(1))) or m.group(0), rest)
    if ordinal and conv.last_agencies and conv.last_agencies[0] != who:  # 第一名比它多多少件: 它 is the one just shown
        it = conv.last_agencies[0]
        if re.search(r"(?<=[比跟和与同])它(?=\d{4}年|自己)", rest) and among is conv.ranked and len(places) >= place:
            rest = re.sub(r"(?<=[比跟和与同])它(?=\d{4}年|自己)", "", rest)  # 第三名跟它23年比: its own other year
            years = f"{places[place - 1]}年"
        rest = re.sub(r"(?<=[比跟和与同是])它(?!们)", it + year_of(conv, it), rest)  # (第一名是它的几倍)
    these = re.search(r"(?:这|那)?([两三四五六七八九十\d]|几)家", rest)  # (头名占四家合计: the four just ranked)
    pairs = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    reports = re.search(r"(?:这|那)?([两三四五六七八九十\d]+)份(?:报告|年报)?", rest)
    if reports and conv.ranked and cn_number(reports.group(1)) == len(pairs) and not these:
        # 第一名占九份报告新收总数的多少: the reports of the last ranking, each agency with its years
        by_agency: dict[str, list[int]] = {}
        for a, y in pairs:
            by_agency.setdefault(a, []).append(y)
        names = "、".join(a + "和".join(f"{y}年" for y in sorted(ys)) for a, ys in by_agency.items())
        rest = rest[: reports.start()] + names + re.sub(r"^(?:的)?(?:新收)?(?:总数|总量|加总|合计|总和|之和)", "合计", rest[reports.end() :])
        if re.match(r"^(?:的)?占", rest) and not metric_spans(rest[: rest.find(names)]):
            last = conv.ranked_question or conv.last_question
            rest = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last))) + rest
    if these and conv.ranked and (these.group(1) == "几" or cn_number(these.group(1)) == len(dict.fromkeys(conv.ranked))):
        # 第一名一家占这五家合计的百分之多少: those of the last ranking, each in its year
        rest = rest[: these.start()] + "、".join(f"{a}{y}年" for a, y in pairs) + rest[these.end() :]
        if re.match(r"^(?:的)?占", rest) and not metric_spans(rest):
            last = conv.ranked_question or conv.last_question
            rest = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last))) + rest
    full = who + years + rest
    named = t.reread(full)
    said = f"接上题：“{word}”指{who}"
    if named.metrics and re.search(r"的?呢[?？。]*$", rest) and not OPERATION_WORD.search(rest) and not re.search(r"总计|总数", rest):
        # (它2024年的复议总计呢: the printed total asked, no operation carried)
        # 它的复议后起诉呢 after 复议分项合计多少: another row, the same operation
        carried = carry_over(conv.last_question, named, t.catalog, conv.years_seen, conv.agencies_seen)
        if carried:
            return InContext(t.reread(carried), [f"{said}，按“{carried}”理解"])
    asks_own = column_spans(rest) and COUNT_ASKED.search(re.sub(r"[?？。了]+$", "", rest))
    if not named.metrics and not named.unread and asks_own and ordinal:
        # 刚才排第二的那家，那年废止了多少: the row of the last question, with the column and count asked now (never the
        # operation the last question did)
        last = conv.last_question
        rows = "".join(last[s:e] for s, e in metric_spans(last, generic=True))
        if rows:
            plain = who + years + rows + re.sub(r"^[，,]", "", rest)
            return InContext(t.reread(plain), [f"{said}，按“{plain}”理解"])
    if not named.metrics and not named.unread:  # 它里面纠正几件: the rest of the last question carries over too
        # (垫底的是哪家: a place in the last ranking, so the figure is the one ranked)
        # 垫底的是哪家: who, with the figure ranked (第三名的同一个比例呢: the last figure, pointed at)
        bare = re.sub(r"[?？，,。的呢]", "", rest)  # (排第二的是哪家，多少钱: who, and the figure it was ranked by)
        who_only = (not bare or re.fullmatch(r"(?:是|有)?(?:多少钱?|多少件|几件|几个|多少个)", bare)) and not POINTING.search(t.question)
        # (排最后的那家呢 after another figure was asked of a place: that figure, as 呢 carries the last question)
        follows = (re.search(r"呢[?？。]*$", q.text) and conv.last_question != conv.ranked_question
                   and not POSITION.search(conv.last_question) and not RANK_WORDS.search(conv.last_question))
        before = conv.ranked_question if among is conv.ranked and conv.ranked_question and who_only and not follows else conv.last_question
        share, said_in = re.search(r"占", before), t.catalog.mentions(before)
        if (share and not bare and said_in and said_in[0].end <= share.start()
                and len([m for m in said_in if m.start >= share.end()]) >= 2):
            # 秀洲分局占五家合计的多少 → 第二名呢: the part is the place pointed at, the whole named after 占 stays
            part_year = re.match(r"(?:\d{4}年)*", before[said_in[0].end :]).end()
            plain = who + years + before[said_in[0].end + part_year :]
            return InContext(t.reread(plain), [f"{said}，按“{plain}”理解"])
        carried = carry_over(before, named, t.catalog, conv.years_seen, conv.agencies_seen)
        if carried:
            return InContext(t.reread(carried), [f"{said}，按“{carried}”理解"])
        figure = "".join(before[s:e] for s, e in sorted(metric_spans(before, generic=True) + column_spans(before)))
        if who_only and among is conv.ranked and figure:  # (按新收申请量给我排个名 → 排第二的是谁: the figure ranked)
            plain = f"{who}{years}{figure}多少"
            return InContext(t.reread(plain), [f"{said}，按“{plain}”理解"])
    return InContext(named, [f"{said}，按“{full}”理解"])


def _same_figure(a: str, b: str) -> bool:
    """新收申请 / 本年新收申请: two wordings of one figure (the same rows and columns), so nothing to ask."""
    def read(words: str) -> tuple[set[str], set[str]]:
        rows = {{"申请": "本年新收"}.get(k, k) for k in (m.key.rstrip("~") for m in find_metrics(words, keep_generic=True))}
        return rows, {words[s:e] for s, e in column_spans(words)}
    return a == b or read(a) == read(b) and bool(read(a)[0])
