"""A question read against the conversation: an option picked, a pronoun resolved, or a follow-up
carried over (接上题：按“…”理解). Each kind of reading is one step; the steps are tried in order and the
first that settles the question wins. A step may also hand on a rewritten question for the next steps
(第一个问的那家 → the agency's name), or declined with the reason, when the question cannot be tied to
the conversation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.answer import Option
from bot.conversation import (
    FIRST_PLACE,
    FOLLOW_END,
    LAST_PLACE,
    LIKEWISE,
    NEXT_PLACE,
    PLACE_BEFORE,
    PRONOUN,
    Conversation,
    looks_like_followup,
    pick_option,
)
from bot.coverage import FILLER as FILLER_WORDS
from bot.follow_up import (
    BOTH,
    FOLLOW_START,
    RANK_WORDS,
    TWO_PLACES,
    carry_over,
    cn_number,
    question_stem,
    unheld_name,
)
from bot.match import AgencyCatalog, level_of
from bot.rows import METRICS, column_spans, find_metrics, metric_spans
from bot.understand import POSITION, Query
from bot.when import read_period


@dataclass
class InContext:
    """A question as read in a conversation: the query to answer and what the answer must say about
    how it was read, or why it was declined."""

    query: Query
    notes: list[str] = field(default_factory=list)
    declined: str = ""  # when set: no figure, this is said instead
    declined_notes: list[str] = field(default_factory=list)
    choices: list[Option] = field(default_factory=list)  # with `declined`: the readings offered to pick from
    remember_as: str = ""  # what the conversation goes on from, when not this question (a claim checked)
    bare_sum: bool = False  # a follow-up asking only to add up: one figure is not its answer


@dataclass
class _Thread:
    """What every step reads besides the question: the conversation and how to read a written-out question."""

    question: str  # as typed
    conv: Conversation
    reread: Callable[[str], Query]
    catalog: AgencyCatalog
    names: dict[int, str]
    held: dict[int, dict]  # agency id → the years of its reports

    def written_out(self, full: str, *notes: str, **kw) -> InContext:
        return InContext(self.reread(full), list(notes) or [f"接上题：按“{full}”理解"], **kw)


# A step reads the question in the thread: an InContext settles it, a Query goes on as the question, None passes
Step = Callable[[Query, _Thread], "InContext | Query | None"]

# Words that choose agencies across the index (各单位, 哪家, 排名): without them a total or ranking asked in a
# conversation is about what the conversation is about
_ACROSS = re.compile(r"各单位|各家|这批|几份|[两三四五六七八九十\d]+份|(?<!这)份报告|(?<!这)份年报|这些报告|模板|版的|各个单位|各部门|所有|全部|哪家|哪[两二三四五六七八九十\d]+(?:家|个单位)|哪个单位|哪个部门|哪些|谁|库里|库中|几家|几个单位|各地|全国|全省|最(?:多|少|高|低|大|小)的[两二三四五六七八九十\d]+(?:家|个|份)")
_ACROSS_RATE = re.compile(r"纠错率|纠正率|维持率|办结率|公开率|争议转化率|不予公开率|无法提供率")  # a rate named on its own
_OPERATION_WORD = re.compile(r"多少|几|占比|比例|率|加起来|合计|一共|排|最多|最少|最高|最低|最大|最小|差|变化|增|减|对不对|对吗")
_BARE_GAP = re.compile(r"^(?:那)?(?:两者|二者|它们|两个)?(?:相)?(?:差多少|差几件|差了多少|差距多大)[?？。]*$")
_THESE_TWO = re.compile(r"^(?:那)?(?:(?:这|上面|刚才|前面)(?:的)?(?:两|2)(?:项|类|种|个数|个)|(?P<bare>(?:两|2)(?:项|个数|个)(?=加|合|相加|一共|总共))|(?:上面|刚才|前面)?这俩|上面俩|前面俩)(?:的)?")
_FIRST_ASKED = re.compile(r"^(?:那)?(?:第一个|最开始|一开始|刚开始|最早|最先)(?:问的|问到的|说的)(?:那家|那个单位|那个|单位)?(?:的)?")
_COUNT_ASKED = re.compile(r"(?:有吗|有没有|有几件|有多少件?|几件|多少件|几个|多少个|多少)$")
# a clause before the question that only owns a mistake (我抄错了, 说错了) or thanks (收到 谢谢 再问下)
_ASIDE_FIRST = re.compile(r"^(?:[^。！!？?，,]*?(?:抄错|看错|说错|写错|打错|记错|搞错|弄错|看串|记混|搞混|弄混|写成[^。！!？?，,]{0,8})了[^。！!？?，,]*?[。！!，,\s]*|"
                          r"(?:好的?|收到|谢谢|多谢|明白|了解|ok|嗯|不好意思|抱歉|换个话题|换个问题|换个角度|换个方向|顺便问一?下|问个别的|另外我注意到|另外)+(?:[。！!，,\s]+|(?=换|那|再|还有|另外|是))|"
                          r"(?:哦|噢|呃|额)?(?:不对|不是)[。！!，,\s]*(?=我要|我想|我问|我说|我是说|我是问|应该是))"
                          r"(?:再问一?下|还有|另外|那|我要问的是|我问的是|我想问的是|要问的是|我要看的是|我想看的是|我说的是|我是说|我是问|应该是)?(.+)$")
_THE_OTHER = re.compile(r"^(?:那)?另(?:一|外)(?:一)?(?:类|个|种|项|部分)(?:的)?(?:呢|是多少|多少|几件)?[?？。]*$")
# a year next to the one the thread is in, said with no year of its own (2024年的前一年 is read by bot/when.py)
_NEXT_YEAR_WORD = re.compile(r"(?<![\d年的])(前一年|上一年|后一年|下一年)(?!度?(?:结转|项目|转|有))")
_RATE_WORDS = re.compile(r"率|比例|占|比率|比重|百分")
_ADDED = re.compile(r"^(?:那)?(?:再)?(?:(?:把|将)(.+?)也?(?:加进来|加进去|加上|算上|算进来|算进去|放进来)|(.+?)(?:的)?也(?:算上|加上|加进来|加进去|算进来|算进去|放进来))(?:一起)?(.*)$")
_THAN_IT = re.compile(r"(?:(比)|跟|和|与|同)(它|这个|上面那个|前面那个|刚才那个|前者|后者)(?(1)|(?:比|相比)(?=谁|哪|呢|怎么样|如何|差|多|少|相差|件数|，|,|$))")
_AGAINST = re.compile(r"^(?:那)?(?:跟|和|与|同)(?!比)")
_SAME_YEAR = re.compile(r"同一年|同年|同期|当年|这一年|那一年|同样年份")
_PLURAL = ("它们", "他们", "它俩", "他俩", "这几家", "这些单位")
_ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)")
# 不对吧，我记得是17件 / 应该是3050吧: a number held against the last answer
_CLAIM_AGAIN = re.compile(r"(?:记得|听说|看到|报道|应该是|明明|不是|好像是|印象中|据说|写的|写着|写了|写成|写|称|的是|是)[^，。？?\d]{0,6}?(\d+(?:\.\d+)?)(?![\d.]|年)")
# 这个比例 / 这个数: the figure just asked, named by pointing at it (says nothing that changes)
_POINTING = re.compile(r"(?:按)?同(?:一个|样的?|一)(?:比例|算法|口径|指标|项)|这个比例|这一比例|这个比率|这个数字?|这一项|这项|这个指标|这一?部分(?:里|中|当中)?|这个(?=呢?$)|"
                       r"(?:也要|也看)?(?:同一|这一|那一)(?:栏|列|格|行)(?:的)?")
# 不是市里的，区里那个: a government of another level in the same place
_LEVEL_REF = re.compile(r"(?:(市|区|县|镇|乡)(?:里|级|上|政府|府)|(?:我们|咱们|我|本)(市|区|县|镇|乡))(?:的|那个|那家|那份)?")
# 好，回到平潭: back to what was asked about that agency before the last question
_BACK = re.compile(r"^(?:好的?|对了|行|那)?(?:回到|说回|再回到|再说回)")


def read_in_context(question: str, q: Query, conv: Conversation, reread: Callable[[str], Query],
                    catalog: AgencyCatalog, names: dict[int, str], held: dict[int, dict]) -> InContext:
    """`q` (the question read on its own) read against the conversation. `reread` reads a written-out
    question; `held` maps each agency id to the years of its reports."""
    thread = _Thread(question, conv, reread, catalog, names, held)
    for step in _STEPS:
        read = step(q, thread)
        if isinstance(read, InContext):
            return read
        if read is not None:
            q = read
    return _carried_over(q, thread)


# --- steps that stand before any carrying over ---------------------------------------------------------

def _said_first(q: Query, t: _Thread) -> Query | None:
    """是我抄错了 698对。当年制发几件 / 收到 谢谢 再问下…: a clause owning a mistake or thanking, then the
    question: the question is what is read."""
    said = _ASIDE_FIRST.match(q.text)
    if said and said.group(1).strip():
        return t.reread(said.group(1))
    # 哦是洪泽区。那淮安区政府呢: a remark, then a follow-up of its own: the follow-up is what is asked
    parts = re.split(r"[。！!？?；;]+", q.text.rstrip("。！!？?；; "))
    remark = "".join(parts[:-1])
    if (len(parts) >= 2 and parts[-1] and t.conv.last_question and looks_like_followup(parts[-1])
            and not find_metrics(remark) and not read_period(remark).years):  # (…各分项加起来是多少？和总计一致吗: one question)
        return t.reread(parts[-1])
    return None


def _the_one_there(q: Query, t: _Thread) -> Query | None:
    """安康的 / 秀洲的予以公开率 while the conversation is about departments: the one agency held in that place
    (on its own, a bare place would mean its government, and is asked back)."""
    regions = [m for m in q.mentions if m.kind == "region"]
    last = t.conv.last_agencies[:1]
    if not regions or len(q.mentions) != len(regions):
        return None
    shown = {*t.conv.agencies_seen, *t.conv.ranked, *t.conv.listed}
    text = q.text
    for m in sorted(regions, key=lambda m: -m.start):
        if len(m.agency_ids) != 1 or "人民政府" in t.names[m.agency_ids[0]] or m.unit_after:
            return None
        name = t.names[m.agency_ids[0]]
        if not (len(regions) == 1 and last and "人民政府" not in last[0]) and name not in shown:
            return None  # (the one held there was shown in this conversation: 安康 after a ranking that had it)
        text = text[: m.start] + name + text[m.end :]
    return t.reread(text)


def _place_not_held(q: Query, t: _Thread) -> InContext | None:
    """苏州市政府的复议数据有吗 while the thread is on 淮安: a place we hold nothing of is never swapped for the
    thread's agency; the question is read on its own (and says what it did not understand)."""
    if any(re.search(r"[市区县镇乡省州旗盟]$", w) for w in q.unread) and not q.mentions:
        return InContext(q)
    return None


def _government_not_held(q: Query, t: _Thread) -> InContext | None:
    """嘉兴市人民政府的有没有 while the thread is on 嘉兴's 发改委: a government we do not hold is said so, never
    swapped for the thread's department there."""
    for m in q.mentions:
        government = m.kind == "region" and re.match(r"[市区县镇乡]?(?:人民)?政府|[市区县]府", m.unit_after or "")
        if government and not any("人民政府" in t.names[i] for i in m.agency_ids):
            held = "、".join(t.names[i] for i in m.agency_ids[:5])
            return InContext(q, declined=f"库中没有{m.text}{m.unit_after}的年报", declined_notes=[f"{m.text}现有：{held}"])
    return None


def _scope_with_the_last_figure(q: Query, t: _Thread) -> InContext | None:
    """三家自然资源部门加起来收了多少 after 北戴河收到几件: those agencies (chosen by a word of their names), with
    the figure the thread is on."""
    if not ((q.sector or q.place_ids) and not q.metrics and not q.mentions and re.search(r"加起来|合计|一共|总共|排|最多|最少|哪家|谁", q.text)):
        return None
    last = t.conv.last_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if not words:
        return None
    return t.written_out(re.sub(r"(?:收了|有)?(?:多少|几件)?[?？。]*$", "", q.text) + words + "多少")


_THIS_KIND = re.compile(r"(?:这|此|那)(?:一)?(?:类|种)(?:的)?(?=申请|的|呢|在|里)")


def _this_kind(q: Query, t: _Thread) -> Query | None:
    """法律服务机构提了几件 → 这类申请…哪家最多: the kind of applicant (the column) just asked about."""
    said = _THIS_KIND.search(q.text)
    last = t.conv.last_question
    cols = [last[a:b] for a, b in _own_columns(last) if not re.fullmatch(r"总计|合计|总数|一共|总共|全部", last[a:b])]
    if not (said and cols and not _own_columns(q.text)):
        return None
    return t.reread(q.text[: said.start()] + "".join(cols) + q.text[said.end() :])


_N_REPORTS = re.compile(r"(?:这|那)?([两二三四五六七八九十\d]+)份(?:报告|年报)?")


def _reports_of_the_ranking(q: Query, t: _Thread) -> Query | None:
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


def _named_after_ranking(q: Query, t: _Thread) -> InContext | None:
    """哪两家最多 → 发改委呢: that agency's figure in the ranking just shown (in the year it was ranked for)."""
    conv = t.conv
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not (len(ids) == 1 and not q.metrics and not q.years and conv.ranked and conv.last_question == conv.ranked_question):
        return None
    said = q.text
    for m in sorted(q.mentions, key=lambda m: -m.start):
        said = said[: m.start] + said[m.end :]
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


_EXTREME = re.compile(r"^(?:那)?(?:排名里|里面|其中|这里面)?(?P<lead>[\u4e00-\u9fff]{0,6}?)(?:最(?P<dir>多|高|大|少|低|小)|(?P<last>排(?:在)?最后|垫底|倒数第一)|"
                      r"(?P<first>排(?:在)?第一|榜首))的(?:是)?(?:那家|那个|那位|那份|一家|单位|哪家|哪个|哪一家|谁)")


def _extreme_of_ranking(q: Query, t: _Thread) -> InContext | None:
    """最少的那家，部分公开了几件 right after a ranking / 金额排最后的是哪家 after other questions: its first or last
    place, by the way the list ran (a figure named before it must be the one ranked)."""
    said = _EXTREME.match(q.text)
    conv = t.conv
    if not (said and conv.ranked and not q.mentions):
        return None
    lead = said.group("lead")
    ranked_words = {conv.ranked_question[a:b] for a, b in metric_spans(conv.ranked_question, generic=True) + column_spans(conv.ranked_question)}
    if lead and not any(w in ranked_words or any(w in r or r in w for r in ranked_words) for w in
                        [lead[a:b] for a, b in metric_spans(lead, generic=True) + column_spans(lead)] or [lead]):
        return None  # (采购项目数最少的是哪家: another figure, ranked on its own)
    if lead and any(lead[a:b] not in conv.ranked_question for a, b in column_spans(lead)):
        return None  # (采购项目数量最多的是谁 after 采购金额 ranked: another column of that row)
    pointed = re.search(r"(?:那家|那个|那一家|那位)$", said.group(0))  # 最多的那家呢 some questions later: the ranking's
    if not lead and conv.last_question != conv.ranked_question and not pointed:
        return None
    up = bool(re.search(r"最少|最低|最小|倒数|从少到多|从低到高|从小到大|升序", conv.ranked_question))
    most = said.group("first") or (said.group("dir") or "") in ("多", "高", "大")
    at = 0 if bool(most) != up else len(conv.ranked) - 1  # the place in the list as it ran
    who, year = conv.ranked[at], conv.ranked_at[at]
    rest = re.sub(r"^(?:呢)?[，,]?", "", q.text[said.end() :])
    named = t.reread(f"{who}{year}年{rest}")
    if not named.metrics:  # 最少的那家是谁: who, with the figure ranked
        last = conv.ranked_question
        named = t.reread(f"{who}{year}年" + "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last))))
    return InContext(named, [f"接上题：“{said.group(0)}”指{who}（{year}年），按“{named.text}”理解"])


_REASONS = re.compile(r"^(?:那)?(?:都|分别|各自|具体)?(?:是|有)?(?:因为|出于)?(?:什么|啥|哪些|哪几[种条类个项]|哪[种条类个项])(?:样的)?(?:理由|原因|情形|情况|类型|依据)(?:呢|啊|吗)?[?？。]*$")


def _reasons_of_the_last(q: Query, t: _Thread) -> InContext | None:
    """不予公开几件 → 是什么理由: the parts of the row just shown, most first."""
    if not _REASONS.match(q.text):
        return None
    last = t.conv.last_question
    keys = {m.key for m in t.reread(last).metrics}
    if len(keys) != 1 or not any(m.parent == next(iter(keys)) for m in METRICS):
        return None
    return t.written_out(question_stem(last) + "哪条理由")


def _columns_of_the_last_row(q: Query, t: _Thread) -> InContext | None:
    """当年制发的减去废止的，净增多少 after 现行有效几件: two columns of the row just shown, with the operation said."""
    conv = t.conv
    cols = column_spans(q.text)
    if not (len(cols) >= 2 and not q.metrics and not q.mentions and len(conv.last_agencies) == 1
            and re.search(r"减去|减掉|相减|扣除|净增|净减|差|比|加|和|与|、|合计|一共|各", q.text)):
        return None
    thread = _thread_row(q, t)
    if thread is None:
        return None
    return t.written_out("".join(thread) + re.sub(r"^(?:当年|本年|那年|同年)(?:的)?", "", q.text))


def _thread_row(q: Query, t: _Thread) -> tuple[str, str] | None:
    """(agency with the year it was shown for, or the year the question names; the rows of the last question)."""
    last = t.conv.last_question
    rows = "".join(last[s:e] for s, e in metric_spans(last))
    if not rows:
        return None
    who = t.conv.last_agencies[0]
    return who + ("".join(f"{y}年" for y in q.years) or _year_of(t.conv, who)), rows


_NEW_WHOLE = re.compile(r"^(?:那|要是|如果|若|假如)?(?:把)?(?:分母|基数|除数|底数)(?:换成|改成|改为|换为|用|按|是)(.+?)(?:的话|来算|算的话|算|呢)*[?？。]*$")


def _another_whole(q: Query, t: _Thread) -> InContext | None:
    """占办结的比例 → 要是分母换成新收申请呢: the same part, over the whole named."""
    said = _NEW_WHOLE.match(q.text)
    last = t.conv.last_question
    at = last.rfind("占")
    if not (said and at > 0 and t.reread(last).ratio and metric_spans(said.group(1), generic=True)):
        return None
    return t.written_out(last[:at] + "占" + said.group(1) + "的比例")


_LEVEL_GOVERNMENT = re.compile(r"(?:(市|区|县|镇|乡)(?:人民)?(?:政府|府|里(?!面|头))|全(市|区|县))")


def _government_seen(q: Query, t: _Thread) -> Query | None:
    """洪泽的量相当于市政府的百分之几: a bare 市政府 beside a name is the one city government this conversation
    has shown (and only then)."""
    for said in _LEVEL_GOVERNMENT.finditer(q.text):
        before = q.text[said.start() - 1] if said.start() else ""
        level_only = all(re.fullmatch(r"(?:相当于|占)?(?:市|区|县|镇|乡)(?:里|政府|府)", w) for w in q.unread)  # 相当于市里
        if (any(m.start <= said.start() < m.end for m in q.mentions) or q.unknown_agency or q.unknown_place or not level_only
                or re.match(r"[\u4e00-\u9fff]", before) and before not in "的和跟与同比占于在是那这个全"):
            continue  # (淮安市政府 is a name of its own, and so is one we do not hold: 苏州市政府)
        ids_of = {n: i for i, n in t.names.items()}
        level = level_of(said.group(1) or said.group(2))  # (洪泽占全市的百分之多少: the city's own report)
        seen = [a for a in t.conv.agencies_seen if a in ids_of and "人民政府" in a and t.catalog.agencies[ids_of[a]].level == level]
        if len(seen) != 1:
            return None
        return t.reread(q.text[: said.start()] + seen[0] + q.text[said.end() :])
    return None


def _the_other_one(q: Query, t: _Thread) -> InContext | None:
    """另一类呢 after 未经复议直接起诉: the other of a group of two (复议后起诉), in the same report."""
    if not _THE_OTHER.match(q.text) or not t.conv.last_question:
        return None
    last = t.reread(t.conv.last_question)
    if len(last.metrics) != 1 or not last.metrics[0].parent:
        return None
    siblings = [m for m in METRICS if m.parent == last.metrics[0].parent and m.key != last.metrics[0].key and m.weight == 3]
    if len(siblings) != 1:
        return None
    full = carry_over(t.conv.last_question, t.reread(siblings[0].synonyms[0] + "呢"), t.catalog, t.conv.years_seen,
                      t.conv.agencies_seen)
    return t.written_out(full, f"接上题：“另一类”指{siblings[0].label}，按“{full}”理解") if full else None


def _the_other_agency(q: Query, t: _Thread) -> Query | None:
    """另外那家呢 / 另一家呢 after an answer about one of two agencies: the other of the two."""
    if q.mentions or not re.match(r"^(?:那)?(?:另外|另)(?:一|那)?(?:家|个单位)(?:的)?(?:呢)?[?？。]*$", q.text):
        return None
    offered = [a for a in t.conv.offered if a in t.names.values()]
    if len(offered) >= 3 and t.conv.last_agencies[:1] and t.conv.last_agencies[0] in offered:  # after an ask-back of three: the one of them not asked about yet, or it is not known
        left = [a for a in offered if a not in t.conv.agencies_seen]
        return t.reread(left[0] + _year_of(t.conv, t.conv.agencies_seen[-1]) + "呢") if len(left) == 1 else None
    pair = t.conv.listed if len(set(t.conv.listed)) == 2 else t.conv.agencies_seen[-2:]
    pair = list(dict.fromkeys(pair))
    last = t.conv.last_agencies[:1]
    if len(pair) != 2 or not last or last[0] not in pair:
        return None
    other = pair[1] if last[0] == pair[0] else pair[0]
    return t.reread(other + _year_of(t.conv, other) + "呢")


def _these_agencies(q: Query, t: _Thread) -> Query | None:
    """这四家的采购金额加起来多少 / 这几家呢 after a list of them: those agencies, named (each in its year)."""
    top = re.search(r"前([两二三四五六七八九十\d])(?:名|家)(?!里|中)", q.text)
    if top and not q.mentions and t.conv.ranked and not RANK_WORDS.search(q.text[top.end() :]):
        # 前三名合计多少件: the first places of the last ranking, named (each in its year)
        first = list(dict.fromkeys(zip(t.conv.ranked, t.conv.ranked_at, strict=False)))[: cn_number(top.group(1))]
        if len(first) == cn_number(top.group(1)) and len({a for a, _ in first}) == len(first):
            names = "和".join(f"{a}{y}年" for a, y in first)
            return t.reread(q.text[: top.start()] + names + q.text[top.end() :])
    said = re.search(r"(?<![前第哪])(?:这|那)?([两二三四五六七八九十\d]|几)(家|个单位|份(?:报告|年报)?)", q.text)
    # 几家里谁最少 / 那几家: the ones just shown (a bare 几家 alone asks how many)
    pointed = said and (said.group(0).startswith(("这", "那")) or q.text[said.end() : said.end() + 1] in ("里", "中", "当"))
    if not said or q.mentions or (said.group(1) == "几" and (not pointed or said.group(2).startswith("份"))):
        return None  # (那几份报告里: the reports of a year, not a list shown)
    if PRONOUN.match(q.text) and t.conv.last_agencies and said.start() > 0:
        return None  # 第一名一家占这五家合计的…: the place pointed at leads; read with it (_pronoun)
    shown = list(dict.fromkeys(zip(t.conv.listed, t.conv.listed_at, strict=False)))
    if said.group(1) == "几" and len(t.conv.ranked) > len(shown):  # 几家里 after a ranking and a pair: the ranking's
        shown = list(dict.fromkeys(zip(t.conv.ranked, t.conv.ranked_at, strict=False)))
    count = len(shown) if said.group(1) == "几" else cn_number(said.group(1))
    if len(shown) != count:  # 四家合计 after a comparison of two: the four of the last ranking
        shown = list(dict.fromkeys(zip(t.conv.ranked, t.conv.ranked_at, strict=False)))
    asked = t.conv.agencies_seen[-count:] if count else []
    if len(shown) != count and count >= 3 and len(asked) == count and all(a in t.conv.seen_in for a in asked):
        shown = [(a, t.conv.seen_in[a]) for a in asked]  # 三家里谁最多 after three asked about one by one
    reports = said.group(2).startswith("份")
    if reports and len(shown) == count and count >= 2 and len({a for a, _ in shown}) < count:
        # 这四份的许可数加起来 after a list of reports: each agency with its own years (洪泽区2023年和2024年)
        by_agency: dict[str, list[int]] = {}
        for a, y in shown:
            by_agency.setdefault(a, []).append(y)
        names = "、".join(a + "和".join(f"{y}年" for y in sorted(ys)) for a, ys in by_agency.items())
        return t.reread(q.text[: said.start()] + names + "这" + said.group(1) + "份报告" + q.text[said.end() :])
    if len(shown) != count or count < 2 or len({a for a, _ in shown}) != count:
        return None  # which ones is not known: the count check further on says so
    years = {y for _, y in shown}
    names = "和".join(a + ("" if len(years) == 1 else f"{y}年") for a, y in shown)
    when = f"{years.pop()}年" if len(years) == 1 and not q.years else ""
    full = q.text[: said.start()] + names + when + q.text[said.end() :]
    if re.match(r"^(?:那)?占", q.text) and len(t.conv.last_agencies) == 1:  # 占四家采购总金额的几成: the thread's agency's share
        who = t.conv.last_agencies[0]
        last = t.conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
        return t.reread(who + _year_of(t.conv, who) + words + re.sub(r"^(?:那)?", "", full))
    return t.reread(full)


def _share_in_another(q: Query, t: _Thread) -> InContext | None:
    """平潭的占办结比例 after 发改委本机关不掌握几件: the same part, in the agency named, over the whole named."""
    lead = re.match(r"^(?:那)?(.{1,20}?)(?:的)?占", q.text)
    if not (lead and q.mentions and q.ratio and t.conv.last_question and all(m.end <= lead.end(1) for m in q.mentions)):
        return None
    if metric_spans(q.text[: lead.end(1)]):  # the part is named before 占: a question of its own
        return None
    full = carry_over(t.conv.last_question, q, t.catalog, t.conv.years_seen, t.conv.agencies_seen)
    return (_year_not_held(full, q, t) or t.written_out(full)) if full else None


def _reading_still_open(q: Query, t: _Thread) -> InContext | None:
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
        asks_own = bool(_COUNT_ASKED.search(re.sub(r"[?？。的了]+$", "", q.text)))  # 维持几件: a figure asked in so many words
        if (q.metrics and not q.ratio) or q.mentions or q.years or _LEVEL_REF.search(q.text) or (
                _own_columns(q.text) and asks_own):
            t.conv.last_question, t.conv.options = t.conv.options[1][1], []
            return None
        return InContext(q, declined="上一句还没选：要那一栏还是总数？请先选一个（回复 1 或 2）",
                         choices=[Option(label, question) for label, question in t.conv.options])
    return None


def _across_of_its_own(q: Query, t: _Thread) -> InContext | None:
    """要是按采购项目数量看，哪家最多: a ranking of its own across agencies; only the thread's year goes on."""
    if (q.mentions or not q.metrics or not re.search(r"哪家|哪个单位|哪些单位|谁最|谁的", q.text) or not t.conv.last_question
            or PRONOUN.match(q.text)):  # (垫底的是哪家: a place in the ranking shown, not a new ranking)
        return None
    years = "" if q.years else "".join(f"{y}年" for y in read_period(t.conv.last_question).years[-1:])
    return t.written_out(years + q.text)


def _option_picked(q: Query, t: _Thread) -> InContext | None:
    """2 / 发改委那个 / 县政府: an option of the last ask-back."""
    picked = pick_option(t.question, t.conv, t.catalog, t.names)
    if picked is None:
        return None
    label = next(lbl for lbl, qq in t.conv.options if qq == picked)
    t.conv.picked_from = t.conv.options
    t.conv.offered = [lbl for lbl, _ in t.conv.options]
    return InContext(t.reread(picked), [f"选择了：{label}"])


def _number_with_a_year(q: Query, t: _Thread) -> Query | None:
    """第二个，23年那个 with nothing offered: the year said is what picks (the number points at nothing)."""
    said = re.match(r"^(?:选|要)?第[一二三四五六七八九十\d]+个[，,、\s]*(?=.*\d{4}年)", q.text)
    if said and not t.conv.options and q.years:
        return t.reread(q.text[said.end() :])
    return None


def _option_with_a_year(q: Query, t: _Thread) -> InContext | None:
    """洪泽24年的 after 请问是哪个单位？: the option named, in the year said with it."""
    if not (t.conv.options and q.mentions and q.years and not q.metrics):
        return None
    ids = {i for m in q.mentions for i in m.agency_ids}
    picked = [(label, asked) for label, asked in t.conv.options if label in {t.names.get(i) for i in ids}]
    if len(picked) != 1 or re.sub(r"[的呢吧啊呀，,。？?\s]|那", "", _blank_spans(q)):
        return None
    label, asked = picked[0]
    for s, e in sorted(read_period(asked).consumed, reverse=True):  # the year said now replaces the one asked before
        asked = asked[:s] + asked[e:]
    years = "".join(f"{y}年" for y in q.years)
    full = label + years + asked[len(label) :] if asked.startswith(label) else years + asked
    t.conv.offered = [lbl for lbl, _ in t.conv.options]
    return t.written_out(full, f"选择了：{label}（{years}）")


def _blank_spans(q: Query) -> str:
    """The question less its agencies and years: what else it says."""
    out = q.text
    for s, e in sorted([(m.start, m.end) for m in q.mentions] + list(q.time_spans), reverse=True):
        out = out[:s] + out[e:]
    return out


def _another_option(q: Query, t: _Thread) -> Query | None:
    """区政府的呢 after 市政府 was picked: another of the options just offered, the question as it now stands."""
    if q.mentions:  # another agency named: the options offered earlier are left behind
        ids = {i for m in q.mentions for i in m.agency_ids}
        among = [lbl for lbl, _ in t.conv.picked_from if any(t.names.get(i) == lbl for i in ids)]
        said = q.text[: q.mentions[0].start] + q.text[q.mentions[-1].end :]
        if len(among) == 1 and len(ids) > 1 and re.fullmatch(r"(?:那)?(?:的|那个|那家|那一个)?(?:呢)?[?？。]*", said):
            return t.reread(f"{among[0]}呢")  # 规划局那个呢 after 嘉兴那份 → 发改委: the other one offered there
        t.conv.picked_from = []
        return None
    if not (t.conv.picked_from and t.conv.last_question):
        return None
    other = pick_option(re.sub(r"^那|的?呢$", "", t.question), Conversation(options=t.conv.picked_from), t.catalog, t.names)
    if other is None:
        return None
    label = next(lbl for lbl, qq in t.conv.picked_from if qq == other)
    return t.reread(f"{label}呢")


def _it_added_to_ranking(q: Query, t: _Thread) -> InContext | None:
    """加上它，四家里谁排第二: the last ranking with the agency the thread is on."""
    it = re.match(r"^(?:那)?(?:再)?(?:加上|算上|把)(?:它|这家)(?:也)?(?:加进来|加进去|算上|算进来|算进去|放进来)?[，,]?(.*)$", q.text)
    conv = t.conv
    if it and not q.mentions and conv.ranked_question and len(conv.last_agencies) == 1 and conv.last_agencies[0] not in conv.ranked:
        who = conv.last_agencies[0]
        stem = re.sub(r"(?:这)?[两二三四五六七八九十\d]家(?:的)?", "", conv.ranked_question)
        return t.written_out(f"{who}和{stem}，{it.group(1)}" if it.group(1) else f"{who}和{stem}",
                             f"接上题：把{who}加进上面的排名，按“{who}和{stem}”理解")
    return None


def _added_to_ranking(q: Query, t: _Thread) -> InContext | None:
    """把淮安市政府24年也加进来排一下: the last question with one more agency. 再把部分公开算进去，一共多少: the
    last figure with one more row of the same report."""
    added = _ADDED.match(q.text)
    if added and not q.mentions and find_metrics(added.group(1) or added.group(2) or "") and t.conv.last_question:
        share = _row_added_to_share(t.conv.last_question, added.group(1) or added.group(2))
        counted = re.search(r"多少件|几件|总共|一共|合计", added.group(3) or "") and not _RATE_WORDS.search(q.text)
        if counted and _RATE_WORDS.search(t.conv.last_question):
            # 自然人占几成 → 把上年结转也算上，总共要处理多少件: added to which figure is not said
            return InContext(q, declined="“算上”要加到哪个数上没能确定（上一个问题是比例），请写出要相加的各项",
                             declined_notes=["例如：平潭2022年本年新收加上年结转一共多少"])
        if share:  # 把部分公开也算上呢 after 予以公开的占多大比例: the two rows, as one share
            return t.written_out(share)
        rest = re.sub(r"^[，,]", "", added.group(3)) or "一共多少"
        stem = re.sub(r"(?:占比|比例|比重)[^，,。]*$", "", question_stem(t.conv.last_question))
        return t.written_out(f"{stem}加{added.group(1) or added.group(2)}{rest}")
    if not (added and q.mentions and t.catalog.mentions(t.conv.last_question)) or "算进去" in q.text:
        return None
    rest = added.group(3) if not RANK_WORDS.search(t.conv.last_question) else ""
    return t.written_out((added.group(1) or added.group(2)) + "和" + t.conv.last_question + rest)


# 跟排第一的那家比 / 比第三名多多少: a place of the last ranking named after the word that compares
_PLACE_INSIDE = re.compile(r"(?<=[跟和与比同])(?:排(?:名|在)?第([一二三四五六七八九十\d]+)(?:名|位)?|第([一二三四五六七八九十\d]+)(?:名|位)|"
                           r"(榜首|头名)|(垫底|最后一名|倒数第一名?))(?:的)?(?:那家|那个|那位|单位)?")


_NEXT_TO_NAMED = re.compile(r"^(?:那)?(?:排在|排名在|紧挨着)(.{1,14}?)(?:的)?(后面|之后|下面|后头|前面|之前|上面|前头)(?:一名|一位)?(?:的)?(?:那家|那个|那位|一家|单位)?(?:的)?")


def _next_to_named(q: Query, t: _Thread) -> Query | InContext | None:
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
                             choices=[Option(f"{_place_named(t.conv, p)}（{'列表里' if p == place else '数量上'}{said.group(2)}）",
                                             _place_named(t.conv, p) + rest) for p in places])
    if not 1 <= place <= len(t.conv.ranked):
        return InContext(q, declined=f"上面的排名里{said.group(1)}{'之后' if place > at[0] else '之前'}没有了")
    return t.reread(_place_named(t.conv, place) + rest)


def _place_inside(q: Query, t: _Thread) -> Query | None:
    """跟排第一的那家比差多少: the agency at that place of the last ranking, with the year it was ranked in."""
    if not t.conv.ranked or q.mentions or TWO_PLACES.match(q.text):  # (第一和最后一名差多少: two places, read later)
        return None
    def named(m: re.Match) -> str:
        said = m.group(1) or m.group(2)
        place = cn_number(said) if said else (1 if m.group(3) else len(t.conv.ranked))
        return _place_named(t.conv, place) or m.group(0)
    full = _PLACE_INSIDE.sub(named, q.text)
    return t.reread(full) if full != q.text else None


def _than_it(q: Query, t: _Thread) -> InContext | Query | None:
    """平潭的…比它多多少: 它 is the agency just shown, in its year."""
    than_it = _THAN_IT.search(q.text)
    earlier = [a for a in t.conv.agencies_seen if a not in t.conv.last_agencies]
    if than_it and not q.mentions and than_it.group(2) in ("刚才那个", "上面那个", "前面那个") and earlier:
        # 和刚才那个比差多少 after 安康呢: the agency asked about before this one, in the year it was shown for
        other = earlier[-1]
        return t.reread(q.text[: than_it.start(2)] + other + _year_of(t.conv, other) + q.text[than_it.end(2) :])
    pair = _former_latter(t.conv)
    said_pair = than_it and than_it.group(2) in ("前者", "后者")
    if not (than_it and (q.mentions or said_pair and pair) and t.conv.last_agencies):
        return None
    who = t.conv.last_agencies[0]
    if said_pair:  # 比前者少多少: the other of the two is the one asked of, unless named
        if len(pair) != 2:
            return None
        who = pair[0] if than_it.group(2) == "前者" else pair[1]
        if not q.mentions:
            other = pair[1] if who == pair[0] else pair[0]
            q = t.reread(other + _year_of(t.conv, other) + q.text)
    said = "比" if than_it.group(1) else "和"  # 比它多多少 / 跟它比谁多: the same words, with the agency
    tail = "" if than_it.group(1) else "比"
    than_it = _THAN_IT.search(q.text)
    full = q.text[: than_it.start()] + said + who + (_year_of(t.conv, who) if said_pair else _year_shown(t.conv, who)) + tail + q.text[than_it.end() :]
    if not t.reread(full).metrics:  # 淮安市政府的比它多多少: on the figure just asked
        full = carry_over(t.conv.last_question, t.reread(full), t.catalog) or full
    return t.written_out(full, f"接上题：“{than_it.group(2)}”指{who}，按“{full}”理解")


def _than_after_ranking(q: Query, t: _Thread) -> InContext | None:
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
    year = f"{conv.ranked_at[0]}年" if conv.ranked and conv.ranked[0] == who else _year_of(conv, who)
    at = re.search(r"多|少|高|低|差", q.text[q.mentions[0].end :])  # the figure goes before the word that compares
    rest = q.text if q.metrics or column_spans(q.text) or not at else (
        q.text[: q.mentions[0].end + at.start()] + words + q.text[q.mentions[0].end + at.start() :])
    return t.written_out(who + year + rest, f"接上题：按“{who}{year}{rest}”理解（排第一的是{who}）")


def _against_the_last(q: Query, t: _Thread) -> InContext | None:
    """跟洪泽区2024年比，哪个行政诉讼多: the conversation's agency against the one named."""
    against = _AGAINST.match(q.text)
    if not (against and q.mentions and q.metrics and t.conv.last_agencies and "比" in q.text[against.end() :]):
        return None
    who = t.conv.last_agencies[0]
    if who in {t.names.get(i) for m in q.mentions for i in m.agency_ids}:
        return None
    return t.written_out(who + _year_shown(t.conv, who) + q.text)


def _stands_alone(q: Query, t: _Thread) -> InContext | None:
    """No thread yet, or a question that names both agency and figure, or one that needs none."""
    pointed = PRONOUN.match(q.text) and t.conv.last_agencies  # 它和洪泽区2024年比…: 它 is one of those compared
    if not t.conv.last_question or (q.mentions and q.metrics and not pointed) or q.intent in ("help", "thanks", "list_agencies", "search"):
        return InContext(q)
    return None


def _claim_again(q: Query, t: _Thread) -> InContext | None:
    """不对吧，我记得是17件: the last figure, checked against that number (and not carried on)."""
    again = _CLAIM_AGAIN.search(q.text)
    if PRONOUN.match(q.text) and t.conv.last_agencies:  # 最后一名是谁，是0件吗: the one pointed at is checked
        return None
    if not (again and not q.mentions and not q.metrics and len(q.years) <= 1 and not q.ratio and not column_spans(q.text)):
        return None  # (其中被纠正的比例我写的是50%: a figure of its own is claimed, not the last one)
    last = t.conv.last_question
    if q.years:  # 2023年我写的21件 对吗: the last figure in that year, checked
        for s, e in sorted(read_period(last).consumed, reverse=True)[:1]:
            last = last[:s] + f"{q.years[0]}年" + last[e:]
        if not read_period(last).years:
            return None
    return t.written_out(f"{last}，有报道称{again.group(1)}，对吗", remember_as=last)


_THIS_FIGURE_RIGHT = re.compile(r"(?:那)?(?:这个|这|那个|上面这个|刚才这个)?(?:数|数字|总计|总数)?(?:是)?(?:对的?吗|对不对|准不准|准吗|没错吧|没问题吧|可信吗|靠谱吗|站得住吗)[?？。]*")


def _checks_of_its_own(q: Query, t: _Thread) -> InContext | None:
    """各项加起来对得上吗 naming a figure but no agency is carried over; so is a check naming only columns or
    parts (维持、纠正…四项加起来和总计对得上吗) while the conversation is about one report. Any other check
    (哪些报告对不上) stands alone."""
    conv = t.conv
    this_report = re.search(r"这份|那份|这个报告|该报告|本报告|这张表|它的|它自己|其", q.text)
    if q.intent == "checks" and q.metrics and not q.mentions and this_report and len(conv.last_agencies) == 1:
        # 这份报告的总账平不平：新收加上年结转，跟办结加结转下年度一样吗: the thread's report, not every one
        who = conv.last_agencies[0]
        return t.written_out(who + ("" if q.years else _year_of(conv, who)) + q.text)
    if (q.intent != "checks" and not q.parts_sum) or (q.metrics and not q.mentions):
        return None
    if _THIS_FIGURE_RIGHT.fullmatch(q.text) and len(conv.last_agencies) == 1 and metric_spans(conv.last_question):
        # 这个数对吗 after 表里复议总计写的是多少: that figure, checked against its own parts
        last = re.sub(r"(?:表里|表上|报告上)?(?:写|印|填)的(?:是)?", "", conv.last_question)
        return t.written_out(question_stem(last) + "对吗")
    if q.mentions or _ACROSS.search(q.text) or len(conv.last_agencies) != 1 or not (column_spans(q.text) or q.parts_sum):
        return InContext(q)
    who = conv.last_agencies[0]
    last = conv.last_question
    rows = "" if q.metrics else "".join(last[s:e] for s, e in metric_spans(last))
    return t.written_out(who + ("" if q.years else _year_shown(conv, who)) + rows + q.text)


def _first_asked(q: Query, t: _Thread) -> Query | None:
    """第一个问的那家: the agency this conversation began with."""
    first = _FIRST_ASKED.match(q.text)
    if first and t.conv.first_agency and not q.mentions:
        return t.reread(t.conv.first_agency + q.text[first.end() :])
    return None


def _gap_after_switch(q: Query, t: _Thread) -> InContext | None:
    """差多少 right after another agency was asked about on the same figure: between those two agencies (each in
    the year it was shown for); when the agency also holds the year before, which gap is meant is asked."""
    conv = t.conv
    if not (_BARE_GAP.match(q.text) and len(conv.last_agencies) == 1 and len(conv.agencies_seen) >= 2):
        return None
    cur, prev = conv.last_agencies[0], conv.agencies_seen[-2]
    if prev == cur or cur not in conv.seen_in or prev not in conv.seen_in:
        return None
    last = conv.last_question
    spans = sorted(metric_spans(last, generic=True) + column_spans(last))
    words = "".join(last[s:e] for s, e in spans)
    if not words:
        return None
    if _RATE_WORDS.search(last):  # 两者差几个百分点 after two shares asked one by one: the share, in both
        words = question_stem(last[spans[0][0] :])
    year = conv.seen_in[cur]
    between = f"{prev}{conv.seen_in[prev]}年和{cur}{year}年{words}相差多少"  # in the order they were asked (前者/后者)
    ids = [i for i, n in t.names.items() if n == cur]
    both = re.match(r"^(?:那)?(?:两者|二者|它们|两个)", q.text)  # 两个差多少: the two agencies, said
    if ids and year - 1 in t.held.get(ids[0], {}) and not both:
        return InContext(q, declined="“差多少”是和哪个比？", choices=[
            Option(f"和{prev}{conv.seen_in[prev]}年比", between), Option(f"和{cur}{year - 1}年比", f"{cur}{year}年比{year - 1}年{words}变化多少")])
    return t.written_out(between)


_TWO_JUST_ASKED = re.compile(r"^(?:那)?(?:这|上面|刚才|前面)?(?:的)?(?:两者|二者|两个|两项|俩|这俩|它俩|两个数)?(?:的)?"
                             r"(?P<op>加起来|合计|一共|加一起|加在一起|加一块儿?|合一块儿?|相加|合起来|总共|差多少|差几件|相差多少|差了多少)"
                             r"(?:是)?(?:多少|几件)?(?:呢)?[?？。]*$")


def _two_just_asked(q: Query, t: _Thread) -> InContext | None:
    """商业企业呢 after 法律服务机构几件 → 两者加起来 / 二〇二三年呢 after 2024年 → 加起来: the two figures the last two
    questions asked of one report row (two columns), or of one row in two years."""
    said = _TWO_JUST_ASKED.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.metrics and not q.years and conv.history and len(conv.last_agencies) == 1):
        return None
    last, before = conv.last_question, conv.history[-1]
    a, b = t.reread(before), t.reread(last)
    same_agency = {i for m in a.mentions for i in m.agency_ids} == {i for m in b.mentions for i in m.agency_ids} != set()
    if not (same_agency and a.metrics and b.metrics) or a.ratio or b.ratio:
        return None
    if {m.key for m in a.metrics} != {m.key for m in b.metrics}:
        return _two_rows_one_column(said, a, b, before, last, t)
    cols_a = "".join(before[s:e] for s, e in _own_columns(before))
    cols_b = "".join(last[s:e] for s, e in _own_columns(last))
    rows = "".join(last[s:e] for s, e in metric_spans(last))
    who = conv.last_agencies[0]
    add = said.group("op") not in ("差多少", "差几件", "相差多少", "差了多少")
    if a.years == b.years and len(b.years) == 1 and cols_a and cols_b and cols_a != cols_b:
        when = f"{b.years[0]}年"
        full = f"{who}{when}{rows}{cols_a}和{cols_b}加起来" if add else f"{who}{when}{rows}{cols_a}比{cols_b}多多少"
        return t.written_out(full)
    if cols_a == cols_b and len(a.years) == 1 and len(b.years) == 1 and a.years != b.years:
        y1, y2 = sorted(a.years + b.years)
        full = (f"{who}{y1}年和{y2}年{rows}{cols_b}加起来" if add else f"{who}{y2}年比{y1}年{rows}{cols_b}变化多少")
        return t.written_out(full)
    return _two_rows_one_column(said, a, b, before, last, t)


def _two_rows_one_column(said: re.Match, a: Query, b: Query, before: str, last: str, t: _Thread) -> InContext | None:
    """直接起诉纠正几件 → 复议后起诉的呢 → 加起来呢: the two rows just asked, in the column both were asked of."""
    who = t.conv.last_agencies[0]
    add = said.group("op") not in ("差多少", "差几件", "相差多少", "差了多少")
    cols_a = "".join(before[s:e] for s, e in _own_columns(before))
    cols_b = "".join(last[s:e] for s, e in _own_columns(last))
    rows_a = "".join(before[s:e] for s, e in metric_spans(before))
    rows_b = "".join(last[s:e] for s, e in metric_spans(last))
    if not (a.years == b.years and len(b.years) == 1 and cols_a == cols_b and rows_a and rows_b and rows_a != rows_b):
        return None
    when = f"{b.years[0]}年"
    return t.written_out(f"{who}{when}{rows_a}和{rows_b}{cols_b}加起来" if add else f"{who}{when}{rows_a}{cols_b}比{rows_b}{cols_b}多多少")


def _these_two_rows(q: Query, t: _Thread) -> InContext | None:
    """这两项加起来… / 差多少 after two rows of one report were asked."""
    two = _THESE_TWO.match(q.text)
    gap = _BARE_GAP.match(q.text)
    if not ((two or gap and not q.metrics) and not q.mentions and not q.years):
        return None
    # (占办结总数: the whole, not a column); a bare 两个加起来 is of the two questions just asked, one after the other
    rows = _last_two_rows(t.conv, t.catalog, t.names, re.split(r"占|比", q.text)[0], back=2 if two and two.group("bare") else 6)
    if not rows and (BOTH.search(q.text) or two and two.group("bare")):
        return None  # 这两个单位加起来 / 两项合计 after two agencies: read further on
    if not rows:  # which two figures 这两项 means is not known: never one figure for two
        return InContext(q, declined="“这两项”指哪两个数字没能确定，请把两项都写出来（例如：规章和规范性文件现行有效一共多少）") if two else None
    head, before, last = rows
    return t.written_out(f"{head}{before}加{last}{q.text[two.end() :]}" if two else f"{head}{before}比{last}多多少")


_ADDED_ON = re.compile(r"^(?:那)?(?:再)?(?:加上|算上|连同|连上|加)(.{1,12}?)(?:的)?(?:话)?[，,]?(?:一共|总共|合计|一起|加起来|总数|总量)"
                       r"(?:是|有)?(?:多少|几件|几个)?(?:呢)?[?？。]*$")


_BARE_ADD = re.compile(r"^(?:那)?(?:都|全部|一起|全)?(?:加起来|加在一起|合计|加一块儿?|一共)(?:是)?(?:多少|几件)?(?:呢|吧)?[?？。]*$")


def _sum_of_the_list(q: Query, t: _Thread) -> InContext | None:
    """加起来呢 right after a list of several agencies (a ranking, a comparison): their figures added."""
    conv = t.conv
    shown = list(dict.fromkeys(zip(conv.listed, conv.listed_at, strict=False)))
    if not (_BARE_ADD.match(q.text) and len(shown) >= 2 and len(conv.last_agencies) >= 2):
        return None
    last = conv.ranked_question if conv.last_question == conv.ranked_question else conv.last_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if not words or _RATE_WORDS.search(last):
        return None  # (rates are not added)
    by_agency: dict[str, list[int]] = {}
    for a, y in shown:
        by_agency.setdefault(a, []).append(y)
    names = "、".join(a + "和".join(f"{y}年" for y in sorted(ys)) for a, ys in by_agency.items())
    return t.written_out(f"{names}{words}加起来多少")


def _share_of_the_sum(q: Query, t: _Thread) -> InContext | None:
    """其中安康占多少 / 秀洲分局占几成 after a figure of several agencies: its share of their sum."""
    said = re.match(r"^(?:那)?(?:其中)?(.{1,16}?)(?:的)?占(?:多少|几成|多少成|比例|比重|百分之几|百分之多少|多大|的比例|比)", q.text)
    conv = t.conv
    if not (said and q.mentions and q.ratio and len(conv.last_agencies) >= 2 and all(m.end <= said.end(1) for m in q.mentions)):
        return None
    named = [t.names.get(i) for m in q.mentions for i in m.agency_ids]
    before = said.group(1)
    for m in sorted((m for m in q.mentions if m.end <= said.end(1)), key=lambda m: -m.start):
        before = before[: m.start - said.start(1)] + before[m.end - said.start(1) :]
    if metric_spans(before, generic=True) or column_spans(before):
        return None  # 市政府复议里还没审结的占多少: a share of its own, not the agency's share of the sum
    last = conv.last_question
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if len(named) != 1 or named[0] not in conv.last_agencies or not words:
        return None
    def year(a: str) -> str:
        return f"{conv.seen_in[a]}年" if a in conv.seen_in else ""
    whole = "、".join(a + year(a) for a in conv.last_agencies)
    return t.written_out(f"{named[0]}{year(named[0])}{words}占{whole}{words}合计的比例")


def _sum_in_a_group(q: Query, t: _Thread) -> InContext | None:
    """前两名加起来多少 → 占这五家总量的多少: the sum just shown, as a share of the group named."""
    said = re.match(r"^(?:那)?(?:这个数|这个合计|合计|加起来的?|它们|这两家|这几家|它俩|这俩|两家|两家合计|两者合计)?(?:的)?(?:合计|一共)?占", q.text)
    conv = t.conv
    last = conv.last_question
    if not (said and q.ratio and not q.mentions and not q.metrics and len(conv.last_agencies) >= 2
            and re.search(r"加起来|合计|一共|总共|之和|相加|加在一起", last)):
        return None
    group = _these_agencies(t.reread("占" + q.text[said.end() :]), t)  # (这两家占这五家: the group is the one after 占)
    words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
    if group is None or not words:
        return None
    named = {t.names.get(i) for m in group.mentions for i in m.agency_ids}
    if not set(conv.last_agencies) < named:
        return None  # the group must hold the ones summed, and more
    part = "、".join(a + (f"{conv.seen_in[a]}年" if a in conv.seen_in else "") for a in conv.last_agencies)
    rest = re.sub(r"(?:总量|总数|总和|加起来|一共|合计)?(?:的)?(?:多少|几成|比例|比重|百分之几|百分之多少|多大)[?？。]*$", "", group.text[1:])
    return t.written_out(f"{part}{words}占{rest}{words}合计的比例")


def _that_year_of_it(q: Query, t: _Thread) -> Query | None:
    """淮安市那年废止了几件: 那年 is the year that agency was shown for in this conversation."""
    said = re.search(r"那年|那一年|同年|当年", q.text)
    just = re.search(r"刚才(?=[\u4e00-\u9fff]{1,10}?(?:那个|那家|的))", q.text)  # 和刚才洪泽那个比: as it was shown
    if not ((said or just) and q.mentions and not q.years):
        return None
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    years = {t.conv.seen_in[a] for a in named if a in t.conv.seen_in}
    if len(years) != 1 or len(named) != 1:
        return None
    year = f"{years.pop()}年"
    if said:
        return t.reread(q.text[: said.start()] + year + q.text[said.end() :])
    m = q.mentions[0]
    return t.reread(q.text[: just.start()] + q.text[just.end() : m.end] + year + q.text[m.end :])


def _part_of_the_last(q: Query, t: _Thread) -> InContext | None:
    """其中行政查询事项占几成 after 不予公开一共多少: a part as a share of the row just shown (its whole)."""
    if not (re.match(r"^(?:那)?其中", q.text) and q.ratio and q.metrics and not q.mentions and len(t.conv.last_agencies) == 1
            and not re.search(r"占[^，,。？?]{0,12}(?:的)?(?:比例|几成|多少|百分)", re.sub(r"占(?:比|几成|多少|百分之几)", "", q.text))):
        return None
    last = t.conv.last_question
    whole = t.reread(last).metrics
    if len(whole) != 1 or _RATE_WORDS.search(last) or not all(m.parent == whole[0].key.rstrip("~") for m in q.metrics):
        return None
    rows = "".join(last[s:e] for s, e in metric_spans(last))
    stem = question_stem(last)
    parts = q.text[re.match(r"^(?:那)?其中", q.text).end() :]
    parts = re.sub(r"(?:的)?占(?:比|几成|多少|百分之几|百分之多少)?.*$", "", parts)
    return t.written_out(f"{stem}里，{parts}占{rows}的比例")


_SHARE_LEAD = re.compile(r"^(?:那|其中)?(?:这个数?|这一?项|该项|这些)?(?:的)?占")  # 这个占办理结果总数的多少


def _share_starting(q: Query, t: _Thread) -> InContext | None:
    """占平潭当年新收申请的比例 after 平潭…商业企业提交了几件: the last figure as a share of the whole named."""
    if not (re.match(_SHARE_LEAD, q.text) and q.ratio and q.metrics and t.conv.last_question
            and not _RATE_WORDS.search(t.conv.last_question) and len(t.conv.last_agencies) == 1):
        return None
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    if named and named != set(t.conv.last_agencies):
        return None  # (占淮安市政府的…: a share of another agency's figure, read on its own)
    whole = q.text[re.match(r"^(?:那|其中)?(?:这个数?|这一?项|该项|这些|它|其)?(?:的)?", q.text).end() :]
    for m in sorted(q.mentions, key=lambda m: -m.start):  # the agency is the last figure's own
        whole = whole[: m.start - (len(q.text) - len(whole))] + whole[m.end - (len(q.text) - len(whole)) :]
    return t.written_out(question_stem(t.conv.last_question) + whole)


def _row_added_to_share(last: str, row: str) -> str | None:
    """The share asked last (予以公开占办结的比例) with `row` added to its part, or None when it was no share."""
    at = last.find("占")
    parts = [sp for sp in metric_spans(last) if sp[1] <= at] if at > 0 else []
    if not parts:
        return None
    end = parts[-1][1]
    return last[:end] + "加" + row + last[end:]


def _plus_agency(q: Query, t: _Thread) -> InContext | None:
    """加上秀洲分局的采购金额一共多少: the thread's agency and the one named, summed."""
    plus = re.match(r"^(?:那)?(?:再)?(?:加上|算上|连同|连上)(?=.{0,20}(?:一共|总共|合计|加起来|一起))", q.text)
    conv = t.conv
    if not (plus and q.mentions and len(conv.last_agencies) == 1):
        return None
    who = conv.last_agencies[0]
    if who in {t.names.get(i) for m in q.mentions for i in m.agency_ids}:
        return None
    return t.written_out(who + _year_of(conv, who) + "和" + q.text[plus.end() :])


def _added_on(q: Query, t: _Thread) -> InContext | None:
    """加上部分公开一共: the last figure and that row, summed; 加上结转一共 after 上年结转呢: the two rows just asked."""
    plus_row = re.match(r"^(?:那)?(?:再)?(?:加上|算上|连同|连上)(.{2,12}?)(?:的)?(?:呢)?[?？。]*$", q.text)
    if plus_row and not q.mentions and not q.years and find_metrics(plus_row.group(1)):
        share = _row_added_to_share(t.conv.last_question, plus_row.group(1))
        if share:  # 加上部分公开呢 after 予以公开占办结的比例: the two rows, as one share
            return t.written_out(share)
    added = _ADDED_ON.match(q.text)
    if not (added and not q.mentions and not q.years):
        return None
    last, said = t.conv.last_question, added.group(1)
    last_rows = "".join(last[s:e] for s, e in metric_spans(last))
    named = {m.key for m in find_metrics(said)}
    if not last_rows or not (named or said in last_rows):
        return None
    if said in last_rows or named == {m.key for m in find_metrics(last)}:  # the row just shown: the one before it is added
        rows = _last_two_rows(t.conv, t.catalog, t.names)
        if rows is None:
            return InContext(q, declined=f"“加上{said}”要和哪个数字相加没能确定，请把两项都写出来")
        head, before, after = rows
        return t.written_out(f"{head}{before}加{after}一共多少")
    return t.written_out(question_stem(last) + "加" + said + "一共多少")


def _the_part_just_named(q: Query, t: _Thread) -> InContext | None:
    """这一种占当年办结总数的几成 after 哪种处理结果最多: the part the last answer put first, in its report."""
    said = re.match(r"^(?:那)?(这一?种|这一?类|这一?项|这个原因|这个理由|它|刚才那个|上面那个|这个数)(?:的)?(?=占|在.{0,12}中占|比)", q.text)
    if said is None and q.text.startswith("占") and t.conv.last_part:  # 占多少 after 其中哪一类最多: that part
        said = re.match(r"()", q.text)
    conv = t.conv
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    same_agency = not q.mentions or named == set(conv.last_agencies[:1])  # 这一类在平潭办结总数里占… after 平潭's part
    if said and not conv.last_part and said.group(1) != "它" and len(conv.last_agencies) == 1 and not q.mentions:
        # 刚才那个占新收的比例: the figure just answered, as a share
        return t.written_out(question_stem(conv.last_question) + q.text[said.end() :], f"接上题：“{said.group(1)}”指上一个数字")
    if not (said and conv.last_part and len(conv.last_agencies) == 1 and same_agency):
        return None
    who = conv.last_agencies[0]
    years = "" if q.years else _year_shown(conv, who)
    rest = q.text[said.end() :]
    for m in sorted(q.mentions, key=lambda m: -m.start):  # (the agency is said once, before the part)
        rest = rest[: max(0, m.start - said.end())] + rest[max(0, m.end - said.end()) :] if m.start >= said.end() else rest
    return t.written_out(who + years + conv.last_part + re.sub(r"^(?:当年|该年|那年)", "", rest),
                         f"接上题：“{said.group(1) or '占'}”指{conv.last_part}")


def _the_rate_before(q: Query, t: _Thread) -> None:
    """再看看淮安市2024年的比例 after a count: the share asked earlier in this conversation is what goes on."""
    if not (re.search(r"(?:的|这个|那个|同样的?|这一)(?:比例|比率|占比)", q.text) and not q.metrics
            and not _RATE_WORDS.search(t.conv.last_question)):
        return None
    earlier = next((h for h in reversed(t.conv.history) if _RATE_WORDS.search(h) and metric_spans(h)), None)
    if earlier is not None:
        t.conv.last_question = earlier
    return None


def _pointing(q: Query, t: _Thread) -> InContext | Query | None:
    """洪泽24年这个比例呢: the rest of the question is what changes."""
    pointing = _POINTING.search(q.text)
    if pointing and t.conv.options and not q.metrics:  # an ask-back left open: which figure 这一项 means is not known
        return InContext(q, declined=f"“{pointing.group(0)}”指哪一项没能确定（上一句还在问要哪一个），请写出要问的数字")
    if pointing and q.text != pointing.group(0):
        kept = "比例" if re.search(r"比例|比率", pointing.group(0)) and RANK_WORDS.search(q.text) else ""  # 这个比例谁最高: still the rate
        return t.reread(q.text[: pointing.start()] + kept + q.text[pointing.end() :])
    return None


def _other_level(q: Query, t: _Thread) -> InContext | Query | None:
    """不是市里的，区里那个: that level's government of the place the conversation is about."""
    level = ([None] + list(_LEVEL_REF.finditer(q.text)))[-1]  # the last level named
    ids_of = {n: i for i, n in t.names.items()}
    offered = [(label, asked) for label, asked in t.conv.options if label in ids_of]
    if level and not q.mentions and not t.conv.last_agencies and len(offered) == 1 and len(t.conv.options) == 1:
        # 是不是淮安市人民政府？ — 不是，我说的是区政府: that level's government of the place offered
        t.conv.last_question, t.conv.last_agencies, t.conv.options = offered[0][1], [offered[0][0]], []
    if not (level and not q.mentions and t.conv.last_agencies):
        return None
    last = t.conv.last_agencies[0]
    said = level.group(1) or level.group(2)
    at = t.catalog.government_at(said, ids_of[last]) if last in ids_of else None
    if at is None and last in ids_of and "人民政府" in last and t.catalog.agencies[ids_of[last]].level == level_of(said):
        at = ids_of[last]  # 市里的… while the thread is on the city's government: still it
    if at is None:
        return None
    other, rest = t.names[at], q.text[level.end() :]
    before = q.text[: level.start()] if q.text[: level.start()].startswith("占") else ""  # 占市政府办结总数多少
    if before:
        return t.reread(before + other + rest)
    years = "".join(f"{y}年" for y in q.years) if q.years and not read_period(rest).years else ""  # 2023年区里的…
    if rest.startswith("呢") and rest[1:].strip("，, "):  # 区里那个呢 自然人占比: what follows 呢 is asked of it
        rest = re.sub(r"^呢[，,\s]*", "", rest)
    named = t.reread(other + years + rest if not rest.startswith("呢") else other + years + "呢")
    if named.metrics and _COUNT_ASKED.search(re.sub(r"[?？。]+$", "", rest)) and not named.years:
        # 回到市里 结转下年度几件: a question of its own about that government, in the year the thread is in
        years = read_period(t.conv.last_question).years[-1:]
        held = t.held.get(at, {})
        if years and held and years[0] not in held:  # 洪泽 2023 → 市里那个诉讼: the city holds 2024 only, its newest
            full = other + rest
            return t.written_out(full, f"接上题：按“{full}”理解（{other}没有{years[0]}年的年报，用它最新的一份）")
        full = other + "".join(f"{y}年" for y in years) + rest
        return t.written_out(full)
    return named


def _sole_option(q: Query, t: _Thread) -> InContext | None:
    """平谭…？ asked back with one candidate, then 22年的: the follow-up goes on with that candidate."""
    if not (len(t.conv.options) == 1 and not q.mentions and not q.unknown_agency and not q.unknown_place):
        return None
    label, question = t.conv.options[0]
    named = [w for w in re.findall(r"[\u4e00-\u9fff]{2,}", q.leftover_words) if w not in FILLER_WORDS]
    if any(set(t.catalog.suggest(w)) - {i for i, n in t.names.items() if n == label} for w in named):
        return None  # 平谭22年呢 after 是不是洪泽？: another (misspelt) name, not the candidate offered
    t.conv.last_question, t.conv.options = question, []
    read = read_in_context(q.text, q, t.conv, t.reread, t.catalog, t.names, t.held)
    read.notes.append(f"按上一句提示的“{label}”理解")
    return read


def _its_two_years(q: Query, t: _Thread) -> Query | None:
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


def _year_next_to_the_thread(q: Query, t: _Thread) -> Query | None:
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
    base = t.conv.seen_in.get(who) or next(iter(read_period(t.conv.last_question).years[-1:]), None)
    if base is None:
        return None
    step = -1 if said.group(1) in ("前一年", "上一年") else 1
    return t.reread(q.text[: said.start()] + f"{base + step}年" + q.text[said.end() :])


def _likewise(q: Query, t: _Thread) -> None:
    """行政许可也这样排一下: the last ranking asked goes on, with this figure."""
    if LIKEWISE.search(q.text) and RANK_WORDS.search(q.text) and not RANK_WORDS.search(t.conv.last_question):
        ranking = next((h for h in reversed(t.conv.history) if RANK_WORDS.search(h)), None)
        if ranking is not None:
            t.conv.last_question = ranking


def _place_in_last_ranking(q: Query, t: _Thread) -> None:
    """平潭排在第几位 after other questions: its place in the last ranking shown."""
    if POSITION.search(q.text) and q.mentions and not q.metrics and t.conv.ranked_question and not RANK_WORDS.search(
            t.conv.last_question):
        t.conv.last_question = t.conv.ranked_question
    elif (re.fullmatch(r"(?:那)?最(?:多|少|高|低|大|小)的?(?:呢|是哪家|是谁|是哪个|是哪一家|是哪份|是哪一份)?[?？。]*", q.text)
          and t.conv.ranked_question and not RANK_WORDS.search(t.conv.last_question)):
        # 哪家最多 → 第二呢 → 最少的呢: the other end of that ranking, not of the place just shown
        t.conv.last_question = t.conv.ranked_question


_REORDER = re.compile(r"(?:那)?(?P<order>(?:按|从|由)?(?:多到少|少到多|高到低|低到高|大到小|小到大))?(?:再)?(?:全|都|完整)?"
                      r"(?:排一下|排个序|排序|排一排|排出来|列一下)(?:吧|呢)?[?？。]*")


def _reorder_last_ranking(q: Query, t: _Thread) -> InContext | None:
    """收到申请最少的是哪家 → 从多到少全排一下: the same ranking, whole, in the order asked."""
    said = _REORDER.fullmatch(q.text)
    conv = t.conv
    if not (said and conv.ranked_question):
        return None
    last = conv.ranked_question
    stem = RANK_WORDS.sub("", re.sub(r"(?:的)?(?:是)?(?:哪家|哪个单位|谁|哪一家|哪份)[?？。]*$", "", last))
    order = said.group("order") or "从多到少"
    full = f"{stem}{order if order.startswith(('从', '按', '由')) else '从' + order}排一下"
    return t.written_out(full)


def _back_to(q: Query, t: _Thread) -> Query | None:
    """好，回到平潭: what was last asked about that agency goes on. 回到第一名，它的…: the place pointed at."""
    back = _BACK.match(q.text)
    if back and not q.mentions and PRONOUN.match(q.text[back.end() :]):
        rest = q.text[back.end() :]
        point = PRONOUN.match(rest)
        return t.reread(rest[: point.end()] + re.sub(r"^[，,]?(?:它|其)(?:的)?", "的", rest[point.end() :]))
    if back and q.mentions:
        ids = {i for m in q.mentions for i in m.agency_ids}
        earlier = next((h for h in reversed(t.conv.history)
                        if ids & {i for m in t.catalog.mentions(h) for i in m.agency_ids}), None)
        if earlier is not None:
            t.conv.last_question = earlier


def _pronoun_step(q: Query, t: _Thread) -> InContext | Query | None:
    both = re.match(r"^(?:那)?前者(.*?)后者(.*)$", q.text)
    conv = t.conv
    listed_years = len(conv.listed) == 2 and len(set(conv.listed)) == 1 and len(set(conv.listed_at)) == 2
    # (2024年…17件对吗 → 那2023年那份报告是多少件 → 前者比后者: the two years asked one after the other)
    asked_years = len(conv.last_agencies) == 1 and len(conv.years_seen) >= 2 and len(_former_latter(conv)) != 2
    if both and not q.mentions and (listed_years or asked_years) and re.search(r"多|少|差|高|低", q.text):
        # 两年各多少 → 前者比后者多几件: the two years just listed, of that agency (as listed)
        y1, y2 = conv.listed_at if listed_years else conv.years_seen[-2:]
        conv.listed = conv.listed if listed_years else conv.last_agencies * 2
        last = conv.last_question
        rows = "".join(last[s:e] for s, e in sorted(metric_spans(last) + _own_columns(last)))
        return InContext(t.reread(f"{conv.listed[0]}{y1}年比{y2}年{rows}变化多少"),
                         [f"接上题：“前者”指{y1}年，“后者”指{y2}年，按“{conv.listed[0]}{y1}年比{y2}年{rows}变化多少”理解"])
    if both and not q.mentions and len(_former_latter(t.conv)) == 2:  # 前者比后者多出多少件: both named, each in its year
        (a, b), years = _former_latter(t.conv), t.conv.years_of
        def named(who: str) -> str:
            return who + ("" if q.years else "".join(f"{y}年" for y in years.get(who, [])[:1]))
        return t.reread(named(a) + both.group(1) + named(b) + both.group(2))
    pronoun = PRONOUN.match(q.text)
    # 它和洪泽区2024年比 / 它收到的申请跟秀洲分局差多少: 它 beside the one named
    beside = pronoun and (re.match(r"(?:的)?(?:和|与|跟|同|比)", q.text[pronoun.end() :]) or (
        q.mentions and re.search(r"(?:和|与|跟|同|比)$", q.text[pronoun.end() : q.mentions[0].start])))
    if pronoun and t.conv.last_agencies and (not q.mentions or beside) and not TWO_PLACES.match(q.text):  # 它的复议维持率: the agency the last answer put first
        return _pronoun(pronoun, q, t)
    return None


_PRINTED_TOTAL = re.compile(r"(?:印|写|填)(?:的|着|了)(?:是)?(?:那个)?总计|总计(?:那格|那一格|那栏)?(?:印|写|填)(?:的|着|了)")


def _printed_total_of_the_last(q: Query, t: _Thread) -> InContext | None:
    """各项加起来是多少 → 报告里印的总计又是多少: the printed total of the row just added up, not the sum again."""
    conv = t.conv
    if not (_PRINTED_TOTAL.search(q.text) and not q.mentions and not q.metrics and len(conv.last_agencies) == 1):
        return None
    thread = _thread_row(q, t)
    return t.written_out("".join(thread) + "总计印的是多少") if thread else None


def _only_the_agency_left_out(q: Query, t: _Thread) -> InContext | None:
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
    grouped = (len(q.metrics) == 1 and any(m.parent == q.metrics[0].key for m in METRICS) and _RATE_WORDS.search(conv.last_question)
               and not q.years and not re.search(r"两年|几年|各年|历年|每年|三年", q.text))
    summed = (q.add_up and (len(q.metrics) >= 2 or grouped) and not q.ratio and not _RATE_WORDS.search(q.text)
              and not BOTH.search(q.text) and not PRONOUN.match(q.text))
    if not (own and (asked and re.search(r"比|变化|差|占|合计|一共|加", conv.last_question) or share or summed)):
        return None
    who = conv.last_agencies[0]
    return t.written_out(who + ("" if q.years else _year_of(conv, who)) + q.text)


def _unread_words(q: Query, t: _Thread) -> InContext | None:
    """A word not understood is never carried past by filling in."""
    return InContext(q) if q.unread and not TWO_PLACES.match(q.text) else None


def _not_a_follow_up(q: Query, t: _Thread) -> InContext | None:
    """A question complete on its own, or a fragment with nothing to carry (稍等，领导叫我)."""
    across = q.intent in ("total", "rank") and not _ACROSS.search(q.text)  # 两类加起来总共多少: still the last agency's
    # only a fragment naming a year, a column, an operation, or said as a follow-up (那…呢) takes the rest
    fragment = not q.metrics and q.intent in ("narrative", "unknown") and bool(
        q.years or column_spans(q.text) or _OPERATION_WORD.search(q.text) or looks_like_followup(t.question))
    whom_left_out = not q.mentions and (q.intent in ("lookup", "trend", "change", "checks") or BOTH.search(q.text) or across
                                         or fragment) and not (
        q.level or q.sector or q.unknown_agency or q.unknown_place or q.province or q.place_ids)
    # 平潭比洪泽24年多多少: the last figure (a question naming a column or share of its own is not one)
    figure_left_out = q.mentions and not q.metrics and (q.intent == "narrative" and not q.ratio or (
        q.ratio and not _ACROSS_RATE.search(q.text)))  # A和B里比例谁最高: the share just asked, of those named
    carryable = bool(q.years or q.metrics or q.mentions or column_spans(q.text) or _OPERATION_WORD.search(q.text))
    if not looks_like_followup(t.question) and (len(q.text) > 8 or not carryable) and not whom_left_out and not figure_left_out:
        return InContext(q)
    return None


_STEPS: tuple[Step, ...] = (
    _said_first, _place_not_held, _government_not_held, _scope_with_the_last_figure, _this_kind, _reports_of_the_ranking, _named_after_ranking, _option_picked, _option_with_a_year, _number_with_a_year, _reading_still_open, _extreme_of_ranking, _reasons_of_the_last, _columns_of_the_last_row, _another_whole, _the_one_there, _government_seen, _the_other_one, _the_other_agency, _it_added_to_ranking, _plus_agency, _sum_of_the_list, _share_of_the_sum, _sum_in_a_group, _that_year_of_it, _share_starting, _part_of_the_last, _these_agencies, _next_to_named, _place_inside, _share_in_another, _across_of_its_own, _year_next_to_the_thread, _another_option, _added_to_ranking, _than_after_ranking, _than_it, _against_the_last, _stands_alone,
    _its_two_years, _claim_again, _checks_of_its_own, _first_asked, _gap_after_switch, _two_just_asked, _these_two_rows, _added_on, _the_part_just_named, _printed_total_of_the_last, _only_the_agency_left_out, _the_rate_before, _pointing, _other_level, _sole_option,
    _likewise, _reorder_last_ranking, _place_in_last_ranking, _back_to, _pronoun_step, _unread_words, _not_a_follow_up,
)


# --- carrying the last question over -------------------------------------------------------------------

def _carried_over(q: Query, t: _Thread) -> InContext:
    """The follow-up with the rest of the last question (bot/follow_up.py), or declined when it cannot be tied."""
    conv = t.conv
    by_place = TWO_PLACES.match(q.text) and conv.ranked  # 第一和最后一名: of the last ranking
    # (第二和第三差多少 after other questions: the figure that ranking was of)
    base = conv.ranked_question if by_place and conv.ranked_question and not q.metrics else conv.last_question
    full = carry_over(base, q, t.catalog, conv.years_seen, conv.agencies_seen,
                      conv.ranked if by_place else conv.listed, conv.ranked_at if by_place else conv.listed_at, conv.seen_in)
    if full is None:
        whole = _name_asked_whole(q, t)
        if whole is not None:
            return t.written_out(whole)
        if q.mentions and (q.metrics or q.intent != "lookup"):
            return InContext(q)
        if q.metrics and len(conv.last_agencies) == 1 and not q.level and not q.place_ids:
            # 新收加上年结转，是不是等于办结加结转下年: a question of its own rows, asked of the thread's agency
            who = conv.last_agencies[0]
            return t.written_out(who + ("" if q.years else _year_of(conv, who)) + q.text)
        conv.last_agencies = []  # after a question we could not tie, 它 no longer points anywhere
        return InContext(q, declined=f"这句没能和上一个问题（“{conv.last_question}”）接上，请把单位、年份和要问的数字说完整",
                         declined_notes=["例如：洪泽区2023年收到多少申请"])
    if re.search(r"也这样|也是这样|一样吗|也有这种", q.text):  # 复议后起诉那一栏是不是也这样: the check, not the printed cell
        full = re.sub(r"(?:可)?(?:表里|表上|报告上)?印的", "", full)
    carried_q = t.reread(full)
    if len(q.years) == 1 and carried_q.intent == "change" and not re.search(r"比|变化|增|减|涨|降|多了|少了", q.text):
        # 不掌握信息的 24年 after 涨了多少: that row in that year, not the change carried on
        full = re.sub(r"\d{4}年比(?:\d{4}年)?", f"{q.years[0]}年", full)
        full = re.sub(r"(?:变化|增加|减少|多了|少了|涨了|降了)(?:多少|几件)?$", "", full)
    elif carried_q.ratio and not _RATE_WORDS.search(q.text) and re.search(r"(?:有)?(?:几件|多少件|几个|多少个)[?？。]*$", q.text):
        # 秀洲分局同样情形有几件 after a share: the count
        full = re.sub(r"(?:占比|比例|比重|纠错率|纠正率)[^，,。]{0,8}$|占[^，,。]*$", "", full) + "多少件"
    counted = q.claimed is not None or re.search(r"\d+(?:\.\d+)?\s*(?:件|个|项)", q.text)
    if q.metrics and counted and not q.ratio and t.reread(full).ratio and conv.last_agencies:
        # 最后一句写的是行政诉讼共46件: a count claimed of a row of its own, not the last share carried on
        who = conv.last_agencies[0]
        full = who + ("" if q.years else _year_of(conv, who)) + q.text
    for settle in (_count_or_rate, _column_or_whole, _claim_on_carried, _year_not_held):
        read = settle(full, q, t)
        if read is not None:
            return read
    carried = t.reread(full)
    if (not carried.mentions and carried.intent in ("total", "rank", "compare") and len(conv.last_agencies) == 1
            and not _ACROSS.search(q.text) and not _ACROSS.search(full) and not RANK_WORDS.search(conv.last_question)
            and not carried.every_report and not carried.place_ids and not carried.level):
        full = conv.last_agencies[0] + full  # 两类诉讼加起来: still the thread's agency, never every agency's
        carried = t.reread(full)
    # 加起来 with nothing named: it must come out as a sum of two or more figures, or it was not understood
    return InContext(carried, [f"接上题：按“{full}”理解"], bare_sum=q.add_up and not q.metrics and not q.mentions)


def _name_asked_whole(q: Query, t: _Thread) -> str | None:
    """淮按市府呢: a name not held (or misspelt) in place of the last agency, asked back as a whole question."""
    if q.mentions or q.years or not (q.unknown_agency or q.unknown_place or q.intent == "unknown"):
        return None
    last = t.conv.last_question
    written = FOLLOW_END.sub("", FOLLOW_START.sub("", q.text))
    prev_mentions = t.catalog.mentions(last)
    unheld = None if prev_mentions else unheld_name(last, t.catalog)
    if not (2 <= len(written) <= 8 and (prev_mentions or unheld) and not find_metrics(written)
            and not _OPERATION_WORD.search(written) and not BOTH.search(written)):  # 两家加起来 is not a name
        return None
    start, end = ((prev_mentions[0].start, prev_mentions[0].end) if prev_mentions
                  else (last.index(unheld), last.index(unheld) + len(unheld)))
    return last[:start] + written + last[end:]


def _count_or_rate(full: str, q: Query, t: _Thread) -> InContext | None:
    """纠错率 → 诉讼 (one word): its count, or the same rate of it? Both are offered; neither is guessed."""
    # (X的呢 asks the same of X: the rate carries; a row named bare asks which is meant)
    said = q.text
    for m in sorted(q.mentions, key=lambda m: -m.start):  # (区里直接起诉的呢: the agency switched too)
        said = said[: m.start] + said[m.end :]
    bare_row = re.sub(r"[?？。!！的]|呢$", "", FOLLOW_START.sub("", said))
    row = _COUNT_ASKED.sub("", bare_row)  # 复议有吗 / 复议几件: the count is asked in so many words
    if not (q.metrics and not q.years and _RATE_WORDS.search(t.conv.last_question)
            and not _RATE_WORDS.search(q.text) and row and not q.unread and len(row) <= 14
            and not _OPERATION_WORD.search(row) and metric_spans(row)):  # only a row named (X的呢 too: which is meant?)
        return None
    plain = re.sub(r"(?:纠错率|纠正率|维持率|办结率|公开率|比例|占比|比率|比重)[^，,。]{0,6}$", "", full)  # (…纠错率算一下)
    plain = re.sub(r"(?:在[^，。]{0,12}?(?:里|中|当中))?占[^，。]*$", "", plain)  # …在不予公开里占多少
    if plain == full or not t.reread(full).metrics:
        return None
    last_tables = {m.table for m in t.reread(t.conv.last_question).metrics}
    if row != bare_row or (last_tables and not {m.table for m in q.metrics} & last_tables):
        # 复议有吗 / 许可决定数 after a share of 表三: its count (a share of another table's row was never asked)
        return t.written_out(plain + "多少件")
    shared = _rate_of_the_count_before(t)
    if shared is False and (not re.search(r"呢[?？。]*$", q.text) or q.mentions or _LEVEL_REF.search(q.text)):
        shared = None  # 纠错率 → 诉讼 (bare): writers split on it; only 诉讼那边呢 asks the same again
    if shared is True:  # 其中行政查询事项几件 → 占不予公开的几成 → 国家秘密呢: the thread is counts; the count
        return t.written_out(plain + "多少件")
    if shared is False:  # 纠错率是多少 → 行政诉讼呢: the thread asked the rate itself; the same rate
        return t.written_out(full)
    return InContext(q, declined=f"“{q.text}”是问件数，还是同样问比例？",
                     choices=[Option(f"{bare_row}的件数", plain + "多少件"), Option(f"{bare_row}的比例", full)])


def _rate_of_the_count_before(t: _Thread) -> bool | None:
    """Was the last rate taken of the count asked just before it (True), or asked as a rate from the start (False)?
    Writers of every round read a row named bare after it that way: the count, or the same rate. None: not known."""
    conv = t.conv
    last = t.reread(conv.last_question)
    if re.search(r"(?:纠错|纠正|维持|败诉|办结|公开|不予公开|无法提供|争议转化)率", conv.last_question):
        return False  # a named rate (纠错率 → 诉讼那边呢) applies to the other row as well: the same rate
    if not conv.history:
        return False if last.mentions else None
    before = t.reread(conv.history[-1])
    same_agency = {i for m in last.mentions for i in m.agency_ids} == {i for m in before.mentions for i in m.agency_ids}
    part = {m.key.rstrip("~") for m in last.metrics}
    counted = {m.key.rstrip("~") for m in before.metrics}
    if same_agency and not before.ratio and counted and counted <= part:
        return True
    return False if before.ratio or not same_agency or not counted & part else None


def _own_columns(text: str) -> list[tuple[int, int]]:
    """Column words of 表三/表四 that are not inside a row's words (公开 in 予以公开 is the row's)."""
    rows_at = metric_spans(text)
    return [(a, b) for a, b in column_spans(text, active=False) if not any(a < e and s < b for s, e in rows_at)]


def _column_or_whole(full: str, q: Query, t: _Thread) -> InContext | None:
    """淮安市府2024複議尚未審結幾件 → 诉讼呢 / 商业企业新收申请 → 予以公开了几件: another row named bare after
    a figure of one column. Writers split on whether the column goes on; both are offered, neither is guessed."""
    said = q.text
    for m in sorted(q.mentions, key=lambda m: -m.start):
        said = said[: m.start] + said[m.end :]
    row = _COUNT_ASKED.sub("", re.sub(r"[?？。!！的了]|呢$", "", FOLLOW_START.sub("", said)))
    last = t.conv.last_question
    cols = [last[a:b] for a, b in _own_columns(last) if not re.fullmatch(r"总计|合计|总数|一共|总共|全部", last[a:b])]
    if not (q.metrics and not q.years and not q.mentions and not q.ratio and not q.add_up and row and len(row) <= 10
            and not _own_columns(q.text) and metric_spans(row) and cols and not _RATE_WORDS.search(last)):
        return None
    old, new = t.reread(last).metrics, t.reread(full)
    if not old or not new.metrics or {m.table for m in old} != {m.table for m in new.metrics}:
        return None  # (复议 → 新收: another table, its own columns)
    if {m.key.split("/")[0] for m in old} == {m.key.split("/")[0] for m in new.metrics}:
        return None  # the two kinds of 诉讼: one group, the column goes on (bot/follow_up.py)
    col = "".join(cols)
    if any(c in full for c in cols):
        return None  # the carried question kept the column itself
    if _narrowed_from_total(t):
        # 新收多少 → 其中商业企业几件 → 上年结转呢: the column was a look inside the total; the thread is the total
        return t.written_out(full, f"接上题：按“{full}”理解（{col}是上一问里看的一栏，这里按总数）")
    label = "、".join(m.label for m in new.metrics)
    return InContext(q, declined=f"“{q.text}”是问{col}的，还是{label}的总数？",
                     choices=[Option(f"{label}（{col}）", full + col), Option(f"{label}（总数）", full)])


def _narrowed_from_total(t: _Thread) -> bool:
    """Was the last question's column a look inside the total of the same row asked just before it?

    Writers of every round read such a column as left when another row is named (新收多少 → 其中商业企业几件 →
    上年结转呢 is the total). A column named with the row from the start splits them, so that one is asked."""
    conv = t.conv
    if not conv.history:
        return False
    last, before = t.reread(conv.last_question), t.reread(conv.history[-1])
    keys = {m.key for m in last.metrics}
    same_agency = {i for m in last.mentions for i in m.agency_ids} == {i for m in before.mentions for i in m.agency_ids}
    whole_before = all(re.fullmatch(r"总计|合计|总数|一共|总共|全部", conv.history[-1][a:b])
                       for a, b in _own_columns(conv.history[-1]))
    return bool(keys) and keys == {m.key for m in before.metrics} and same_agency and whole_before


def _claim_on_carried(full: str, q: Query, t: _Thread) -> InContext | None:
    """部分公开写的8件: the carried figure, checked against that number."""
    said = _CLAIM_AGAIN.search(q.text)
    if not (said and q.metrics):
        return None
    checked = f"{full}，有报道称{said.group(1)}，对吗"
    return t.written_out(checked, remember_as=full)


def _year_not_held(full: str, q: Query, t: _Thread) -> InContext | None:
    """平潭呢 (2022 only) after a 2024 question: its newest report, and the answer says so."""
    carried = t.reread(full)
    ids = {i for m in carried.mentions for i in m.agency_ids}
    if not (q.mentions and not q.years and carried.years and len(ids) == 1 and not _SAME_YEAR.search(q.text)):
        return None
    years = t.held.get(next(iter(ids)), {})
    if not years or set(carried.years) & set(years):
        return None
    plain = full
    for s, e in sorted(carried.time_spans, reverse=True):
        plain = plain[:s] + plain[e:]
    name = t.names[next(iter(ids))]
    note = f"接上题：按“{plain}”理解（{name}没有{'、'.join(map(str, carried.years))}年的年报，用它最新的一份）"
    return InContext(t.reread(plain), [note])


# --- helpers ---------------------------------------------------------------------------------------------

def _former_latter(conv: Conversation) -> list[str]:
    """The two agencies 前者/后者 point at: the last list of two, or the last two asked about one by one."""
    if len(conv.last_agencies) >= 2:
        return conv.last_agencies[:2] if len(conv.last_agencies) == 2 else []
    if len(set(conv.listed)) == 2:  # 前者予以公开多少 … 后者呢: still the two of the list
        return list(dict.fromkeys(conv.listed))
    return conv.agencies_seen[-2:] if len(conv.agencies_seen) >= 2 else []


def _place_of_thread(conv: Conversation) -> int | None:
    """The place (from 1) in the last ranking of the agency the thread is on, in the year it was shown for."""
    if not (conv.ranked and conv.last_agencies):
        return None
    who = conv.last_agencies[0]
    year = conv.seen_in.get(who)
    at = [k for k, a in enumerate(conv.ranked, 1) if a == who]
    return next((k for k in at if conv.ranked_at[k - 1] == year), at[0] if at else None)


def _place_named(conv: Conversation, place: int) -> str:
    """The agency at that place of the last ranking, with its year (秀洲分局2020年), or ""."""
    if not 1 <= place <= len(conv.ranked):
        return ""
    return f"{conv.ranked[place - 1]}{conv.ranked_at[place - 1]}年"


def _year_of(conv: Conversation, who: str) -> str:
    """The year the agency was last shown for (its figure's year), written for a question."""
    year = conv.seen_in.get(who) or next(iter(conv.years_of.get(who, [])), None)
    return f"{year}年" if year else ""


def _year_shown(conv: Conversation, who: str) -> str:
    return "".join(f"{y}年" for y in conv.years_of.get(who, [])[:1])


def _last_two_rows(conv: Conversation, catalog: AgencyCatalog, names: dict[int, str],
                   said: str = "", back: int = 6) -> tuple[str, str, str] | None:
    """(agency and years, row asked before, row asked after) of the two latest questions that asked two rows
    of the last question's report (with the column words `said` names, when it names any: 上面两个现行有效的),
    else None."""
    rows_said = metric_spans(said)  # (处理 inside 不予处理 is a row's word, not a column's)
    cols = {said[s:e] for s, e in column_spans(said) if not any(rs < e and s < re_ for rs, re_ in rows_said)} - {"总计"}
    latest = [conv.last_question, *reversed(conv.history[-5:])][:back]
    who = {i for m in catalog.mentions(conv.last_question) for i in m.agency_ids}
    when = read_period(conv.last_question).years
    if len(who) != 1:
        return None
    picked: list[str] = []
    for text in latest:
        row = "".join(text[s:e] for s, e in metric_spans(text))
        same = {i for m in catalog.mentions(text) for i in m.agency_ids} == who and read_period(text).years == when
        if row and same and all(c in text for c in cols) and row not in picked:
            picked.append(row)
        if len(picked) == 2:
            return names[min(who)] + "".join(f"{y}年" for y in when), picked[1], picked[0]
    return None


def _pronoun(pronoun: re.Match, q: Query, t: _Thread) -> InContext:
    """它/这家 → the agency the last answer put first; 它们 → every agency it showed; 第二名 → the second."""
    conv, word = t.conv, pronoun.group(1)
    years = "" if q.years else "、".join(f"{y}年" for y in read_period(conv.last_question).years)
    plural = word in _PLURAL and not (word == "他们" and len(conv.last_agencies) == 1)  # 他们: the agency's people
    group = conv.last_agencies
    if word in ("它俩", "他俩") and len(group) < 2 and len(_former_latter(conv)) == 2:
        group = _former_latter(conv)  # 它俩 after two agencies asked about one by one: those two
    if plural and len(group) < 2:  # 它们 after one agency was shown: which ones is not known
        return InContext(q, declined=f"“{word}”指哪几个单位没能确定，请写出单位名称")
    ordinal = _ORDINAL.search(word) or FIRST_PLACE.search(word)
    place = cn_number(ordinal.group(1)) if ordinal and ordinal.re is _ORDINAL else 1
    most = re.search(r"(?:最|第\d+)(多|少|高|低)", conv.last_question)
    if (ordinal and ordinal.re is _ORDINAL and conv.last_part and most and conv.ranked_question != conv.last_question
            and not q.mentions and not q.metrics):
        # 哪种理由最多 → 第二多的呢: the next of the parts just ranked within one report, not a ranking of agencies
        last = conv.last_question
        return t.written_out(last[: most.start()] + f"第{place}{most.group(1)}" + last[most.end() :])
    if LAST_PLACE.search(word):  # 垫底的那家: the last of the list shown
        ordinal, place = True, len(conv.listed or conv.last_agencies)
    if re.match(r"紧随其后|排在其后|其次", word):  # right after the first
        ordinal, place = True, 2
    from_last = re.match(r"倒数第([一二三四五六七八九十\d]+)", word)
    relative = NEXT_PLACE.search(word) or PLACE_BEFORE.search(word)
    if relative:  # 排在它后面的: next to the place the thread is on, in the last ranking
        at = _place_of_thread(conv)
        if at is None:
            return InContext(q, declined=f"“{word}”是相对哪一名说的没能确定（前面的排名里没有正在说的单位），请写出单位名称")
        ordinal, place = True, at + (1 if NEXT_PLACE.search(word) else -1)
        if place < 1:
            return InContext(q, declined=f"{conv.ranked[0]}已经排第一，前面没有了")
    # 排第二的是哪家？金额多少: who it is, and the figure asked of it
    rest = re.sub(r"^(?:里面|里头|当中|中|的)+", "", q.text[pronoun.end() :])
    rest = re.sub(r"^(?:又|还|那)?(?:是|为)?(?:哪一?家|哪个单位|哪一?个|哪一?份|谁)(?:单位|报告)?[?？，,。]*", "", rest)
    if not plural and not ordinal and word not in ("前者", "后者") and len(conv.last_agencies) > 1:
        # 它 after an answer about two agencies: which one is meant is asked, not guessed
        return InContext(q, declined=f"“{word}”指哪一个？",
                         choices=[Option(a, a + years + rest) for a in conv.last_agencies[:10]])
    if word in ("前者", "后者"):  # of the last two shown, or the last two asked about
        ordinal, place = True, (1 if word == "前者" else 2)
    among = conv.listed if ordinal and conv.listed else conv.last_agencies
    places = conv.listed_at
    if (LAST_PLACE.search(word) or FIRST_PLACE.search(word) or re.search(r"[名位排]|第[^个]*多|第[^个]*高|其后|其次|倒数", word)) and conv.ranked:
        among, places = conv.ranked, conv.ranked_at  # 第二名 / 垫底的: places in the last ranking
        if LAST_PLACE.search(word):
            place = len(among)
    elif isinstance(ordinal, re.Match) and ordinal.re is _ORDINAL and conv.ranked and place > len(among) and place <= len(conv.ranked):
        among, places = conv.ranked, conv.ranked_at  # 第二呢 right after 哪家最多 showed only the first
    if relative:
        among, places = conv.ranked, conv.ranked_at
    up = among is conv.ranked and bool(re.search(r"最少|最低|最小|倒数|从少到多|从低到高|从小到大|升序", conv.ranked_question or ""))
    if from_last:  # 倒数第二: counted from the end of the list it points into (from its start when it ran from the least)
        ordinal, place = True, (cn_number(from_last.group(1)) if up else len(among) - cn_number(from_last.group(1)) + 1)
    elif up and LAST_PLACE.search(word):  # 垫底的 after 最少的是哪家: the least, which that list put first
        place = 1
    if word in ("前者", "后者") and len(conv.last_agencies) == 1:
        among = _former_latter(conv)
    if place > len(among):
        return InContext(q, declined=f"前面的回答里没有“{word}”（只列了{len(among)}个），请写出单位名称")
    who = "和".join(group) if plural else among[place - 1]
    summed = re.search(r"加起来|合计|一共|总共|之和", conv.last_question) and len(conv.last_agencies) >= 2
    if (not plural and summed and who in conv.last_agencies and not q.years
            and re.fullmatch(r"(?:的)?(?:一家)?占(?:了)?(?:多少|几成|多大比例|比例|比重|百分之几|百分之多少|多少比例)(?:呢)?[?？。]*", rest)):
        # 加起来呢 → 第一名占多少: its share of the sum just shown
        last = conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
        def year(a: str) -> str:
            return f"{conv.seen_in[a]}年" if a in conv.seen_in else ""
        whole = "、".join(a + year(a) for a in conv.last_agencies)
        full = f"{who}{year(who)}{words}占{whole}{words}合计的比例"
        return InContext(t.reread(full), [f"接上题：“{word}”指{who}，按“{full}”理解"])
    if word in ("它", "刚才那个", "刚才那项", "上面那个") and conv.last_part and re.match(r"(?:的)?(?:占|在|比|是)", q.text[pronoun.end() :]):
        who += conv.last_part  # 它占不予公开的比例 after 哪个理由最多: the part just named
    elif re.match(r"(?:的)?占", rest):  # 榜首那家占它办结总数的比重: the row just ranked, over the whole named
        last = conv.last_question
        rest = "".join(last[s:e] for s, e in metric_spans(last)) + re.sub(r"^(?:的)?占(?:它|其)(?:的)?", "占", rest)
    if not q.years and not plural:  # the year it was shown for (平潭: its 2022 report)
        shown = [places[place - 1]] if ordinal and among is not conv.last_agencies and len(places) >= place else conv.years_of.get(who, [])
        years = "、".join(f"{y}年" for y in shown) or years
    if conv.ranked:  # 它跟第三名只差几件: a place of the ranking named in the rest, by its name and year
        rest = re.sub(r"第([一二三四五六七八九十\d]+)名", lambda m: _place_named(conv, cn_number(m.group(1))) or m.group(0), rest)
    if ordinal and conv.last_agencies and conv.last_agencies[0] != who:  # 第一名比它多多少件: 它 is the one just shown
        it = conv.last_agencies[0]
        if re.search(r"(?<=[比跟和与同])它(?=\d{4}年|自己)", rest) and among is conv.ranked and len(places) >= place:
            rest = re.sub(r"(?<=[比跟和与同])它(?=\d{4}年|自己)", "", rest)  # 第三名跟它23年比: its own other year
            years = f"{places[place - 1]}年"
        rest = re.sub(r"(?<=[比跟和与同])它", it + _year_of(conv, it), rest)
    these = re.search(r"这([两三四五六七八九十\d]|几)家", rest)
    pairs = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    reports = re.search(r"(?:这|那)?([两三四五六七八九十\d]+)份(?:报告|年报)?", rest)
    if reports and conv.ranked and cn_number(reports.group(1)) == len(pairs) and not these:
        # 第一名占九份报告新收总数的多少: the reports of the last ranking, each agency with its years
        by_agency: dict[str, list[int]] = {}
        for a, y in pairs:
            by_agency.setdefault(a, []).append(y)
        names = "、".join(a + "和".join(f"{y}年" for y in sorted(ys)) for a, ys in by_agency.items())
        rest = rest[: reports.start()] + names + re.sub(r"^(?:的)?(?:新收)?(?:总数|总量|加总|合计|总和|之和)", "合计", rest[reports.end() :])
        if re.match(r"^(?:的)?占", rest) and not metric_spans(rest[: rest.find(names)]):
            last = conv.ranked_question or conv.last_question
            rest = "".join(last[s:e] for s, e in metric_spans(last, generic=True)) + rest
    if these and conv.ranked and (these.group(1) == "几" or cn_number(these.group(1)) == len(dict.fromkeys(conv.ranked))):
        # 第一名一家占这五家合计的百分之多少: those of the last ranking, each in its year
        rest = rest[: these.start()] + "、".join(f"{a}{y}年" for a, y in pairs) + rest[these.end() :]
        if re.match(r"^(?:的)?占", rest) and not metric_spans(rest):
            last = conv.ranked_question or conv.last_question
            rest = "".join(last[s:e] for s, e in metric_spans(last, generic=True)) + rest
    full = who + years + rest
    named = t.reread(full)
    said = f"接上题：“{word}”指{who}"
    if named.metrics and re.search(r"的?呢[?？。]*$", rest) and not _OPERATION_WORD.search(rest):
        # 它的复议后起诉呢 after 复议分项合计多少: another row, the same operation
        carried = carry_over(conv.last_question, named, t.catalog, conv.years_seen, conv.agencies_seen)
        if carried:
            return InContext(t.reread(carried), [f"{said}，按“{carried}”理解"])
    asks_own = column_spans(rest) and _COUNT_ASKED.search(re.sub(r"[?？。了]+$", "", rest))
    if not named.metrics and not named.unread and asks_own and ordinal:
        # 刚才排第二的那家，那年废止了多少: the row of the last question, with the column and count asked now (never the
        # operation the last question did)
        last = conv.last_question
        rows = "".join(last[s:e] for s, e in metric_spans(last, generic=True))
        if rows:
            plain = who + years + rows + re.sub(r"^[，,]", "", rest)
            return InContext(t.reread(plain), [f"{said}，按“{plain}”理解"])
    if not named.metrics and not named.unread:  # 它里面纠正几件: the rest of the last question carries over too
        # (垫底的是哪家: a place in the last ranking, so the figure is the one ranked)
        # 垫底的是哪家: who, with the figure ranked (第三名的同一个比例呢: the last figure, pointed at)
        bare = re.sub(r"[?？，,。的呢]", "", rest)  # (排第二的是哪家，多少钱: who, and the figure it was ranked by)
        who_only = (not bare or re.fullmatch(r"(?:是|有)?(?:多少钱?|多少件|几件|几个|多少个)", bare)) and not _POINTING.search(t.question)
        # (排最后的那家呢 after another figure was asked of a place: that figure, as 呢 carries the last question)
        follows = (re.search(r"呢[?？。]*$", q.text) and conv.last_question != conv.ranked_question
                   and not POSITION.search(conv.last_question) and not RANK_WORDS.search(conv.last_question))
        before = conv.ranked_question if among is conv.ranked and conv.ranked_question and who_only and not follows else conv.last_question
        carried = carry_over(before, named, t.catalog, conv.years_seen, conv.agencies_seen)
        if carried:
            return InContext(t.reread(carried), [f"{said}，按“{carried}”理解"])
    return InContext(named, [f"{said}，按“{full}”理解"])
