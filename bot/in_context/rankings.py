"""Follow-ups on a ranking just shown: 第二呢, 最少的那家, 排在X后面的, 倒数第二, 从多到少全排一下."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.follow_up import RANK_WORDS, TWO_PLACES, cn_number, figure_words, question_stem
from bot.in_context.thread import (
    ADDED,
    BARE_GAP,
    RATE_WORDS,
    InContext,
    Thread,
    own_columns,
    place_named,
    row_added_to_share,
    without_names,
    year_of,
)
from bot.rows import column_spans, find_metrics, metric_spans
from bot.understand import POSITION, Query
from bot.when import read_period
from index.model import ACTIVE

_N_REPORTS = re.compile(r"(?:这|那)?([两二三四五六七八九十\d]+)份(?:报告|年报)?")


def reports_of_the_ranking(q: Query, t: Thread) -> Query | None:
    """淮安市政府那个数，占九份报告新收申请合计的百分之几: the reports of the last ranking, each agency with its years."""
    said = _N_REPORTS.search(q.text)
    conv = t.conv
    pairs = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    if not (said and q.mentions and conv.ranked and cn_number(said.group(1)) == len(pairs) >= 2 and (q.ratio or q.add_up)):
        return None
    by_agency: dict[str, list[int]] = {}
    for a, y in pairs:
        by_agency.setdefault(a, []).append(y)
    names = "、".join(a + "和".join(f"{y}年" for y in sorted(ys)) for a, ys in by_agency.items())
    head = q.text[: said.start()]
    for m in sorted((m for m in q.mentions if m.end <= said.start()), key=lambda m: -m.start):
        who = t.names.get(m.agency_ids[0]) if len(m.agency_ids) == 1 else None
        if who in conv.ranked and not read_period(head[m.end : m.end + 6]).years:  # 淮安市政府那个数: in its ranked year
            head = head[: m.end] + f"{conv.ranked_at[conv.ranked.index(who)]}年" + head[m.end :]
    text = head + names + q.text[said.end() :]
    if not metric_spans(text):  # (占九份报告的百分之几: the figure ranked)
        last = conv.ranked_question
        text = text.replace(names, names + "".join(last[s:e] for s, e in metric_spans(last, generic=True)), 1)
    text = re.sub(r"(?:那个|这个)数[，,]?", "", text)
    return t.reread(text)


def named_after_ranking(q: Query, t: Thread) -> InContext | None:
    """哪两家最多 → 发改委呢: that agency's figure in the ranking just shown (in the year it was ranked for)."""
    conv = t.conv
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not (len(ids) == 1 and not q.metrics and not q.years and conv.ranked and conv.last_question == conv.ranked_question):
        return None
    said = without_names(q)
    if not re.fullmatch(r"(?:那|那么)?(?:的)?(?:呢|怎么样|如何|多少|是多少|有多少|几件)?[?？。]*", said):
        return None
    who = t.names[next(iter(ids))]
    if who not in conv.ranked:
        return None
    last = conv.ranked_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if not words:
        return None
    year = conv.ranked_at[conv.ranked.index(who)]
    return t.written_out(f"{who}{year}年{words}多少")


_ADDED_AFTER = re.compile(r"^(?:那)?(.{2,24}?)(?:的)?(?:是)?(?:多少|几件|几个|呢)?[，,](?:也|再)?(?:把它|把这家)?(?:也)?"
                          r"(放进去|放进来|加进去|加进来|算进去|算进来|拉进来|拉进去)(?:一起)?[，,]?(.*)$")
_EXTREME = re.compile(r"^(?:那)?(?:排名里|里面|其中|这里面)?(?P<lead>[\u4e00-\u9fff]{0,6}?)(?:最(?P<dir>多|高|大|少|低|小)|(?P<last>排(?:在)?最后|垫底|倒数第一)|"
                      r"(?P<first>排(?:在)?第一|榜首)|(?:较|更)?(?P<pair>多|高|大|少|低|小))(?:的(?:是)?(?:那家|那个|那位|那份|那边|一家|一边|单位|哪家|哪个|哪一家|谁)|(?:那家|那个|那一家)(?=[，,]))")


def tied_places(q: Query, t: Thread) -> InContext | None:
    """复议总计前三 → 并列的那两家纠正各几件: the places of the list shown that share one figure, named."""
    said = re.search(r"(?:排名)?并列(?:第[一二三四五六七八九十\d]+)?(?:的)?(?:那|这)?(?:两|二|几|[三四五])(?:家|个单位|份)(?:的)?", q.text)
    conv = t.conv
    if not said or q.mentions:
        return None
    shown = list(zip(conv.listed, conv.listed_at, conv.listed_values, strict=False))
    by_value: dict[float, list[tuple[str, int]]] = {}
    for a, y, v in shown:
        if v is not None:
            by_value.setdefault(v, []).append((a, y))
    ties = [g for g in by_value.values() if len(g) >= 2]
    if len(ties) != 1:
        return InContext(q, declined=f"“{said.group(0)}”指哪几家没能确定（上面列出的数字里{'没有' if not ties else '不止一组'}并列的），请写出单位名称")
    count = re.search(r"(两|二|[三四五])(?:家|个单位|份)", said.group(0))
    if count and cn_number(count.group(1)) != len(ties[0]):
        return InContext(q, declined=f"上面并列的是{len(ties[0])}家，不是{count.group(1)}家，请写出单位名称")
    names = "和".join(f"{a}{y}年" for a, y in ties[0])
    last = conv.ranked_question or conv.last_question
    rows = "" if q.metrics else "".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))  # (纠正各几件: of the row ranked)
    return t.written_out(q.text[: said.start()] + names + rows + q.text[said.end() :], f"接上题：“{said.group(0)}”指{names}")


def extreme_of_ranking(q: Query, t: Thread) -> InContext | Query | None:
    """最少的那家，部分公开了几件 right after a ranking / 金额排最后的是哪家 after other questions: its first or last
    place, by the way the list ran (a figure named before it must be the one ranked)."""
    said = _EXTREME.match(q.text)
    conv = t.conv
    if not (said and conv.ranked and not q.mentions):
        return None
    if said.group("pair") and len(conv.ranked) != 2:
        return None  # 高的那家: one of two compared; among more it would be a guess
    lead = said.group("lead")
    ranked_words = {conv.ranked_question[a:b] for a, b in metric_spans(conv.ranked_question, generic=True) + column_spans(conv.ranked_question)}
    if lead and not any(w in ranked_words or any(w in r or r in w for r in ranked_words) for w in
                        [lead[a:b] for a, b in metric_spans(lead, generic=True) + column_spans(lead)] or [lead]):
        return None  # (采购项目数最少的是哪家: another figure, ranked on its own)
    if lead and any(lead[a:b] not in conv.ranked_question for a, b in column_spans(lead)):
        return None  # (采购项目数量最多的是谁 after 采购金额 ranked: another column of that row)
    pointed = re.search(r"(?:那家|那个|那一家|那位)$", said.group(0))  # 最多的那家呢 some questions later: the ranking's
    if not lead and conv.last_question != conv.ranked_question and not pointed:
        last, ranked = t.reread(conv.last_question), t.reread(conv.ranked_question)
        if not (last.metrics and {m.key for m in last.metrics} == {m.key for m in ranked.metrics} and not last.ratio and not ranked.ratio
                and {conv.last_question[a:b] for a, b in column_spans(conv.last_question)} <= {conv.ranked_question[a:b] for a, b in column_spans(conv.ranked_question)}
                and set(conv.last_agencies) <= set(conv.ranked)):
            return None  # (最少的是哪家 after a question of another figure: a ranking of that one, read further on)
    up = bool(re.search(r"最少|最低|最小|倒数|从少到多|从低到高|从小到大|升序", conv.ranked_question))
    most = said.group("first") or (said.group("dir") or said.group("pair") or "") in ("多", "高", "大")
    at = 0 if bool(most) != up else len(conv.ranked) - 1  # the place in the list as it ran
    who, year = conv.ranked[at], conv.ranked_at[at]
    rest = re.sub(r"^(?:呢)?[，,]?", "", q.text[said.end() :])
    own_year = re.match(r"(?:的)?((?:19|20)\d{2})年(?:的)?", rest)
    if own_year:  # 高的那家前一年 (read as its year): that place, in the year said
        year, rest = int(own_year.group(1)), rest[own_year.end() :]
    step = re.match(r"(?:的)?(?:(上一年|前一年|上一年度|前一年度)|(下一年|后一年|次年))(?:的)?", rest)
    if step:  # 高的那家前一年是多少: the year before that place's own
        year, rest = year + (-1 if step.group(1) else 1), rest[step.end() :]
    if RATE_WORDS.search(rest) and not t.reread(rest).metrics:
        # 排第一的那家占了多大比重 (after 这几家加起来): its share of the sum shown, read further on, never its count
        return t.reread(who + rest) if who in conv.last_agencies and len(conv.last_agencies) >= 2 else None
    named = t.reread(f"{who}{year}年{rest}")
    if not named.metrics and re.search(r"[\u4e00-\u9fff]", re.sub(r"是谁|是哪家|是哪个|哪家|具体|到底|究竟|是|多少|几件|几|数字|数|那个|呢|吗|的", "", rest)):
        # 最少的那家平均每个项目多少钱: the rest said of the row ranked
        ranked = conv.ranked_question
        rows = "".join(dict.fromkeys(ranked[a:b] for a, b in metric_spans(ranked)))
        named = t.reread(f"{who}{year}年{rows}{rest}")
        if not named.metrics or named.unread:
            return InContext(q, declined=f"“{rest}”问的是哪个数没能确定，请写完整（例如：{who}{year}年{rows or '采购金额'}是多少）")
    if (not named.metrics and re.fullmatch(r"(?:呢|的呢)?[?？。]*", q.text[said.end() :]) and conv.last_question != conv.ranked_question
            and conv.last_agencies and set(conv.last_agencies) <= set(conv.ranked) and figure_words(conv.last_question)):
        # 排在中间那家结转下年度几件 → 最低的那家呢: the figure just asked of one place, of that end
        named = t.reread(f"{who}{year}年" + figure_words(conv.last_question))
    if not named.metrics:  # 最少的那家是谁: who, with the figure ranked
        named = t.reread(f"{who}{year}年" + figure_words(conv.ranked_question))  # (a rate ranked: that rate)
    return InContext(named, [f"接上题：“{said.group(0)}”指{who}（{year}年），按“{named.text}”理解"])


_END = r"(?:最(?:多|高|大|少|低|小)|第一(?:名|位)?|头名|榜首|末位|末尾|最后(?:一名|一位|一家)?|倒数第一)"
_ENDS_GAP = re.compile(rf"^(?:那)?(?:排名里|里面|其中)?(?:排)?(?P<a>{_END})(?:的)?(?:那家|那个|一家)?(?:比|跟|和|与|同)(?:排)?(?P<b>{_END})(?:的)?(?:那家|那个|一家)?"
                       r"(?P<rest>.*)$")
_THAN_END = re.compile(rf"^(?:那|它|这家)?(?P<than>比)(?:排)?{_END}")
_GAP_ASKED = re.compile(r"(?:多|少|高|低|差|相差)[^，。？?]{0,6}(?:多少|几)|差距|差了?多少|相差")


def ends_of_ranking(q: Query, t: Thread) -> InContext | None:
    """最高的比最低的多收了多少钱 / 第一名和最后一名差几件 after a ranking: the gap between those two places of it."""
    conv = t.conv
    said = _ENDS_GAP.match(q.text)
    than = _THAN_END.match(q.text)
    if not said and than and conv.ranked and conv.last_question == conv.ranked_question and conv.last_agencies[:1] == conv.ranked[:1]:
        # 哪家最多 → 比最少的那家多多少: the one just shown (the first place) against that end
        said = _ENDS_GAP.match("第一" + q.text[than.start("than") :])
    if not (said and conv.ranked and len(conv.ranked) >= 2 and not q.mentions and not q.years and _GAP_ASKED.search(said.group("rest"))):
        return None
    last = conv.ranked_question
    rest_rows = [said.group("rest")[a:b] for a, b in metric_spans(said.group("rest"), generic=True)]
    if any(r not in last for r in rest_rows):
        return None  # (最多的比最少的多几件复议: another figure than the one ranked)
    up = bool(re.search(r"最少|最低|最小|倒数|从少到多|从低到高|从小到大|升序", last))

    def place(word: str) -> int:
        if re.match(r"最(?:多|高|大)", word):
            return 0 if not up else len(conv.ranked) - 1
        if re.match(r"最(?:少|低|小)", word):
            return len(conv.ranked) - 1 if not up else 0
        return 0 if re.match(r"第一|头名|榜首", word) else len(conv.ranked) - 1  # the list as it ran

    a, b = place(said.group("a")), place(said.group("b"))
    if a == b:
        return None
    before = conv.ranked_before
    if before and any(before[k] != conv.ranked[k] for k in (0, -1) if len(before) == len(conv.ranked) or k == 0):
        # 除了秀洲分局，剩下的里面排第一的是谁 → 第一名比最后一名多多少: first in which ranking is not plain
        return InContext(q, declined=f"“{said.group('a')}”是原来排名的（{before[0]}），还是去掉后重排的（{conv.ranked[0]}）？请写出单位名称")
    figure = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    more = "多" if (a < b) != up else "少"  # the list runs from the largest unless it was asked upward
    text = f"{conv.ranked[a]}{conv.ranked_at[a]}年{figure}比{conv.ranked[b]}{conv.ranked_at[b]}年{more}多少"
    zhan = last.find("占")
    if t.reread(last).ratio:
        # 各占办结总计的比例排一下 → 第一名比最后一名高多少个百分点: the gap of the two shares, never of the counts
        spans = sorted(metric_spans(last, generic=True) + column_spans(last))
        part = "".join(dict.fromkeys(last[s:e] for s, e in spans if e <= zhan))
        whole = "".join(dict.fromkeys(last[s:e] for s, e in spans if s > zhan))
        # (one agency's two years ranked among others: its name once, the two years after it)
        both = (f"{conv.ranked[a]}{conv.ranked_at[a]}年和{conv.ranked_at[b]}年" if conv.ranked[a] == conv.ranked[b]
                else f"{conv.ranked[a]}{conv.ranked_at[a]}年和{conv.ranked[b]}{conv.ranked_at[b]}年")
        named_rate = re.search(r"(?:实质|复议|诉讼|行政复议|行政诉讼|争议|予以|不予)?(?:纠错率|纠正率|维持率|办结率|公开率|转化率|无法提供率)", last)
        if (zhan < 0 or not part or not whole) and named_rate:
            # 实质公开率从高到低排 → 最高的比最低的高几个百分点: the gap of that named rate
            text = f"{both}的{named_rate.group(0)}差几个百分点"
        elif zhan < 0 or not part or not whole:
            return InContext(q, declined="上面排的是比例，差多少没能确定是哪两个比例之差，请写明（例如：两家的予以公开率差几个百分点）")
        else:
            text = f"{both}{part}占{whole}的比例差几个百分点"
    return InContext(t.reread(text), [f"接上题：“{said.group('a')}”指{conv.ranked[a]}（{conv.ranked_at[a]}年），"
                                      f"“{said.group('b')}”指{conv.ranked[b]}（{conv.ranked_at[b]}年），按“{text}”理解"])


_ORDINAL_THEN_IT = re.compile(r"^(?:那)?((?:排(?:在)?)?(?:倒数)?第[一二三四五六七八九十\d]+(?:名|位)?)(?:的)?(?:是谁|是哪家|是哪个|是哪一家)[？?，,。！!\s]*(?:那)?(?:它|这家|该单位)")


def ordinal_then_it(q: Query, t: Thread) -> Query | None:
    """第二名是谁？它2023年是多少: 它 is the place just asked about, in the same message."""
    said = _ORDINAL_THEN_IT.match(q.text)
    if not (said and t.conv.ranked):
        return None
    n = cn_number(re.search(r"第([一二三四五六七八九十\d]+)", said.group(1)).group(1))
    if not 1 <= n <= len(t.conv.ranked):
        return None
    who = t.conv.ranked[-n] if "倒数" in said.group(1) else t.conv.ranked[n - 1]
    return t.reread(who + q.text[said.end() :])


def gap_of_two_ranked(q: Query, t: Thread) -> InContext | None:
    """哪家最高 (two ranked, the first shown) → 差多少: the gap between the two."""
    conv = t.conv
    if not (BARE_GAP.match(q.text) and len(conv.ranked) == 2 and conv.last_question == conv.ranked_question
            and len(conv.last_agencies) == 1 and not RATE_WORDS.search(conv.last_question)):
        return None
    last = conv.ranked_question
    figure = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if not figure:
        return None
    (a, b), (ya, yb) = conv.ranked, conv.ranked_at
    text = f"{a}{ya}年{figure}比{b}{yb}年多多少"
    return InContext(t.reread(text), [f"接上题：排名里只有这两家，按“{text}”理解"])


def it_added_to_ranking(q: Query, t: Thread) -> InContext | None:
    """加上它，四家里谁排第二: the last ranking with the agency the thread is on."""
    it = re.match(r"^(?:那)?(?:再)?(?:加上|算上|把)(?:它|这家)(?:也)?(?:加进来|加进去|算上|算进来|算进去|放进来)?[，,]?(.*)$", q.text)
    conv = t.conv
    if it and not q.mentions and conv.ranked_question and len(conv.last_agencies) == 1 and conv.last_agencies[0] not in conv.ranked:
        who = conv.last_agencies[0]
        stem = re.sub(r"(?:这)?[两二三四五六七八九十\d]家(?:的)?", "", conv.ranked_question)
        return t.written_out(f"{who}和{stem}，{it.group(1)}" if it.group(1) else f"{who}和{stem}",
                             f"接上题：把{who}加进上面的排名，按“{who}和{stem}”理解")
    return None


_THESE_FIGURES_WITH = re.compile(r"^(?:那)?(?:把|将)?(?:你)?(?:刚才|上面|前面)(?:的)?(?:这|那)(?P<n>[两二三四五六七八九\d])个(?:数|数字|金额|比例|率)"
                                 r"(?:(?:再)?(?:加上|和|跟|连同|算上)(?P<other>[^，,。？?]{2,20}?)(?:的)?(?:一起|也算上|放一起|放进来)?)?[，,]?"
                                 r"(?P<rest>[^，,。？?]*(?:排|名次|最多|最少|最高|最低)[^，,。？?]*)$")


_BARE_GAP = re.compile(r"^(?:那)?(?:它们|之间)?(?:相)?差(?:了|距|值)?(?:是)?(?:多少|几|多大)(?:件|个)?(?:呢|啊)?[?？。]*$")
_PLACE_WORDS = ("第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九")


def gap_after_a_ranking(q: Query, t: Thread) -> InContext | None:
    """…排个序 (three or more places) → 差多少: which two is not plain; the pairs of places are offered."""
    conv = t.conv
    ranked = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    if not (_BARE_GAP.match(q.text) and not q.mentions and len(ranked) >= 3 and conv.ranked_question
            and conv.ranked_question == conv.last_question):
        return None
    words = figure_words(conv.ranked_question)
    if not words:
        return None
    places = ranked[: len(_PLACE_WORDS)]
    pairs = [(i, j) for i in range(min(3, len(places))) for j in range(i + 1, len(places)) if j < 3 or (i == 0 and j == len(places) - 1)]
    return InContext(q, declined=f"排名里有{len(ranked)}家，“差多少”是哪两家之间？", choices=[
        Option(f"{_PLACE_WORDS[i]}和{_PLACE_WORDS[j]}（{places[i][0]}和{places[j][0]}）",
               f"{places[i][0]}{places[i][1]}年和{places[j][0]}{places[j][1]}年{words}差多少") for i, j in pairs])


def figures_ranked_with_another(q: Query, t: Thread) -> InContext | None:
    """平潭的收费 → 洪泽2024年呢 → 上一年呢 → 把刚才这三个数再加上淮安2024年的，从高到低排: the last figures shown (one
    cell of one row each, however they were shown), and the one named, ranked."""
    said = _THESE_FIGURES_WITH.match(q.text)
    if not (said and (q.mentions or not said.group("other"))):
        return None
    n = cn_number(said.group("n"))
    cells = t.conv.cells_shown[-n:]
    if not (len(cells) == n and len({(a, y) for a, y, _ in cells}) == n and len({c for _, _, c in cells}) == 1):
        return None  # (the last figures are of several rows or columns: which ones is not plain)
    names = "和".join(f"{a}{y}年" for a, y, _ in cells)
    other = f"和{said.group('other')}" if said.group("other") else ""
    return t.written_out(f"{names}{other}{cells[0][2]}{said.group('rest')}")


def added_to_ranking(q: Query, t: Thread) -> InContext | None:
    """把淮安市政府24年也加进来排一下: the last question with one more agency. 再把部分公开算进去，一共多少: the
    last figure with one more row of the same report."""
    after = _ADDED_AFTER.match(q.text)
    if after and q.mentions and q.mentions[0].end <= after.end(1):
        # 平潭2022年是多少，放进去排第几: the agency first, the word that adds it after (把平潭2022年也放进来，排第几)
        q = t.reread(f"把{after.group(1)}也{after.group(2)}{after.group(3)}")
    plus = re.match(r"^(?:那)?(?:再)?(?:加上|算上)([^，,。？?]{2,20}?)[，,]([^，,。？?]*(?:排|名次)[^，,。？?]*)$", q.text)
    if plus and q.mentions and q.mentions[-1].end <= plus.end(1) and (t.conv.ranked_question == t.conv.last_question or t.conv.ranked_just_now):
        # 再加上洪泽2023年那份，重新排: the one named added to the ranking, said as 把…也加进来
        q = t.reread(f"把{plus.group(1)}也加进来，{plus.group(2)}")
    added = ADDED.match(q.text)
    if added and q.mentions and (RANK_WORDS.search(q.text) or "排" in q.text) and (t.conv.lost_turn or t.conv.figure_lost or t.conv.last_unanswered):
        # 这三家排一下 (not answered) → 把嘉兴发改委也算上，第二名是谁: the ranking it is added to was never shown
        return InContext(q, declined="上一句的排名没能给出，要把它加进哪几家里排没能确定；请写出要排的所有单位（例如：2020年秀洲分局、乍浦镇、安康、发改委的采购金额排名）")
    if added and q.mentions and t.conv.last_question:
        elsewhere = _row_added_elsewhere(q, t, added)
        if elsewhere is not None:
            return elsewhere
    if added and not q.mentions and find_metrics(added.group(1) or added.group(2) or "") and t.conv.last_question:
        share = row_added_to_share(t.conv.last_question, re.sub(r"^(?:如果|要是|假如|若)?(?:把|将)?", "", added.group(1) or added.group(2)))
        counted = re.search(r"多少件|几件|总共|一共|合计", added.group(3) or "") and not RATE_WORDS.search(q.text)
        last = t.conv.last_question
        zhan = last.find("占")
        part = "".join(last[a:b] for a, b in metric_spans(last) if b <= zhan) if zhan > 0 else ""
        if (counted and RATE_WORDS.search(last) and re.search(r"(?:这)?两项|两个", added.group(3) or "") and part
                and len(t.conv.last_agencies) == 1 and len(find_metrics(part)) == 1):
            # 予以公开占办结的百分之多少 → 再把部分公开的也算上，两项一共多少件: the row of that share and the one added
            who = t.conv.last_agencies[0]
            return t.written_out(f"{who}{year_of(t.conv, who)}{part}加{added.group(1) or added.group(2)}一共多少")
        if counted and RATE_WORDS.search(last):
            # 自然人占几成 → 把上年结转也算上，总共要处理多少件: added to which figure is not said
            return InContext(q, declined="“算上”要加到哪个数上没能确定（上一个问题是比例），请写出要相加的各项",
                             declined_notes=["例如：平潭2022年本年新收加上年结转一共多少"])
        if share and re.search(r"(?:这)?两项|两个", added.group(3) or "") and re.search(r"加起来|合起来|一共|合计|总共", added.group(3) or ""):
            # 它占…的比例 → 再把部分公开也算上，这两项加起来是多少: the count of both, or their share? asked
            part = "".join(last[a:b] for a, b in metric_spans(last) if b <= zhan) if zhan > 0 else ""
            who = t.conv.last_agencies[0] if len(t.conv.last_agencies) == 1 else ""
            if part and who:
                row = added.group(1) or added.group(2)
                return InContext(q, declined="“这两项加起来”是问件数相加，还是两项合起来的比例？", choices=[
                    Option("两项相加的件数", f"{who}{year_of(t.conv, who)}{part}加{row}一共多少件"), Option("两项合起来的比例", share)])
        if RATE_WORDS.search(last) and [c for a, b in own_columns(last) if (c := last[a:b]) not in ("总计", "合计")]:
            # 自然人占比 → 把上年结转的也算进去呢: added to that column and to the whole too? never guessed
            said = re.sub(r"^(?:如果|要是|假如|若)?(?:把|将)?", "", added.group(1) or added.group(2))
            return InContext(q, declined=f"“{said}”是加到这一栏（分子），还是分子分母都加上？请写完整"
                                         "（例如：淮安2024年自然人新收加上年结转，占新收加上年结转总数的比例）")
        if share:  # 把部分公开也算上呢 after 予以公开的占多大比例: the two rows, as one share
            return t.written_out(share)
        against = _against_the_sum_before(q, t, added.group(1) or added.group(2), added.group(3) or "")
        if against is not None:
            return against
        rest = re.sub(r"^[，,]", "", added.group(3)) or "一共多少"
        stem = re.sub(r"(?:占比|比例|比重)[^，,。]*$", "", question_stem(t.conv.last_question))
        row = added.group(1) or added.group(2)
        cols = [(a, b) for a, b in own_columns(stem) if stem[a:b] not in ("总计", "合计")]
        if cols and re.search(r"总共|一共|全部|总数|合计|总量", rest) and not own_columns(q.text):
            # 自然人那一栏呢 → 把上年结转的也算上，当年总共要办多少件: in that column, or the whole (总共)? asked
            whole = stem
            for a, b in sorted(cols, reverse=True):
                whole = whole[:a] + whole[b:]
            col = "".join(stem[a:b] for a, b in cols)
            return InContext(q, declined=f"“{row}”加到{col}那一栏上，还是加到总计上？", choices=[
                Option(f"{col}一栏", f"{stem}加{row}{rest}"), Option("总计", f"{whole}加{row}{rest}")])
        return t.written_out(f"{stem}加{row}{rest}")
    conv = t.conv
    # (排在后面那家，它的行政强制呢 between: one place of that ranking asked about; the ranking is still the set)
    one_place_between = (conv.history and conv.ranked_question == conv.history[-1] and len(conv.last_agencies) == 1
                         and conv.last_agencies[0] in conv.ranked and (RANK_WORDS.search(q.text) or "排" in q.text))
    if (added and q.mentions and conv.ranked and (conv.ranked_question == conv.last_question or one_place_between or conv.ranked_just_now)
            and not t.catalog.mentions(conv.ranked_question) and ("算进去" not in q.text or "排" in q.text)):
        # 哪个单位的行政强制最多，排一下 → 把平潭2022年的也放进来，三家重新排: the places ranked and the one added
        last = conv.ranked_question
        # (实质公开率: the rate word right after the row stays with it, or the counts would be ranked)
        figure = "".join(last[s:e] + ("率" if last[e:e + 1] == "率" else "") for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
        now = "".join(q.text[s:e] for s, e in sorted(metric_spans(q.text, generic=True) + column_spans(q.text)) if s >= added.end(1 if added.group(1) else 2))
        if now:  # 再把平潭也放进来，三家比行政许可: the row said now, of the places ranked and the one added
            figure = now
        before = "、".join(f"{a}{y}年" for a, y in dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
        return t.written_out(f"{before}和{added.group(1) or added.group(2)}{figure}从多到少排")
    if not (added and q.mentions and t.catalog.mentions(t.conv.last_question)) or "算进去" in q.text:
        return None
    rest = added.group(3) if not RANK_WORDS.search(t.conv.last_question) else ""
    summed = re.search(r"合计|一共|总共|加起来|加在一起|之和", rest)
    if summed and RATE_WORDS.search(t.conv.last_question) and not RATE_WORDS.search(q.text) and len(t.catalog.mentions(rest)) >= 2:
        # 洪泽占淮安市的百分之几 → 再把平潭也加进来，淮安、洪泽、平潭三份合计多少: the sum of the row of that share over
        # the reports the sum names, not the share again
        last = t.conv.last_question
        if len({m.key for m in t.reread(last).metrics}) != 1:
            return InContext(q, declined="上一个问题是两项之比，“合计”要加的是哪一项没能确定，请写明（例如：三家的收费金额合计多少）")
        words = "".join(dict.fromkeys(last[a:b] for a, b in sorted(metric_spans(last, generic=True) + column_spans(last))))
        sum_text = re.sub(r"^[，,]", "", rest)
        at = summed.start() - (len(rest) - len(sum_text))
        return t.written_out(sum_text[:at] + words + sum_text[at:])
    conv, named = t.conv, {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    part = added.group(1) or added.group(2) or ""
    rows_said = metric_spans(part)
    if rows_said and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in and conv.last_agencies[0] not in named:
        # 纠错率多少 → 把淮安、洪泽24年的复议总数也拿来，三家一起排: the row said now, of the ones added and the thread's
        start = rows_said[0][0]
        row = part[start:]
        who = conv.last_agencies[0]
        names = re.sub(r"(?:的)$", "", part[:start])
        return t.written_out(f"{names}和{who}{conv.seen_in[who]}年的{row}{rest}")
    said = re.search(r"([两二三四五六七八九十\d])家", rest)
    prior = [a for a in conv.agencies_seen if a not in named][-(cn_number(said.group(1)) - len(named)):] if said else []
    if said and cn_number(said.group(1)) - len(named) >= 2 and len(prior) == cn_number(said.group(1)) - len(named) and all(
            a in conv.seen_in for a in prior):
        # 淮安 → 平潭呢 → 把洪泽区2024年也算进来，三家…: the agencies asked one by one, each in its year, and the one added
        last = conv.last_question
        # (…，三家排一下实质公开率: the figure said now, never the thread's with it)
        last = "" if metric_spans(rest) or re.search(r"[\u4e00-\u9fff]率", rest) else t.figure_only(last)
        before = "和".join(f"{a}{conv.seen_in[a]}年" for a in prior)
        return t.written_out(f"{before}和{added.group(1) or added.group(2)}{last}{rest}")
    if metric_spans(rest) and (RANK_WORDS.search(rest) or "排" in rest) and conv.ranked:
        # 把平潭也放进来，按各家最新一年的新收重新排: the places of the last ranking and the one added, on the row said now
        before = "、".join(f"{a}{y}年" for a, y in dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
        return t.written_out(f"{before}和{added.group(1) or added.group(2)}{re.sub(r'^[，,]', '', rest)}")
    these = re.search(r"这(?:几|些|[三四五六七八九])(?:个|家|份)|它们", rest)
    listed = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    # 平潭的实质公开率 → 洪泽两年分别呢 → 再把淮安24年的也算进来，这几个从高到低排: every report the talk showed
    # that figure for, and the one added; 淮安洪泽两家谁制发的多 → 把平潭22年的也放进来一起排: the two listed and it
    shown = _reports_on_one_figure(t) if these else listed if len({a for a, _ in listed}) >= 2 else []
    if shown and (RANK_WORDS.search(rest) or "排" in rest):
        words = t.figure_only(t.conv.last_question) if these else figure_words(t.conv.last_question)
        if words:
            before = "、".join(f"{a}{y}年" for a, y in shown if a not in named)
            return t.written_out(f"{before}和{added.group(1) or added.group(2)}{words}{rest}")
    return t.written_out((added.group(1) or added.group(2)) + "和" + t.conv.last_question + rest)


def _reports_on_one_figure(t: Thread) -> list[tuple[str, int]]:
    """Every report the talk showed a figure of, when every question of it asked the same figure."""
    texts = [x for x in [*t.conv.history, t.conv.last_question] if x]
    reads = [t.reread(x) for x in texts]
    if len(reads) < 2 or len({(tuple(sorted(m.key for m in r.metrics)), bool(r.ratio)) for r in reads}) != 1:
        return []
    return [(a, y) for a, y in t.conv.reports_seen if a]


def _row_added_elsewhere(q: Query, t: Thread, added: re.Match) -> InContext | None:
    """予以公开占办结的比例 → 把部分公开也算上，洪泽是多少: the last figure with the row added, for the agency
    named after it (never the thread's agency, and never the row taken for an agency)."""
    row = added.group(1) or added.group(2)
    rest = added.group(3) or ""
    start = added.start(3)
    if (t.catalog.mentions(row) or not find_metrics(row) or not all(m.start >= start for m in q.mentions)
            or find_metrics(rest) or own_columns(rest)):
        return None
    last = t.conv.last_question
    row = re.sub(r"^(?:如果|要是|假如|若)?(?:把|将)?", "", row)
    base = row_added_to_share(last, row)
    if base is None or re.search(r"百分点|相差|差多少|高出|低了|比[^例率重]", last):
        return None  # (a gap of two shares, or no share: the row added to which figure is read further on)
    base = t.figure_only(base)
    # (…的比例淮安…和平潭…里谁最高: the ranking's asking words go with the names taken out)
    base = re.sub(r"(?:(?:和|、|与)+)?(?:里|中|当中)?(?:谁|哪家|哪个|哪一家)(?:的)?(?:最|更)?(?:高|多|低|少|大|小)[^，,]*$", "", base)
    who = question_stem(re.sub(r"^[，,]", "", rest))
    return t.written_out(who + re.sub(r"^[，,的]+", "", base))


def _against_the_sum_before(q: Query, t: Thread, row: str, rest: str) -> InContext | None:
    """新收加上年结转一共多少 → （七）总计是多少 → 再把结转下年度的加上，和刚才那个合计对得上吗: the figure just
    shown with the row added, held against the sum asked before it (both sides of 表三's own equation)."""
    conv = t.conv
    if not (re.search(r"(?:刚才|上面|前面)(?:那个|的)?(?:合计|总数|数)|对得上|对不上|相差|差几|差多少", rest)
            and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in):
        return None
    last = t.reread(conv.last_question)
    earlier = next((h for h in reversed(conv.history) if t.reread(h).add_up and len(t.reread(h).metrics) >= 2), None)
    if earlier is None or len(last.metrics) != 1:
        return None
    who = conv.last_agencies[0]
    side = "加".join(dict.fromkeys(earlier[s:e] for s, e in metric_spans(earlier)))
    now = "".join(dict.fromkeys(conv.last_question[s:e] for s, e in metric_spans(conv.last_question)))
    return t.written_out(f"{who}{conv.seen_in[who]}年{side}，和{now}加{row}，两边差几件")


# 跟排第一的那家比 / 比第三名多多少: a place of the last ranking named after the word that compares
_PLACE_INSIDE = re.compile(r"(?<=[跟和与比同])(?:排(?:名|在)?第([一二三四五六七八九十\d]+)(?:名|位)?|第([一二三四五六七八九十\d]+)(?:名|位)|"
                           r"(榜首|头名)|(垫底|最后一名|倒数第一名?))(?:的)?(?:那家|那个|那位|单位)?")


_NEXT_TO_NAMED = re.compile(r"^(?:那)?(?:排在|排名在|紧挨着)(.{1,14}?)(?:的)?(后面|之后|下面|后头|前面|之前|上面|前头)(?:一名|一位)?(?:的)?(?:那家|那个|那位|一家|单位)?(?:的)?")


def next_to_named(q: Query, t: Thread) -> Query | InContext | None:
    """排在淮安后面那家是多少: the place next to the agency named, in the last ranking, with its year."""
    said = _NEXT_TO_NAMED.match(q.text)
    if not (said and t.conv.ranked and q.mentions):
        return None
    ids = {i for m in q.mentions if m.start < said.end(1) + 1 for i in m.agency_ids}
    at = [k for k, a in enumerate(t.conv.ranked, 1) if a in {t.names.get(i) for i in ids}]
    if len(at) != 1:
        return InContext(q, declined=f"“{said.group(1)}”在上面的排名里没有找到唯一的一名，请写出单位名称") if not at else None
    step = 1 if said.group(2) in ("后面", "之后", "下面", "后头") else -1
    place = at[0] + step
    rest = q.text[said.end() :]
    if re.search(r"最少|最低|最小|倒数|从少到多|从低到高|从小到大|升序", t.conv.ranked_question or ""):
        # the last list ran from the least up: 前面 may mean the line above or the larger figure; both are offered
        places = [p for p in (at[0] + step, at[0] - step) if 1 <= p <= len(t.conv.ranked)]
        if len(places) == 2:
            return InContext(q, declined=f"上面的排名是从少到多排的，“{said.group(2)}”指哪一家？",
                             choices=[Option(f"{place_named(t.conv, p)}（{'列表里' if p == place else '数量上'}{said.group(2)}）",
                                             place_named(t.conv, p) + rest) for p in places])
    if not 1 <= place <= len(t.conv.ranked):
        return InContext(q, declined=f"上面的排名里{said.group(1)}{'之后' if place > at[0] else '之前'}没有了")
    return t.reread(place_named(t.conv, place) + rest)


def place_inside(q: Query, t: Thread) -> Query | None:
    """跟排第一的那家比差多少: the agency at that place of the last ranking, with the year it was ranked in."""
    if not t.conv.ranked or TWO_PLACES.match(q.text):  # (第一和最后一名差多少: two places, read later)
        return None
    said = _PLACE_INSIDE.search(q.text)
    if said is None or any(m.end > said.start() for m in q.mentions):
        return None  # (回到平潭，它…比第二名多多少: the agency named before is the one compared)
    def named(m: re.Match) -> str:
        said = m.group(1) or m.group(2)
        place = cn_number(said) if said else (1 if m.group(3) else len(t.conv.ranked))
        return place_named(t.conv, place) or m.group(0)
    full = _PLACE_INSIDE.sub(named, q.text)
    return t.reread(full) if full != q.text else None


def than_after_ranking(q: Query, t: Thread) -> InContext | None:
    """比发改委少多少 right after 谁金额最少: the one the ranking put first, against the agency named."""
    conv = t.conv
    if not (re.match(r"^(?:那)?比", q.text) and len(q.mentions) == 1 and conv.ranked and conv.last_agencies
            and conv.last_question == conv.ranked_question):
        return None
    who = conv.last_agencies[0]
    if who in {t.names.get(i) for i in q.mentions[0].agency_ids}:
        return None
    last = conv.last_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    year = f"{conv.ranked_at[0]}年" if conv.ranked and conv.ranked[0] == who else year_of(conv, who)
    at = re.search(r"多|少|高|低|差", q.text[q.mentions[0].end :])  # the figure goes before the word that compares
    rest = q.text if q.metrics or column_spans(q.text) or not at else (
        q.text[: q.mentions[0].end + at.start()] + words + q.text[q.mentions[0].end + at.start() :])
    return t.written_out(who + year + rest, f"接上题：按“{who}{year}{rest}”理解（排第一的是{who}）")


def place_in_last_ranking(q: Query, t: Thread) -> None:
    """平潭排在第几位 after other questions: its place in the last ranking shown."""
    if POSITION.search(q.text) and q.mentions and not q.metrics and t.conv.ranked_question and not RANK_WORDS.search(
            t.conv.last_question):
        t.conv.last_question = t.conv.ranked_question
    elif (re.fullmatch(r"(?:那|而)?最(?:多|少|高|低|大|小)的?(?:那家|那个)?(?:又|则)?(?:呢|是哪家|是谁|是哪个|是哪一家|是哪份|是哪一份)?(?:呢)?[?？。]*", q.text)
          and t.conv.ranked_question and not RANK_WORDS.search(t.conv.last_question)):
        # 哪家最多 → 第二呢 → 最少的呢: the other end of that ranking, not of the place just shown
        t.conv.last_question = t.conv.ranked_question


_REORDER = re.compile(r"(?:那|把)?(?:它们|全部|所有的?)?(?:排)?(?:前(?P<top>[两二三四五六七八九十\d]+)(?:名|家|位)?(?:的)?)?(?P<order>(?:按)?(?:从|由)?(?:多到少|少到多|高到低|低到高|大到小|小到大))?(?:再)?"
                      r"(?:全部|完整地?的?|全|都|整个)?(?:排一下|排个序|排序|排一排|排出来|列一下|列出来|排名|名次)"
                      r"(?:的)?(?:顺序|名次|次序|排名)?(?:吧|呢|给我|看看)?[?？。]*"
                      r"|(?:那)?(?:顺序|名次|次序|排名)(?:是)?(?:怎样|怎么样|如何)?(?:呢|吧)?[?？。]*")


_SOME_PLACES = re.compile(r"^(?:那)?第([一二三四五六七八九十\d]+)(?:名|位)?(?:、|和|及|跟|与|,|，|到|至)第([一二三四五六七八九十\d]+)(?:名|位)?"
                          r"(?:的)?(?:呢|是谁|是哪些|是哪两家|是哪几家|分别是(?:谁|哪家|多少)?|各是多少|分别多少)?[?？。]*$")


_OF_A_YEAR = re.compile(r"^(?:那)?(?:再看|回到|只算|只看|单算|单看|光看|光算|仅看|仅算)?(?:19|20)\d{2}年(?:的)?(?:(?:那|这)(?:几|些|[两二三四五六七八九\d])|几)(?:份|家|个单位)(?:报告|年报)?(?:里面|里头|当中|里|中)?[，,]?(?P<rest>.*)$")


def reports_of_a_year(q: Query, t: Thread) -> InContext | None:
    """(九份报告里…) → 2020年那几份里最少的是哪家: the reports of that year, on the figure the thread is on."""
    said = _OF_A_YEAR.match(q.text)
    if (said and len(q.years) == 1 and q.metrics and not q.mentions and t.conv.ranked_question
            and t.conv.ranked_question == t.conv.last_question and re.fullmatch(r"(?:的)?[^，,。？?]{1,14}?呢[?？。]*", said.group("rest"))):
        # 三份按收费金额排一下 → 2020年那几家的收费金额呢: that year's reports ranked on the row named
        rest = said.group("rest")
        words = "".join(dict.fromkeys(rest[a:b] for a, b in sorted(metric_spans(rest) + column_spans(rest))))
        if words:
            return t.written_out(f"{q.years[0]}年各单位{words}从高到低排一下")
    conv = t.conv
    if (said and len(q.years) == 1 and not q.metrics and not q.mentions and conv.ranked_question
            and conv.ranked_question in (conv.last_question, *conv.history[-1:])
            and re.fullmatch(r"(?:的)?(?:呢|啊|吧)?[?？。]*", said.group("rest"))):
        # 各单位里…谁最多 → 第二呢 → 那二零二零年那几家里头呢: the same ranking, over that year's reports
        words = figure_words(conv.ranked_question)
        if words and not RATE_WORDS.search(words):
            low = re.search(r"最少|最低|最小|从少到多|从低到高", conv.ranked_question)
            return t.written_out(f"{q.years[0]}年各单位{words}{'谁最少' if low else '谁最多'}")
    if not (said and len(q.years) == 1 and not q.metrics and not q.mentions and t.conv.last_question
            and (q.intent == "rank" or RANK_WORDS.search(said.group("rest")) or q.add_up)):
        return None  # (2020年那五份加起来: the reports of that year, summed)
    last = t.conv.last_question
    words = figure_words(last)
    if words and RATE_WORDS.search(words) and len({m.key for m in t.reread(last).metrics}) == 1:
        # 淮安市一家占了百分之多少 → 只算2020年那五份，合计多少: the figure of that share (a share of one row)
        words = "".join(dict.fromkeys(last[a:b] for a, b in sorted(metric_spans(last, generic=True) + column_spans(last))))
    if not words or RATE_WORDS.search(words):
        return None
    held = sum(1 for years in t.held.values() if q.years[0] in years)
    if q.stated_count is not None and q.stated_count != held:
        return None  # (2020年那六份 with five held: not those reports; said further on)
    return t.written_out(f"{q.years[0]}年各单位{words}{said.group('rest')}")


_PLACE_WORD = r"第[一二三四五六七八九十\d]+名|冠军|榜首|头名|状元|亚军|季军|垫底的?|最后一名|倒数第一(?:名)?"
_PLACE_LEFT_OUT = re.compile(rf"(?:除了|除去|去掉|不算|扣掉|刨去|排除|剔除)(?:掉)?(?P<a>{_PLACE_WORD})(?:那家|那份|的)?(?:以外|之外|外)?(?:的话)?"
                             rf"|(?:把|将)(?P<b>{_PLACE_WORD})(?:那家|那份)?(?:拿掉|去掉|排除|剔除|扣掉|刨去|拿出去|拿出来|去了|剔掉|扣除|不算)(?:掉)?(?:的话)?")


def place_left_out(text: str, places: list) -> tuple[tuple[str, int], int] | None:
    """除了冠军 / 把第一名拿掉 after a ranking: (the report at that place, where the exclusion ends)."""
    said = _PLACE_LEFT_OUT.search(text)
    if not said or not places:
        return None
    word = said.group("a") or said.group("b")
    if re.match(r"冠军|榜首|头名|状元", word):
        at = 0
    elif word == "亚军":
        at = 1
    elif word == "季军":
        at = 2
    elif re.match(r"垫底|最后|倒数", word):
        at = len(places) - 1
    else:
        at = cn_number(re.search(r"第([一二三四五六七八九十\d]+)名", word).group(1)) - 1
    return (places[at], said.end()) if 0 <= at < len(places) else None


def ranked_in_another_year(q: Query, t: Thread) -> InContext | None:
    """哪家收到的申请最多 → 把年份换成2020年，谁最多 / 2020年最少的又是哪家: the ranking asked again, in the year named."""
    conv = t.conv
    # (如果按2020年那批来排呢: the ranking asked again, said with 排 alone)
    asks = re.search(r"谁|哪家|哪个单位|哪一家|哪份|哪几家|(?:来|再|重新)?排(?:一下|个名|个序|名|序)?(?:呢|吧)?[?？。]*$", q.text)
    if not (q.years and not q.mentions and not q.metrics and asks and (RANK_WORDS.search(q.text) or "排" in q.text or q.wants_top or q.nth or q.top_n)
            and conv.ranked_question and conv.ranked_question in (conv.last_question, *conv.history[-3:])):
        return None
    words = figure_words(conv.ranked_question)
    if not words or RATE_WORDS.search(words) and not RATE_WORDS.search(conv.ranked_question):
        return None
    rest = q.text
    for a, b in sorted(read_period(rest).consumed, reverse=True):
        rest = rest[:a] + rest[b:]
    rest = re.sub(r"^(?:那)?(?:如果|要是)?(?:按|用|看)?(?:把)?(?:年份)?(?:换成|改成|改为|换为|换到|放到)?(?:那批|那几份|的)?(?:来)?[，,]?", "", rest)
    if re.fullmatch(r"(?:来|再|重新)?排(?:一下|个名|个序|名|序)?(?:呢|吧)?[?？。]*", rest):  # (…来排呢: ranked as before)
        rest = "从少到多排一下" if re.search(r"最少|最低|从少到多|从低到高|从小到大", conv.ranked_question) else "从多到少排一下"
    years = "".join(f"{y}年" for y in q.years)
    return t.written_out(f"{years}{words}，{rest}")


def rest_of_the_ranking(q: Query, t: Thread) -> InContext | None:
    """前三名是哪几家 → 第二名… → 除了淮安市，其余八份加起来: the reports that ranking ranked, less those left out,
    on the figure it ranked (its count said must be what is left)."""
    conv = t.conv
    # 除了这两家，剩下三家加起来: the two agencies just answered one by one (它, then 第二名), left out
    pointed = re.search(r"(?:除了|除去|去掉|不算|扣掉|刨去)(?:这|那)两(?:家|个单位|份)(?:以外|之外|外)?(?:的)?", q.text)
    two = list(dict.fromkeys(a for a, _, _ in conv.single_figures[-2:]))
    by_place = place_left_out(q.text, list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False))))
    gone_report = None
    if pointed and not q.exclude_ids and len(two) == 2 and set(two) <= set(conv.ranked):
        gone, after = set(two), pointed.end()
    elif by_place and not q.exclude_ids:  # 把冠军拿掉，剩下八份加起来: the report at that place (that year only)
        gone_report, after = by_place
        gone = {gone_report[0]}
    elif q.exclude_ids:
        gone, after = {t.names.get(i) for i in q.exclude_ids}, q.exclude_span[1]
    else:
        return None
    if not ((q.add_up or re.search(r"加起来|一共|合计|总共", q.text)) and not q.mentions and not q.years and conv.ranked
            and conv.ranked_question and not q.ratio):
        return None
    places = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    among = re.search(r"前([两二三四五六七八九十\d])(?:名|位|家|份)?(?:里|中|当中|之中)", q.text)
    if among:  # 除了淮安市，前五名里其余四份: the first places of the ranking, less those left out
        places = places[: cn_number(among.group(1))]
    kept = [(a, y) for a, y in places if ((a, y) != gone_report if gone_report else a not in gone)]
    top = None if among else re.search(r"前([两二三四五六七八九十\d])(?:名|位|家|份)?", q.text[after:])
    if top:  # 不算淮安市，排前三的加起来: the first places of what is left
        if cn_number(top.group(1)) > len(kept):
            return None
        kept = kept[: cn_number(top.group(1))]
    said = None if top else re.search(r"([一两二三四五六七八九十\d]+)(?:份|家|个)", q.text[after:])
    # (其余四家的予以公开加起来: the figure said now, of the reports that ranking ranked)
    words = ("".join(q.text[a:b] for a, b in metric_spans(q.text)) if q.metrics else "") or figure_words(conv.ranked_question)
    rest_said = re.search(r"(?:其余|剩下|剩余|其他)(?:的)?(?:那)?几(?:家|份|个单位)", q.text[after:])
    if not said and q.metrics and not rest_said:
        # (a row of its own with no count of the ranking said: not tied to that ranking; 其余几家 points at it)
        return None
    if not kept or len(kept) == len(places) and not top or not words or (said and cn_number(said.group(1)) != len(kept)):
        return None
    which = f"其余的前{len(kept)}份" if top else f"其余{len(kept)}份"
    out = f"{gone_report[0]}{gone_report[1]}年" if gone_report else "、".join(sorted(gone))
    return t.written_out("和".join(f"{a}{y}年" for a, y in kept) + words + "加起来",
                         f"接上题：上面排名里的{len(places)}份年报去掉{out}，{which}相加")


def ranked_again_without(q: Query, t: Thread) -> InContext | None:
    """前三名 → 除了淮安市政府，最多的是哪一份: the reports the last ranking ranked, less those left out, ranked
    again on the figure it ranked."""
    conv = t.conv
    rest = q.text[q.exclude_span[1] :] if q.exclude_ids and q.exclude_span else ""
    places_asked = re.search(r"前[两二三四五六七八九十\d]|第[二三四五六七八九十\d]|排(?:一下|个序|序)|从高到低|从多到少|从低到高|从少到多"
                             r"|(?:谁|哪家|哪个|哪份)(?:就)?(?:排|是|成了|变成)?(?:在)?第一|排(?:在)?第一的?(?:是谁|是哪)", rest)
    # (剩下的谁最多 right after the ranking shows one place: read further on, the ranking shown stays the one 这两家
    # points into; after other questions, the ranking is asked again without those left out)
    top_later = (RANK_WORDS.search(rest) or q.wants_top) and conv.last_question != conv.ranked_question
    # (排个前三 → 乍浦镇不算的话，最少的是哪家: the other end, of what is left)
    least = r"最少|最低|最小|倒数|垫底|从少到多|从低到高|从小到大"
    other_end = bool(RANK_WORDS.search(rest) and re.search(least, rest)) and not re.search(least, conv.ranked_question or "")
    # (把乍浦去掉，剩下四家里新收最少的是谁: the figure ranked, said again, is no other question)
    # (收得最少的: 收 read loosely as 新收 is the figure ranked)
    def figure(ms) -> set:
        return {(m.table, repr(sorted(m.rows.items()))) for m in ms}
    same_figure = not q.metrics or (conv.ranked_question and figure(q.metrics) == figure(t.reread(conv.ranked_question).metrics))
    if not (rest and same_figure and not q.years and conv.ranked and conv.ranked_question and not q.add_up and not q.ratio
            and (places_asked or top_later or other_end)):
        return None
    gone = {t.names.get(i) for i in q.exclude_ids}
    places = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    kept = [(a, y) for a, y in places if a not in gone]
    words = figure_words(conv.ranked_question)
    if len(kept) == len(places) or len(kept) < 2 or not words:
        return None
    top = re.search(r"前([两二三四五六七八九十\d])(?:名|家|位)?", rest)
    worked = re.search(r"差|相差|加起来|合计|一共|总共|之和", rest[top.end() :]) if top else None
    if top and worked and not re.search(least, conv.ranked_question or "") and len(kept) >= cn_number(top.group(1)):
        # 不算淮安市政府，前两名差多少: the first places of what is left (the ranking keeps its order), worked out
        first = kept[: cn_number(top.group(1))]
        return t.written_out("和".join(f"{a}{y}年" for a, y in first) + words + rest[top.end() :],
                             f"接上题：上面排名去掉{'、'.join(sorted(gone))}后的{top.group(0)}是{'、'.join(a for a, _ in first)}")
    conv.ranked_anew = bool(places_asked or other_end)  # (its places are counted anew: 第二 is of what is left)
    rest = re.sub(r"^[，,]?(?:剩下|其余|剩余|余下)(?:的)?(?:[两二三四五六七八九十\d]+家|几家)?(?:里|中|当中)?", "", rest)  # (剩下四家里: those named)
    return t.written_out("和".join(f"{a}{y}年" for a, y in kept) + words + "，" + rest.lstrip("，,"),
                         f"接上题：上面排名里的{len(places)}份年报去掉{'、'.join(sorted(gone))}，其余{len(kept)}份再排")


def some_places(q: Query, t: Thread) -> InContext | None:
    """哪家最多 → 第二、第三呢 / 第二到第四: those places of the last ranking, in their order."""
    said = _SOME_PLACES.match(q.text)
    conv = t.conv
    if not (said and conv.ranked_question):
        return None
    a, b = cn_number(said.group(1)), cn_number(said.group(2))
    places = list(range(a, b + 1)) if "到" in q.text or "至" in q.text else [a, b]
    if not (min(places) >= 1 and max(places) <= len(conv.ranked) and len(places) >= 2):
        return InContext(q, declined=f"上一个排名只有{len(conv.ranked)}个，没有第{max(places)}名")
    picked = [(conv.ranked[p - 1], conv.ranked_at[p - 1]) for p in places]
    last = conv.ranked_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + own_columns(last, active=True)))
    if not words or RATE_WORDS.search(last):
        return None
    order = "从少到多" if re.search(r"最少|最低|最小|从少到多|从低到高|从小到大", last) else "从多到少"
    by_agency: dict[str, list[int]] = {}
    for n, y in picked:  # (洪泽区 in two places: 洪泽区2023年和2024年, each report)
        by_agency.setdefault(n, []).append(y)
    names = "、".join(n + "和".join(f"{y}年" for y in sorted(ys)) for n, ys in by_agency.items())
    return t.written_out(names + f"{words}{order}排一下")


def inside_the_first_place(q: Query, t: Thread) -> InContext | None:
    """哪家的行政复议最多 (only the first shown) → 其中结果被纠正的有多少: inside that one agency's figure, not
    another ranking."""
    conv = t.conv
    said = re.match(r"^(?:那)?(?:其中|这其中|这里面|里面|当中)", q.text)
    if not (said and not q.mentions and not q.years and conv.ranked_question and conv.ranked_question == conv.last_question
            and len(conv.last_agencies) == 1 and (q.metrics or own_columns(q.text)) and not RANK_WORDS.search(q.text)
            and conv.last_agencies[0] in conv.seen_in):
        return None
    who, last = conv.last_agencies[0], conv.last_question
    rows = "".join(dict.fromkeys(last[s:e] for s, e in metric_spans(last)))
    return t.written_out(f"{who}{conv.seen_in[who]}年{rows}{q.text}")


def reorder_last_ranking(q: Query, t: Thread) -> InContext | None:
    """收到申请最少的是哪家 → 从多到少全排一下: the same ranking, whole, in the order asked."""
    said = _REORDER.fullmatch(q.text) or _REORDER.fullmatch(
        re.sub(r"^(?:那)?(?:只看|光看|单看|按|照)?(?:数量|件数|绝对数|金额|数字|这个数|比例)(?:的话|来看|来排|看)?[，,]?", "", q.text))
    conv = t.conv
    shown = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    if said and conv.ranked_question != conv.last_question and len(shown) >= 2 and set(conv.last_agencies) == {a for a, _ in shown}:
        # 这三份各自新收了多少 → 按数量从多到少排一下: the reports just listed side by side, on that figure
        last = conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + own_columns(last, active=True)))
        if RATE_WORDS.search(last) or not words:
            return None
        order = said.group("order") or "从多到少"
        names = "和".join(f"{a}{y}年" for a, y in shown)
        return t.written_out(f"{names}{words}{order if order.startswith(('从', '按', '由')) else '从' + order}排一下")
    if not (said and conv.ranked_question):
        return None
    last = conv.ranked_question
    by_count = re.match(r"^(?:那)?(?:只看|光看|单看|按|照)(?:数量|件数|绝对数|数字)", q.text)
    if by_count and RATE_WORDS.search(last):
        # 三个比例排个序 → 只看件数的话顺序呢: the count the share was of, ranked over the same reports
        zhan = last.find("占")
        part = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last)) if e <= zhan) if zhan > 0 else ""
        places = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
        if not part or len(places) < 2:
            return InContext(q, declined="“按件数排”要排的是哪一项没能确定，请说完整（例如：这三家本机关不掌握的件数从多到少排）")
        order = said.group("order") or "从多到少"
        names = "和".join(f"{a}{y}年" for a, y in places)
        return t.written_out(f"{names}{part}{order if order.startswith(('从', '按', '由')) else '从' + order}排一下")
    stem = RANK_WORDS.sub("", re.sub(r"(?:的)?(?:是)?(?:哪家|哪个单位|谁|哪一家|哪份)[?？。]*$", "", last))
    order = said.group("order") or "从多到少"
    top = f"前{cn_number(said.group('top'))}名" if said.group("top") else ""  # 排前五的按从多到少列一下
    full = f"{stem}{order if order.startswith(('从', '按', '由')) else '从' + order}排一下{top}"
    return t.written_out(full)


_SAME_SET = re.compile(r"^(?:那)?(?:同样|还是|也是|也按|就|再看)?(?:的)?(?:这|那)(?P<n>几|些|[两三四五六七八九十\d])(?:份|家|个)(?:报告|年报|单位)?(?:里|中|当中)?[，,]?"
                       r"|^(?:那)?同样(?:的)?(?:这|那)?(?:几|些)?(?:份|家)?(?:报告|年报|单位)?(?:里|中|当中)?[，,]?")


def the_same_reports(q: Query, t: Thread) -> Query | None:
    """同样这几份，行政处罚决定最多的是哪家 after a ranking of some reports: another figure ranked over those
    same reports (each agency in the years it was ranked in), not over every agency in the newest year."""
    said = _SAME_SET.match(q.text)
    conv = t.conv
    pairs = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    if not (said and said.end() < len(q.text) and q.metrics and not q.mentions and not q.years and len(pairs) >= 2
            and RANK_WORDS.search(q.text)):
        return None
    n = said.groupdict().get("n")
    if n and n not in ("几", "些") and cn_number(n) != len(pairs):
        return None  # 这三份 after a ranking of four: not those
    by_agency: dict[str, list[int]] = {}
    for a, y in pairs:
        by_agency.setdefault(a, []).append(y)
    names = "、".join(a + "（" + "和".join(str(y) for y in sorted(ys)) + "）" if len(ys) > 1 else f"{a}{ys[0]}年"
                     for a, ys in by_agency.items())
    return t.reread(f"{names}这几份报告，{q.text[said.end() :]}")


_LEFT_OUT_NOW = re.compile(r"^(?:那)?(?:再)?(?:(?:把)?(?P<names>[^，,。？?]{2,24}?)(?:也)?(?:去掉|拿掉|除去|剔除|排除|扣掉|不算)(?:掉)?"
                           r"|(?:不算|去掉|除去|扣掉|刨去|拿掉|除了)(?P<names2>[^，,。？?]{2,24}?)(?:以外|之外|在外)?)(?:的话)?(?:呢|吧)?[?？。]*$")


def left_out_of_the_last_sum(q: Query, t: Thread) -> InContext | None:
    """2020年那五份报告的新收加总是多少 → 把乍浦镇去掉呢: the same sum without the agency named."""
    said = _LEFT_OUT_NOW.match(q.text)
    conv = t.conv
    if not (said and (q.exclude_ids or q.intent == "exclude") and not q.metrics and not q.years and conv.last_question
            and len(set(conv.last_agencies)) >= 2):
        return None
    before = t.reread(conv.last_question)
    if not (before.intent == "total" and before.add_up and len(before.metrics) == 1) or before.exclude_ids:
        return None
    names = said.group("names") or said.group("names2")
    named = t.catalog.mentions(names)
    gone = {t.names.get(i) for i in q.exclude_ids} or {t.names.get(i) for m in named for i in m.agency_ids if len(m.agency_ids) == 1}
    if not gone or not gone <= set(conv.last_agencies) or (not q.exclude_ids and any(len(m.agency_ids) != 1 for m in named)):
        return None  # (不算淮安市: the city's government, as the reader took it)
    return t.written_out(f"除去{names}，{conv.last_question}", f"接上题：上面的合计去掉{'、'.join(sorted(gone))}")


def ranked_without_after_a_sum(q: Query, t: Thread) -> InContext | None:
    """2020年那五家新收加起来一共多少 → 秀洲分局以外，哪家最多: the reports of that sum less the one named, ranked
    on its figure (never a ranking of every report, nor a word not understood)."""
    conv = t.conv
    if not (q.exclude_ids and q.exclude_span and not q.metrics and not q.years and not q.mentions and conv.last_question
            and len(set(conv.last_agencies)) >= 3 and RANK_WORDS.search(q.text[q.exclude_span[1] :])):
        return None
    before = t.reread(conv.last_question)
    if not (before.intent == "total" and before.add_up and len(before.metrics) == 1) or before.exclude_ids:
        return None
    gone = {t.names.get(i) for i in q.exclude_ids}
    if not gone <= set(conv.last_agencies):
        return None
    words = figure_words(conv.last_question)
    rest = [a for a in dict.fromkeys(conv.last_agencies) if a not in gone]
    if not words or RATE_WORDS.search(words) or not all(a in conv.seen_in for a in rest):
        return None
    names = "和".join(f"{a}{conv.seen_in[a]}年" for a in rest)
    tail = re.sub(r"^[，,]", "", q.text[q.exclude_span[1] :])
    return t.written_out(f"{names}{words}{tail}", f"接上题：上面合计的{len(rest) + len(gone)}家去掉{'、'.join(sorted(gone))}，余下的排")


_TWO_PLACES_GAP = re.compile(r"^(?:那)?(?:排)?第(?P<a>[一二三四五六七八九十\d])(?:名|位)?(?:和|跟|与|、|比)(?:排)?第(?P<b>[一二三四五六七八九十\d])(?:名|位)?"
                             r"(?:之间)?(?:的)?(?:比例|占比)?(?P<gap>(?:相)?差(?:了)?|高(?:出|了)?|低(?:了)?)(?P<how>几个百分点|多少个百分点|多少|几)(?:呢)?[?？。]*$")


def gap_of_two_places(q: Query, t: Thread) -> InContext | None:
    """这三家按比例从高到低排一下 → 第一和第三差几个百分点: the two places of the ranking just shown, on the share
    ranked (each in its year); a share not written out plainly is asked, never taken as counts."""
    said = _TWO_PLACES_GAP.match(q.text)
    conv = t.conv
    # (哪家…比例更高 (two ranked) → 高出几个百分点: the first against the second)
    bare = not said and len(conv.ranked) == 2 and conv.ranked_question == conv.last_question and re.match(
        r"^(?:那)?(?:(?:高|多|低|少)(?:出|了)?|(?:相)?差(?:了)?)(?:几个|多少个)百分点(?:呢)?[?？。]*$", q.text)
    if not ((said or bare) and conv.ranked and conv.ranked_question and RATE_WORDS.search(conv.ranked_question)):
        return None
    a, b = (cn_number(said.group("a")), cn_number(said.group("b"))) if said else (1, 2)
    places = list(zip(conv.ranked, conv.ranked_at, strict=False))
    if not (0 < a <= len(places) and 0 < b <= len(places) and a != b):
        return InContext(q, declined=f"排名里只有{len(places)}个，没有“{q.text}”说的名次")
    core = conv.ranked_question
    core = t.figure_only(core)
    core = re.sub(r"(?:按比例)?(?:从高到低|从低到高|从大到小|由高到低)?(?:排(?:一下|个序|序|名)?|谁最高|哪家最高|最高的是谁)[?？。]*$", "", core)
    # (把洪泽2024、淮安2024、平潭2022三份报告按这个比例排: the reports and their count are the places now named)
    core = re.sub(r"(?:这|那)?[两三四五六七八九十\d]+(?:份|家)(?:报告|年报|单位)?|^把|按(?=比例)", "", core)
    core = re.sub(r"^[和、，,的]+", "", core)
    (na, ya), (nb, yb) = places[a - 1], places[b - 1]
    text = f"{na}{ya}年和{nb}{yb}年{core}差几个百分点"
    read = t.reread(text)
    ranked = t.reread(conv.ranked_question)
    if not (read.ratio and {m.key for m in read.metrics} == {m.key for m in ranked.metrics}):
        return InContext(q, declined=f"“{q.text}”要比的是哪个比例没能确定，请写明（例如：平潭2022年和淮安2024年予以公开率差几个百分点）")
    return InContext(read, [f"接上题：第{a}名是{na}（{ya}年），第{b}名是{nb}（{yb}年）"])



_RANK_THE_LIST = re.compile(r"^(?:那|好)?(?:就)?(?:按|照)?(?:这个|这些|这几个|上面的?|刚才的?)?(?:数|数字)?(?:给我|帮我)?(?:再)?"
                            r"(?:排个名|排个序|排一下|排名|排序|排排|(?:从高到低|从多到少|从大到小)(?:排)?(?:一下)?)(?:吧|呢)?[。？?!！]*$")


def rank_the_list(q: Query, t: Thread) -> InContext | None:
    """淮安、洪泽、平潭各是多少 → 按这个排个名: the figures just listed side by side, ranked."""
    conv = t.conv
    shown = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    last = conv.last_question
    words = figure_words(last) if last else ""
    if not (_RANK_THE_LIST.match(q.text) and len(shown) >= 2 and words and not q.mentions and not q.metrics):
        return None
    names = "和".join(f"{a}{y}年" for a, y in shown)
    if RATE_WORDS.search(words):
        words += "" if re.search(r"比例|占比|比重|率", words) else "的比例"
    else:  # (the row and its column, never the asking words of the list: 新收了多少申请)
        # (表二's columns (采购总金额) only for a row of 表二: 收了多少 said of 新收 is no column of it)
        active = any(m.table == ACTIVE for m in t.reread(last).metrics)
        cols = column_spans(last) if active else own_columns(last)
        words = "".join(dict.fromkeys(last[a:b] for a, b in sorted(metric_spans(last, generic=True) + cols)))
    return t.written_out(f"{names}{words}从高到低排") if words else None
