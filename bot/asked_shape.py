"""The shape of what a question asks for (a share, a ranking, a sum of two, a change …), read once from
its words, so that an answer read in the light of the conversation can be checked against it without
reading the question again (`bot/shape_guard.py`)."""

from __future__ import annotations

import re

from bot.rows import column_spans

# Each shape: a name, and the words that ask for it. A question has every shape whose words it holds.
SHAPES: dict[str, re.Pattern[str]] = {
    # 同样的比例 / 这个占比: the rate talked of, pointed at
    "same_rate": re.compile(r"(?:这个|这一|同一个?|同样的?|一样的)(?:比例|比率|占比|比重|百分比)"),
    # 件数 / 几件: counts, outright
    "counts": re.compile(r"件数|几件|多少件"),
    # any word of a rate or share (率, 比例, 占 …)
    "rate_word": re.compile(r"率|比例|占|比率|比重|百分"),
    # a rate named without 占 (率, 比例, 几成)
    "rate_named": re.compile(r"率|比例|占比|比重|百分|几成"),
    "points": re.compile(r"百分点"),
    # 最多的是哪家 / 谁最少: who comes first or last
    "who_extreme": re.compile(r"最(?:多|少|高|低)的(?:是)?(?:哪家|哪个单位|哪一家|哪份|谁)|(?:哪家|谁|哪个单位|哪一家)最(?:多|少|高|低)"),
    # 谁 / 哪家 / 排一下: a place or places asked
    "who_or_order": re.compile(r"谁|哪家|哪个单位|哪一家|排(?:一下|个序|序|名次)"),
    "who": re.compile(r"谁|哪"),
    # 排个序 / 从多到少: an ordering asked
    "ordering": re.compile(r"排(?:一下|个序|序|一排|个名)|从(?:多到少|高到低|大到小|少到多|低到高|小到大)"),
    # 谁更高 / 哪家比较多: which of two is higher
    "which_higher": re.compile(r"谁(?:的)?(?:更|比较)?(?:高|多|低|少|大|小)|哪(?:个|家|一家)(?:的)?(?:更|比较)(?:高|多|低|少|大|小)"),
    # 跟X合起来: a sum of two, one of them named here
    "sum_with": re.compile(r"(?:跟|和|与|加上|同)[^，,。？?]{1,24}?(?:合起来|加起来|加在一起|加一块|相加|之和)"),
    # 两年加起来: a sum of two years
    "two_years_sum": re.compile(r"两(?:个)?年(?:度)?[^，,。？?]{0,24}?(?:加起来|合计|一共|总共|相加|之和|加在一起|加一起)"),
    # 少收了多少 / 是涨是跌: a change, between two ends
    "change": re.compile(r"(?:多|少)[收办发花]了(?:多少|几)|(?:增加|减少|下降|上升|涨|降|跌|变化|变)了(?:多少|几)|差了?多少|是涨是跌|涨还是跌|升还是降"),
    # 再加上X: one more added to a sum said before
    "adds_on": re.compile(r"^(?:那)?再?(?:加上|算上|连上)"),
    "how_many": re.compile(r"多少|几"),
    # 各 / 分别 / 几件: figures asked one by one
    "each_or_count": re.compile(r"各|分别|几件|多少"),
    # 前三名 / 排名 / 谁最: a ranking's places asked
    "ranking_places": re.compile(r"前[两二三四五六七八九十\d]+(?:名|位|家)?|排名|排一下|排个|谁最|哪家最|哪个单位最"),
    "nth_place": re.compile(r"第[一二三四五六七八九十\d]"),
    # 重新排 / 排个名: a ranking asked (again)
    "ranking_asked": re.compile(r"(?:重新|一起|再|放进来|加进来|算进去)排|排(?:个|一下)?(?:名|序)|排(?:一下|一排)?(?:呢|吧)?[?？。]*$"),
}


def asked_shapes(text: str) -> frozenset[str]:
    """Every shape the question's words ask for; `columns` when a 表三 applicant column is named."""
    found = {name for name, words in SHAPES.items() if words.search(text)}
    if column_spans(text):
        found.add("columns")
    return frozenset(found)
