"""Questions that stand on their own, point at the last figure, or check it: 我抄错了…, 这个数对吗, 它, 那年."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Option
from bot.conversation import FOLLOW_END, LIKEWISE, PRONOUN, looks_like_followup
from bot.follow_up import BOTH, RANK_WORDS, carry_over, figure_words, question_stem
from bot.in_context.thread import (
    ACROSS,
    ACROSS_RATE,
    BARE_GAP,
    CLAIM_AGAIN,
    COUNT_ASKED,
    LEVEL_REF,
    OPERATION_WORD,
    POINTING,
    RATE_WORDS,
    InContext,
    Thread,
    own_columns,
    seen_government,
    year_not_held,
    year_of,
    year_shown,
)
from bot.places import places_said
from bot.rows import METRICS, column_spans, find_metrics, metric_spans
from bot.understand import Query
from bot.when import apposed_relative, read_period
from index.model import REQUESTS

# a clause before the question that only owns a mistake (我抄错了, 说错了) or thanks (收到 谢谢 再问下)
_ASIDE_FIRST = re.compile(r"^(?:[^。！!？?，,]*?(?:抄错|看错|说错|写错|打错|记错|搞错|弄错|看串|记混|搞混|弄混|写成[^。！!？?，,]{0,8})了[^。！!？?，,]*?[。！!，,\s]*|"
                          r"(?:好的?|收到|谢谢|多谢|明白|了解|ok|嗯|不好意思|抱歉|换个话题|换个问题|换个角度|换个方向|顺便问一?下|问个别的|另外我注意到|另外)+(?:[。！!，,\s]+|(?=换|那(?![一两二三四五六七八九几]?(?:家|个|位|份))|再|还有|另外|是))|"
                          r"(?:哦|噢|呃|额)?(?:不对|不是)[。！!，,\s]*(?=我要|我想|我问|我说|我是说|我是问|应该是))"
                          r"(?:再问一?下|还有|另外|那|我要问的是|我问的是|我想问的是|要问的是|我要看的是|我想看的是|我说的是|我是说|我是问|应该是)?(.+)$")


# a year next to the one the thread is in, said with no year of its own (2024年的前一年 is read by bot/when.py)
_NEXT_YEAR_WORD = re.compile(r"(?<![\d年])(?<!年的)(前一年|上一年|后一年|下一年|第二年|次年)(?!度?(?:结转|项目|转|有))")


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


_ONE_OF_TWO_YEARS = re.compile(r"(?P<later>后面那一?年|后面的那一?年|较晚的?那一?年|靠后的?那一?年|^(?:那)?后一年(?![^，,。？?]*前一年))|(?P<earlier>前面那一?年|前面的那一?年|较早的?那一?年)"
                               r"|(?P<other>另一年|另外一年|另外那一?年|另一个年份)|(?P<more>(?:多|高|大)的那一?年)|(?P<less>(?:少|低|小)的那一?年)"
                               r"|(?P<that>那一年|那年)")


def one_of_the_two_years(q: Query, t: Thread) -> Query | None:
    """后面那年新制发了几件 / 另一年呢 after one agency's two years: the later, the earlier, or the one not just shown."""
    said = _ONE_OF_TWO_YEARS.search(q.text)
    conv = t.conv
    two = sorted(set(conv.years_seen[-2:]))
    if not said or q.years or len(two) != 2 or len(conv.last_agencies) != 1:
        return None
    if said.group("that"):  # 哪一年更多 (2024年最多) → 那一年的…: the year that ranking put first
        by_years = (len(set(conv.listed)) == 1 and len(set(conv.listed_at)) == len(conv.listed_at) >= 2
                    and re.search(r"哪(?:一|个)?年", conv.last_question))
        if not by_years or conv.listed[0] != conv.last_agencies[0]:
            return None
        year = conv.listed_at[0]
    elif said.group("more") or said.group("less"):  # 多的那一年 after its two years were shown side by side or ranked
        shown = [(y, v) for a, y, v in zip(conv.listed, conv.listed_at, conv.listed_values, strict=False)
                 if a == conv.last_agencies[0] and y in two and v is not None]
        if len({y for y, _ in shown}) != 2 or shown[0][1] == shown[1][1]:
            return None
        year = (max if said.group("more") else min)(shown, key=lambda yv: yv[1])[0]
    elif said.group("other"):
        shown = conv.seen_in.get(conv.last_agencies[0])
        if shown not in two or len(conv.years_of.get(conv.last_agencies[0], [])) != 1:
            return None  # (另一年 after both years were shown: which one is not known)
        year = next(y for y in two if y != shown)
    else:
        year = two[1] if said.group("later") else two[0]
    return t.reread(q.text[: said.start()] + f"{year}年" + q.text[said.end() :])


def after_a_lost_turn(q: Query, t: Thread) -> InContext | None:
    """规划分局那边呢 (not understood at all) → 占比多少: what the follow-up is of is not known, so nothing is carried."""
    if (t.conv.lost_turn and not t.conv.options and not q.mentions and not q.years
            and (looks_like_followup(t.question) or len(q.text) <= 16)
            and not (t.conv.lost_plainly and q.metrics and not q.unread)):  # (rows named anew, in the thread's report)
        return InContext(q, declined=f"上一句“{t.conv.lost_turn}”没能回答，这一句接在哪个单位或数字上没能确定；"
                                     "请把单位、年份和要问的数字说完整")
    return None


_EXTREME_YEAR = re.compile(r"(?:最多|最少|最高|最低|最大|最小)(?:的)?(?:那一?年|那个年份|那年度)")


def extreme_year_not_known(q: Query, t: Thread) -> InContext | None:
    """洪泽哪一年新收最多 → …最少那年的部分公开: which year that is was not shown (a ranking of years keeps no
    places), so it is asked, never the thread's year put in its place."""
    if _EXTREME_YEAR.search(q.text) and not q.years and t.conv.last_question:
        return InContext(q, declined=f"“{_EXTREME_YEAR.search(q.text).group(0)}”是哪一年没能确定，请写出年份（例如：2023年的部分公开）")
    return None


def after_a_lost_figure(q: Query, t: Thread) -> InContext | None:
    """这两项加起来 (declined) → 跟自然人那一列的办理结果总计比，差多少: the other side is the figure never given."""
    part_left_out = q.ratio and re.match(r"(?:那|那么|再)?(?:它)?占", q.text)  # 占（七）总计的比例: the part is the one lost
    if (t.conv.figure_lost and not q.mentions and not q.years and (q.difference or (q.ratio or q.add_up) and not q.metrics or part_left_out)
            and len(q.metrics) < 2 and not t.conv.options  # (不予处理的合计: a sum of its own, said in full)
            and not q.exclude_ids and re.search(r"这个|那个|它|上面|刚才|其中|差|比|这一|那一|^(?:那|那么|再)?占", q.text)):
        # (除了秀洲分局，另外两家加起来呢: a sum of its own, leaning on no figure)
        return InContext(q, declined="上一句没能给出数字，这一句要和哪个数比（或加、占）没能确定；请把要算的两项都说完整")
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


def year_said_twice(q: Query, t: Thread) -> Query | None:
    """不是，我说的是上一年 23年的: the year written beside the relative word is the one meant, so the word is
    read no further (上一年 is also a column of 表二)."""
    spans = apposed_relative(q.text)
    if not spans:
        return None
    text = q.text
    for s, e in reversed(spans):
        text = text[:s] + text[e:]
    read = t.reread(text)
    return replace(read, relative=q.relative)


_STEP_YEAR = re.compile(r"(?P<prev>上一年|前一年|上一个?年度|前一个?年度|(?:再)?往前(?:推)?一年|再前一年|(?<![\u4e00-\u9fff])(?:上|前)一份(?:年报|报告)?(?=呢|的|[?？]|$))|(?P<next>下一年|后一年|下一个?年度|次年|转年|第二年(?!比))"
                        r"|(?P<later>[一两二三四五])年(?:之)?后")


_NEWEST_SAID = re.compile(r"(?:最新|最近)(?:的)?(?:一年|一份|年度|那年|那一年|一期)(?:的)?(?:年报|报告)?")


def newest_year_said(q: Query, t: Thread) -> Query | None:
    """洪泽区最新一年的呢 after 平潭2022年…: the newest year held for the agency named, not the thread's year."""
    said = _NEWEST_SAID.search(q.text)
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not (said and len(ids) == 1 and not q.years and t.conv.last_question):
        return None
    held = t.held.get(next(iter(ids)), {})
    if not held:
        return None
    year = max(held)
    read = t.reread(q.text[: said.start()] + f"{year}年" + q.text[said.end() :])
    return replace(read, relative=f"“{said.group(0)}”按库中最新的{year}年算")


def year_step_in_the_thread(q: Query, t: Thread) -> Query | None:
    """洪泽上一年的这个比例呢: in a conversation 上一年 is the year before the one the thread is on (洪泽's 2024
    → 2023), not the year before today."""
    said = _STEP_YEAR.search(q.text)
    if not (said and t.conv.last_question and (q.relative and "今天是" in q.relative or re.search(r"[上前]一份|转年", said.group(0)))):
        return None  # (上一份呢: the report before the one the thread is on, not a year read against today)
    span = re.search(r"从(?:上一年|前一年|上年)(?:度)?到((?:19|20)\d{2})年", q.text)
    if span:  # 从上一年到2024年: the year before the one said with it, not the thread's
        year = int(span.group(1)) - 1
        read = t.reread(q.text[: span.start()] + f"从{year}年到{span.group(1)}年" + q.text[span.end() :])
        return replace(read, relative=f"“上一年”按{span.group(1)}年的上一年算，是{year}年")
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    years = {t.conv.seen_in[a] for a in named if a in t.conv.seen_in} or {
        t.conv.seen_in[a] for a in t.conv.last_agencies if a in t.conv.seen_in}
    if len(years) != 1:
        return None
    base = years.pop()
    year = base + (-1 if said.group("prev") else {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}.get(said.group("later") or "一"))
    read = t.reread(q.text[: said.start()] + f"{year}年" + q.text[said.end() :])
    return replace(read, relative=f"“{said.group(0)}”按对话里的{base}年算，是{year}年")


def reading_still_open(q: Query, t: Thread) -> InContext | None:
    """和平潭比呢 while the last turn asked whether a row's count or its rate was meant: the question goes on
    from that unanswered choice, so it waits for it rather than going on from the question before."""
    labels = [label for label, _ in t.conv.options]
    if len(labels) == 2 and labels[0].endswith("的件数") and labels[1].endswith("的比例") and not q.metrics:
        return InContext(q, declined="上一句还没选：要件数还是比例？请先选一个（回复 1 或 2）",
                         choices=[Option(label, question) for label, question in t.conv.options])
    if len(labels) == 2 and labels[1].endswith("（总数）"):
        # 维持几件 / 不是，我问的是市政府的 / 复议呢 while the column of the row just named was asked back: the row
        # goes on (its total, since the next words name a row, a column or an agency of their own); an operation
        # alone (占它新收的几成) would rest on the unanswered choice, so it waits for it
        asks_own = bool(COUNT_ASKED.search(re.sub(r"[?？。的了]+$", "", q.text)))  # 维持几件: a figure asked in so many words
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


def stands_alone(q: Query, t: Thread) -> InContext | None:
    """No thread yet, or a question that names both agency and figure, or one that needs none."""
    pointed = PRONOUN.match(q.text) and t.conv.last_agencies  # 它和洪泽区2024年比…: 它 is one of those compared
    if not t.conv.last_question or (q.mentions and q.metrics and not pointed) or q.intent in ("help", "thanks", "list_agencies", "search"):
        return _in_the_threads_year(q, t) or InContext(q)
    return None


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


def claim_of_the_thread_figure(q: Query, t: Thread) -> InContext | None:
    """行政许可决定相差多少 → 洪泽2023年才550件？麻烦核对一下: a number claimed of the figure the thread is on, for the
    agency and year said (the figure named by the last question's row and column)."""
    conv = t.conv
    if q.claimed is None or q.metrics or q.ratio or not conv.last_question or not (q.mentions or q.years):
        return None
    last = conv.last_question
    figure = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last, active=True)))
    who = "".join(q.text[m.start : m.end] for m in q.mentions) or (conv.last_agencies[0] if len(conv.last_agencies) == 1 else "")
    if not figure or not who or RATE_WORDS.search(last):
        return None
    years = "、".join(f"{y}年" for y in q.years) or year_of(conv, who)
    number = int(q.claimed) if float(q.claimed).is_integer() else q.claimed
    return t.written_out(f"{who}{years}{figure}是{number}吗")


def claim_again(q: Query, t: Thread) -> InContext | None:
    """不对吧，我记得是17件: the last figure, checked against that number (and not carried on)."""
    again = CLAIM_AGAIN.search(q.text)
    if PRONOUN.match(q.text) and t.conv.last_agencies:  # 最后一名是谁，是0件吗: the one pointed at is checked
        return None
    if not (again and not q.mentions and not q.metrics and len(q.years) <= 1 and not q.ratio and not column_spans(q.text)):
        return None  # (其中被纠正的比例我写的是50%: a figure of its own is claimed, not the last one)
    if t.conv.options:  # the last answer asked back and showed no figure: there is nothing to check the number against
        return InContext(q, declined="上一句我还没有给出数字（在问您要的是哪一项），请先选一项或把问题说完整，我再核对",
                         choices=[Option(label, question) for label, question in t.conv.options])
    last = t.conv.last_question
    if q.years and len(read_period(last).years) >= 2 and len(t.conv.last_agencies) == 1 and not RATE_WORDS.search(last):
        # 2024年比2023年多了多少 → 不对吧，我记得23年是31件: that year's figure of the two, checked
        rows = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last)))
        if not rows:
            return None
        last = f"{t.conv.last_agencies[0]}{q.years[0]}年{rows}"
    elif q.years:  # 2023年我写的21件 对吗: the last figure in that year, checked
        for s, e in sorted(read_period(last).consumed, reverse=True)[:1]:
            last = last[:s] + f"{q.years[0]}年" + last[e:]
        if not read_period(last).years:
            return None
    return t.written_out(f"{last}，有报道称{again.group(1)}，对吗", remember_as=last)


_THIS_FIGURE_RIGHT = re.compile(r"(?:那)?(?:这个|这|那个|上面这个|刚才这个)?(?:数|数字|总计|总数)?(?:是)?(?:对的?吗|对不对|准不准|准吗|没错吧|没问题吧|可信吗|靠谱吗|站得住吗)[?？。]*")


def balance_of_the_last_two(q: Query, t: Thread) -> InContext | None:
    """新收加结转一共多少 → 办结和结转下年度分别多少 → 这两项加起来，和前面那个数对得上吗: 表三's equation of that
    report, both sides (its four rows were the last two questions)."""
    conv = t.conv
    if not (re.search(r"对得上|对不上|对上|一致|相等|等于|平衡|吻合|差几|差多少", q.text) and not q.metrics and not q.mentions
            and not q.years and len(conv.last_agencies) == 1 and conv.history):
        return None
    rows = {m.key.rstrip("~") for text in (conv.history[-1], conv.last_question) for m in t.reread(text).metrics}
    if rows != {"本年新收", "上年结转", "总计", "结转下年度"}:
        return None
    who = conv.last_agencies[0]
    # (自然人这一列，新收加上年结转 → 那办结加结转下年度呢 → 两边差几件: that column's equation, and the gap asked)
    cols = {text[a:b] for text in (conv.history[-1], conv.last_question) for a, b in column_spans(text, active=False)} - {"总计"}
    said = {q.text[a:b] for a, b in column_spans(q.text, active=False)} - {"总计"}
    cols = said or cols  # (只看它的自然人那一列，两边还对得上吗: the column said now)
    if len(cols) > 1:
        return None
    column = f"{next(iter(cols))}这一列，" if cols else ""
    gap = "，差几件" if q.difference else ""
    return t.written_out(f"{who}{year_shown(conv, who)}{column}本年新收加上年结转，和办理结果总计加结转下年度，对得上吗{gap}")


def checks_of_its_own(q: Query, t: Thread) -> InContext | None:
    """各项加起来对得上吗 naming a figure but no agency is carried over; so is a check naming only columns or
    parts (维持、纠正…四项加起来和总计对得上吗) while the conversation is about one report. Any other check
    (哪些报告对不上) stands alone."""
    conv = t.conv
    against_it = re.search(r"(?:跟|和|与|同)(?:它|这个数|上一个数|刚才那个数)(?:相)?比", q.text)
    shown = {conv.seen_in.get(a) for a in conv.last_agencies}
    two_years = re.search(r"两年|两个年度|两份(?:报告|年报)?", q.text) and len(q.years) == 1
    if (against_it and q.years and shown and set(q.years) != shown) or (two_years and (q.parts_sum or q.by_parts)):
        # 用2023年的分项合计跟它比 (它: the 2024 figure just shown) / 要是2023年按分项之和来算，两年相差多少: a gap
        # between two reports, one of them by its parts, not a check of one
        return InContext(q, declined="这是拿一年的分项之和跟另一年的数比，我还不会这样算；请分别问两个数")
    this_report = re.search(r"这份|那份|同一份|同份|这个报告|该报告|本报告|这张表|它的|它自己|其", q.text)
    last = t.reread(conv.last_question) if conv.last_question else None
    if (q.difference and not q.metrics and not q.mentions and not q.years and len(conv.last_agencies) == 1 and last is not None
            and (last.parts_sum or last.asks_check or last.add_up) and len(last.metrics) == 1
            and (re.search(r"对不上|不一致|不符|对不齐|不相等", q.text)
                 or re.search(r"总计|合计|总数", q.text) and (last.parts_sum or len(column_spans(conv.last_question)) >= 3
                                                          or re.search(r"分项|各项|几项|加起来|之和", q.text))
                 or BARE_GAP.match(q.text) and (last.parts_sum or len(column_spans(conv.last_question)) >= 3))):
        # (差几件 right after the parts were added up by name: against the total they make up)
        # 各项加起来 → 这不是对不上吗，差了几件: the parts' sum against the total printed, of that figure
        who, rows = conv.last_agencies[0], "".join(conv.last_question[s:e] for s, e in metric_spans(conv.last_question))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    before = t.reread(conv.history[-1]) if conv.history and last is not None else None
    if (BARE_GAP.match(q.text) and before is not None and len(conv.last_agencies) == 1 and len(last.metrics) == 1
            and not last.parts_sum and not column_spans(conv.last_question) and (before.parts_sum or len(column_spans(conv.history[-1])) >= 3)
            and {m.key for m in before.metrics} == {m.key for m in last.metrics}):
        # 四项加起来是多少 → 表里印的总计是多少 → 两者差多少: the parts' sum against the printed total
        who, rows = conv.last_agencies[0], "".join(conv.last_question[s:e] for s, e in metric_spans(conv.last_question))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    if (q.difference and len(q.metrics) == 1 and not q.mentions and not q.years and len(conv.last_agencies) == 1 and last is not None
            and last.parts_sum and last.difference and not q.ratio):
        # 各项之和与印的总计差几件 → 复议后起诉那栏是不是也这样，差几件: the same check, of the row named now
        who, rows = conv.last_agencies[0], "".join(q.text[s:e] for s, e in metric_spans(q.text))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    if (q.difference and not q.mentions and not q.years and not q.ratio and len(conv.last_agencies) == 1 and before is not None
            and before.parts_sum and before.difference and len(last.metrics) == 1 and not last.parts_sum
            and re.search(r"(?:又|也|同样|一样).{0,4}差|总计.{0,3}(?:又|也)", q.text) and re.search(r"总计|合计|总数", q.text)):
        # 这个总计对得上吗，差几件 → 复议后起诉维持多少 → 那一栏的总计又差多少: the same check, of the row just asked
        who, rows = conv.last_agencies[0], "".join(conv.last_question[s:e] for s, e in metric_spans(conv.last_question))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    if (q.difference and not q.mentions and not q.years and len(conv.last_agencies) == 1 and last is not None
            and len(last.metrics) == 1 and not last.ratio and re.search(r"(?:这个|那个|印的|表里的?)?(?:总计|合计|总数)", q.text)
            and re.search(r"对得上|对不上|对上|一致|相符|不符|平不平|相等", q.text)
            and not [m for m in q.metrics if m.key.rstrip("~") != last.metrics[0].key.rstrip("~")]):
        # 复议总计那一格写的多少 → 这个总计对得上吗？差几件: that total against the sum of its own parts
        who, rows = conv.last_agencies[0], "".join(conv.last_question[s:e] for s, e in metric_spans(conv.last_question))
        return t.written_out(f"{who}{year_shown(conv, who)}{rows}各项之和与印的总计差几件")
    if q.intent == "checks" and q.metrics and not q.mentions and this_report and len(conv.last_agencies) == 1:
        # 这份报告的总账平不平：新收加上年结转，跟办结加结转下年度一样吗: the thread's report, not every one
        who = conv.last_agencies[0]
        return t.written_out(who + ("" if q.years else year_of(conv, who)) + q.text)
    if (q.intent != "checks" and not q.parts_sum) or (q.metrics and not q.mentions):
        return None
    if _THIS_FIGURE_RIGHT.fullmatch(q.text) and len(conv.last_agencies) == 1 and metric_spans(conv.last_question):
        # 这个数对吗 after 表里复议总计写的是多少: that figure, checked against its own parts
        last = re.sub(r"(?:表里|表上|报告上)?(?:写|印|填)的(?:是)?", "", conv.last_question)
        return t.written_out(question_stem(last) + "对吗")
    pointed_row = re.search(r"[这那]一?(?:栏|格|项|行)", q.text)  # 24年这栏对得上吧: the row the thread is on
    if q.mentions or ACROSS.search(q.text) or len(conv.last_agencies) != 1 or not (column_spans(q.text) or q.parts_sum or pointed_row):
        return InContext(q)
    who = conv.last_agencies[0]
    last = conv.last_question
    rows = "" if q.metrics else "".join(last[s:e] for s, e in metric_spans(last))
    both = conv.years_of.get(who, []) if len(conv.years_of.get(who, [])) >= 2 and q.parts_sum else []
    shown = "和".join(f"{y}年" for y in both) or year_shown(conv, who) or year_of(conv, who)  # (两年…加起来 → 逐项加起来呢: both years)
    years = "".join(f"{y}年" for y in q.years) or shown
    if pointed_row and rows and not column_spans(q.text) and not q.parts_sum:
        return t.written_out(f"{who}{years}{rows}各项加起来和总计对得上吗")
    gap = re.search(r"(?:多|少|差)(?:了)?(?:多少|几件?)", q.text)
    said_year = q.years[0] if len(q.years) == 1 and re.search(r"(?:跟|和|与|同|比)[^，,。]{0,4}\d{4}年", q.text) else None
    if said_year is None and not q.years and re.search(r"(?:跟|和|与|同|比)(?:刚才|前面|上面)", t.question):
        # 跟刚才逐项加出来的那个数比: the year of the parts' sum asked before
        summed = next((t.reread(h) for h in reversed(conv.history[-4:]) if t.reread(h).parts_sum or t.reread(h).add_up), None)
        said_year = summed.years[0] if summed is not None and len(summed.years) == 1 else None
    if (q.parts_sum and q.difference and gap and said_year and shown and shown != f"{said_year}年" and rows):
        # 2024年复议总计 → 跟刚才2023年逐项加出来的数比，少了多少: the thread's year against that year, by the parts
        return t.written_out(f"{who}{rows}按分项之和来算，{shown}比{said_year}年{gap.group(0)}")
    return t.written_out(who + ("" if q.years else shown) + rows + q.text)


def that_year_of_it(q: Query, t: Thread) -> Query | None:
    """淮安市那年废止了几件: 那年 is the year that agency was shown for in this conversation."""
    said = re.search(r"那年|那一年|同一年|同年|当年", q.text)
    just = re.search(r"刚才(?=[\u4e00-\u9fff]{1,10}?(?:那个|那家|的))", q.text)  # 和刚才洪泽那个比: as it was shown
    pointed = PRONOUN.match(q.text) if said and not q.mentions and not q.years else None
    if pointed and len(t.conv.last_agencies) == 1 and t.conv.last_agencies[0] in t.conv.seen_in and not re.search(r"第|名|前者|后者", pointed.group(0)):
        # 它2021年的年报有吗 (not held) → 它那年…: the year it was last shown for, not the year just asked about
        year = f"{t.conv.seen_in[t.conv.last_agencies[0]]}年"
        return t.reread(q.text[: said.start()] + year + q.text[said.end() :])
    if (said and re.match(r"^(?:那)?(?:那年|那一年|同一年|同年|当年)", q.text) and not q.mentions and not q.years and len(t.conv.last_agencies) == 1
            and t.conv.last_agencies[0] in t.conv.seen_in):
        # 那一年报告上写的复议总计是多少: the year of the question just asked (else the one the agency was shown for)
        asked = read_period(t.conv.last_question).years if t.conv.last_question else []
        offered = {y for _, question in t.conv.options for y in read_period(question).years}
        if len(offered) == 1:  # 转年这个数字 (asked back) → 那一年它占新收的比例呢: the year of the turn asked back
            asked = list(offered)
        year = f"{asked[0] if len(asked) == 1 else t.conv.seen_in[t.conv.last_agencies[0]]}年"
        rest = q.text[q.text.index(said.group(0)) + len(said.group(0)) :]
        if re.match(r"(?:的)?(?:这|那)?(?:[两二三四五六七八九十几]家|[两二三四五六七八九十几]个单位|各家|各单位)", rest):
            return t.reread(year + rest)  # 那一年两家合计 after a ranking of two: those two, in that year
        return t.reread(t.conv.last_agencies[0] + year + rest)
    if not ((said or just) and q.mentions and not q.years):
        return None
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    years = {t.conv.seen_in[a] for a in named if a in t.conv.seen_in}
    last = {t.conv.seen_in[a] for a in t.conv.last_agencies if a in t.conv.seen_in}
    if said and said.group(0) in ("同年", "同一年") and len(last) == 1:
        years = last  # 比洪泽同年多多少 / 洪泽区同年呢: the year of the figure just answered, not one shown before
    asked = read_period(t.conv.last_question).years if t.conv.last_question else []
    if said and t.conv.year_not_held and len(asked) == 1 and not years:
        years = set(asked)  # 淮安再往前一年呢 (2023 not held) → 洪泽那一年收了多少: the year just asked about
    own = [t.held.get(i, {}) for m in q.mentions for i in m.agency_ids]
    if said and said.group(0) in ("那年", "那一年") and not years and len(named) == 1 and len(own) == 1 and len(own[0]) == 1:
        years = set(own[0])  # 平潭那年企业申请几件 (平潭 not asked about yet): the one year of its report
    if said and not years and len(named) == 1 and t.conv.years_seen:
        years = {t.conv.years_seen[-1]}  # 那淮安市政府当年的许可呢: the year the thread is in (held or not, it is said)
    if len(years) != 1 or len(named) != 1:
        return None
    year = f"{years.pop()}年"
    if said:
        return t.reread(q.text[: said.start()] + year + q.text[said.end() :])
    m = q.mentions[0]
    return t.reread(q.text[: just.start()] + q.text[just.end() : m.end] + year + q.text[m.end :])


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
            return t.reread(_seen_governments(text, t))
    if (pointing and re.fullmatch(r"(?:按)?同一?项|这一?项", pointing.group(0)) and RATE_WORDS.search(t.conv.last_question)
            and not RATE_WORDS.search(q.text) and q.mentions):
        # 秀洲分局同一项呢 after a share: the same item (the row), its count; the same share is 同一比例
        rest = re.sub(r"(?:的)?(?:是)?(?:多少|几件)?(?:呢|吗)?[?？。]*$", "", q.text[: pointing.start()] + q.text[pointing.end() :])
        # (换秀洲分局看看，同一项是多少: where the talk turns, not what it asks)
        rest = re.sub(r"^(?:那)?(?:再)?换(?:成|到)?|(?:看看|看一下|看下)(?:[，,])?|[，,]$", "", rest)
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
    if pointing and q.text != pointing.group(0):
        kept = "比例" if re.search(r"比例|比率", pointing.group(0)) and RANK_WORDS.search(q.text) else ""  # 这个比例谁最高: still the rate
        if re.search(r"比例|比率", pointing.group(0)) and not RATE_WORDS.search(t.conv.last_question) and not q.metrics:
            kept = "占比"  # 予以公开的几件 → 这个比例是多少: the share of the count just shown
        return t.reread(q.text[: pointing.start()] + kept + q.text[pointing.end() :])
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


def its_two_years(q: Query, t: Thread) -> Query | None:
    """洪泽两年合起来 / 洪泽区两年分别是多少: the two newest years held for the one agency named."""
    said = re.search(r"(?:这|那|近|最近)?(?:两|2)(?:个)?年(?:度)?", q.text)
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not q.mentions and len(t.conv.last_agencies) == 1 and len(t.conv.years_seen) < 2:
        # 两年合计呢 when only one year of the thread's agency was shown: its two newest years held
        ids = {i for i, n in t.names.items() if n == t.conv.last_agencies[0]}
        if said and len(ids) == 1 and not q.years:
            held = sorted(t.held.get(next(iter(ids)), {}))[-2:]
            if len(held) == 2:
                return t.reread(t.conv.last_agencies[0] + q.text[: said.start()] + f"{held[0]}年和{held[1]}年" + q.text[said.end() :])
        return None
    if not (said and len(ids) == 1 and not q.years):
        return None
    held = sorted(t.held.get(next(iter(ids)), {}))[-2:]
    if len(held) != 2:
        return None
    return t.reread(q.text[: said.start()] + f"{held[0]}年和{held[1]}年" + q.text[said.end() :])


_YEAR_OVER_YEAR = re.compile(r"^(?:那)?(?:(?:反过来|倒过来)(?:看|说)?[，,]?)?(?P<a>(?:19|20)\d{2})年(?:的)?(?:量|数|数字|这个数)?(?:只|才|仅)?(?:相当于|占|是)"
                             r"(?P<b>(?:19|20)\d{2})年(?:的)?(?P<rest>(?:百分之几|百分之多少|几成|比例|几倍|多少倍).*)$")


def year_over_year(q: Query, t: Thread) -> InContext | None:
    """洪泽两年涨了百分之几 → 反过来，2023年的量只相当于2024年的百分之几: one year's figure over the other's, of
    the agency and figure the thread is on."""
    said = _YEAR_OVER_YEAR.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.metrics and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    last = re.sub(r"(?:19|20)\d{2}年比(?:(?:19|20)\d{2}年)?|(?:变化|增减|相差|增长|下降)(?:了)?(?:多少|幅度)?(?:是)?(?:百分之几|多少)?[?？。]*$", "",
                  conv.last_question)
    words = figure_words(last)
    if not words or RATE_WORDS.search(words):
        return None
    who = conv.last_agencies[0]
    return t.written_out(f"{who}{said.group('a')}年{words}相当于{said.group('b')}年的{said.group('rest')}")


def year_next_to_the_thread(q: Query, t: Thread) -> Query | None:
    """洪泽前一年的… / 后一年呢: a year before or after the one the thread shows for that agency."""
    said = _NEXT_YEAR_WORD.search(q.text)
    if not said or q.years and q.time_spans != [said.span()]:
        return None  # (和上一年比 alone: read against today on its own, against the thread's year here)
    taken = metric_spans(q.text) + column_spans(q.text)  # 结转下一年 / 上一年几个 (项目数量): a row's or column's words
    compared = re.search(r"[和跟与同比](?:它|其)?(?:的)?$", q.text[: said.start()]) or re.match(r"(?:的)?(?:报告|年报|数)?(?:相)?比", q.text[said.end() :])
    if any(s < said.end() and said.start() < e for s, e in taken) and not compared:
        return None  # (和上一年比: a year compared with, whatever column shares the word)
    named = [t.names[i] for m in q.mentions for i in m.agency_ids]
    who = named[0] if len(set(named)) == 1 else (t.conv.last_agencies[0] if t.conv.last_agencies else "")
    both = [m for m in _NEXT_YEAR_WORD.finditer(q.text)]
    shown = sorted(t.conv.years_of.get(who, []))
    if len(both) == 2 and len(shown) == 2 and {m.group(1)[0] for m in both} in ({"前", "后"}, {"上", "下"}):
        # 洪泽这两年加一块儿 → 从前一年到后一年涨了几件: the earlier and the later of the two years just shown
        text = q.text
        for m in sorted(both, key=lambda m: -m.start()):
            text = text[: m.start()] + f"{shown[0] if m.group(1)[0] in '前上' else shown[1]}年" + text[m.end() :]
        return t.reread(text)
    base = t.conv.seen_in.get(who) or next(iter(read_period(t.conv.last_question).years[-1:]), None)
    if base is None:
        return None
    step = -1 if said.group(1) in ("前一年", "上一年") else 1
    spanned = read_period(t.conv.last_question).years
    if len(spanned) >= 2 and t.conv.last_agencies == [who] and not compared:
        # 两年加起来 → 再往前一年的呢: before the earliest year just added (after the latest, for 后一年)
        base = min(spanned) if step == -1 else max(spanned)
    ids = [i for i, n in t.names.items() if n == who]
    held = t.held.get(ids[0], {}) if ids else {}
    if (step == -1 and compared and held and base - 1 not in held and base + 1 in held and base + 1 in t.conv.years_seen
            and not q.mentions):
        # 2024年 → 那2023年呢 → 比上一年多了多少: 2022 is not held; the change is between the two years asked
        full = f"{who}{base + 1}年比{base}年" + q.text[said.end() :]
        if not t.reread(full).metrics:  # 比上一年多了多少: the figure just asked
            rows = "".join(t.conv.last_question[a:b] for a, b in sorted(metric_spans(t.conv.last_question) + column_spans(t.conv.last_question)))
            full = f"{who}{base + 1}年比{base}年{rows}" + q.text[said.end() :]
        return t.written_out(full, f"接上题：按“{full}”理解（没有{who}{base - 1}年的年报，按刚才问过的{base + 1}年比{base}年）")
    return t.reread(q.text[: said.start()] + f"{base + step}年" + q.text[said.end() :])


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


_RECEIVED = re.compile(r"收了(?=多少|几)|收到了?(?=多少|几)")


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
