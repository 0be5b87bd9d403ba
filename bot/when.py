"""Time words in a question → the years asked about, and how each was worked out.

Years are written many ways (2023年, 二〇二三年, 23年, 洪泽23): `understand.normalise_question` has
already turned those into 2023年. What is left here is relative time:

- against today's date: 今年, 去年, 前年, 大前年 (or against a year the question states: 现在是2026年);
- against a year named in the question: 2024年的前一年 / 上一年 (2023), 2023年的后一年 / 下一年 (2024);
- ranges: 2019到2023年, 2019年以来 / 以后 / 至今 (up to this year).

Every phrase used is recorded in `consumed`, so the reader knows which words it understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_STATED_NOW = re.compile(r"(?:现在|今年|当前|目前)(?:是|为)?(\d{4})年[，,]?")
_BEFORE_AFTER = re.compile(
    r"(\d{4})年(?:度)?(?:的|之)?((?:前一年|上一年|上一个?年度|前一个?年度|之前一年|上年度?)(?!度?[结节接]转|度?项目|转|度?(?:的)?[\u4e00-\u9fff]{0,4}?项目(?:数|个数))"
    r"|后一年|下一年|下一个?年度|次年|第二年|之后一年|(?P<n>[一两二三四五\d])年(?P<way>后|之后|前|之前))"
)
_RANGE = re.compile(r"(\d{4})\s*年?\s*(?:到|至|-|~|—|－|～)\s*(\d{4})\s*年?")
_SINCE = re.compile(r"(\d{4})年(?:度)?(?:及|和)?(?:以来|以后|之后|起(?![诉])|至今|到现在|到今天|开始)")
_YEAR = re.compile(r"(?<![新旧老版本][(（])(?<!\d)((?:19|20)\d{2})(?!\d)(?![万亿元件个项%％.点]|多万|余万)(?!年?(?:的)?(?:新|旧|老)?(?:版|格式|模板|样式|表格))年?")
_RELATIVE = {"大前年": 3, "前年": 2, "去年": 1, "上一年": 1, "上年": 1, "今年": 0, "明年": -1,
             "三年前": 3, "两年前": 2, "二年前": 2, "一年前": 1, "四年前": 4, "五年前": 5, "六年前": 6, "七年前": 7,
             "八年前": 8, "九年前": 9, "十年前": 10,
             # (两年后: a year to come, never held; in a conversation it counts from the thread's year)
             "一年后": -1, "两年后": -2, "二年后": -2, "三年后": -3, "四年后": -4, "五年后": -5,
             "一年之后": -1, "两年之后": -2, "三年之后": -3}
_LATER = ("后一年", "下一年", "下一年度", "下个年度", "下一个年度", "次年", "第二年", "之后一年")
# Phrases where a relative word names a row of 表三, not a year (上年结转, 转到明年继续办理), or the
# base of a change (比去年): handled by the reader of the row or of the change.
_NOT_A_YEAR = re.compile(r"上一?年度?(?:有)?(?:多少|几)(?:项|个)|(?<=项目数)(?:的)?[，,\s]?上一?年度?|(?<=项目个数)(?:的)?[，,\s]?上一?年度?|从上一?年度?(?:接手|接|带|转|结转)过来|上一?年度?(?:的)?(?:[\u4e00-\u9fff]{0,4}?)项目(?:数|个数)|上一?年度?(?:的)?项目|(?:上一?年度?|去年)(?:[结节接]转|转过来|转来|遗留|接手)|"
                         r"(?:转到|转入|结转到?|结转至|留到|拖到)(?:明年|下一年度?|下年度?)|(?:比|较)(?:去年|上年|上一年|前一年)")


@dataclass
class Period:
    years: list[int] = field(default_factory=list)
    year_range: tuple[int, int] | None = None
    relative: list[str] = field(default_factory=list)  # how relative words were read, said in the answer
    consumed: list[tuple[int, int]] = field(default_factory=list)  # spans of the text read as time


def read_period(text: str, today: date | None = None) -> Period:
    """The years a (normalised) question asks about."""
    today = today or date.today()
    p = Period()
    now = today.year
    stated = _STATED_NOW.search(text)
    if stated:
        now = int(stated.group(1))
        p.consumed.append(stated.span())
        text = _blank(text, *stated.span())
    r = _RANGE.search(text)
    if r:
        a, b = sorted((int(r.group(1)), int(r.group(2))))
        p.year_range = (a, b)
        p.years = list(range(a, b + 1))
        p.consumed.append(r.span())
        return p
    s = _SINCE.search(text)
    if s:
        a = int(s.group(1))
        p.year_range = (a, max(a, now))
        p.years = list(range(a, max(a, now) + 1))
        p.consumed.append(s.span())
        p.relative.append(f"“{s.group(0)}”按{a}–{max(a, now)}年理解")
        return p
    years: set[int] = set()
    for m in _BEFORE_AFTER.finditer(text):
        base = int(m.group(1))
        y = base + 1 if m.group(2) in _LATER else base - 1
        if m.group("n"):  # 2022年的两年后: counted from the year said
            n = m.group("n")
            step = int(n) if n.isdigit() else {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}[n]
            y = base + step if "后" in m.group("way") else base - step
        years.add(y)
        p.consumed.append(m.span())
        p.relative.append(f"“{m.group(0)}”是{y}年")
        text = _blank(text, *m.span())
    for m in _YEAR.finditer(text):
        years.add(int(m.group(1)))
        p.consumed.append(m.span())
    plain = text
    for m in _NOT_A_YEAR.finditer(text):
        plain = _blank(plain, *m.span())
    back = _STEP_BACK.search(plain)
    if back and len(years) == 1 and any(e <= back.start() for _, e in p.consumed):
        # 洪泽区2023年新收了21件，那再往前一年呢 / …是31件，那上一年呢: the year before the one said (not today's)
        y = next(iter(years)) - 1
        p.consumed.append(back.span(1))
        p.relative.append(f"“{back.group(1)}”指{y}年")
        p.years = [y]
        return p
    for m in _STEP_FROM_RELATIVE.finditer(plain):
        # 前年的上一年: the step counted from the year the first word names (2024 − 1), never from today
        y = now - _RELATIVE[m.group(1)] + (1 if m.group(2) in _LATER else -1)
        years.add(y)
        p.consumed.append(m.span())
        basis = f"今年是{now}年" if stated else f"今天是{today.year}年{today.month}月{today.day}日"
        p.relative.append(f"“{m.group(0)}”指{y}年（{basis}）")
        plain = _blank(plain, *m.span())
    for word, back in sorted(_RELATIVE.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(word), plain):
            named = _APPOSED_YEAR.match(text, m.end())
            if named:  # 上一年，23年的: the year named beside the word is the one meant
                p.consumed.append(m.span())
                p.relative.append(f"“{word}”按紧跟着写的{named.group(1)}年理解")
                plain = _blank(plain, *m.span())
                continue
            said = [int(y.group(1)) for y in _YEAR.finditer(text[: m.start()])]
            if word in ("上一年", "上年") and len(set(said)) == 1 and len(years) == 1:
                # 2024年跟上一年比: the year before the one said in the question, not before today
                y = said[0] - 1
                years.add(y)
                p.consumed.append(m.span())
                p.relative.append(f"“{word}”指{y}年（{said[0]}年的上一年）")
                plain = _blank(plain, *m.span())
                continue
            y = now - back
            years.add(y)
            p.consumed.append(m.span())
            basis = f"今年是{now}年" if stated else f"今天是{today.year}年{today.month}月{today.day}日"
            p.relative.append(f"“{word}”指{y}年（{basis}）")
            plain = _blank(plain, *m.span())
    for m in re.finditer(r"前一年", plain):  # 2024年新收…跟前一年比: the year before the one said, not before today
        said = {int(y.group(1)) for y in _YEAR.finditer(text[: m.start()])}
        if len(said) == 1 and len(years) == 1:
            y = next(iter(said)) - 1
            years.add(y)
            p.consumed.append(m.span())
            p.relative.append(f"“前一年”指{y}年（{next(iter(said))}年的前一年）")
    p.years = sorted(years)
    return p


_STEP_FROM_RELATIVE = re.compile(r"(大前年|前年|去年|今年)(?:的)?(前一年|上一年|后一年|下一年|次年)(?!度?[结节接]转)")
# 上一年 23年的 / 去年（2025年）: a year written right after a relative word names it
_APPOSED_YEAR = re.compile(r"[\s　,，:：(（]*(?:即|也就是|就是)?[\s　]*((?:19|20)\d{2})年")


# …，那再往前一年呢 / …，那上一年呢: a later clause stepping back from the year said before it
_STEP_BACK = re.compile(r"[，,。；;]\s*(?:那么?)?(?:它的?)?((?:再)?往前(?:推)?(?:一年|1年)?|上一年|前一年)"
                        r"(?=(?:的)?[\u4e00-\u9fff]{0,8}?(?:数|数字)?(?:是|有|为)?(?:了)?(?:多少件?|几件|几个)?(?:呢|吗)?(?:[?？。]|$))")


def apposed_relative(text: str) -> list[tuple[int, int]]:
    """The relative year words followed by the year they name (上一年 23年的): that year is what is meant."""
    words = "|".join(sorted(map(re.escape, _RELATIVE), key=len, reverse=True))
    return [m.span(1) for m in re.finditer(f"({words})(?={_APPOSED_YEAR.pattern})", text)]


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + "　" * (end - start) + text[end:]
