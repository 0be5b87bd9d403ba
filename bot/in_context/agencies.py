"""Follow-ups naming an agency of the thread: an option picked, 市政府 beside a district, the other one offered, 回到淮安."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.conversation import PRONOUN
from bot.follow_up import RANK_WORDS, cn_number, figure_words
from bot.in_context.thread import (
    ORDINAL,
    RATE_WORDS,
    InContext,
    Thread,
    own_columns,
    year_of,
)
from bot.match import level_of
from bot.rows import NAMED_RATE, AmbiguousColumn, column_spans, find_column, find_metrics, metric_spans
from bot.understand import Query
from bot.when import read_period

_FIRST_ASKED = re.compile(r"^(?:那)?(?:(?:再)?回到|说回|换回到?|切回到?)?(?:我)?(?:刚才|之前|前面)?(?:(?:第一个|最开始|一开始|刚开始|最早|最先|头一个|开头|一开头|最开头)(?:问的|问到的|说的)"
                          r"(?:(?P<item>那项|那一项|那个数|那个数字|那一个数|那个合计|那个总数|那个总计)|那家|那个单位|那个|单位)?"
                          r"|(?:问的|问到的)(?:第一个|头一个|第一)(?P<item2>数字?|数|合计|总数|项)"
                          r"|(?:最开始|一开始|刚开始|最早|最先|开头|最开头)(?:的)?(?:那家|那个单位)"  # (回到最开始那家)
                          r"|(?<=回到)第一(?:家|个单位)"  # (回到第一家: the first agency of the talk)
                          r"|(?:第一个|头一个|最开始的?|一开始的?|开头的?|最早的?)问题(?:里|中)?(?:的)?(?:那家|那个单位)?"
                          r"|(?:你)?(?:的)?(?:第一个|头一个|最开始的?|一开始的?)(?:回答|答复)(?:里|中)?(?:的)?(?P<item3>那个口径|那个数字?|那一?项|那个))(?:的)?")


THE_OTHER = re.compile(r"^(?:那)?另(?:一|外)(?:一)?(?:类|个|种|项|部分)(?:的)?(?:呢|是多少|多少|几件)?[?？。]*$")


# 好，回到平潭: back to what was asked about that agency before the last question
_BACK = re.compile(r"^(?:好的?|对了|行|那)?(?:回到|说回|再回到|再说回)")


def the_one_there(q: Query, t: Thread) -> Query | None:
    """安康的 / 秀洲的予以公开率 while the conversation is about departments: the one agency held in that place
    (on its own, a bare place would mean its government, and is asked back)."""
    regions = [m for m in q.mentions if m.kind == "region"]
    if not regions or len(q.mentions) != len(regions):
        return None
    shown = {*t.conv.agencies_seen, *t.conv.ranked, *t.conv.listed, *t.conv.offered, *(lbl for lbl, _ in t.conv.picked_from)}
    text, said = q.text, []
    for m in sorted(regions, key=lambda m: -m.start):
        seen_there = [t.names[i] for i in m.agency_ids if t.names.get(i) in shown]
        if (len(m.agency_ids) > 1 and len(seen_there) == 1 and not m.unit_after
                and re.match(r"(?:的)?(?:那个|那家|那一?份)", text[m.end :])):
            # 嘉兴那家 after 嘉兴市发改委 was answered: of the units held there, the one this talk has been on
            name = seen_there[0]
            rest = re.sub(r"^(?:的)?(?:那个|那家|那一?份)", "", text[m.end :])
            text = text[: m.start] + name + rest
            said.append(f"“{m.text}那家”按{name}理解（对话里说到的{m.text}单位只有这一家）")
            continue
        if len(m.agency_ids) != 1 or "人民政府" in t.names[m.agency_ids[0]] or m.unit_after:
            return None
        name = t.names[m.agency_ids[0]]
        if name not in shown:
            # (the one held there was shown in this conversation: 安康 after a ranking that had it). A bare place
            # whose one unit the talk never showed is asked back, even in a talk on departments: four rounds'
            # writers (v146b-011, v151a-010, v154a-020 …) wanted it so, and the issue says so
            return None
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


_ITS_YEAR_SWAPPED = re.compile(r"^(?:那)?(?:把)?(?P<who>[^，,。？?]{2,12}?)(?:的)?(?:换成|改成|换到|改为)(?:\d{4})年(?:的)?(?:报告|年报|那份)?[，,]?"
                               r"(?:再算一下|再算一遍|再算|再来一次|重新算一下|重新算|呢|再加一下)?[?？。]*$")


def its_year_swapped(q: Query, t: Thread) -> Query | InContext | None:
    """淮安和洪泽加起来新收了多少 → 洪泽换成二三年的再算一下: the same sum, that agency in the year said, the others
    in theirs."""
    said = _ITS_YEAR_SWAPPED.match(q.text)
    conv = t.conv
    if not (said and len(q.years) == 1 and len(q.mentions) == 1 and conv.last_question and len(conv.last_agencies) >= 2):
        return None
    who = {t.names.get(i) for i in q.mentions[0].agency_ids}
    who = next(iter(who)) if len(who) == 1 else None
    if who not in conv.last_agencies or not all(a in conv.seen_in for a in conv.last_agencies):
        return None
    before, last = t.reread(conv.last_question), conv.last_question
    words = "".join(dict.fromkeys(last[a:b] for a, b in sorted(metric_spans(last) + column_spans(last))))
    if not (before.add_up and len(before.metrics) == 1 and words):
        return None
    named = "和".join(f"{a}{q.years[0] if a == who else conv.seen_in[a]}年" for a in conv.last_agencies)
    return t.written_out(f"{named}{words}加起来多少", f"接上题：把{who}换成{q.years[0]}年，其余不变")


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


def the_other_agency(q: Query, t: Thread) -> Query | InContext | None:
    """另外那家呢 / 另一家呢 after an answer about one of two agencies: the other of the two."""
    than = re.match(r"^(?:那)?(?:它)?比另(?:外)?(?:一|那)?(?:家|个单位)(?P<rest>.*)$", q.text)
    if than and not q.mentions:
        # 比率高的那家，采购总金额是多少 → 比另一家多出多少钱: the one just asked against the other of the two
        conv = t.conv
        pair = list(dict.fromkeys(conv.listed if len(set(conv.listed)) == 2 else conv.agencies_seen[-2:]))
        words = figure_words(conv.last_question) if conv.last_question else ""
        if len(pair) == 2 and len(conv.last_agencies) == 1 and conv.last_agencies[0] in pair and words and not RATE_WORDS.search(words):
            who = conv.last_agencies[0]
            other = pair[1] if who == pair[0] else pair[0]
            return t.reread(f"{who}{year_of(conv, who)}比{other}{year_of(conv, other)}{words}{than.group('rest')}")
        return None
    lead = re.match(r"^(?:那)?(?:另外|另)(?:一|那)?(?:家|个单位|个(?=呢|[?？。]*$))(?:的)?", q.text)  # (另一个呢: of two agencies)
    if q.mentions or not lead:
        return None
    rest = q.text[lead.end() :]
    # (另一家呢，同样算法 → 另一家的同一比例呢: the figure of the thread, of the other one)
    if not re.fullmatch(r"(?:的)?(?:同一比例|同样的?比例|这个比例|同样算法|同一口径|同样口径)?(?:(?:是|有)?(?:多少|几件))?(?:呢)?[?？。]*", rest):
        # 另一家的行政诉讼，两类加起来是多少: the other of the two, asked what is said now
        # (哪家最多 showing only the first of two ranked: the pair is the ranking's)
        pair = list(dict.fromkeys(t.conv.listed if len(set(t.conv.listed)) == 2 else t.conv.ranked if len(set(t.conv.ranked)) == 2
                                  else t.conv.agencies_seen[-2:]))
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
    cells = t.conv.single_figures[-2:]
    if lead.group(0).endswith("个") and len(set(t.conv.listed)) != 2 and set(offered) != set(pair) and not (
            len(cells) == 2 and {a for a, _, _ in cells} == set(pair)):
        # 另一个呢 after one agency's two turns: the other of two agencies only when the last answers set them side by side
        return InContext(q, declined="“另一个”指哪一个没能确定（是另一家单位，还是另一项？），请说完整")
    other = pair[1] if last[0] == pair[0] else pair[0]
    if t.conv.ranked_label and t.conv.ranked_question == t.conv.last_question and other in t.conv.ranked:
        # (哪个单位最多 → 另一家是多少: the figure ranked, as the ranking named it)
        when = f"{t.conv.ranked_at[t.conv.ranked.index(other)]}年"
        return t.reread(other + when + re.sub(r"（总计）$", "", t.conv.ranked_label))
    return t.reread(other + year_of(t.conv, other) + "呢")


def the_other_unit_there(q: Query, t: Thread) -> InContext | None:
    """（发改委…）→ 嘉兴你还有另一家单位的报告吧？它那年予以公开的有多少件: of the two units held there, the one
    the thread is not on."""
    said = re.search(r"另(?:外)?(?:那)?(?:一)?(?:家|个)(?:单位)?", q.text)
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
    # (另外那一家呢，同一个比例算一下: the figure of the talk, asked again)
    tail = re.sub(r"^(?:呢)?[，,]?(?:也)?(?:按)?(?:同一个?|同样的?|一样的)(?:比例|比率|占比|比重|口径)(?:也)?(?:是多少|是几|算一下|算算|呢)?[?？。.]?$", "呢", tail)
    item = re.fullmatch(r"(?:呢)?[，,]?(?:同一项|同一格|同一栏|这一项)(?:是多少|是几件?|有几件|呢)?[?？。.]*", tail)
    if item and t.conv.last_question:
        # 嘉兴另外那家单位，同一项是多少 (after a share): the item itself, its count; a share is 同一比例
        last = t.conv.last_question
        cut = last.find("占") if "占" in last else len(last)
        tail = "".join(dict.fromkeys(last[a:b] for a, b in sorted(metric_spans(last) + column_spans(last)) if b <= cut)) + "是多少"
    if re.fullmatch(r"(?:的)?(?:(?:这个|那个|同样的?|同一个?)(?:比例|比率|占比|比重|数|数字)?)?(?:呢|怎么样|如何)?[?？。]*", tail) and t.conv.last_question:
        tail = figure_words(t.conv.last_question) or tail  # 另一家嘉兴的单位呢: the figure the thread is on
    elif t.conv.last_question and not find_metrics(tail) and (column_spans(tail) or re.search(r"金额|数量|件数", tail)):
        # 另外那家嘉兴单位的金额呢: that column of the row the thread is on
        last = t.conv.last_question
        tail = "".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last))) + re.sub(r"^的", "", tail)
    return t.written_out(other + year + (tail or "呢"), f"接上题：“{loose[0].text}另一家”指{other}")


def _share_of_years(agency: str, t: Thread) -> bool:
    """Whether the last share asked of `agency` in this talk was over more than one year (两年合计占两年新收的比例)."""
    for text in reversed([*t.conv.history, t.conv.last_question]):
        read = t.reread(text)
        if agency in {t.names.get(i) for m in read.mentions for i in m.agency_ids} and read.ratio:
            return len(read.years) > 1
    return False


def last_places(q: Query, t: Thread) -> InContext | None:
    """排在最后两家的新收加起来多少: the last places of the ranking shown, named (each in its year)."""
    said = re.search(r"(?:排在|排)?(?:最后|末尾|倒数|垫底(?:的)?)([两二三四五六七八九十\d])(?:名|家|位|个)", q.text)
    shown = list(dict.fromkeys(zip(t.conv.ranked, t.conv.ranked_at, strict=False)))
    if not said or q.mentions or not shown:
        return None
    n = cn_number(said.group(1))
    if not 2 <= n < len(shown):
        return None
    names = "和".join(f"{a}{y}年" for a, y in shown[-n:])
    rest = re.sub(r"^(?:的)?", "", q.text[said.end() :])
    ranked = "" if q.metrics else figure_words(t.conv.ranked_question)
    return t.written_out(names + "的" + ranked + rest, f"接上题：“{said.group(0)}”指{names}")


def _rate_of_the_two_sums(q: Query, t: Thread) -> InContext | None:
    """复议合计 → 其中纠正的合计 → 用这两个合计数算个纠错率 / 合在一起算纠错率: that rate of the reports summed, each
    side added up over them first (the two sums just shown, over one scope)."""
    sums = [t.reread(x) for x in [*t.conv.history[-1:], t.conv.last_question] if x]
    rate = re.search(r"(?:复议|诉讼)?(?:纠错|纠正|维持|败诉)率", q.text)
    kinds = {k for r in sums for m in r.metrics for k in ("复议", "诉讼") if k in m.key}
    scope_of_both = len(sums) == 2 and all(r.add_up and r.mentions for r in sums) and len(
        {(tuple(r.years), tuple(sorted(i for m in r.mentions for i in m.agency_ids))) for r in sums}) == 1
    if not (scope_of_both and rate and len(kinds) == 1):
        return None
    r = sums[-1]
    names = "和".join(dict.fromkeys(t.names[i] for m in r.mentions for i in m.agency_ids if i in t.names))
    said_rate = rate.group(0) if rate.group(0)[:2] in ("复议", "诉讼") else kinds.pop() + rate.group(0)
    return t.written_out(f"{names}{''.join(f'{y}年' for y in r.years)}{said_rate}，几家合起来算")


_POOLED_RATE = re.compile(r"^(?:那)?(?:就)?(?:把它们|把这些|把两家|两家)?(?:合在一起|合起来|加起来|加在一起|放在一起|合并|一起)"
                          r"(?:算|来算|计算|看)(?:一下|个|一个)?(?:的)?(?:复议|诉讼)?(?:纠错|纠正|维持|败诉)率(?:呢|是多少|多少)?[?？。]*$")


def rate_of_the_sums(q: Query, t: Thread) -> InContext | None:
    """淮安和洪泽复议一共多少 → 被纠正的合计呢 → 合在一起算纠错率: the rate of the two sums just shown."""
    rate = NAMED_RATE.search(q.text)
    if not ((_POOLED_RATE.match(q.text) or q.pooled and rate) and not q.mentions and not q.years):
        return None
    pooled = _rate_of_the_two_sums(q, t)
    conv = t.conv
    years = {conv.seen_in.get(a) for a in conv.last_agencies}
    if pooled is not None or not rate or len(conv.last_agencies) < 2 or len(years) != 1 or None in years:
        return pooled
    # 两家政府的办理结果总计合起来 → 合并口径的办结率: that rate of the agencies just added up, pooled
    if not (t.reread(conv.last_question).add_up or re.search(r"合计|合起来|加起来|一共", conv.last_question)):
        return None
    return t.written_out(f"{'和'.join(conv.last_agencies)}{years.pop()}年{rate.group(0)}，几家合起来算")


def these_agencies(q: Query, t: Thread) -> Query | InContext | None:
    """这四家的采购金额加起来多少 / 这几家呢 after a list of them: those agencies, named (each in its year)."""
    still = re.search(r"[，,]\s*(?:还是|仍是|仍然是|依然是|也是|就)(?:这|那)([两二三四五六七八九十\d]|几)(?:家|个单位|份)(?:吧)?[。]?$", q.text)
    if still and still.start() > 0 and not q.mentions:
        # 行政强制呢，还是这三家: the follow-up over the same agencies, ranked again when they were ranked
        conv, n = t.conv, (None if still.group(1) == "几" else cn_number(still.group(1)))
        listed = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
        ranked = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
        if listed and n in (None, len(listed)) and conv.ranked_question == conv.last_question:
            return t.reread(q.text[: still.start()])
        if ranked and n == len(ranked):  # (老二比老三 showed two of the three since: the ranking is what 这三家 are)
            head = re.sub(r"^(?:那)?|(?:的)?呢$", "", q.text[: still.start()])
            order = "从少到多排" if re.search(r"最少|最低|从少到多|从低到高|从小到大", conv.ranked_question) else "从多到少排"
            return t.reread("和".join(f"{a}{y}年" for a, y in ranked) + head + order)
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
    after_top = q.text[top.end() :] if top else ""
    # (给我前三名，从高到低: the order they are said in, not another ranking)
    after_top = re.sub(r"^(?:名)?[，,]?(?:按)?(?:从高到低|从大到小|从多到少|由高到低|由大到小|由多到少|依次)(?:排列?|列出来?|说|列)?[。.!！]*$", "", after_top)
    if (top and not q.mentions and not q.years and t.conv.ranked and not new_row and not RANK_WORDS.search(after_top)
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
        it = re.match(r"^(?:的)?(?:再)?(?:加上|算上|连同|连上|和)(?:它|这家|该单位)(?:的)?[，,]?", after_top)
        last = t.conv.last_agencies[0] if len(t.conv.last_agencies) == 1 else ""
        added = []
        if it and last and last not in {a for a, _ in first} and year_of(t.conv, last):
            # 前三名再加上它，一共多少: those places and the agency the thread is on, added
            added, after_top = [(last, year_of(t.conv, last)[:-1])], after_top[it.end() :]
        if len(first) == cn_number(top.group(1)):  # (one agency may be there with two years: two reports)
            names = "和".join(f"{a}{y}年" for a, y in [*first, *added])
            # (前三名加起来 some questions after the ranking: the figure ranked, not the one asked since)
            ranked = "" if q.metrics else figure_words(t.conv.ranked_question)
            # (你刚说的这三家里，前两名: the places said of the list just shown, which the names now say)
            before = re.sub(r"^(?:你)?(?:刚才?|上面|前面)?(?:说|列|排)?(?:的|出来的)?(?:这|那)[两二三四五六七八九十\d]+(?:家|个|名)(?:里|中|当中|里面)?[，,]?$", "",
                            q.text[: top.start()])
            return t.reread(before + names + ranked + after_top)
    said = re.search(r"(?<![前第哪])(?:这|那)?([两二三四五六七八九十\d]|几)(家|(?<=两)边|个单位|份(?:报告|年报)?|个(?:比例|百分比|数字?|结果|比率|[\u4e00-\u9fff]{0,3}?金额|[\u4e00-\u9fff]{0,3}?率(?=里|中|当中|之中|谁|哪|的|加|差|相差|排|从|按|[，,]))|(?:(?<=这[两二三四五六七八九十])|(?<=刚才[两二三四五六七八九十])|(?<=前面[两二三四五六七八九十])|(?<=上面[两二三四五六七八九十])|(?<=^[两二三四五六七八九十]))个(?=加|合计|一共|总共|相加|里|中|当中|之中|谁|哪|按[^，,。？?]{0,12}?(?:排|从高|从低|从大|从小|从多|从少)|从高|从低|从大|从小|从多|从少|排|[\u4e00-\u9fff]{1,6}?的?(?:数字?|件数)(?:加|合计|一共|总共|相加|排|从高|从多|从大|从少|从低|谁|哪)))", q.text)
    if said and said.group(2) == "边" and (q.metrics or len(t.conv.last_agencies) != 2):
        return None  # 新收加上年结转，跟办结加结转下年，两边相等吗: two sides of a sum, not two agencies
    if q.exclude_ids:
        return None  # 去掉淮安，剩下三家…: the count is of what is left, read with the exclusion
    cells = t.conv.single_figures[-2:]
    if (said and said.group(2) in ("个数", "个数字") and len(cells) == 2 and cells[0][:2] == cells[1][:2]
            and t.conv.last_agencies == [cells[1][0]]):
        rate = NAMED_RATE.search(q.text)
        kinds = {k for c in cells for k in ("复议", "诉讼") if k in c[2]}
        if rate and re.match(r"纠错|纠正|维持|败诉", rate.group(0)) and len(kinds) == 1:
            # 复议总计 → 其中纠正的 → 按这两个数算的纠错率: that report's rate of the kind of case the two figures are of
            who, year, _ = cells[1]
            said_rate = rate.group(0) if rate.group(0)[:2] in ("复议", "诉讼") else kinds.pop() + rate.group(0)
            return t.written_out(f"{who}{year}年{said_rate}")
        return None  # 规范性文件现行有效 → 规章的呢 → 这两个数加一下: the two figures just given, of one report
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
                            and not q.years)  # 三家谁最多 / 三家的采购金额加在一起: the three of the conversation
                        or re.search(r"(?:有|填了|印了)(?:数|数字|数据|金额)的$", q.text[: said.start()]))  # 有数的几家: those shown with figures
    if said and re.search(r"(?:市|区|县|镇)?(?:的)?(?:那|这)?$", q.text[: said.start()]) and any(
            t.catalog.knows_place(q.text[max(0, said.start() - n) : said.start()].rstrip("的那这")) for n in (2, 3, 4, 5)):
        return None  # 把嘉兴那两家去掉: the units held in that place, not the two just talked of
    if not said or q.mentions and not q.position_of or (said.group(1) == "几" and (not pointed or said.group(2).startswith("份"))):
        return None  # (那几份报告里: the reports of a year, not a list shown; 这三个办结率里淮安排第几: one of them placed)
    if PRONOUN.match(q.text) and t.conv.last_agencies and said.start() > 0:
        return None  # 第一名一家占这五家合计的…: the place pointed at leads; read with it (_pronoun)
    if said.group(2) in ("家", "个单位") and said.group(1) != "几" and t.conv.options and not t.conv.left_unread:
        # 第一名这个比例呢（asked back）→ 这两家的新收加起来: which two is not plain while the ask-back is open (an
        # ask-back over words not understood leaves the agencies as they were)
        return InContext(q, declined=f"“{said.group(0)}”指哪几家没能确定（上一句还在问要哪一个），请写出单位名称")
    sums = [t.reread(x) for x in [*t.conv.history[-1:], t.conv.last_question] if x]
    one_report = len(sums) == 2 and len({tuple(r.years) for r in sums} | {tuple(i for m in r.mentions for i in m.agency_ids) for r in sums}) == 2 and all(
        (r.add_up or r.parts_sum) and len(r.metrics) == 1 and r.mentions and r.years for r in sums) and sums[0].metrics != sums[1].metrics
    same_scope = len(sums) == 2 and all(r.add_up and len(r.metrics) == 1 and r.mentions for r in sums) and len(
        {(tuple(r.years), tuple(sorted(i for m in r.mentions for i in m.agency_ids))) for r in sums}) == 1 and sums[0].metrics != sums[1].metrics
    if said.group(2) == "个":
        pooled = _rate_of_the_two_sums(q, t)  # 复议合计 → 其中纠正的合计 → 用这两个合计数算个纠错率
        if pooled is not None:
            return pooled
    if (said.group(2) == "个" and re.match(r"(?:的)?(?:合计|总数|之和|总和)(?:再)?(?:合起来|加起来|加在一起|相加|加一块)", q.text[said.end() :])
            and same_scope and not q.metrics):
        # 淮安和洪泽予以公开加起来 → 部分公开呢 → 把前面这两个合计再合起来: both rows, over the same agencies, added
        # (several agencies and several rows in one sum is not computed: said, never one of the two sums given)
        return InContext(q, declined="两个合计再相加（几家单位、几项一起）还不会一次算；请分别问每家单位这几项加起来是多少"
                                     "（例如：淮安市政府2024年予以公开加部分公开一共多少）")
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
    if said.group(1) == "几" and len(q.years) == 1 and len(shown) <= 2 and of_year > 2:
        return None  # 2020年那几家 after two were talked of (两家 would say them): that year's reports
    if said.group(1) == "几" and q.years and q.top_n and q.top_n > len(shown):
        return None  # 2020年那几家单位里排前三 after two were compared: more places than those two, the year's reports
    count = len(shown) if said.group(1) == "几" else cn_number(said.group(1))
    conv = t.conv
    one_each = len(conv.last_agencies) == 1 and conv.history and len(
        {i for m in t.reread(conv.history[-1]).mentions for i in m.agency_ids}) == 1
    pair = conv.agencies_seen[-2:]
    last3 = conv.single_figures[-3:]
    if (count == 2 and said.group(1) != "几" and len(shown) != 2 and len(last3) == 3 and conv.last_question and len({a for a, _, _ in last3}) == 3
            and len({c for _, _, c in last3}) == 1 and conv.last_agencies == [last3[-1][0]]):
        # 淮安 → 洪泽呢 → 平潭呢 → 那两家差多少: three were asked one by one; which two is not plain
        rest = q.text[said.end():]
        pairs = [(x, y) for i, x in enumerate(last3) for y in last3[i + 1:]]
        return InContext(q, declined=f"“{said.group(0)}”指哪两家？刚才依次问了{'、'.join(a for a, _, _ in last3)}", choices=[
            Option(f"{x[0]}和{y[0]}", f"{x[0]}{x[1]}年和{y[0]}{y[1]}年{figure_words(conv.last_question)}{rest}") for x, y in pairs])
    three = list(dict.fromkeys(conv.last_agencies))
    if (count == 2 and said.group(1) != "几" and len(shown) != 2 and len(three) == 3 and conv.last_question
            and all(a in conv.seen_in for a in three) and conv.ranked_question != conv.last_question):
        # 再把平潭的加进来，三家一共多少 → 两家差多少: the last turn was of three; which two is not plain
        rest = q.text[said.end():]
        words = figure_words(conv.last_question)
        pairs = [(x, y) for i, x in enumerate(three) for y in three[i + 1:]]
        return InContext(q, declined=f"“{said.group(0)}”指哪两家？上一句说的是{'、'.join(three)}三家", choices=[
            Option(f"{x}和{y}", f"{x}{conv.seen_in[x]}年和{y}{conv.seen_in[y]}年{words}{rest}") for x, y in pairs])
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
    summed_cells = said.group(2) == "个" and re.match(r"([\u4e00-\u9fff]{1,6}?)的?(?:数字?|件数)(?=加|合计|一共|总共|相加)", q.text[said.end() :])
    if said.group(2) == "个" and (re.match(r"里|中|当中|之中|谁|哪|按", q.text[said.end() :]) or summed_cells):
        # 洪泽…的比例 → 淮安市同年呢 → 平潭那份呢 → 这三个里谁最高: the figures just given one by one, one
        # agency each, of the same row; otherwise which ones is not plain
        cells = conv.single_figures[-count:]
        if summed_cells:  # (刚才三个现行有效的数: the last three figures of that column, whatever was asked between)
            cells = [c for c in dict.fromkeys(conv.single_figures) if summed_cells.group(1) in c[2]][-count:]
        if not (len(cells) == count and len({(a, y) for a, y, _ in cells}) == count and len({c for _, _, c in cells}) == 1):
            return None
        shown = [(a, y) for a, y, _ in cells]
        if summed_cells:
            # 刚才这三个现行有效的数加一块: those cells (one row, one column), each of its report, added
            label = cells[0][2]
            return t.reread("和".join(f"{a}{y}年" for a, y in shown) + label + q.text[said.end() + summed_cells.end() :])
    rates = conv.single_figures[-count:] if count else []
    # (a list shown since would have emptied single_figures: these are the last figures given)
    if (re.fullmatch(r"个(?:[\u4e00-\u9fff]{0,3}率|比例|百分比|占比)", said.group(2)) and len(rates) == count
            and len({(a, y) for a, y, _ in rates}) == count and len({c for _, _, c in rates}) == 1):
        shown = [(a, y) for a, y, _ in rates]  # 刚才这三个率排个序 after three reports' rates asked one by one: those reports
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
    talked = list(dict.fromkeys([*conv.agencies_seen, *conv.named_unanswered]))[-count:] if count else []
    if (said.group(2) in ("家", "个单位") and said.group(1) != "几" and len({a for a, _ in shown}) < count and len(talked) == count
            and all(a in conv.seen_in or len(q.years) == 1 for a in talked)):
        # 洪泽两年的列表 → 淮安同一年 (not held) → 那就拿两家24年的比: the two agencies of the talk, never one agency's two years
        shown = [(a, conv.seen_in.get(a) or q.years[0]) for a in talked]
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
    elif len(q.years) == 1 and said.group(1) != "几":
        shown = [(a, q.years[0]) for a, _ in shown]  # 同一年两家加起来: both in the year said, whatever year each was asked in
    years = {y for _, y in shown}
    names = "和".join(a + ("" if len(years) == 1 else f"{y}年") for a, y in shown)
    when = f"{years.pop()}年" if len(years) == 1 and not q.years else ""
    # (两个比例哪个高: still the share; 这两个金额差多少: still the amount)
    unit = "的" + said.group(2)[1:] if re.match(r"个(?:比例|百分比|比率|[\u4e00-\u9fff]{1,3}率)", said.group(2)) or said.group(2).endswith("金额") else ""
    if re.fullmatch(r"个[\u4e00-\u9fff]{1,3}率", said.group(2)) and said.group(2) != "个比率" and conv.last_question:
        # 三个纠正率里哪个最低: the rate of the row the thread is on (行政复议纠正率), not a word alone
        last = conv.last_question
        unit = "的" + "".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last))) + said.group(2)[1:]
    # (两个数差几个百分点: a gap of the shares just given, no share asked of them)
    if re.match(r"个数字?$", said.group(2)) and re.search(r"占|比例|比重|百分比|百分之", q.text[said.end() :]):
        # 这三个数各占本单位办理结果总计的比例: the figure those three were, each over its own whole
        last = conv.last_question
        words = "".join(dict.fromkeys(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last))))
        if not words or RATE_WORDS.search(words):
            return None
        unit = words
    if re.fullmatch(r"个数字?", said.group(2)) and not q.metrics and not unit and conv.last_question and RATE_WORDS.search(conv.last_question):
        # 本机关不掌握占办理结果总计多少 → 淮安市这个比例呢 → 哪个高 两个数都报一下: the two shares just given
        words = figure_words(conv.last_question)
        if not words or not RATE_WORDS.search(words):
            return None
        unit = words if re.search(r"比例|占比|比重|百分|率", words) else words + "的比例"
    if not q.metrics and not unit and not column_spans(q.text) and RANK_WORDS.search(q.text[said.end() :]) and conv.last_question:
        words = figure_words(conv.last_question)  # 这几家里哪家最多: on the figure just added up
        unit = words if words and not RATE_WORDS.search(words) else ""
        if words and RATE_WORDS.search(words) and re.search(r"占", words):
            # 本机关不掌握的占办理结果总计多少 (three shares) → 这三家从高到低排: the shares ranked, never their counts
            unit = words + ("" if re.search(r"比例|占比|比重|率", words) else "的比例")
    full = q.text[: said.start()] + names + when + unit + q.text[said.end() :]
    if (re.search(r"占$", q.text[: said.start()]) and not re.match(r"^(?:那)?占", q.text) and RATE_WORDS.search(q.text)
            and re.match(r"(?:的)?[\u4e00-\u9fff]{0,8}?(?:总数|合计|总和|之和|总量)", q.text[said.end() :])):
        # 维持的占两家复议总数几成: the part of both over the whole of both, added first (never each one's share)
        full = re.sub(r"[?？。]*$", "", full) + "，几家合起来算"
    if re.match(r"^(?:那)?占", q.text) and len(t.conv.last_agencies) == 1:  # 占四家采购总金额的几成: the thread's agency's share
        who = t.conv.last_agencies[0]
        last = t.conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
        return t.reread(who + year_of(t.conv, who) + words + re.sub(r"^(?:那)?", "", full))
    return t.reread(full)


_FIRST_YEAR = re.compile(r"^(?:那)?(?:再)?(?:回到|说回)?(?:我)?(?:第一个|最开始|一开始|刚开始|最早|最先|头一个|开头)(?:问的|问到的|说的)?那一?年(?:的)?[，,]?")


_FIRST_YEAR_INSIDE = re.compile(r"(?:我)?(?:刚才|之前|前面)?(?:第一个|最开始|一开始|刚开始|最早|最先|头一个|开头|先)(?:问的|问到的|说的)那一?年(?:的)?|(?:最开始|一开始|刚开始|开头)那一?年(?:的)?")


def first_asked_year(q: Query, t: Thread) -> Query | None:
    """再回到第一个问的那一年，复议后起诉这一栏…: the year the conversation began with, the rest as said
    (比我刚才先问的那年多了多少: in place, inside the question)."""
    said = _FIRST_YEAR.match(q.text)
    inside = None if said else _FIRST_YEAR_INSIDE.search(q.text)
    years = read_period(t.conv.first_question).years if (said or inside) and t.conv.first_question else []
    if not ((said or inside) and len(years) == 1 and not q.years):
        return None
    if inside:
        return t.reread(q.text[: inside.start()] + f"{years[0]}年" + q.text[inside.end() :])
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
        # (回到我问的第一个数，扣掉自然人的还剩几件: that figure itself, of the agency it was asked of)
        who = "" if q.mentions else (t.conv.first_agency or t.conv.last_agencies[0])
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
        first_years = read_period(t.conv.first_question).years
        if who and who == t.conv.first_agency and len(first_years) == 1 and not q.years:
            who += f"{first_years[0]}年"
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
    put_in_words = re.compile(r"^(?:那)?(?:再)?(?:把[^，,。？?]{2,24}?(?:也)?(?:算进来|算进去|加进来|加进去|算上|加上|放进来|放进去)|加上|算上|连同|连上)"
                              r"|^[^，,。？?]{2,24}?(?:的)?(?:也|一起|一并)(?:算进来|算进去|加进来|加进去|放进来|放进去|算上|加上)")
    agency_offered = any(lbl in t.names.values() for lbl, _ in t.conv.options)
    if (q.mentions and (t.conv.figure_lost or t.conv.lost_turn or t.conv.last_unanswered and not agency_offered)
            and put_in_words.match(q.text) and not RANK_WORDS.search(q.text) and "排" not in q.text):
        # 两家合计 (not answered) → 再把乍浦镇也加进去: the sum it goes into was never given
        return InContext(q, declined="上一句没能给出合计，要加到哪个数上没能确定；请写出要相加的所有单位（例如：发改委、秀洲分局和乍浦镇2020年新收申请加起来）")
    # (再加上洪泽2024年的呢: the same, said shortly; 把平潭2022年也算进来，三家…: the same, said the other way round)
    put_in = re.match(r"^(?:那)?(?:再)?把(.{2,24}?)(?:也)?(?:算进来|算进去|加进来|加进去|算上|加上|放进来|放进去|拉进来|拉进去|带进来|包括进来|包含进来)[，,]?(.*)$", q.text) or (
        # 安康市自然资源局的也算进去: the same, said without 把
        re.match(r"^(?:那)?(?:再)?([^，,。？?把]{2,24}?)(?:的)?(?:也|一起|一并)(?:算进来|算进去|加进来|加进去|算上|加上|放进来|放进去)[，,]?(.*)$", q.text))
    if put_in and RANK_WORDS.search(put_in.group(2)) or put_in and re.search(r"排", put_in.group(2)):
        return None  # 把平潭那份也放进来一起排: one more in the ranking, not a sum
    if put_in and q.mentions and all(m.end <= put_in.end(1) for m in q.mentions):
        tail = put_in.group(2)  # (把秀洲分局也算进去呢: the sum again, with it)
        q = t.reread(f"加上{put_in.group(1)}的呢" if re.fullmatch(r"(?:呢|吧|的话)?[?？。]*", tail) else f"加上{put_in.group(1)}，{tail}")
    if (q.mentions and re.fullmatch(r"(?:那)?(?:再)?(?:加上|算上)[^，,。？?的]{1,16}?(?:的)?[?？。]*", q.text) and t.conv.last_question
            and (t.reread(t.conv.last_question).add_up or t.conv.ranked_question == t.conv.last_question)):
        q = t.reread(re.sub(r"(?:的)?[?？。]*$", "", q.text) + "的呢")  # 两家合计 → 再算上乍浦镇: that sum with it, as 再加上乍浦镇的呢
    lead = re.match(r"^(?:刚才|前面|上面)?(?:那个|这个)数(?:字)?[，,]\s*(?=(?:再)?(?:加上|算上))", q.text)
    if lead and q.mentions:  # 刚才那个数，再加上平潭同一栏的，合计多少: the figure just given is the one added to
        q = t.reread(q.text[lead.end() :])
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
        shown = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
        if conv.ranked_question == conv.last_question and 2 <= len(shown) <= 8 and not named & {a for a, _ in shown}:
            # 2024年哪家的自然人申请占比高 → 加上平潭: those ranked (each in its year) and the one named, ranked again
            added = re.sub(r"(?:的)?呢[?？。]*$", "", q.text[plus.end() :])
            return t.written_out("、".join(f"{a}{y}年" for a, y in shown) + "和" + added + t.figure_only(conv.last_question))
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
        years = read_period(conv.last_question).years if conv.last_question else []
        if len(years) >= 2 and t.reread(conv.last_question).add_up and who not in named:
            # 洪泽两年合计 → 再把淮安市政府2024年的算进去，总共多少: each report of that sum, and the one named
            return t.written_out("和".join(f"{who}{y}年" for y in years) + "和" + q.text[plus.end() :])
        rest = q.text[plus.end() :]
        if not q.metrics:  # 再加上平潭同一栏的，合计多少: the figure the thread is on, of both
            last = conv.last_question
            words = "".join(dict.fromkeys(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last))))
            if not words or RATE_WORDS.search(words):
                return None
            rest = _SAME_CELL_BEFORE_SUM.sub(lambda m: m.group(1) + words, rest, count=1)
        return None if who in named else t.written_out(who + year_of(conv, who) + "和" + rest)
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
        rest = _SAME_CELL_BEFORE_SUM.sub(lambda m: m.group(1) + words, rest, count=1)
    return t.written_out("和".join(f"{a}{y}年" for a, y in shown) + "和" + rest)


# 平潭同一栏的，合计 / 淮安市2024年的，三个数合计: where the figure's words go, before the sum asked
_SAME_CELL_BEFORE_SUM = re.compile(r"^(.*?)(?:的)?(?:同一?(?:栏|项|列|格)|这一?(?:栏|项))?(?:的)?[，,]?(?:这)?(?:[两二三四五六七八九十\d]个数)?"
                                   r"(?=合计|一共|总共|加起来|之和)")


_THE_ONE_LEFT = re.compile(r"(?:剩下|剩余|其余|另外)(?:的)?(?:那|这)?(?:一)?(?:家|个单位|份)(?:的)?")


_TAKEN_OUT = re.compile(r"^(?:那)?(?:被我|我|刚才|前面|之前)?(?:先)?(?:拿掉|去掉|剔掉|剔除|排除|除掉|除开|扣掉|刨掉|不算)(?:了)?的那(?:一)?(?:家|个|份)(?:单位|报告|年报)?(?:的)?")


def the_one_taken_out(q: Query, t: Thread) -> Query | InContext | None:
    """把淮安市政府先拿掉，…前三 → … → 被我拿掉的那家呢: the agency a question of this talk left out, by its name."""
    said = _TAKEN_OUT.match(q.text)
    conv = t.conv
    if not (said and not q.mentions):
        return None
    for before in reversed([*conv.history, conv.last_question]):
        read = t.reread(before) if before else None
        if read is not None and read.exclude_ids:
            break
    else:
        return InContext(q, declined=f"“{said.group(0)}”指哪一家没能确定（前面没有去掉过哪一家），请写出单位名称")
    names = list(dict.fromkeys(t.names[i] for i in read.exclude_ids if i in t.names))
    held = sorted(t.held.get(read.exclude_ids[0], {})) if len(names) == 1 else []
    years = [y for y in held if not read.years or y in read.years]
    if len(names) != 1 or len(years) != 1:
        return InContext(q, declined=f"“{said.group(0)}”指哪一份没能确定，请写出单位名称和年份")
    return t.reread(f"{names[0]}{years[0]}年" + q.text[said.end() :])


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
        # (回到淮安，维持的有多少: the agency and what is asked of it, without the words that turn back)
        return t.reread(q.text[back.end() :]) if q.text[back.end() :] else None


