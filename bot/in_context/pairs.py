"""Two figures or a group just asked: 两者加起来, 差多少, 跟它比, 加起来呢 after a list."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.conversation import PRONOUN
from bot.follow_up import BOTH, carry_over, cn_number, figure_words, question_stem
from bot.in_context.agencies import THE_OTHER, these_agencies
from bot.in_context.thread import (
    BARE_GAP,
    RATE_WORDS,
    THESE_TWO,
    InContext,
    Thread,
    former_latter,
    last_two_rows,
    narrowed_from_total,
    own_columns,
    row_added_to_share,
    seen_government,
    two_cells_just_shown,
    year_of,
    year_shown,
)
from bot.rows import BY_KEY, METRICS, column_spans, find_metrics, metric_spans
from bot.understand import Query
from bot.when import read_period
from index.model import ACTIVE

_THAN_IT = re.compile(r"(?:(比)|跟|和|与|同)(它(?![俩们])|这个|上面那个|前面那个|刚才那个|前者|后者)(?(1)|(?:比|相比)(?=谁|哪|呢|怎么样|如何|差|多|少|相差|件数|，|,|$))")


_AGAINST = re.compile(r"^(?:那)?(?:跟|和|与|同(?!城|级|类|市|区|县|年|期|样|一)|比(?=[\u4e00-\u9fff]))(?!比)")


def the_other_one(q: Query, t: Thread) -> InContext | None:
    """另一类呢 after 未经复议直接起诉: the other of a group of two (复议后起诉), in the same report."""
    if not THE_OTHER.match(q.text) or not t.conv.last_question:
        return None
    last = t.reread(t.conv.last_question)
    if len(last.metrics) != 1 or not last.metrics[0].parent:
        return None
    siblings = [m for m in METRICS if m.parent == last.metrics[0].parent and m.key != last.metrics[0].key and m.weight == 3]
    if len(siblings) != 1:
        return None
    full = carry_over(t.conv.last_question, t.reread(siblings[0].synonyms[0] + "呢"), t.catalog, t.conv.years_seen,
                      t.conv.agencies_seen)
    return t.written_out(full, f"接上题：“另一类”指{siblings[0].label}，按“{full}”理解") if full else None


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
    if not ((BARE_GAP.match(q.text) or which) and len(conv.last_agencies) == 1 and len(conv.agencies_seen) >= 2):
        return None
    cur, prev = conv.last_agencies[0], conv.agencies_seen[-2]
    if prev == cur or cur not in conv.seen_in or prev not in conv.seen_in:
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
    if ids and year - 1 in t.held.get(ids[0], {}) and not both:
        return InContext(q, declined="“差多少”是和哪个比？", choices=[
            Option(f"和{prev}{conv.seen_in[prev]}年比", between), Option(f"和{cur}{year - 1}年比", f"{cur}{year}年比{year - 1}年{words}变化多少")])
    return t.written_out(between)


_TWO_JUST_ASKED = re.compile(r"^(?:那)?(?:(?:一进一出|一增一减|进出相抵|两相抵扣|相抵(?:之?后)?)[，,]?(?:积压|存量)?(?=净))?"
                             r"(?:上面|刚才|前面)?(?:的)?(?:这|那)?(?:两者|二者|两个|两项|俩|这俩|它俩|两个数)?(?:的)?"
                             r"(?P<op>加起来|合计|一共|加一起|加在一起|加一块儿?|合一块儿?|相加|合起来|总共|差多少|差几件|相差多少|差了多少|净增(?:加)?了?|净减(?:少)?了?)"
                             r"(?:是)?(?:多少件?|几件)?(?:呢)?[?？。]*$")


_TWO_YEARS_SUM = re.compile(r"^(?:那)?(?:这)?(?:两年|两个年度|两年度)(?:的)?(?:数)?(?:合计|加起来|一共|总共|相加|合起来|加一起|加在一起|加一块儿?)"
                            r"(?:是)?(?:多少|几件)?(?:呢)?[?？。]*$")


def two_just_asked(q: Query, t: Thread) -> InContext | None:
    """商业企业呢 after 法律服务机构几件 → 两者加起来 / 二〇二三年呢 after 2024年 → 加起来: the two figures the last two
    questions asked of one report row (two columns), or of one row in two years."""
    conv = t.conv
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    own = bool(q.mentions) and len(conv.last_agencies) == 1 and named == {conv.last_agencies[0]}
    said = _TWO_JUST_ASKED.match(q.without([m.text for m in q.mentions]) if own else q.text)  # (那淮安市净减少了多少: its own)
    mentioned = bool(q.mentions) and not own
    years_shown = conv.years_of.get(conv.last_agencies[0], []) if len(conv.last_agencies) == 1 else []
    both_years = _TWO_YEARS_SUM.match(q.text)
    if both_years and not q.mentions and not q.metrics and len(years_shown) == 2 and not RATE_WORDS.search(conv.last_question):
        # 两年'本机关不掌握'分别是多少 → 两年合计: the one row just shown for both years, added up
        last = conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last)))
        if words:
            y1, y2 = years_shown
            return t.written_out(f"{conv.last_agencies[0]}{y1}年和{y2}年{words}加起来")
    if not (said and not mentioned and not q.metrics and not q.years and conv.history and len(conv.last_agencies) == 1):
        return None
    if conv.two_shown:  # 制发和废止各是多少 → 净增多少: the two cells that answer showed, not the question before it
        return _the_two_shown(not re.match(r"差|相差|净", said.group("op")), t)
    last, before = conv.last_question, conv.history[-1]
    a, b = t.reread(before), t.reread(last)
    same_agency = {i for m in a.mentions for i in m.agency_ids} == {i for m in b.mentions for i in m.agency_ids} != set()
    if not (same_agency and a.metrics and b.metrics) or a.ratio or b.ratio:
        return None
    if {m.key for m in a.metrics} != {m.key for m in b.metrics}:
        return _two_rows_one_column(said, a, b, before, last, t)
    # 表二's columns only for a gap (制发 → 废止 → 净增多少): its columns mix counts and money, never added
    active = any(m.table == ACTIVE for m in b.metrics) and bool(re.match(r"差|相差|净", said.group("op")))
    cols_a = "".join(before[s:e] for s, e in own_columns(before, active=active))
    cols_b = "".join(last[s:e] for s, e in own_columns(last, active=active))
    rows = "".join(last[s:e] for s, e in metric_spans(last))
    who = conv.last_agencies[0]
    add = not re.match(r"差|相差|净", said.group("op"))
    if a.years == b.years and len(b.years) == 1 and cols_a and cols_b and cols_a != cols_b:
        when = f"{b.years[0]}年"
        full = f"{who}{when}{rows}{cols_a}和{cols_b}加起来" if add else f"{who}{when}{rows}{cols_a}比{cols_b}多多少"
        return t.written_out(full)
    if cols_a == cols_b and len(a.years) == 1 and len(b.years) == 1 and a.years != b.years:
        y1, y2 = sorted(a.years + b.years)
        full = (f"{who}{y1}年和{y2}年{rows}{cols_b}加起来" if add else f"{who}{y2}年比{y1}年{rows}{cols_b}变化多少")
        return t.written_out(full)
    return _two_rows_one_column(said, a, b, before, last, t)


def _the_two_shown(add: bool, t: Thread) -> InContext | None:
    """The two cells of one report the last answer listed (two columns of a row, or two rows in one column), added
    or the first less the second."""
    conv, last = t.conv, t.conv.last_question
    b = t.reread(last)
    active = any(m.table == ACTIVE for m in b.metrics) and not add
    cols = list(dict.fromkeys(last[s:e] for s, e in own_columns(last, active=active)))
    rows = list(dict.fromkeys(last[s:e] for s, e in metric_spans(last)))
    who, when = conv.last_agencies[0], "".join(f"{y}年" for y in b.years[:1]) or year_of(conv, conv.last_agencies[0])
    if len(b.years) > 1 or b.ratio:
        return None
    if len(cols) == 2 and len(set(rows)) <= 1:
        row = rows[0] if rows else ""
        return t.written_out(f"{who}{when}{row}{cols[0]}和{cols[1]}加起来" if add else f"{who}{when}{row}{cols[0]}比{cols[1]}多多少")
    if len(rows) == 2 and len(set(cols)) <= 1:
        col = cols[0] if cols else ""
        return t.written_out(f"{who}{when}{rows[0]}和{rows[1]}{col}加起来" if add else f"{who}{when}{rows[0]}{col}比{rows[1]}{col}多多少")
    return None


def _two_rows_one_column(said: re.Match, a: Query, b: Query, before: str, last: str, t: Thread) -> InContext | None:
    """直接起诉纠正几件 → 复议后起诉的呢 → 加起来呢: the two rows just asked, in the column both were asked of."""
    who = t.conv.last_agencies[0]
    add = not re.match(r"差|相差|净", said.group("op"))
    cols_a = "".join(before[s:e] for s, e in own_columns(before))
    cols_b = "".join(last[s:e] for s, e in own_columns(last))
    rows_a = "".join(before[s:e] for s, e in metric_spans(before))
    rows_b = "".join(last[s:e] for s, e in metric_spans(last))
    if not (a.years == b.years and len(b.years) == 1 and cols_a == cols_b and rows_a and rows_b and rows_a != rows_b):
        return None
    when = f"{b.years[0]}年"
    return t.written_out(f"{who}{when}{rows_a}和{rows_b}{cols_b}加起来" if add else f"{who}{when}{rows_a}{cols_b}比{rows_b}{cols_b}多多少")


_THESE_ROWS = re.compile(r"(?:(?:这|那|上面|同样)(?:的)?|^|(?<=年))([三四五六七八九十\d])(?:项|类|个数字?)(?:的)?(?:加起来的?|合计的?|之和)?")


def these_rows(q: Query, t: Thread) -> Query | None:
    """许可、处罚、强制三项加起来 → 强制占这三项的多少: 这三项 are the rows just added up, named."""
    said = _THESE_ROWS.search(q.text)
    last = t.conv.last_question
    if not (said and last):
        return None
    n = cn_number(said.group(1))
    for text in [last, *reversed(t.conv.history[-3:])]:
        rows, before = metric_spans(text), t.reread(text)
        if before.add_up and len(before.metrics) == n == len(rows):
            # (…三项加起来 → 处罚占多少 → 洪泽区同一年这三项加起来: the rows that sum added, for the agency named)
            named = "、".join(text[s:e] for s, e in rows)
            if q.mentions or text == last:
                return t.reread(q.text[: said.start()] + named + "合计" + q.text[said.end() :])
            break
    # 许可 → 处罚呢 → 强制呢 → 这三个数加总 / 洪泽区同一年这三项加起来: the rows the last questions asked one by one
    plus = re.match(r"^(?:那)?(?:再)?(?:加上|算上|连同|加)", q.text) and len(q.metrics) == 1 and not q.mentions
    # (其他对外管理服务事项 → 行政许可的呢 → 再加上行政处罚，这三项一共多少: the rows asked one by one and the one added)
    asked = _rows_one_by_one(t, cn_number(said.group(1)) - (1 if plus else 0))
    if asked is None:
        return None
    who, named = asked
    if plus:
        named = [*named, q.metrics[0].label]
        return t.written_out(f"{who}{'、'.join(named)}合计{q.text[said.end() :]}")
    rest = q.text[said.end() :]
    if not re.search(r"加|合|一共|总共|之和|占", rest + q.text[: said.start()]):
        return None
    head = q.text[: said.start()] if q.mentions else who + q.text[: said.start()]
    return t.reread(head + "、".join(named) + ("" if re.match(r"(?:的)?(?:加|合)", rest) else "合计") + rest)


def _rows_one_by_one(t: Thread, n: int) -> tuple[str, list[str]] | None:
    """(the agency and year, the rows) of the last `n` questions, each of one row of one report, the same report."""
    conv = t.conv
    texts = [conv.last_question, *reversed(conv.history[-6:])]
    first = t.reread(texts[0])
    ids = {i for m in first.mentions for i in m.agency_ids}
    if len(ids) != 1 or len(first.years) != 1:
        return None
    rows: list[str] = []
    for text in texts:
        one = t.reread(text)
        if {i for m in one.mentions for i in m.agency_ids} != ids or one.years != first.years or len(one.metrics) != 1 or one.ratio:
            return None
        label = one.metrics[0].label
        if label not in rows:
            rows.append(label)
        if len(rows) == n:
            return f"{t.names[next(iter(ids))]}{first.years[0]}年", list(reversed(rows))
    return None


_TWO_KINDS_ADDED = re.compile(r"^(?:那)?(?:把|将)?(?:它的?|这家的?)?(?:前面|上面|刚才|最后|后面)?(?:的)?(?:这)?(?:两类|两种|两项|两者|二者|两个|两大类)(?:的)?(?:(?:加起来|合起来|加在一起|合在一起|合计|一共)[，,]?(?P<rest>.+)|"
                              r"(?:里面|里头|当中|中|里)(?P<within>[^，,。？?]+?(?:一共|合计|加起来|总共|共计|加在一起)[^，,。]*))$")


def two_rows_of_another(q: Query, t: Thread) -> Query | None:
    """直接起诉几件 → 复议后起诉的呢 → 洪泽区2024年这两项分别是多少: the two rows just asked, of the agency named."""
    said = re.search(r"(?:这|上面|刚才|前面)(?:的)?(?:两|2)(?:项|类|个数|个)", q.text)
    conv = t.conv
    if not (said and q.mentions and not q.metrics and conv.history and conv.last_question):
        return None
    before, last = conv.history[-1], conv.last_question
    a, b = t.reread(before), t.reread(last)
    if not (len(a.metrics) == 1 and len(b.metrics) == 1 and a.metrics[0].key != b.metrics[0].key and not (a.ratio or b.ratio)):
        return None
    rows_a = "".join(dict.fromkeys(before[s:e] for s, e in metric_spans(before)))
    rows_b = "".join(dict.fromkeys(last[s:e] for s, e in metric_spans(last)))
    return t.reread(q.text[: said.start()] + f"{rows_a}和{rows_b}" + q.text[said.end() :])


_BOTH_KINDS = re.compile(r"^(?:那)?(?:这)?两(?:类|种|组)(?:诉讼|案件|起诉)?(?:都算|里|中|当中|里面|里头|加起来|合起来|合计|一共)?(?:的)?[，,]?(?P<rest>.*)$")


def rest_of_the_group(q: Query, t: Thread) -> InContext | None:
    """不予公开一共多少件 → 占办理结果总计的比例 → 除了行政查询事项，其余几类加起来呢: the group of the part left out,
    less that part, in the report the thread is on."""
    conv = t.conv
    if not (q.exclude_row and q.add_up and not q.metrics and not q.mentions and len(conv.last_agencies) == 1):
        return None
    part = BY_KEY.get(q.exclude_row)
    group = BY_KEY.get(part.parent or "") if part is not None else None
    if group is None or group.key not in {m.key.rstrip("~") for m in t.reread(conv.last_question).metrics}:
        return None  # (the thread is on another figure: which group is meant is not plain)
    who = conv.last_agencies[0]
    return t.written_out(f"{who}{'' if q.years else year_of(conv, who)}{group.label}去掉{part.label.split('·')[-1]}")


def sum_asked_again(q: Query, t: Thread) -> InContext | None:
    """…加起来一共多少 → 哪家占比最大 → 行政复议加起来呢: the sum asked before, over the same reports, of the row
    named now (not the share that came between)."""
    conv = t.conv
    if not (q.add_up and q.metrics and not q.mentions and not q.years and not q.ratio and conv.history
            and RATE_WORDS.search(conv.last_question) and "合计" in conv.last_question
            and not re.search(r"两类|两种|两项|各项|分项|逐项", q.text)):
        return None
    before = conv.history[-1]
    read = t.reread(before)
    if not (read.add_up and read.intent == "total" and not read.ratio and not read.difference and (read.every_report or not read.mentions
                                                 or len({i for m in read.mentions for i in m.agency_ids}) >= 2)):
        return None
    full = carry_over(before, q, t.catalog, conv.years_seen, conv.agencies_seen)
    return t.written_out(full) if full else None


def both_kinds_of_the_row(q: Query, t: Thread) -> InContext | None:
    """行政诉讼一共多少 → 其中未经复议直接起诉的 → 两类里结果被纠正的一共几件: both kinds of the row the thread
    is on (its group of two), in the column named now."""
    said = _BOTH_KINDS.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.years and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    shown = t.reread(conv.last_question).metrics
    # (两种各有几件 → 两种加起来…: the kinds just shown side by side are the same group)
    parents = {m.parent or "" for m in shown}
    parent = BY_KEY.get(shown[0].parent or "") if len(shown) == 1 or (len(shown) == 2 and len(parents) == 1) else None
    if parent is None and len(shown) == 1 and len([m for m in METRICS if m.parent == shown[0].key]) == 2:
        parent = shown[0]  # 诉讼一共多少件 → 这两类里结果维持的加起来: the group just shown is the two kinds
    if parent is None or len([m for m in METRICS if m.parent == parent.key]) != 2 or find_metrics(said.group("rest")):
        return None
    who = conv.last_agencies[0]
    if re.search(r"各|分别|各自", said.group("rest")):  # 这两种里，结果维持的各有几件: each kind apart, never their sum
        kinds = "和".join(m.synonyms[0] if m.synonyms else m.label for m in METRICS if m.parent == parent.key)
        return t.written_out(f"{who}{year_of(conv, who)}{kinds}{said.group('rest')}")
    return t.written_out(f"{who}{year_of(conv, who)}{parent.label}{said.group('rest')}")


def two_kinds_added(q: Query, t: Thread) -> InContext | None:
    """直接起诉的诉讼几件 → 复议后起诉的呢 → 两类加起来，判决维持的有多少: the two rows just asked, added, in the
    column named now."""
    said = _TWO_KINDS_ADDED.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.years and conv.history and len(conv.last_agencies) == 1
            and conv.last_agencies[0] in conv.seen_in):
        return None
    before, last = conv.history[-1], conv.last_question
    a, b = t.reread(before), t.reread(last)
    same = {i for m in a.mentions for i in m.agency_ids} == {i for m in b.mentions for i in m.agency_ids} != set()
    if not (same and len(a.metrics) == 1 and len(b.metrics) == 1 and a.metrics[0].key != b.metrics[0].key
            and a.metrics[0].table == b.metrics[0].table and not (a.ratio or b.ratio)):
        return None
    rows_a = "".join(dict.fromkeys(before[s:e] for s, e in metric_spans(before)))
    rows_b = "".join(dict.fromkeys(last[s:e] for s, e in metric_spans(last)))
    who = conv.last_agencies[0]
    return t.written_out(f"{who}{conv.seen_in[who]}年{rows_a}和{rows_b}加起来，{said.group('rest') or said.group('within')}")


_ROWS_JUST_ASKED_ADDED = re.compile(r"^(?:那)?(?:把|将)?(?:上面|刚才|前面)?(?:的)?(?:这|这些)?(?:的)?(?P<n>[两二三四五六七八九十\d])(?:项|个|类|种|样)(?:申请人|申请)?(?:的)?(?:件数|数量|数|数字)?(?:都)?"
                                    r"(?:加起来|加一块|合起来|加在一起|加到一起|合计|一共|加总|总共|之和|相加)(?:是|有)?(?:多少|几件)?(?:呢)?[?？。]*$")


_ROWS_JUST_ASKED_EACH = re.compile(r"(?:(?:上面|刚才|前面)(?:的)?(?:这|这些)?|这|这些)(?:的)?(?P<n>[两二三四五六七八九十\d])(?:项|个|类|种|样)(?:的)?(?:数|数字)?"
                                   r"(?:各|分别|各自)(?:是|有)?(?:多少|几件)(?:呢)?[?？。]*$")


def _shares_just_asked_added(read: list[Query], asked: list[str], agencies: set, t: Thread, count: bool = False) -> InContext | None:
    """予以公开占办结的比例 → 换成部分公开呢 → 两项合起来呢: the parts added, over the one whole they were taken of."""
    parts = [[m.key for m in r.metrics if m.key not in r.whole_rows] for r in read]
    wholes = {frozenset(r.whole_rows) for r in read}
    whole = re.search(r"占(.+?)的?(?:比例|比重|占比)", asked[-1])
    if (len(agencies) != 1 or frozenset() in agencies or any(len(p) != 1 for p in parts) or len({p[0] for p in parts}) != len(parts)
            or len(wholes) != 1 or frozenset() in wholes or len({tuple(r.years) for r in read}) != 1 or whole is None):
        return None  # (one report's shares of one whole, each of its own part)
    who, year = t.conv.last_agencies[0], "".join(f"{y}年" for y in read[-1].years)
    text = f"{who}{year}{'和'.join(BY_KEY[p[0]].label for p in parts)}加起来"
    # (这两项的件数加起来呢: the counts the shares were of, added; 两项合起来呢: the share of both)
    return t.written_out(text if count else f"{text}占{whole.group(1)}的比例")


def rows_just_asked_added(q: Query, t: Thread) -> InContext | None:
    """处罚多少 → 许可 → 行政强制 → 三项加一块: the rows asked one by one of one report, added (洪泽区同年这三项各多少:
    each, in the report named now)."""
    said = _ROWS_JUST_ASKED_ADDED.match(q.text)
    each = _ROWS_JUST_ASKED_EACH.search(q.text) if said is None else None
    conv = t.conv
    if each and not q.metrics and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in:
        said = each
    elif not (said and not q.mentions and not q.years and all(m.key in ("申请", "本年新收~") for m in q.metrics)
              and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in):
        return None
    n = cn_number(said.group("n"))
    asked = [*conv.history, conv.last_question][-n:]
    if n < 2 or len(asked) < n:
        return None
    read = [t.reread(a) for a in asked]
    agencies = {frozenset(i for m in r.mentions for i in m.agency_ids) for r in read}
    cols = [list(dict.fromkeys(c for a, b in own_columns(x) if (c := x[a:b]) not in ("总计", "合计"))) for x in asked]
    if (not each and all(r.ratio for r in read) and len(agencies) == 1 and frozenset() not in agencies and all(len(c) == 1 for c in cols)
            and len({c[0] for c in cols}) == n and len({tuple(m.key for m in r.metrics) for r in read}) == 1 and len(read[0].metrics) == 1):
        # 自然人占多大比例 → 换成法律服务机构 → 刚才这两类申请人的件数加起来: those columns of the row, added
        who, row = conv.last_agencies[0], read[0].metrics[0].label
        return t.written_out(f"{who}{conv.seen_in[who]}年{row}{'和'.join(c[0] for c in cols)}加起来")
    if said is not None and not each and all(r.ratio for r in read):
        return _shares_just_asked_added(read, asked, agencies, t, count=bool(re.search(r"件数|几件|多少件|数量", q.text)))
    keys = [r.metrics[0].key for r in read if len(r.metrics) == 1]
    if (len(agencies) != 1 or frozenset() in agencies or len(keys) != n or len(set(keys)) != n
            or len({r.metrics[0].table for r in read}) != 1 or any(r.ratio or r.add_up or r.difference for r in read)
            or len({tuple(r.years) for r in read}) != 1):
        return None  # (only one report's rows, each asked once, each a figure of its own)
    rows = "、".join("".join(dict.fromkeys(a[s:e] for s, e in metric_spans(a))) for a in asked)
    columns = {"".join(a[s:e] for s, e in own_columns(a, active=True)) for a in asked}
    if len(columns) != 1:
        return None  # (rows asked in different columns: which cells to add is not guessed)
    rows += columns.pop()  # 直接起诉的尚未审结 → 复议后起诉的呢 → 两个加起来: the column they were asked in
    who = conv.last_agencies[0]
    if each:  # (同年: the thread's year, unless one is named; 洪泽区: the agency named)
        named = "".join(q.text[m.start : m.end] for m in q.mentions) or who
        year = "、".join(f"{y}年" for y in q.years) or f"{conv.seen_in[who]}年"
        return t.written_out(f"{named}{year}{rows}各多少")
    return t.written_out(f"{who}{conv.seen_in[who]}年{rows}合计多少")


def gap_of_two_sums(q: Query, t: Thread) -> InContext | None:
    """新收加上年结转 → 办结加结转下年度 → 两边差多少: the two sums just shown, one against the other."""
    conv = t.conv
    gap = BARE_GAP.match(q.text) or re.match(r"^(?:那)?(?:这一?[列栏]|同一?[列栏])(?:的)?(?:两边)?(?:相)?差(?:了)?(?:多少|几件?)[?？。]*$", q.text)
    if not (gap and not q.mentions and not q.years and conv.history and len(conv.last_agencies) == 1):
        return None
    before, last = conv.history[-1], conv.last_question
    a, b = t.reread(before), t.reread(last)
    same = {i for m in a.mentions for i in m.agency_ids} == {i for m in b.mentions for i in m.agency_ids} != set()
    cols = {before[s:e] for s, e in own_columns(before)}
    who = conv.last_agencies[0]
    if not (same and a.add_up and b.add_up and len(a.metrics) == 2 and len(b.metrics) == 2 and who in conv.seen_in
            and (a.years == b.years or not a.years) and len(b.years) <= 1 and not (a.ratio or b.ratio) and len(cols) <= 1
            and (not own_columns(last) or {last[s:e] for s, e in own_columns(last)} == cols)
            and not {m.key for m in a.metrics} & {m.key for m in b.metrics}):
        return None  # (同一列…: the column of the first sum goes on)
    def side(text: str) -> str:
        return "加".join(text[s:e] for s, e in metric_spans(text))
    col = f"{cols.pop()}这一列" if cols else ""
    return t.written_out(f"{who}{conv.seen_in[who]}年{col}{side(before)}，和{side(last)}，两边差几件")


def these_two_rows(q: Query, t: Thread) -> InContext | None:
    """这两项加起来… / 差多少 after two rows of one report were asked."""
    two = THESE_TWO.match(q.text)
    gap = BARE_GAP.match(q.text)
    if not ((two or gap and not q.metrics) and not q.mentions and not q.years):
        return None
    after = q.text[two.end() :] if two else ""
    if (two and RATE_WORDS.search(t.conv.last_question) and re.search(r"(?:加|合)(?:起来|在一起|并|一起)?(?:再)?算", after)
            and not re.search(r"件|多少个|几个", after)
            and not column_spans(after) and not metric_spans(after)):  # (这俩的对外公开总数量加起来: a figure named, summed)
        # 予以公开占办理总数的比例 → 部分公开呢 → 两项合起来算: the two parts together, over the same whole
        rows = last_two_rows(t.conv, t.catalog, t.names, "", back=2)
        shared = row_added_to_share(t.conv.last_question, rows[1]) if rows else None
        return t.written_out(shared) if shared else InContext(q, declined="“合起来”是把两项的件数相加，还是算两项合起来的比例？请说明")
    if two and (t.conv.two_shown or not column_spans(q.text[two.end() :])):
        # 予以公开和部分公开各是多少 / 商业企业 → 法律服务机构: the two cells just shown, of one report (上面两个现行有效的:
        # a column named picks the two rows asked of it, further on)
        read = two_cells_just_shown(q.text[two.end() :], t)
        if read is not None:
            return read
    # (占办结总数: the whole, not a column); a bare 两个加起来 is of the two questions just asked, one after the other
    # (差几件: the two figures just shown, never past a question between them, such as one asked back)
    rows = last_two_rows(t.conv, t.catalog, t.names, re.split(r"占|比", q.text)[0], back=2 if two and two.group("bare") or not two else 6)
    if not rows and (BOTH.search(q.text) or two and two.group("bare")):
        return None  # 这两个单位加起来 / 两项合计 after two agencies: read further on
    if not rows and two and re.search(r"加|合|一共|总共", q.text):
        summed = _two_agencies_just_shown(t)
        cols = [q.text[a:b] for a, b in column_spans(q.text) if q.text[a:b] != "总计"]
        if summed and cols:  # 这俩的对外公开总数量加起来: the column said now, of the thread's row
            last = t.conv.last_question
            row = "".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))
            names = re.match(r"(.+?年和.+?年)", summed)
            summed = f"{names.group(1)}{row}{''.join(cols)}加起来" if names and row else None
        if summed:  # 对外公开总数呢 → 嘉兴发改委的呢 → 这两个数加起来: the two agencies' figures
            return t.written_out(summed)
    if not rows and two and re.search(r"差|多多少|少多少", q.text[two.end() :]) and not column_spans(q.text):
        # (这两个金额差多少 after 项目数: another column said, read further on)
        between = _two_agencies_just_shown(t, "相差多少")
        if between:  # 淮安予以公开 → 洪泽同一年的 → 这俩差了多少件: the two agencies' figures, one against the other
            return t.written_out(between)
    if not rows and two:
        read = two_cells_just_shown(q.text[two.end() :], t)
        if read is not None:
            return read
    if not rows and two and t.conv.two_summed and len(t.conv.last_agencies) == 1 and re.search(r"差|多|少|哪个|谁", q.text[two.end() :]):
        # 商业企业和法律服务机构加起来 → 这俩哪个多？多几件: the two cells just added, one against the other
        read = _the_two_shown(False, t)
        if read is not None:
            return read
    if not rows:  # which two figures 这两项 means is not known: never one figure for two
        return InContext(q, declined="“这两项”指哪两个数字没能确定，请把两项都写出来（例如：规章和规范性文件现行有效一共多少）") if two else None
    head, before, last = rows
    if {m.key for m in find_metrics(before)} == {m.key for m in find_metrics(last)}:
        # (one row asked twice, in two columns: which two figures 这两类 means is not plain from the rows)
        return InContext(q, declined="“这两项”指哪两个数字没能确定，请把两项都写出来（例如：法律服务机构和商业企业的申请一共多少）") if two else None
    rest = q.text[two.end() :] if two else ""
    joined = "和" if re.search(r"哪个|哪一?项|哪类|谁|差|比", rest) and not re.search(r"加|合|一共|总共", rest) else "加"  # (这两类哪个多)
    return t.written_out(f"{head}{before}{joined}{last}{rest}" if two else f"{head}{before}比{last}多多少")


def first_two_parts(q: Query, t: Thread) -> InContext | None:
    """哪一项最多 → 第二名呢 → 前两名加起来占…: the two parts of one report just shown, first and second."""
    front = re.match(r"^(?:那)?(?:这)?前(?:两|2)(?:名|项|种|类|个)(?:的)?", q.text)
    if front and t.conv.last_part and not q.mentions and not q.years:
        return two_cells_just_shown(q.text[front.end() :], t)
    return None


def _two_agencies_just_shown(t: Thread, op: str = "加起来") -> str | None:
    """The one figure shown for two agencies, written out as their sum: two agencies listed by the last answer
    (前两名差多少), or one agency in each of the last two answers with the same row and column."""
    conv = t.conv
    shown = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    last = conv.last_question
    words = "".join(last[a:b] for a, b in sorted(metric_spans(last) + own_columns(last, active=True)))
    if len(conv.last_agencies) == 2 and len(shown) == 2 and words:
        (a, ya), (b, yb) = shown
        return f"{a}{ya}年和{b}{yb}年{words}{op}"
    if len(conv.last_agencies) != 1 or not conv.history or len(conv.agencies_seen) < 2 or not words:
        return None
    a, b = conv.agencies_seen[-2], conv.agencies_seen[-1]

    def same(before: str) -> bool:
        return {m.key for m in t.reread(before).metrics} == {m.key for m in t.reread(last).metrics} and (
            "".join(before[x:y] for x, y in own_columns(before, active=True)) == "".join(last[x:y] for x, y in own_columns(last, active=True)))

    # (发改委的金额 → 它的项目数 → 秀洲分局的金额 → 这俩加起来多少钱: the other agency's answer of that same figure)
    of_a = [h for h in reversed(conv.history[-4:]) if {t.names.get(i) for m in t.reread(h).mentions for i in m.agency_ids} == {a}]
    if not of_a or not any(same(h) for h in of_a[:2]) or a == b or b != conv.last_agencies[0]:
        return None
    return f"{a}{conv.seen_in.get(a, '')}年和{b}{conv.seen_in.get(b, '')}年{words}{op}"


_ADDED_ON = re.compile(r"^(?:那)?(?:再)?(?:加上|算上|连同|连上|加)(.{1,12}?)(?:的)?(?:话)?[，,]?(?:一共|总共|合计|一起|加起来|总数|总量)"
                       r"(?:是|有)?(?:要|需要|得|应)?(?:办|办理|处理|受理)?(?:的)?(?:多少|几件|几个)?(?:件)?(?:呢)?[?？。]*$")


_BARE_ADD = re.compile(r"^(?:那)?(?:都|全部|一起|全)?(?:加起来|加在一起|合计|加一块儿?|一共)(?:是)?(?:多少|几件)?(?:呢|吧)?[?？。]*$")


def sum_of_the_list(q: Query, t: Thread) -> InContext | None:
    """加起来呢 right after a list of several agencies (a ranking, a comparison): their figures added."""
    conv = t.conv
    shown = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    if (_BARE_ADD.match(q.text) and len(conv.last_agencies) == 1 and not q.mentions and not q.metrics and len(conv.ranked) >= 2
            and conv.last_question == conv.ranked_question and len(set(conv.ranked_at)) == 1):
        # 哪家最多 (the first of the ranking shown) → 加起来呢: every report that ranking ranked, added
        last = conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
        if words and not RATE_WORDS.search(last):
            return t.written_out(f"{conv.ranked_at[0]}年各单位{words}加起来多少")
    if _BARE_ADD.match(q.text) and len(conv.last_agencies) == 1 and not q.mentions and not q.metrics:
        summed = _two_agencies_just_shown(t)  # 对外公开总数 → 安康呢 → 加起来呢: the two agencies' figures
        return t.written_out(summed) if summed else None
    if not (_BARE_ADD.match(q.text) and len(shown) >= 2 and len(conv.last_agencies) >= 2):
        return None
    last = conv.ranked_question if conv.last_question == conv.ranked_question else conv.last_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if not words or RATE_WORDS.search(last):
        return None  # (rates are not added)
    by_agency: dict[str, list[int]] = {}
    for a, y in shown:
        by_agency.setdefault(a, []).append(y)
    names = "、".join(a + "和".join(f"{y}年" for y in sorted(ys)) for a, ys in by_agency.items())
    return t.written_out(f"{names}{words}加起来多少")


def sum_in_a_group(q: Query, t: Thread) -> InContext | None:
    """前两名加起来多少 → 占这五家总量的多少: the sum just shown, as a share of the group named."""
    said = re.match(r"^(?:那)?(?:这个数|这个合计|合计|加起来的?|它们|这两家|这几家|它俩|这俩|两家|两家合计|两者合计)?(?:的)?(?:合计|一共)?占", q.text)
    conv = t.conv
    last = conv.last_question
    if not (said and q.ratio and not q.mentions and not q.metrics and len(conv.last_agencies) >= 2
            and re.search(r"加起来|合计|一共|总共|之和|相加|加在一起", last)):
        return None
    group = these_agencies(t.reread("占" + q.text[said.end() :]), t)  # (这两家占这五家: the group is the one after 占)
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if group is None or not words:
        return None
    named = {t.names.get(i) for m in group.mentions for i in m.agency_ids}
    if not set(conv.last_agencies) < named:
        return None  # the group must hold the ones summed, and more
    part = "、".join(a + (f"{conv.seen_in[a]}年" if a in conv.seen_in else "") for a in conv.last_agencies)
    rest = re.sub(r"(?:总量|总数|总和|加起来|一共|合计)?(?:的)?(?:多少|几成|比例|比重|百分之几|百分之多少|多大)[?？。]*$", "", group.text[1:])
    return t.written_out(f"{part}{words}占{rest}{words}合计的比例")


def added_on(q: Query, t: Thread) -> InContext | None:
    """加上部分公开一共: the last figure and that row, summed; 加上结转一共 after 上年结转呢: the two rows just asked."""
    plus_row = re.match(r"^(?:那)?(?:再)?(?:加上|算上|连同|连上)(.{2,12}?)(?:的)?(?:呢)?[?？。]*$", q.text)
    if plus_row and not q.mentions and not q.years and find_metrics(plus_row.group(1)):
        share = row_added_to_share(t.conv.last_question, plus_row.group(1))
        if share:  # 加上部分公开呢 after 予以公开占办结的比例: the two rows, as one share
            return t.written_out(share)
    added = _ADDED_ON.match(q.text) or (plus_row if plus_row and find_metrics(plus_row.group(1)) else None)
    if not (added and not q.mentions and not q.years):  # (加上上年结转的呢: the sum, said as the others are)
        return None
    last, said = t.conv.last_question, added.group(1)
    last_rows = "".join(last[s:e] for s, e in metric_spans(last))
    named = {m.key for m in find_metrics(said)}
    if not last_rows or not (named or said in last_rows):
        return None
    if said in last_rows or named == {m.key for m in find_metrics(last)}:  # the row just shown: the one before it is added
        rows = last_two_rows(t.conv, t.catalog, t.names)
        if rows is None:
            return InContext(q, declined=f"“加上{said}”要和哪个数字相加没能确定，请把两项都写出来")
        head, before, after = rows
        return t.written_out(f"{head}{before}加{after}一共多少")
    if narrowed_from_total(t):  # 新收多少 → 其中企业提交的 → 加上上年结转，总共要办多少件: the totals
        return t.written_out(question_stem(t.conv.history[-1]) + "加" + said + "一共多少",
                             f"接上题：按“{question_stem(t.conv.history[-1])}加{said}一共多少”理解（上一问只看了其中一栏，这里按总数）")
    stem = question_stem(last)
    if t.reread(last).ratio and "占" in stem:  # 尚未审结占诉讼合计的比例 → 再加上复议里尚未审结的，一共: the part, summed
        stem = re.sub(r"(?:的)?$", "", stem[: stem.index("占")])
    return t.written_out(stem + "加" + said + "一共多少")


_TWO_LEVELS = re.compile(r"^(?:那)?(市|区|县|镇)(?:里|级|政府|府)(?:的)?(?:比|跟|和|与)(市|区|县|镇)(?:里|级|政府|府)(?:的)?"
                         r"(?P<op>(?:多出|多了|多|少了|少|相差|差)(?:了)?(?:多少|几)(?:件|个|项)?|(?:相)?差(?:了)?(?:多少|几件)|差距多大)(?:呢)?[?？。]*$")


_BOTH_LEVELS = re.compile(r"^(?:那)?(市|区|县|镇)(?:里|级|政府|府)(?:的)?(?:和|与|跟|及|加)(市|区|县|镇)(?:里|级|政府|府)(?P<rest>.+)$")


def _governments_seen(t: Thread, first: str, second: str) -> tuple[str, str] | None:
    """The governments of two levels (市, 区 …) this conversation has shown, each with a year shown, or None."""
    conv = t.conv
    a, b = seen_government(t, first), seen_government(t, second)
    return (a, b) if first != second and a and b and a in conv.seen_in and b in conv.seen_in else None


def both_levels(q: Query, t: Thread) -> InContext | None:
    """市里和区里（都是2024年）现行有效的加起来多少: the governments of those levels seen in the conversation, named."""
    said = _BOTH_LEVELS.match(q.text)
    conv = t.conv
    seen = _governments_seen(t, said.group(1), said.group(2)) if said and not q.mentions else None
    if seen is None:
        return None
    a, b = seen
    rest = said.group("rest")
    if read_period(rest).years:  # the year said for both
        return t.written_out(f"{a}和{b}{rest}")
    return t.written_out(f"{a}{conv.seen_in[a]}年和{b}{conv.seen_in[b]}年{rest}")


_LEVEL_SHARE = re.compile(r"^(?:那)?(市|区|县|镇)(?:里|级|政府|府)(?P<mid>[^，,。？?]{0,10}?)(?:占|是|相当于|只有|只占|仅占)"
                          r"(市|区|县|镇)(?:里|级|政府|府)(?P<rest>(?:的)?(?:百分之几|百分之多少|几成|多少|比例|比重|占比|几分之几).*)$")


def level_share(q: Query, t: Thread) -> InContext | None:
    """区里的收费额占市里的百分之多少 after both governments were asked: one's figure over the other's."""
    said = _LEVEL_SHARE.match(q.text)
    conv = t.conv
    seen = _governments_seen(t, said.group(1), said.group(3)) if said and not q.mentions and conv.last_question else None
    if seen is None:
        return None
    a, b = seen
    mid = said.group("mid")
    if not (metric_spans(mid, generic=True) or find_metrics(mid)):  # 区里的占市里的: the figure just asked
        last = conv.last_question
        mid = "的" + "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + own_columns(last)))
    return t.written_out(f"{a}{conv.seen_in[a]}年{mid}占{b}{conv.seen_in[b]}年{said.group('rest')}")


_LEVELS_COMPARED = re.compile(r"^(?:那)?(?:[^，,。？?]{0,10}[，,])?(市|区|县|镇)(?:里|级|政府|府)(?:的)?(?:和|跟|与|同)(市|区|县|镇)(?:里|级|政府|府)(?:的)?"
                              r"(?:比)?(?:哪边|哪个|哪家|谁)(?:更|比较)?(高|多|低|少|大|小)(?:一些|些)?(?:呢)?[?？。]*$")


_ADDED_TO_IT = re.compile(r"^(?:那)?(?:再)?(?:跟|和|与|同(?![一年样期时])|连同)(?P<row>[^，,]{1,20}?)(?:的)?(?:加一块|加起来|加在一起|合起来|合在一起|一起)"
                          r"(?:是|有|一共|总共)?(?:多少件?|几件)?(?:呢|啊)?[?？。]*$")


def added_to_the_last(q: Query, t: Thread) -> InContext | None:
    """上年转过来的呢 → 跟新收的加一块多少: the figure just shown and the row named now, of the same report, added."""
    # (加上秀洲分局的采购金额一共多少: another agency's figure, named with it, read further on)
    said = _ADDED_TO_IT.match(q.text) or (None if q.mentions else _PLUS_IT.match(q.text))
    conv = t.conv
    if not (said and q.metrics and not q.years and len(conv.last_agencies) == 1 and conv.last_question) or q.parts_sum:
        return None  # (复议后起诉那一栏逐项加起来: that row's parts, read further on)
    last = conv.last_question
    words = figure_words(last)
    row = "".join(said.group("row")[a:b] for a, b in metric_spans(said.group("row"), generic=True))
    if not words or not row or RATE_WORDS.search(last) or t.reread(last).add_up:
        return None
    who = conv.last_agencies[0]
    named = list(dict.fromkeys(t.names.get(i) for m in q.mentions for i in m.agency_ids))
    if q.mentions:
        # 安康许可决定多少 → 跟发改委的许可决定加起来: that figure of both agencies, when the row named is the one shown
        other = named[0] if len(named) == 1 and named[0] != who else None
        if other is None or {m.key for m in t.reread(last).metrics} != {m.key for m in q.metrics}:
            return None
        year = year_of(conv, who)
        held = t.held.get(next(i for i, n in t.names.items() if n == other), {})
        if year and int(year[:-1]) not in held:
            return None  # (发改委 holds no report of that year: which of its years is not guessed here)
        return t.written_out(f"{who}和{other}{year}{words}一共多少")
    return t.written_out(f"{who}{year_of(conv, who)}{words}加{row}一共多少")


# 加上结转下年度继续办理的，是多少: the row named now, added to the figure just shown
_PLUS_IT = re.compile(r"^(?:那)?(?:再)?(?:加上|算上|加)(?P<row>[^，,。？?]{1,20}?)(?:的)?[，,]?(?:是|有|一共|总共|合计|共)?(?:是)?(?:多少件?|几件)(?:呢|啊)?[?？。]*$")


_THAN_THE_SUM = re.compile(r"^(?:那)?(?:这个数|这个合计|合计|加起来的?|合起来的?|这个和|它们)?(?P<than>比.+)$")


_THAN_THESE = re.compile(r"比(?:这俩|这两家|这两个|它们|它俩|这几家|上面(?:两|几)家)(?:的)?(?:加起来|合起来|加一块儿?|加在一起|合计|之和)?(?:的)?"
                         r"(?P<rest>(?:还)?(?:多|少)(?:了)?(?:多少|几件?)|(?:相)?差(?:了)?(?:多少|几件?))")


def gap_to_the_sum(q: Query, t: Thread) -> InContext | None:
    """秀洲和发改委的新收加一块 → 比安康自然资源局多多少: the sum just shown against the one named now (never the
    first agency of the sum alone); 安康同年的许可比这俩加起来少多少: the one named against that sum."""
    said = _THAN_THE_SUM.match(q.text)
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


def former_or_latter_cell(q: Query, t: Thread) -> Query | None:
    """行政许可和其他对外管理服务事项两个合计多少 → 后者在这个合计里占多少: 前者/后者 of the two cells of one report the
    last answer listed or added (rows or columns), not of agencies."""
    said = re.match(r"^(?:那)?(前者|后者)(?:的)?", q.text)
    conv = t.conv
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


_WHICH_OF_TWO = re.compile(r"(?:谁|哪家|哪一家|哪个单位|哪个|哪边)(?:的)?[^，,。？?最]{0,8}?(?:更|较|比较)?(?:高|多|低|少|大|小)")


def two_rates_compared(q: Query, t: Thread) -> InContext | None:
    """平潭的处罚占比 → 换洪泽2024年，同样算 → 两家谁的处罚占比更高: the two shares just shown one by one, side by
    side (each agency in the year it was shown for)."""
    conv = t.conv
    which = _WHICH_OF_TWO.search(q.text)
    if not (which and "最" not in q.text and not q.mentions and not q.years and RATE_WORDS.search(q.text)
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


def levels_compared(q: Query, t: Thread) -> InContext | None:
    """两个比例放在一起，区里和市里哪边更高 after both governments were asked: the figure just asked, of both."""
    said = _LEVELS_COMPARED.match(q.text)
    conv = t.conv
    seen = _governments_seen(t, said.group(1), said.group(2)) if said and not q.mentions and conv.last_question else None
    if seen is None:
        return None
    a, b = seen
    last = conv.last_question
    figure = question_stem(last[min((s for s, _ in metric_spans(last, generic=True)), default=0) :])
    if not metric_spans(figure, generic=True):
        return None
    return t.written_out(f"{a}{conv.seen_in[a]}年和{b}{conv.seen_in[b]}年{figure}哪个{said.group(3)}")


def two_levels(q: Query, t: Thread) -> InContext | None:
    """市里比区里多出多少件 after the city's and the district's governments were asked: those two, on the figure
    just asked (each in the year it was shown for)."""
    said = _TWO_LEVELS.match(q.text)
    conv = t.conv
    seen = _governments_seen(t, said.group(1), said.group(2)) if said and conv.last_question else None
    last = conv.last_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + own_columns(last)))
    if seen is None or not words:
        return None
    a, b = seen
    return t.written_out(f"{a}{conv.seen_in[a]}年比{b}{conv.seen_in[b]}年{words}多多少")


_TWO_OF_THE_SHARE = re.compile(r"(?:这|那)(?:两|二)(?:个数字?|项|个)(?:的?数(?:字)?)?(?:各|分别|各自)")


def two_of_the_share(q: Query, t: Thread) -> InContext | None:
    """新制作的占总数多大比例 → 同年嘉兴市发改委这两个数各是多少: the part and the whole of that share, each (of the
    agency named, or the thread's), never the share again."""
    said = _TWO_OF_THE_SHARE.search(q.text)
    conv = t.conv
    if not (said and not q.metrics and len(q.mentions) <= 1 and conv.last_question and len(conv.last_agencies) == 1):
        return None
    last = conv.last_question
    b = t.reread(last)
    if not (b.ratio and len(b.years) <= 1 and len({i for m in b.mentions for i in m.agency_ids}) <= 1):
        return None
    cols = list(dict.fromkeys(last[s:e] for s, e in own_columns(last, active=True)))
    rows = list(dict.fromkeys(last[s:e] for s, e in metric_spans(last)))
    if len(cols) == 2 and len(rows) <= 1:
        asked = f"{rows[0] if rows else ''}{cols[0]}和{cols[1]}"
    elif len(rows) == 2 and len(cols) <= 1:
        col = cols[0] if cols else ""
        asked = f"{rows[0]}{col}和{rows[1]}{col}"
    else:
        return None
    who = q.text[q.mentions[0].start : q.mentions[0].end] if q.mentions else conv.last_agencies[0]
    same_year = re.search(r"同年|同一年|那年|那一年|当年", q.text)
    when = "".join(f"{y}年" for y in q.years) or (year_of(conv, conv.last_agencies[0]) if same_year or not q.mentions else "")
    return t.written_out(f"{who}{when}{asked}各多少", f"接上题：“{said.group(0)}”指上一句比例的两个数（{asked}）")


_ASKED_ADDED_SHARE = re.compile(r"^(?:那)?(?:把|将)?(?:刚才|前面|上面)?(?:的)?(?:这|那)?(?P<n>[两二三])(?:类|项|个|种)(?:的)?(?:数|数字)?(?:都)?"
                                r"(?:加在一起|加起来|合起来|合在一起|加一块)[，,]?(?P<rest>占.+)$")


def parts_asked_then_shared(q: Query, t: Thread) -> InContext | None:
    """商业企业几件 → 法律服务机构呢 → 把刚才这两类加在一起，占新收总量的百分之多少: the cells asked one by one (columns
    of one row, or rows in one column, of one report), added, over the whole named."""
    said = _ASKED_ADDED_SHARE.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.years and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in):
        return None
    n = cn_number(said.group("n"))
    asked = [*conv.history, conv.last_question][-n:]
    if len(asked) < n:
        return None
    read = [t.reread(a) for a in asked]
    if (len({frozenset(i for m in r.mentions for i in m.agency_ids) for r in read}) != 1 or len({tuple(r.years) for r in read}) != 1
            or any(len(r.metrics) != 1 or r.ratio or r.add_up or r.difference for r in read)):
        return None
    rows = [tuple(dict.fromkeys(a[s:e] for s, e in metric_spans(a, generic=True))) for a in asked]
    cols = [tuple(dict.fromkeys(a[s:e] for s, e in own_columns(a, active=True))) for a in asked]
    who = conv.last_agencies[0]
    head = f"{who}{conv.seen_in[who]}年"
    if len(set(rows)) == 1 and all(len(c) == 1 for c in cols) and len({c[0] for c in cols}) == n:
        full = head + "".join(rows[0]) + "和".join(c[0] for c in cols) + "加起来" + said.group("rest")
    elif len(set(cols)) == 1 and all(len(r) == 1 for r in rows) and len({r[0] for r in rows}) == n:
        full = head + "和".join(r[0] for r in rows) + "".join(cols[0]) + "加起来" + said.group("rest")
    else:
        return None
    return t.written_out(full)
