"""An answer read in the light of the conversation is checked against the shape of what was asked
(`Query.shapes`): a share asked never goes out as a count, a ranking never as one figure, a sum of two
never as one of them. Where the shapes differ, the figure is withheld and the user told what to write."""

from __future__ import annotations

import re

from bot.answer import Answer
from bot.conversation import Conversation
from bot.in_context import InContext
from bot.understand import Query


def guarded(ans: Answer, q: Query, alone: Query, read: InContext, conv: Conversation | None, lost_before: bool) -> Answer:
    """`ans` for `q` (the question as read in the thread; `alone` as read on its own), or a not_found
    saying why the answer does not have the shape asked."""
    if conv is not None and alone.difference and q.difference and ans.kind == "figure" and len(ans.figures) == 1 and q.claimed is None:
        # 两家差了多少个百分点 read, in the thread, as one figure: a gap asked never comes out as the figure alone
        ans = Answer("not_found", title="问的是差多少，但只找到一个数字，没能确定和哪个数比，请写明两边（例如：秀洲分局和发改委的予以公开率差几个百分点）")
    if (conv is not None and alone.ratio and read.notes and not read.rate_points and ans.kind in ("figure", "total") and ans.unit not in ("%", "倍")
            and not (ans.unit == "个百分点" and "points" in alone.shapes)  # (涨了多少个点: a change of the rate, asked so)
            and not alone.difference and (ans.value is not None or ans.figures)):
        # 按这个分项之和算，维持的占比多少 read, in the thread, as a count: a share asked never comes out as a count
        ans = Answer("not_found", title="问的是比例，但和上一题接起来只得到件数，没能确定谁占谁；请写明（例如：维持占复议各项之和的比例）")
    if (conv is not None and "same_rate" in alone.shapes
            and not read.rate_points and ans.kind in ("figure", "total", "table") and ans.unit not in ("%", "个百分点", "倍")
            and not re.search(r"比例|率|占比", ans.title or "")):  # (a table of counts ordered is counts all the same)
        # 同一年洪泽区的这个比例是多少，跟淮安市比谁高 read as counts: the rate pointed at never comes out as counts
        ans = Answer("not_found", title="问的是刚才那个比例，但和上一题接起来只得到件数，没能确定是哪个比例；请写明（例如：洪泽区2024年予以公开占办理结果总计的比例）")
    if (conv is not None and "counts" in alone.shapes and "rate_word" not in alone.shapes
            and ans.unit in ("%", "个百分点")):
        # 两家的件数差多少 after two shares read as the shares' gap: counts asked never come out as a share
        ans = Answer("not_found", title="问的是件数，但和上一题接起来得到的是比例，没能确定是哪一项的件数；请写明（例如：两家本机关不掌握的件数差多少）")
    if (conv is not None and not alone.mentions and ans.kind == "figure" and not ans.ranked
            and "who_extreme" in alone.shapes):
        # 最少的是哪家 read, in the thread, as one agency's figure: who comes first or last is never one figure
        ans = Answer("not_found", title="问的是哪家最多/最少，但和上一题接起来只得到一家的数字，没能确定在哪些单位里比；请说完整（例如：2020年各单位新收申请谁最少）")
    if q.ratio and q.over_number and ans.unit == "%" and not any(f"{getattr(f, 'value', '')}" == q.over_number for f in ans.figures):
        # 法律服务机构占118的比例 with 118 no cell of the answer: a share over a number said is never over another whole
        ans = Answer("not_found", title=f"问的是占{q.over_number}的比例，但{q.over_number}不是算出的分母；请写明这个数是哪一项（或哪几项之和）")
    if q.ratio and not (q.difference or q.times) and ans.kind == "total" and ans.op == "sum" and ans.unit != "%":
        # 行政查询事项占不予公开各项合计的比例 read as a sum: a share asked never comes out as a plain sum
        ans = Answer("not_found", title="问的是比例，但只算出了一个合计，没能确定谁占谁；请写明（例如：属于行政查询事项占不予公开的比例）")
    if (q.extreme_value and ans.kind in ("figure", "total") and not ans.ranked
            and not (q.intent == "rank" or q.which_part or q.nth or q.top_n or q.ascending or q.value_filter)):
        # 那八项合计里面最多的一项是多少 read as the sum: a superlative asked never comes out as a plain figure
        ans = Answer("not_found", title="问的是“最多/最少”的那一项，但只算出了一个总数，没能确定要比的是哪几项；请说明（例如：不予公开里哪一项最多）")
    if (lost_before and ans.unit == "%" and not alone.ratio and read.notes and ans.kind in ("figure", "total") and not read.rate_carried
            and "rate_named" not in alone.shapes):
        # 第一名的纠正率 (no figure) → 第三名的行政复议呢: a rate that never came out is not carried on as one
        ans = Answer("not_found", title="上一句的比例没能算出来，这一句是问件数还是同样的比例没能确定；请说完整（例如：平潭2022年行政复议多少件）")
    if (conv is not None and (alone.intent == "rank" or alone.nth or alone.top_n) and "who_or_order" in alone.shapes
            and ans.kind == "total" and ans.op == "sum" and not ans.ranked):
        # 换成按项目数排，第一是谁 read, in the thread, as a sum: a ranking asked never comes out as a total
        ans = Answer("not_found", title="问的是排名，但和上一题接起来只得到一个合计，没能确定在哪些单位里排；请说完整（例如：2020年各单位采购项目数量谁最多）")
    if (conv is not None and "ordering" in alone.shapes
            and (ans.kind == "figure" or ans.kind == "total" and ans.op in ("sum", "difference")) and not ans.ranked):
        # 我问的这三类，按件数排个序 read as the last sum: an ordering asked never comes out as one figure
        ans = Answer("not_found", title="问的是排序，但和上一题接起来只得到一个数，没能确定要排哪几项；请说完整（例如：淮安市政府2024年新收申请各类申请人从多到少排）")
    if (conv is not None and "which_higher" in alone.shapes
            and ans.kind in ("figure", "total") and ans.op != "difference" and not ans.ranked
            and len({getattr(f, "agency", "") for f in ans.figures}) < 2 and len({getattr(f, "year", 0) for f in ans.figures}) < 2):
        # 同样的口径，洪泽最新一年是多少，谁更高: which is higher asked, one figure read; never that figure alone
        ans = Answer("not_found", title="问的是谁更高，但和上一题接起来只得到一个数，没能确定和哪个数比；请把要比的两家（或两年）都写出来")
    several = (alone.several_added or q.several_added) if conv is not None else 0
    if conv is not None and several and (ans.kind == "figure" or ans.kind == "total" and (len(
            {getattr(f, "label", "").split("·")[0] for f in ans.figures}) < 2 and len(ans.figures) != several
            or len(ans.figures) < several)):  # (予以公开、部分公开和刚才这四个大类: six, never two)
        # (不予公开那八项合计: the eight parts of one row, added, as said)
        # 刚才这三个现行有效的数加一块 read as one figure: a sum of several asked never comes out as one of them
        ans = Answer("not_found", title="问的是几个数加起来，但和上一题接起来只得到一个数，没能确定是哪几个；请把要相加的各项写出来")
    if (conv is not None and ans.kind == "figure" and len(ans.figures) == 1
            and "sum_with" in alone.shapes):
        # 这个项目数跟秀洲分局的合起来 read as 秀洲分局's alone: a sum of two asked never comes out as one of them
        ans = Answer("not_found", title="问的是两个数加起来，但和上一题接起来只得到一个数，没能确定另一个是哪个；请把要相加的两项都写出来")
    if (conv is not None and ans.kind == "figure" and "two_years_sum" in alone.shapes):
        # 两年…加起来 read as one year's figure: a sum of two years never comes out as one of them
        ans = Answer("not_found", title="问的是两年加起来，但和上一题接起来只得到一年的数；请写明两个年份（例如：洪泽区2023年和2024年不予公开一共多少）")
    if (conv is not None and ans.kind == "figure" and len(ans.figures) == 1 and "增" not in ans.figures[0].label
            and "change" in alone.shapes):
        # 少收了多少 read, in the thread, as one year's figure: a change asked never comes out as one of its ends
        ans = Answer("not_found", title="问的是变化了多少，但和上一题接起来只得到一个数，没能确定和哪一年（哪一家）比；请写明两边（例如：洪泽区2024年比2023年少收了多少）")
    if conv is not None and "points" in alone.shapes and ans.kind in ("figure", "total") and (
            ans.unit not in ("%", "个百分点") or ans.op == "ratio"):  # (洪泽比淮安高几个百分点 read as one share: never the share)
        # 第一和第三差几个百分点 read, in the thread, as counts: points asked never come out as a count
        ans = Answer("not_found", title="问的是差几个百分点，但和上一题接起来只得到件数，没能确定是哪两个比例；请写明两边的单位和比例")
    if (conv is not None and "adds_on" in alone.shapes and ans.kind == "figure"
            and "how_many" not in alone.shapes):  # (再加上乍浦镇，乍浦是多少: its own figure, asked)
        # 再加上淮安市2024年的 after a sum: the one added is never given as if it were the sum
        ans = Answer("not_found", title="“加上”要加到哪个数上没能确定，请把要相加的各项都写出来（例如：洪泽区2023、2024年和淮安市2024年的新收申请加起来）")
    if read.bare_sum and not (ans.kind == "total" and len(ans.figures) >= 2):
        ans = Answer("not_found", title="“加起来”要加哪几项没能确定（上一个问题只有一个数），请写出要相加的各项",
                     notes=["例如：平潭2022年本年新收加上年结转一共多少"])
    return ans
