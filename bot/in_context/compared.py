"""A figure just given set against another: 跟它比, 比这个和多多少, 谁更高, 前者还是后者."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.conversation import PRONOUN
from bot.follow_up import carry_over, figure_words, question_stem
from bot.in_context.thread import (
    BARE_GAP,
    RATE_WORDS,
    InContext,
    Thread,
    former_latter,
    own_columns,
    without_names,
    year_of,
    year_shown,
)
from bot.rows import column_spans, metric_spans
from bot.understand import Query
from bot.when import read_period
from index.model import ACTIVE

_THAN_IT = re.compile(r"(?:(比)|跟|和|与|同)(它(?![俩们])|这个|上面那个|前面那个|刚才那个|前者|后者)(?(1)|(?:比|相比)(?=谁|哪|呢|怎么样|如何|差|多|少|相差|件数|，|,|$))")


_AGAINST = re.compile(r"^(?:那)?(?:跟|和|与|同(?!城|级|类|市|区|县|年|期|样|一)|比(?=[\u4e00-\u9fff]))(?!比)")


def than_it(q: Query, t: Thread) -> InContext | Query | None:
    """平潭的…比它多多少: 它 is the agency just shown, in its year."""
    than_it = _THAN_IT.search(q.text)
    if re.match(r"^(?:那)?(?:(?:再)?回到|说回)?(?:我)?(?:刚才|之前|前面)?(?:(?:第一个|最开始|一开始|刚开始|最早|最先|头一个|开头)(?:问的|问到的|说的)"
                r"|(?:问的|问到的)(?:第一个|头一个))", q.text):
        return None  # 回到最开始问的那个数，…比它多多少: 它 is that first figure (first_asked)
    earlier = [a for a in t.conv.agencies_seen if a not in t.conv.last_agencies]
    if than_it and not q.mentions and than_it.group(2) in ("刚才那个", "上面那个", "前面那个") and earlier:
        # 和刚才那个比差多少 after 安康呢: the agency asked about before this one, in the year it was shown for
        other = earlier[-1]
        return t.reread(q.text[: than_it.start(2)] + other + year_of(t.conv, other) + q.text[than_it.end(2) :])
    if (than_it and than_it.group(1) and than_it.group(2) == "它" and not q.mentions and len(q.years) == 1
            and len(t.conv.last_agencies) == 1 and len(t.conv.years_of.get(t.conv.last_agencies[0], [])) == 1):
        # 2024年部分公开比它多几件 after 2023年部分公开几件: its own figure of the year just shown
        who = t.conv.last_agencies[0]
        shown = t.conv.years_of[who][0]
        if shown != q.years[0]:
            full = who + q.text[: than_it.start()] + f"比{shown}年" + q.text[than_it.end() :]
            last = t.conv.last_question
            rows = "".join(dict.fromkeys(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last, active=True))))
            if not t.reread(full).metrics and rows:  # (按分项加总的口径，2023年比它多几件: the row of the thread, the rest as said)
                full = who + rows + q.text[: than_it.start()] + f"比{shown}年" + q.text[than_it.end() :]
            if not t.reread(full).metrics:
                full = carry_over(t.conv.last_question, t.reread(full), t.catalog) or full
            return t.written_out(full, f"接上题：“它”指{who}{shown}年的数，按“{full}”理解")
    pair = former_latter(t.conv)
    said_pair = than_it and than_it.group(2) in ("前者", "后者")
    if not (than_it and (q.mentions or said_pair and pair) and t.conv.last_agencies):
        return None
    who = t.conv.last_agencies[0]
    summed_years = read_period(t.conv.last_question).years if t.conv.last_question else []
    if than_it.group(2) in ("它", "这个") and len(summed_years) > 1 and not said_pair and t.reread(t.conv.last_question).add_up:
        # 行政许可两年加起来 → 平潭的行政许可比这个和多还是少: a sum of years, never one year of it
        return InContext(q, declined=f"“{than_it.group(2)}”是{who}{'、'.join(map(str, summed_years))}年的合计，"
                                     "和别的单位一年的数比，请把两边都写完整")
    if said_pair:  # 比前者少多少: the other of the two is the one asked of, unless named
        if len(pair) != 2:
            return None
        who = pair[0] if than_it.group(2) == "前者" else pair[1]
        if not q.mentions:
            other = pair[1] if who == pair[0] else pair[0]
            q = t.reread(other + year_of(t.conv, other) + q.text)
    said = "比" if than_it.group(1) else "和"  # 比它多多少 / 跟它比谁多: the same words, with the agency
    tail = "" if than_it.group(1) else "比"
    than_it = _THAN_IT.search(q.text)
    full = q.text[: than_it.start()] + said + who + (year_of(t.conv, who) if said_pair else year_shown(t.conv, who)) + tail + q.text[than_it.end() :]
    if not t.reread(full).metrics:  # 淮安市政府的比它多多少: on the figure just asked
        full = carry_over(t.conv.last_question, t.reread(full), t.catalog) or full
    return t.written_out(full, f"接上题：“{than_it.group(2)}”指{who}，按“{full}”理解")


def against_the_last(q: Query, t: Thread) -> InContext | None:
    """跟洪泽区2024年比，哪个行政诉讼多: the conversation's agency against the one named."""
    if PRONOUN.match(q.text) or re.match(r"^(?:那)?(?:再)?(?:回到|说回)(?:我)?(?:的)?(?:第一个|头一个|最开始|一开始|开头)", q.text):
        return None  # 把这个第一名跟淮安市政府比 / 回到第一个问题，它…: what is pointed at is read by pronoun_step / first_asked
    against = _AGAINST.match(q.text)
    last_years = read_period(t.conv.last_question).years if t.conv.last_question else []
    if (len(last_years) > 1 and len(t.conv.last_agencies) == 1 and q.mentions and (against or q.difference)
            and t.reread(t.conv.last_question).add_up and len({i for m in q.mentions for i in m.agency_ids}) == 1):
        # (淮安市府24年部分公开比洪泽多多少 names both sides: read as said)
        # 洪泽两年合计 → 拿这个合计跟淮安24年新收比，差多少: a sum of years, never one year of it against the one named
        return InContext(q, declined=f"上一个数是{t.conv.last_agencies[0]}{'、'.join(map(str, last_years))}年的合计，"
                                     "和别的单位一年的数比我还不会算；请把两边都写完整，或分别问")
    if not against and len(q.mentions) == 1 and q.metrics and q.difference and len(t.conv.last_agencies) == 1:
        # 收到的申请总数跟平潭2022年差多少: the figure said first, then the agency it is held against
        said = q.mentions[0]
        if (re.search(r"(?:跟|和|与|同|比)$", q.text[: said.start]) and not read_period(q.text[: said.start]).years
                and re.search(r"(?:相)?差(?:了)?(?:多少|几)|差距|多多少|少多少|多几|少几", q.text[said.end :])):
            who = t.conv.last_agencies[0]
            if who not in {t.names.get(i) for i in said.agency_ids}:
                return t.written_out(who + year_shown(t.conv, who) + q.text)
        return None
    if not (against and q.mentions and q.metrics and t.conv.last_agencies):
        return None
    summed = re.search(r"(?:的)?[^，,。？?]{0,10}?(?:合计|加起来|加在一起|加一块|之和|一共)(?:是)?(?:多少|几)?[?？。]*$", q.text)
    if (summed and q.add_up and len(q.mentions) == 1 and q.mentions[0].start <= against.end() + 1 and len(t.conv.last_agencies) == 1
            and t.conv.last_agencies[0] not in {t.names.get(i) for i in q.mentions[0].agency_ids}):
        # 它前一年的废止件数 → 跟平潭的废止数合计: the thread's figure and the agency named, added
        who = t.conv.last_agencies[0]
        return t.written_out(who + year_shown(t.conv, who) + "和" + q.text[against.end() :])
    gap = q.difference and re.search(r"(?:相)?差(?:了)?(?:多少|几)|差距", q.text) and len(q.mentions) == 1 and (
        q.mentions[0].start <= against.end() + 1)  # 和嘉兴发改委的采购金额差多少: the thread's agency against the one named
    if not ("比" in q.text[against.end() :] or gap or against.group(0).endswith("比") and q.difference and len(q.mentions) == 1):
        return None
    who = t.conv.last_agencies[0]
    if who in {t.names.get(i) for m in q.mentions for i in m.agency_ids}:
        return None
    return t.written_out(who + year_shown(t.conv, who) + q.text)


def against_its_own_year(q: Query, t: Thread) -> InContext | None:
    """洪泽比23年少了多少 (洪泽 shown for 2024): that agency in the year shown, against the year said."""
    conv = t.conv
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not (q.difference and len(ids) == 1 and q.years == [q.base_year] and not q.metrics and not q.ratio and conv.last_question):
        return None
    who = t.names.get(next(iter(ids)))
    year = conv.seen_in.get(who)
    if year is None or year == q.base_year:
        return None
    last = conv.last_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last, active=True)))
    if not words or RATE_WORDS.search(last):
        return None
    return t.written_out(f"{who}{year}年比{q.base_year}年{words}变化多少")


def gap_after_switch(q: Query, t: Thread) -> InContext | None:
    """差多少 right after another agency was asked about on the same figure: between those two agencies (each in
    the year it was shown for); when the agency also holds the year before, which gap is meant is asked."""
    conv = t.conv
    which = re.fullmatch(r"(?:那)?(?:哪家|哪个|谁)(?:更)?(?:高|多|低|少)(?:一些|些)?[?？，,]*(?:高出|多出|低了|少了|高了|多了|差|相差)(?:了)?"
                         r"(?:多少|几)(?:个百分点|件|个)?[?？。]*", q.text)  # 哪家高？高出多少个百分点
    # 平潭高出几个百分点: one of the two just shown, named as the side the gap is of
    named = list(dict.fromkeys(t.names.get(i) for m in q.mentions for i in m.agency_ids))
    side = len(named) == 1 and re.fullmatch(r"(?:那)?(?:的)?(?:比例|这个比例|比率)?(?:比(?:它|对方|另一家|那家))?(?:高出|多出|高了|多了|低了|少了|高|多|低|少)"
                                           r"(?:了)?(?:多少|几)个?(?:百分点|件|个)?[?？。]*", without_names(q))
    if not ((BARE_GAP.match(q.text) or which or side) and len(conv.last_agencies) == 1 and len(conv.agencies_seen) >= 2):
        return None
    cur, prev = conv.last_agencies[0], conv.agencies_seen[-2]
    # (洪泽多了多少件 right after 洪泽's own figure: its change over years may be meant; only the other side named
    # is read as one side of the gap: 平潭高出几个百分点 after 淮安's)
    if prev == cur or cur not in conv.seen_in or prev not in conv.seen_in or side and named[0] != prev:
        return None
    before = {t.names.get(i) for m in t.reread(conv.history[-1]).mentions for i in m.agency_ids} if conv.history else set()
    if before == {cur}:  # 洪泽的 → 23年呢 → 差多少: the last switch was of the year (its two years, read further on)
        return None
    last = conv.last_question
    spans = sorted(metric_spans(last, generic=True) + column_spans(last))
    words = "".join(last[s:e] for s, e in spans)
    if not words:
        return None
    if RATE_WORDS.search(last):  # 两者差几个百分点 after two shares asked one by one: the share, in both
        words = question_stem(last[spans[0][0] :])
    elif "点" in q.text:
        return None  # (差几个百分点 after two counts: no shares to take apart)
    year = conv.seen_in[cur]
    between = f"{prev}{conv.seen_in[prev]}年和{cur}{year}年{words}相差多少"  # in the order they were asked (前者/后者)
    ids = [i for i, n in t.names.items() if n == cur]
    both = re.match(r"^(?:那)?(?:两者|二者|它们|两个|两边|(?:这)?两家|这两份)", q.text)  # 两个差多少: the two agencies, said
    # (the year before is a reading only when the talk has shown it: 洪泽同年的 → 差距有多大 is between the two shown)
    if ids and year - 1 in t.held.get(ids[0], {}) and not both and (cur, year - 1) in conv.reports_seen:
        return InContext(q, declined="“差多少”是和哪个比？", choices=[
            Option(f"和{prev}{conv.seen_in[prev]}年比", between), Option(f"和{cur}{year - 1}年比", f"{cur}{year}年比{year - 1}年{words}变化多少")])
    return t.written_out(between)


_THAN_THE_SUM = re.compile(r"^(?:那)?(?:这个数|这个合计|合计|加起来的?|合起来的?|这个和|它们)?(?P<than>比.+)$")


_THAN_THESE = re.compile(r"比(?:这俩|这两家|这两个|它们|它俩|这几家|上面(?:两|几)家|(?:刚才|上面)?(?:的)?(?:这个|那个)(?=合计|总数|总和|之和)|刚才的(?=合计|总数|总和))(?:的)?(?:加起来|合起来|加一块儿?|加在一起|合计|之和|总数|总和)?(?:的)?"
                         r"(?P<rest>(?:还)?(?:多|少)(?:了)?(?:多少|几件?)|(?:相)?差(?:了)?(?:多少|几件?))")


_SUM_AGAINST = re.compile(r"^(?:那)?(?:这个合计|这个总数|这个和|这个数)(?:跟|和|与|同)(?P<other>[^，,。？?]+?)(?:比|相比|比较|对比)(?:一下)?[，,]?"
                          r"(?P<gap>(?:相)?差(?:了)?(?:多少|几件?)|(?:多|少)(?:了)?(?:多少|几件?))")


def gap_to_the_sum(q: Query, t: Thread) -> InContext | None:
    """秀洲和发改委的新收加一块 → 比安康自然资源局多多少: the sum just shown against the one named now (never the
    first agency of the sum alone); 安康同年的许可比这俩加起来少多少: the one named against that sum."""
    said = _THAN_THE_SUM.match(q.text)
    against = _SUM_AGAINST.match(q.text)
    if not said and against:  # 这个合计跟淮安市政府2024年的新收比，差多少: said the other way round
        said = _THAN_THE_SUM.match(f"这个合计比{against.group('other')}{against.group('gap')}")
    conv = t.conv
    named = list(dict.fromkeys(t.names.get(i) for m in q.mentions for i in m.agency_ids))
    these = _THAN_THESE.search(q.text)
    if (these and len(named) == 1 and len(conv.last_agencies) >= 2 and named[0] not in conv.last_agencies and conv.last_question
            and all(m.end <= these.start() for m in q.mentions)):
        last = t.reread(conv.last_question)
        # (这两家差多少钱 → 秀洲分局比它俩加起来还多多少: the two just set against each other, added)
        if not ((last.add_up or last.difference) and len(last.metrics) == 1 and not last.ratio):
            return None
        words = figure_words(conv.last_question)
        own = figure_words(q.text[: these.start()])
        if own and own not in words:
            words = own  # 两家采购金额加起来 → 乍浦镇的采购项目比这两家加起来还多几个: the figure it names, of both sides
        year = "".join(f"{y}年" for y in last.years[:1])
        group = "和".join(conv.last_agencies)
        return t.written_out(f"{named[0]}{year}{words}比{group}{year}{words}加起来{these.group('rest')}")
    if not (said and q.difference and len(named) == 1 and len(conv.last_agencies) >= 2 and conv.last_question
            and named[0] not in conv.last_agencies):
        return None
    last = t.reread(conv.last_question)
    if not (last.add_up and len(last.metrics) == 1 and not last.ratio) or (q.metrics and {m.key for m in q.metrics} != {last.metrics[0].key}):
        return None
    stem = re.sub(r"(?:加起来|加在一起|合起来|加一块儿?|合计|一共|总共)$", "", question_stem(conv.last_question))
    return t.written_out(f"{stem}加起来{said.group('than')}")


def columns_of_the_row_compared(q: Query, t: Thread) -> InContext | None:
    """规范性文件现行有效多少 → 淮安那年废止的比制发的多几件: two columns of 表二's row the thread is on, one against
    the other (never that row's change over a year)."""
    conv = t.conv
    spans = own_columns(q.text, active=True)
    if not (q.difference and not q.metrics and len(spans) == 2 and conv.last_question and len(conv.last_agencies) == 1
            and re.fullmatch(r"(?:的)?比", q.text[spans[0][1] : spans[1][0]])):
        return None  # (only 废止的比制发的: one column said against the other, nothing between)
    last = conv.last_question
    rows = t.reread(last).metrics
    if len(rows) != 1 or rows[0].table != ACTIVE:
        return None
    row = "".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))
    named = [m for m in q.mentions]
    rest = q.text
    for m in sorted(named, key=lambda m: -m.start):
        rest = rest[: m.start] + rest[m.end :]
    rest = re.sub(r"^(?:那年|那一年|同年|当年|同一年|那)?(?:的)?", "", rest)
    for a, b in sorted(read_period(rest).consumed, reverse=True):
        rest = rest[:a] + rest[b:]
    who = "".join(m.text for m in named) or conv.last_agencies[0]
    year = "".join(f"{y}年" for y in q.years) or year_of(conv, conv.last_agencies[0])
    return t.written_out(f"{who}{year}{row}{rest}")


_THAN_COLUMN = re.compile(r"^(?:那)?(?:它|这个)?比(?P<col>[\u4e00-\u9fff]{2,10}?)(?:的|提的|提交的|申请的)?(?:多|少|高|低)(?:了|出)?(?:几件|多少件?|几个|多少)[?？。]*$")


def than_another_column(q: Query, t: Thread) -> Query | None:
    """法律服务机构提交的有几件 → 比商业企业多几件: the column just asked against the column named, in the same row
    of the same report."""
    said = _THAN_COLUMN.match(q.text)
    conv, last = t.conv, t.conv.last_question
    if not (said and not q.metrics and not q.mentions and not q.years and last and len(conv.last_agencies) == 1):
        return None
    col = said.group("col")
    if [(a, b) for a, b in own_columns(col)] != [(0, len(col))]:
        return None  # (only one column said, all of it)
    asked = [last[a:b] for a, b in own_columns(last) if last[a:b] not in ("总计", "合计")]
    if len(asked) != 1 or asked[0] == col or len(t.reread(last).metrics) != 1:
        return None
    return t.written_out(f"{last}比{col}{q.text[said.end('col'):]}")


def former_or_latter_cell(q: Query, t: Thread) -> Query | None:
    """行政许可和其他对外管理服务事项两个合计多少 → 后者在这个合计里占多少: 前者/后者 of the two cells of one report the
    last answer listed or added (rows or columns), not of agencies."""
    said = re.match(r"^(?:那)?(前者|后者)(?:的)?", q.text)
    conv = t.conv
    years = list(dict.fromkeys(conv.listed_at))
    both = re.match(r"^(?:那)?(前者|后者)(?:的)?(?:比|较)(前者|后者)(.*)$", q.text)
    cells = conv.single_figures[-2:]
    other_agency_same_cell = any(c[2] in (cells[0][2], cells[1][2]) and c[0] != cells[1][0] for c in conv.single_figures[:-2]) if len(cells) == 2 else True
    if (both and both.group(1) != both.group(2) and len(cells) == 2 and cells[0][:2] == cells[1][:2] and cells[0][2] != cells[1][2]
            and not other_agency_same_cell  # (安康 对外公开 → … → 发改委 对外公开 → 前者比后者: of the two agencies, read further on)
            and conv.last_agencies == [cells[1][0]] and conv.history and not RATE_WORDS.search(conv.last_question)
            and not (len(conv.listed) == 2 and conv.listed[0] == cells[1][0])):
        # 结转下年度的有几件 → 从上年结转过来的呢 → 前者比后者多多少: the two figures just asked one by one, of one report
        words = [figure_words(conv.history[-1]), figure_words(conv.last_question)]
        if all(words) and words[0] != words[1]:
            first, second = words if both.group(1) == "前者" else words[::-1]
            return t.reread(f"{cells[1][0]}{cells[1][1]}年{first}比{second}{both.group(3)}")
    if (both and both.group(1) != both.group(2) and len(conv.last_agencies) == 1 and len(set(conv.listed)) == 1
            and conv.listed[0] == conv.last_agencies[0]
            and len(conv.listed) == 2 == len(years) and not RATE_WORDS.search(conv.last_question)):
        # 这两年各是多少 → 后一个比前一个多多少: the later year against the earlier, of the row listed
        last = conv.last_question
        rows = "".join(dict.fromkeys(last[a:b] for a, b in sorted(metric_spans(last) + own_columns(last))))
        first, second = (years[0], years[1]) if both.group(1) == "前者" else (years[1], years[0])
        return t.reread(f"{conv.last_agencies[0]}{first}年比{second}年{rows}{both.group(3)}") if rows else None
    if (said and len(conv.last_agencies) == 1 and len(set(conv.listed)) == 1 and len(conv.listed) == 2 == len(years)
            and not re.search(r"前者.*后者|后者.*前者", q.text)  # (前者比后者多几件: both sides, read further on)
            and not re.search(r"(?:后面|后边)(?:那|这)", t.question)  # (后面那个呢: the next row, or the later year? not plain)
            and not RATE_WORDS.search(conv.last_question)):
        # 这两年予以公开各是多少 → 后一个数占当年新收的比例: the report of the later year (in the order listed)
        last = conv.last_question
        rows = "".join(dict.fromkeys(last[a:b] for a, b in sorted(metric_spans(last) + own_columns(last))))
        year = years[0] if said.group(1) == "前者" else years[1]
        return t.reread(f"{conv.last_agencies[0]}{year}年{rows}" + q.text[said.end() :]) if rows else None
    if not (said and len(conv.last_agencies) == 1 and (conv.two_shown or conv.two_summed) and conv.last_question
            and not RATE_WORDS.search(conv.last_question)):
        return None  # (前者占本年新收的多少 → 后者呢: of the two rows asked before that share, read further on)
    last = conv.last_question
    rows = list(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))
    cols = list(dict.fromkeys(last[a:b] for a, b in own_columns(last, active=True)))
    cells = rows if len(rows) == 2 else cols if len(cols) == 2 and len(rows) <= 1 else []
    if not cells:
        return None
    word = cells[0] if said.group(1) == "前者" else cells[1]
    return t.reread(word + q.text[said.end() :])


_WHICH_HIGHER = re.compile(r"^(?:所以|那么?|那到底)?(?:这俩|这两家|两家|它俩|这两个|两个)?(?:谁|哪个|哪一个|哪家|哪一家)(?:的)?(?:比例|占比|比重|比率|数字?)?(?:更|比较)?(高|多|低|少|大|小)(?:一些|些|一点)?(?:呢)?"
                           r"(?P<gap>[?？，,。]*(?:高|多|低|少)(?:出)?(?:了)?(?:几|多少)(?:个百分点|个点|件|个)?)?[?？。]*$")


def which_of_the_two(q: Query, t: Thread) -> Query | None:
    """洪泽的比例 → 同一年淮安市这个比例 → 所以谁更高: the two agencies just asked one after the other, compared."""
    said = _WHICH_HIGHER.match(q.text)
    conv = t.conv
    two = list(dict.fromkeys(a for a, _, _ in conv.single_figures[-2:]))
    if not said or q.mentions or len(two) != 2 or len(conv.last_agencies) != 1 or conv.last_agencies[0] != two[-1]:
        return None
    return t.reread(f"两边哪个更{said.group(1)}" + (f"，{said.group('gap').lstrip('?？，,。')}" if said.group("gap") else ""))


_COMPARED_INSTEAD = re.compile(r"^(?:不对|不是|错了|搞错了|说错了)?[，,]?(?:我)?(?:是)?(?:想|要)?(?:跟|和|与)?(?:比|对比|比较)的(?:是|对象是)(?:跟|和)?")


def compared_with_instead(q: Query, t: Thread) -> Query | None:
    """跟嘉兴发改委比差多少钱 → 不对，我想比的是秀洲分局: the same comparison, the agency compared against swapped."""
    said = _COMPARED_INSTEAD.match(q.text)
    conv = t.conv
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not (said and len(q.mentions) == 1 and len(ids) == 1 and len(conv.last_agencies) == 2 and conv.last_question):
        return None
    last = conv.last_question
    other = [m for m in t.catalog.mentions(last) if conv.last_agencies[1] in {t.names.get(i) for i in m.agency_ids}]
    if len(other) != 1 or t.names.get(next(iter(ids))) in conv.last_agencies:
        return None
    m = other[0]
    return t.reread(last[: m.start] + q.mentions[0].text + last[m.end :])


_WHICH_OF_TWO = re.compile(r"(?:谁|哪家|哪一家|哪个单位|哪个|哪边)(?:的)?[^，,。？?最]{0,8}?(?:更|较|比较)?(?:高|多|低|少|大|小)")


def two_rates_compared(q: Query, t: Thread) -> InContext | None:
    """平潭的处罚占比 → 换洪泽2024年，同样算 → 两家谁的处罚占比更高: the two shares just shown one by one, side by
    side (each agency in the year it was shown for)."""
    conv = t.conv
    which = _WHICH_OF_TWO.search(q.text)
    # (…自然人占比，平潭是多少 → 这俩谁高: the two just set side by side, on the share just shown)
    pair = (re.search(r"这两个|两边|两家|两者|二者", q.text) and not q.metrics and not own_columns(q.text) and conv.last_question
            and RATE_WORDS.search(conv.last_question))
    if not (which and "最" not in q.text and not q.mentions and not q.years and (RATE_WORDS.search(q.text) or pair)
            and conv.last_question and conv.history and not q.difference):
        return None  # (哪家更高，高出几个百分点: the gap too, read further on)
    last = t.reread(conv.last_question)
    b = {t.names.get(i) for m in last.mentions for i in m.agency_ids}
    if not last.ratio or len(b) != 1:
        return None
    a: set = set()
    for asked in reversed(conv.history[-3:]):  # (平潭的占比 → 淮安不是自然人的一共多少 → 淮安的占比: the share before)
        before = t.reread(asked)
        if before.ratio:
            a = {t.names.get(i) for m in before.mentions for i in m.agency_ids}
            if [m.key for m in last.metrics] != [m.key for m in before.metrics]:
                return None  # (two shares of different things: which one 谁高 compares is not plain)
            break
    if len(a) != 1 or a == b or not all(x in conv.seen_in for x in a | b):
        return None
    (a,), (b,) = a, b
    words = re.split(r"[，,?？。]", re.sub(r"(?:19|20)\d{2}年", "", figure_words(conv.last_question)))[0]
    if not words or not RATE_WORDS.search(words):
        return None
    text = f"{a}{conv.seen_in[a]}年和{b}{conv.seen_in[b]}年{words}哪个{'低' if re.search(r'低|小|少', which.group(0)) else '高'}"
    return t.written_out(text) if t.reread(text).ratio else None  # (the share's words said too loosely to read again)


def which_of_the_two_agencies(q: Query, t: Thread) -> InContext | None:
    """两家的予以公开分别是多少 → 按…算予以公开率，哪家更高，高出多少: 哪家 more or less is of the two agencies just
    shown, never of every agency held."""
    conv = t.conv
    cells = conv.single_figures[-2:]
    # (乍浦镇采购了几个项目 → 秀洲分局呢 → 金额哪个多: the two asked one by one, the row of the thread)
    one_by_one = (len(conv.last_agencies) == 1 and len(cells) == 2 and cells[0][0] != cells[1][0] and cells[0][2] == cells[1][2]
                  and conv.last_agencies == [cells[1][0]])
    if not (_WHICH_OF_TWO.search(q.text) and "最" not in q.text and not q.mentions and not q.years
            and (len(conv.last_agencies) == 2 or one_by_one) and (q.metrics or q.ratio or column_spans(q.text))):
        return None
    if one_by_one and (RATE_WORDS.search(conv.last_question) or q.text.startswith("两边")):
        return None  # (two rates asked one by one → 哪家高: read as the two just shown, further on)
    a, b = conv.last_agencies if len(conv.last_agencies) == 2 else [cells[0][0], cells[1][0]]
    last = conv.last_question
    row = "" if q.metrics else "".join(dict.fromkeys(last[s:e] for s, e in metric_spans(last)))
    if re.match(r"哪个|哪边", _WHICH_OF_TWO.search(q.text).group(0)) and not (q.metrics or row):
        return None
    return t.written_out(f"{a}{year_of(conv, a)}和{b}{year_of(conv, b)}{row}{q.text}")
