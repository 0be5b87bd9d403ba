"""A report's own sums checked on request: 对得上吗, 这个数对吗, 两边平不平."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.conversation import PRONOUN
from bot.follow_up import question_stem
from bot.in_context.thread import (
    ACROSS,
    BARE_GAP,
    CLAIM_AGAIN,
    RATE_WORDS,
    InContext,
    Thread,
    own_columns,
    year_of,
    year_shown,
)
from bot.rows import column_spans, metric_spans
from bot.understand import Query
from bot.when import read_period

# a clause before the question that only owns a mistake (我抄错了, 说错了) or thanks (收到 谢谢 再问下)


def claim_of_the_thread_figure(q: Query, t: Thread) -> InContext | None:
    """行政许可决定相差多少 → 洪泽2023年才550件？麻烦核对一下: a number claimed of the figure the thread is on, for the
    agency and year said (the figure named by the last question's row and column)."""
    conv = t.conv
    if q.claimed is None or q.metrics or q.ratio or not conv.last_question or not (q.mentions or q.years):
        return None
    last = conv.last_question
    figure = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last, active=True)))
    who = "".join(q.text[m.start : m.end] for m in q.mentions) or (conv.last_agencies[0] if len(conv.last_agencies) == 1 else "")
    if not figure or not who or RATE_WORDS.search(last):
        return None
    years = "、".join(f"{y}年" for y in q.years) or year_of(conv, who)
    number = int(q.claimed) if float(q.claimed).is_integer() else q.claimed
    return t.written_out(f"{who}{years}{figure}是{number}吗")


def claim_again(q: Query, t: Thread) -> InContext | None:
    """不对吧，我记得是17件: the last figure, checked against that number (and not carried on)."""
    again = CLAIM_AGAIN.search(q.text)
    if PRONOUN.match(q.text) and t.conv.last_agencies:  # 最后一名是谁，是0件吗: the one pointed at is checked
        return None
    if not (again and not q.mentions and not q.metrics and len(q.years) <= 1 and not q.ratio and not column_spans(q.text)):
        return None  # (其中被纠正的比例我写的是50%: a figure of its own is claimed, not the last one)
    if t.conv.options:  # the last answer asked back and showed no figure: there is nothing to check the number against
        return InContext(q, declined="上一句我还没有给出数字（在问您要的是哪一项），请先选一项或把问题说完整，我再核对",
                         choices=[Option(label, question) for label, question in t.conv.options])
    last = t.conv.last_question
    if q.years and len(read_period(last).years) >= 2 and len(t.conv.last_agencies) == 1 and not RATE_WORDS.search(last):
        # 2024年比2023年多了多少 → 不对吧，我记得23年是31件: that year's figure of the two, checked
        rows = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last)))
        if not rows:
            return None
        last = f"{t.conv.last_agencies[0]}{q.years[0]}年{rows}"
    elif q.years:  # 2023年我写的21件 对吗: the last figure in that year, checked
        for s, e in sorted(read_period(last).consumed, reverse=True)[:1]:
            last = last[:s] + f"{q.years[0]}年" + last[e:]
        if not read_period(last).years:
            return None
    return t.written_out(f"{last}，有报道称{again.group(1)}，对吗", remember_as=last)


_THIS_FIGURE_RIGHT = re.compile(r"(?:那)?(?:这个|这|那个|上面这个|刚才这个)?(?:数|数字|总计|总数)?(?:是)?(?:对的?吗|对不对|准不准|准吗|没错吧|没问题吧|可信吗|靠谱吗|站得住吗)[?？。]*")


def balance_of_the_last_two(q: Query, t: Thread) -> InContext | None:
    """新收加结转一共多少 → 办结和结转下年度分别多少 → 这两项加起来，和前面那个数对得上吗: 表三's equation of that
    report, both sides (its four rows were the last two questions)."""
    conv = t.conv
    if not (re.search(r"对得上|对不上|对上|一致|相等|等于|平衡|吻合|差几|差多少", q.text) and not q.metrics and not q.mentions
            and not q.years and len(conv.last_agencies) == 1 and conv.history):
        return None
    rows = {m.key.rstrip("~") for text in (conv.history[-1], conv.last_question) for m in t.reread(text).metrics}
    if rows != {"本年新收", "上年结转", "总计", "结转下年度"}:
        return None
    who = conv.last_agencies[0]
    # (自然人这一列，新收加上年结转 → 那办结加结转下年度呢 → 两边差几件: that column's equation, and the gap asked)
    cols = {text[a:b] for text in (conv.history[-1], conv.last_question) for a, b in column_spans(text, active=False)} - {"总计"}
    said = {q.text[a:b] for a, b in column_spans(q.text, active=False)} - {"总计"}
    cols = said or cols  # (只看它的自然人那一列，两边还对得上吗: the column said now)
    if len(cols) > 1:
        return None
    column = f"{next(iter(cols))}这一列，" if cols else ""
    gap = "，差几件" if q.difference else ""
    return t.written_out(f"{who}{year_shown(conv, who)}{column}本年新收加上年结转，和办理结果总计加结转下年度，对得上吗{gap}")


def checks_of_its_own(q: Query, t: Thread) -> InContext | None:
    """各项加起来对得上吗 naming a figure but no agency is carried over; so is a check naming only columns or
    parts (维持、纠正…四项加起来和总计对得上吗) while the conversation is about one report. Any other check
    (哪些报告对不上) stands alone."""
    conv = t.conv
    against_it = re.search(r"(?:跟|和|与|同)(?:它|这个数|上一个数|刚才那个数)(?:相)?比", q.text)
    shown = {conv.seen_in.get(a) for a in conv.last_agencies}
    two_years = re.search(r"两年|两个年度|两份(?:报告|年报)?", q.text) and len(q.years) == 1
    if (against_it and q.years and shown and set(q.years) != shown) or (two_years and (q.parts_sum or q.by_parts)):
        # 用2023年的分项合计跟它比 (它: the 2024 figure just shown) / 要是2023年按分项之和来算，两年相差多少: a gap
        # between two reports, one of them by its parts, not a check of one
        return InContext(q, declined="这是拿一年的分项之和跟另一年的数比，我还不会这样算；请分别问两个数")
    this_report = re.search(r"这份|那份|同一份|同份|这个报告|该报告|本报告|这张表|它的|它自己|其", q.text)
    last = t.reread(conv.last_question) if conv.last_question else None
    if (q.difference and not q.metrics and not q.mentions and not q.years and len(conv.last_agencies) == 1 and last is not None
            and (last.parts_sum or last.asks_check or last.add_up) and len(last.metrics) == 1
            and (re.search(r"对不上|不一致|不符|对不齐|不相等", q.text)
                 or re.search(r"总计|合计|总数", q.text) and (last.parts_sum or len(column_spans(conv.last_question)) >= 3
                                                          or re.search(r"分项|各项|几项|加起来|之和", q.text))
                 or BARE_GAP.match(q.text) and (last.parts_sum or len(column_spans(conv.last_question)) >= 3))):
        # (差几件 right after the parts were added up by name: against the total they make up)
        # 各项加起来 → 这不是对不上吗，差了几件: the parts' sum against the total printed, of that figure
        who, rows = conv.last_agencies[0], "".join(conv.last_question[s:e] for s, e in metric_spans(conv.last_question))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    before = t.reread(conv.history[-1]) if conv.history and last is not None else None
    if (BARE_GAP.match(q.text) and before is not None and len(conv.last_agencies) == 1 and len(last.metrics) == 1
            and not last.parts_sum and not column_spans(conv.last_question) and (before.parts_sum or len(column_spans(conv.history[-1])) >= 3)
            and {m.key for m in before.metrics} == {m.key for m in last.metrics}):
        # 四项加起来是多少 → 表里印的总计是多少 → 两者差多少: the parts' sum against the printed total
        who, rows = conv.last_agencies[0], "".join(conv.last_question[s:e] for s, e in metric_spans(conv.last_question))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    if (q.difference and len(q.metrics) == 1 and not q.mentions and not q.years and len(conv.last_agencies) == 1 and last is not None
            and last.parts_sum and last.difference and not q.ratio):
        # 各项之和与印的总计差几件 → 复议后起诉那栏是不是也这样，差几件: the same check, of the row named now
        who, rows = conv.last_agencies[0], "".join(q.text[s:e] for s, e in metric_spans(q.text))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    if (q.difference and not q.mentions and not q.years and not q.ratio and len(conv.last_agencies) == 1 and before is not None
            and before.parts_sum and before.difference and len(last.metrics) == 1 and not last.parts_sum
            and re.search(r"(?:又|也|同样|一样).{0,4}差|总计.{0,3}(?:又|也)", q.text) and re.search(r"总计|合计|总数", q.text)):
        # 这个总计对得上吗，差几件 → 复议后起诉维持多少 → 那一栏的总计又差多少: the same check, of the row just asked
        who, rows = conv.last_agencies[0], "".join(conv.last_question[s:e] for s, e in metric_spans(conv.last_question))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    if (q.difference and not q.mentions and not q.years and len(conv.last_agencies) == 1 and last is not None
            and len(last.metrics) == 1 and not last.ratio and re.search(r"(?:这个|那个|印的|表里的?)?(?:总计|合计|总数)", q.text)
            and re.search(r"对得上|对不上|对上|一致|相符|不符|平不平|相等", q.text)
            and not [m for m in q.metrics if m.key.rstrip("~") != last.metrics[0].key.rstrip("~")]):
        # 复议总计那一格写的多少 → 这个总计对得上吗？差几件: that total against the sum of its own parts
        who, rows = conv.last_agencies[0], "".join(conv.last_question[s:e] for s, e in metric_spans(conv.last_question))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    if q.intent == "checks" and q.metrics and not q.mentions and this_report and len(conv.last_agencies) == 1:
        # 这份报告的总账平不平：新收加上年结转，跟办结加结转下年度一样吗: the thread's report, not every one
        who = conv.last_agencies[0]
        return t.written_out(who + ("" if q.years else year_of(conv, who)) + q.text)
    if (q.intent != "checks" and not q.parts_sum) or (q.metrics and not q.mentions):
        return None
    if _THIS_FIGURE_RIGHT.fullmatch(q.text) and len(conv.last_agencies) == 1 and metric_spans(conv.last_question):
        # 这个数对吗 after 表里复议总计写的是多少: that figure, checked against its own parts
        last = re.sub(r"(?:表里|表上|报告上)?(?:写|印|填)的(?:是)?", "", conv.last_question)
        return t.written_out(question_stem(last) + "对吗")
    # 24年这栏对得上吧 / 这个数跟它的明细对得上吗: the row the thread is on, against its own parts
    pointed_row = re.search(r"[这那]一?(?:栏|格|项|行)|(?<![问说的])这个(?:数|总计|总数)(?=跟|和|与)[^，,。？?]{0,4}?(?:明细|细项|分项|各项)", q.text)
    if q.mentions or ACROSS.search(q.text) or len(conv.last_agencies) != 1 or not (column_spans(q.text) or q.parts_sum or pointed_row):
        return InContext(q)
    who = conv.last_agencies[0]
    last = conv.last_question
    # (依申请那张表（表三）呢，总计对不对得上: the table named, not the row of the last check)
    rows = "" if q.metrics or re.search(r"表[二三四]", q.text) else "".join(last[s:e] for s, e in metric_spans(last))
    both = conv.years_of.get(who, []) if len(conv.years_of.get(who, [])) >= 2 and q.parts_sum else []
    shown = "和".join(f"{y}年" for y in both) or year_shown(conv, who) or year_of(conv, who)  # (两年…加起来 → 逐项加起来呢: both years)
    years = "".join(f"{y}年" for y in q.years) or shown
    if pointed_row and rows and not column_spans(q.text) and not q.parts_sum:
        return t.written_out(f"{who}{years}{rows}各项加起来和总计对得上吗")
    gap = re.search(r"(?:多|少|差)(?:了)?(?:多少|几件?)", q.text)
    said_year = q.years[0] if len(q.years) == 1 and re.search(r"(?:跟|和|与|同|比)[^，,。]{0,4}\d{4}年", q.text) else None
    if said_year is None and not q.years and re.search(r"(?:跟|和|与|同|比)(?:刚才|前面|上面)", t.question):
        # 跟刚才逐项加出来的那个数比: the year of the parts' sum asked before
        summed = next((t.reread(h) for h in reversed(conv.history[-4:]) if t.reread(h).parts_sum or t.reread(h).add_up), None)
        said_year = summed.years[0] if summed is not None and len(summed.years) == 1 else None
    if (q.parts_sum and q.difference and gap and said_year and shown and shown != f"{said_year}年" and rows):
        # 2024年复议总计 → 跟刚才2023年逐项加出来的数比，少了多少: the thread's year against that year, by the parts
        return t.written_out(f"{who}{rows}按分项之和来算，{shown}比{said_year}年{gap.group(0)}")
    return t.written_out(who + ("" if q.years else shown) + rows + q.text)
