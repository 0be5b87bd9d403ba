"""A year said against the thread: 前一年/上一年, 哪一年更多, 两年的, 最新一年, 同比."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Option
from bot.conversation import PRONOUN
from bot.follow_up import figure_words
from bot.in_context.thread import (
    RATE_WORDS,
    InContext,
    Thread,
)
from bot.rows import column_spans, metric_spans
from bot.understand import Query
from bot.when import apposed_relative, read_period

# a clause before the question that only owns a mistake (我抄错了, 说错了) or thanks (收到 谢谢 再问下)


_NEXT_YEAR_WORD = re.compile(r"(?<![\d年])(?<!年的)(前一年|上一年|后一年|下一年|第二年|次年)(?!度?(?:结转|项目|转|有))")

_ONE_OF_TWO_YEARS = re.compile(r"(?P<later>后面那一?年|后面的那一?年|较晚的?那一?年|靠后的?那一?年|^(?:那)?后一年(?![^，,。？?]*前一年))|(?P<earlier>前面那一?年|前面的那一?年|较早的?那一?年)"
                               r"|(?P<other>另一年|另外一年|另外那一?年|另一个年份)|(?P<more>(?:多|高|大)的那一?年)|(?P<less>(?:少|低|小)的那一?年)"
                               r"|(?P<that>那一年|那年)")


def one_of_the_two_years(q: Query, t: Thread) -> Query | None:
    """后面那年新制发了几件 / 另一年呢 after one agency's two years: the later, the earlier, or the one not just shown."""
    said = _ONE_OF_TWO_YEARS.search(q.text)
    conv = t.conv
    two = sorted(set(conv.years_seen[-2:]))
    if not said or q.years or len(two) != 2 or len(conv.last_agencies) != 1:
        return None
    if said.group("that"):  # 哪一年更多 (2024年最多) → 那一年的…: the year that ranking put first
        by_years = (len(set(conv.listed)) == 1 and len(set(conv.listed_at)) == len(conv.listed_at) >= 2
                    and re.search(r"哪(?:一|个)?年", conv.last_question))
        if not by_years or conv.listed[0] != conv.last_agencies[0]:
            return None
        year = conv.listed_at[0]
    elif said.group("more") or said.group("less"):  # 多的那一年 after its two years were shown side by side or ranked
        shown = [(y, v) for a, y, v in zip(conv.listed, conv.listed_at, conv.listed_values, strict=False)
                 if a == conv.last_agencies[0] and y in two and v is not None]
        if len({y for y, _ in shown}) != 2 or shown[0][1] == shown[1][1]:
            return None
        year = (max if said.group("more") else min)(shown, key=lambda yv: yv[1])[0]
    elif said.group("other"):
        shown = conv.seen_in.get(conv.last_agencies[0])
        if shown not in two or len(conv.years_of.get(conv.last_agencies[0], [])) != 1:
            return None  # (另一年 after both years were shown: which one is not known)
        year = next(y for y in two if y != shown)
    else:
        year = two[1] if said.group("later") else two[0]
    return t.reread(q.text[: said.start()] + f"{year}年" + q.text[said.end() :])


_EXTREME_YEAR = re.compile(r"(?:最多|最少|最高|最低|最大|最小)(?:的)?(?:那一?年|那个年份|那年度)")


def extreme_year_not_known(q: Query, t: Thread) -> InContext | None:
    """洪泽哪一年新收最多 → …最少那年的部分公开: which year that is was not shown (a ranking of years keeps no
    places), so it is asked, never the thread's year put in its place."""
    if _EXTREME_YEAR.search(q.text) and not q.years and t.conv.last_question:
        return InContext(q, declined=f"“{_EXTREME_YEAR.search(q.text).group(0)}”是哪一年没能确定，请写出年份（例如：2023年的部分公开）")
    return None


def year_said_twice(q: Query, t: Thread) -> Query | None:
    """不是，我说的是上一年 23年的: the year written beside the relative word is the one meant, so the word is
    read no further (上一年 is also a column of 表二)."""
    spans = apposed_relative(q.text)
    if not spans:
        return None
    text = q.text
    for s, e in reversed(spans):
        text = text[:s] + text[e:]
    read = t.reread(text)
    return replace(read, relative=q.relative)


_STEP_YEAR = re.compile(r"(?P<prev>上一年|前一年|上一个?年度|前一个?年度|(?:再)?往前(?:推)?一年|再前一年|(?<![\u4e00-\u9fff])(?:上|前)一份(?:年报|报告)?(?=呢|的|[?？]|$))|(?P<next>下一年|后一年|下一个?年度|次年|转年|第二年(?!比))"
                        r"|(?P<later>[一两二三四五])年(?:之)?后")


_NEWEST_SAID = re.compile(r"(?:最新|最近)(?:的)?(?:一年|一份|年度|那年|那一年|一期)(?:的)?(?:年报|报告)?")


def newest_year_said(q: Query, t: Thread) -> Query | None:
    """洪泽区最新一年的呢 after 平潭2022年…: the newest year held for the agency named, not the thread's year."""
    said = _NEWEST_SAID.search(q.text)
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not (said and len(ids) == 1 and not q.years and t.conv.last_question):
        return None
    if re.search(r"(?:各家|各自|每家|各单位|分别)(?:的)?$", q.text[: said.start()]):
        return None  # 按各家最新一年的新收重新排: each agency's newest, never the one named's year for all
    held = t.held.get(next(iter(ids)), {})
    if not held:
        return None
    year = max(held)
    read = t.reread(q.text[: said.start()] + f"{year}年" + q.text[said.end() :])
    return replace(read, relative=f"“{said.group(0)}”按库中最新的{year}年算")


_PAIR_OF_STEPS = re.compile(r"(?:后|下)一年.*(?:前|上)一年|(?:前|上)一年.*(?:后|下)一年")


def year_step_in_the_thread(q: Query, t: Thread) -> Query | None:
    """洪泽上一年的这个比例呢: in a conversation 上一年 is the year before the one the thread is on (洪泽's 2024
    → 2023), not the year before today."""
    said = _STEP_YEAR.search(q.text)
    if not (said and t.conv.last_question and (q.relative and "今天是" in q.relative or re.search(r"[上前]一份|转年", said.group(0))
                                               or said.group(0) in q.unread and not _PAIR_OF_STEPS.search(q.text))):
        # (前一年这两项: no year beside it to be read against; 后一年比前一年 is the two years of the talk)
        return None  # (上一份呢: the report before the one the thread is on, not a year read against today)
    if not (q.relative and "今天是" in q.relative) and not re.search(r"[上前]一份|转年", said.group(0)) and (
            PRONOUN.match(q.text) or any(len(t.conv.years_of.get(a, [])) >= 2 for a in t.conv.last_agencies)):
        return None  # (排第三的那家，前一年 / 后一年 of two years shown: read by the steps of places and of the two years)
    place = PRONOUN.match(q.text)
    if place and re.search(r"第|名|榜|垫底|倒数|末", place.group(0)) and t.conv.ranked and not re.search(r"[上前]一份|转年", said.group(0)):
        return None  # 第二名上一年是多少: the year before the one that place was shown for (read with the places)
    span = re.search(r"从(?:上一年|前一年|上年)(?:度)?到((?:19|20)\d{2})年", q.text)
    if span:  # 从上一年到2024年: the year before the one said with it, not the thread's
        year = int(span.group(1)) - 1
        read = t.reread(q.text[: span.start()] + f"从{year}年到{span.group(1)}年" + q.text[span.end() :])
        return replace(read, relative=f"“上一年”按{span.group(1)}年的上一年算，是{year}年")
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    years = {t.conv.seen_in[a] for a in named if a in t.conv.seen_in} or {
        t.conv.seen_in[a] for a in t.conv.last_agencies if a in t.conv.seen_in}
    if len(years) != 1:
        return None
    base = years.pop()
    year = base + (-1 if said.group("prev") else {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}.get(said.group("later") or "一"))
    seen = sorted(set(t.conv.years_seen))
    ids = [i for i, n in t.names.items() if n in (named or set(t.conv.last_agencies))]
    if (said.group(0).startswith("第二年") and len(seen) == 2 and base == seen[1] and len(ids) == 1
            and year not in t.held.get(ids[0], {})):
        # 2023年… → 第二年呢 (2024) → 第二年这一项占…: the second of the two years the talk is on, again
        return replace(t.reread(q.text[: said.start()] + f"{base}年" + q.text[said.end() :]),
                       relative=f"“第二年”按对话里的{seen[0]}、{seen[1]}两年算，是{base}年")
    head = q.text[: said.start()]
    against = re.search(r"(?:比|较|跟|和|与|同)$", head)
    if against and not q.years:
        # 后者比上一年少收了多少: the thread's year set against the one before it, both written out
        head = head[: against.start()] + f"{base}年" + against.group(0)
    read = t.reread(head + f"{year}年" + q.text[said.end() :])
    return replace(read, relative=f"“{said.group(0)}”按对话里的{base}年算，是{year}年")


_AGAINST_FIRST = re.compile(r"^(?:那)?(?:跟|和|与|同)(?P<a>(?:19|20)\d{2})年(?:相)?比(?:较)?(?:起来)?[,，]?(?:那)?(?P<b>(?:19|20)\d{2})年")


def year_against_said_first(q: Query, t: Thread) -> Query | None:
    """跟2023年比，2024年增长了百分之多少 (跟上一年比 on a talk): the later year against the one said first, written
    the plain way round so the figure of the talk carries over."""
    said = _AGAINST_FIRST.match(q.text)
    if not (said and not q.mentions and t.conv.last_question):
        return None
    return t.reread(f"{said.group('b')}年比{said.group('a')}年" + q.text[said.end() :])


def that_year_of_it(q: Query, t: Thread) -> Query | None:
    """淮安市那年废止了几件: 那年 is the year that agency was shown for in this conversation."""
    said = re.search(r"那年|那一年|同一年|同年|当年", q.text)
    if said and t.conv.ranked and re.search(r"垫底|榜首|头名|倒数|最后一名|排(?:在)?最后|第[一二三四五六七八九十\d]+名|排第", q.text[: said.start()]):
        return None  # 垫底那个，那年予以公开几件: the year of that place of the ranking, read with the place
    just = re.search(r"刚才(?=[\u4e00-\u9fff]{1,10}?(?:那个|那家|的))", q.text)  # 和刚才洪泽那个比: as it was shown
    pointed = PRONOUN.match(q.text) if said and not q.mentions and not q.years else None
    if pointed and len(t.conv.last_agencies) == 1 and t.conv.last_agencies[0] in t.conv.seen_in and not re.search(r"第|名|前者|后者", pointed.group(0)):
        # 它2021年的年报有吗 (not held) → 它那年…: the year it was last shown for, not the year just asked about
        year = f"{t.conv.seen_in[t.conv.last_agencies[0]]}年"
        return t.reread(q.text[: said.start()] + year + q.text[said.end() :])
    if (said and re.match(r"^(?:那)?(?:那年|那一年|同一年|同年|当年)", q.text) and not q.mentions and not q.years and len(t.conv.last_agencies) == 1
            and t.conv.last_agencies[0] in t.conv.seen_in):
        # 那一年报告上写的复议总计是多少: the year of the question just asked (else the one the agency was shown for)
        asked = read_period(t.conv.last_question).years if t.conv.last_question else []
        offered = {y for _, question in t.conv.options for y in read_period(question).years}
        if len(offered) == 1:  # 转年这个数字 (asked back) → 那一年它占新收的比例呢: the year of the turn asked back
            asked = list(offered)
        year = f"{asked[0] if len(asked) == 1 else t.conv.seen_in[t.conv.last_agencies[0]]}年"
        rest = q.text[q.text.index(said.group(0)) + len(said.group(0)) :]
        if (q.top_n or q.nth) and t.conv.ranked_question and not q.metrics:
            # 换到2020年比，谁第一 → 那年的前三名: that year's ranking, on the figure ranked (never one agency's figure)
            words = figure_words(t.conv.ranked_question)
            return t.reread(year + words + rest) if words else None
        if re.match(r"(?:的)?(?:这|那)?(?:[两二三四五六七八九十几]家|[两二三四五六七八九十几]个单位|各家|各单位)", rest):
            return t.reread(year + rest)  # 那一年两家合计 after a ranking of two: those two, in that year
        return t.reread(t.conv.last_agencies[0] + year + rest)
    asked = read_period(t.conv.last_question).years if t.conv.last_question else []
    if (said and re.match(r"^(?:那)?(?:同一年|同年|当年|那一年|那年)", q.text) and not q.mentions and not q.years
            and len(t.conv.last_agencies) >= 2 and len(asked) == 1):
        # 2020年的五份报告…加起来 → 同一年五家因为…无法提供的，合计多少件: the year of the question just asked
        return t.reread(f"{asked[0]}年" + q.text[said.end() :])
    if not ((said or just) and q.mentions and not q.years):
        return None
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    years = {t.conv.seen_in[a] for a in named if a in t.conv.seen_in}
    shown_before = bool(years)  # (the agency named was answered for before, in the year kept for it)
    last = {t.conv.seen_in[a] for a in t.conv.last_agencies if a in t.conv.seen_in}
    if said and said.group(0) in ("同年", "同一年") and len(last) == 1:
        years = last  # 比洪泽同年多多少 / 洪泽区同年呢: the year of the figure just answered, not one shown before
    asked = read_period(t.conv.last_question).years if t.conv.last_question else []
    if not asked and said and said.group(0) in ("那年", "那一年") and t.conv.years_seen and t.conv.last_agencies:
        asked = t.conv.years_seen[-1:]  # (这个数跟它的明细对得上吗 names no year: the thread's year is the one just talked of)
    if said and t.conv.year_not_held and len(asked) == 1 and (not years or said.group(0) in ("那年", "那一年") and not named & set(t.conv.last_agencies)):
        # (…2022年的报告 (not held) → 洪泽那一年有报告吗: the year just asked about, not the one 洪泽 was shown for)
        years = set(asked)  # 淮安再往前一年呢 (2023 not held) → 洪泽那一年收了多少: the year just asked about
    own = [t.held.get(i, {}) for m in q.mentions for i in m.agency_ids]
    if said and said.group(0) in ("那年", "那一年") and not years and len(named) == 1 and len(own) == 1 and len(own[0]) == 1:
        years = set(own[0])  # 平潭那年企业申请几件 (平潭 not asked about yet): the one year of its report
    if said and not years and len(named) == 1 and t.conv.years_seen:
        years = {t.conv.years_seen[-1]}  # 那淮安市政府当年的许可呢: the year the thread is in (held or not, it is said)
    if len(years) != 1 or len(named) != 1:
        return None
    if said and said.group(0) in ("那年", "那一年") and len(asked) == 1 and asked[0] not in years and not (
            t.conv.year_not_held and named & set(t.conv.last_agencies)) and shown_before and not (
            len(own) == 1 and len(own[0]) == 1 and asked[0] not in own[0] and (named & set(t.conv.last_agencies)
                                                                                or re.search(r"回到|回头|回过头|返回|退回", t.question))):
        # (再回到淮安那一年: back to the year 淮安 was talked of, the one it holds; never the year just asked of another)
        # (平潭那年, 平潭 holding 2022 alone and the thread on it: that one; 淮安那年 after 洪泽 2023 asked: which is asked)
        # (乍浦2021年 not held → 乍浦那年: the year it has; 平潭那年, 平潭 never answered for: its one report)
        # 2022年的报告只有哪一份 → 洪泽那一年有报告吗 (洪泽 shown for 2024): the year just talked of, or the one it was
        # shown for? asked, never guessed
        shown, just = years.pop(), asked[0]
        return InContext(q, declined=f"“{said.group(0)}”指{just}年，还是{next(iter(named))}前面出现过的{shown}年？", choices=[
            Option(f"{y}年", q.text[: said.start()] + f"{y}年" + q.text[said.end() :]) for y in (just, shown)])
    the_year = years.pop()
    year = f"{the_year}年"
    own_years = t.held.get(next(iter(i for m in q.mentions for i in m.agency_ids)), {}) if len(own) == 1 else {}
    if (said and said.group(0) in ("同一年", "同年", "当年") and own_years and the_year not in own_years
            and re.search(r"比|它|这个|那个|差|谁|哪", q.text)):  # (平潭同一年呢 alone: said not held further on)
        # 淮安市府同一年的这个比例（2023: 淮安 holds 2024 only）: never another year put in its place
        name = next(iter(named))
        return InContext(q, declined=f"库中没有{name}{the_year}年的年报（现有：{'、'.join(f'{y}年' for y in sorted(own_years))}），"
                                     f"“{said.group(0)}”的数没法给出")
    if said:
        return t.reread(q.text[: said.start()] + year + q.text[said.end() :])
    m = q.mentions[0]
    return t.reread(q.text[: just.start()] + q.text[just.end() : m.end] + year + q.text[m.end :])


def its_two_years(q: Query, t: Thread) -> Query | None:
    """洪泽两年合起来 / 洪泽区两年分别是多少: the two newest years held for the one agency named."""
    said = re.search(r"(?:这|那|近|最近)?(?:两|2)(?:个)?年(?:度)?", q.text)
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not q.mentions and len(t.conv.last_agencies) == 1 and len(t.conv.years_seen) < 2:
        # 两年合计呢 when only one year of the thread's agency was shown: its two newest years held
        ids = {i for i, n in t.names.items() if n == t.conv.last_agencies[0]}
        if said and len(ids) == 1 and not q.years:
            held = sorted(t.held.get(next(iter(ids)), {}))[-2:]
            if len(held) == 2:
                return t.reread(t.conv.last_agencies[0] + q.text[: said.start()] + f"{held[0]}年和{held[1]}年" + q.text[said.end() :])
        return None
    if not (said and len(ids) == 1 and not q.years):
        return None
    held = sorted(t.held.get(next(iter(ids)), {}))[-2:]
    if len(held) != 2:
        return None
    return t.reread(q.text[: said.start()] + f"{held[0]}年和{held[1]}年" + q.text[said.end() :])


_YEAR_OVER_YEAR = re.compile(r"^(?:那)?(?:(?:反过来|倒过来)(?:看|说)?[，,]?)?(?P<a>(?:19|20)\d{2})年(?:的)?(?:量|数|数字|这个数)?(?:只|才|仅)?(?:相当于|占|是)"
                             r"(?P<b>(?:19|20)\d{2})年(?:的)?(?P<rest>(?:百分之几|百分之多少|几成|比例|几倍|多少倍).*)$")


def year_over_year(q: Query, t: Thread) -> InContext | None:
    """洪泽两年涨了百分之几 → 反过来，2023年的量只相当于2024年的百分之几: one year's figure over the other's, of
    the agency and figure the thread is on."""
    said = _YEAR_OVER_YEAR.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.metrics and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    last = re.sub(r"(?:19|20)\d{2}年比(?:(?:19|20)\d{2}年)?|(?:变化|增减|相差|增长|下降)(?:了)?(?:多少|幅度)?(?:是)?(?:百分之几|多少)?[?？。]*$", "",
                  conv.last_question)
    words = figure_words(last)
    if not words or RATE_WORDS.search(words):
        return None
    who = conv.last_agencies[0]
    return t.written_out(f"{who}{said.group('a')}年{words}相当于{said.group('b')}年的{said.group('rest')}")


def year_next_to_the_thread(q: Query, t: Thread) -> Query | None:
    """洪泽前一年的… / 后一年呢: a year before or after the one the thread shows for that agency."""
    said = _NEXT_YEAR_WORD.search(q.text)
    if not said or q.years and q.time_spans != [said.span()]:
        return None  # (和上一年比 alone: read against today on its own, against the thread's year here)
    taken = metric_spans(q.text) + column_spans(q.text)  # 结转下一年 / 上一年几个 (项目数量): a row's or column's words
    compared = re.search(r"[和跟与同比](?:它|其)?(?:的)?$", q.text[: said.start()]) or re.match(r"(?:的)?(?:报告|年报|数)?(?:相)?比", q.text[said.end() :])
    if any(s < said.end() and said.start() < e for s, e in taken) and not compared:
        return None  # (和上一年比: a year compared with, whatever column shares the word)
    placed = PRONOUN.match(q.text)
    if (placed and t.conv.ranked and not q.mentions and placed.end() <= said.start()
            and re.search(r"第[一二三四五六七八九十\d]|榜首|头名|垫底|倒数|最后", placed.group(1))):
        return None  # 排第三的那家，前一年: the year before the one that place was ranked in (the pronoun step reads it)
    named = [t.names[i] for m in q.mentions for i in m.agency_ids]
    who = named[0] if len(set(named)) == 1 else (t.conv.last_agencies[0] if t.conv.last_agencies else "")
    both = [m for m in _NEXT_YEAR_WORD.finditer(q.text)]
    shown = sorted(t.conv.years_of.get(who, []))
    if len(both) == 2 and len(shown) == 2 and {m.group(1)[0] for m in both} in ({"前", "后"}, {"上", "下"}):
        # 洪泽这两年加一块儿 → 从前一年到后一年涨了几件: the earlier and the later of the two years just shown
        text = q.text
        for m in sorted(both, key=lambda m: -m.start()):
            text = text[: m.start()] + f"{shown[0] if m.group(1)[0] in '前上' else shown[1]}年" + text[m.end() :]
        return t.reread(text)
    base = t.conv.seen_in.get(who) or next(iter(read_period(t.conv.last_question).years[-1:]), None)
    offered = read_period(t.conv.options[0][1]).years if len(t.conv.options) == 1 and not q.mentions else []
    if len(offered) == 1:  # (洪则再往前一年 asked back → 再往前一年呢: a step from the year that question asked)
        base = offered[0]
    if base is None:
        return None
    step = -1 if said.group(1) in ("前一年", "上一年") else 1
    spanned = read_period(t.conv.last_question).years
    if len(spanned) >= 2 and t.conv.last_agencies == [who] and not compared:
        # 两年加起来 → 再往前一年的呢: before the earliest year just added (after the latest, for 后一年)
        base = min(spanned) if step == -1 else max(spanned)
        last_read = t.reread(t.conv.last_question)
        further = re.search(r"再", q.text[: said.start()]) or re.match(r"(?:那)?再", t.question.strip())  # (再往前推一年: said as 前一年)
        if len(spanned) == 2 and (last_read.difference or last_read.intent == "change") and not further:
            # 比前一年多了几件 (2024 against 2023) → 前一年废止了多少件: the earlier of the two just set apart
            return t.reread(q.text[: said.start()] + f"{base}年" + q.text[said.end() :])
    ids = [i for i, n in t.names.items() if n == who]
    held = t.held.get(ids[0], {}) if ids else {}
    if (step == -1 and compared and held and base - 1 not in held and base + 1 in held and base + 1 in t.conv.years_seen
            and not q.mentions):
        # 2024年 → 那2023年呢 → 比上一年多了多少: 2022 is not held; the change is between the two years asked
        full = f"{who}{base + 1}年比{base}年" + q.text[said.end() :]
        if not t.reread(full).metrics:  # 比上一年多了多少: the figure just asked
            rows = "".join(t.conv.last_question[a:b] for a, b in sorted(metric_spans(t.conv.last_question) + column_spans(t.conv.last_question)))
            full = f"{who}{base + 1}年比{base}年{rows}" + q.text[said.end() :]
        return t.written_out(full, f"接上题：按“{full}”理解（没有{who}{base - 1}年的年报，按刚才问过的{base + 1}年比{base}年）")
    if said.group(1) == "第二年" and step == 1 and held and base + 1 not in held and sorted(set(t.conv.years_seen)) == [base - 1, base]:
        # 2023年… → 第二年呢 (2024) → 第二年这一项占…: the second of the two years the talk is on, again
        return t.reread(q.text[: said.start()] + f"{base}年" + q.text[said.end() :])
    head = q.text[: said.start()]
    against = re.search(r"(?:比|较|跟|和|与|同)(?:它|其)?(?:的)?$", head)
    if against and not q.years:
        # 后者比上一年少收了多少: the year it is set against is written out too, so the change is read
        head = head[: against.start()] + f"{base}年" + head[against.start() :]
    return t.reread(head + f"{base + step}年" + q.text[said.end() :])


_WHICH_REPORT_OF_YEAR = re.compile(r"^(?:那)?(?P<year>(?:19|20)\d{2})年(?:的)?(?:报告|年报)(?:只有|就)?(?:是)?(?:哪一份|哪份|哪家的?|谁家的?|哪个单位的?)"
                                   r"(?:呢|啊)?[?？。，,；;]\s*(?:那)?(?:它|这份|那份|这家|那家)(?:的)?(?P<rest>.+)$")


def the_report_of_a_year(q: Query, t: Thread) -> InContext | None:
    """2022年的报告只有哪一份？它的上年结转多少: the one report held for that year, named, then asked about; more
    than one (or none) is said, never one picked."""
    said = _WHICH_REPORT_OF_YEAR.match(q.text)
    if not said:
        return None
    year = int(said.group("year"))
    holding = sorted(t.names[i] for i, years in t.held.items() if year in years and i in t.names)
    if len(holding) != 1:
        listed = "、".join(holding) or "没有"
        return InContext(q, declined=f"库中{year}年的年报：{listed}；请写明要问哪一家")
    who = holding[0]
    return t.written_out(f"{who}{year}年{said.group('rest')}", f"接上题：{year}年的年报只有{who}这一份")


_YEAR_HELD = re.compile(r"(?:那)?(?:就)?(?:看)?(?:报告里|库里|库中|你那里|你这里)?(?:有的|有报告的|有年报的|现有的|能查到的|查得到的)(?:那一?年|那份|年份)(?:的)?")


def the_year_held(q: Query, t: Thread) -> InContext | None:
    """今年制发了多少件 (not held) → 报告里有的那一年呢: the year of the report held for that agency; several held
    are offered, never one picked."""
    said = _YEAR_HELD.search(q.text)
    conv = t.conv
    if not (said and not q.years and conv.last_question and len(conv.last_agencies) == 1):
        return None
    who = conv.last_agencies[0]
    ids = [i for i, n in t.names.items() if n == who]
    years = sorted(t.held.get(ids[0], {})) if len(ids) == 1 else []
    if not years:
        return None
    rest = q.text[: said.start()] + q.text[said.end() :]
    last = conv.last_question
    for s, e in sorted(read_period(last).consumed, reverse=True):
        last = last[:s] + last[e:]
    base = last if re.fullmatch(r"(?:的)?(?:呢|吧|啊)?[?？。]*", rest) else rest
    if base is rest and not t.reread(rest).metrics and not q.metrics:
        # 那就看淮安能查到的那一年，比例多少: no row said now, so the thread's question (the rate asked, if one was)
        if RATE_WORDS.search(rest) and not RATE_WORDS.search(last):
            return None
        base = last
    if len(years) > 1:
        return InContext(q, declined=f"{who}有{'、'.join(map(str, years))}年的年报，请问要哪一年？",
                         choices=[Option(f"{y}年", f"{who}{y}年" + re.sub(r"^.*?" + re.escape(who), "", base)) for y in years])
    text = base.replace(who, f"{who}{years[0]}年", 1) if who in base else f"{who}{years[0]}年{base}"
    return t.written_out(text, f"接上题：{who}的年报只有{years[0]}年")


_OTHER_YEAR = re.compile(r"另(?:外)?(?:一|那)(?:一)?年|另一个年份|另外那个年份")


def the_other_year(q: Query, t: Thread) -> InContext | None:
    """这两年里哪一年予以公开多 (2024) → 另一年办理结果里最多的是哪一类: the year of the two not put first, of
    the same agency; with no such pair just shown, asked."""
    said = _OTHER_YEAR.search(q.text)
    conv = t.conv
    if not said or q.years:
        return None
    years = list(dict.fromkeys(conv.listed_at))
    if not (len(set(conv.listed)) == 1 and len(years) == 2 and len(conv.listed_at) == 2):
        return InContext(q, declined=f"“{said.group(0)}”指哪一年没能确定，请写明年份")
    who = conv.listed[0]
    rest = q.text[: said.start()] + f"{years[1]}年" + q.text[said.end() :]
    text = rest if any(t.names.get(i) == who for m in q.mentions for i in m.agency_ids) else who + rest
    return t.written_out(text, f"接上题：“{said.group(0)}”指{years[1]}年")

