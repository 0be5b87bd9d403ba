"""A figure shown earlier in the conversation, pointed at by about how big it was (那个三千多件的数)."""

from __future__ import annotations

import re

from bot.in_context.thread import InContext, Thread
from bot.rows import column_spans, metric_spans
from bot.understand import Query
from bot.when import read_period
from index.lazy import lazy_module

cn2an = lazy_module("cn2an")

# 回到最开始那个三千多件的数 / 那九十几个项目: a figure said roughly, "多" or "几" after its leading digits
ROUGH = re.compile(r"(?:那个|那)((?:\d+|[一二三四五六七八九十两]+)(?:[十百千万]|\d)*?)(多|几|来)(?:件|个|项|元|万元)?(?:的)?(?:数字|数|项目|申请)?")


def _range(said: str) -> tuple[float, float] | None:
    """三千 → [3000, 4000), 九十 → [90, 100): from the number said up to the next step of its last digit."""
    try:
        base = int(said) if said.isdigit() else int(cn2an.cn2an(said.replace("两", "二"), "smart"))
    except (ValueError, KeyError):
        return None
    digits = str(base)
    if base <= 0 or digits == digits.rstrip("0"):
        return None  # (九十五多: no round number, so no range)
    return base, base + 10 ** (len(digits) - len(digits.rstrip("0")))


def figure_said_roughly(q: Query, t: Thread) -> InContext | None:
    """那回到最开始那个三千多件的数，自然人占了百分之多少: the one figure shown in this conversation that fits
    what was said (3119), its question carried on with the rest; none or more than one that fit: not guessed."""
    said = ROUGH.search(q.text)
    if not said or not t.conv.said_figures:
        return None
    bounds = _range(said.group(1))
    if bounds is None:
        return None
    fits = list(dict.fromkeys(asked for asked, v in reversed(t.conv.said_figures) if bounds[0] <= v < bounds[1]))
    if len(fits) != 1:
        return None
    start = max((m.end() for m in re.finditer(r"[，,。？?；;]", q.text[: said.start()])), default=0)
    end = re.compile(r"[，,。？?；;]|$").search(q.text, said.end()).end()
    rest = (q.text[:start] + q.text[end:]).strip("，,。；; ")
    asked = fits[0].rstrip("?？。 ")
    full = f"{asked}，{rest}" if rest else asked
    return t.written_out(full, f"接上题：“{said.group(0)}”指前面答过的“{asked}”，按“{full}”理解")


# 拿3119跟洪泽同年的新收总数比: a figure shown before, said by its number as one side of a comparison
_EXACT = re.compile(r"^(?:那)?(?:拿|用|把)?(?:(\d+(?:\.\d+)?)(?:件|个|项|元)?|第(?P<nth>[一二三四五])个数字?|头一个数字?)(?=跟|和|与|同|比)")


_NUMBER_POINTED = re.compile(r"(?:刚才|前面|上面|之前|刚刚)(?:说的|算的|算出来的|得出的)?(?:的)?(?:那个|这个|那|这)?(?P<n>\d+(?:\.\d+)?)(?![\d.]|年)(?:件|个|项|元)?")  # (刚才2023年…: a year, no figure)


def number_said_before(q: Query, t: Thread) -> Query | InContext | None:
    """两家加起来 (74) → 它比刚才那个74件多多少: the figure said, as the number it was (a share over it is asked)."""
    said = _NUMBER_POINTED.search(q.text)
    if not said:
        return None
    n = float(said.group("n"))
    if not any(abs(v - n) < 1e-9 for _, v in [*t.conv.said_figures, *t.conv.sums_said]):
        return InContext(q, declined=f"前面的回答里没有“{said.group('n')}”这个数，请写明要拿来算的是哪一项")
    if q.ratio or re.search(r"占|比例|几成|百分", q.text[said.end() :] + q.text[: said.start()]):
        return InContext(q, declined=f"“{said.group(0)}”作分母的比例还不会直接算，请写明这个数是哪几项之和（例如：除自然人以外各类申请人之和）")
    return t.reread(q.text[: said.start()] + said.group("n") + q.text[said.end() :])


def figure_said_exactly(q: Query, t: Thread) -> Query | None:
    """拿3119跟洪泽同年的新收总数比，差多少件: the one figure shown in this conversation with that number, written
    out (its agency, year and row); a number no answer showed, or two showed, is left as said."""
    said = _EXACT.match(q.text)
    if not said or not t.conv.said_figures or re.match(r"(?:跟|和|与|同)?比?(?:第[一二三四五六七八九十\d]个|后一个)", q.text[said.end() :]):
        return None  # (头一个数比第二个数多多少: both sides by their place, read further on)
    if said.group(1):
        fits = list(dict.fromkeys(asked for asked, v in reversed(t.conv.said_figures) if v == float(said.group(1))))
    else:  # 拿第一个数字跟洪泽区同年比: the figures the talk gave, by their order
        n = "一二三四五".index(said.group("nth")) + 1 if said.group("nth") else 1
        fits = [t.conv.said_figures[n - 1][0]] if n <= len(t.conv.said_figures) < 8 else []
    if len(fits) != 1:
        return None
    asked = t.reread(fits[0])
    ids = list(dict.fromkeys(i for m in asked.mentions for i in m.agency_ids))
    if len(ids) != 1 or len(asked.years) != 1 or len(asked.metrics) != 1 or asked.ratio:
        return None
    words = "".join(fits[0][s:e] for s, e in sorted(metric_spans(fits[0], generic=True) + column_spans(fits[0])))
    return t.reread(f"{t.names[ids[0]]}{asked.years[0]}年{words}" + q.text[said.end() :]) if words else None


# 刚才那个合计，换成我一开始问的那年是多少: the last sum shown, in another year
_EARLIER_SUM = re.compile(r"^(?:那)?(?:把)?(?:刚才|前面|上面|之前|刚刚)(?:的)?(?:那个|这个)?(?:合计|总数|加总|之和|和)(?:数)?[，,]?(?:的)?"
                          r"(?:换成|换到|改成|改为|放到|要)?(?P<when>.*?)(?:的|呢|是多少|多少|又是多少)*[?？。]*$")
_FIRST_YEAR_SAID = re.compile(r"(?:我)?(?:第一个|最开始|一开始|刚开始|最早|最先|头一个|开头)(?:问的|问到的|说的)(?:那一?年)")


def earlier_sum_another_year(q: Query, t: Thread) -> Query | None:
    """无法提供一共多少 → 其中另行制作的 → 刚才那个合计，换成2023年 / 换成我一开始问的那年: the last sum shown (not the
    figure just given), its year swapped."""
    said = _EARLIER_SUM.match(q.text)
    if not said or not t.conv.sums_said or q.mentions or metric_spans(q.text):
        return None
    when = said.group("when")
    if _FIRST_YEAR_SAID.fullmatch(when):
        years = read_period(t.conv.first_question).years if t.conv.first_question else []
    else:
        years = q.years if read_period(when).years == q.years else []
    asked = t.conv.sums_said[-1][0]
    if len(years) != 1 or len(read_period(asked).years) != 1:
        return None
    return t.reread(re.sub(r"\d{4}年", f"{years[0]}年", asked, count=1))
