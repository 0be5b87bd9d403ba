"""The parts of a whole just shown: 这一类, 哪个理由最多, 排第二的那项, 同一项在别家."""

from __future__ import annotations

import re

from bot.follow_up import RANK_WORDS, cn_number, question_stem
from bot.in_context.thread import (
    RANK_CLAUSE,
    InContext,
    Thread,
    own_columns,
    thread_row,
    year_of,
    year_shown,
)
from bot.rows import METRICS, column_spans, find_metrics, metric_spans
from bot.understand import PARTS_OF, Query
from bot.when import read_period

_THIS_KIND = re.compile(r"(?:这|此|那)(?:一)?(?:类|种)(?:的)?(?=申请|的|呢|在|里)")


def this_kind(q: Query, t: Thread) -> Query | None:
    """法律服务机构提了几件 → 这类申请…哪家最多: the kind of applicant (the column) just asked about."""
    said = _THIS_KIND.search(q.text)
    last = t.conv.last_question
    cols = [last[a:b] for a, b in own_columns(last) if not re.fullmatch(r"总计|合计|总数|一共|总共|全部", last[a:b])]
    if not (said and cols and not own_columns(q.text)):
        return None
    if re.search(r"第[一二三四五六七八九十\d]+(?:个|句)?(?:问题|问|回答)|最开始|一开始|开头|头一个", q.text[: said.start()]):
        return None  # 回到我第一个问题里的那类申请人: the kind that turn asked, not the one just asked
    return t.reread(q.text[: said.start()] + "".join(cols) + q.text[said.end() :])


_KIND_POINTED = re.compile(r"(?:这|那|该)一?(?:类|种|项)(?!申请人)")


_NTH_KIND = re.compile(r"(?:排(?:在)?)?第([一二三四五六七八九十\d])(?:名|位)?(?:的)?(?:(?:那个|那一?|这个|这一?)(?:理由|原因|情形|类|项|种)|(?=(?:的)?呢?[?？。]*$))")


def nth_kind_of_the_ranking(q: Query, t: Thread) -> Query | InContext | None:
    """不予公开的理由里哪三类最多 → 排第一的那个理由，洪泽同一年有几件: the kind that ranking put first, named; a
    later place (not kept) is asked, never the group's sum."""
    said = _NTH_KIND.search(q.text)
    conv = t.conv
    # (第二名那类里，本机关不掌握的占多少件: a row inside the kind at that place)
    inside = bool(said) and bool(re.match(r"(?:里|中|当中|里面|里头)", q.text[said.end() :]))
    if not (said and conv.last_question and (not q.metrics or inside)):
        return None
    last = t.reread(conv.last_question)
    if not re.search(r"理由|原因|情形|类|项|种", said.group(0)) and not (last.which_part and conv.parts_shown):
        return None  # (第二名呢 after a ranking of agencies: read further on)
    place = cn_number(said.group(1))
    if 0 < place <= len(conv.parts_shown):  # 哪三类最多 → 排第二的那个理由: that place of the parts ranked
        part = conv.parts_shown[place - 1][2].replace("·", "")
        return t.reread(q.text[: said.start()] + part + q.text[said.end() :])
    most = re.search(r"最(多|少|高|低)", conv.last_question)
    if (last.which_part and most and place > 1 and not conv.parts_shown
            and re.fullmatch(r"(?:的)?(?:呢|是哪(?:一)?(?:类|项|种|个)|是什么)?[?？。]*", q.text[said.end() :])):
        # 哪一类最多 (only the first shown) → 排第二的那类呢: the same parts, that place
        lq = conv.last_question
        return t.reread(lq[: most.start()] + f"第{place}{most.group(1)}" + lq[most.end() :])
    if (last.which_part and most and place > len(conv.parts_shown) and re.search(r"前[两二三四五六七八九十\d]", conv.last_question)
            and re.fullmatch(r"(?:的)?(?:呢|是哪(?:一)?(?:类|项|种|个)|是什么|是啥)?[?？。]*", q.text[said.end() :])):
        # 最多的前三是哪几个 → 排第四的呢: the next place of the same parts, never the group's sum
        lq = re.sub(r"(?:的)?前[两二三四五六七八九十\d]+(?:名|位|个|类|项|种)?", "", conv.last_question)
        lq = re.sub(r"(?:是)?哪(?:几|些)(?:个|类|项|种)?", "是哪个", lq)
        most = re.search(r"最(多|少|高|低)", lq)
        if most:
            return t.reread(lq[: most.start()] + f"第{place}{most.group(1)}" + lq[most.end() :])
    if said.group(1) in ("一", "1") and conv.last_part and last.which_part:
        return t.reread(q.text[: said.start()] + conv.part_group + conv.last_part + q.text[said.end() :])
    return InContext(q, declined=f"“{said.group(0)}”指哪一类没能确定，请写出类别名称（例如：属于行政查询事项）")


_WHOLE_KIND = re.compile(r"(?:这|那|该)一?(?:大类|整类|一大块|大项)(?:的)?(?:里|中|里面|里头|当中)?[，,]?")


def the_whole_kind(q: Query, t: Thread) -> Query | None:
    """“不予处理”这一大类一共多少 → 重复申请占多少 → 这一大类里，商业企业几件: the row the parts belong to, never
    the part just asked."""
    said = _WHOLE_KIND.search(q.text)
    conv = t.conv
    group = conv.part_group or next((m.parent for m in t.reread(conv.last_question).metrics if m.parent), "") if conv.last_question else ""
    if not (said and group and not [m for m in q.metrics if m.key != "申请"] and len(conv.last_agencies) == 1 and not q.mentions):
        return None  # (申请人是商业企业的: a column, 申请 no row of its own)
    who = conv.last_agencies[0]
    rest = re.sub(r"^(?:的)?申请人(?:是|为)?", "", q.text[said.end() :])
    return t.reread(f"{who}{'' if q.years else year_of(conv, who)}{group}" + rest)


def kind_not_shown(q: Query, t: Thread) -> InContext | None:
    """哪一类最多 (answered with no one kind, or over two years) → 这一类在2024年是多少: which kind is not known;
    asked, never the first kind of another year."""
    said = _KIND_POINTED.search(q.text)
    conv = t.conv
    if (said and q.metrics and not own_columns(q.text) and conv.last_question and not own_columns(conv.last_question)
            and not conv.last_part and re.match(r"(?:的)?(?:新收|申请|的申请)", q.text[said.end() :])):
        # 用予以公开除以该类新收 with no kind of applicant in the talk: which kind is not known, never dropped
        return InContext(q, declined=f"“{said.group(0)}”指哪一类申请人没能确定，请写出类别（例如：商业企业）")
    if not (said and conv.last_question and not q.metrics and not own_columns(q.text)):
        return None
    last = t.reread(conv.last_question)
    extreme = re.search(r"最(多|大|高|少|小|低)(?:的)?$", q.text[: said.start()])
    if extreme:
        # 哪一类最多 → 第二多的呢 → 最多的那类占…: the one the ranking put first, never the one just shown
        group, part = conv.top_part
        if extreme.group(1) not in "多大高" or not part:
            return InContext(q, declined=f"“{extreme.group(0)}{said.group(0)}”指哪一类没能确定，请写出类别名称")
        return t.reread(q.text[: extreme.start()] + group + part + q.text[said.end() :])
    if conv.last_part and last.which_part:
        # 办理结果里最多的是哪一类 (本机关不掌握) → 这一类在2024年是多少: the kind that answer put first, named
        return t.reread(q.text[: said.start()] + conv.part_group + conv.last_part + q.text[said.end() :])
    if conv.last_part:
        return None
    if last.which_part and len(last.years) != 1 or not last.metrics and not own_columns(conv.last_question):
        return InContext(q, declined=f"“{said.group(0)}”指哪一类没能确定（上一句没有答出某一类），请写出类别名称")
    return None


_REASONS = re.compile(r"^(?:那)?(?:都|分别|各自|具体)?(?:是|有)?(?:因为|出于)?(?:什么|啥|哪些|哪几[种条类个项]|哪[种条类个项])(?:样的)?(?:理由|原因|情形|情况|类型|依据)(?:呢|啊|吗)?[?？。]*$")


def reasons_of_the_last(q: Query, t: Thread) -> InContext | None:
    """不予公开几件 → 是什么理由: the parts of the row just shown, most first."""
    if not _REASONS.match(q.text):
        return None
    last = t.conv.last_question
    keys = {m.key for m in t.reread(last).metrics}
    if len(keys) != 1 or not any(m.parent == next(iter(keys)) for m in METRICS):
        return None
    return t.written_out(question_stem(last) + "哪条理由")


def parts_ranked_of_the_last(q: Query, t: Thread) -> InContext | None:
    """不予公开一共多少 → 这八种理由里用得最多的前三种是哪些: the parts of the row just shown, ranked."""
    last = t.conv.last_question
    if not (q.which_part and not q.metrics and not q.mentions and not q.years and last and len(t.conv.last_agencies) == 1):
        return None
    keys = {m.key for m in t.reread(last).metrics}
    if len(keys) != 1 or not any(m.parent == next(iter(keys)) for m in METRICS):
        return None
    who, key = t.conv.last_agencies[0], next(iter(keys))
    return t.written_out(who + year_shown(t.conv, who) + key + "的" + re.sub(r"^(?:那)?(?:这|那)?", "", q.text))


_PLACE_OF_PARTS = re.compile(r"^(?:那|这)?(?:前[两二三四五六七八\d](?:项|类|种|个|名|条)|第[二三四五六七八九十\d]+(?:多|少|名|位|项)"
                             r"|第[二三四五六七八九十\d]+(?:种|类|个)?(?=(?:的)?(?:呢|是|[?？]|$))|最少|最后|倒数第[一二三\d])")


def parts_ranked_again(q: Query, t: Thread) -> InContext | None:
    """不予公开的各项理由里哪一项最多 → 前三项加起来多少 / 第三呢: the same parts, another place or the first N."""
    last = t.conv.last_question
    if not (last and _PLACE_OF_PARTS.match(q.text) and not q.metrics and not q.mentions and not q.years
            and len(t.conv.last_agencies) == 1 and t.reread(last).which_part):
        return None
    stem = RANK_CLAUSE.sub("", last)
    if not stem:  # (不予公开的排第二的是哪一种: the ranking words run on from the row, no comma between)
        words = re.search(r"(?:的)?(?:排(?:在)?(?:第|前)|第[一二三四五六七八九十\d]+|哪(?:一)?(?:项|类|种|条|个)|前[两二三四五六七八九十\d]+)", last)
        stem = last[: words.start()] if words else ""
    # (不予公开各项里最多的是哪一类 → 第二呢: the row's parts, without the place asked before)
    stem = re.sub(r"(?:各项)?(?:里|中|里面)?(?:的)?(?:最(?:多|少|高|低)的(?:是)?(?:哪一?(?:类|种|项|个|条))?|哪一?(?:类|种|项|个|条)最(?:多|少|高|低))(?:的)?[?？。]*$", "", stem)
    if stem == last or not stem or not t.reread(stem).metrics:
        return None
    bare = re.fullmatch(r"(?:那|这)?第([二三四五六七八九十\d]+)(?:种|类|个)?(?:的)?(?:呢|是)?[?？。]*", q.text)
    text = f"{stem}的排第{bare.group(1)}的是哪一种" if bare else f"{stem}，{q.text}"  # (第三呢: the next place, said out)
    again = t.reread(text)
    if not (again.which_part and (again.nth or again.top_n) and again.metrics):
        return None  # (第二名呢 with no word of the parts left: read further on, on the ranking shown)
    return t.written_out(text)


_TWO_PARTS = re.compile(r"^(?:那)?(?:排)?第(?P<a>[一二三四五六七八九十\d])(?:名|位|多)?(?:的)?(?:那)?(?:个|项|类|种|条)?(?:理由|原因|情形)?"
                        r"(?P<op>比|和|跟|与|加)(?:排)?第(?P<b>[一二三四五六七八九十\d])(?:名|位|多)?(?:的)?(?:那)?(?:个|项|类|种|条)?(?:理由|原因|情形)?(?P<rest>.*)$")


def two_places_of_the_parts(q: Query, t: Thread) -> InContext | None:
    """不予公开的理由里哪三类最多 → 第二名比第三名多几件: two places of that ranking of parts of one report."""
    said = _TWO_PARTS.match(q.text)
    parts = t.conv.parts_shown
    if not (said and parts and not q.mentions and not q.years):
        return None
    a, b = cn_number(said.group("a")), cn_number(said.group("b"))
    if not (0 < a <= len(parts) and 0 < b <= len(parts) and a != b):
        return InContext(q, declined=f"刚才只列了{len(parts)}项，没有“{q.text}”说的名次，请写出这一项的名称")
    (who, year, first), (_, _, second) = parts[a - 1], parts[b - 1]
    op = "比" if said.group("op") == "比" else "和"
    return t.written_out(f"{who}{year}年{first}{op}{second}{said.group('rest')}",
                         f"接上题：第{a}名是{first.split('·', 1)[1]}，第{b}名是{second.split('·', 1)[1]}")


_PARTS_COUNTED = re.compile(r"^(?:那)?(?:这|那)?(?P<n>[两二三四五六七八九十\d])(?:个)?(?:小|大)?(?:类|项|种)(?:的)?(?=合计|之和|加起来|总和|加总)")


def parts_counted(q: Query, t: Thread) -> Query | InContext | None:
    """不予公开那八类加起来 → … → 八类合计又占办理结果总计的多少: the parts of the row the talk is on, by their count."""
    said = _PARTS_COUNTED.match(q.text)
    conv = t.conv
    group = conv.part_group or conv.top_part[0]
    if not (said and group and len(conv.last_agencies) == 1 and not q.mentions):
        return None
    if PARTS_OF.get(group) != cn_number(said.group("n")):
        return None  # (这两项加起来: the two just shown, read further on)
    who = conv.last_agencies[0]
    return t.reread(f"{who}{'' if q.years else year_of(conv, who)}{group}各项" + q.text[said.end() :])


def columns_of_the_last_row(q: Query, t: Thread) -> InContext | None:
    """当年制发的减去废止的，净增多少 after 现行有效几件: two columns of the row just shown, with the operation said."""
    conv = t.conv
    cols = column_spans(q.text)
    if not (len(cols) >= 2 and not q.metrics and not q.mentions and len(conv.last_agencies) == 1
            and re.search(r"减去|减掉|相减|扣除|净增|净减|差|比|加|和|与|、|合计|一共|各|占|百分之|几成|倍", q.text)):
        return None  # (新制发的占现行有效的百分之几: one column over the other)
    if RANK_WORDS.search(q.text) or re.search(r"前[两二三四五六七八九十\d]|(?:几|[两二三四五六七八九十\d])(?:家|个单位|份)", q.text):
        return None  # 金额前三的加起来是多少钱 / 有金额的这几家加起来: agencies, not two columns of one row
    if re.match(r"^(?:那)?(?:这|那)(?:里面|里头|其中|些里|些中|当中|部分里)", q.text):
        return None  # 这里面律所之类的法律服务机构占多少: inside the figure just given, read further on
    thread = thread_row(q, t)
    if thread is None:
        return None
    return t.written_out("".join(thread) + re.sub(r"^(?:当年|本年|那年|同年)(?:的)?", "", q.text))


def inside_the_kind_just_asked(q: Query, t: Thread) -> InContext | None:
    """复议后再起诉的呢 → 其中被法院纠正的几件: 法院 names 诉讼 as a whole, but 其中 keeps the kind just asked."""
    if not (re.match(r"^(?:那)?其中", q.text) and q.metrics and not q.mentions and not q.years
            and len(t.conv.last_agencies) == 1 and t.conv.last_question):
        return None
    last = t.conv.last_question
    kinds = t.reread(last).metrics
    groups = {m.key.rstrip("~") for m in q.metrics}
    if len(kinds) != 1 or len(groups) != 1 or not kinds[0].key.startswith(next(iter(groups)) + "/"):
        return None
    rest = q.text
    for a, b in sorted(metric_spans(q.text), reverse=True):
        rest = rest[:a] + rest[b:]
    who = t.conv.last_agencies[0]
    rows = "".join(last[a:b] for a, b in metric_spans(last))
    return t.written_out(f"{who}{year_shown(t.conv, who)}{rows}{re.sub(r'^(?:那)?其中(?:被)?', '', rest)}")


def column_of_the_checked(q: Query, t: Thread) -> InContext | None:
    """各列加起来跟总计对得上吗 → 这里面法律服务机构是几件: that column of the row just checked (not the
    check carried on)."""
    conv = t.conv
    if (q.mentions or q.metrics or q.years or q.ratio or q.add_up or q.parts_sum or len(conv.last_agencies) != 1
            or not conv.last_question or q.difference):  # (印的总计和分项差了多少: the check's gap, read further on)
        return None
    if re.search(r"下一年|后一年|次年|上一年|前一年|头一年|第二年|转年|翌年|隔年|再下一年|再往前一年", q.text):
        return None  # (下一年这一项总计是多少: another year of it, read by the steps of years)
    cols = own_columns(q.text)
    if len(cols) != 1 or re.search(r"表[二三四]|对得上|对不对得上|对不上|一致|相等", q.text):
        return None  # (维持、纠正…四项: several columns; 表三呢，总计对不对得上: another check, of that table)
    last = t.reread(conv.last_question)
    if not cols or len(last.metrics) != 1 or not (last.parts_sum or last.asks_check or last.intent == "checks"):
        return None
    who, stem = conv.last_agencies[0], conv.last_question
    rows = "".join(stem[s:e] for s, e in metric_spans(stem))
    return t.written_out(f"{who}{year_shown(conv, who)}{rows}{''.join(q.text[a:b] for a, b in cols)}多少")


def the_part_just_named(q: Query, t: Thread) -> InContext | None:
    """这一种占当年办结总数的几成 after 哪种处理结果最多: the part the last answer put first, in its report."""
    year = re.match(r"^(?:那)?(?:(\d{4})年)(?:的)?", q.text) if len(q.years) == 1 else None
    text = q.text[year.end() :] if year else q.text  # 2024年这一项占办结的比例 after that row in two years
    said = re.match(r"^(?:那)?(这一?种|这一?类|这一?项|这个原因|这个理由|它|刚才那个|上面那个|这个数|这个|(?:排(?:在)?)?(?:第一|最多|头一)(?:的)?(?:那|这)?(?:一)?(?:条|类|种|项|个)(?:理由|原因|情形|情况)?)"
                    r"(?:的)?[，,]?(?=占|在.{0,12}(?:中|里)占|比(?!例|重|率))", text)  # (排第一的那条在不予公开里占几成)
    if said is None and re.match(r"^(?:那|那么)?占", text) and t.conv.last_part:  # 占多少 after 其中哪一类最多: that part
        said = re.match(r"^(?:那|那么)?()(?=占)", text)
    conv = t.conv
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    same_agency = not q.mentions or named == set(conv.last_agencies[:1])  # 这一类在平潭办结总数里占… after 平潭's part
    if said and not conv.last_part and re.search(r"第一|最多|头一", said.group(1)):
        # 排第一的那个理由 with no ranking of parts shown: never the figure just answered
        return InContext(q, declined=f"“{said.group(1)}”指哪一项没能确定（上一个回答不是排名），请写出这一项的名称")
    if said and not conv.last_part and said.group(1) != "它" and len(conv.last_agencies) == 1 and not q.mentions:
        # 刚才那个占新收的比例: the figure just answered, as a share
        last = conv.last_question
        if year:  # (in the year said, of the row just shown in more than one)
            words = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last)))
            if not words or read_period(last).years == [q.years[0]]:
                return None
            return t.written_out(f"{conv.last_agencies[0]}{q.years[0]}年{words}" + text[said.end() :],
                                 f"接上题：“{said.group(1)}”指{words}")
        return t.written_out(question_stem(last) + text[said.end() :], f"接上题：“{said.group(1)}”指上一个数字")
    if not (said and conv.last_part and len(conv.last_agencies) == 1 and same_agency):
        return None
    part = conv.last_part
    if re.search(r"第一|最多|头一", said.group(1)) and (not t.reread(conv.last_question).which_part or re.search(
            r"第(?:[2-9]|[二三四五六七八九])(?:多|高|大|少|低|小)", conv.last_question)):
        if conv.top_part[0] and conv.top_part[0] == conv.part_group and re.search(r"第(?:[2-9]|[二三四五六七八九])(?:多|高|大)", conv.last_question):
            part = conv.top_part[1]  # 哪一类最多 → 第二多的呢 → 最多的那一类占…: the one that ranking put first
        else:
            # 排第一的那条 after other parts were asked: which part ranked first is not what was last shown
            return InContext(q, declined=f"“{said.group(1)}”指哪一项没能确定（上一个回答不是排在第一的那一项），请写出这一项的名称")
    who = conv.last_agencies[0]
    years = f"{q.years[0]}年" if year else "" if q.years else year_shown(conv, who)
    at = len(q.text) - len(text) + said.end()  # where the words after the pointer start, in the question
    rest = q.text[at:]
    for m in sorted(q.mentions, key=lambda m: -m.start):  # (the agency is said once, before the part)
        rest = rest[: max(0, m.start - at)] + rest[max(0, m.end - at) :] if m.start >= at else rest
    if conv.part_group:  # 它占刚才那个合计的比例: the sum of the row that part is of
        rest = re.sub(r"(?<=占)(?:了)?(?:刚才|前面|上面|之前)?(?:的)?(?:那个|这个)(?:合计|总数|之和|总和|加总)", conv.part_group, rest)
    return t.written_out(who + years + part + re.sub(r"^(?:当年|该年|那年)", "", rest),
                         f"接上题：“{said.group(1) or '占'}”指{part}")


_PLACE_OF_A_PART = re.compile(r"^(?:那)?(?:排(?:在)?|位列)?第([二三四五六七八\d])(?:多|名|位)?(?:的|那)?(?:一)?(?:条|类|种|项|个)?"
                              r"(理由|原因|情形|情况|类|种|项|条)(?:呢|是什么|是哪个|是哪条|是哪一?[类种项条])?"
                              r"(?:[，,]?(?:有|是|用了|占)?(?:几件|多少件?))?[?？。]*$")


def place_of_a_part(q: Query, t: Thread) -> InContext | None:
    """排第二的理由呢 after 哪个理由用得最多: that place among the parts of the row, in the same report."""
    said = _PLACE_OF_A_PART.match(q.text)
    conv = t.conv
    if not (said and len(conv.last_agencies) == 1 and not q.mentions and not q.years):
        return None
    # the parts ranking this goes on from: the last question, or one just before it (它在不予公开里占几成 between)
    ranked = next((t.reread(x) for x in [conv.last_question, *reversed(conv.history[-2:])] if x and t.reread(x).which_part), None)
    if ranked is None:
        return None
    rows = {m.parent for m in ranked.metrics if m.parent} | {m.key for m in ranked.metrics if any(x.parent == m.key for x in METRICS)}
    if len(rows) != 1:
        return None
    who = conv.last_agencies[0]
    return t.written_out(f"{who}{year_shown(conv, who)}{next(iter(rows))}里第{said.group(1)}多的是哪一类")


def same_part_elsewhere(q: Query, t: Thread) -> InContext | None:
    """哪一类最多 → 安康市自然资源局同一项有几件: the part shown first, in the agency named now."""
    conv = t.conv
    same = re.search(r"同一(?:项|类|种|个理由|个原因|情形)|同样(?:的)?(?:情形|理由|原因|那一?项|那一?类)|这一(?:项|类|种)", q.text)
    if not (same and conv.last_part and len(q.mentions) == 1 and not q.metrics and not q.ratio
            and t.reread(conv.last_question).which_part):
        return None
    m = q.mentions[0]
    rest = q.text[same.end() :]
    return t.written_out(q.text[m.start : m.end] + "".join(f"{y}年" for y in q.years) + conv.last_part + rest,
                         f"接上题：“{same.group(0)}”指{conv.last_part}")


def sibling_of_the_part(q: Query, t: Thread) -> InContext | None:
    """哪条理由用得最多 → 以国家秘密为由的呢: another part of the same group, in the same report (its count)."""
    conv = t.conv
    if not (conv.last_part and len(conv.last_agencies) == 1 and len(q.metrics) == 1 and q.metrics[0].parent and not q.unread
            and not q.mentions and not q.years and not q.ratio and not q.add_up and not q.difference
            and t.reread(conv.last_question).which_part):  # (only after 哪一类最多: other follow-ups carry their column)
        return None
    shown = [m for m in find_metrics(conv.last_part) if m.parent]
    if not (shown and shown[0].parent == q.metrics[0].parent and shown[0].key != q.metrics[0].key):
        return None
    who = conv.last_agencies[0]
    return t.written_out(f"{who}{year_shown(conv, who)}{q.metrics[0].label}多少")


_PRINTED_TOTAL = re.compile(r"(?:印|写|填)(?:的|着|了)(?:是)?(?:那个)?总计|总计(?:那格|那一格|那栏)?(?:印|写|填)(?:的|着|了)")


def printed_total_of_the_last(q: Query, t: Thread) -> InContext | None:
    """各项加起来是多少 → 报告里印的总计又是多少: the printed total of the row just added up, not the sum again."""
    conv = t.conv
    if (_PRINTED_TOTAL.search(q.text) and not q.mentions and q.metrics and len(conv.last_agencies) == 1 and not q.years
            and not (q.difference or q.parts_sum or q.add_up or q.ratio or q.separately)  # (印的总计和分项之和差多少: a check)
            and not [c for c in (q.text[a:b] for a, b in own_columns(q.text)) if c not in ("总计", "合计")]  # (法律服务机构那一列…)
            and not re.search(r"第[一二三四五六七八九十\d]|它|这家|那家|这份|那份|前者|后者|榜首|垫底", q.text)):  # (排第二的那份…: pointed)
        # 逐项加起来 → 复议后起诉那一行，印的总计: the printed total of the row named now, in the thread's report
        who = conv.last_agencies[0]
        rows = "".join(dict.fromkeys(q.text[a:b] for a, b in metric_spans(q.text)))
        return t.written_out(f"{who}{year_shown(conv, who) or year_of(conv, who)}{rows}总计印的是多少") if rows else None
    if not (_PRINTED_TOTAL.search(q.text) and not q.mentions and not q.metrics and len(conv.last_agencies) == 1):
        return None
    thread = thread_row(q, t)
    return t.written_out("".join(thread) + "总计印的是多少") if thread else None


_PART_OF_THOSE = re.compile(r"^(?:那)?(?:这|那)?(?:[两三四五六七八九]|几)(?:个小?项|项|类|个)(?:里|中|当中|里面|里头)(?:的)?"
                            r"(?P<at>最后|第[一二三四五六七八九]|头)(?:那|一)?(?:个|项|类)?(?:的)?[“\"「]?(?P<name>[^”\"」，,。？?]{0,12}?)[”\"」]?"
                            r"(?:的)?(?:呢|是多少|多少|有几件|几件)?[?？。]*$")


def part_of_those_just_added(q: Query, t: Thread) -> InContext | None:
    """其他处理三个小项合计多少件 → 三项里最后那个“其他”: that part of the row just added, by the name said."""
    said = _PART_OF_THOSE.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    shown = t.reread(conv.last_question).metrics
    parts = [m for m in METRICS if len(shown) == 1 and m.parent == shown[0].key]
    if len(parts) < 2:
        return None
    # (the parts' places as printed are not kept: the name said picks the part, and without one nothing is guessed)
    named = [m for m in parts if said.group("name") and said.group("name") in m.label.split("·")[-1]]
    if len(named) != 1:
        return None
    who = conv.last_agencies[0]
    return t.written_out(f"{who}{year_of(conv, who)}{named[0].label}")
