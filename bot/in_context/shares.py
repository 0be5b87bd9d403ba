"""Shares and parts of the figure just asked: 占多少, 其中…, 分母换成…, 是什么理由, 这类申请."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.follow_up import carry_over, cn_number, figure_words, question_stem
from bot.in_context.thread import (
    RATE_WORDS,
    InContext,
    Thread,
    own_columns,
    year_not_held,
    year_of,
    year_shown,
)
from bot.rows import LEGAL_PERSONS, column_spans, find_metrics, metric_spans
from bot.understand import Query


def scope_with_the_last_figure(q: Query, t: Thread) -> InContext | None:
    """三家自然资源部门加起来收了多少 after 北戴河收到几件: those agencies (chosen by a word of their names), with
    the figure the thread is on."""
    if not ((q.sector or q.place_ids) and not q.metrics and not q.mentions and re.search(r"加起来|合计|一共|总共|排|最多|最少|哪家|谁", q.text)):
        return None
    last = t.conv.last_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if not words:
        return None
    return t.written_out(re.sub(r"(?:收了|有)?(?:多少|几件)?[?？。]*$", "", q.text) + words + "多少")


_NEW_WHOLE = re.compile(r"^(?:那|要是|如果|若|假如)?(?:把)?(?:分母|基数|除数|底数)(?:换成|改成|改为|换为|用|按|是)(.+?)(?:的话|来算|算的话|算|呢)*[?？。]*$")


_OVER_ANOTHER = re.compile(r"^(?:那)?(?:再)?占(?:了)?(?:全部|所有|整个)?([^，,。？?]{2,16}?)(?:的)?(?:又|则|呢)?(?:是)?"
                           r"(?:多少|几成|多大比例|百分之几|百分之多少|比例|比重)?(?:呢)?[?？。]*$")


_PUT_INTO = re.compile(r"^(?:那|要是|如果)?(?:放到|放在|放进|搁到|搁在|拿到|算到|算在)(?:全部|所有|整个)?([^，,。？?]{2,16}?)"
                       r"(?:里|里面|中|当中|之中)(?:的话)?(?:来看|看)?(?:呢|又是多少|是多少|占多少|占几成|比例呢|占比呢)*[?？。]*$")


def another_whole(q: Query, t: Thread) -> InContext | None:
    """占办结的比例 → 要是分母换成新收申请呢: the same part, over the whole named."""
    # (占全部办理结果总计又是多少 / 放到全部办理结果总计里呢: the whole said now)
    said = _NEW_WHOLE.match(q.text) or _OVER_ANOTHER.match(q.text) or _PUT_INTO.match(q.text)
    last = t.conv.last_question
    at = last.rfind("占")
    if not (said and at > 0 and t.reread(last).ratio and metric_spans(said.group(1), generic=True)):
        return None
    return t.written_out(last[:at] + "占" + said.group(1) + "的比例")


def share_in_another(q: Query, t: Thread) -> InContext | None:
    """平潭的占办结比例 after 发改委本机关不掌握几件: the same part, in the agency named, over the whole named."""
    lead = re.match(r"^(?:那)?(.{1,20}?)(?:的)?占", q.text)
    if not (lead and q.mentions and q.ratio and t.conv.last_question and all(m.end <= lead.end(1) for m in q.mentions)):
        return None
    before = q.text[: lead.end(1)]
    if metric_spans(before) or column_spans(before) or RATE_WORDS.search(q.text[lead.end() :]) and metric_spans(before, generic=True):
        return None  # the part is named before 占 (淮安同年的自然人申请占比): a question of its own
    full = carry_over(t.conv.last_question, q, t.catalog, t.conv.years_seen, t.conv.agencies_seen)
    return (year_not_held(full, q, t) or t.written_out(full)) if full else None


def outside_the_sum(q: Query, t: Thread) -> InContext | None:
    """甲占甲乙合计的比例 → 平潭22年是多少: an agency outside that sum has no share of it; its figure is asked."""
    last = t.conv.last_question
    group = re.search(r"占(.+?)合计的比例$", last)
    if not (group and q.mentions and not q.metrics and not q.ratio and not q.difference and not q.add_up and q.intent in ("lookup", "narrative")):
        return None
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    if any(n and n in group.group(1) for n in named) or len(q.mentions) != 1:
        return None
    if metric_spans(group.group(1)) and not t.catalog.mentions(group.group(1)):
        return None  # 处罚占许可、处罚合计的比例 → 淮安市呢: a sum of rows, which every agency has (the same share)
    rows = metric_spans(last[: group.start()])
    words = "".join(last[s:e] for s, e in rows)
    if not words:
        return None
    m = q.mentions[0]
    return t.written_out(q.text[m.start : m.end] + "".join(f"{y}年" for y in q.years) + words + "多少")


_LARGEST_SHARE = re.compile(r"^(?:那)?(?:其中)?(?:(?:哪家|哪个单位|谁|哪一家)(?:的)?(?:占比|占的比例|占得|所占比例|比重)(?:最大|最高|最多)(?:[，,]?(?:是谁|是哪家))?"
                            r"[，,]?(?:占(?:了)?(?:多少|几成|百分之几|百分之多少|多大比例|比例))?"
                            # 高的那家占这个合计的比例是多少: the larger part of the sum just shown
                            r"|(?:较|更|最)?(?:高|多|大)(?:的)?(?:那家|那个|一家)占(?:了)?(?:这个|这)?(?:合计|总数|总和|之和)(?:的)?"
                            r"(?:比例|比重|百分之几|百分之多少|几成|多少)(?:是)?(?:多少)?)[?？。]*$")


def largest_share_of_the_sum(q: Query, t: Thread) -> InContext | None:
    """你们收录的机关…加起来一共多少 → 哪家占比最大，占多少: the agency with the largest part, its share of the sum."""
    conv = t.conv
    if not (_LARGEST_SHARE.match(q.text) and len(set(conv.last_agencies)) >= 2 and len(conv.listed_values) == len(conv.listed)):
        return None
    if any(v is None for v in conv.listed_values) or len(set(zip(conv.listed, conv.listed_at, strict=False))) != len(conv.listed):
        return None  # a blank part, or one agency twice: which is largest is not read here
    top = max(range(len(conv.listed)), key=lambda k: conv.listed_values[k])
    if sorted(conv.listed_values, reverse=True)[:2].count(conv.listed_values[top]) > 1:
        return None  # a tie at the top: no one agency to name
    read = share_of_the_sum(t.reread(f"{conv.listed[top]}占多少"), t)
    if read is not None:
        read.notes.append(f"占比最大的是{conv.listed[top]}（{conv.listed_at[top]}年）")
    return read


_IT_OVER = re.compile(r"^(?:那)?(?:刚才|刚刚|上面)?(?:它|这个数|这个合计|这个总数|这个和|上一个数|上个数|这个|这些|这一项)"
                      r"(?:的)?(?:数)?(?:在)?占(?:了)?(?P<whole>.+)$")


def it_over_its_own_whole(q: Query, t: Thread) -> InContext | None:
    """平潭2022年不予公开一共几件 → 它占平潭办结总数的比例 (它在…里占): the figure just shown over a whole of the same report
    (它 is the figure here: the agency named after 占 is the one the thread is on)."""
    said = _IT_OVER.match(q.text)
    conv = t.conv
    if not (said and q.ratio and (q.metrics or find_metrics(said.group("whole"), keep_generic=True))
            and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    if conv.options and conv.left_unread and not q.mentions:
        # 把最后这两大类合在一起 (asked back: words not understood) → 它占…: that turn's figure was never given
        return InContext(q, declined=f"上一句还没有答出数字，“{said.group(0)[:1]}”指哪个数没能确定；请把要算的两项都说完整")
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    # (它占淮安市全部新收申请的比例: the place named is the thread's agency's, its other units aside)
    own = all(m.kind == "region" and conv.last_agencies[0] in {t.names.get(i) for i in m.agency_ids} for m in q.mentions)
    if (named - set(conv.last_agencies) and not own) or any(m.start < said.start("whole") for m in q.mentions):
        return None
    words = figure_words(conv.last_question)
    if not words or RATE_WORDS.search(words) or (conv.last_part and t.reread(conv.last_question).which_part):
        return None  # (哪个理由最多 → 它占不予公开的比例: 它 is the part just shown, read as such further on)
    last = conv.last_question
    cols = [last[a:b] for a, b in column_spans(last, active=False) if last[a:b] != "总计"]
    if len(cols) >= 2 and t.reread(last).add_up:  # 商业企业和法律服务机构加起来 → 这个数在新收里占几成: their sum
        words = "".join(last[a:b] for a, b in metric_spans(last)) + "和".join(cols) + "加起来"
    elif t.reread(last).exclude_column:  # 自然人以外的都加起来 → 这些占新收的百分之几: the row less that column
        words = "".join(last[a:b] for a, b in metric_spans(last)) + "去掉" + t.reread(last).exclude_column
    elif t.reread(last).add_up and len(t.reread(last).metrics) >= 2 and not t.reread(last).mixed_sum:
        # 予以公开加部分公开一共多少 → 刚才这个合计占（七）总计的比重: the rows added, over that whole
        words = "加".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))

    whole = said.group("whole")
    for m in sorted(q.mentions, key=lambda m: -m.start):
        a, b = m.start - said.start("whole"), m.end - said.start("whole")
        whole = whole[:a] + whole[b:]
    who = conv.last_agencies[0]
    years = conv.years_of.get(who, [])
    # 两年各是多少 → 它在当年办理总计里的占比: each year just shown, its own share
    when = "和".join(f"{y}年" for y in years) if len(years) == 2 and not q.years else year_of(conv, who)
    return t.written_out(f"{who}{when}{words}占{whole}")


_OF_THESE = re.compile(r"占(?:了)?(?:这|那|上面)?(?P<n>[两二三四五六七八九十\d]+)(?:家|份|个单位)(?:的)?(?:合计|总数|总和|加起来|之和)?(?:的)?"
                       r"(?:多少|几成|比例|比重|百分之几|百分之多少|多大)")


def share_of_these_ranked(q: Query, t: Thread) -> InContext | None:
    """(四家采购金额排一下 …) → 回到秀洲分局，它的金额占这四家合计的多少 / 前三加起来 → 第一名占这三份之和的比例:
    its share of the sum of the reports the last list or ranking showed (the count said must be theirs)."""
    conv = t.conv
    said = _OF_THESE.search(q.text)
    if not (said and conv.ranked and all(m.end <= said.start() for m in q.mentions)):
        return None
    ranked = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    listed = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    place = re.match(r"^(?:那)?(?:排(?:在)?)?(?:第([一二三四五六七八九十\d]+)(?:名|位)|(榜首|头名))", q.text)
    if q.mentions:
        named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
        mine = [(a, y) for a, y in ranked if a in named]
    elif place and cn_number(place.group(1) or "一") <= len(ranked):
        mine = [ranked[cn_number(place.group(1) or "一") - 1]]
    else:
        return None
    n = cn_number(said.group("n"))
    summed = re.search(r"加起来|合起来|合计|一共|总共|之和", conv.last_question)
    if n == len(listed) and mine and mine[0] in listed and conv.last_question != conv.ranked_question and summed:
        places, words = listed, figure_words(conv.last_question)  # 前三加起来 → 第一名占这三份之和: the sum just shown
    elif n == len(ranked):
        places, words = ranked, figure_words(conv.ranked_question)
    else:
        return None
    own = [q.text[a:b] for a, b in metric_spans(q.text[: said.start()])]
    if own:  # 行政许可决定里，洪泽占两家合计的百分之几: the row named now, over the reports ranked
        words = "".join(dict.fromkeys(own))
    if len(mine) != 1 or not words or RATE_WORDS.search(words):
        return None
    (who, year), whole = mine[0], "、".join(f"{a}{y}年" for a, y in places)
    return t.written_out(f"{who}{year}年{words}占{whole}{words}合计的比例")


_OVER_IT = re.compile(r"占(?:了)?(?:其中|这其中|这里面|这里头|里面|里头|这个里面)(?:的)?")


def share_over_the_last(q: Query, t: Thread) -> InContext | None:
    """不予处理那几项合计多少 → 重复申请占其中多少: the row named now over the figure just shown (其中 is it, never
    the table's total)."""
    said = _OVER_IT.search(q.text)
    conv = t.conv
    if not (said and q.metrics and not q.mentions and len(conv.last_agencies) == 1 and conv.last_question
            and not RATE_WORDS.search(conv.last_question)):
        return None
    last = conv.last_question
    whole = "".join(dict.fromkeys(last[s:e] for s, e in metric_spans(last)))
    if not whole or len(t.reread(last).metrics) != 1:
        return None
    who = conv.last_agencies[0]
    text = f"{who}{year_shown(conv, who)}{q.text[: said.start()]}占{whole}的{q.text[said.end() :]}"
    return t.written_out(text)


_TOP_OVER_ALL = re.compile(r"^(?:那)?前(?P<top>[两二三四五六七八九十\d])(?:名|家|份|位)?(?:的)?(?:加起来|合起来|合计|一共|加在一起)?(?:的)?占(?:这|了)?"
                          r"(?:(?P<n>[两二三四五六七八九十\d]+)(?:份|家|个单位)(?:报告|年报)?|全部|所有(?:报告|年报|单位)?"
                          r"|(?P<this>个|刚才的?|上面的?)(?=总量|合计|总数|之和|总和))(?:的)?"
                          r"(?:总量|合计|总数|之和|总和|加起来)?(?:的)?")


def top_places_over_all(q: Query, t: Thread) -> InContext | None:
    """本年新收排前三的是哪几家 → 前三加起来占九份总量的百分之多少: the first places of the last ranking, summed, over
    the sum of every report it ranked (the count said must be theirs)."""
    said = _TOP_OVER_ALL.match(q.text)
    conv = t.conv
    if not (said and conv.ranked and conv.ranked_question and not q.mentions and RATE_WORDS.search(q.text)):
        return None
    places = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    top = cn_number(said.group("top"))
    if (said.group("n") and cn_number(said.group("n")) != len(places)) or not 1 < top < len(places):
        return None
    if said.group("this") and set(zip(conv.listed, conv.listed_at, strict=False)) != set(places):
        return None  # 占这个总数: the sum just shown must be of the reports ranked
    words = figure_words(conv.ranked_question)
    if not words or RATE_WORDS.search(words):
        return None
    part = "和".join(f"{a}{y}年" for a, y in places[:top])
    whole = "、".join(f"{a}{y}年" for a, y in places)
    return t.written_out(f"{part}{words}加起来占{whole}{words}合计的比例",
                         f"接上题：上面排名的前{top}份相加，占全部{len(places)}份之和")


_OF_THE_PAIR = re.compile(r"^(?:那)?(?:按(?P<by>[^，,占]{1,6}?)(?:来)?(?:算|看)[，,])?(?P<who>[^，,占]{1,20}?)(?:的)?占(?:了)?(?:这|那)?"
                          r"(?P<n>[两二三四五六七八九十\d])家(?:的)?(?P<what>[\u4e00-\u9fff]{0,8}?)(?:合计|总数|总和|总额|加起来|之和)?(?:的)?"
                          r"(?:多少|几成|比例|比重|百分之几|百分之多少|百分比)")


def share_of_the_agencies_said(q: Query, t: Thread) -> InContext | None:
    """两家的采购项目数加起来 → 按金额算，秀洲占两家采购总额的百分之几: that agency's share of the agencies just
    added, on the figure said now (else the one added)."""
    said = _OF_THE_PAIR.match(q.text)
    conv = t.conv
    if not (said and q.ratio and len(q.mentions) == 1 and q.mentions[0].end <= said.end("who")):
        return None
    agencies = list(dict.fromkeys(conv.last_agencies))
    named = [t.names.get(i) for i in q.mentions[0].agency_ids]
    if cn_number(said.group("n")) != len(agencies) or len(named) != 1 or named[0] not in agencies:
        return None
    if not all(a in conv.seen_in for a in agencies):
        return None
    now = (said.group("by") or "") + said.group("what")
    last = conv.last_question
    words = "".join(now[a:b] for a, b in sorted(metric_spans(now, generic=True) + column_spans(now))) or "".join(
        last[a:b] for a, b in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if not words or RATE_WORDS.search(words):
        return None
    whole = "、".join(f"{a}{conv.seen_in[a]}年" for a in agencies)
    return t.written_out(f"{named[0]}{conv.seen_in[named[0]]}年{words}占{whole}{words}合计的比例")


def share_of_the_sum(q: Query, t: Thread) -> InContext | None:
    """其中安康占多少 / 秀洲分局占几成 after a figure of several agencies: its share of their sum."""
    conv = t.conv
    place = re.match(r"^(?:那)?(?:其中)?(?:排(?:在)?)?(?:第([一二三四五六七八九十\d]+)(?:名|位)?(?:的)?(?:那家|那个|一家)?|榜首|头名"
                     r"|(?P<last>最后(?:一名|一家|那家)|垫底(?:的)?(?:那家)?|倒数第一(?:名)?))", q.text)
    order = conv.ranked or (list(dict.fromkeys(conv.listed)) if place and place.group("last") else [])
    if place and not q.mentions and q.ratio and order and cn_number(place.group(1) or "一") <= len(order):
        # 第一名一家就占了其中的百分之多少 / 排第一那家占这个合计的比例 after a sum of the agencies ranked (最后那家: the last
        # of those listed): that place's agency
        at = len(order) if place.group("last") else cn_number(place.group(1) or "一")
        before = conv.ranked_before
        if order is conv.ranked and before and at <= len(before) and before[at - 1] != order[at - 1] and not place.group("last"):
            # 不算秀洲分局，前三名 → 这五家加在一起 → 第一名占这个合计: first in which ranking is not plain
            rest = q.text[place.end() :]
            return InContext(q, declined=f"“{place.group(0)}”指哪一个排名里的？", choices=[
                Option(f"{order[at - 1]}（去掉后重排的第{at}）", order[at - 1] + rest),
                Option(f"{before[at - 1]}（原来排名的第{at}）", before[at - 1] + rest)])
        q = t.reread(order[at - 1] + q.text[place.end() :])
    # (多的那家 of two: the larger one, 最 not said)
    extreme = re.match(r"^(?:那)?(?:其中|这里面|这里头|这些里|这些)?(?:这|那)?(?:[两三四五六七八九十\d]+(?:家|份)|几家|几份)?(?:里|中|当中|里面)?(?:的)?(?:(?:数|数字)?(?:最|更)?(?P<way>多|大|高|少|小|低))的(?:那|这)?(?:一)?(?:家|个|个单位)",
                       q.text)
    values = [v for v in conv.listed_values if v is not None]
    if (extreme and not q.mentions and q.ratio and len(conv.last_agencies) >= 2 and len(values) == len(conv.listed) >= 2
            and len(set(conv.listed)) == len(conv.listed)):
        # 这三家加起来 → 三家里最多的那家占三家合计的比例: the agency with the largest figure just listed (never a tie)
        pick = max(values) if extreme.group("way") in "多大高" else min(values)
        if values.count(pick) == 1:
            q = t.reread(conv.listed[values.index(pick)] + q.text[extreme.end() :])
    pointer = re.search(r"占(?:了)?(?:这个|那个|这|那)(?P<what>[^，,占]{1,6}?)(?:合计|总数|总和|之和)", q.text)
    if pointer and conv.last_question and q.mentions and all(m.end <= pointer.start() for m in q.mentions):
        # 洪泽在这个诉讼合计里占多大比例: the sum just shown, named by its row (never a row of another share)
        said_rows = {m.key for m in find_metrics(pointer.group("what"))}
        if said_rows and said_rows <= {m.key for m in t.reread(conv.last_question).metrics}:
            q = t.reread(q.text[: pointer.start("what")] + q.text[pointer.end("what") :])
    said = re.match(r"^(?:那)?(?:其中)?(.{1,16}?)(?:一家)?(?:就|却|竟然|竟|则)?(?:的)?占了?(?:这其中|其中|里面|当中|这个总数|这个合计|这个总和|这个数|总数|合计|总和|全部|总量|整体|所有)?(?:的)?"
                    r"(?:(?:这|那)?(?P<n>[两三四五六七八九十几\d]+)家(?:的)?(?:合计|总数|总和|加起来)?(?:的)?)?"
                    r"(?:多少|几成|多少成|比例|比重|百分之几|百分之多少|百分比|多大|的比例|比)", q.text)
    if said and said.group("n") and said.group("n") != "几" and cn_number(said.group("n")) != len(conv.last_agencies):
        return None  # 占这五家 after a sum of another number of agencies: not that sum
    if not (said and q.mentions and q.ratio and len(conv.last_agencies) >= 2 and all(m.end <= said.end(1) for m in q.mentions)):
        return None
    if q.text[said.end(1) :].lstrip("的").startswith("占比") and RATE_WORDS.search(conv.last_question):
        return None  # 平潭的占比 after two shares set side by side: its own share again, not of their sum
    named = [t.names.get(i) for m in q.mentions for i in m.agency_ids]
    before = said.group(1)
    for m in sorted((m for m in q.mentions if m.end <= said.end(1)), key=lambda m: -m.start):
        before = before[: m.start - said.start(1)] + before[m.end - said.start(1) :]
    last = conv.last_question
    if metric_spans(before, generic=True) or any(before[a:b] not in last for a, b in column_spans(before)):
        return None  # 市政府复议里还没审结的占多少: a share of its own, not the agency's share of the sum
    if re.search(r"(?:那一?组|那一?类|那一?栏|这一?组)?(?:里|中|当中|里面|里头)[^，,]*$", before) and column_spans(before):
        return None  # 淮安那一组里维持占几成: a column inside that agency's own row, not the agency's share of the sum
    # (乍浦镇的项目数占这个合计的多少: the column of the sum said again)
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if len(named) != 1 or named[0] not in conv.last_agencies or not words:
        return None
    def year(a: str) -> str:
        return f"{conv.seen_in[a]}年" if a in conv.seen_in else ""
    if q.years and [conv.seen_in.get(named[0])] != q.years:
        return None  # (平潭2021年的占比: the year said is read, never the one of the sum put in its place)
    whole = "、".join(a + year(a) for a in conv.last_agencies)
    pairs = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    if len(pairs) > len(conv.last_agencies) and {a for a, _ in pairs} == set(conv.last_agencies):
        # 九份报告加起来 → 淮安市政府一家占多少: over every report added (two years of one agency are two)
        years_of: dict[str, list[int]] = {}
        for a, y in pairs:
            years_of.setdefault(a, []).append(y)
        whole = "、".join(a + "和".join(f"{y}年" for y in sorted(ys)) for a, ys in years_of.items())
    return t.written_out(f"{named[0]}{year(named[0])}{words}占{whole}{words}合计的比例")


_SUM_OVER_ONE = re.compile(r"^(?:那)?(?:这个数|这个合计|这个总数|这个和|合计|加起来的?|合起来的?|它们|这些|这[两三四五六七八九十\d]+份(?:加起来|加一起|加在一起|合起来)?)?"
                           r"(?:[，,])?(?:的)?(?:相当于|占|是)(?P<named>.{2,16}?)(?:一家|一个单位|一份)?(?:的)?"
                           r"(?:百分之几|百分之多少|几成|多少成|比例|多少|几分之几|几倍|多少倍)(?:呢)?[?？。]*$")


def sum_over_one(q: Query, t: Thread) -> InContext | None:
    """除了淮安市，剩下八份加起来 → 这个数相当于淮安一家的百分之几: the sum just shown (every report it added) over
    the same figure of the agency named now."""
    conv = t.conv
    said = _SUM_OVER_ONE.match(q.text)
    named = list(dict.fromkeys(t.names.get(i) for m in q.mentions for i in m.agency_ids))
    pairs = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    if not (said and q.ratio and len(named) == 1 and named[0] not in conv.listed and len(pairs) >= 2 and conv.last_question
            and all(said.start("named") <= m.start for m in q.mentions)):
        return None
    last = t.reread(conv.last_question)
    if not (last.add_up and len(last.metrics) == 1 and not last.ratio) or q.metrics:
        return None
    words = figure_words(conv.last_question)
    years_of: dict[str, list[int]] = {}
    for a, y in pairs:
        years_of.setdefault(a, []).append(y)
    part = "、".join(a + "和".join(f"{y}年" for y in sorted(ys)) for a, ys in years_of.items())
    who = named[0]
    held = t.held.get(next(i for i, n in t.names.items() if n == who), {})
    year = f"{max(held)}年" if held and not q.years else "".join(f"{y}年" for y in q.years)
    asked = "的几倍" if re.search(r"倍", said.group(0)) else "的百分之几"
    return t.written_out(f"{part}{words}加起来相当于{who}{year}{asked}")


_BARE_SHARE = re.compile(r"^(?:那)?(?:这个数|这个合计|合计|加起来的?|它们|两项|几项)?(?:的)?(?:一共)?(?:占比|占了?(?:多少|几成|多大比例|比例|比重|百分之几|百分之多少)|比例|比重)(?:是)?(?:多少)?(?:呢)?[?？。]*$")


def share_of_rows_summed(q: Query, t: Thread) -> InContext | None:
    """予以公开和部分公开加起来 → 占多少: that sum over the whole its rows belong to (said in the answer)."""
    conv = t.conv
    last = conv.last_question
    if not (_BARE_SHARE.match(q.text) and not q.mentions and not q.metrics and len(conv.last_agencies) == 1 and last):
        return None
    before = t.reread(last)
    if not (before.add_up and len(before.metrics) >= 2 and not before.ratio and len({m.table for m in before.metrics}) == 1):
        return None
    stem = re.sub(r"(?:一共|合计|总共)?(?:是)?(?:多少|几件)?(?:呢)?[?？。]*$", "", last)
    return t.written_out(stem + "占比多少")


def part_of_the_sum_just_shown(q: Query, t: Thread) -> InContext | None:
    """处罚、许可、强制三项合计 → 处罚在其中占比 (one of the rows added) / 上年结转加上本年新收一共多少 → 结转到下年度的
    占这个数的比例 (another row of the report): that row over the sum just shown."""
    conv = t.conv
    last = conv.last_question
    # (淮安这一块里行政查询事项占多少: the thread's own agency named beside a pointer at the group just shown)
    own = bool(q.mentions) and len(conv.last_agencies) == 1 and {t.names.get(i) for m in q.mentions for i in m.agency_ids} == {
        conv.last_agencies[0]} and bool(re.search(r"这一?块|这里面|这里头|这些里|这一?类里", q.text))
    if not (q.ratio and len(q.metrics) == 1 and (not q.mentions or own) and not q.years and len(conv.last_agencies) == 1 and last):
        return None
    if column_spans(q.text) and q.part_rows & q.whole_rows:
        return None  # 复议里被纠正的占复议总数多少: a column of the row over the row's own total, a share of its own
    if any(re.search(r"自然人|企业|科研|公益|法律服务|法人", q.text[a:b]) for a, b in column_spans(q.text)):
        return None  # 新收里面自然人申请占比 after 新收、结转、办结 added: a column of the row named, a share of its own
    before = t.reread(last)
    keys = [m.key for m in before.metrics]
    group = before.metrics[0] if len(before.metrics) == 1 else None
    if (group is not None and q.metrics[0].parent == group.key and not (q.whole_rows - {q.metrics[0].key}) and not before.ratio
            and (before.add_up or before.parts_sum)):
        # 不予公开一共多少 → 行政查询那个 它占多少: one part of the group just added, over that group
        who = conv.last_agencies[0]
        part = "".join(q.text[a:b] for a, b in metric_spans(q.text))
        return t.written_out(f"{who}{year_of(conv, who)}{part}占{group.label}的比例")
    if not (before.add_up and len(keys) >= 2 and not before.ratio and len({m.table for m in [*before.metrics, *q.metrics]}) == 1):
        return None
    inside = q.metrics[0].key in keys
    said = (r"其中|这里面|里面|当中|合计|总数|之和|加起来|这[两三四五六七八九十几]项" if inside
            else r"占(?:了)?(?:这个数|这个合计|这个总数|这个和|这一合计|这个数字|它们|这)")
    if not re.search(said, q.text) or (inside and q.whole_rows - {q.metrics[0].key}):
        return None
    part = "".join(q.text[a:b] for a, b in metric_spans(q.text))
    who = conv.last_agencies[0]
    checked = re.search(r"[，,？?。][^，,？?。]*?(?:对得上|对上|对不上|相等|一致|平衡|平不平)", last)
    first = last[: checked.start()] if checked else ""
    if len(metric_spans(first)) >= 2:
        # 新收和上年结转加起来，和办结的加上结转下年度的能对上吗 → 结转到下一年的占这个合计的比例: the sum asked
        # first (the other side is what it is checked against), never all four rows added
        rows = "加".join(first[a:b] for a, b in metric_spans(first))
        return t.written_out(f"{who}{year_of(conv, who)}{part}占{rows}的比例")
    if inside:
        rows = "、".join(last[a:b] for a, b in metric_spans(last))
        return t.written_out(f"{who}{conv.seen_in.get(who, '')}年{part}占{rows}合计的比例")
    rows = "加".join(last[a:b] for a, b in metric_spans(last))
    return t.written_out(f"{who}{year_of(conv, who)}{part}占{rows}的比例")


def share_of_the_parts_sum(q: Query, t: Thread) -> InContext | None:
    """办理结果各项加起来 → 部分公开几件 → 占各项加总的多少: the figure just asked over that sum of parts (the printed
    total left aside, as 按分项算 does). A share of 各项加总 with no such sum before is not guessed."""
    if not (q.ratio and q.parts_sum and not q.metrics and not q.mentions and t.conv.last_question):
        return None
    conv = t.conv
    before = t.reread(conv.history[-1]) if conv.history else None
    last = t.reread(conv.last_question)
    cols = [q.text[a:b] for a, b in column_spans(q.text, active=False)]
    if (last.parts_sum or last.asks_check and last.add_up) and len(last.metrics) == 1 and len(conv.last_agencies) == 1 and len(cols) == 1 and not last.ratio:
        # 分项之和呢 → 按分项之和算，纠正的占多少: that column of the row just summed, over the sum of its parts
        who, row = conv.last_agencies[0], last.metrics[0].label
        return t.written_out(f"{who}{year_shown(conv, who)}{row}{cols[0]}占{row}的比例，按分项算")
    if not (before is not None and before.parts_sum and len(before.metrics) == 1 and len(last.metrics) == 1
            and len(conv.last_agencies) == 1 and not last.ratio):
        return InContext(q, declined="“各项加总”指哪一项的各项之和没能确定，请写明（例如：部分公开占办理结果各项之和的比例）")
    who = conv.last_agencies[0]
    part = "".join(dict.fromkeys(conv.last_question[s:e] for s, e in metric_spans(conv.last_question)))
    # 维持占刚才那个分项合计的比例 after 其中维持的是几件: the column just asked (or named now) goes with the part
    said = cols or [conv.last_question[a:b] for a, b in column_spans(conv.last_question, active=False)]
    part += "".join(w for w in dict.fromkeys(said) if w not in part and w != "总计")
    whole = "".join(dict.fromkeys(conv.history[-1][s:e] for s, e in metric_spans(conv.history[-1])))
    return t.written_out(f"{who}{year_shown(conv, who)}{part}占{whole}的比例，按分项算")


# 占多大比例 / 占几成: how big a share is asked, naming no whole
_SHARE_ASKED = r"占(?:比|几成|多少|百分之几|百分之多少|多大(?:的)?(?:比例|比重|份额|一部分)|多少比例|多少比重|几分之几|(?:的)?比例|(?:的)?比重)"


def part_of_the_last(q: Query, t: Thread) -> InContext | None:
    """其中行政查询事项占几成 after 不予公开一共多少: a part as a share of the row just shown (its whole)."""
    if not (re.match(r"^(?:那)?其中", q.text) and q.ratio and q.metrics and not q.mentions and len(t.conv.last_agencies) == 1
            and not re.search(r"占[^，,。？?]{0,12}(?:的)?(?:比例|几成|多少|百分)", re.sub(_SHARE_ASKED, "", q.text))):
        return None
    last = t.conv.last_question
    whole = t.reread(last).metrics
    if len(whole) != 1 or RATE_WORDS.search(last) or not all(m.parent == whole[0].key.rstrip("~") for m in q.metrics):
        return None
    rows = "".join(last[s:e] for s, e in metric_spans(last))
    stem = question_stem(last)
    parts = q.text[re.match(r"^(?:那)?其中", q.text).end() :]
    parts = re.sub(r"(?:的)?占.*$", "", parts)
    return t.written_out(f"{stem}里，{parts}占{rows}的比例")


def share_inside_the_last(q: Query, t: Thread) -> InContext | None:
    """不予处理五种情形加起来 → 重复申请在里面占多少: a part over the row just shown; 行政查询事项几件 →
    在不予公开里占多少: the row just shown over the group named."""
    conv = t.conv
    if not (q.ratio and not q.mentions and not q.years and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    last = conv.last_question
    if not q.metrics:  # 复议一共多少件 → 其中结果纠正的占多大比例: a column of the row just shown, over its total
        said = re.match(r"^(?:那)?(?:其中|这里面|这里头|这当中|里面)", q.text)
        cols = list(dict.fromkeys(q.text[a:b] for a, b in own_columns(q.text)))
        shown = t.reread(last).metrics
        if not (said and len(cols) == 1 and len(shown) == 1 and not own_columns(last) and not RATE_WORDS.search(last)):
            return None
        who = conv.last_agencies[0]
        rows = shown[0].synonyms[0]  # (直接起诉和复议后起诉加起来: the group read, by its own name)
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}{cols[0]}占{rows}总计的比例")
    shown = t.reread(last).metrics
    if len(shown) != 1 or RATE_WORDS.search(last):
        return None
    who = conv.last_agencies[0]
    head = f"{who}{year_shown(conv, who)}"
    shown_words = "".join(last[a:b] for a, b in metric_spans(last))
    named_words = "".join(q.text[a:b] for a, b in metric_spans(q.text))
    inside = re.search(r"在(?:这|那)?(?:里面|其中|里头|当中|中间)|(?:里面|其中)占", q.text)
    if inside and all(m.parent == shown[0].key.rstrip("~") for m in q.metrics):
        return t.written_out(f"{head}{named_words}占{shown_words}的比例")
    if (len(q.metrics) == 1 and q.metrics[0].key in q.whole_rows and shown[0].parent == q.metrics[0].key
            and re.search(r"^(?:那)?(?:它|这个|这些|这)?(?:的)?(?:在|占)", q.text)):
        return t.written_out(f"{head}{shown_words}占{named_words}的比例")
    return None


_COUNT_OF_IT = re.compile(r"^(?:那)?(?:具体|实际|实际上|绝对数|件数)(?:是|上)?(?:有)?(?:几件|多少件|多少|几个|多少个)(?:呢|啊)?[?？。]*$")


def count_of_the_share(q: Query, t: Thread) -> InContext | None:
    """法律服务机构占几成 → 具体几件: the count behind the share just asked."""
    last = t.conv.last_question
    if not (_COUNT_OF_IT.match(q.text) and last and RATE_WORDS.search(last) and len(t.conv.last_agencies) == 1):
        return None
    stem = re.sub(r"(?:占比|比例|比重|纠错率|纠正率)[^，,。]{0,8}$|(?:里|中)?(?:的)?占[^，,。]*$", "", last)
    if stem == last or not t.reread(stem).metrics:
        return None
    return t.written_out(stem + "多少件")


# 这个占办理结果总数的多少 / 这部分在全部办结件里的比重
_THIS_FIGURE = r"(?:这个数?|这一?项|该项|这些|这部分|这一部分|这几件|这些件|这[两三四五六七八九十\d]+件|这个合计|这个总数|这个和|这[类种样]的?答复|这(?=(?:放)?在|占))"
_SHARE_LEAD = re.compile(rf"^(?:那|其中)?{_THIS_FIGURE}?(?:的)?"
                         r"(?:占|(?:放)?在[^，,。？?]{1,16}?(?:里|中|当中|里面|里头|之中)(?:的)?[，,]?(?:占|比重|比例|占比))")


def share_starting(q: Query, t: Thread) -> InContext | None:
    """占平潭当年新收申请的比例 after 平潭…商业企业提交了几件: the last figure as a share of the whole named."""
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    lead = q.mentions[0].end if (q.mentions and q.mentions[0].start == 0 and named == set(t.conv.last_agencies)
                                 and re.match(_THIS_FIGURE, q.text[q.mentions[0].end :])) else 0  # 洪泽这50件…: its own
    text = q.text[lead:]
    if not (re.match(_SHARE_LEAD, text) and q.ratio and q.metrics and t.conv.last_question
            and not RATE_WORDS.search(t.conv.last_question) and len(t.conv.last_agencies) == 1):
        return None
    if named and named != set(t.conv.last_agencies):
        return None  # (占淮安市政府的…: a share of another agency's figure, read on its own)
    if t.conv.last_part and not lead and t.reread(t.conv.last_question).which_part:
        return None  # 哪个理由最多 → 占不予公开的多少: the part shown first is the share's part (the_part_just_named)
    whole = text[re.match(rf"^(?:那|其中)?(?:{_THIS_FIGURE}|它|其)?(?:的)?", text).end() :]
    whole = re.sub(r"^(?:放)?在(?:它|其)?(?:的)?", "在", whole)  # 这几件在它全年新收里占比: 它 is the report the figure is of
    if lead:
        return t.written_out(question_stem(t.conv.last_question) + whole)
    for m in sorted(q.mentions, key=lambda m: -m.start):  # the agency is the last figure's own
        whole = whole[: m.start - (len(q.text) - len(whole))] + whole[m.end - (len(q.text) - len(whole)) :]
    return t.written_out(question_stem(t.conv.last_question) + whole)


_RATE_SIDE = re.compile(r"^(?:那)?(?:这个|那个|刚才的?)?(?:比例|比率|率|占比|百分比)?(?:的)?(?P<side>分母|分子)(?:是|为|用的是|有)?(?:多少|几|哪个数|什么|是啥|呢|[?？]|$)")
# (named rates: the rows over which each is taken, as they read in a question)
_NAMED_SIDES = (("办结率", "办结", "本年新收加上年结转"), ("实质公开率", "予以公开加部分公开", "办理结果总计"),
                ("不予公开率", "不予公开", "办理结果总计"), ("无法提供率", "无法提供", "办理结果总计"))


def side_of_the_rate(q: Query, t: Thread) -> InContext | None:
    """办结率是多少 → 这个比例的分母是多少件: the whole (or the part) the last rate was taken over, of that report."""
    said = _RATE_SIDE.match(q.text)
    conv = t.conv
    # (分母是多少 → 分子呢: the rate asked one turn before)
    last = next((x for x in [conv.last_question, *conv.history[-1:][::-1]] if x and RATE_WORDS.search(x)), "")
    if not (said and last and len(conv.last_agencies) == 1 and not q.mentions):
        return None
    whole = said.group("side") == "分母"
    sides = next(((p, w) for name, p, w in _NAMED_SIDES if name in last), None)
    kind = next((k for k in ("复议", "诉讼") if k in last), None)
    if sides is None and re.search(r"纠错率|纠正率", last) and kind:
        sides = (f"{kind}纠正", f"{kind}总计")
    if sides is None and "占" in last:
        part, over = last.split("占", 1)
        part_rows = "".join(part[a:b] for a, b in sorted(metric_spans(part) + own_columns(part)))
        over_rows = "".join(over[a:b] for a, b in sorted(metric_spans(over) + own_columns(over)))
        sides = (part_rows, over_rows) if part_rows and over_rows else None
    if sides is None:
        return InContext(q, declined=f"上一句比例的{said.group('side')}是哪一项没能确定，请直接问那一项的件数")
    who = conv.last_agencies[0]
    rows = sides[1] if whole else sides[0]
    total = "一共多少" if "加" in rows else "多少"
    # (the talk goes on from the rate: 洪泽同一年呢 next is its rate, not its 分母)
    return t.written_out(f"{who}{year_of(conv, who)}{rows}{total}", f"接上题：“{said.group('side')}”指{rows}", rate_points=True,
                         remember_as=last)


def the_rate_before(q: Query, t: Thread) -> InContext | None:
    """再看看淮安市2024年的比例 after a count: the share asked earlier in this conversation is what goes on."""
    if not (re.search(r"(?:的|这个|那个|同样的?|这一)(?:比例|比率|占比)", q.text) and not q.metrics
            and not RATE_WORDS.search(t.conv.last_question)):
        return None
    if not (q.mentions or q.years or q.level):
        return None  # 这个占比多少 alone: the share of the figure just shown (carried), not the earlier one
    earlier = next((h for h in reversed(t.conv.history) if RATE_WORDS.search(h) and metric_spans(h)), None)
    last = t.conv.last_question
    if len(t.reread(last).metrics) >= 2:
        # 予以公开和部分公开合起来 → 淮安市政府这个比例: the share of the sum just shown, not the share before it
        who = "".join(q.text[m.start : m.end] for m in q.mentions) or (t.conv.last_agencies[0] if len(t.conv.last_agencies) == 1 else "")
        if not who:
            return None
        rows = "和".join(last[a:b] for a, b in metric_spans(last))
        when = "".join(f"{y}年" for y in q.years)
        return t.written_out(f"{who}{when}{rows}加起来占比多少")
    if earlier is not None:
        t.conv.last_question = earlier
    return None


_OVER_AN_EARLIER_SUM = re.compile(r"^(?:那)?(?P<part>它|这个数|这一?项|这个)?(?:的)?占(?:了)?(?:刚才|前面|上面|之前|先前|你算)(?:的)?(?:那个|这个|那|这)?"
                                  r"(?:合计|加总|总和|之和|总数|和)(?:的)?(?P<ask>比例|比重|百分之几|百分之多少|几成|多少)")


def share_over_an_earlier_sum(q: Query, t: Thread) -> InContext | None:
    """新收加上年结转一共多少 → 结转到下一年的有多少 → 它占前面那个合计的比例: the figure just given over the sum of rows
    worked out a few turns back, in the same report."""
    said = _OVER_AN_EARLIER_SUM.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.years and len(conv.last_agencies) == 1 and conv.last_question and conv.history):
        return None
    last = conv.last_question
    part = t.reread(last)
    if part.ratio or part.add_up or len(part.metrics) != 1 or len(part.years) > 1:
        return None
    for earlier in list(reversed(conv.history))[:4]:
        whole = t.reread(earlier)
        if whole.ratio or whole.difference or not whole.add_up or len(whole.metrics) < 2 or len(whole.years) > 1:
            continue
        same = {i for m in whole.mentions for i in m.agency_ids} == {i for m in part.mentions for i in m.agency_ids} and (
            whole.years == part.years)
        if not same or len({m.table for m in whole.metrics}) != 1:
            return None
        rows = list(dict.fromkeys(earlier[s:e] for s, e in metric_spans(earlier)))
        cols = list(dict.fromkeys(earlier[s:e] for s, e in own_columns(earlier, active=True)))
        if len(rows) < 2 or len(cols) > 1:
            return None
        who = conv.last_agencies[0]
        full = f"{who}{year_of(conv, who)}{figure_words(last)}占{'、'.join(rows)}{''.join(cols)}合计的比例"
        return t.written_out(full, f"接上题：“{said.group(0)[:-len(said.group('ask'))]}”指前面算的{'、'.join(rows)}合计")
    return None


def it_among_those_named(q: Query, t: Thread) -> InContext | None:
    """（乍浦镇…）→ 它的采购金额占秀洲分局、乍浦镇、发改委、安康四家合计的百分之几: 它 is the agency the thread is on,
    one of those named as the whole."""
    said = re.match(r"^(?:那)?(?:它|这家)(?:的)?(?=[^，,。？?]{0,16}?占)", q.text)
    conv = t.conv
    if not (said and q.ratio and len(q.mentions) >= 2 and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in):
        return None
    who = conv.last_agencies[0]
    if who not in {t.names.get(i) for m in q.mentions for i in m.agency_ids}:
        return None
    year = "" if q.years else year_of(conv, who)
    return t.written_out(who + year + q.text[said.end() :], f"接上题：“{said.group(0)}”指{who}")


def sibling_over_the_same_whole(q: Query, t: Thread) -> InContext | None:
    """排第一的那种占不予公开总数的比例 → 国家秘密那项占多少: another part of the same row, over the whole the last share
    named (never the default whole of a share said bare)."""
    conv = t.conv
    if not (q.ratio and len(q.metrics) == 1 and not q.whole_rows and not q.mentions and not q.years and conv.last_question
            and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in):
        return None
    last = t.reread(conv.last_question)
    parts = [m for m in last.metrics if m.key not in last.whole_rows]
    if not (last.ratio and len(last.whole_rows) == 1 and len(parts) == 1 and parts[0].parent and parts[0].parent == q.metrics[0].parent
            and parts[0].key != q.metrics[0].key):
        return None
    whole = re.search(r"占(?P<whole>[^，,。？?]{1,16}?)(?:的)?(?:比例|比重|占比|几成|多少|百分之)", conv.last_question)
    if not whole:
        return None
    said = re.sub(r"占(?:了)?(?:多少|几成|多大比例|比例|比重|百分之几|百分之多少)?(?:呢)?[?？。]*$", "", q.text)
    who = conv.last_agencies[0]
    return t.written_out(f"{who}{conv.seen_in[who]}年{said}占{whole.group('whole')}的比例",
                         f"接上题：按占{whole.group('whole')}的比例算（上一句的口径）")


_INSIDE_THESE = re.compile(r"^(?:那)?(?:这些|这其中|其中|这里面|这里头|这些申请)(?:里头|里面|里|中|当中)?[，,]?(?:有)?(?:几成|多少比例|百分之几|多大比例|多少比重)")


def share_inside_these(q: Query, t: Thread) -> InContext | None:
    """法律服务机构提的申请有多少 → 这些里头有几成予以公开了: that outcome in that column, over the applications of
    that column (never the outcome over all)."""
    said = _INSIDE_THESE.match(q.text)
    conv = t.conv
    if not (said and len(q.metrics) == 1 and not q.mentions and not q.years and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    last = conv.last_question
    cols = [c for c in dict.fromkeys(last[a:b] for a, b in own_columns(last)) if c not in ("总计", "合计")]
    rows = t.reread(last).metrics
    if len(cols) != 1 or len(rows) != 1 or rows[0].key.rstrip("~") != "本年新收" or own_columns(q.text):
        return None
    who = conv.last_agencies[0]
    row = "".join(dict.fromkeys(q.text[a:b] for a, b in metric_spans(q.text)))
    return t.written_out(f"{who}{year_of(conv, who)}{row}{cols[0]}占它们新收申请的比例", f"接上题：“{said.group(0)}”指{cols[0]}的申请")



def share_inside_a_sum_of_columns(q: Query, t: Thread) -> InContext | None:
    """法人或者其他组织加起来一共多少 (118) → 这里面法律服务机构占多少: a column over the columns just added is not
    computed; never the column's share of the row's total."""
    conv = t.conv
    inside = re.match(r"^(?:那)?(?:(?:这|那)(?:里面|里头|其中|当中|些里|些中)|其中)", q.text)
    if not (q.ratio and inside and not q.mentions and conv.sums_said and conv.sums_said[-1][0] == conv.last_question):
        return None
    last = conv.last_question
    cols = [last[a:b] for a, b in column_spans(last) if not re.fullmatch(r"总计|合计|总数", last[a:b])]
    if len(cols) < 2 and not any(c in LEGAL_PERSONS for c in cols):
        return None
    return InContext(q, declined="某一栏占刚才几栏加起来的合计的比例还不会直接算；请分别问这一栏和那几栏的件数，"
                                 "或改问占本行总计的比例（例如：法律服务机构占本年新收的比例）")


def _scope_of_the_sum(asked: str) -> str:
    """两家复议后起诉加起来 → 淮安市人民政府和淮安市洪泽区人民政府2024年: the agencies and years a sum was asked over,
    its rows and asking words taken out."""
    for a, b in sorted(metric_spans(asked, generic=True), reverse=True):
        asked = asked[:a] + asked[b:]
    return re.sub(r"(?:的)?(?:加起来|加一起|加在一起|合起来|一共|总共|合计)(?:是)?(?:多少件?|几件)?[?？。]*$", "", asked).rstrip("的")


_INSIDE_THE_SUM = re.compile(r"^(?:那)?(?:其中|这里面|这里头|这些里|这些当中|里面|里头|当中|(?:刚才)?(?:这个|那个)(?:合计|总数|和)(?:里|中|里面|当中)[，,]?)(?:的)?(?P<part>[^，,。？?占]{2,12}?)(?:的)?(?:提的|申请的|提出的)?(?:的)?占")


def pooled_share_of_the_sum(q: Query, t: Thread) -> InContext | None:
    """五家的新收加一起 → 其中自然人提的占多少: the column named, added over the same reports, over that sum (the
    reports pooled, never each one's share apart)."""
    said = _INSIDE_THE_SUM.match(q.text)
    conv = t.conv
    if not (said and q.ratio and not q.mentions and not q.years and len(conv.last_agencies) >= 2 and conv.last_question):
        return None
    last = t.reread(conv.last_question)
    cols = [said.group("part")[a:b] for a, b in column_spans(said.group("part"))]
    if not (last.add_up and not last.ratio and not last.difference and len(last.metrics) == 1 and len(cols) == 1
            and not find_metrics(said.group("part")) and not own_columns(conv.last_question)):
        return None
    rows, scope = figure_words(conv.last_question), _scope_of_the_sum(conv.last_question)
    return t.written_out(f"{scope}合在一起算，{rows}里{cols[0]}占多少")


_BARE_SHARE_OF_A_ROW = re.compile(r"^(?:那)?(?:它|这个合计|这个数|这个)?占(?:了)?(?P<whole>[^，,。？?占]{1,10}?)(?:的)?(?:比例|比重|多少|几成|百分之几|百分比)(?:是多少|多少)?(?:呢)?[?？。]*$")


def pooled_share_of_a_row(q: Query, t: Thread) -> InContext | None:
    """两家复议后起诉加起来 → 占诉讼的比例: the sum just shown over the row named, added over the same reports (the
    reports pooled, never each one's share apart)."""
    said = _BARE_SHARE_OF_A_ROW.match(q.text)
    conv = t.conv
    if not (said and q.ratio and not q.mentions and not q.years and len(conv.last_agencies) >= 2 and conv.last_question):
        return None
    last = t.reread(conv.last_question)
    whole = find_metrics(said.group("whole"))
    if not (last.add_up and not last.ratio and not last.difference and len(last.metrics) == 1 and len(whole) == 1
            and whole[0].key != last.metrics[0].key and not own_columns(conv.last_question) and not column_spans(said.group("whole"))):
        return None
    rows, scope = figure_words(conv.last_question), _scope_of_the_sum(conv.last_question)
    return t.written_out(f"{scope}合在一起算，{rows}占{said.group('whole')}的比例")


_POOLED_SAID = re.compile(r"^(?:那)?(?:按|用)?(?:合计|合并|合起来|加总|加起来|汇总)(?:的|后的)?(?:口径|数|来算|算)[，,]?|^(?:那)?(?:合在一起|放在一起|并在一起)算[，,]?"
                          r"|^(?:那)?(?:两家|几家|[三四五]家)?(?:合起来|加起来|合在一起)(?:的|看)?(?=[^，,。？?]{1,10}?(?:占比|比例|比重|率))")


def pooled_rate_of_the_talk(q: Query, t: Thread) -> InContext | None:
    """两家合计新收多少 → 其中自然人的合计 → 按合计口径，自然人占比是多少: the rate asked, of the agencies the talk
    added, pooled (each part and whole added over their reports first)."""
    said = _POOLED_SAID.match(q.text)
    conv = t.conv
    if not (said and q.ratio and not q.mentions and not q.years and len(conv.last_agencies) >= 2 and conv.last_question):
        return None
    if re.search(r"(?<!复议)(?<!诉讼)(?:纠错|纠正|维持|败诉)率", q.text):
        return None  # (合在一起算纠错率: of the kind the talk is on, read further on)
    last = t.reread(conv.last_question)
    years = sorted({y for y in last.years}) or sorted({conv.seen_in[a] for a in conv.last_agencies if a in conv.seen_in})
    if not last.add_up or len(years) != 1:
        return None
    names = "和".join(conv.last_agencies)
    return t.written_out(f"{names}{years[0]}年合在一起算，{q.text[said.end() :]}")


_OVER_THE_SUM_BEFORE = re.compile(r"占(?:了)?(?:刚才|前面|上面|之前)?(?:的)?(?:那个|这个)?(?:两年|两家|两份)?(?:的)?(?P<whole>[^，,。？?占]{0,8}?)"
                                  r"(?:合计|总数|总和|之和|总量|加总)(?:的)?(?:比例|比重|多少|几成|百分之几|百分比)")


def pooled_share_over_an_earlier_sum(q: Query, t: Thread) -> InContext | None:
    """两家新收合计 → 其中自然人提的合计呢 → 占刚才那个合计的比例 / …两年加在一块 → 占两年办结总数的几成: the sum just
    shown over the whole said (or the sum before it), both added over the same reports (pooled, never each apart)."""
    said = _OVER_THE_SUM_BEFORE.search(q.text)
    conv = t.conv
    if not (said and q.ratio and not q.mentions and not q.years and conv.last_question and said.start() <= 2):
        return None
    last = t.reread(conv.last_question)
    ids = list(dict.fromkeys(i for m in last.mentions for i in m.agency_ids))
    if not (last.add_up and not last.ratio and not last.difference and len(last.metrics) == 1):
        return None
    if len(ids) >= 2 and len(set(last.years)) <= 1:
        years = last.years or sorted({conv.seen_in[a] for a in conv.last_agencies if a in conv.seen_in})
        if len(set(years)) != 1:
            return None
        scope = "和".join(t.names[i] for i in ids) + f"{years[0]}年"
    elif len(ids) == 1 and len(set(last.years)) == 2:
        scope = t.names[ids[0]] + "和".join(f"{y}年" for y in sorted(set(last.years)))
    else:
        return None
    part = figure_words(conv.last_question)
    whole = said.group("whole") if find_metrics(said.group("whole")) else (figure_words(conv.history[-1]) if conv.history else "")
    if not part or not whole or part == whole:
        return None
    return t.written_out(f"{scope}合在一起算，{part}占{whole}的比例")
