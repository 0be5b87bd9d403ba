"""Filters on a figure said before a ranking or a total: 新收申请超过30件的几家里 / 一件申请都没收到的那家不算 /
零件的不算. The clause is read here once; the answers keep the reports that pass and say which were left out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.rows import BY_KEY, find_metrics, metric_spans
from index.lazy import lazy_module

cn2an = lazy_module("cn2an")  # loaded only when a number is written in Chinese

_NUMBER = r"(?P<n>\d+|[零〇一二两三四五六七八九十百千]+)"
_UNIT = r"(?:件|个|份|条|项|宗|次)?"
_BEFORE = r"(?P<before>超过|超出|多于|大于|高于|不少于|不低于|至少|少于|低于|不到|不足|不超过|不多于|小于|未超过|未达到|达到|满)"
_AFTER = r"(?P<after>及以上|或以上|以上|之上|及以下|或以下|以下|之下|以内)"
_WHO = r"(?:的|那些|的那些|那几)?(?:几家|几个|几份|单位|机关|部门|报告|年报|这些|那些|家)?(?:里|中|当中|里面|之中|里头|之内)?"
# 新收申请超过30件的几家里 / 复议在5件以上的单位: a row, then how it compares with a number
_BOUND = re.compile(r"(?P<row>[\u4e00-\u9fff]{2,12}?)(?:数|量|数量|件数)?(?:都|均|在)?(?:"
                    + _BEFORE + _NUMBER + _UNIT + "|" + r"在?" + _NUMBER.replace("<n>", "<m>") + _UNIT + _AFTER + ")"
                    + r"(?=的)" + _WHO)
# 一件申请都没收到的那家 / 没有收到申请的 / 零申请的, left out by 除去/不算/以外
_LEAVE = r"除去|除了|除开|去掉|不算|排除|剔除|刨去|刨除|拿掉|扣除"
_NONE_CLAUSE = (r"(?:(?:一|1)(?:件|个|宗|条|次)(?P<row1>[\u4e00-\u9fff]{1,6}?)(?:都|也)没(?:有)?(?P<verb1>[\u4e00-\u9fff]{0,3}?)"
                r"|没(?:有)?(?P<verb2>收到|收|接到|发生|办理|办结)(?:过)?(?:任何)?(?P<row2>[\u4e00-\u9fff]{1,6}?)"
                r"|(?:零|0)(?:件)?(?P<row3>申请|复议|诉讼))的(?:那家|那几家|那个|那些|单位|机关|部门|报告|几家)?")
_NONE_LEFT_OUT = (re.compile(r"(?:" + _LEAVE + r")" + _NONE_CLAUSE + r"(?:以外|之外|外)?"),
                  re.compile(_NONE_CLAUSE + r"(?:不算|除外|不计|不看|去掉|排除在外|不参加排名|不参与排名)"))
# 零件的不算 / 为0的不算 / 没有的不算: the figure asked, where it is zero, leaves the ranking
_ZERO_LEFT_OUT = re.compile(r"(?:(?:是|为|填|印)?(?:零|0)(?:件|个)?|没有|空白|没填)的(?:也)?(?:不算|除外|不计|不看|去掉|排除在外|不参加排名|不参与排名)"
                            r"|(?:" + _LEAVE + r")(?:是|为)?(?:零|0)(?:件|个)?的(?:那些|那几家|单位|报告)?")
# 处理决定数量不为零的单位里: the figure asked, where it is not zero
_NONZERO = re.compile(r"(?:不为|不是|不等于|大于|非)(?:零|0)(?:件|个)?的(?:单位|报告|年报|几家|那些|那几家)?(?:里|中|当中|里面)?")
_OPS = {"超过": "gt", "超出": "gt", "多于": "gt", "大于": "gt", "高于": "gt", "不少于": "ge", "不低于": "ge", "至少": "ge",
        "达到": "ge", "满": "ge", "少于": "lt", "低于": "lt", "不到": "lt", "不足": "lt", "小于": "lt", "未达到": "lt",
        "不超过": "le", "不多于": "le", "未超过": "le", "以上": "ge", "之上": "ge", "及以上": "ge", "或以上": "ge",
        "以下": "le", "之下": "le", "及以下": "le", "或以下": "le", "以内": "le"}


_OPPOSITE = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}
_SAID_OF = {"gt": "超过", "ge": "不少于", "lt": "不到", "le": "不超过"}
_LEFT_OUT_AFTER = re.compile(r"(?:的)?(?:单位|报告|年报|那几家|那些|几家)?(?:也)?(?:不算|除外|不计|不看|去掉|排除在外|不参加排名|不参与排名)")


@dataclass(frozen=True)
class ValueFilter:
    """Keep the reports whose figure (a metric key; "" = the figure asked) stands `op` `bound` to it."""

    key: str
    op: str  # gt | ge | lt | le
    bound: Decimal
    label: str  # how it is said in the answer: 本年新收申请超过30件
    row: str = ""  # the row's label ("": the figure asked)
    said: str = ""  # the words of the question that state it (carried into a follow-up with the ranking)

    def passes(self, value: Decimal) -> bool:
        return {"gt": value > self.bound, "ge": value >= self.bound,
                "lt": value < self.bound, "le": value <= self.bound}[self.op]


def _number(s: str) -> Decimal | None:
    if s.isdigit():
        return Decimal(s)
    try:
        return Decimal(int(cn2an.cn2an(s.replace("两", "二").replace("〇", "零"), "smart")))
    except (ValueError, KeyError):
        return None


def _one_row(words: str) -> tuple[str, int] | None:
    """The one row `words` name and where its name starts in them (None: no row, or several)."""
    found = find_metrics(words)
    if len({m.key.rstrip("~") for m in found}) != 1:
        return None
    spans = metric_spans(words)
    return found[0].key.rstrip("~"), (spans[0][0] if spans else 0)


def filter_said(q: str) -> tuple[ValueFilter | None, tuple[int, int] | None]:
    """The filter a question states and the span of its words (None, None: none, or one not read whole)."""
    for m in _BOUND.finditer(q):
        row = _one_row(m.group("row"))
        n = _number(m.group("n") or m.group("m"))
        if row is None or n is None:
            continue
        key, at = row
        if re.fullmatch(r"(?:[\u4e00-\u9fff]*[，,])?(?:总计|合计|总数|小计)", m.group("row")[at:]):
            continue  # 总计大于0的那几家: whose 总计 (a column, not a row) is not said here
        op = _OPS[m.group("before") or m.group("after")]
        start, end = m.start("row") + at, m.end()
        said = f"{m.group('before')}{n}件" if m.group("before") else f"{n}件{m.group('after')}"
        label = f"{_label(key)}{said}"
        # 新收不到三十件的不算 / 除去新收不到30件的: the reports so described are the ones left out
        after = _LEFT_OUT_AFTER.match(q, end)
        before = re.search(r"(?:" + _LEAVE + r")$", q[:start])
        if after or before:
            op = _OPPOSITE[op]
            label = f"{_label(key)}{_SAID_OF[op]}{n}件"
            start, end = (before.start() if before else start), (after.end() if after else end)
        return ValueFilter(key, op, n, label, _label(key), q[start:end]), (start, end)
    for pattern in _NONE_LEFT_OUT:
        m = pattern.search(q)
        if m is None:
            continue
        words = m.group("row1") or m.group("row2") or m.group("row3") or ""
        verb = m.group("verb1") or m.group("verb2") or ""
        row = _one_row(words + verb) or _one_row(verb + words)
        if row is not None:
            return ValueFilter(row[0], "gt", Decimal(0), f"{_label(row[0])}不为0", _label(row[0]), m.group(0)), m.span()
    m = _ZERO_LEFT_OUT.search(q) or _NONZERO.search(q)
    if m and re.search(r"(?:总计|合计|总数|小计)$", q[: m.start()]):
        m = None  # 总计大于0的那几家: whose 总计 (a column, not the figure asked) is not said here
    if m:
        return ValueFilter("", "gt", Decimal(0), "这一项不为0", "", m.group(0)), m.span()
    return None, None


def _label(key: str) -> str:
    metric = BY_KEY.get(key)
    return metric.label if metric is not None else key
