"""Carrying the last question over (接上题：按“…”理解), and the readings settled on the carried question."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from bot.answer import Option
from bot.conversation import FOLLOW_END, PRONOUN
from bot.follow_up import (
    BOTH,
    FOLLOW_START,
    RANK_WORDS,
    TWO_PLACES,
    carry_over,
    cn_number,
    figure_words,
    unheld_name,
)
from bot.gather import as_number
from bot.in_context.thread import (
    ACROSS,
    CLAIM_AGAIN,
    COUNT_ASKED,
    LEVEL_REF,
    OPERATION_WORD,
    RANK_CLAUSE,
    RATE_WORDS,
    SAME_WAY,
    InContext,
    Thread,
    browsing_columns,
    keep_named_columns,
    narrowed_from_total,
    own_columns,
    year_not_held,
    year_of,
)
from bot.rows import (
    APPLICANT_COLS,
    METRICS,
    NAMED_RATE,
    REVIEW_COLS,
    column_spans,
    find_metrics,
    metric_spans,
)
from bot.understand import Query
from bot.when import read_period
from index.model import ACTIVE


def misspelt_name(q: Query, t: Thread) -> InContext | None:
    """平谭2022年… / 淮按的予以公开加部分公开: a misspelt name is asked back (是不是平潭？), never the thread's agency
    put in its place; 洪责2023年的呢: asked back on the figure of the thread, so that 对，洪泽 answers it."""
    conv = t.conv
    if q.mentions or PRONOUN.match(q.text) or not t.catalog.look_alike(q.leftover_words, q.sector or ""):
        return None
    words = figure_words(conv.last_question) if conv.last_question and not q.metrics else ""
    bare = re.fullmatch(r"(.+?)(?:的)?(?:呢|怎么样|如何)?[?？。]*", q.text)
    if words and bare:
        asked = t.reread(f"{bare.group(1)}的{words}")
        if asked.metrics:
            return InContext(asked)
    return InContext(q)


def misspelt_name_with_a_row(q: Query, t: Thread) -> InContext | None:
    """淮按的予以公开加部分公开 (a row of its own said): asked back before any step puts the thread's agency in. A bare
    规划分局那家呢 is left to the steps that pick among options (misspelt_name reads it further on)."""
    if not q.metrics or t.conv.options or t.conv.picked_from or t.conv.offered:
        return None
    return misspelt_name(q, t)


def carried_over(q: Query, t: Thread) -> InContext:
    """The follow-up with the rest of the last question (bot/follow_up.py), or declined when it cannot be tied."""
    read = _carried_over(q, t)
    unheld = re.sub(r"^(?:那|那么|换成|再看看?|看看)", "", q.unknown_agency or q.unknown_place or "")
    if (unheld and not q.mentions and not read.declined and not read.choices and read.query is not q
            and unheld not in read.query.text and not read.query.unknown_agency and not read.query.unknown_place):
        # 那上海市人民政府2024年呢: a name not held is never dropped for the thread's agency
        return InContext(q, declined=f"库中没有“{unheld}”的年报；请换一个库中有的单位（发“帮助”可看全部单位）")
    counted = re.search(r"(?:这|那)?([两三四五六七八九])(?:家|个单位)", q.text)
    if (counted and not read.declined and not read.choices and not q.mentions
            and len({i for m in read.query.mentions for i in m.agency_ids}) < cn_number(counted.group(1))
            and not read.query.every_report and read.query.intent not in ("rank",)):
        # 这三家处罚加总 when only two of the talk's three were answered: never one agency's figure instead
        return InContext(q, declined=f"“{counted.group(0)}”指哪几家没能确定，请写出单位名称")
    if (re.match(r"^(?:那)?(?:剩下|其余|剩余|余下|另外)(?:的)?", q.text) and re.search(r"最多|最少|最高|最低|哪(?:一)?(?:类|种|项)", q.text)
            and not read.declined and not read.choices and not (read.query.which_part or read.query.intent == "rank")):
        # 这31件里予以公开几件 → 剩下的最多是什么情况: the rest ranked is not read here; never the last figure again
        return InContext(q, declined="“剩下的”里哪一项最多没能算出来；请直接问（例如：淮安市政府2024年办理结果里哪一类最多）")
    return read


def _carried_over(q: Query, t: Thread) -> InContext:
    conv = t.conv
    if (re.search(r"这家|那家|该单位|这个单位|刚说的|刚才说的", q.text) and conv.options and not q.mentions
            and not all(label in t.names.values() for label, _ in conv.options)):
        # 最少的呢（…）asked back → 刚说的这家…: the turn that would have named it was never answered
        return InContext(q, declined="上一句还没有答出来，“这家”指哪一家没能确定；请写出单位名称")
    if (re.search(r"合计|加起来|之和|总和", q.text) and len(q.metrics) == 1 and q.metrics[0].table == ACTIVE and not q.mentions
            and not re.search(r"[两二三四五六七八九十几]\s?(?:个)?(?:年|家|单位|份)|各|所有|全部|这些|那些", q.text)
            and not q.years and len(conv.last_agencies) == 1 and not (conv.last_question and t.reread(conv.last_question).add_up)):
        # 所有单位加起来… (not answered) → 行政强制的合计呢: one report's 表二 row is one figure; what is added is not said
        return InContext(q, declined="“合计”要把哪几家（或哪几年）加起来没能确定，请写出单位和年份（例如：2024年各单位的行政强制合计）")
    other = re.search(r"另(?:外)?(?:那)?(?:一)?(?:家|个单位)", q.text)
    if other and not q.mentions:
        # 另一家的… that no step tied to two agencies of the talk: never the thread's own agency instead
        return InContext(q, declined=f"“{other.group(0)}”指哪一家没能确定，请写出单位名称")
    if q.intent == "exclude" and not q.mentions and not q.exclude_ids:
        # 自然人以外的各类申请人加起来 after a column was asked: what is left out is read on its own (never carried
        # on as that column's figure)
        return InContext(q)
    if q.typo_row and not q.metrics:
        return InContext(q)  # 乍浦依申清几件: a misspelt row is asked back, never filled in with the last figure
    misspelt = misspelt_name(q, t)
    if misspelt is not None:
        return misspelt
    if not q.metrics and re.search(r"(?:是|属于)[^，。？?]{1,8}?(?:下面|下属|管辖|辖区|下辖)|隶属|归[^，。？?]{1,6}管|属于哪|在哪[里个儿]?(?:吗|呢|吧)?[?？。]*$", q.text):
        # 乍浦镇是平湖下面的吧: where an agency stands is asked, not a figure of the thread
        return InContext(q, declined="单位归谁管辖、在哪里，年报的统计表里没有；我只能回答年报里的数字和内容")
    if q.exclude_ids and q.metrics and not q.mentions and q.intent in ("total", "rank"):
        return InContext(q)  # 除了淮安市政府和洪泽，其他报告…加起来: every agency but those, never the thread's
    if q.metrics and not q.mentions and re.search(r"所有单位|全部单位|各单位|每个单位|所有报告|全部报告", q.text):
        return InContext(q)  # 不指定单位的话，2024年…合计: every agency, never the thread's one
    whole_word = re.compile(r"(?:的)?(?:总数|总量)(?=呢|是多少|多少|[?？。]|$)")
    if not q.metrics and whole_word.search(q.text) and conv.last_question:
        # 行政强制决定有多少 → 那洪泽同年总数呢: 表二's count has no columns to total; 总数 is that count
        before = t.reread(conv.last_question)
        if len(before.metrics) == 1 and before.metrics[0].table == ACTIVE and not before.ratio:
            q = t.reread(whole_word.sub("", q.text))
    last_change = t.reread(conv.last_question) if conv.last_question and q.mentions and not q.metrics else None
    if (last_change is not None and last_change.intent == "change" and not q.years and len(q.mentions) == 1
            and re.search(r"(?:收|收到|有|是|办|办了|发|花)?(?:了)?(?:多少|几件|几个)(?:钱|件|个)?[?？。]*$", q.text)
            and not re.search(r"比|变化|增|减|涨|降|多了|少了|差|幅", q.text)):
        # 降了多少 → 平潭那份报告里收了多少: that agency's figure of the row, not the change carried on
        words = figure_words(re.sub(r"(?:变化|增减|相差|差)(?:了)?(?:多少|幅度|几件)?(?:是)?(?:百分之几|多少)?[?？。]*$", "", conv.last_question))
        if words:
            m = q.mentions[0]
            return t.written_out(q.text[m.start : m.end] + words)
    if (re.search(r"不管|不论|不分|不区分", q.text) and [m for m in q.metrics if m.key != "申请"] and not q.mentions
            and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in and not conv.options):
        # 通过网上平台提交的有多少 → 那不管渠道，新收的总数呢: the agency and year carried, nothing the last one narrowed by
        who = conv.last_agencies[0]
        return t.written_out(f"{who}{'' if q.years else str(conv.seen_in[who]) + '年'}{q.text}")
    every = sum(len(ys) for ys in t.held.values())
    reports_said = re.search(r"([两三四五六七八九十\d]+)份", q.text)
    if ((q.stated_count or (cn_number(reports_said.group(1)) if reports_said else 0)) == every and not q.mentions and not q.metrics and (q.intent == "rank" or q.wants_top or q.add_up)
            and (conv.ranked_question or conv.last_question) and not q.years):
        # 这三家加起来 → 反过来，九份里最少的是哪份: every report held, on the figure talked of (never those three)
        # (九份全部加起来呢: every report's figure added, never the agencies just compared)
        words = figure_words((conv.ranked_question if not q.add_up else "") or conv.last_question)
        if words:
            return t.written_out(words + "，" + q.text)
    counted = re.search(r"(?:这)?[两二三四五六七八九](?:家|个单位|份)", q.text)
    if (counted and q.mentions and q.stated_count == len({i for m in q.mentions for i in m.agency_ids})
            and counted.start() >= q.mentions[-1].end):  # 发改委和安康两家加起来: the count says no more than the names
        q = t.reread(q.text[: counted.start()] + q.text[counted.end() :])
    first = min(q.mentions, key=lambda m: m.start) if q.mentions else None
    if (first is not None and first.start == 0 and len(q.mentions) == 1 and len(conv.last_agencies) == 1
            and {t.names.get(i) for i in first.agency_ids} == {conv.last_agencies[0]} and q.text[first.end :].startswith("比")):
        q = t.reread(q.text[first.end :])  # 洪泽比2023年少收了多少 on 洪泽: the thread's agency against another year
    if (q.metrics and len(q.years) == 1 and not q.mentions and len(conv.last_agencies) == 1 and q.intent == "lookup"
            and not (q.ratio or q.difference or q.add_up or q.claimed is not None or q.which_part or q.parts_sum or q.level)
            and not RATE_WORDS.search(conv.last_question) and t.reread(conv.last_question).mentions):
        # 四个分项逐项加起来 → 2024年的复议总计呢: a figure and a year said in full, of the thread's agency
        return t.written_out(conv.last_agencies[0] + q.text)
    review_rows = [m for m in t.reread(conv.last_question).metrics if m.table == "review_litigation"] if conv.last_question else []
    left_col = re.search(r"(?:去掉|除了|除去|不算|扣除|扣掉)(?:尚未审结|未审结|没审结)", q.text)
    if q.over_decided and not q.metrics and not q.mentions and len(review_rows) == 1 and len(conv.last_agencies) == 1:
        # 审结的里面维持的占几成: a share over the decided cases, said in full but for the row and the agency
        who = conv.last_agencies[0]
        return t.written_out(f"{who}{year_of(conv, who)}{review_rows[0].label}{q.text}")
    if left_col and not q.metrics and not q.mentions and len(review_rows) == 1 and len(conv.last_agencies) == 1:
        # 尚未审结多少 → 也就是说已经审结的有多少件: that row less its pending cases
        who = conv.last_agencies[0]
        return t.written_out(f"{who}{year_of(conv, who)}{review_rows[0].label}{q.text[left_col.start() :]}")
    both_sides = (q.ratio_of and len(q.metrics) >= 2) or (q.exclude_row and q.add_up) or (
        # 排第二的理由呢 → 那无法提供的三项加起来: a sum of its own, never put into the ranking of parts
        q.add_up and q.metrics and not q.ratio and conv.last_question and t.reread(conv.last_question).which_part)
    if (both_sides and not q.mentions and len(conv.last_agencies) == 1 and q.intent in ("lookup", "total") and not q.level
            and t.reread(conv.last_question).mentions):
        # 行政强制的决定数相当于行政处罚决定数的百分之几 / 除了行政查询事项，其余不予公开的加起来: both sides of it
        # said, only the agency (and its year) carried
        who = conv.last_agencies[0]
        return t.written_out(who + ("" if q.years else year_of(conv, who)) + q.text)
    by_place = TWO_PLACES.match(q.text) and conv.ranked  # 第一和最后一名: of the last ranking
    # (第二和第三差多少 after other questions: the figure that ranking was of)
    base = conv.ranked_question if by_place and conv.ranked_question and not q.metrics else conv.last_question
    if ((RANK_WORDS.search(q.text) or re.search(r"排(?:呢|吧|一下|$)", q.text)) and not q.mentions and conv.ranked_question and len(conv.ranked) > 2
            and len(conv.last_agencies) == 2 and set(conv.last_agencies) <= set(conv.ranked)):
        base = conv.ranked_question  # 最高和最低差多少 → 换成项目数排呢: the ranking those two were taken from
    if ((q.top_n or q.wants_top) and not q.mentions and not q.metrics and not q.years and not column_spans(q.text)
            and conv.ranked_question and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.ranked):
        # 前三 → 第四名呢 → 反过来，最少的两份: the ranking again (its scope and figure), never the one place just shown
        scope = re.sub(r"(?:排(?:名|个序|一下|在)?|前[两二三四五六七八九十\d]|最多|最少|最高|最低|哪几|哪家|哪份|谁)[^，,]*$", "",
                       conv.ranked_question)
        if scope and t.reread(scope).metrics:
            return t.written_out(scope + "，" + re.sub(r"^(?:那)?(?:反过来|倒过来)(?:看|说)?[，,]?", "", q.text))
        base = conv.ranked_question
    if column_spans(q.text) and not q.metrics and not q.difference and not q.ratio:
        # 制发比废止多多少 → 年底现行有效的一共多少件: another column of the row, never the gap carried on
        base = re.sub(r"比[^，,。？?]{0,16}?(?:多|少)(?:了)?(?:多少|几件?)[?？]?$", "", base)
        before = t.reread(base)
        if (len(before.metrics) == 1 and len(conv.last_agencies) == 1 and (before.difference or before.add_up) and not before.ratio
                and conv.last_agencies[0] in conv.seen_in):
            # 制发减废止，净增多少件 → 现行有效的一共几件: the row and report of the thread, never its operation
            who = conv.last_agencies[0]
            base = f"{who}{conv.seen_in[who]}年" + "".join(dict.fromkeys(base[a:b] for a, b in metric_spans(base)))
    if q.add_up and not RANK_WORDS.search(q.text) and RANK_CLAUSE.search(base) and t.reread(RANK_CLAUSE.sub("", base)).metrics:
        base = RANK_CLAUSE.sub("", base)  # 哪一项第2多 → 不予公开八项全部加起来呢: the sum asked now, never the place carried on
    own_count = _column_of_the_row_for(q, t)
    if own_count is not None:
        return own_count
    full = carry_over(base, q, t.catalog, conv.years_seen, conv.agencies_seen,
                      conv.ranked if by_place else conv.listed, conv.ranked_at if by_place else conv.listed_at, conv.seen_in)
    last_read = t.reread(conv.last_question) if full and conv.last_question else None
    if (last_read is not None and last_read.share_of and (q.mentions or q.years) and not RATE_WORDS.search(q.text) and not q.metrics
            and len({i for m in q.mentions for i in m.agency_ids}) <= 1 and not q.unknown_agency and not q.unknown_place
            and re.fullmatch(r"[\W]*(?:好的|好|行|嗯)?[\W]*(?:那)?(?:的)?(?:是|有)?(?:多少|几件|几个)?(?:呢|吗)?[\W]*", t.figure_only(q.text))):
        # 洪泽在两家合计里占多大比重 → 洪泽前一年是多少: a share of the agencies' sum is not one report's; its count
        who = next((t.names[i] for m in q.mentions for i in m.agency_ids), conv.last_agencies[0] if len(conv.last_agencies) == 1 else "")
        rows = figure_words(re.sub(r"占.*$", "", conv.last_question))
        if who and rows:
            year = "".join(f"{y}年" for y in q.years) or year_of(conv, who)
            return t.written_out(f"{who}{year}{rows}多少")
    before_year = re.search(r"(\d{4})年(?=[^，,。?？]*?比上一年)", full or "")
    ids = {i for m in t.catalog.mentions(full or "") for i in m.agency_ids}
    if before_year and len(ids) == 1 and not q.years:
        # 2024年排最后那家 → 前一年是多少 → 一年增加了多少: the year before is not held, the one after was just
        # shown; the change asked is between the two years of the talk
        y, held = int(before_year.group(1)), t.held.get(next(iter(ids)), {})
        name = t.names.get(next(iter(ids)))
        shown = set(zip(conv.ranked, conv.ranked_at, strict=False)) | set(zip(conv.listed, conv.listed_at, strict=False))
        if y - 1 not in held and y + 1 in held and (y + 1 in conv.years_seen or (name, y + 1) in shown):
            full = full[: before_year.start()] + f"{y + 1}年" + full[before_year.end() :].replace("比上一年", f"比{y}年", 1)
    denied = re.search(r"[，,]?(?:而)?不是(?P<y>[^，,。？?]{2,10})", q.text)
    kept = [q.text[a:b] for a, b in own_columns(q.text) if denied and not denied.start() <= a < denied.end()]
    if full and denied and kept:
        # 我其实想问的是商业企业，不是法律服务机构: the column said now replaces the one denied
        for a, b in own_columns(denied.group("y")):
            full = full.replace(denied.group("y")[a:b], "")
    if full and re.search(r"分别|各自|各是|各多少|各有", q.text) and not re.search(r"差|多多少|少多少|变化|增|减|比", q.text):
        # 差多少 → 项目数 分别: each figure is asked now, never the gap carried on
        full = re.sub(r"(?:相)?差(?:了)?(?:多少|几件|几个|几项|几)|多多少|少多少|变化(?:了)?多少", "分别多少", full)
    if (full is None and q.mentions and not q.metrics and not q.years and not t.catalog.mentions(base) and find_metrics(base)
            and not _OTHER_WORDS.sub("", q.without([m.text for m in q.mentions]))):
        # 北戴河区政府…收到几件 said not held, then 不是，我说的是北戴河区自然资源和规划局: that agency, the same question
        full = "".join(m.text for m in q.mentions) + base
    if full is None:
        whole = _name_asked_whole(q, t)
        if whole is not None:
            return t.written_out(whole)
        if q.mentions and (q.metrics or q.intent != "lookup"):
            return InContext(q)
        if q.metrics and len(conv.last_agencies) == 1 and not q.level and not q.place_ids:
            # 新收加上年结转，是不是等于办结加结转下年: a question of its own rows, asked of the thread's agency
            who = conv.last_agencies[0]
            # (跟2023年比，部分公开多了几件 on a 2024 thread: 2023 is what the thread's year is held against)
            base_only = len(q.years) == 1 and re.search(rf"(?:跟|和|与|同|比|较){q.years[0]}年", q.text) and year_of(conv, who) != f"{q.years[0]}年"
            return t.written_out(who + ("" if q.years and not base_only else year_of(conv, who)) + q.text)
        last, conv.last_agencies = conv.last_question, []  # after a question we could not tie, 它 no longer points anywhere
        if conv.options:  # (the last answer asked back: what it was about is not carried past the question not tied either)
            conv.last_question = ""
        return InContext(q, declined=f"这句没能和上一个问题（“{last}”）接上，请把单位、年份和要问的数字说完整",
                         declined_notes=["例如：洪泽区2023年收到多少申请"])
    full = keep_named_columns(full, q.text)  # 去掉尚未审结的有多少 → 维持的呢: the column named now, never it taken away
    said_cols = {q.text[a:b] for a, b in own_columns(q.text, active=True)}
    if said_cols and not q.metrics and not q.difference and not q.ratio and not RATE_WORDS.search(q.text):
        # 现行有效几件 → 两年一共制发了几件: 表二's column named now replaces the one carried (never both left to choose from)
        spans = [(a, b) for a, b in own_columns(full, active=True) if full[a:b] not in said_cols]
        if spans and any(full[a:b] in said_cols for a, b in own_columns(full, active=True)):
            for a, b in reversed(spans):
                full = full[:a] + full[b:]
    checked = r"对得上|对不上|对上|一致|相符|不符|吻合|相等|平不平"
    named_cols = [c for c in (q.text[a:b] for a, b in own_columns(q.text)) if c not in ("总计", "合计")]
    if (q.metrics and re.search(checked, full) and not re.search(checked, q.text) and not named_cols
            and re.search(r"(?:是|有)?(?:几|多少)(?:件|个)?[?？。]*$", q.text)):
        # 总计那一列呢，对得上吗 → 再看表四，它印的行政复议总计是几: a figure asked now, not the check carried on
        full = re.sub(rf"[，,]?[^，,]*?(?:{checked})[^，,]*$", "", full) + re.sub(r"^.*?(?=(?:是|有)?(?:几|多少))", "", q.text)
    if (re.search(r"总计", q.text) and not re.search(r"加起来|合起来|一共|总共|合计|之和|各项|分项|逐项", q.text)
            and re.search(r"加起来|合起来|一共|总共", full)):
        # 直接起诉和复议后起诉加起来 → 那2023年的行政复议总计呢: the printed total asked now, not the parts added
        full = re.sub(r"[，,]?(?:加起来|合起来|一共|总共)", "", full)
    sums = r"加起来|合起来|加在一起|加一块|一共|总共|合计|之和"
    years_summed = len(read_period(conv.last_question).years) >= 2 or len(t.reread(conv.last_question).metrics) < 2
    if (q.growth or q.percent_change or q.change_asked) and re.search(sums, full) and not re.search(sums, q.text) and years_summed:
        # (三项加起来 in 2023, then in 2024 → 多了多少: the change of that sum, which the rows' sum stays)
        # 两年加起来有多少 → 增长了百分之多少: the change between those years, never their sum again
        full = re.sub(rf"(?:{sums})(?:有|是)?(?:多少件?|几件)?", "", full)
    if (q.growth or q.percent_change) and not q.years:
        # 前一年收了多少 → 折成增幅是百分之多少: growth runs from the earlier year to the later, whichever was asked first
        full = re.sub(r"((?:19|20)\d{2})年比((?:19|20)\d{2})年",
                      lambda m: f"{max(m.group(1), m.group(2))}年比{min(m.group(1), m.group(2))}年", full)
    if (q.growth or q.percent_change or q.change_asked) and not re.search(r"哪(?:一|个)?年", q.text):
        # (哪一年更多 → 增长了多少; 哪年处罚多 → 降了百分之几: the row said between is kept)
        full = re.sub(r"[,，]?哪(?:一|个)?年(?:度)?([^，,。？?]{0,6}?)(?:更|最|比较|较)?(?:多|少|高|低)[?？。]*",
                      lambda m: m.group(1) if metric_spans(m.group(1)) else "", full)
    if re.search(r"也这样|也是这样|一样吗|也有这种", q.text):  # 复议后起诉那一栏是不是也这样: the check, not the printed cell
        full = re.sub(r"(?:可)?(?:表里|表上|报告上)?印的", "", full)
    carried_q = t.reread(full)
    if q.stated_count is not None and carried_q.stated_count not in (None, q.stated_count):
        # 只看2020年那五份 after 这九份报告里…: the count said now, in place of the one carried
        full = re.sub(r"(?<![\d.])(?:[两二三四五六七八九十]|\d{1,2})(?=份|家|个单位)", str(q.stated_count), full, count=1)
        carried_q = t.reread(full)
    said_rows = {m.key for m in q.metrics} - {"申请"}  # (申请 alone names no row)
    share = t.reread(conv.last_question) if said_rows and conv.last_question else None
    if (share is not None and share.ratio and share.part_rows and said_rows <= share.whole_rows and not said_rows & share.part_rows
            and not RATE_WORDS.search(t.question) and not SAME_WAY.search(t.question) and "同一" not in t.question
            and len(conv.last_agencies) == 1 and not q.mentions):
        # 予以公开占新收的比例 → “其他”那一列的本年新收呢: the count of the share's whole, never a share of it over itself
        who = conv.last_agencies[0]
        return t.written_out(f"{who}{'' if q.years else year_of(conv, who)}{q.text}")
    if len(q.years) == 1 and carried_q.intent == "change" and not re.search(r"比|变化|增|减|涨|降|多了|少了", q.text):
        # 不掌握信息的 24年 after 涨了多少: that row in that year, not the change carried on
        full = re.sub(r"\d{4}年比(?:\d{4}年)?", f"{q.years[0]}年", full)
        full = re.sub(r"(?:变化|增加|减少|多了|少了|涨了|降了)(?:多少|几件)?$", "", full)
    elif carried_q.ratio and not RATE_WORDS.search(q.text) and re.search(
            r"(?:有)?(?:几件|多少件|几个|多少个|几宗|多少宗|几起|多少起|几项|多少项)[?？。]*$|(?:加起来|加在一起|一共|合计|总共)(?:是)?(?:多少|几件)?[?？。]*$|^(?:那)?(?:还|另外)有(?:多少|几件)"
            r"|同一项(?:呢)?[?？。]*$", q.text) or (carried_q.ratio and not RATE_WORDS.search(q.text) and (len(q.mentions) >= 2 or carried_q.pooled)
                                                  and re.search(r"(?:加起来|加在一起|一共|合计|总共)呢[?？。]*$", q.text)):
        # (按合计口径的自然人占比 → 法律服务机构的合计呢: that column's count, added over the same reports)
        # (秀洲分局同一项呢: the same item, its count; a share is 同一比例)
        # (那三家（秀洲分局、发改委、乍浦镇）合计呢 after a share: those named, added; 全部加起来呢 is the share's whole)
        # 秀洲分局同样情形有几件 after a share: the count
        full = re.sub(r"(?:的)?占比(?=[^，,。？?]*[，,])|占[^，,。？?]*?(?:的)?(?:比例|占比|比重|几成|百分之几)|(?:占比|比例|比重|纠错率|纠正率)[^，,。]{0,8}$|占[^，,。]*$|率(?:是)?(?:多少|几)?[?？。]*$"
                      r"|[?？，,]?(?:给|用)(?:我)?(?:个|一个)?百分比", "", full)
        full += "" if re.search(r"(?:多少|几件|几个)[?？。]*$", full) else "多少件"
        if carried_q.pooled and len(carried_q.metrics) == 1 and not q.metrics:
            # (按合计口径的自然人占比 → 法律服务机构的合计呢: the column named, of the row pooled, added over those reports)
            head = re.split(r"(?:合在一起|加起来|放在一起|并在一起)算", full)[0]
            full = f"{head}{carried_q.metrics[0].label}{''.join(q.text[a:b] for a, b in column_spans(q.text))}加起来多少件"
    counted = q.claimed is not None or re.search(r"\d+(?:\.\d+)?\s*(?:件|个|项)", q.text)
    if q.metrics and counted and not q.ratio and t.reread(full).ratio and conv.last_agencies:
        # 最后一句写的是行政诉讼共46件: a count claimed of a row of its own, not the last share carried on
        who = conv.last_agencies[0]
        full = who + ("" if q.years else year_of(conv, who)) + q.text
    if q.template and t.reread(full).template != q.template:
        # 2019年版的…排前三 → 2021年版的几份也排个前三: the template said now replaces the one before
        full = re.sub(r"(?:19|20)\d{2}年版", f"{q.template}年版", full)
    if (q.years and re.search(r"去年|今年|前年", q.text) and set(q.years) != set(t.reread(full).years)
            and not re.search(r"比|变化|增|减|涨|降|差", q.text)):
        # 去年两家各收了多少: the year the follow-up names (去年 = 2025) replaces the thread's, never sits beside it
        full = re.sub(r"(?<!\d)(?:19|20)\d{2}年(?:和|、|至|到)?", "", full)
    if not re.search(r"一共|总共|合计|加起来|合起来|之和|各项|分项|逐项", q.text) and re.search(r"一共|总共", full):
        plain = t.reread(full)
        if len(plain.metrics) == 1 and len({i for m in plain.mentions for i in m.agency_ids}) == 1 and len(plain.years) <= 1:
            # 2024年复议总共几件 → 上一年呢: 总共 was said of that year's one total; the next report's is as printed
            full = re.sub(r"(?:一共|总共)(?=(?:是|有)?(?:多少|几))", "", full)
    if q.every_report and not q.years and (not t.reread(full).every_report or (
            read_period(full).years and not read_period(q.text).years and not re.search(r"(?:19|20)\d{2}", q.text))):
        # 最新一年里谁最多 → 要是九份报告全放一起比，排第二的呢: every report now, the thread's year left behind
        # (24年…排个名 → 不限年份，所有报告放一起排: the words said now already say so; the year still goes)
        for a, b in sorted(read_period(full).consumed, reverse=True):
            full = full[:a] + full[b:]
        if not t.reread(full).every_report:
            full = "不分年份，" + re.sub(r"(?:最新|最近)(?:的)?(?:一年|那年|年份)(?:的)?(?:报告|年报)?(?:里|中)?[,，]?", "", full)
    if q.each_newest and not q.years:  # 洪泽最新那份里这个数: its newest report, not the thread's year
        for a, b in sorted(read_period(full).consumed, reverse=True):
            full = full[:a] + full[b:]
    if conv.year_not_held and not q.years and not q.mentions and not q.relative:
        # 去年呢 (not held) → 行政规范性文件现行有效多少件: that agency again, so its newest report, not the year it lacks
        for a, b in sorted(read_period(full).consumed, reverse=True):
            full = full[:a] + full[b:]
    for settle in (_count_or_rate, column_or_whole, _claim_on_carried, year_not_held):
        read = settle(full, q, t)
        if read is not None:
            return read
    carried = t.reread(full)
    last_rows = list(dict.fromkeys(conv.last_question[a:b] for a, b in metric_spans(conv.last_question)))
    if (not carried.metrics and not q.metrics and own_columns(q.text) and len(last_rows) == 1 and not q.mentions
            and len(conv.last_agencies) == 1 and len(t.reread(conv.last_question).metrics) == 1):
        # 维持的占全部诉讼的比例 → 还有多少件没审结: the column named, of the one row the talk is on (never a search)
        who = conv.last_agencies[0]
        full = f"{who}{'' if q.years else year_of(conv, who)}{last_rows[0]}{q.text}"
        carried = t.reread(full)
    if (not carried.mentions and carried.intent in ("total", "rank", "compare") and len(conv.last_agencies) == 1
            and not ACROSS.search(q.text) and not ACROSS.search(full) and not RANK_WORDS.search(conv.last_question)
            and not carried.every_report and not carried.place_ids and not carried.level):
        full = conv.last_agencies[0] + full  # 两类诉讼加起来: still the thread's agency, never every agency's
        carried = t.reread(full)
    if q.difference and not (carried.difference or carried.ratio or carried.intent in ("change", "compare", "rank", "checks")
                             or carried.mixed_sum or carried.claimed is not None):
        # 洪泽这一年少收了多少钱 after its two years: a gap asked must come out as one, never as the figure alone
        years = sorted(conv.years_seen[-2:])
        if len(q.years) == 2 and q.base_year in q.years:  # 2024年比2023年少收了多少: those two years, of the thread's figure
            years = [q.base_year, next(y for y in q.years if y != q.base_year)]
        if len(conv.last_agencies) == 1 and len(years) == 2 and (not q.years or years[0] == q.base_year):
            who, last = conv.last_agencies[0], conv.last_question
            figure = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last, active=True)))
            if figure:
                gap = f"{who}{years[1]}年比{years[0]}年{figure}变化多少"
                return InContext(t.reread(gap), [f"接上题：按“{gap}”理解"])
        return InContext(q, declined="问的是差多少，但要和哪个数比没能确定，请写明（例如：2024年比2023年少收了多少）")
    if carried.intent == "rank" and (carried.wants_top or carried.top_n == 1) and carried.top_n in (None, 1) and re.search(
            r"从高到低|从多到少|从大到小|从低到高|从少到多|从小到大|排(?:一下|个序|序|一排)?[。.！!]*$|排序|全部列出|都列出", q.text):
        carried = replace(carried, wants_top=False, top_n=None)  # 只看2020年那五份，从高到低排: the whole order, not the first only
    # 加起来 with nothing named: it must come out as a sum of two or more figures, or it was not understood
    return InContext(carried, [f"接上题：按“{full}”理解"], bare_sum=q.add_up and not q.metrics and not q.mentions and not column_spans(q.text))


_OTHER_WORDS = re.compile(r"[\s，,。.！!？?、]|那|呢|的|吧|啊|呀|是|我说|我问|我指|说的|问的|指的|不是|不对")


def _column_of_the_row_for(q: Query, t: Thread) -> InContext | None:
    """纠错率一样吗（平潭）→ 平潭维持了几件: an agency and a column named with a count asked, on the one row of 表四 the
    thread is on (never the last question's other words carried with it)."""
    last = t.conv.last_question
    if not (last and len(q.mentions) == 1 and not q.metrics and not q.ratio and not q.difference and not q.add_up
            and re.search(r"(?:几|多少)(?:件|个|起)?[?？。]*$", q.text)):
        return None
    cols = [q.text[a:b] for a, b in own_columns(q.text) if q.text[a:b] not in ("总计", "合计")]
    rows = t.reread(last).metrics
    if len(cols) != 1 or len(rows) != 1 or rows[0].table != "review_litigation" or not any(cols[0] in ws for ws in REVIEW_COLS.values()):
        return None
    m = q.mentions[0]
    name = t.names.get(m.agency_ids[0]) if len(m.agency_ids) == 1 else None
    year = "" if q.years or not name else year_of(t.conv, name)
    return t.written_out(q.text[: m.end] + year + rows[0].label.replace("·", "") + q.text[m.end :])


def _name_asked_whole(q: Query, t: Thread) -> str | None:
    """淮按市府呢: a name not held (or misspelt) in place of the last agency, asked back as a whole question."""
    if q.mentions or q.years or not (q.unknown_agency or q.unknown_place or q.intent == "unknown"):
        return None
    last = t.conv.last_question
    written = FOLLOW_END.sub("", FOLLOW_START.sub("", q.text))
    prev_mentions = t.catalog.mentions(last)
    unheld = None if prev_mentions else unheld_name(last, t.catalog)
    if not (2 <= len(written) <= 8 and (prev_mentions or unheld) and not find_metrics(written)
            and not OPERATION_WORD.search(written) and not BOTH.search(written)):  # 两家加起来 is not a name
        return None
    start, end = ((prev_mentions[0].start, prev_mentions[0].end) if prev_mentions
                  else (last.index(unheld), last.index(unheld) + len(unheld)))
    whole = last[:start] + written + last[end:]
    read = t.reread(whole)
    # (后一种单独看呢: words read as no name are never put where the agency stood when the question would then be
    # answered over every agency; 我们呢 still asks which unit)
    return whole if read.mentions or read.unknown_agency or read.unknown_place or read.intent == "lookup" else None


def _count_or_rate(full: str, q: Query, t: Thread) -> InContext | None:
    """纠错率 → 诉讼 (one word): its count, or the same rate of it? Both are offered; neither is guessed."""
    # (X的呢 asks the same of X: the rate carries; a row named bare asks which is meant)
    said = q.text
    for m in sorted(q.mentions, key=lambda m: -m.start):  # (区里直接起诉的呢: the agency switched too)
        said = said[: m.start] + said[m.end :]
    bare_row = re.sub(r"[?？。!！的]|呢$", "", FOLLOW_START.sub("", said))
    row = COUNT_ASKED.sub("", bare_row)  # 复议有吗 / 复议几件: the count is asked in so many words
    review_col = any(w in bare_row for c, ws in REVIEW_COLS.items() if c != "总计" for w in ws)  # 尚未审结的呢
    applicant_col = any(w in bare_row for c, ws in APPLICANT_COLS.items() if c != "总计" for w in ws)  # 商业企业呢
    # (a column named bare after a rate; 同一比例 said, even where a step took it out, asks the rate)
    col_only = not q.metrics and (review_col or applicant_col) and not RATE_WORDS.search(t.question)
    core = re.sub(r"^(?:以|因为|由于|因)|(?:为由|里头|里面|当中)|[“”\"'，,]", "", row)  # (不予公开里头，以“…”为由的呢)
    # (那还是二零二二年，部分公开呢: a year said beside the row leaves the row as bare as before)
    said_year = bool(t.reread(t.question).years)  # (a year the asker said, not one a step wrote in)
    if not ((q.metrics or col_only) and (not q.years or q.metrics and said_year) and RATE_WORDS.search(t.conv.last_question)
            and not RATE_WORDS.search(q.text) and row and not q.unread and len(core) <= 14
            and not OPERATION_WORD.search(row) and (metric_spans(row) or col_only)):
        # only a row (or a column of 表四: 尚未审结的呢) named (X的呢 too: which is meant?)
        return None
    if re.search(r"有多少|多少件|几件|有几", q.text) and len(t.conv.last_agencies) == 1 and not q.mentions:
        # 维持率（按维持占复议总计算）→ 其他结果有多少: a count asked in so many words, of the row the share was of
        last_read = t.reread(t.conv.last_question)
        who = t.conv.last_agencies[0]
        if len({m.key for m in last_read.metrics}) == 1 or q.metrics:
            asked = re.sub(r"(?:的)?(?:有|是|共)?(?:多少件?|几件|有几)$", "", bare_row)
            words = asked if q.metrics else last_read.metrics[0].label + asked
            return t.written_out(f"{who}{year_of(t.conv, who)}{words}多少件")
    pooled = re.search(r"[，,](?:几家|各家|两家|[两三四五六七八九]家)?(?:合起来|加起来|合在一起)算$", full)  # (…纠错率,几家合起来算)
    plain = re.sub(r"(?:纠错率|纠正率|维持率|办结率|公开率|比例|占比|比率|比重)[^，,。]{0,6}$", "", full[: pooled.start()] if pooled else full)
    plain = plain + "合计" if pooled and plain != full[: pooled.start()] else plain
    plain = re.sub(r"(?:在[^，。]{0,12}?(?:里|中|当中))?占[^，。]*$", "", plain)  # …在不予公开里占多少
    plain = re.sub(r"(?<=[\u4e00-\u9fff])率(?:是)?(?:多少)?[?？。]*$", "", plain)  # (…本机关不掌握没法提供率: the rate carried onto a row)
    if plain == full or not t.reread(full).metrics:
        return None
    if not t.reread(plain).metrics:  # 尚未审结的呢: a column of 表四, of the row the rate was of
        rows = [m for m in t.reread(t.conv.last_question).metrics if m.table == ("review_litigation" if review_col else "requests")]
        words = [bare_row[a:b] for a, b in column_spans(bare_row, active=False)]
        if len(rows) != 1 or len(words) != 1 or words[0] not in plain:
            return None
        plain = plain.replace(words[0], rows[0].label + words[0], 1)
    last_tables = {m.table for m in t.reread(t.conv.last_question).metrics}
    if row != bare_row or (last_tables and q.metrics and not {m.table for m in q.metrics} & last_tables):
        # 复议有吗 / 许可决定数 after a share of 表三: its count (a share of another table's row was never asked)
        return t.written_out(plain + "多少件")
    shared = _column_counted_before(t) if col_only else _rate_of_the_count_before(t)
    if col_only and re.search(r"纠错率|纠正率|维持率|百分点", t.conv.last_question):
        shared = None  # 纠错率 (纠正 over 总计) → 尚未审结的呢: that column's count, or its share? asked (writers read the count)
    if SAME_WAY.search(t.question) or re.search(r"同一比例|同样的?比例|这个比例", t.question):
        shared = False  # 部分公开呢，也按同样口径算一下: the same rate, said so
    # (自然人占比 → 法律服务机构呢 (a share again) → 商业企业: two shares in a row of one kind; the run goes on)
    share_run = bool(t.conv.history) and bool(RATE_WORDS.search(t.conv.history[-1])) and col_only and not q.mentions and (
        _columns_named(t.conv.history[-1], REVIEW_COLS, APPLICANT_COLS) != _columns_named(t.conv.last_question, REVIEW_COLS, APPLICANT_COLS))
    kind_named = bool(q.metrics) and {m.key for m in q.metrics} <= {"行政复议", "行政诉讼"} and not review_col
    if shared is False and not share_run and (not re.search(r"呢[?？。]*$", q.text) or q.mentions or LEVEL_REF.search(q.text)
                                              or kind_named and NAMED_RATE.search(t.conv.last_question) and not re.search(r"那边|那块|方面", q.text)):
        # 纠错率 → 诉讼 / 诉讼呢 / 它的行政诉讼呢: writers split on it (three and three in the kept rounds); only
        # 诉讼那边呢 asks the same again
        shared = None
    part = next(iter(t.reread(t.conv.last_question).metrics), None)
    if (shared is False and q.metrics and part is not None and part.parent and q.metrics[0].parent and part.parent != q.metrics[0].parent
            and not SAME_WAY.search(t.question)):
        shared = None  # 本机关不掌握占新收的比例 → 不予公开里头，以…为由的呢: a part of another group; count or share? asked
    # (其中行政查询事项几件 → 占不予公开的几成 → 国家秘密呢: writers split between the count and the share, even when
    # the thread began with counts; so it is asked, as below)
    if q.claimed is not None or re.search(r"(?<![那这哪每第])[一二两三四五六七八九十\d]+\s*件", q.text):
        return t.written_out(plain + "多少件")  # 予以公开真的只有一件？ after a share: a count said, so the count
    last_share = t.reread(t.conv.last_question)
    if (len(last_share.whole_rows) >= 2 and q.metrics and not {m.key for m in q.metrics} & last_share.whole_rows
            and all(m.table == ACTIVE for m in [*q.metrics, *last_share.metrics])):  # (表二's rows: a whole only as a sum said)
        # 后者占这两项合计的百分之几 → 行政处罚呢: a row outside the sum that share was over has no share of it; its count
        return t.written_out(plain + "多少件")
    groups = last_share.whole_rows
    if (groups and q.metrics and all(any(x.parent == w for x in METRICS) for w in groups)
            and not any(m.key in groups or m.parent in groups for m in q.metrics)):
        # 这两项在不予处理里占多少 → 结转到下年度继续办理的: a row outside the group the share was of; its count
        return t.written_out(plain + "多少件")
    named_rate = NAMED_RATE.search(t.conv.last_question) or re.search(r"自然人(?:申请)?(?:的)?占比", t.conv.last_question)
    kind_only = bool(q.metrics) and {m.key for m in q.metrics} <= {"行政复议", "行政诉讼"} and not review_col
    if (named_rate and not applicant_col and not kind_only and not q.mentions and len(t.conv.last_agencies) == 1
            and not (SAME_WAY.search(t.question) or re.search(r"同一比例|同样的?比例|这个比例|同一个?指标|同样的?指标", t.question))):
        # 那不予公开率 → 因为本机关不掌握而没法提供的呢 / 纠错率 → 维持的呢 / 自然人申请占比 → 上年结转过来的: a named
        # rate is of its own rows; another row (or a result column) named bare after it is its count, as the writers of
        # every round since R140 read it (an applicant column after 自然人申请占比 is that column's share; 诉讼 after 纠错率 asked)
        who = t.conv.last_agencies[0]
        if q.metrics and not col_only:
            return t.written_out(f"{who}{year_of(t.conv, who)}{''.join(q.text[a:b] for a, b in metric_spans(q.text)) or bare_row}多少件")
        rows = {m.key: m for m in t.reread(t.conv.last_question).metrics if m.table == "review_litigation"}
        cols = [bare_row[a:b] for a, b in column_spans(bare_row, active=False)]
        if review_col and len(rows) == 1 and len(cols) == 1:
            return t.written_out(f"{who}{year_of(t.conv, who)}{next(iter(rows.values())).label}{cols[0]}多少件")
    if shared is False and t.conv.figure_lost:
        shared = None  # 第一名的纠正率 (not given) → 第三名的行政复议呢: the rate never came out; count or rate? asked
    if shared is False:  # 纠错率是多少 → 行政诉讼呢: the thread asked the rate itself; the same rate
        return t.written_out(full)
    said_row = re.sub(r"呢?[，,]\s*", "，", bare_row)  # (诉讼呢，两类都算: said as one phrase)
    return InContext(q, declined=f"“{q.text}”是问件数，还是同样问比例？",
                     choices=[Option(f"{said_row}的件数", plain + "多少件"), Option(f"{said_row}的比例", full)])


def _rate_of_the_count_before(t: Thread) -> bool | None:
    """Was the last rate taken of the count asked just before it (True), or asked as a rate from the start (False)?
    Writers of every round read a row named bare after it that way: the count, or the same rate. None: not known."""
    conv = t.conv
    last = t.reread(conv.last_question)
    if re.search(r"(?:纠错|纠正|维持|败诉|办结|公开|不予公开|无法提供|争议转化)率", conv.last_question):
        return False  # a named rate (纠错率 → 诉讼那边呢) applies to the other row as well: the same rate
    if not conv.history:
        return False if last.mentions else None
    before = t.reread(conv.history[-1])
    if conv.year_not_held and len(conv.history) >= 2 and before.ratio:
        # 予以公开几件 → 占…多少 → 去年的呢 (not held) → 部分公开呢: the turn not answered is passed over
        last, before = before, t.reread(conv.history[-2])
    same_agency = {i for m in last.mentions for i in m.agency_ids} == {i for m in before.mentions for i in m.agency_ids}
    part = {m.key.rstrip("~") for m in last.metrics}
    counted = {m.key.rstrip("~") for m in before.metrics}
    cols = _columns_named(conv.last_question, REVIEW_COLS)
    if same_agency and not before.ratio and counted and counted <= part and cols and not cols <= _columns_named(conv.history[-1], REVIEW_COLS):
        return False  # 复议总数多少 → 被纠正的比例呢 → 诉讼呢: the rate was of a column the count before never named
    if same_agency and not before.ratio and counted and counted <= part:
        return True
    return False if before.ratio or not same_agency or not counted & part else None


def _columns_named(text: str, *tables: dict) -> set[str]:
    """The columns of 表四 (and 表三, when given) a question names, each once (结果纠正 and 纠正 are one)."""
    words = {text[a:b] for a, b in own_columns(text)}
    return {c for cols in tables for c, ws in cols.items() if c != "总计" and any(w == c or w in ws for w in words)}


def _column_counted_before(t: Thread) -> bool:
    """结果纠正几件 → 占复议总计的比例 → 尚未审结的呢: the rate was of the column counted just before it, so the
    column named now is counted too (True); a rate asked of the total (被纠正的占多少 → 维持的呢) goes on (False)."""
    conv = t.conv
    if not conv.history:
        return False
    before = _columns_named(conv.history[-1], REVIEW_COLS, APPLICANT_COLS)
    # (商业企业 → 法律服务机构 → 这两类加在一起占新收的百分比 → 自然人的呢: the rate was of a sum of columns, not of
    # the one counted just before; the rate goes on)
    return bool(before) and before == _columns_named(conv.last_question, REVIEW_COLS, APPLICANT_COLS)


def column_still_asked(q: Query, t: Thread) -> InContext | None:
    """复议维持 → 不对，我说的是直接起诉的 (asked: 维持的, or its total?) → 复议后起诉的呢: the same question of
    the row said now, still open; asked again, never one of the two readings guessed."""
    options = t.conv.options
    if not (len(options) == 2 and options[1][0].endswith("（总数）") and options[0][0].endswith("）") and q.metrics
            and not q.mentions and not q.years and not own_columns(q.text) and not q.ratio and not q.add_up
            and re.fullmatch(r"(?:那)?[^，,。？?]{2,14}?(?:的)?呢[?？。]*", q.text)):
        return None
    col = re.search(r"（([^（）]+)）$", options[0][0]).group(1)
    base = t.reread(options[1][1])
    if len({i for m in base.mentions for i in m.agency_ids}) != 1 or len(base.years) != 1:
        return None
    who = t.names.get(base.mentions[0].agency_ids[0], "")
    row = re.sub(r"^(?:那)?|(?:的)?呢[?？。]*$", "", q.text)
    full = f"{who}{base.years[0]}年{row}"
    label = "、".join(m.label for m in q.metrics)
    return InContext(q, declined=f"“{q.text}”是问{col}的，还是{label}的总数？",
                     choices=[Option(f"{label}（{col}）", full + col), Option(f"{label}（总数）", full)])


def column_or_whole(full: str, q: Query, t: Thread, browsing: bool = True) -> InContext | None:
    """淮安市府2024複議尚未審結幾件 → 诉讼呢 / 商业企业新收申请 → 予以公开了几件: another row named bare after
    a figure of one column. Writers split on whether the column goes on; both are offered, neither is guessed."""
    said = q.text
    for m in sorted(q.mentions, key=lambda m: -m.start):
        said = said[: m.start] + said[m.end :]
    row = COUNT_ASKED.sub("", re.sub(r"[?？。!！的了]|呢$", "", FOLLOW_START.sub("", said)))
    last = t.conv.last_question
    cols = [last[a:b] for a, b in own_columns(last) if not re.fullmatch(r"总计|合计|总数|一共|总共|全部", last[a:b])]
    # (a row said in full, 未经复议直接起诉的行政诉讼呢, is as bare as 诉讼呢: its words are all the row's)
    bare_row = row and (len(row) <= 10 or sum(e - s for s, e in metric_spans(row)) >= len(row) - 1)
    if not (q.metrics and not q.years and not q.mentions and not q.ratio and not q.add_up and bare_row
            and not own_columns(q.text) and metric_spans(row) and cols and not RATE_WORDS.search(last)):
        return None
    old, new = t.reread(last).metrics, t.reread(full)
    if not old or not new.metrics or {m.table for m in old} != {m.table for m in new.metrics}:
        return None  # (复议 → 新收: another table, its own columns)
    if {m.key.split("/")[0] for m in old} == {m.key.split("/")[0] for m in new.metrics}:
        return None  # the two kinds of 诉讼: one group, the column goes on (bot/follow_up.py)
    col = "".join(cols)
    if any(c in full for c in cols):
        return None  # the carried question kept the column itself
    # 维持的 → 不对 我问的是诉讼: a correction of the row; writers split on whether the column stands (asked)
    corrected = re.search(r"搞错|说错|弄错|打错|写错|不对|不是(?:复议|诉讼|这个|那个)|我要的是|要的是|我问的是", t.question)
    if re.match(r"^(?:那)?(?:这)?(?:其中|里面|这里面|当中|(?:这|那)些(?:申请|件|人)?(?:里|中|当中|里面)|它们(?:里|中|当中|里面)"
                r"|(?:这|那)(?:几|些)(?:件|个|份)(?:申请)?(?:里|中|当中|里面)?)", q.text) and not corrected:  # (这几件最后部分公开的)
        # 商业企业申请了几件 → 其中部分公开的几件: a look inside the figure just shown, so inside its column
        return t.written_out(full + col, f"接上题：按“{full}{col}”理解（“其中”指上一问的{col}）")
    if browsing and (narrowed_from_total(t) or browsing_columns(t)) and not corrected:
        # 新收多少 → 其中商业企业几件 → 上年结转呢: the column was a look inside the total; the thread is the total
        return t.written_out(full, f"接上题：按“{full}”理解（{col}是上一问里看的一栏，这里按总数）")
    label = "、".join(m.label for m in new.metrics)
    return InContext(q, declined=f"“{q.text}”是问{col}的，还是{label}的总数？",
                     choices=[Option(f"{label}（{col}）", full + col), Option(f"{label}（总数）", full)])


def _claim_on_carried(full: str, q: Query, t: Thread) -> InContext | None:
    """部分公开写的8件: the carried figure, checked against that number."""
    said = CLAIM_AGAIN.search(q.text)
    if q.claimed is not None and q.claim_percent and not t.reread(full).claim_percent:
        # 一半以上都予以公开了，对吗: the share carried over, checked against the share claimed
        bound = {">": "超过", "<": "不到"}.get(q.claim_bound, "")
        checked = f"{full}，有报道称{bound}{as_number(Decimal(str(q.claimed)))}%，对吗"
        return t.written_out(checked, remember_as=full)
    if not (said and q.metrics):
        return None
    checked = f"{full}，有报道称{said.group(1)}，对吗"
    return t.written_out(checked, remember_as=full)
