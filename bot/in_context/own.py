"""Questions that stand on their own or point at the last figure: 我抄错了…, 它, 那年, 照这样算, 除了它."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.conversation import FOLLOW_END, LIKEWISE, PRONOUN, looks_like_followup
from bot.follow_up import BOTH, RANK_WORDS, carry_over, figure_words, question_stem
from bot.in_context.carried import column_still_asked
from bot.in_context.thread import (
    ACROSS,
    ACROSS_RATE,
    COUNT_ASKED,
    LEVEL_REF,
    OPERATION_WORD,
    POINTING,
    RATE_WORDS,
    InContext,
    Thread,
    own_columns,
    seen_government,
    without_names,
    year_not_held,
    year_of,
)
from bot.places import places_said
from bot.rows import (
    METRICS,
    NAMED_RATE,
    AmbiguousColumn,
    column_spans,
    find_column,
    find_metrics,
    metric_spans,
)
from bot.understand import Query, normalise_question
from bot.when import read_period
from index.model import ACTIVE, REQUESTS

# a clause before the question that only owns a mistake (我抄错了, 说错了) or thanks (收到 谢谢 再问下)
_ASIDE_FIRST = re.compile(r"^(?:[^。！!？?，,]*?(?:抄错|看错|说错|写错|打错|记错|搞错|弄错|看串|记混|搞混|弄混|写成[^。！!？?，,]{0,8})了[^。！!？?，,]*?[。！!，,\s]*|"
                          r"(?:好的?|行吧|好吧|那好吧?|行[，,。]|收到|谢谢|多谢|明白|了解|ok|嗯|不好意思|抱歉|换个话题|换个问题|换个角度|换个方向|顺便问一?下|问个别的|另外我注意到|另外)+(?:[。！!，,\s]+|(?=换|那(?![一两二三四五六七八九几]?(?:家|个|位|份))|再|还有|另外|是))|"
                          r"(?:哦|噢|呃|额)?(?:不对|不是)[。！!，,\s]*(?=我要|我想|我问|我说|我是说|我是问|应该是))"
                          r"(?:再问一?下|还有|另外|那|我要问的是|我问的是|我想问的是|要问的是|我要看的是|我想看的是|我说的是|我是说|我是问|应该是)?(.+)$")


# a year next to the one the thread is in, said with no year of its own (2024年的前一年 is read by bot/when.py)


def _names_its_own(text: str, t: Thread) -> bool:
    """Whether a sentence names an agency or a place of its own (held or not): 那淮安区政府呢."""
    read = t.reread(text)
    return bool(read.mentions or read.unknown_agency or read.unknown_place or read.place_said or read.government_said)


def said_first(q: Query, t: Thread) -> Query | None:
    """是我抄错了 698对。当年制发几件 / 收到 谢谢 再问下…: a clause owning a mistake or thanking, then the
    question: the question is what is read."""
    said = _ASIDE_FIRST.match(q.text)
    if said and said.group(1).strip():
        return t.reread(said.group(1))
    # 哦是洪泽区。那淮安区政府呢: a remark, then a follow-up of its own: the follow-up is what is asked
    parts = re.split(r"[。！!？?；;]+", q.text.rstrip("。！!？?；; "))
    remark = "".join(parts[:-1])
    if len(parts) == 2 and re.fullmatch(r"(?:还是|也)?(?:按)?(?:同样|同一|一样|相同)(?:的)?(?:口径|算法|方法|算|比例|比率|算法算)(?:来算|算)?|同上|一样算", parts[-1]):
        return t.reread(parts[0])  # 第三名呢？同样口径。: the question, said again to go on the same way
    if (len(parts) >= 2 and parts[-1] and t.conv.last_question and looks_like_followup(parts[-1])
            and not find_metrics(remark) and not read_period(remark).years  # (…各分项加起来是多少？和总计一致吗: one question)
            and not (t.catalog.mentions(remark) and not _names_its_own(parts[-1], t))  # (下面的洪泽区同一年呢？同样的比例)
            and not column_spans(remark)  # (社会公益组织那一格是印了0还是空着的？数字是多少: nor a column)
            and not re.search(r"吗|多少|几|是否|是不是|有没有|对不对|对得上", remark)):  # (收支对得上吗？两边各是多少: asked first)
        return t.reread(parts[-1])
    return None


def row_for_the_lost_column(q: Query, t: Thread) -> InContext | None:
    """维持的有几件 (not tied: which row?) → 复议的: the row named now, with the column that turn asked, of the agency the
    talk was on."""
    conv = t.conv
    lost = normalise_question(conv.last_declined) if conv.last_declined else ""
    if not (lost and q.metrics and not q.mentions and not q.years and not own_columns(q.text) and conv.agencies_seen
            and all(m.table == "review_litigation" for m in q.metrics) and not find_metrics(lost) and not t.catalog.mentions(lost)):
        return None
    cols = list(dict.fromkeys(c for a, b in own_columns(lost) if (c := lost[a:b]) not in ("总计", "合计")))
    if len(cols) != 1 or not re.fullmatch(r"(?:那)?[\u4e00-\u9fff]{2,8}?(?:的)?(?:呢)?[?？。]*", q.text):
        return None
    who = conv.agencies_seen[-1]
    rows = "".join(q.text[a:b] for a, b in metric_spans(q.text))
    return t.written_out(f"{who}{year_of(conv, who)}{rows}{cols[0]}的有几件")


_YEAR_CORRECTED = re.compile(r"^(?:不是|不对)?[，,]?(?:我)?(?:是说|说的是|指的是|问的是|要的是|是问|想问的是)[^，,。？?]{2,16}?(?:的)?(?:吧|啊|呀)?[?？。]*$")


def after_a_lost_turn(q: Query, t: Thread) -> InContext | None:
    """规划分局那边呢 (not understood at all) → 占比多少: what the follow-up is of is not known, so nothing is carried."""
    corrected = _YEAR_CORRECTED.match(t.question.strip())
    lost = t.reread(t.conv.lost_turn) if corrected and t.conv.lost_turn and not q.mentions and not q.metrics else None
    if lost is not None and lost.metrics and (lost.years or lost.relative) and (q.years or q.each_newest or re.search(r"最新", q.text)):
        # 哪家政府去年收到的申请最多 (2025 not held) → 我是说你们有的最新一年: that question, in the year said now
        text = t.conv.lost_turn
        for a, b in sorted(read_period(text).consumed, reverse=True):
            text = text[:a] + text[b:]
        when = "".join(f"{y}年" for y in q.years) or "最新一年"
        return t.written_out(when + text)
    # (同一个比例放到淮安是多少 (not answered) → 洪泽呢，就看最新那年: the agency swapped into a question never answered)
    bare_swap = bool(q.mentions) and not q.metrics and not column_spans(q.text) and not RATE_WORDS.search(q.text) and bool(
        re.fullmatch(r"(?:那)?[^，,。？?]{1,12}?(?:的)?呢(?:[，,][^，,。？?]{0,10})?[?？。]*", q.text))
    if (t.conv.lost_turn and not t.conv.options and (not q.mentions or bare_swap) and not q.years
            and (looks_like_followup(t.question) or len(q.text) <= 16)
            and not (t.conv.lost_plainly and q.metrics and not q.unread)):  # (rows named anew, in the thread's report)
        return InContext(q, declined=f"上一句“{t.conv.lost_turn}”没能回答，这一句接在哪个单位或数字上没能确定；"
                                     "请把单位、年份和要问的数字说完整")
    if (t.conv.lost_turn and not t.conv.options and q.years and not q.mentions and not q.metrics and not own_columns(q.text)
            and q.intent != "rank" and looks_like_followup(t.question)):
        # 后者占前者多少 (not answered) → 只看2024年呢: the figure that turn asked, in another year, is still not known
        return InContext(q, declined=f"上一句“{t.conv.lost_turn}”没能回答，换个年份也一样不知道要哪个数字；请把要问的数字说完整")
    return None




def rate_after_a_lost_turn(q: Query, t: Thread) -> InContext | None:
    """用这两个合计算个纠错率 (declined) → 单看洪泽的呢: that named rate, of the one agency now named; a rate never
    named is not guessed, and the figure of the turn before the lost one is never what is meant."""
    lost = t.conv.last_declined
    if not (lost and q.mentions and not q.metrics and RATE_WORDS.search(lost)):
        return None
    said = without_names(q)
    if not re.fullmatch(r"(?:那|那么)?(?:单看|只看|光看|单说|单算|就看)?(?:\d{4}年)?(?:的)?(?:单独|单独的|单独算|自己|自己的|一家)?(?:的)?(?:呢)?[?？。]*", said):
        return None
    rate = NAMED_RATE.search(lost)
    if rate is None:
        return InContext(q, declined=f"上一句“{lost}”没能回答，这一句要问的比例没能确定；请把要算的比例说完整（例如：洪泽2024年复议纠错率）")
    said_rate = rate.group(0)
    if re.match(r"纠错|纠正|维持|败诉", said_rate):  # (a bare 纠错率 is of the kind of case the talk is on)
        kinds = [k for k in ("复议", "诉讼") if k in lost or k in t.conv.last_question]
        if len(kinds) != 1:
            return InContext(q, declined=f"上一句“{lost}”没能回答，“{said_rate}”是行政复议的还是行政诉讼的没能确定，请说完整")
        said_rate = kinds[0] + said_rate
    names = "和".join(dict.fromkeys(t.names[i] for m in q.mentions for i in m.agency_ids if i in t.names))
    year = "" if q.years else "".join(f"{y}年" for y in read_period(t.conv.last_question).years[-1:])
    return t.written_out(f"{names}{year}{said_rate}", f"接上题：按“{names}{year}{said_rate}”理解（上一句没能算出）", rate_carried=True)


def after_a_lost_figure(q: Query, t: Thread) -> InContext | None:
    """这两项加起来 (declined) → 跟自然人那一列的办理结果总计比，差多少: the other side is the figure never given."""
    # 占（七）总计的比例 / 这个合计占…: the part is the one lost
    part_left_out = q.ratio and re.match(r"(?:那|那么|再)?(?:它|它们|(?:这|那)(?:些|几[件个项类笔])|(?:这|那)(?:个|一)?(?:合计|和|总数|加总|数|差|差额))?(?:又)?(?:的)?占", q.text)
    if (t.conv.figure_lost and not q.mentions and not q.years and (q.difference or (q.ratio or q.add_up) and not q.metrics or part_left_out)
            and len(q.metrics) < 2 and not t.conv.options  # (不予处理的合计: a sum of its own, said in full)
            and not q.exclude_ids and re.search(r"这个|那个|这些|那些|它|上面|刚才|其中|差|比|这一|那一|^(?:那|那么|再)?占", q.text)):
        # (除了秀洲分局，另外两家加起来呢: a sum of its own, leaning on no figure)
        return InContext(q, declined="上一句没能给出数字，这一句要和哪个数比（或加、占）没能确定；请把要算的两项都说完整")
    item = re.search(r"这一项|这项|该项|同一项|这个数|同一个合计|这个合计|同样的合计", q.text)
    if (t.conv.figure_lost or t.conv.last_unanswered) and item and (q.mentions or q.years) and not t.conv.year_not_held:
        # 淮安单独算呢 (declined) → 平潭2022年这一项是几件: the item of a turn never answered is not plain
        return InContext(q, declined=f"上一句没能给出数字，“{item.group(0)}”指哪一项没能确定；请写出这一项的名称")
    if (t.conv.figure_lost and not q.metrics and not q.mentions and not q.years and own_columns(q.text)
            and re.fullmatch(r"(?:那)?[\u4e00-\u9fff]{2,10}?(?:的)?呢[?？。]*", q.text) and RATE_WORDS.search(t.conv.lost_turn or "占比例率")):
        # 其中法律服务机构占多少 (not computed) → 商业企业呢: its count, or the share never given? asked, never the count alone
        return InContext(q, declined=f"上一句的比例没能算出来，“{q.text}”是问件数还是比例没能确定；请说完整（例如：商业企业有几件）")
    pointed_rate = re.search(r"(?:这个|这一|同一个?|同样的?|那个|一样的)(?:占比|比例|比率|比重|百分比)", q.text)
    if t.conv.figure_lost and pointed_rate:
        # 自然人占新收的比例 (declined) → 平潭这个占比呢: the share pointed at was never given; never an older one
        return InContext(q, declined=f"上一句的比例没能算出来，“{pointed_rate.group(0)}”指哪个比例没能确定；请写明谁占谁（例如：自然人占本年新收的比例）")
    return None


def still_not_understood(q: Query, t: Thread) -> InContext | None:
    """平均一个项目多少钱 (asked back: 平均 not understood) → 发改委呢: the same question of another agency or year,
    so the word not understood still stands; never the figure without it."""
    left = t.conv.left_unread
    if not (left and not q.metrics and not q.unread and not column_spans(q.text) and (q.mentions or q.years)
            and looks_like_followup(t.question)):
        return None
    return InContext(q, declined=f"上一句里的“{'”“'.join(left)}”我没读懂，换成别的单位或年份也一样答不了；"
                                 "请换个说法，或直接问表里的某个数字")


def reading_still_open(q: Query, t: Thread) -> InContext | None:
    """和平潭比呢 while the last turn asked whether a row's count or its rate was meant: the question goes on
    from that unanswered choice, so it waits for it rather than going on from the question before."""
    labels = [label for label, _ in t.conv.options]
    if (len(labels) == 2 and labels[0].endswith("的件数") and labels[1].endswith("的比例") and not q.metrics and q.mentions
            and not re.search(r"率|比例|比重|占|几成|百分|多少|几件|几个|件数", q.text)):
        # 平潭的商业企业 (count or share? asked) → 安康…的法律服务机构: the same doubt, of the one named now
        return InContext(q, declined=f"“{q.text}”是问件数，还是同样问比例？请说完整（例如：{q.text}有几件）")
    if len(labels) == 2 and labels[0].endswith("的件数") and labels[1].endswith("的比例") and not q.metrics and not q.mentions:
        return InContext(q, declined="上一句还没选：要件数还是比例？请先选一个（回复 1 或 2）",
                         choices=[Option(label, question) for label, question in t.conv.options])
    if len(labels) == 2 and labels[1].endswith("（总数）"):
        # 维持几件 / 不是，我问的是市政府的 / 复议呢 while the column of the row just named was asked back: the row
        # goes on (its total, since the next words name a row, a column or an agency of their own); an operation
        # alone (占它新收的几成) would rest on the unanswered choice, so it waits for it
        asks_own = bool(COUNT_ASKED.search(re.sub(r"[?？。的了]+$", "", q.text)))  # 维持几件: a figure asked in so many words
        again = column_still_asked(q, t)  # (复议后起诉的呢: only a row again, bare; the same doubt, of that row)
        if again is not None:
            return again
        if (q.metrics and not q.ratio) or q.mentions or q.years or LEVEL_REF.search(q.text) or (
                own_columns(q.text) and (asks_own or not (q.ratio or q.difference or q.add_up or t.conv.waited_on))):
            # (纠正的呢: a column of its own, of the row just named)
            t.conv.last_question, t.conv.options = t.conv.options[1][1], []
            return None
        t.conv.waited_on = t.question
        return InContext(q, declined="上一句还没选：要那一栏还是总数？请先选一个（回复 1 或 2）",
                         choices=[Option(label, question) for label, question in t.conv.options])
    return None


def across_of_its_own(q: Query, t: Thread) -> InContext | None:
    """要是按采购项目数量看，哪家最多: a ranking of its own across agencies; only the thread's year goes on."""
    if q.which_column and not q.mentions and len(t.conv.last_agencies) == 1 and not re.search(r"哪家|哪个单位|哪些单位|各家|各单位", q.text):
        # 把各类申请人按新收件数排一下: the columns of the thread's report ranked, not the agencies
        who = t.conv.last_agencies[0]
        return t.written_out(who + ("" if q.years else year_of(t.conv, who)) + q.text)
    if (q.mentions or not q.metrics or q.which_part or not (re.search(r"哪家|哪个单位|哪些单位|谁最|谁的|谁[^，。？?]{1,5}最(?:多|少|高|低)", q.text) or q.intent == "rank" and (q.top_n or q.nth or q.value_filter))
            or not t.conv.last_question or PRONOUN.match(q.text)):  # (垫底的是哪家: a place in the ranking shown, not a new ranking)
        return None
    if q.template or q.every_report:  # 2019版那几份报告里…哪家最多: the reports are said, no year of the thread goes on
        return InContext(q)
    ranked = t.reread(t.conv.ranked_question) if t.conv.ranked_question else None
    if not q.years and ranked is not None and ranked.every_report and not ranked.years:  # (2020年那五份: that year's)
        # 如果按予以公开占办结的比例排，前三是谁 after a ranking of every report: over those reports again
        return t.written_out("所有年报里" + q.text)
    years = "" if q.years else "".join(f"{y}年" for y in read_period(t.conv.last_question).years[-1:])
    return t.written_out(years + q.text)


def unit_not_held(q: Query, t: Thread) -> InContext | None:
    """淮安市水利局的呢: a unit we hold no report of, named right after the place it is in; never the place's
    government in its stead (the answer says what is held there)."""
    if not (q.unknown_agency and q.mentions):
        return None
    for m in q.mentions:
        governments = {t.names.get(i, "") for i in m.agency_ids}
        if not (governments and all("人民政府" in n for n in governments)):
            continue  # (秀洲规划分局: a unit held, said in pieces)
        if q.text[m.end :].startswith(q.unknown_agency) or q.text[m.end :].lstrip("的").startswith(q.unknown_agency):
            said = q.text[m.start : m.end] + q.text[m.end :][: q.text[m.end :].index(q.unknown_agency) + len(q.unknown_agency)]
            return InContext(q, declined=f"库中没有“{said}”的年报")
    return None


def inside_a_remainder(q: Query, t: Thread) -> InContext | None:
    """自然人以外的申请人加起来 → 这里面哪一类最多: the row's other columns ranked without the one left out;
    这里面法律服务机构占多少: a share inside a total less one of its parts is not computed, said so, never taken
    over the whole row instead."""
    last = t.conv.last_question
    inside = re.match(r"^(?:那)?(?:这里面|这里头|这当中|这些里面?|这些当中|其中|里面|里头|当中)", q.text)
    if not (last and inside and not q.mentions and (q.ratio or q.which_part or q.wants_top)):
        return None
    before = t.reread(last)
    if not (before.exclude_column or before.exclude_row):
        return None
    left = before.exclude_column or before.exclude_row.split("/")[-1]
    if (not q.ratio and before.exclude_column and len(before.metrics) == 1 and before.metrics[0].table == REQUESTS
            and len(t.conv.last_agencies) == 1):
        # 非自然人的一共多少件 → 这些里面哪一类最多: the row's other columns, ranked without the one left out
        who = t.conv.last_agencies[0]
        row = "".join(last[a:b] for a, b in metric_spans(last))
        asked = re.sub(r"哪(?:一)?(?:类|种)(?!申请人)", "哪类申请人", q.text[inside.end() :])  # (the row's columns are its kinds)
        return t.written_out(f"{who}{year_of(t.conv, who)}{row}除了{left}以外{asked}")
    return InContext(q, declined=f"上一问是去掉“{left}”之后的合计，其中某一项占它的比例我还不会算；"
                                 "可以分别问这一项的件数和这个合计，或问它占全部的比例")


def stands_alone(q: Query, t: Thread) -> InContext | None:
    """No thread yet, or a question that names both agency and figure, or one that needs none."""
    pointed = PRONOUN.match(q.text) and t.conv.last_agencies  # 它和洪泽区2024年比…: 它 is one of those compared
    # (这个合计跟淮安市政府2024年的新收比: the sum just shown is one side, never left out)
    pointed = pointed or (re.match(r"^(?:那)?(?:这个|那个|刚才(?:的|那个)?)(?:合计|总数|总和|之和|总量)(?=跟|和|与|比|同)", q.text) and t.conv.last_agencies)
    if not t.conv.last_question or (q.mentions and q.metrics and not pointed) or q.intent in ("help", "thanks", "list_agencies") or (
            q.intent == "search" and not _only_who_and_when(q)):
        return _in_the_threads_year(q, t) or _column_of_the_thread(q, t) or _the_rest_of_the_count(q, t) or InContext(q)
    if (q.years and q.metrics and not q.mentions and not pointed and q.intent in ("total", "rank")
            and re.search(r"(?<![这那前后头另其剩余外第])[三四五六七八九十\d]+家(?!长|属|庭|人|乡)", q.text)):
        return InContext(q)  # 2020年五家规范性文件本年新制作的合计呢: the reports of that year, said in full
    return None


def _only_who_and_when(q: Query) -> bool:
    """平潭2022年是多少 after a figure of another agency: the question names an agency (and a year) and asks 是多少,
    nothing else; it is a follow-up, not words to look for in the reports' text."""
    if not q.mentions or q.metrics:
        return False
    text = q.text
    for s, e in sorted([(m.start, m.end) for m in q.mentions] + list(q.time_spans), reverse=True):
        text = text[:s] + text[e:]
    return bool(re.fullmatch(r"(?:那|那么)?(?:的)?(?:是|有|为)?(?:多少|几)?(?:呢|吗)?[?？。]*", text))


def _the_rest_of_the_count(q: Query, t: Thread) -> InContext | None:
    """…淮安24年的许可 → 再加上平潭那份，三家的行政许可排个序: the agencies of the talk make up the count said, with
    the one added now (only when the talk has exactly the ones missing)."""
    added = re.match(r"^(?:那)?(?:再)?(?:加上|算上|把)", q.text)
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    if not (added and q.stated_count and len(named) < q.stated_count):
        return None
    others = [a for a in dict.fromkeys(reversed(t.conv.agencies_seen)) if a not in named and a in t.conv.seen_in]
    if len(others) != q.stated_count - len(named):
        return None  # (which of the talk's agencies make up the count is not plain)
    said = "、".join(f"{a}{t.conv.seen_in[a]}年" for a in reversed(others))
    return t.written_out(said + "加上" + q.text[added.end() :])


_IT_AS_OPERAND = re.compile(r"(?<=跟|和|与|比|同|较)(?:它|它们家|该单位|这家单位|这家)(?!们)")


def it_as_the_other_side(q: Query, t: Thread) -> Query | None:
    """同一年洪泽区的纠错率跟它差了多少个百分点: 它 beside an agency named is the one agency the talk is on."""
    said = _IT_AS_OPERAND.search(q.text)
    conv = t.conv
    if not (said and q.mentions and len(conv.last_agencies) == 1) or conv.options or re.search(r"[这那]个(?:数|比例|比率|占比)", q.text):
        return None  # (an ask-back still open, or 刚才平潭那个数跟它差多少: which figure of it is meant is read further on)
    who = conv.last_agencies[0]
    if who in {t.names.get(i) for m in q.mentions for i in m.agency_ids}:
        return None  # (洪泽…跟它比 on a thread of 洪泽: which year or row 它 is, is read further on)
    return t.reread(q.text[: said.start()] + who + year_of(conv, who) + q.text[said.end() :])


def _column_of_the_thread(q: Query, t: Thread) -> InContext | None:
    """平潭规章呢 after 现行有效件数 of 规范性文件: a row of 表二 has no total, so the column the talk is on goes on
    (one that row has; otherwise which column is asked, further on)."""
    last = t.conv.last_question
    if not (last and q.mentions and len(q.metrics) == 1 and q.metrics[0].table == ACTIVE and FOLLOW_END.search(q.text)
            and not column_spans(q.text, active=True) and q.intent == "lookup"):
        return None
    cols = list(dict.fromkeys(last[a:b] for a, b in own_columns(last, active=True)))
    if len(cols) != 1:
        return None
    text = re.sub(r"(?:的)?呢(?=[?？。]*$)", cols[0] + "呢", q.text, count=1)
    carried = t.reread(text)
    if [m.key for m in carried.metrics] != [q.metrics[0].key] or not column_spans(text, active=True):
        return None
    try:
        fits = any(find_column(text, carried.metrics[0], tpl) for tpl in carried.metrics[0].cols)
    except AmbiguousColumn:
        fits = False
    return InContext(carried, [f"接上题：按“{text}”理解（{cols[0]}是上一问的那一栏）"]) if fits else None


def _in_the_threads_year(q: Query, t: Thread) -> InContext | None:
    """洪泽的强制呢 after 平潭22年…: said as a follow-up with no year, the thread's year goes on; an agency that
    does not hold it and holds several years is asked which (one it holds alone is answered, and said so)."""
    ids = {i for m in q.mentions for i in m.agency_ids}
    last_years = read_period(t.conv.last_question).years if t.conv.last_question else []
    if q.years or len(ids) != 1 or len(last_years) != 1 or not FOLLOW_END.search(q.text) or q.intent != "lookup":
        return None
    aid, year = next(iter(ids)), last_years[0]
    held = t.held.get(aid, {})
    if year in held or len(held) < 2:
        return None
    name = t.names[aid]
    return InContext(q, declined=f"{name}没有{year}年的年报，请问要哪一年？",
                     choices=[Option(f"{y}年", q.rewritten(0, 0, f"{y}年")) for y in sorted(held, reverse=True)])


def government_held_against(q: Query, t: Thread) -> Query | None:
    """洪泽区2024年的申请量相当于市政府的百分之几: 市政府 is the city government this conversation has shown."""
    if not (q.mentions and re.search(r"(?:相当于|占|比|和|跟)(?:了)?(市|区|县)(?:人民)?(?:政府|府|里)", q.text)):
        return None
    text = _seen_governments(q.text, t)
    return t.reread(text) if text != q.text else None


def pointing(q: Query, t: Thread) -> InContext | Query | None:
    """洪泽24年这个比例呢: the rest of the question is what changes."""
    pointing = POINTING.search(q.text)
    if (pointing and re.fullmatch(r"这一?项", pointing.group(0)) and t.conv.last_part and not q.metrics
            and t.reread(t.conv.last_question).which_part):
        # 办理结果里最多的是哪一项 → 两年的这一项加起来: the part that ranking put first, named
        return t.reread(q.text[: pointing.start()] + t.conv.last_part + q.text[pointing.end() :])
    if pointing and t.conv.options and not q.metrics:  # an ask-back left open: which figure 这一项 means is not known
        return InContext(q, declined=f"“{pointing.group(0)}”指哪一项没能确定（上一句还在问要哪一个），请写出要问的数字")
    if (pointing and re.fullmatch(r"这个(?:数字?|量|数量|总量)", pointing.group(0)) and q.mentions and not q.metrics
            and re.fullmatch(r"(?:那)?", q.text[: pointing.start()]) and re.match(r"(?:和|跟|与|同|比)", q.text[pointing.end() :])
            and len(t.conv.last_agencies) == 1):
        # 这个数和淮安市2024年比，谁多: the thread's figure, of its agency, against the agency named
        last, who = t.conv.last_question, t.conv.last_agencies[0]
        years = read_period(last).years
        if len(years) > 1:  # 洪泽两年加起来 → 这个数跟平潭比: a sum of years, never one year of it
            return InContext(q, declined=f"“{pointing.group(0)}”是{who}{'、'.join(map(str, years))}年的合计，"
                                         "和别的单位一年的数比，请把两边都写完整（例如：洪泽区2024年新收跟平潭2022年比多多少）")
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + own_columns(last, active=True)))
        if words:
            return t.reread(f"{who}{year_of(t.conv, who)}{words}{q.text[pointing.end() :]}")
    if pointing and re.fullmatch(r"这个(?:数字?|量|数量|总量)", pointing.group(0)) and q.mentions and not q.metrics:
        # 洪泽这个量相当于市政府的百分之几: the figure just asked, of the agency named, against the government seen
        last = t.conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + own_columns(last, active=True)))
        if words:
            years = read_period(last).years
            # (in the thread's year; 洪泽最新那份里这个数: its newest report)
            when = f"{years[0]}年" if len(years) == 1 and not q.years and not q.each_newest and not re.search(r"最新|最近", q.text) else ""
            named = [t.names[m.agency_ids[0]] for m in q.mentions if len(m.agency_ids) == 1]
            if when and named and named[0] in t.conv.seen_in:  # 平潭这个数 after 淮安's: the year 平潭 was shown for
                when = year_of(t.conv, named[0])
            text = q.text[: pointing.start()] + when + words + q.text[pointing.end() :]
            zhan = last.find("占")
            part = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + own_columns(last, active=True)) if e <= zhan)
            if RATE_WORDS.search(last) and zhan > 0 and part and not RATE_WORDS.search(q.text) and not re.search(r"倍|相当于|占", q.text):
                # 本机关不掌握有几件 → 占办理结果总计的比例 → 洪泽区2024年这个数是多少: the share, or the count it
                # was of? writers split, so it is asked
                head = _seen_governments(q.text[: pointing.start()] + when, t)
                core = last
                core = t.figure_only(core)
                return InContext(q, declined=f"“{pointing.group(0)}”指上一句的比例，还是那一项的件数？", choices=[
                    Option(f"{part}的件数", f"{head}{part}多少件"), Option("比例", head + re.sub(r"^[的，,]+", "", core))])
            held = year_not_held(text, q, t)  # 平潭的这个数 after 淮安's 2024: its one report, said
            return held if held is not None else t.reread(_seen_governments(text, t))
    if (pointing and re.fullmatch(r"(?:按)?同一?项|这一?项", pointing.group(0)) and RATE_WORDS.search(t.conv.last_question)
            and not RATE_WORDS.search(q.text) and (q.mentions or q.years)):
        # 秀洲分局同一项呢 after a share: the same item (the row), its count; the same share is 同一比例
        rest = re.sub(r"(?:的)?(?:是)?(?:多少|几件)?(?:呢|吗)?[?？。]*$", "", q.text[: pointing.start()] + q.text[pointing.end() :])
        # (换秀洲分局看看，同一项是多少: where the talk turns, not what it asks)
        rest = re.sub(r"^(?:那)?(?:再)?换(?:成|到)?|(?:看看|看一下|看下)(?:[，,])?|[，,]$", "", rest)
        if not q.mentions and len(t.conv.last_agencies) == 1:  # 2024年同一项: the thread's agency, in the year said
            zhan = t.conv.last_question.find("占")
            last = t.conv.last_question
            part = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + own_columns(last)) if e <= zhan) if zhan > 0 else ""
            if not part:
                return None
            return t.reread(t.conv.last_agencies[0] + rest + part + "多少件")
        return t.reread(rest + "多少件")
    last = t.conv.last_question
    if (pointing and re.fullmatch(r"这个数字?", pointing.group(0)) and last and RATE_WORDS.search(last) and "占" in last
            and not RATE_WORDS.search(q.text) and not q.metrics and not q.mentions and len(t.conv.last_agencies) == 1):
        # 它占新收的比例 → 转年这个数字变成多少了: the share again, or the count it was taken of? asked, never guessed
        said_year = read_period(last).years
        def in_year(text: str) -> str:
            return text.replace(f"{said_year[0]}年", f"{q.years[0]}年", 1) if q.years and len(said_year) == 1 else text
        count = re.sub(r"(?:的)?$", "", last[: last.index("占")])
        return InContext(q, declined=f"“{pointing.group(0)}”指上一句的比例，还是那一项的件数？", choices=[
            Option("比例", in_year(last)), Option("件数", in_year(count))])
    rest = q.text[: pointing.start()] + q.text[pointing.end() :] if pointing else ""
    if pointing and re.fullmatch(r"这一?项", pointing.group(0)) and rest and (
            not metric_spans(rest) or q.text[pointing.end() :].startswith("占")):  # (这一项占它本年新收的比例: the part)
        # 回到第一名，它这一项里自然人以外的…: the row the talk is on, never dropped for a row read from 申请人
        source = t.conv.ranked_question if re.search(r"第[一二三四五六七八九十\d]+名|榜首|头名|排第", q.text) and t.conv.ranked_question else t.conv.last_question
        shown = t.reread(source).metrics if source else []
        # (规范性文件 对外公开总数量: the row with the column it was asked in)
        cols = list(dict.fromkeys(source[a:b] for a, b in own_columns(source, active=True))) if source else []
        label = re.sub(r"（[^）]*）$", "", shown[0].label).replace("·", "") if len(shown) == 1 else ""
        words = label + "".join(cols) if label and len(cols) <= 1 else ""
        if words:
            return t.reread(q.text[: pointing.start()] + words + q.text[pointing.end() :])
    if (pointing and re.search(r"比例|率", pointing.group(0)) and not RATE_WORDS.search(t.conv.last_question or "")
            and (t.conv.lost_turn or t.conv.figure_lost)):
        # 后者占前者多少 (not answered) → 同年淮安市这个比例是多少: the share pointed at was never given
        return InContext(q, declined=f"“{pointing.group(0)}”指的比例前面没能算出来，请写明谁占谁（例如：本机关不掌握占新收的比例）")
    if pointing and q.text != pointing.group(0):
        kept = "比例" if re.search(r"比例|率", pointing.group(0)) and RANK_WORDS.search(q.text) else ""  # 这个比例谁最高: still the rate
        if re.search(r"比例|率", pointing.group(0)) and not RATE_WORDS.search(t.conv.last_question) and not q.metrics:
            kept = "占比"  # 予以公开的几件 → 这个比例是多少: the share of the count just shown
        core = re.sub(r"[，,]", "", t.figure_only(t.conv.last_question))
        if (re.search(r"比例|率", pointing.group(0)) and not kept and not q.metrics and q.mentions
                and re.fullmatch(r"[^占]{2,24}占(?:的)?(?:是)?(?:多少|几成|百分之几|多大比例|比例|比重)?[?？。]*", core)
                and not re.search(r"刚才|这个|那个|上面|前面|它", core)):  # (就在刚才这个办结数里…: pointing on, not said out)
            # 办结的总计里予以公开的占多少 → 同一年洪泽区的这个比例是多少: that share, said out, of the agency named
            kept = re.sub(r"占(?:的)?(?:是)?(?:多少|几成|百分之几|多大比例|比例|比重)?[?？。]*$", "占比", core)
        named = NAMED_RATE.search(t.conv.last_question or "")
        if re.search(r"比例|率", pointing.group(0)) and not kept and not q.metrics and named and len(set(NAMED_RATE.findall(t.conv.last_question))) == 1:
            kept = named.group(0)  # 实质公开率 → 高出几个百分点 → 拿平潭2022年那份来对照，这个率是多少: that named rate
            kinds = [k for k in ("复议", "诉讼") if k in t.conv.last_question]
            if re.match(r"纠错|纠正|维持|败诉", kept):  # (a bare 纠错率 is of the kind the talk is on; which, or none)
                kept = kinds[0] + kept if len(kinds) == 1 else ""
        text = q.text[: pointing.start()] + kept + q.text[pointing.end() :]
        if kept and q.mentions and NAMED_RATE.fullmatch(kept):
            # 拿平潭2022年那份来对照，这个率是多少: the named rate, of the agency named, a question of its own
            return t.written_out(text)
        return t.reread(text)
    return None


def share_of_another_agency(q: Query, t: Thread) -> InContext | None:
    """洪泽的行政处罚是多少 → 相当于淮安市的百分之几: the thread's figure, of its agency, over the same figure of the
    agency named."""
    said = re.match(r"^(?:那|它|这个数|这个量)?(?:相当于|占|是)(?=[^，,。？?]{1,16}的(?:百分之|几成|多少成|比例|几分之|几倍|多少倍))", q.text)
    conv = t.conv
    if not (said and q.mentions and not q.metrics and len(conv.last_agencies) == 1 and conv.last_question
            and not RATE_WORDS.search(conv.last_question)):
        return None
    who = conv.last_agencies[0]
    if who in {t.names.get(i) for m in q.mentions for i in m.agency_ids}:
        return None
    last = conv.last_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + own_columns(last, active=True)))
    if not words:
        return None
    rest = re.sub(r"^(?:那|它|这个数|这个量)", "", q.text)
    return t.written_out(f"{who}{year_of(conv, who)}{words}{rest}")


def likewise(q: Query, t: Thread) -> None:
    """行政许可也这样排一下: the last ranking asked goes on, with this figure."""
    if LIKEWISE.search(q.text) and RANK_WORDS.search(q.text) and not RANK_WORDS.search(t.conv.last_question):
        ranking = next((h for h in reversed(t.conv.history) if RANK_WORDS.search(h)), None)
        if ranking is not None:
            t.conv.last_question = ranking


def only_the_agency_left_out(q: Query, t: Thread) -> InContext | None:
    """2023年复议后起诉那行的总计印的是几 after a change: a question of its own that leaves out only the agency."""
    conv = t.conv
    own = q.metrics and not q.mentions and len(conv.last_agencies) == 1
    asked = re.search(r"(?:印的|写的|填的)(?:是)?(?:多少|几)[件个]?[?？。]*$", q.text) and not q.ratio and not q.add_up
    at = q.text.find("占")
    # 行政查询事项占不予公开的几成: a share that names its part and its whole; only the agency is left out
    share = q.ratio and at > 0 and metric_spans(q.text[:at]) and metric_spans(q.text[at:]) or (
        q.ratio and len({m.key.rstrip("~") for m in q.metrics}) >= 2 and re.search(r"里面?|当中|中(?=[，,]?[\u4e00-\u9fff]{1,8}占)", q.text))
    # 行政诉讼呢？未经复议直接起诉和复议后起诉加在一起 after a rate: its own rows added, never the rate carried on
    # (自然人一列的办理总计加结转下年呢: two rows of its own added, only the agency left out)
    # 无法提供的加起来呢 after a rate: its parts added (not over years: 不予公开两年加起来呢)
    grouped = (len(q.metrics) == 1 and any(m.parent == q.metrics[0].key for m in METRICS) and RATE_WORDS.search(conv.last_question)
               and not q.years and not re.search(r"两年|几年|各年|历年|每年|三年", q.text))
    summed = (q.add_up and (len(q.metrics) >= 2 or grouped) and not q.ratio and not RATE_WORDS.search(q.text)
              and not BOTH.search(q.text) and not PRONOUN.match(q.text))
    if not (own and (asked and re.search(r"比|变化|差|占|合计|一共|加", conv.last_question) or share or summed)):
        return None
    if re.search(r"另(?:外)?(?:那)?(?:一)?(?:家|个单位|份)|别的单位|其他(?:几)?家", q.text):
        return None  # 另一家的许可和处罚加在一起: another agency than the thread's, read further on
    if q.intent == "rank" or q.top_n or q.nth:  # 如果按予以公开占办结的比例排，前三是谁: a ranking, never one agency's
        return None
    who = conv.last_agencies[0]
    last = conv.last_question
    cols = [c for c in dict.fromkeys(last[a:b] for a, b in own_columns(last)) if c not in ("总计", "合计")] if last else []
    before = t.reread(last) if cols and share and not own_columns(q.text) else None
    if before is not None and len(cols) == 1 and {m.key for m in before.metrics} & q.part_rows:
        # 其中予以公开的呢（商业企业）→ 按新收数做分母，它的予以公开比例: the share in the column the thread is in
        return t.written_out(who + ("" if q.years else year_of(conv, who)) + q.text + f"（{cols[0]}）")
    both = re.search(r"(?:这|那)?两(?:个)?年(?:度)?(?:的)?", q.text)
    if both and not q.years and len(set(conv.years_seen[-2:])) == 2:  # 这两年…分别占当年新收的多少: both years asked
        a, b = sorted(set(conv.years_seen[-2:]))
        return t.written_out(f"{who}{a}年和{b}年" + q.text[: both.start()] + q.text[both.end() :])
    return t.written_out(who + ("" if q.years else year_of(conv, who)) + q.text)


def than_a_number(q: Query, t: Thread) -> InContext | None:
    """超过3500件，对吗 → 实际比3500少多少: the figure just checked, against the number said now."""
    last = t.conv.last_question
    if not (q.against_number is not None and not q.metrics and not q.mentions and len(t.conv.last_agencies) == 1 and last):
        return None
    stem = re.sub(r"^(?:有人说|有报道说|据报道|报道称|听说|据说|网上说|网传|某报称|稿子里写)[,，]?", "", last)
    stem = re.sub(r"(?:超过|多于|不止|不到|少于|低于|接近|将近|约)?[,，]?(?:对吗|对不对|属实吗?|是吗|是真的吗)?[?？。]*$", "", stem)
    said = re.search(r"比\d", q.text)
    return t.written_out(question_stem(stem) + q.text[said.start() :]) if said and t.reread(stem).metrics else None


# ，我按纠正÷总计算: the definition a rate was asked by, as a clause of the question
_FORMULA_CLAUSE = re.compile(r"[，,]?(?:我|就|还是|都)?(?:按|用|以)[^，,。？?]*?(?:÷|/|除以)[^，,。？?]*?(?:来)?(?:算|计算)?(?=[，,。？?]|$)")
_FORMULA_SAID = re.compile(r"[，,]?(?:还是|也|都|同样|仍然|依然)?(?:按|用)(?P<part>[^，,。？?÷/]{1,12}?)(?:÷|/|除以)(?P<whole>[^，,。？?]{1,12}?)"
                           r"(?:来)?(?:算|计算)?[?？。]*$")


def definition_restated(q: Query, t: Thread) -> InContext | None:
    """纠错率，按纠正÷总计算 → 扣掉尚未审结呢 → 平潭呢，还是按纠正除以总计: the rate of the agency named, by the
    definition said now (never the one the thread had come to)."""
    said = _FORMULA_SAID.search(q.text)
    conv = t.conv
    head = q.text[: said.start()] if said else ""
    if not (said and head and q.mentions and conv.last_question and RATE_WORDS.search(conv.last_question)
            and not metric_spans(head, generic=True) and not RATE_WORDS.search(head)):
        return None  # (淮安…实质公开率呢？按…÷…算: a rate of its own, named)
    stem = _FORMULA_CLAUSE.sub("", re.sub(r"[，,]?扣掉尚未审结", "", conv.last_question))
    full = carry_over(stem, t.reread(head), t.catalog, conv.years_seen, conv.agencies_seen, conv.listed,
                      conv.listed_at, conv.seen_in)
    if full is None:
        return None
    full = re.sub(r"[?？。]+$", "", full) + f"，按{said.group('part')}除以{said.group('whole')}算"
    return year_not_held(full, q, t) or t.written_out(full)


_WHOLE_SAID = re.compile(r"^(?P<head>.+?)[，,。？?]+(?:还是|也|都|就|均|同样|一样|照样|仍然|仍)?(?:按|用|以)(?P<whole>[^，,。？?÷/]{2,10}?)(?:为分母|作分母)?(?:来)?(?:算|计算)[。.!！]*$")


def whole_restated(q: Query, t: Thread) -> Query | InContext | None:
    """秀洲分局予以公开的占多少 → 安康市自然资源局呢？按办结总数算: the same share of the agency named; the whole
    said is the one the share was taken over (another whole is asked back, never a count of it)."""
    said = _WHOLE_SAID.match(q.text)
    last = t.conv.last_question
    if not (said and q.mentions and last and RATE_WORDS.search(last) and find_metrics(said.group("whole"))):
        return None
    head = t.reread(said.group("head"))
    if head.metrics or not head.mentions:
        return None
    before = t.reread(last)
    whole = {m.key.rstrip("~") for m in find_metrics(said.group("whole"))}
    wholes = {k.rstrip("~") for k in before.whole_rows} or {"总计"}  # (an outcome's share is over （七）总计)
    if whole <= wholes:
        return head
    at = last.find("占")  # another whole: the part of the last share, over the whole said now
    part = "".join(dict.fromkeys(last[s:e] for s, e in metric_spans(last) if at < 0 or e <= at))
    if not part:
        return InContext(q, declined=f"“按{said.group('whole')}算”要算哪一项的比例没能确定，请写完整（例如：X占{said.group('whole')}的比例）")
    who = re.sub(r"(?:的)?呢$", "", said.group("head"))
    return t.written_out(f"{who}{part}占{said.group('whole')}的比例")


def rate_over_decided(q: Query, t: Thread) -> InContext | None:
    """纠错率（纠正 ÷ 总计） → 扣掉尚未审结的再算一遍呢: the same rate, over the cases decided."""
    last = t.conv.last_question
    if (q.over_decided and last and not RATE_WORDS.search(last) and re.search(r"(?:刚才|前面|上面|之前)?(?:那个|这个|的)(?:比例|比率|率)", q.text)
            and t.conv.history and RATE_WORDS.search(t.conv.history[-1])
            and {i for m in t.reread(t.conv.history[-1]).mentions for i in m.agency_ids}
            == {i for m in t.reread(last).mentions for i in m.agency_ids}):
        # 纠错率 → 那边还没审结的有几件 → 把没审完的剔掉，再算一次刚才那个比例: the rate asked before the count, of that agency
        last = t.conv.history[-1]
    if not (q.over_decided and not q.metrics and not q.mentions and not q.years and last and RATE_WORDS.search(last)):
        return None
    plain = _FORMULA_CLAUSE.sub("", last)
    if not t.reread(plain).metrics:  # (纠错率按纠正件数除以复议总数算: the rows are the formula's; it stays)
        plain = last
    plain = re.sub(r"[，,]?(?:又|那)?(?:是)?(?:多少|几)?[?？。]*$", "", plain)
    # 纠正的占总计多少 → 扣掉尚未审结的: the named rate (纠错率 / 维持率), taken over the cases decided
    plain = re.sub(r"(?:结果)?(纠正|维持)(?:的)?(?:件数)?占(?:了)?(?:总计|总数|全部|合计)(?:的)?(?:比例|比重|多少|百分之几)?",
                   lambda m: "纠错率" if m.group(1) == "纠正" else "维持率", plain)
    parts = "，按分项算" if t.reread(last).by_parts and not t.reread(plain).by_parts else ""  # (over the parts it went on)
    return t.written_out(plain + "，扣掉尚未审结" + parts)


def not_a_follow_up(q: Query, t: Thread) -> InContext | None:
    """A question complete on its own, or a fragment with nothing to carry (稍等，领导叫我)."""
    if (q.intent == "rank" and q.years and q.metrics and not q.mentions and not (q.which_part or q.which_column)
            and re.match(r"^(?:那)?(?:再)?(?:(?:19|20)?\d{2}年)", q.text) and re.search(r"排(?:个|一)?(?:名|序|下)|排行|从高到低|从多到少|从低到高|从少到多", q.text)):
        return InContext(q)  # 24年 新收申请 排个名 after a question on 平潭: the agencies of that year, ranked
    across = q.intent in ("total", "rank") and not ACROSS.search(q.text)  # 两类加起来总共多少: still the last agency's
    # only a fragment naming a year, a column, an operation, or said as a follow-up (那…呢) takes the rest
    fragment = not q.metrics and q.intent in ("narrative", "unknown") and bool(
        q.years or column_spans(q.text) or OPERATION_WORD.search(q.text) or looks_like_followup(t.question))
    whom_left_out = not q.mentions and (q.intent in ("lookup", "trend", "change", "checks") or BOTH.search(q.text) or across
                                         or fragment) and not (
        q.level or q.sector or q.unknown_agency or q.unknown_place or q.province or q.place_ids)
    # 平潭比洪泽24年多多少: the last figure (a question naming a column or share of its own is not one)
    figure_left_out = q.mentions and not q.metrics and (q.intent == "narrative" and not q.ratio or (
        q.ratio and not ACROSS_RATE.search(q.text)))  # A和B里比例谁最高: the share just asked, of those named
    carryable = bool(q.years or q.metrics or q.mentions or column_spans(q.text) or OPERATION_WORD.search(q.text)
                     or re.search(r"哪(?:一|个)?年", q.text) and len(set(t.conv.years_seen[-2:])) == 2)  # 哪一年更多: of those two
    if not looks_like_followup(t.question) and (len(q.text) > 8 or not carryable) and not whom_left_out and not figure_left_out:
        return InContext(q)
    return None


_GAP_SAID_OTHERWISE = re.compile(r"^(?:那)?(?:(?:较|更)?(?:高|多|大)的(?:那家|那个|一家)?比(?:较|更)?(?:低|少|小)的(?:那家|那个|一家)?)?"
                                 r"(?:多出来|多出|高出|高了|多了|少了|低了|多|少|高|低)(?:了)?(?:多少|几件|几个|多少件|(?P<points>几个百分点|多少个百分点))(?:呢|啊)?[?？。]*$")


def gap_said_otherwise(q: Query, t: Thread) -> Query | None:
    """多出来多少 right after two agencies were compared: the gap between them, as 差多少 reads it (after one
    agency's years, 少了多少 is read as the change, further on)."""
    said = _GAP_SAID_OTHERWISE.match(q.text)
    if said and not q.mentions and not q.years and len(t.conv.last_agencies) == 2:
        return t.reread("差几个百分点" if said.group("points") else "差多少")
    return None


_BY_PARTS = re.compile(r"^(?:那|那就|那么)?(?:就)?(?:按|用)(?:分项|各项)(?:之和|加总|相加|合计)?(?:来)?(?:算|计算)(?:一下)?(?:呢|吧|啊)?[?？。]*$")


def by_the_parts(q: Query, t: Thread) -> InContext | None:
    """按分项算呢 after a rate declined for a printed 0: the same question, over the parts' sum."""
    if not (_BY_PARTS.match(q.text) and t.conv.last_question):
        return None
    return t.written_out(re.sub(r"[?？。]+$", "", t.conv.last_question) + "，按分项算")


def _seen_governments(text: str, t: Thread) -> str:
    """市政府 / 区里 in a question that names another agency: the one government of that level this conversation
    has shown (left as said when there is none, or several, or when a place's name goes before it: 清江浦区政府)."""
    def named(m: re.Match) -> str:
        if m.start() > 0 and text[m.start() - 1] not in "于占比和跟与的,，是在对":
            return m.group(0)
        return seen_government(t, m.group(1)) or m.group(0)
    return re.sub(r"(市|区|县)(?:人民)?(?:政府|里)", named, text)


# (占总共收的多少: the whole of a share said as what was received)
_RECEIVED = re.compile(r"收了(?=多少|几)|收到了?(?=多少|几)|(?<=占)(?:总共|一共|全部|全年|当年)?收(?:到)?的?(?:总数|总量|数)?(?=(?:的)?(?:多少|几成|百分|比例|比重))")


def received_in_the_thread(q: Query, t: Thread) -> Query | None:
    """安康那个收了多少 while the thread is on 表三: 收了 is the applications received (本年新收), not 表二's fees
    (whose amount column is also said 收了多少)."""
    said = _RECEIVED.search(q.text)
    if not (said and not q.metrics and t.conv.last_question and not re.search(r"费|钱|金额|元", q.text)):
        return None
    if not q.mentions and (q.unknown_place or places_said(q.text)):
        return None  # 清江浦区政府的报告你有吗，它收了多少: a place we hold nothing of, said so on its own
    if {m.table for m in t.reread(t.conv.last_question).metrics} != {REQUESTS}:
        return None
    return t.reread(q.text[: said.start()] + "收到的申请" + q.text[said.end() :])


_SUM_TAIL = re.compile(r"(?:的)?(?:数)?(?:加起来|合起来|加在一起|加一起|合计|一共|总共|之和)")


def sum_of_the_thread_figure(q: Query, t: Thread) -> Query | None:
    """（行政处罚）前三名是哪些 → 洪泽两年的加起来是多少: the figure the talk is on, of the agency and years said,
    added (never a sum of nothing named)."""
    said = _SUM_TAIL.search(q.text)
    last = t.conv.last_question
    if not (said and len(q.mentions) == 1 and not q.metrics and not own_columns(q.text) and last and len(q.years) >= 2):
        return None
    read = t.reread(last)
    words = figure_words(last)
    if len(read.metrics) != 1 or not words or RATE_WORDS.search(words):
        return None
    return t.reread(q.text[: said.start()] + words + q.text[said.start() :])


def applicants_of_the_row(q: Query, t: Thread) -> InContext | None:
    """部分公开几件 → 都是自然人申请的吗，自然人几件: the column of the row the talk is on, or the applications of
    that column (本年新收)? Both are said this way; asked, never the row silently switched."""
    conv = t.conv
    if not (q.metrics and all(m.key == "申请" for m in q.metrics) and not q.mentions and len(conv.last_agencies) == 1
            and conv.last_question and not RATE_WORDS.search(q.text)):
        return None
    cols = [c for c in dict.fromkeys(q.text[a:b] for a, b in own_columns(q.text)) if c not in ("总计", "合计")]
    last = t.reread(conv.last_question)
    if len(cols) != 1 or len(last.metrics) != 1 or last.metrics[0].table != "requests" or last.metrics[0].key.rstrip("~") in ("本年新收", "申请"):
        return None
    who, row = conv.last_agencies[0], last.metrics[0].label
    year = year_of(conv, who)
    return InContext(q, declined=f"“{cols[0]}”是问{row}里的{cols[0]}，还是{cols[0]}提出的新申请？", choices=[
        Option(f"{row}（{cols[0]}）", f"{who}{year}{row}{cols[0]}多少件"), Option(f"本年新收（{cols[0]}）", f"{who}{year}本年新收{cols[0]}多少件")])



_TAKEN_OFF = re.compile(r"^(?:那)?(?:再)?(?:减掉|减去|扣掉|扣除|减)(?P<what>[^，,。？?]{2,16}?)(?:的)?(?:呢|是多少|多少|还剩多少|剩多少)?[?？。]*$")


def taken_off_the_sum(q: Query, t: Thread) -> InContext | None:
    """新收加上年结转一共多少 → 再减掉结转下年度继续办理的: the sum just shown, less the row named now."""
    said = _TAKEN_OFF.match(q.text)
    conv = t.conv
    if not (said and find_metrics(said.group("what")) and not q.mentions and not q.years and conv.last_question
            and len(conv.last_agencies) == 1):
        return None
    last = t.reread(conv.last_question)
    if not (last.add_up or last.mixed_sum) or last.ratio or last.difference or len(last.metrics) < 2:
        return None  # (a sum of rows just shown, one report: 各项加起来 or a sum over agencies is not taken from here)
    stem = re.sub(r"(?:的)?(?:一共|总共|合计|加起来)?(?:是)?(?:多少件?|几件)?[?？。]*$", "", conv.last_question)
    return t.written_out(f"{stem}再减掉{said.group('what')}")
