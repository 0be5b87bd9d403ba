"""Two levels of government talked of: 市里比区里, 市级和区级加起来, 区里占市里多少."""

from __future__ import annotations

import re

from bot.follow_up import question_stem
from bot.in_context.thread import (
    InContext,
    Thread,
    own_columns,
    seen_government,
)
from bot.rows import find_metrics, metric_spans
from bot.understand import Query
from bot.when import read_period

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
    read = t.reread(last)
    rows = list(dict.fromkeys(last[s:e] for s, e in sorted(metric_spans(last))))
    if len(read.metrics) >= 2 and read.add_up and len(rows) == len(read.metrics) and not own_columns(last):
        words = "加".join(rows)  # 处罚和强制两项合起来 → 市里比区里多出多少: the two rows' sum, set side by side
    a, b = seen
    return t.written_out(f"{a}{conv.seen_in[a]}年比{b}{conv.seen_in[b]}年{words}多多少")
