"""Two figures or a group just asked, added or set apart: 两者加起来, 这两项差多少, 加起来呢 after a list."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.follow_up import BOTH, carry_over, cn_number, figure_words, question_stem
from bot.in_context.agencies import THE_OTHER, these_agencies
from bot.in_context.thread import (
    BARE_GAP,
    RATE_WORDS,
    THESE_TWO,
    InContext,
    Thread,
    last_two_rows,
    narrowed_from_total,
    own_columns,
    row_added_to_share,
    two_cells_just_shown,
    year_of,
)
from bot.rows import BY_KEY, METRICS, column_spans, find_metrics, metric_spans
from bot.understand import Query
from index.model import ACTIVE

# 另一种里面还没审结的: the other kind named first, then only a column of it
_THE_OTHER_LEAD = re.compile(r"^(?:那)?另(?:一|外)(?:一)?(?:类|种|项|部分)(?:的|里面|里头|当中|中|里)?[，,]?")


def the_other_one(q: Query, t: Thread) -> InContext | None:
    """另一类呢 after 未经复议直接起诉: the other of a group of two (复议后起诉), in the same report; 另一种里面还没审结的:
    a column of it."""
    lead = _THE_OTHER_LEAD.match(q.text)
    rest = q.text[lead.end() :] if lead and not THE_OTHER.match(q.text) else ""
    if rest and (metric_spans(rest) or q.mentions or q.years or not column_spans(rest)):
        return None
    if not (THE_OTHER.match(q.text) or rest) or not t.conv.last_question:
        return None
    last = t.reread(t.conv.last_question)
    if len(last.metrics) != 1 or not last.metrics[0].parent:
        return None
    siblings = [m for m in METRICS if m.parent == last.metrics[0].parent and m.key != last.metrics[0].key and m.weight == 3]
    if len(siblings) != 1:
        return None
    full = carry_over(t.conv.last_question, t.reread(siblings[0].synonyms[0] + (rest or "呢")), t.catalog, t.conv.years_seen,
                      t.conv.agencies_seen)
    return t.written_out(full, f"接上题：“另一类”指{siblings[0].label}，按“{full}”理解") if full else None


_TWO_JUST_ASKED = re.compile(r"^(?:那)?(?:(?:一进一出|一增一减|进出相抵|两相抵扣|相抵(?:之?后)?)[，,]?(?:积压|存量)?(?=净))?"
                             r"(?:上面|刚才|前面)?(?:的)?(?:这|那)?(?:两者|二者|两个|两项|俩|这俩|它俩|两个数)?(?:的)?"
                             r"(?P<op>加起来|合计|一共|加一起|加在一起|加一块儿?|合一块儿?|相加|合起来|总共|差多少|差几件|相差多少|差了多少|净增(?:加)?了?|净减(?:少)?了?)(?:钱|元)?"
                             r"(?:是)?(?:多少件?|几件|多少钱|多少元|多少万元)?(?:呢)?[?？。]*$")


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
    ids_a, ids_b = ({i for m in x.mentions for i in m.agency_ids} for x in (a, b))
    if (len(ids_a) == len(ids_b) == 1 and ids_a != ids_b and a.metrics and {m.key for m in a.metrics} == {m.key for m in b.metrics}
            and len(a.years) <= 1 and len(b.years) <= 1 and not (a.ratio or b.ratio) and not mentioned
            and [before[s:e] for s, e in own_columns(before)] == [last[s:e] for s, e in own_columns(last)] and figure_words(last)):
        # 淮安市政府2024年收费金额 → 洪泽的 → 合计多少钱: the one figure of the two agencies asked one after the other
        na, nb = t.names[next(iter(ids_a))], t.names[next(iter(ids_b))]
        ya, yb = (f"{x.years[0]}年" if x.years else year_of(conv, n) for x, n in ((a, na), (b, nb)))
        add = not re.match(r"差|相差|净", said.group("op"))
        return t.written_out(f"{na}{ya}和{nb}{yb}{figure_words(last)}" + ("加起来" if add else "相差多少"))
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


_TWO_KINDS_ADDED = re.compile(r"^(?:那)?(?:把|将)?(?:它的?|这家的?)?(?:前面|上面|刚才|最后|后面)?(?:的)?(?:这)?(?:两类|两种|两项|两者|二者|两个|两大类)(?:的)?(?:(?:加起来|合起来|加在一起|加一起|合一起|合在一起|合计|一共)[，,]?(?P<rest>.+)|"
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


_BOTH_KINDS = re.compile(r"^(?:那)?(?:这)?两(?:种情形|种情况|类情形|类情况|类|种|组|边|部分)(?:诉讼|案件|起诉)?(?:都算|里|中|当中|里面|里头|加起来|合起来|合计|一共)?(?:的)?[，,]?(?P<rest>.*)$")


def rest_of_the_group(q: Query, t: Thread) -> InContext | None:
    """不予公开一共多少件 → 占办理结果总计的比例 → 除了行政查询事项，其余几类加起来呢: the group of the part left out,
    less that part, in the report the thread is on."""
    conv = t.conv
    rest = re.match(r"^(?:那)?(?:剩下|其余|剩余|余下)(?:的)?(?:那)?(?:几项|几类|几种|各项|部分)?(?:的)?(?:再)?(?:加起来|合计|一共|总共|加在一起|合起来)", q.text)
    if rest and not q.mentions and not q.metrics and len(conv.last_agencies) == 1 and conv.last_question:
        # 不予公开总共多少 → 里面行政查询事项的 → 剩下那几项加起来: the group less the part just asked
        shown = t.reread(conv.last_question).metrics
        group = BY_KEY.get(shown[0].parent or "") if len(shown) == 1 else None
        if group is not None and len([m for m in METRICS if m.parent == group.key]) > 2:
            who = conv.last_agencies[0]
            return t.written_out(f"{who}{year_of(conv, who)}{group.label}去掉{shown[0].label.split('·')[-1]}")
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
    if not (read.add_up and read.intent in ("total", "compare") and not read.separately and not read.ratio and not read.difference and (read.every_report or not read.mentions
                                                 or len({i for m in read.mentions for i in m.agency_ids}) >= 2)):
        return None
    full = carry_over(before, q, t.catalog, conv.years_seen, conv.agencies_seen)
    return t.written_out(full) if full else None


_KINDS_SAID_LAST = re.compile(r"^(?:那)?(?P<col>[^，,。？?]{2,12}?)(?:的)?[，,]?(?:这)?两(?:种情形|种情况|类情形|类情况|类|种)(?:诉讼|案件|起诉)?"
                              r"(?P<op>合计|加起来|合起来|一共|总共|相加|加在一起|加一起)(?:是)?(?:多少|几件)?(?:件|起)?[?？。]*$")


def both_kinds_of_the_row(q: Query, t: Thread) -> InContext | None:
    """行政诉讼一共多少 → 其中未经复议直接起诉的 → 两类里结果被纠正的一共几件: both kinds of the row the thread
    is on (its group of two), in the column named now."""
    said = _BOTH_KINDS.match(q.text)
    last_said = _KINDS_SAID_LAST.match(q.text)
    if not said and last_said and column_spans(last_said.group("col")) and not find_metrics(last_said.group("col")):
        # 结果被纠正的，两类合计: the column first, both kinds added after it (said as 两类…的 the other way round)
        said = _BOTH_KINDS.match(f"两类{last_said.group('op')}{last_said.group('col')}")
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
    last = conv.last_question
    named_row = re.search(r"诉讼|案件|起诉|复议", said.group(0)[: said.start("rest")])  # (两类诉讼合计: the row's own total)
    if re.match(r"^(?:那)?(?:这)?两(?:边|部分)", q.text) and re.search(r"差|比|多|少", said.group("rest")):
        return None  # (两边差多少起: two sides set against each other, not both kinds added)
    if not column_spans(said.group("rest")) and not named_row:
        # 其中还没审结的 → 直接起诉那类呢 → 两类合计: both kinds in the column the thread is on
        cols = "".join(dict.fromkeys(last[a:b] for a, b in own_columns(last) if last[a:b] not in ("总计", "合计")))
        if cols:
            return t.written_out(f"{who}{year_of(conv, who)}{parent.label}{cols}{said.group('rest') or '合计'}")
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
                                    r"(?:加起来|加一块儿?|加一起|合一起|合一块儿?|合起来|加在一起|加到一起|合计|一共|加总|总共|之和|相加)(?:是|有)?(?:多少|几件)?(?:呢)?[?？。]*$")


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
    if len(conv.listed) == n and conv.listed_at and len(set(conv.listed_at)) == n and re.search(r"(?:两|二|三|四|五)个数", q.text):
        return None  # 这两年…分别多少 → 这两个数加起来: the figures just listed (one row, its years), not the rows asked before
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
            or len({r.metrics[0].table for r in read}) != 1 or any(r.ratio or r.difference or r.add_up and len(r.years) != 1 for r in read)
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


_TWO_SUMS_GAP = re.compile(r"^(?:那)?(?:这)?两(?:个|家|边)(?:的)?(?:总和|合计|和|总数|加总|合计数)?(?:之间)?(?:相)?差(?:了)?(?:多少|几件?|多大)[?？。]*$")


def gap_of_two_agencies_sums(q: Query, t: Thread) -> InContext | None:
    """淮安这三项加总 → 洪泽同年这三项的总和 → 两个总和差多少: the same rows added for each of two agencies, one
    sum against the other (never one agency's two years)."""
    conv = t.conv
    if not ((_TWO_SUMS_GAP.match(q.text) or BARE_GAP.match(q.text)) and not q.mentions and not q.years and conv.history):
        return None
    before, last = conv.history[-1], conv.last_question
    a, b = t.reread(before), t.reread(last)
    ids = [{i for m in r.mentions for i in m.agency_ids} for r in (a, b)]
    if not (a.add_up and b.add_up and len(a.metrics) >= 2 and {m.key for m in a.metrics} == {m.key for m in b.metrics}
            and all(len(x) == 1 for x in ids) and ids[0] != ids[1] and not (a.ratio or b.ratio)):
        return None
    (na,), (nb,) = ([t.names[i] for i in x] for x in ids)
    if na not in conv.seen_in or nb not in conv.seen_in:
        return None
    rows = "、".join(before[s:e] for s, e in metric_spans(before))
    return t.written_out(f"{na}{conv.seen_in[na]}年{rows}加起来比{nb}{conv.seen_in[nb]}年多多少")


def these_two_rows(q: Query, t: Thread) -> InContext | None:
    """这两项加起来… / 差多少 after two rows of one report were asked."""
    two = THESE_TWO.match(q.text)
    gap = BARE_GAP.match(q.text)
    if not ((two or gap and not q.metrics) and not q.mentions and not q.years):
        return None
    after = q.text[two.end() :] if two else ""
    if (two and RATE_WORDS.search(t.conv.last_question) and re.fullmatch(r"(?:的)?(?:合在一起|合起来|加在一起|加起来|加一起|合并)(?:呢|吧)?[?？。]*", after)
            and len(t.conv.last_agencies) == 1):
        # 予以公开占几成 → 部分公开呢 → 这两项合在一起: the share of both, or the count of both? writers split; asked
        rows = last_two_rows(t.conv, t.catalog, t.names, "", back=2)
        shared = row_added_to_share(t.conv.last_question, rows[1]) if rows else None
        if shared and rows:
            head, before, last = rows
            return InContext(q, declined="“合在一起”是问两项的件数相加，还是两项合起来的比例？", choices=[
                Option("两项相加的件数", f"{head}{before}加{last}一共多少件"), Option("两项合起来的比例", shared)])
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
    last = t.conv.last_question
    summed_rows = list(dict.fromkeys(last[a:b] for a, b in sorted(metric_spans(last)))) if last else []
    if (two and t.conv.two_summed and len(t.conv.last_agencies) == 1 and len(summed_rows) == 2 and not own_columns(last)
            and re.match(r"(?:的)?(?:合计|加起来|合起来|加在一起|合在一起|加一起|之和|总数|一共)?(?:的)?占", q.text[two.end() :])):
        # 予以公开加部分公开合计 → 这两项占总计多少: the two rows just added, over the whole (never a row asked before them)
        who = t.conv.last_agencies[0]
        rest = re.sub(r"^(?:的)?(?:合计|加起来|合起来|加在一起|合在一起|加一起|之和|总数|一共)?(?:的)?", "", q.text[two.end() :])
        return t.written_out(f"{who}{year_of(t.conv, who)}{summed_rows[0]}加{summed_rows[1]}{rest}")
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


def first_parts_added(q: Query, t: Thread) -> InContext | None:
    """哪个理由最多 → 第二呢 → 前三个加起来: the first parts of the row ranked in the talk, added."""
    front = re.match(r"^(?:那)?(?:这|把)?(?:排)?(?:在)?前([两二三四五六七八九\d])(?:名|项|种|类|个|条)?(?:的)?(?:几|这几|那几)?(?:项|种|类|个|条)?(?:的)?(?:再)?"
                     r"(?:加起来|合计|一共|总共|之和|合起来|相加|加在一起)", q.text)
    group = t.conv.top_part[0]
    if not (front and group and not q.mentions and not q.years and len(t.conv.last_agencies) == 1):
        return None
    who = t.conv.last_agencies[0]
    n = cn_number(front.group(1))
    # (…，占不予公开总数的比例: the share of those parts, asked after the sum)
    rest = re.sub(r"^[，,]?(?:是)?(?:多少|几件)?[，,]?", "", q.text[front.end() :])
    share = re.sub(r"总数|总计|合计|总和", "", rest) if re.match(r"(?:的)?占", rest) else ""
    return t.written_out(f"{who}{year_of(t.conv, who)}{group}最多的前{n}项加起来{share}", f"接上题：“前{n}”指{group}里最多的{n}项")


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
    lost = conv.figure_asked_lost or (conv.last_declined if conv.figure_lost else "")
    if _BARE_ADD.match(q.text) and lost:
        # 并列的两家纠正各几件 (no figure given) → 加起来: what to add was never shown; never an older list
        return InContext(q, declined=f"上一句“{lost}”没能给出数字，要加哪几个没能确定；请把要相加的各项说完整")
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
    # (一共收到多少申请 → 再加上上年结转过来的，总共要办多少: the row said with a verb only)
    last_rows = "".join(last[s:e] for s, e in metric_spans(last)) or "".join(last[s:e] for s, e in metric_spans(last, generic=True))
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
        cols = own_columns(stem)
        if cols:
            # 其中商业企业几件 → 占比多少 → 再加上上年结转过来的，一共要处理多少: the share looked inside one column of
            # the total; what is added to is the total (said so)
            for a, b in sorted(cols, reverse=True):
                stem = stem[:a] + stem[b:]
            full = stem + "加" + said + "一共多少"
            return t.written_out(full, f"接上题：按“{full}”理解（上一问看的是其中一栏的占比，这里按总数）")
    return t.written_out(stem + "加" + said + "一共多少")


# 上年结转过来的申请一共是多少件 → 这些加上当年新收的，一年里总共要处理多少件: the figure just shown and the row named
_THESE_PLUS = re.compile(r"^(?:那)?(?:这些|这个数|这几件|这部分|它们)(?:再)?(?:加上|加|连同)(?:当年|本年|今年|那年)?(?P<row>[^，,。？?]{2,12}?)(?:的)?[，,]?"
                         r"[^，,。？?]{0,10}?(?:一共|总共|合计|加起来|加一起)[^，,。？?]{0,8}?(?:多少件?|几件)(?:呢|啊)?[?？。]*$")
_ADDED_TO_IT = re.compile(r"^(?:那)?(?:再)?(?:跟|和|与|同(?![一年样期时])|连同)(?P<row>[^，,]{1,20}?)(?:的)?(?:加一块|加起来|加在一起|合起来|合在一起|一起)"
                          r"(?:是|有|一共|总共)?(?:多少件?|几件)?(?:呢|啊)?[?？。]*$")


def added_to_the_last(q: Query, t: Thread) -> InContext | None:
    """上年转过来的呢 → 跟新收的加一块多少: the figure just shown and the row named now, of the same report, added."""
    # (加上秀洲分局的采购金额一共多少: another agency's figure, named with it, read further on)
    said = _ADDED_TO_IT.match(q.text) or (None if q.mentions else _PLUS_IT.match(q.text) or _THESE_PLUS.match(q.text))
    conv = t.conv
    if not (said and q.metrics and not q.years and len(conv.last_agencies) == 1 and conv.last_question) or q.parts_sum:
        return None  # (复议后起诉那一栏逐项加起来: that row's parts, read further on)
    last = conv.last_question
    words = figure_words(last)
    row = "".join(said.group("row")[a:b] for a, b in metric_spans(said.group("row"), generic=True))
    if not words or not row or RATE_WORDS.search(last) or (t.reread(last).add_up and not (
            _THESE_PLUS.match(q.text) and len(t.reread(last).metrics) == 1)):  # (上年结转的一共是多少件: one cell)
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
_PLUS_IT = re.compile(r"^(?:那)?(?:再)?(?:加上|算上|加)(?P<row>[^，,。？?]{1,20}?)(?:的)?[，,]?(?:是|有|一共|总共|合计|共)?(?:是)?(?:多少|几)(?:件|起|宗|个)?(?:诉讼|官司|案件|案子|申请)?(?:呢|啊)?[?？。]*$")


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


_ONE_OVER_TWO = re.compile(r"^(?:那)?(?P<part>[\u4e00-\u9fff“”]{1,12}?)(?:的)?占(?:这|那|它们)(?:俩|两个|两项|两类|两者)?"
                           r"(?:加起来|加在一起|合起来|合计|之和|的和|总和)(?:的)?(?:多少|比例|百分之几|百分之多少|几成|比重|百分比|多大比例)")


def one_over_the_two_asked(q: Query, t: Thread) -> InContext | None:
    """处罚决定多少 → 许可呢 → 处罚占这俩加起来的多少: one of the two rows just asked of one report, over their sum."""
    said = _ONE_OVER_TWO.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.years and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in):
        return None
    asked = [*conv.history, conv.last_question][-2:]
    read = [t.reread(a) for a in asked]
    if (len(asked) != 2 or len({frozenset(i for m in r.mentions for i in m.agency_ids) for r in read}) != 1
            or len({tuple(r.years) for r in read}) != 1 or any(len(r.metrics) != 1 or r.ratio or r.add_up or r.difference for r in read)):
        return None
    keys = [r.metrics[0].key for r in read]
    part = t.reread(said.group("part")).metrics
    if len(set(keys)) != 2 or len(part) != 1 or part[0].key not in keys:
        return InContext(q, declined="“这俩”是前面问的哪两项、占的是哪一项没能确定，请写明（例如：行政处罚占行政处罚和行政许可合计的比例）")
    rows = ["".join(dict.fromkeys(a[s:e] for s, e in metric_spans(a, generic=True))) for a in asked]
    who = conv.last_agencies[0]
    mine = rows[keys.index(part[0].key)]
    return t.written_out(f"{who}{conv.seen_in[who]}年{mine}占{rows[0]}和{rows[1]}合计的比例",
                         f"接上题：“这俩”指前面问的{rows[0]}和{rows[1]}")


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
