"""One figure as a multiple (or a share) of the figure just shown, pointed at: 复议数量是它的几倍 / 秀洲是它的多少倍 /
后一年是前一年的几倍 / 那行政许可也差这么多倍吗."""

from __future__ import annotations

import re

from bot.follow_up import figure_words
from bot.in_context.thread import InContext, Thread, year_of
from bot.rows import metric_spans
from bot.understand import Query

# X是它的几倍 / X相当于它的百分之几: the whole is the figure just shown
OVER_IT = re.compile(r"(?:是|相当于)(?:它|它们|其)的(?=(?:几|多少)倍|百分之|几成|多少成)")
# 后一年是前一年的几倍: the two years this conversation has shown of one agency
LATER_OVER_EARLIER = re.compile(r"^(?:那)?(?:后一年|后面那年|后者)(?:的)?(?:是|相当于)(?:前一年|前面那年|前者)的(?=(?:几|多少)倍|百分之|几成)")
# 那行政许可也差这么多倍吗: the same multiple asked again, of another row
AS_MANY_TIMES = re.compile(r"^(?:那)?(.{2,16}?)(?:也|又)?(?:差|是|有)(?:这么|那么)多倍(?:吗|呢|吧)?[?？。]*$")


def multiple_of_the_last(q: Query, t: Thread) -> InContext | None:
    conv = t.conv
    if not conv.last_question or len(conv.last_agencies) not in (1, 2):
        return None
    again = AS_MANY_TIMES.match(q.text)
    if again and "倍" in conv.last_question and metric_spans(again.group(1)):
        return t.written_out(_with_row(conv.last_question, again.group(1)))
    later = LATER_OVER_EARLIER.match(q.text)
    if later and len(conv.last_agencies) == 1 and len(set(conv.years_seen[-2:])) == 2:
        a, b = sorted(conv.years_seen[-2:])
        words = figure_words(conv.last_question)
        if words:
            return t.written_out(f"{conv.last_agencies[0]}{b}年{words}是{a}年的{q.text[later.end() :]}")
    over = OVER_IT.search(q.text)
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    others = [a for a in conv.last_agencies if a not in named]
    # (秀洲是它的多少倍 after 北戴河比秀洲少多少: 它 is the one of the two not named now)
    if not over or len(others) != 1 or len(conv.last_agencies) == 2 and len(named) != 1:
        return None
    it = others[0]
    whole = it + year_of(conv, it)
    before, after = q.text[: over.start()], q.text[over.end() :]
    words = figure_words(conv.last_question, with_columns=True)
    if not words:
        return None
    joined = re.sub(r"(?:它们|它|其)的$", "", over.group(0))  # 是 / 相当于
    if q.mentions and not q.metrics:  # 秀洲是它的多少倍: the agency named, on the figure just shown, over it
        ids = {i for m in q.mentions for i in m.agency_ids}
        said = before.strip("，, ")
        part = t.names[next(iter(ids))] if len(ids) == 1 else said  # (秀洲: its full name, so it reads as one agency)
        when = re.search(r"\d{4}年", said)
        year = when.group(0) if when else year_of(conv, it)
        return t.written_out(f"{part}{year}{words}{joined}{whole}的{after}")
    if q.metrics and not q.mentions:  # 复议数量是它的几倍: the row named, of the same report, over the figure just shown
        return t.written_out(f"{whole}{before.strip('，, ')}{joined}{words}的{after}")
    return None


def _with_row(last: str, row: str) -> str:
    """The last question with its row replaced by the one named (淮安…行政处罚…是…的多少倍 → 行政许可)."""
    spans = metric_spans(last)
    if not spans:
        return last
    s, e = spans[0]
    out = last[:s] + row + last[e:]
    for s2, e2 in reversed(metric_spans(out)[1:]):  # (the row said again later in the question goes too)
        if out[s2:e2] != row:
            out = out[:s2] + out[e2:]
    return out
