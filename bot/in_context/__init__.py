"""A question read against the conversation: an option picked, a pronoun resolved, or a follow-up
carried over (接上题：按“…”理解). Each kind of reading is one step; the steps are tried in order and the
first that settles the question wins. A step may also hand on a rewritten question for the next steps
(第一个问的那家 → the agency's name), or declined with the reason, when the question cannot be tied to
the conversation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answer import Option
from bot.conversation import PRONOUN, Conversation, looks_like_followup
from bot.coverage import FILLER as FILLER_WORDS
from bot.follow_up import TWO_PLACES, figure_words
from bot.in_context.agencies import (
    back_to,
    first_asked,
    first_asked_year,
    government_not_held,
    government_seen,
    it_and_the_other,
    it_left_out,
    its_year_swapped,
    last_places,
    nth_asked,
    place_not_held,
    plus_agency,
    rate_of_the_sums,
    swapped_in_the_sum,
    the_one_left,
    the_one_taken_out,
    the_one_there,
    the_other_agency,
    the_other_unit_there,
    these_agencies,
)
from bot.in_context.carried import carried_over, column_or_whole, misspelt_name_with_a_row
from bot.in_context.checks_asked import (
    balance_of_the_last_two,
    checks_of_its_own,
    claim_again,
    claim_of_the_thread_figure,
)
from bot.in_context.compared import (
    against_its_own_year,
    against_the_last,
    columns_of_the_row_compared,
    compared_with_instead,
    former_or_latter_cell,
    gap_after_switch,
    gap_to_the_sum,
    than_another_column,
    than_it,
    two_rates_compared,
    which_of_the_two,
    which_of_the_two_agencies,
)
from bot.in_context.levels import both_levels, level_share, levels_compared, two_levels
from bot.in_context.multiples import multiple_of_the_last
from bot.in_context.options import (
    agency_still_asked,
    another_option,
    every_option,
    number_with_a_year,
    option_named_by_its_start,
    option_picked,
    option_said_loosely,
    option_with_a_year,
    options_in_another_year,
    other_level,
)
from bot.in_context.own import (
    across_of_its_own,
    after_a_lost_figure,
    after_a_lost_turn,
    applicants_of_the_row,
    by_the_parts,
    definition_restated,
    gap_said_otherwise,
    government_held_against,
    inside_a_remainder,
    it_as_the_other_side,
    likewise,
    not_a_follow_up,
    only_the_agency_left_out,
    pointing,
    rate_after_a_lost_turn,
    rate_over_decided,
    reading_still_open,
    received_in_the_thread,
    row_for_the_lost_column,
    said_first,
    share_of_another_agency,
    stands_alone,
    still_not_understood,
    sum_of_the_thread_figure,
    taken_off_the_sum,
    than_a_number,
    unit_not_held,
    whole_restated,
)
from bot.in_context.pairs import (
    added_on,
    added_to_the_last,
    both_kinds_of_the_row,
    first_parts_added,
    first_two_parts,
    gap_of_two_agencies_sums,
    gap_of_two_sums,
    one_over_the_two_asked,
    parts_asked_then_shared,
    rest_of_the_group,
    rows_just_asked_added,
    sum_asked_again,
    sum_in_a_group,
    sum_of_the_list,
    the_other_one,
    these_rows,
    these_two_rows,
    two_just_asked,
    two_kinds_added,
    two_of_the_share,
    two_rows_of_another,
)
from bot.in_context.parts import (
    column_of_the_checked,
    columns_of_the_last_row,
    inside_the_kind_just_asked,
    kind_not_shown,
    nth_kind_of_the_ranking,
    part_of_those_just_added,
    parts_counted,
    parts_ranked_again,
    parts_ranked_of_the_last,
    place_of_a_part,
    printed_total_of_the_last,
    reasons_of_the_last,
    same_part_elsewhere,
    sibling_of_the_part,
    the_part_just_named,
    the_whole_kind,
    this_kind,
    two_places_of_the_parts,
)
from bot.in_context.pointed import (
    against_the_one_named,
    also_first,
    column_in_every_report,
    column_inside_these,
    column_pointed,
    each_of_the_ranked,
    extreme_by_a_rate,
    figures_worked_out,
    first_figure_said,
    front_or_back,
    kind_after_an_ask_back,
    last_place_first,
    newest_instead,
    nth_answer_said,
    nth_figure_over_nth,
    nth_of_the_items,
    nth_part_of_the_sum,
    one_of_two_rows,
    one_word_swapped,
    own_two_years_gap,
    per_item_said,
    place_by_a_rate,
    pointer_as_operand,
    ranked_on_another_row,
    rows_asked_one_by_one,
    said_first_of_two,
    same_rate_after_a_count,
    same_sum_another_year,
    than_the_row_named,
    the_thread_agency_too,
    this_years_items,
    turns_added,
    turns_marked,
    two_years_said,
    year_added_to_it,
    year_then_a_question,
)
from bot.in_context.pronouns import (
    pronoun_step,
    pronoun_with_nothing_to_point,
)
from bot.in_context.rankings import (
    added_to_ranking,
    ends_of_ranking,
    extreme_of_ranking,
    figures_ranked_with_another,
    gap_after_a_ranking,
    gap_of_two_places,
    gap_of_two_ranked,
    inside_the_first_place,
    it_added_to_ranking,
    left_out_of_the_last_sum,
    named_after_ranking,
    next_to_named,
    ordinal_then_it,
    place_in_last_ranking,
    place_inside,
    rank_the_list,
    ranked_again_without,
    ranked_in_another_year,
    ranked_without_after_a_sum,
    reorder_last_ranking,
    reports_of_a_year,
    reports_of_the_ranking,
    rest_of_the_ranking,
    some_places,
    than_after_ranking,
    the_same_reports,
    tied_places,
)
from bot.in_context.said_again import (
    earlier_sum_another_year,
    figure_said_exactly,
    figure_said_roughly,
    number_said_before,
)
from bot.in_context.shares import (
    another_whole,
    count_of_the_share,
    it_among_those_named,
    it_over_its_own_whole,
    largest_share_of_the_sum,
    outside_the_sum,
    part_of_the_last,
    part_of_the_sum_just_shown,
    pooled_rate_of_the_talk,
    pooled_share_of_a_row,
    pooled_share_of_the_sum,
    pooled_share_over_an_earlier_sum,
    scope_with_the_last_figure,
    share_in_another,
    share_inside_a_sum_of_columns,
    share_inside_the_last,
    share_inside_these,
    share_of_rows_summed,
    share_of_the_agencies_said,
    share_of_the_parts_sum,
    share_of_the_sum,
    share_of_these_ranked,
    share_over_an_earlier_sum,
    share_over_the_last,
    share_starting,
    sibling_over_the_same_whole,
    side_of_the_rate,
    sum_over_one,
    the_rate_before,
    top_places_over_all,
)
from bot.in_context.thread import (
    ACROSS,
    RATE_WORDS,
    SAME_WAY,
    InContext,
    Step,
    Thread,
    former_latter,
    own_columns,
)
from bot.in_context.written_out import (
    earlier_total_of_the_agency,
    one_of_two_by_size,
    one_of_two_years,
    parts_just_listed_as_their_row,
    rate_of_the_thread_kind,
    results_of_the_thread_row,
    the_unit_of_the_talk,
    total_doubted_against_its_parts,
)
from bot.in_context.years_said import (
    extreme_year_not_known,
    its_two_years,
    newest_year_said,
    one_of_the_two_years,
    that_year_of_it,
    the_other_year,
    the_report_of_a_year,
    the_year_held,
    year_against_said_first,
    year_next_to_the_thread,
    year_over_year,
    year_said_twice,
    year_step_in_the_thread,
)
from bot.match import AgencyCatalog
from bot.understand import Query
from bot.value_filter import ValueFilter
from bot.when import read_period


def read_in_context(question: str, q: Query, conv: Conversation, reread: Callable[[str], Query],
                    catalog: AgencyCatalog, names: dict[int, str], held: dict[int, dict]) -> InContext:
    """`q` (the question read on its own) read against the conversation. `reread` reads a written-out
    question; `held` maps each agency id to the years of its reports."""
    thread = Thread(question, conv, reread, catalog, names, held)
    read = _read(q, thread)
    # 这两项加起来 declined (which two is not known): a figure the next turn may count on was never given
    conv.figure_lost = bool(read.declined and not read.choices and not q.mentions)
    conv.last_declined = question if read.declined and not read.choices else ""
    # (安康…的法律服务机构 declined → 它新收一共多少: 它 may be the one just named, never answered for)
    conv.named_unanswered = list(dict.fromkeys(names.get(i, "") for m in q.mentions for i in m.agency_ids)) if read.declined else []
    if read.declined and _RANKING_ASKED.search(question):
        conv.ranking_lost = True  # 按这个排个名 (not answered) → 第二名的行政处罚呢: no ranking was shown to point into
    if ((read.query.intent == "unknown" or read.declined and not read.choices) and conv.last_question and not conv.lost_turn
            and (looks_like_followup(question) or PRONOUN.match(question))):  # (后者占前者多少: pointing back, declined)
        # 规划分局那边呢 not understood, 那它们依申请各收了多少 declined: the next bare follow-up cannot say what it is of
        conv.lost_turn = question
        # (把上年结转的也算上，一共多少 declined after a share: which sum was not known, the agency and year still are)
        # (把上年结转的也算上 / 第三呢 / 这样算下来本年的项目数量: declined for a reason said, naming no unit or
        # place, so the agency and year stand; a turn not understood at all (上个月的呢) leaves nothing to stand on)
        conv.lost_plainly = (bool(read.declined) and not q.mentions and not q.unknown_agency and not q.unknown_place
                             and not any(re.search(r"[市区县镇乡局委办府省州]|那边|这边|那头|这头|单位|部门", w) for w in q.unread))
    elif read.declined and read.choices:
        conv.lost_turn = ""  # asked back with options: the next turn picks one of them
    return read


_RANKING_ASKED = re.compile(r"排名|排个名|排个序|排序|排一下|排一排|(?:进来|起|重新|一起)排|排[吧呢]?[?？。]*$|从高到低|从低到高|从多到少|从少到多|谁最|哪家最|哪份最|哪个最"
                            r"|最(?:多|少|高|低|大|小)的是(?:哪|谁)|前[两二三四五\d]名?")
_PLACE_POINTED = re.compile(r"第[一二三四五六七八九十\d]+名|排第[一二三四五六七八九十\d]|垫底|榜首|头名|倒数第|最后一名|排在最后|排最后")


def _place_after_a_lost_ranking(q: Query, t: Thread) -> InContext | None:
    """按这个排个名 (not answered) → 第二名的行政处罚呢: the ranking was never shown; never one ranked anew on another figure."""
    said = _PLACE_POINTED.search(q.text)
    if not (t.conv.ranking_lost and said and not _RANKING_ASKED.search(q.text.replace(said.group(0), ""))):
        return None
    return InContext(q, declined=f"上一句的排名没能给出，“{said.group(0)}”指哪一家没能确定；请先把排名问完整（例如：2024年淮安、洪泽和平潭的行政许可决定数排名）")


def _read(q: Query, thread: Thread) -> InContext:
    said = q.value_filter
    if q.relative and "今天是" in q.relative or any(w in ("前一年", "上一年", "后一年", "下一年") for w in q.unread):
        # 上一年这三项加起来呢: in a talk 上一年 is against the thread's year, before any step reads the year as said
        q = year_step_in_the_thread(q, thread) or q
    q = one_of_two_years(q, thread) or q
    q = rate_of_the_thread_kind(q, thread) or q
    q = results_of_the_thread_row(q, thread) or q
    q = parts_just_listed_as_their_row(q, thread) or q
    q = one_of_two_by_size(q, thread) or q
    q = total_doubted_against_its_parts(q, thread) or q
    q = the_unit_of_the_talk(q, thread) or q
    q = earlier_total_of_the_agency(q, thread) or q
    for step in _STEPS:
        read = step(q, thread)
        if isinstance(read, InContext):
            if read.query.row_readings and not read.declined and not read.choices:
                # 它现行有效的有多少件 on a thread of 行政规范性文件: the agency written out, the row still the thread's
                read.query = _row_of_the_thread(read.query, thread) or read.query
            return _filter_kept(read, said)
        if read is not None:
            q = _row_of_the_thread(read, thread) or read  # (a rewritten question is read on the thread's row too)
    return _filter_kept(carried_over(q, thread), said)


_BOTH_AS_WHOLE = re.compile(r"(?<=占)(?:这|那)?(?:两家|两个单位|俩)(?=(?:的)?(?:合计|总和|之和|加起来|加在一起|合起来|总数|总量))")


def _both_of_the_talk_as_whole(q: Query, t: Thread) -> InContext | None:
    """淮安的收费 → 洪泽同一年的呢 → 后者占两家合计的百分之几: the two agencies of the talk, each in the year it was
    asked for, are the whole."""
    said = _BOTH_AS_WHOLE.search(q.text)
    two = former_latter(t.conv) if said and q.ratio and not q.years else []
    if len(two) != 2 or not all(a in t.conv.seen_in for a in two):
        return None
    ids = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    pointer = re.match(r"^(?:那)?(前者|后者)", q.text)
    part = next(iter(ids)) if len(ids) == 1 else two[0 if pointer.group(1) == "前者" else 1] if pointer and not ids else None
    rows = figure_words(q.text[: said.start()]) or figure_words(t.conv.last_question)
    if part not in two or not rows:
        return None
    names = "和".join(f"{a}{t.conv.seen_in[a]}年" for a in two)
    return t.written_out(f"{part}{t.conv.seen_in[part]}年{rows}占{names}{rows}合计的比例")


def _filter_kept(read: InContext, said: ValueFilter | None) -> InContext:
    """只看收到10件以上的，谁…最低: a filter the question said is read apart from its words, so a reading
    written out from those words keeps it (never a ranking of every report instead)."""
    if said is not None and read.query.value_filter is None and not read.declined and read.query.intent in ("rank", "total"):
        read.query = replace(read.query, value_filter=said)
    return read


def _row_of_the_thread(q: Query, t: Thread) -> Query | None:
    """淮安市呢，制发减废止是多少 on a thread of 行政规范性文件: column words no row was named with are of the
    thread's row, when it is one of the rows they could be."""
    if not q.row_readings or not t.conv.last_question:
        return None
    rows = {m.key for m in t.reread(t.conv.last_question).metrics}
    texts = [text for key, text in q.row_readings if key in rows]
    return t.reread(texts[0]) if len(texts) == 1 else None


_SAME_COLUMN = re.compile(r"(?:同一|同样的?|一样的|还是这|还是那|也看这|也看那)(?:列|栏)(?:的|里|中)?[，,]?")


def _its_row_in_the_column(q: Query, t: Thread) -> InContext | None:
    """部分公开（商业企业）→ 换成法律服务机构呢 → 它的予以公开是多少: 它 may be the agency or the column just named;
    whether the column goes on is asked, as for any row named bare after a figure of one column."""
    if not (re.match(r"^(?:那)?(?:它|它的)", q.text) and q.metrics and not own_columns(q.text) and len(t.conv.last_agencies) == 1
            and t.conv.history):
        return None
    last, before = t.conv.last_question, t.conv.history[-1]
    def agencies(text: str) -> set:
        return {i for m in t.reread(text).mentions for i in m.agency_ids}
    if agencies(last) != agencies(before) or {last[a:b] for a, b in own_columns(last)} == {before[a:b] for a, b in own_columns(before)}:
        return None  # (北戴河那家同一年呢 → 它部分公开几个: the agency switched, so 它 is that agency)
    read = pronoun_step(q, t)
    if not isinstance(read, InContext) or read.declined or read.choices:
        return None
    return column_or_whole(read.query.text, q, t, browsing=False)  # (它 right after a column: never taken as the total)


def _same_column(q: Query, t: Thread) -> Query | None:
    """法律服务机构那一列… → 同一列，平潭2022年是多少件新申请: the column of the thread, in the row said now."""
    said = _SAME_COLUMN.search(q.text)
    last = t.conv.last_question
    if not (said and last) or own_columns(q.text):
        return None
    cols = [c for c in dict.fromkeys(last[a:b] for a, b in own_columns(last)) if c not in ("总计", "合计")]
    if len(cols) != 1:
        return None  # (no column, or several: which one 同一列 means is not plain)
    return t.reread(q.text[: said.start()] + q.text[said.end() :].rstrip("?？。") + f"（{cols[0]}）")


def _same_way_of_the_rate(q: Query, t: Thread) -> Query | None:
    """予以公开占新收的比例 → 部分公开呢，也按同样口径算一下: the same rate, of the row named now."""
    said = SAME_WAY.search(q.text)
    if not (said and t.conv.last_question and RATE_WORDS.search(t.conv.last_question) and not RATE_WORDS.search(q.text)):
        return None
    text = q.text[: said.start()] + q.text[said.end() :]
    last = t.conv.last_question
    now = [text[a:b] for a, b in own_columns(text) if text[a:b] not in ("总计", "合计")]
    before = list(dict.fromkeys(last[a:b] for a, b in own_columns(last) if last[a:b] not in ("总计", "合计")))
    if not q.metrics and len(set(now)) == 1 and len(before) == 1 and now[0] != before[0]:
        # 予以公开（法律服务机构）占它们新收的比例 → 同样的算法，自然人是多少: the same rate, of the column said now
        return t.reread(last.replace(before[0], now[0]))
    if re.search(r"(?:合计|一共|总共|加起来)?(?:是)?(?:多少件?|几件)[?？。]*$", text) and q.metrics:
        return None  # 同样的口径，洪泽的不予公开合计是多少: a count said outright, counted the same way (not the rate)
    return t.reread(re.sub(r"(?:的)?呢?[?？。]*$", "", text) + "的同一比例呢")


def _bare_year(q: Query, t: Thread) -> Query | None:
    """二二年的呢 (库中没有…2022年的年报) → 23: a bare number after a year not held is the year asked instead."""
    said = re.fullmatch(r"(?:那|要)?(?:20)?(\d{2})(?:年)?(?:的)?(?:呢|吧|行吗|可以吗)?[?？。!！]*", q.text)
    if not (said and t.conv.year_not_held and t.conv.last_question and not t.conv.options):
        return None
    return t.reread(f"20{said.group(1)}年的呢")


def _sole_option(q: Query, t: Thread) -> InContext | None:
    """平谭…？ asked back with one candidate, then 22年的: the follow-up goes on with that candidate."""
    # (北戴河呢 → 是不是北戴河区自然资源和规划局？→ 比秀洲分局少多少: the agency named is the other side; the one offered goes on)
    against = bool(q.mentions) and all(re.search(r"(?:比|跟|和|与|同|较)$", q.text[: m.start]) for m in q.mentions)
    options = t.conv.options
    if (len(options) == 2 and re.match(r"是“[^”]+”：按", options[0][0]) and options[1][0].startswith("在年报正文中找")
            and not q.typo_row):
        # 淮安市府复义几件 (是不是“复议”？) → 维持的: the talk goes on with the word offered (a search is no reading of it)
        t.conv.options = options = options[:1]
    if not (len(options) == 1 and (not q.mentions or against) and not q.unknown_agency and not q.unknown_place):
        return None
    if q.intent == "rank" or ACROSS.search(q.text):
        return None  # 哪家最多 after 请问是哪个单位？(one offered): asked across agencies, not a pick of that one
    label, question = options[0]
    named = [w for w in re.findall(r"[\u4e00-\u9fff]{2,}", q.leftover_words) if w not in FILLER_WORDS
             and not any(w in m.text or m.text in w for m in q.mentions)]  # (比秀洲分局…: the other side, named in full)
    if any(set(t.catalog.suggest(w)) - {i for i, n in t.names.items() if n == label} for w in named):
        return None  # 平谭22年呢 after 是不是洪泽？: another (misspelt) name, not the candidate offered
    before = t.conv.last_agencies[0] if len(t.conv.last_agencies) == 1 else ""
    t.conv.last_question, t.conv.options = question, []
    if label in t.names.values():  # 它 now points at the agency offered, not the one answered before
        t.conv.last_agencies = [label]
        offered_years = read_period(question).years
        held = next((sorted(t.held.get(i, {})) for i, n in t.names.items() if n == label), [])
        if not offered_years and held:  # (洪则区政府新收几件 → 是不是洪泽？→ 前一年呢: from the newest it holds, as answered)
            offered_years = held[-1:]
        if len(offered_years) == 1:  # (洪则再往前一年 → 再往前一年呢: a step from the year that question asked)
            t.conv.seen_in = {**t.conv.seen_in, label: offered_years[0]}
    both = re.search(r"(?:这|那)?(?:两家|两个单位|俩单位)", q.text)
    if both and before and before != label and label in t.names.values():
        # 发改委… → 秀洲的自然资源分局（是不是…？）→ 两家不掌握的合起来: the agency before and the one offered
        text = q.text[: both.start()] + f"{before}和{label}" + q.text[both.end() :]
        read = read_in_context(text, t.reread(text), t.conv, t.reread, t.catalog, t.names, t.held)
        read.notes.append(f"按上一句提示的“{label}”理解")
        return read
    read = read_in_context(q.text, q, t.conv, t.reread, t.catalog, t.names, t.held)
    read.notes.append(f"按上一句提示的“{label}”理解")
    return read


def _carry_of_the_thread(q: Query, t: Thread) -> Query | None:
    """结转最多的是谁 / 它的结转数 while the thread is on 上年结转 (or 结转下年度): that row, not a word asked back."""
    if "结转" not in q.unread or not t.conv.last_question:
        return None
    rows = {m.key for m in t.reread(t.conv.last_question).metrics} & {"上年结转", "结转下年度"}
    if len(rows) != 1:
        return None
    word = next(iter(rows))
    return t.reread(re.sub(r"(?<![上年])结转(?!下|到|至|入|过|来)", word, q.text, count=1))


def _which_carry(q: Query, t: Thread) -> InContext | None:
    """…新收加起来多少 → 结转的呢: 上年结转 or 结转下年度? Both are offered, each read against the talk."""
    if not (q.carry_word and not q.metrics and not q.mentions and not q.years and t.conv.last_question
            and re.fullmatch(r"(?:那)?结转(?:的|过来的|的那些)?(?:呢|吗)?(?:是多少|多少|几件)?[?？。]*", q.text)):
        return None
    choices = []
    for label, said in (("上年结转", "上年结转的呢"), ("结转下年度", "结转下年度的呢")):
        lost = t.conv.lost_turn
        read = read_in_context(said, t.reread(said), t.conv, t.reread, t.catalog, t.names, t.held)
        t.conv.lost_turn = lost
        if read.declined or read.query.unread:
            return None
        choices.append(Option(label, read.query.text))
    return InContext(q, declined="“结转”是指上年结转过来的，还是结转到下年度继续办理的？", choices=choices)


def _unread_carried(q: Query, t: Thread) -> InContext | None:
    """A word not understood is never carried past by filling in: it is asked back about, offering the
    follow-up read without it (重复申诉的呢 → 按“淮安市人民政府2024年重复申请”回答?), not a fragment."""
    if not q.unread or TWO_PLACES.match(q.text):
        return None
    plain_text = q.without(q.unread)
    if t.conv.last_question and re.search(r"[\u4e00-\u9fff]", plain_text):
        plain = t.reread(plain_text)
        if not plain.unread:
            lost = t.conv.lost_turn  # (a reading tried here is not a turn of the talk: it loses no turn)
            read = read_in_context(plain_text, plain, t.conv, t.reread, t.catalog, t.names, t.held)
            t.conv.lost_turn = lost
            if not read.declined and read.query.text != plain_text and not read.query.unread:
                return InContext(replace(read.query, unread=list(q.unread)), read.notes)
    return InContext(q)


_STEPS: tuple[Step, ...] = (
    misspelt_name_with_a_row, unit_not_held, inside_a_remainder, its_year_swapped, nth_answer_said, same_rate_after_a_count, option_named_by_its_start, _place_after_a_lost_ranking, _both_of_the_talk_as_whole, own_two_years_gap, pooled_share_of_the_sum, pooled_share_of_a_row, pooled_rate_of_the_talk, pooled_share_over_an_earlier_sum, part_of_those_just_added, figures_ranked_with_another, gap_after_a_ranking, rank_the_list, pronoun_with_nothing_to_point, agency_still_asked, share_inside_a_sum_of_columns, kind_after_an_ask_back, number_said_before, earlier_sum_another_year, figure_said_exactly, share_over_an_earlier_sum, nth_figure_over_nth, one_word_swapped, column_in_every_report, per_item_said, first_figure_said, than_the_row_named, same_sum_another_year, the_thread_agency_too, nth_part_of_the_sum, the_whole_kind, column_inside_these, year_then_a_question, this_years_items, column_pointed, nth_of_the_items, two_years_said, ranked_on_another_row, rows_asked_one_by_one, two_of_the_share, one_over_the_two_asked, said_first_of_two, place_by_a_rate, extreme_by_a_rate, each_of_the_ranked, year_added_to_it, one_of_two_rows, front_or_back, turns_added, turns_marked, against_the_one_named, also_first, last_place_first, pointer_as_operand, figures_worked_out, newest_instead, _row_of_the_thread, _same_column, _bare_year, _same_way_of_the_rate, row_for_the_lost_column, rate_after_a_lost_turn, after_a_lost_turn, after_a_lost_figure, extreme_year_not_known, one_of_the_two_years, which_of_the_two, two_rates_compared, which_of_the_two_agencies, gap_to_the_sum, columns_of_the_row_compared, than_another_column, former_or_latter_cell, added_to_the_last, figure_said_roughly, multiple_of_the_last, it_left_out, the_one_taken_out, the_one_left, ordinal_then_it, _carry_of_the_thread, said_first, compared_with_instead, ranked_in_another_year, swapped_in_the_sum, year_over_year, still_not_understood, year_said_twice, newest_year_said, year_step_in_the_thread, year_against_said_first, whole_restated, the_report_of_a_year, the_year_held, the_other_year, government_held_against, both_kinds_of_the_row, sum_asked_again, rest_of_the_group, two_kinds_added, parts_asked_then_shared, rows_just_asked_added, two_rows_of_another, share_of_the_parts_sum, definition_restated, rate_over_decided, these_rows, than_a_number, by_the_parts, gap_said_otherwise, place_not_held, government_not_held, scope_with_the_last_figure,
    this_kind, nth_kind_of_the_ranking, kind_not_shown, column_of_the_checked, inside_the_kind_just_asked, count_of_the_share, share_inside_these, share_inside_the_last,
    first_two_parts, first_parts_added, tied_places, inside_the_first_place, rest_of_the_ranking, left_out_of_the_last_sum, ranked_without_after_a_sum, ranked_again_without, reports_of_a_year, some_places, reports_of_the_ranking, the_same_reports, named_after_ranking, every_option, option_picked, option_said_loosely, option_with_a_year, number_with_a_year,
    options_in_another_year, reading_still_open, ends_of_ranking, gap_of_two_ranked, gap_of_two_agencies_sums, two_places_of_the_parts, parts_counted, gap_of_two_places, extreme_of_ranking, reasons_of_the_last, parts_ranked_again, parts_ranked_of_the_last,
    columns_of_the_last_row, another_whole, both_levels, level_share, levels_compared, two_levels, the_one_there, nth_asked, received_in_the_thread, government_seen, the_other_one, it_and_the_other, the_other_agency, the_other_unit_there,
    it_added_to_ranking, plus_agency, sum_of_the_list, outside_the_sum, largest_share_of_the_sum, share_of_these_ranked, sum_over_one, it_over_its_own_whole, it_among_those_named, sibling_over_the_same_whole, share_of_the_agencies_said, share_of_the_sum, part_of_the_sum_just_shown, share_of_rows_summed, sum_in_a_group, that_year_of_it,
    same_part_elsewhere, share_over_the_last, share_starting, place_of_a_part, sibling_of_the_part, part_of_the_last, top_places_over_all, last_places, rate_of_the_sums, these_agencies, next_to_named, place_inside, share_in_another,
    across_of_its_own, year_next_to_the_thread, another_option, added_to_ranking, than_after_ranking,
    first_asked_year, first_asked, than_it, against_the_last, it_as_the_other_side, stands_alone, its_two_years, claim_again, claim_of_the_thread_figure, balance_of_the_last_two, checks_of_its_own,
    against_its_own_year, gap_after_switch, gap_of_two_sums, two_just_asked, these_two_rows, added_on, the_part_just_named,
    printed_total_of_the_last, only_the_agency_left_out, side_of_the_rate, the_rate_before, share_of_another_agency, pointing, other_level,
    _sole_option, likewise, reorder_last_ranking, place_in_last_ranking, back_to, _its_row_in_the_column, pronoun_step,
    sum_of_the_thread_figure, applicants_of_the_row, taken_off_the_sum, _which_carry, _unread_carried, not_a_follow_up,
)
