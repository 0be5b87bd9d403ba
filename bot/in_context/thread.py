"""What every reading step shares: the reading (InContext), the thread it is read in, and helpers on the conversation."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.answer import Option
from bot.conversation import Conversation
from bot.match import AgencyCatalog, level_of
from bot.rows import METRICS, column_spans, find_metrics, metric_spans
from bot.understand import Query
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
    rate_points: bool = False  # the rate words said only point at an agency (公开率低的那家): no share is asked
    rate_carried: bool = False  # a named rate carried on from a turn not answered (…算个纠错率 → 单看洪泽的呢)


@dataclass
class Thread:
    """What every step reads besides the question: the conversation and how to read a written-out question."""

    question: str  # as typed
    conv: Conversation
    reread: Callable[[str], Query]
    catalog: AgencyCatalog
    names: dict[int, str]
    held: dict[int, dict]  # agency id → the years of its reports

    def written_out(self, full: str, *notes: str, **kw) -> InContext:
        full = keep_named_columns(full, self.question)
        return InContext(self.reread(full), list(notes) or [f"接上题：按“{full}”理解"], **kw)

    def figure_only(self, text: str) -> str:
        """`text` with the agencies it names and its time words taken out: what it asked of them."""
        for m in sorted(self.catalog.mentions(text), key=lambda m: -m.start):
            text = text[: m.start] + text[m.end :]
        for s, e in sorted(read_period(text).consumed, reverse=True):
            text = text[:s] + text[e:]
        return text


def keep_named_columns(full: str, said: str) -> str:
    """不是自然人提的申请一共多少件 → 那淮安自然人占比是多少: a column the follow-up names is asked, never the one the
    last question took away (unless the follow-up takes something away itself)."""
    if re.search(r"去掉|除了|除去|除开|不算|不含|不包括|扣除|扣掉|刨去|刨掉|刨除|减去|减掉|剔除|剔掉|拿掉|排除|除掉|去除|撇开|抛开|不是|以外|之外", said):
        return full
    for a, b in column_spans(said, active=False):
        full = re.sub(rf"(?:去掉|除了|除去|不算|扣除|扣掉|刨去)(?:了)?(?:的)?{re.escape(said[a:b])}(?:提的|提出的|申请的)?(?:以外|之外)?(?:的)?",
                      said[a:b], full)
    return full


# A step reads the question in the thread: an InContext settles it, a Query goes on as the question, None passes
Step = Callable[[Query, Thread], "InContext | Query | None"]


# 也按同样口径算一下 / 照此算: the same computation as the last figure (a rate, when it was one)
SAME_WAY = re.compile(r"[，,。]?(?:也)?(?:按|用|照)?(?:同样|同一个?|一样|相同|这个)(?:的)?(?:口径|算法|方法|方式|分母)(?:来)?(?:算|计算)?(?:一下)?|[，,。]?分母(?:不变|一样)|[，,]?(?:也)?照此(?:算|计算)?(?:一下)?|[，,]?(?:也)?(?:这么|这样|照这个|照这样|同样)(?:算|计算)(?!下来|出来)(?:一下)?"
                      r"|[，,]?(?:也)?(?:同样|一样|照样)(?:地)?(?:算|计算)(?:一下|算)?(?=[?？。]*$)")  # (自然人这一列同样算)
# the clause of a question that asks for a place (哪一项最多 / 第二多的 / 前三项): taken off when another is asked
RANK_CLAUSE = re.compile(r"[，,]?[^，,]*?(?:哪(?:一)?(?:项|类|种|条|个)|排(?:在)?(?:第|前)|第[一二三四五六七八九十\d]+(?:多|少|名|位)"
                         r"|前[两二三四五六七八九十\d]+(?:项|类|种|个|名|条))[^，,]*$")
# Words that choose agencies across the index (各单位, 哪家, 排名): without them a total or ranking asked in a
# conversation is about what the conversation is about
ACROSS = re.compile(r"各单位|各家|这批|几份|[两三四五六七八九十\d]+份|(?<!这)份报告|(?<!这)份年报|这些报告|模板|版的|各个单位|各部门|所有(?!(?:的)?(?:理由|原因|情形|类别|类|项|分项|小项|子项|种|办理结果|结果|申请人))|(?<![由项类形因种])全部(?!(?:或者?|和|及)?(?:部分)?(?:予以)?公开)|哪家|哪[两二三四五六七八九十\d]+(?:家|个单位)|哪个单位|哪个部门|哪些|谁|库里|库中|几家|几个单位|各地|全国|全省|最(?:多|少|高|低|大|小)的[两二三四五六七八九十\d]+(?:家|个|份)"
                    r"|(?<![这那前后头另其剩余外第])[三四五六七八九十\d]+家(?!长|属|庭|人|乡|里人)")  # (还是五家都算: every one of them)


ACROSS_RATE = re.compile(r"纠错率|纠正率|维持率|办结率|公开率|争议转化率|不予公开率|无法提供率")  # a rate named on its own


OPERATION_WORD = re.compile(r"多少|几|占比|比例|率|加起来|合计|一共|排|最多|最少|最高|最低|最大|最小|差|变化|增|减|对不对|对吗")


BARE_GAP = re.compile(r"^(?:那)?(?:两者|二者|它们|两个|两边|(?:这)?两家|这两份)?(?:的)?(?:相)?(?:差多少|差几件|差了几件|差了多少|差距多大"
                      r"|差(?:了)?(?:几|多少)个(?:百分)?点)[?？。]*$")


THESE_TWO = re.compile(r"^(?:那)?(?:把|将)?(?:它的?|这家的?)?(?:(?:这|上面|刚才|前面)(?:的)?(?:两|2)(?:项|类|种|个数|个|行|栏)|(?P<bare>(?:两|2)(?:项|个数|个|行|栏)(?=加|合|相加|一共|总共))|(?:上面|刚才|前面)?这俩|上面俩|前面俩)(?:的)?")


COUNT_ASKED = re.compile(r"(?:有吗|有没有|有几件|有多少件?|几件|多少件|几个|多少个|多少)$")


RATE_WORDS = re.compile(r"率|比例|占|比率|比重|百分")


ADDED = re.compile(r"^(?:那)?(?:再)?(?:(?:把|将|连同?|连上)(.+?)(?:也|都|一起|一并)?(?:加进来|加进去|加上|算上|算进来|算进去|放进来|放进去|拉进来|拉进去|带进来|拿来|拿进来|拿过来)|(.+?)(?:的)?也(?:算上|加上|加进来|加进去|算进来|算进去|放进来|放进去|拉进来|拉进去|带上|带进来|拿来|拿进来|拿过来))(?:一起)?(.*)$")


_SAME_YEAR = re.compile(r"同一年|同年|同期|当年|这一年|那一年|同样年份")


PLURAL = ("它们", "他们", "它俩", "他俩", "这几家", "这些单位")


ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)")


# 不对吧，我记得是17件 / 应该是3050吧: a number held against the last answer
CLAIM_AGAIN = re.compile(r"(?:记得|听说|看到|报道|应该是|明明|不是|好像是|印象中|据说|写的|写着|写了|写成|写|称|的是|是)[^，。？?\d]{0,6}?(\d+(?:\.\d+)?)(?![\d.]|年)")


# 这个比例 / 这个数: the figure just asked, named by pointing at it (says nothing that changes)
POINTING = re.compile(r"(?:按)?同(?:一个|样的?|一)(?:比例|算法|口径|指标|项)|这个比例|这一比例|这个比率|这个率|这一率|这项率|这个数字?|这类答复|这种答复|这样的答复|这个量|这个数量|这个总量|这一项|这项|这个指标|这一?部分(?:里|中|当中)?|这个(?=呢?$)|"
                       r"(?:也要|也看)?(?:同一|这一|那一)(?:栏|列|格|行)(?:的)?")


# 不是市里的，区里那个: a government of another level in the same place
LEVEL_REF = re.compile(r"(?:(市|区|县|镇|乡)(?:里|级|上|政府|府)|(?:我们|咱们|我|本)(市|区|县|镇|乡))(?:的|那个|那家|那份)?")


def thread_row(q: Query, t: Thread) -> tuple[str, str] | None:
    """(agency with the year it was shown for, or the year the question names; the rows of the last question)."""
    last = t.conv.last_question
    rows = "".join(last[s:e] for s, e in metric_spans(last))
    if not rows:  # (其中商业企业提出的占多大比例: the row read from the words that say it loosely)
        keys = {m.key for m in t.reread(last).metrics}
        rows = re.sub(r"（.*?）", "", t.reread(last).metrics[0].label) if len(keys) == 1 else ""
    if not rows:
        return None
    who = t.conv.last_agencies[0]
    return who + ("".join(f"{y}年" for y in q.years) or year_of(t.conv, who)), rows


def blank_spans(q: Query) -> str:
    """The question less its agencies and years: what else it says."""
    out = q.text
    for s, e in sorted([(m.start, m.end) for m in q.mentions] + list(q.time_spans), reverse=True):
        out = out[:s] + out[e:]
    return out


def row_added_to_share(last: str, row: str) -> str | None:
    """The share asked last (予以公开占办结的比例) with `row` added to its part, or None when it was no share."""
    formula = re.search(r"([^，,。；;（）()：:=?？!！÷/]{2,24}?)\s*(?:÷|/|除以)\s*([^，,。；;（）()：:=+＋?？!！]{2,24})", last)
    if formula and metric_spans(formula.group(1)) and metric_spans(formula.group(2)):
        # …的比例是多少？（予以公开÷办理结果总计） → 把部分公开也算进去: that part and the row, over the same whole
        return last[: formula.start(1)] + formula.group(1) + "加" + row + "占" + formula.group(2) + "的比例" + last[formula.end(2) :]
    at = last.find("占")
    inside = re.search(r"在[^，,。？?]{1,16}?(?:里|中|当中|里面|里头)(?:的)?占", last)
    if inside:  # 予以公开在当年全部办结的件数里占多大比重: the whole is the row said between 在 and 里
        at = inside.start()
    parts = [sp for sp in metric_spans(last) if sp[1] <= at] if at > 0 else []
    over = re.search(r"按([^，,。？?]{2,16}?)(?:来)?算", last)
    ratio = re.search(r"(?:的)?(?:比例|占比|比重)", last)
    if not parts and over and ratio and ratio.start() > over.end():
        # 按办理结果总计算，予以公开的比例 → 把部分公开也算进去: the part said after the whole named with 按…算
        parts = [sp for sp in metric_spans(last) if over.end() <= sp[0] and sp[1] <= ratio.start()]
    if not parts:
        return None
    end = parts[-1][1]
    return last[:end] + "加" + row + last[end:]


def without_names(q: Query) -> str:
    """The question with the agencies it names taken out (what is asked of them)."""
    said = q.text
    for m in sorted(q.mentions, key=lambda m: -m.start):
        said = said[: m.start] + said[m.end :]
    return said


def own_columns(text: str, active: bool = False) -> list[tuple[int, int]]:
    """Column words of 表三/表四 (with `active`, 表二's too) that are not inside a row's words (公开 in 予以公开
    is the row's)."""
    rows_at = metric_spans(text)
    return [(a, b) for a, b in column_spans(text, active=active) if not any(a < e and s < b for s, e in rows_at)]


def year_not_held(full: str, q: Query, t: Thread) -> InContext | None:
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
    asked = "、".join(map(str, carried.years))
    if len(years) > 1:  # 洪泽的强制呢 after 平潭22年: 洪泽 has 2023 and 2024, neither is the thread's; which is asked
        return InContext(t.reread(plain), declined=f"{name}没有{asked}年的年报，请问要哪一年？",
                         choices=[Option(f"{y}年", f"{name}{y}年{plain[len(name):] if plain.startswith(name) else plain}")
                                  for y in sorted(years, reverse=True)])
    if re.search(r"倒(?:一|1)年|倒回|往前|往后|前一年|上一年|后一年|下一年", t.question):
        # 淮安也倒一年，看看它的: the year was asked for, in so many words; never its one report put in its place
        return InContext(q, declined=f"库中没有{name}{asked}年的年报（现有：{'、'.join(f'{y}年' for y in sorted(years))}）")
    note = f"接上题：按“{plain}”理解（{name}没有{asked}年的年报，用它最新的一份）"
    return InContext(t.reread(plain), [note])


def former_latter(conv: Conversation) -> list[str]:
    """The two agencies 前者/后者 point at: the last list of two, or the last two asked about one by one."""
    if len(conv.last_agencies) >= 2:
        return conv.last_agencies[:2] if len(conv.last_agencies) == 2 else []
    if len(set(conv.listed)) == 2:  # 前者予以公开多少 … 后者呢: still the two of the list
        return list(dict.fromkeys(conv.listed))
    two = conv.agencies_seen[-2:] if len(conv.agencies_seen) >= 2 else []
    # (发改委 → 安康 → 发改委 again → 后者: the one brought in second, or the one asked last? not guessed)
    if two and [a for a in conv.first_seen if a in two] not in ([], two):
        return []
    return two


def place_of_thread(conv: Conversation) -> int | None:
    """The place (from 1) in the last ranking of the agency the thread is on, in the year it was shown for."""
    if not (conv.ranked and conv.last_agencies):
        return None
    who = conv.last_agencies[0]
    year = conv.seen_in.get(who)
    at = [k for k, a in enumerate(conv.ranked, 1) if a == who]
    return next((k for k in at if conv.ranked_at[k - 1] == year), at[0] if at else None)


def place_named(conv: Conversation, place: int) -> str:
    """The agency at that place of the last ranking, with its year (秀洲分局2020年), or ""."""
    if not 1 <= place <= len(conv.ranked):
        return ""
    return f"{conv.ranked[place - 1]}{conv.ranked_at[place - 1]}年"


def year_of(conv: Conversation, who: str) -> str:
    """The year the agency was last shown for (its figure's year), written for a question."""
    year = conv.seen_in.get(who) or next(iter(conv.years_of.get(who, [])), None)
    if year is None:  # (a turn asked back: the year its question named is still the thread's)
        said = read_period(conv.last_question).years
        year = said[0] if len(said) == 1 else None
    return f"{year}年" if year else ""


def year_shown(conv: Conversation, who: str) -> str:
    return "".join(f"{y}年" for y in conv.years_of.get(who, [])[:1])


def last_two_rows(conv: Conversation, catalog: AgencyCatalog, names: dict[int, str],
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
    their_cols: list[set[str]] = []
    for text in latest:
        row = "".join(text[s:e] for s, e in metric_spans(text))
        same = {i for m in catalog.mentions(text) for i in m.agency_ids} == who and read_period(text).years == when
        if picked and row and _part_against_a_group(picked[0], row):
            continue  # 无法提供三项合计 → 这俩: the group asked before it (不予公开), not a part looked into on the way
        if row and same and all(c in text for c in cols) and row not in picked:
            picked.append(row)
            at = metric_spans(text)
            their_cols.append({text[a:b] for a, b in column_spans(text) if not any(s < b and a < e for s, e in at)} - {"总计"})
        if len(picked) == 2:
            if not cols and their_cols[0] != their_cols[1]:
                return None  # (自然人 of one row, 总计 of the other: which cells 这两项 adds is not plain)
            col = "".join(sorted(their_cols[0])) if not cols else ""
            return names[min(who)] + "".join(f"{y}年" for y in when), picked[1] + col, picked[0] + col
    return None


def _part_against_a_group(group_row: str, row: str) -> bool:
    """Is `group_row` a group of parts (无法提供, 不予公开) and `row` one part of another group (属于行政查询事项)?"""
    groups, parts = find_metrics(group_row), find_metrics(row)
    is_group = len(groups) == 1 and any(m.parent == groups[0].key for m in METRICS)
    return is_group and len(parts) == 1 and parts[0].parent not in (None, groups[0].key)


def narrowed_from_total(t: Thread) -> bool:
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
                       for a, b in own_columns(conv.history[-1]))
    # (各项加起来 / 对得上吗 before: the parts were shown, so the column is no look inside a total asked)
    shown_whole = not (before.parts_sum or before.asks_check or before.intent == "checks")
    same_year = set(last.years) == set(before.years) or not before.years  # (它的总计 (2023) → 24年…: another report)
    return bool(keys) and keys == {m.key for m in before.metrics} and same_agency and whole_before and shown_whole and same_year


def browsing_columns(t: Thread) -> bool:
    """Were the last two questions of one row, each of another column (商业企业几件 → 自然人呢)? Then the columns
    were looked through one by one, and a row named bare next is asked of the whole (writers of rounds 56 on)."""
    conv = t.conv
    if not conv.history:
        return False
    last, before = conv.last_question, conv.history[-1]

    def cols(text: str) -> set[str]:
        return {text[a:b] for a, b in own_columns(text)} - {"总计", "合计", "总数", "一共", "总共", "全部"}

    same_row = {m.key for m in t.reread(last).metrics} == {m.key for m in t.reread(before).metrics}
    return same_row and bool(cols(last)) and bool(cols(before)) and not cols(last) & cols(before)


def seen_government(t: Thread, level: str) -> str | None:
    """The one people's government of that level (市, 区, 县 …) this conversation has shown, or None."""
    ids_of = {n: i for i, n in t.names.items()}
    seen = {a for a in t.conv.agencies_seen if a in ids_of and "人民政府" in a
            and t.catalog.agencies[ids_of[a]].level == level_of(level)}
    return next(iter(seen)) if len(seen) == 1 else None


def two_cells_just_shown(rest: str, t: Thread) -> InContext | None:
    """哪一种最多 → 第二多的呢 → 这两项加起来: the two cells the last two answers showed, of one report."""
    if len(t.conv.single_figures) < 2:
        return None
    (a, ya, la), (b, yb, lb) = t.conv.single_figures[-2:]
    if not (a == b and ya == yb and la != lb and t.conv.last_agencies == [b]):
        return None
    gap = BARE_GAP.search(rest) or re.search(r"差|多多少|少多少", rest)
    col_a, col_b = (re.fullmatch(r"(.+?)（([^（）]+)）", x) for x in (la, lb))
    rows = [m.group(1) if m else x for m, x in ((col_a, la), (col_b, lb))]
    if rows[0] == rows[1] and (not col_a or not col_b or "总计" in (col_a.group(2), col_b.group(2))):
        return None  # (a row's total and one of its columns: one is inside the other, never added)
    if col_a and col_b and col_a.group(1) == col_b.group(1) and not gap:
        # 法律服务机构 → 商业企业呢 → 这两项合计占…: two columns of one row, said as such (a follow-up can change them)
        joined = f"{col_a.group(1)}{col_a.group(2)}和{col_b.group(2)}加起来"
    else:
        joined = f"{la}比{lb}" if gap else f"{la}加{lb}"
    return t.written_out(f"{a}{ya}年{joined}{rest}")
