"""Answers to an ask-back: an option picked by number, name or year, another option, another level (不是市里的，区里那个)."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.conversation import Conversation, pick_option
from bot.follow_up import cn_number
from bot.in_context.thread import COUNT_ASKED, LEVEL_REF, InContext, Thread, blank_spans, year_of
from bot.match import level_of
from bot.places import places_said
from bot.rows import column_spans
from bot.understand import Query
from bot.when import read_period

_RANKED_PICK = re.compile(r"(?:那)?(?:就)?(?:排)?(?:在)?(?:第(?P<n>[一二三四五六七八九十\d]{1,2})(?:名|位)?|头名|榜首|(?P<last>最后一名|倒数第一|垫底))"
                          r"(?:的)?(?:那家|那个|那一家|那一个|那个单位)?(?:吧|呢|的)?")


def option_picked(q: Query, t: Thread) -> InContext | None:
    """2 / 发改委那个 / 县政府: an option of the last ask-back."""
    picked = pick_option(t.question, t.conv, t.catalog, t.names)
    years_offered = {lbl: qq for lbl, qq in t.conv.options if re.fullmatch(r"\d{4}年", lbl)}
    if picked is None and years_offered and len(q.years) == 1 and not q.metrics and not q.mentions:
        picked = years_offered.get(f"{q.years[0]}年")  # 24年 after 请问要哪一年？: the year offered
    place = _RANKED_PICK.fullmatch(re.sub(r"[。！!？?，,\s]+$", "", q.text))
    if picked is None and place and t.conv.ranked:
        # 排第一的那家 after 嘉兴那家…请问是哪一个？: the agency that place of the last ranking holds, when it was offered
        n = -1 if place.group("last") else cn_number(place.group("n") or "一")
        who = t.conv.ranked[n - 1] if n == -1 or 0 < n <= len(t.conv.ranked) else None
        picked = next((qq for lbl, qq in t.conv.options if lbl == who), None)
    if picked is None:
        return None
    label = next(lbl for lbl, qq in t.conv.options if qq == picked)
    that_year = re.search(r"那年|那一年|同年|同一年|当年", picked)
    if that_year and not read_period(picked).years and t.conv.years_seen:
        # 洪责那年的复议维持几件 → 对 洪泽: 那年 is the year the talk was in when it was asked
        picked = picked[: that_year.start()] + f"{t.conv.years_seen[-1]}年" + picked[that_year.end() :]
    t.conv.picked_from = t.conv.options
    t.conv.offered = [lbl for lbl, _ in t.conv.options]
    return InContext(t.reread(picked), [f"选择了：{label}"])


def option_named_by_its_start(q: Query, t: Thread) -> InContext | None:
    """第一和第二 after 差多少 was asked back (第一和第二（A和B）/ 第一和第三…): the option whose label it starts, picked
    before any step reads the words as places of the ranking."""
    said = re.sub(r"(?:那|那么)?(?:吧|呢|的|就行|即可)?[。？?！!]*$", "", re.sub(r"^(?:选|要|就|是|看)", "", t.question))
    if not (t.conv.options and len(said) >= 4 and sum(lbl.startswith(said) for lbl, _ in t.conv.options) == 1):
        return None
    return option_picked(q, t)


_EVERY_OPTION = re.compile(r"(?:(?:那)?(?:这|那)?(?:两|俩|三|几|全|所有|每)(?:个|家|份|位)?(?:都|全都|全部|一起)(?:要|看|算|问|列|列出来|给我|给|说)?(?:一下)?(?:吧|的|呗)?"
                           r"|(?:都要|全要|全部都要|都给我|都列出来|都看看|一起看)(?:吧|的|呗)?)"
                           r"(?:[，,]?(?:分别|各自|都)?(?:告诉我|说一下|列一下|报一下|说说|列出来|给我))?")  # (两个都要，分别告诉我)


def every_option(q: Query, t: Thread) -> InContext | None:
    """两个都要 after 嘉兴…请问是哪一个？: the question asked of every agency offered, side by side."""
    offered = t.conv.options
    if not (len(offered) >= 2 and _EVERY_OPTION.fullmatch(re.sub(r"[。！!，,.\s]+$", "", q.text))):
        return None
    labels = [lbl for lbl, _ in offered]
    first = offered[0][1]
    if not all(lbl in t.names.values() for lbl in labels) or labels[0] not in first:
        return None
    full = first.replace(labels[0], "和".join(labels), 1)
    t.conv.picked_from = offered
    t.conv.offered = labels
    return InContext(t.reread(full), [f"选择了：{'、'.join(labels)}（都要）"])


def option_said_loosely(q: Query, t: Thread) -> Query | None:
    """安康…？（安康市自然资源局 offered）→ 就自然资源局那家。复议总计多少: a name that fits several units
    is the one just offered among them."""
    offered = {lbl for lbl, _ in t.conv.options}
    loose = [m for m in q.mentions if len(m.agency_ids) > 1]
    if not (offered and len(loose) == 1 and len(q.mentions) == 1):
        return None
    fits = [t.names.get(i) for i in loose[0].agency_ids if t.names.get(i) in offered]
    if len(fits) != 1:
        return None
    m = loose[0]
    t.conv.offered = list(offered)
    rest = q.text[: m.start] + q.text[m.end :]
    if re.fullmatch(r"(?:就是|是|选|要)?(?:的)?(?:那个|那家|这个|这家)?(?:分局|局|委|单位)?(?:吧|呢|啊)?[。！!]*", rest):
        # 规划那个分局 (nothing asked besides the pick): the question offered with that option, whole
        return t.reread(next(asked for label, asked in t.conv.options if label == fits[0]))
    return t.reread(q.text[: m.start] + fits[0] + q.text[m.end :])


def number_with_a_year(q: Query, t: Thread) -> Query | None:
    """第二个，23年那个 with nothing offered: the year said is what picks (the number points at nothing)."""
    said = re.match(r"^(?:选|要)?第[一二三四五六七八九十\d]+个[，,、\s]*(?=.*\d{4}年)", q.text)
    if said and not t.conv.options and q.years:
        return t.reread(q.text[said.end() :])
    return None


def option_with_a_year(q: Query, t: Thread) -> InContext | None:
    """洪泽24年的 after 请问是哪个单位？: the option named, in the year said with it."""
    if not (t.conv.options and q.mentions and q.years and not q.metrics):
        return None
    ids = {i for m in q.mentions for i in m.agency_ids}
    picked = [(label, asked) for label, asked in t.conv.options if label in {t.names.get(i) for i in ids}]
    if len(picked) != 1 or re.sub(r"[的呢吧啊呀，,。？?\s]|那", "", blank_spans(q)):
        return None
    label, asked = picked[0]
    for s, e in sorted(read_period(asked).consumed, reverse=True):  # the year said now replaces the one asked before
        asked = asked[:s] + asked[e:]
    years = "".join(f"{y}年" for y in q.years)
    full = label + years + asked[len(label) :] if asked.startswith(label) else years + asked
    t.conv.offered = [lbl for lbl, _ in t.conv.options]
    return t.written_out(full, f"选择了：{label}（{years}）")


def another_option(q: Query, t: Thread) -> Query | None:
    """区政府的呢 after 市政府 was picked: another of the options just offered, the question as it now stands."""
    if q.mentions:  # another agency named: the options offered earlier are left behind
        ids = {i for m in q.mentions for i in m.agency_ids}
        among = [lbl for lbl, _ in t.conv.picked_from if any(t.names.get(i) == lbl for i in ids)]
        said = q.text[: q.mentions[0].start] + q.text[q.mentions[-1].end :]
        left = re.sub(r"那一?个|那家|^那|的|呢|[?？。]", "", said)  # (规划那个分局呢: 分局, more of its name)
        left = re.sub(r"^(?:换成|换到|改成|改为|换|再看|看看|看)?(?:搞|管|负责|做)?", "", left)  # (换成搞自然资源规划的那家)
        if len(among) == 1 and len(ids) > 1 and (not left or len(left) <= 4 and _in_order(left, among[0])) and not q.metrics:
            return t.reread(f"{among[0]}呢")  # 规划局那个呢 after 嘉兴那份 → 发改委: the other one offered there
        t.conv.picked_from = []
        return None
    if not (t.conv.picked_from and t.conv.last_question) or q.intent == "thanks":
        return None  # (好吧 / ok: a remark, never a pick of an ask-back already answered)
    rest = re.fullmatch(r"(?:那)?(?:另外|其他|其余|剩下|剩余|另)(?:的)?(?:那)?([一两二三四五六七八九\d]|几)?(?:家|个|位|份)(?P<kind>(?!呢|的|怎么|如何|分别|各)[\u4e00-\u9fff]{1,4}?)??"
                        r"(?:的)?(?:呢|怎么样|如何|分别呢|各是多少)?[?？。]*", q.text)
    others = [lbl for lbl, _ in t.conv.picked_from if lbl not in t.conv.last_agencies and lbl in t.names.values()]
    kind = rest.group("kind") if rest else None
    if kind and kind not in ("单位", "部门", "机关"):  # 另外那个分局呢: the other offered whose name says 分局
        others = [lbl for lbl in others if kind in lbl]
    if rest and len(others) == 1 and rest.group(1) in (None, "一"):
        return t.reread(f"{others[0]}呢")  # 另一家呢 after one of two was picked: the other one offered
    if rest and len(others) >= 2:  # 另外两家呢 after one of three was picked: the others offered, the question as it now stands
        count = rest.group(1)
        if count and count != "几" and cn_number(count) != len(others):
            return None
        return t.reread("和".join(others) + "呢")
    said = re.sub(r"^那|的?呢$", "", t.question)
    # (诉讼呢，两种起诉方式加在一起: the option of both kinds)
    said = re.sub(r"(?:的)?呢?[，,]\s*(?:两种|两类|两个|俩)[^，,。？?]{0,8}?(?:加在一起|加起来|合计|都算|合起来|一起算)[。]?$", "", said)
    other = pick_option(said, Conversation(options=t.conv.picked_from), t.catalog, t.names)
    words = re.sub(r"^(?:那|那么)?(?:换成|换到|改成|改为|换|再看|看看)?|(?:那家|那个|那一家|这家)?(?:的)?(?:呢)?[?？。]*$", "", t.question)
    words = re.sub(r"(?<=[\u4e00-\u9fff])(?:那个|那家|这个|这家)(?=[\u4e00-\u9fff])", "", words)  # 规划那个分局: 规划分局
    if other is None and (len(words) >= 3 or re.fullmatch(r"分局|[市区县]局|[市区县]府|[市区县]委", words)) and not q.metrics and not q.years:
        # 规划分局那家呢 after 发改委 was picked: the other one offered whose name holds those characters in order
        fits = [(lbl, qq) for lbl, qq in t.conv.picked_from if lbl not in t.conv.last_agencies and _in_order(words, lbl)]
        other = fits[0][1] if len(fits) == 1 else None
    if other is None:
        return None
    label = next(lbl for lbl, qq in t.conv.picked_from if qq == other)
    if label not in t.names.values():
        return t.reread(other)  # 诉讼呢 after 复议 was picked (维持的有几件): that option's own question
    return t.reread(f"{label}呢")


def other_level(q: Query, t: Thread) -> InContext | Query | None:
    """不是市里的，区里那个: that level's government of the place the conversation is about."""
    if q.unknown_agency:
        return None  # 淮按市政府…: a misspelt name is asked back, never read as the thread's city government
    level = ([None] + list(LEVEL_REF.finditer(q.text)))[-1]  # the last level named
    ids_of = {n: i for i, n in t.names.items()}
    offered = [(label, asked) for label, asked in t.conv.options if label in ids_of]
    if level and not q.mentions and not t.conv.last_agencies and len(offered) == 1 and len(t.conv.options) == 1:
        # 是不是淮安市人民政府？ — 不是，我说的是区政府: that level's government of the place offered
        t.conv.last_question, t.conv.last_agencies, t.conv.options = offered[0][1], [offered[0][0]], []
    if not (level and not q.mentions and t.conv.last_agencies):
        return None
    if q.exclude_span and q.exclude_span[0] <= level.start() < q.exclude_span[1]:
        return None  # 不算淮安市政府: the government left out, not the thread's 市里 one
    if any(p.start() < level.start() and p.end() > level.start() for p in places_said(q.text)):
        return InContext(q)  # 清江浦区政府: a place of its own (not held), never the thread's 区里 government
    last = t.conv.last_agencies[0]
    levels = list(LEVEL_REF.finditer(q.text))
    joined = all(re.fullmatch(r"(?:的)?(?:和|与|跟|同|及|以及|加|加上|、)?", q.text[a.end() : b.start()]) for a, b in zip(levels, levels[1:], strict=False))
    if len(levels) >= 2 and not q.exclude_span and joined and not re.search(r"不是|不要|不算|而是", q.text):
        # 市里区里的许可加起来: each level's government of the place talked of, all of them (none silently dropped)
        def gov(said: str) -> int | None:
            at = t.catalog.government_at(said, ids_of[last]) if last in ids_of else None
            if at is None and last in ids_of and "人民政府" in last and t.catalog.agencies[ids_of[last]].level == level_of(said):
                at = ids_of[last]  # 区里… while the thread is on the district's government: still it
            return at
        govs = [gov(m.group(1) or m.group(2)) for m in levels]
        if any(g is None for g in govs) or len(set(govs)) < len(govs):
            return InContext(q, declined="“" + "”“".join(m.group(0) for m in levels) + "”各指哪个单位没能确定，请写出单位名称")
        full, year = q.text, "" if q.years else year_of(t.conv, last)
        for i in reversed(range(len(levels))):
            m, after = levels[i], levels[i + 1].start() if i + 1 < len(levels) else None
            said = t.names[govs[i]] + ("和" if after == m.end() else year if i == len(levels) - 1 else "")
            full = full[: m.start()] + said + full[m.end() :]
        return t.written_out(full)
    said = level.group(1) or level.group(2)
    at = t.catalog.government_at(said, ids_of[last]) if last in ids_of else None
    if at is None and last in ids_of and "人民政府" in last and t.catalog.agencies[ids_of[last]].level == level_of(said):
        at = ids_of[last]  # 市里的… while the thread is on the city's government: still it
    if at is None:
        return None
    other, rest = t.names[at], q.text[level.end() :]
    before = q.text[: level.start()] if q.text[: level.start()].startswith("占") else ""  # 占市政府办结总数多少
    if before:
        return t.reread(before + other + rest)
    years = "".join(f"{y}年" for y in q.years) if q.years and not read_period(rest).years else ""  # 2023年区里的…
    if rest.startswith("呢") and rest[1:].strip("，, "):  # 区里那个呢 自然人占比: what follows 呢 is asked of it
        rest = re.sub(r"^呢[，,\s]*", "", rest)
    named = t.reread(other + years + rest if not rest.startswith("呢") else other + years + "呢")
    if named.metrics and COUNT_ASKED.search(re.sub(r"[?？。]+$", "", rest)) and not named.years:
        # 回到市里 结转下年度几件: a question of its own about that government, in the year the thread is in
        years = read_period(t.conv.last_question).years[-1:]
        held = t.held.get(at, {})
        if years and held and years[0] not in held:  # 洪泽 2023 → 市里那个诉讼: the city holds 2024 only, its newest
            full = other + rest
            return t.written_out(full, f"接上题：按“{full}”理解（{other}没有{years[0]}年的年报，用它最新的一份）")
        full = other + "".join(f"{y}年" for y in years) + rest
        return t.written_out(full)
    return named


def options_in_another_year(q: Query, t: Thread) -> InContext | None:
    """An ask-back left unanswered, then 前年呢 / 2023年的: the same choice, in the year now said (which of the
    readings is meant is still not known)."""
    conv = t.conv
    if not conv.options or q.metrics or q.mentions or len(q.years) != 1 or len(conv.options) < 2:
        return None
    if re.sub(r"[的呢吧啊呀那再看，,。？?\s]", "", blank_spans(q)):
        return None  # (words besides the year: not only a year said)
    year = f"{q.years[0]}年"
    choices = []
    for label, asked in conv.options:
        spans = read_period(asked).consumed
        if not spans:
            return None
        for s, e in sorted(spans, reverse=True):
            asked = asked[:s] + year + asked[e:] if (s, e) == spans[0] else asked[:s] + asked[e:]
        choices.append(Option(label, asked))
    return InContext(q, declined=f"{year}：上一句的问题还没有选，请问是哪一个？", choices=choices)


def _in_order(words: str, name: str) -> bool:
    """规划分局 in 嘉兴市自然资源和规划局秀洲分局: every character of the words in the name, in order."""
    rest = iter(name)
    return all(ch in rest for ch in words)


def agency_still_asked(q: Query, t: Thread) -> InContext | None:
    """它新收一共多少 (asked back: 安康 or 淮安?) → 自然人占比: a question of no agency while the last turn still asks
    which of several agencies is meant waits for the answer; never the older agency of the thread."""
    labels = [label for label, _ in t.conv.options]
    if not (len(labels) >= 2 and all(label in t.names.values() for label in labels) and not q.mentions and not q.years
            and (q.metrics or q.ratio or column_spans(q.text))):
        return None
    if pick_option(t.question, t.conv, t.catalog, t.names) is not None:
        return None
    both = re.search(r"(?:这|那)?(?:两|俩)(?:家|个单位|个部门)|二者|两者|它俩|他俩", t.question)
    talked = " ".join([*t.conv.turns[-8:], *t.conv.history, t.conv.last_question])
    if both and len(labels) == 2 and all(label in t.conv.agencies_seen or label in talked for label in labels):
        # (only when both offered are of the talk: 自然资源和规划局那个 asked back between two units never talked of is
        # a pick of one, and 两家 then is not those two)
        # 它指哪一个？(安康 / 北戴河) → 两家新收差几件: the two offered, both meant
        years = {y for _, asked in t.conv.options for y in read_period(asked).years}
        year = f"{years.pop()}年" if len(years) == 1 and not read_period(t.question).years else ""
        said = f"{labels[0]}和{labels[1]}{year}"
        full = t.question[: both.start()] + said + t.question[both.end() :]
        return t.written_out(full, f"接上题：“{both.group(0)}”指{labels[0]}和{labels[1]}，按“{full}”理解")
    # (the question asked now goes with each unit offered: picking one answers it, not the older one)
    return InContext(q, declined="上一句还在问是哪个单位，请先选一个（回复序号或单位名称）",
                     choices=[Option(label, label + t.question) for label, _ in t.conv.options])
