"""它/这家/那边 and the like resolved to the agency (or figure) the talk points at."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.conversation import FIRST_PLACE, LAST_PLACE, NEXT_PLACE, PLACE_BEFORE, PRONOUN
from bot.follow_up import RANK_WORDS, TWO_PLACES, carry_over, cn_number, figure_words
from bot.in_context.thread import (
    COUNT_ASKED,
    OPERATION_WORD,
    ORDINAL,
    PLURAL,
    POINTING,
    RATE_WORDS,
    InContext,
    Thread,
    former_latter,
    own_columns,
    place_named,
    place_of_thread,
    two_cells_just_shown,
    year_of,
)
from bot.rows import NAMED_RATE, column_spans, find_metrics, metric_spans
from bot.understand import POSITION, Query
from bot.when import read_period


def pronoun_with_nothing_to_point(q: Query, t: Thread) -> InContext | None:
    """它不予处理合计多少 when no answer has named an agency yet (the last turn was asked back): 它 is not dropped
    (that would add every agency's figure); the agencies offered are asked."""
    said = re.match(r"^(?:那)?(?:它|这家|该单位|这个单位|那家)(?!们|俩)", q.text)
    if not said or q.mentions or t.conv.last_agencies or t.conv.ranked:
        return None
    offered = [lbl for lbl, _ in t.conv.options if lbl in t.names.values()]
    rest = q.text[said.end() :]
    talked = list(dict.fromkeys(t.conv.agencies_seen))
    if len(talked) == 1 and talked[0] in t.conv.seen_in and not offered and not t.conv.named_unanswered:
        # 安康…（七）总计 → 新收加上年结转 → (a turn not understood) → 那它的办结率: the one agency the talk has been about
        who = talked[0]
        return InContext(t.reread(f"{who}{t.conv.seen_in[who]}年{rest}"), [f"接上题：“{said.group(0)}”指{who}"])
    return InContext(q, declined=f"“{said.group(0)}”指哪个单位没能确定（前面还没有答出哪个单位的数字），请写出单位名称",
                     choices=[Option(a, a + rest) for a in offered[:10]])


def pronoun_step(q: Query, t: Thread) -> InContext | Query | None:
    both = re.match(r"^(?:那)?前者(.*?)后者(.*)$", q.text)
    conv = t.conv
    listed_years = len(conv.listed) == 2 and len(set(conv.listed)) == 1 and len(set(conv.listed_at)) == 2
    # (2024年…17件对吗 → 那2023年那份报告是多少件 → 前者比后者: the two years asked one after the other)
    asked_years = len(conv.last_agencies) == 1 and len(conv.years_seen) >= 2 and len(former_latter(conv)) != 2
    if both and not q.mentions and (listed_years or asked_years) and re.search(r"多|少|差|高|低", q.text):
        # 两年各多少 → 前者比后者多几件: the two years just listed, of that agency (as listed)
        y1, y2 = conv.listed_at if listed_years else conv.years_seen[-2:]
        conv.listed = conv.listed if listed_years else conv.last_agencies * 2
        last = conv.last_question
        rows = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last)))
        return InContext(t.reread(f"{conv.listed[0]}{y1}年比{y2}年{rows}变化多少"),
                         [f"接上题：“前者”指{y1}年，“后者”指{y2}年，按“{conv.listed[0]}{y1}年比{y2}年{rows}变化多少”理解"])
    backwards = re.match(r"^(?:那)?后者(.*?)前者(.*)$", q.text)  # 后者的量相当于前者的百分之几
    if (both or backwards) and not q.mentions and len(former_latter(t.conv)) == 2:  # 前者比后者多出多少件: both named, each in its year
        (a, b), years = former_latter(t.conv), t.conv.years_of
        def named(who: str) -> str:
            return who + ("" if q.years else "".join(f"{y}年" for y in years.get(who, [])[:1]))
        if backwards:
            return t.reread(named(b) + backwards.group(1) + named(a) + backwards.group(2))
        return t.reread(named(a) + both.group(1) + named(b) + both.group(2))
    pronoun = PRONOUN.match(q.text)
    cells = conv.single_figures[-2:]
    if (pronoun and pronoun.group(1) in ("它们", "它俩") and not q.mentions and not q.metrics and len(conv.last_agencies) == 1
            and len(cells) == 2 and cells[0][:2] == cells[1][:2] and cells[0][2] != cells[1][2] and len(former_latter(conv)) != 2):
        # 商业企业占多大比例 → 法律服务机构呢 → 它们加起来多少件: the two figures of one report just asked
        read = two_cells_just_shown(q.text[pronoun.end() :], t)
        if read is not None:
            return read
    if (pronoun and pronoun.group(1) in ("前者", "后者") and not q.mentions and len(cells) == 2
            and cells[0][:2] == cells[1][:2] and cells[0][2] != cells[1][2] and len(former_latter(conv)) != 2):
        # 予以公开多少件 → 部分公开呢 → 前者占本年新收的多少: the two figures of one report just asked, not two agencies
        who, year, label = cells[0 if pronoun.group(1) == "前者" else 1]
        other = cells[1 if pronoun.group(1) == "前者" else 0][2]
        rest = re.sub("后者" if pronoun.group(1) == "前者" else "前者", other, q.text[pronoun.end() :])  # 前者比后者多多少
        named = t.reread(f"{who}{year}年{label}{rest}")
        if not RATE_WORDS.search(q.text[pronoun.end() :]) and re.fullmatch(r"(?:的)?(?:呢|怎么样|如何)?[?？。]*", q.text[pronoun.end() :]):
            return named  # 后者呢: that figure, asked as the last question asked (a share of it, if that was the question)
        return InContext(named, [f"接上题：“{pronoun.group(1)}”指{label}"])
    if pronoun and re.match(r"(?:的)?(?:理由|原因|情形|类|种|条|项)", q.text[pronoun.end() :]):
        # 排第二的理由: a part of a ranking of parts (read before this step when one was shown), never an agency
        if re.search(r"第一|榜首|头名|最多", pronoun.group(0)):
            return None
        return InContext(q, declined=f"“{pronoun.group(0)}{q.text[pronoun.end():].rstrip('呢？?。')}”指哪一项没能确定"
                                     "（前面没有列出各项的排名），请写出这一项的名称")
    unanswered = [a for a in conv.named_unanswered if a and a not in conv.last_agencies[:1]]
    if pronoun and pronoun.group(1) in ("它", "这家", "该单位", "这个单位") and not q.mentions and unanswered and conv.last_agencies:
        # 它 after a turn that named another agency and was not answered: which of the two is not plain
        rest = q.text[pronoun.end() :]
        return InContext(q, declined=f"“{pronoun.group(1)}”指哪一个？",
                         choices=[Option(a, a + rest) for a in [*unanswered, conv.last_agencies[0]]])
    offered = {n for n in t.names.values() if conv.options and all(n in asked for _, asked in conv.options)}
    if pronoun and pronoun.group(1) in ("它", "这家", "该单位", "这个单位") and not q.mentions and len(offered) == 1 and offered != set(conv.last_agencies[:1]):
        # 第一名的呢 asked back (both options of 秀洲分局) → 它的实质公开率: the agency the pending question is about
        who = offered.pop()
        year = read_period(conv.options[0][1]).years
        return t.reread(who + (f"{year[0]}年" if len(year) == 1 and not q.years else "") + q.text[pronoun.end() :])
    # 它和洪泽区2024年比 / 它收到的申请跟秀洲分局差多少: 它 beside the one named
    beside = pronoun and (re.match(r"(?:的)?(?:和|与|跟|同|比|、)", q.text[pronoun.end() :]) or (
        q.mentions and re.search(r"(?:和|与|跟|同|比)$", q.text[pronoun.end() : q.mentions[0].start])))
    if pronoun and t.conv.last_agencies and (not q.mentions or beside) and not TWO_PLACES.match(q.text):  # 它的复议维持率: the agency the last answer put first
        return _pronoun(pronoun, q, t)
    if (pronoun and not t.conv.last_agencies and not q.mentions and t.conv.agencies_seen
            and re.match(r"(?:刚才|之前|前面|上面)", pronoun.group(0)) and re.search(r"那家|那个|这家", pronoun.group(1))):
        # 安康市人民政府…（not held） → 回到刚才那家，…: the agency last answered for, not the one just missed
        who = t.conv.agencies_seen[-1]
        rest = re.sub(r"^[，,]?(?:它|其)?(?:的)?", "", q.text[pronoun.end() :])
        return t.written_out(f"{who}{'' if q.years else year_of(t.conv, who)}{rest}", f"接上题：“{pronoun.group(0)}”指{who}")
    if (pronoun and not t.conv.ranked and not q.mentions and t.conv.last_question and re.search(r"第|末|最后|垫底|榜", pronoun.group(1))
            and re.search(r"那家|那个|那位|那份|那条", pronoun.group(0))):
        # 排第二的那家… when this conversation has shown no ranking (the one asked for was not answered): not guessed
        return InContext(q, declined=f"前面还没有排出名次，“{pronoun.group(1)}”指哪一家没能确定，请写出单位名称或先排一下")
    return None


def _pronoun(pronoun: re.Match, q: Query, t: Thread) -> InContext:
    """它/这家 → the agency the last answer put first; 它们 → every agency it showed; 第二名 → the second."""
    conv, word = t.conv, pronoun.group(1)
    # (它比2023年多还是少: 2023 is what it is held against; it stays in the thread's year)
    base_only = bool(q.base_year) and q.years == [q.base_year]
    years = "" if q.years and not base_only else "、".join(f"{y}年" for y in read_period(conv.last_question).years)
    plural = word in PLURAL and not (word == "他们" and len(conv.last_agencies) == 1)  # 他们: the agency's people
    group = conv.last_agencies
    if word in ("它俩", "他俩") and len(group) < 2 and len(former_latter(conv)) == 2:
        group = former_latter(conv)  # 它俩 after two agencies asked about one by one: those two
    two = conv.single_figures[-2:]
    if (word == "它们" and len(group) < 2 and not conv.ranked and len(two) == 2 and two[0][0] != two[1][0]
            and two[0][2] == two[1][2] and group == [two[1][0]]):
        group = [two[0][0], two[1][0]]  # 2（发改委）→ 另一个呢 → 它们依申请各收了多少: the two asked one after the other
    rest_said = q.text[pronoun.end() :]
    last = conv.last_question
    cols = "".join(last[s:e] for s, e in column_spans(last, active=False)) if last else ""
    if (plural and len(group) == 1 and word in ("它们", "他们") and not conv.options
            and (RATE_WORDS.search(rest_said) or cols and metric_spans(rest_said))  # (商业企业几件 → 它们有几件是部分公开的)
            and not re.search(r"除了|除去|除开|不算|去掉|扣除|扣掉|刨去|不含|不包括", conv.last_question)):
        # 律所这些申请里予以公开几件 → 那它们的公开率: the applications just counted (that column), not agencies
        said = group[0] + years + cols + re.sub(r"^(?:的)?", "", rest_said)
        return t.written_out(said, f"接上题：“{word}”指{group[0]}{cols}的申请，按“{said}”理解")
    if plural and len(group) < 2:  # 它们 after one agency was shown: which ones is not known
        return InContext(q, declined=f"“{word}”指哪几个单位没能确定，请写出单位名称")
    ordinal = ORDINAL.search(word) or FIRST_PLACE.search(word)
    place = cn_number(ordinal.group(1)) if ordinal and ordinal.re is ORDINAL else 1
    most = re.search(r"(?:最|第\d+)(多|少|高|低)", conv.last_question)
    if (ordinal and ordinal.re is ORDINAL and conv.last_part and most and conv.ranked_question != conv.last_question
            and not q.mentions and not q.metrics):
        # 哪种理由最多 → 第二多的呢: the next of the parts just ranked within one report, not a ranking of agencies
        places = list(dict.fromkeys(re.findall(r"第[一二三四五六七八九十\d]+", q.text)))
        if len(places) >= 2:  # 第二、第三多的呢: one place is read here; never one of the two given as both
            return InContext(q, declined=f"“{'、'.join(places)}”一次只能问一个名次，请分别问（例如：{places[0]}{most.group(1)}的呢）")
        last = conv.last_question
        return t.written_out(last[: most.start()] + f"第{place}{most.group(1)}" + last[most.end() :])
    if LAST_PLACE.search(word):  # 垫底的那家: the last of the list shown
        ordinal, place = True, len(conv.listed or conv.last_agencies)
    if re.match(r"紧随其后|排在其后|其次", word):  # right after the first
        ordinal, place = True, 2
    if "中间" in word:  # 排在中间那家: the middle place of an odd number shown
        shown = len(conv.listed or conv.last_agencies)
        if shown < 3 or shown % 2 == 0:
            return InContext(q, declined=f"“{word}”指哪一家没能确定（上面列出的是{shown}家，没有正中间的一家），请写出单位名称")
        ordinal, place = True, shown // 2 + 1
    from_last = re.match(r"倒数第([一二三四五六七八九十\d]+)", word)
    relative = NEXT_PLACE.search(word) or PLACE_BEFORE.search(word)
    if relative:  # 排在它后面的: next to the place the thread is on, in the last ranking
        at = place_of_thread(conv)
        if at is None:
            return InContext(q, declined=f"“{word}”是相对哪一名说的没能确定（前面的排名里没有正在说的单位），请写出单位名称")
        ordinal, place = True, at + (1 if NEXT_PLACE.search(word) else -1)
        if place < 1:
            return InContext(q, declined=f"{conv.ranked[0]}已经排第一，前面没有了")
    # 排第二的是哪家？金额多少: who it is, and the figure asked of it
    rest = re.sub(r"^(?:里面|里头|当中|中|的)+", "", q.text[pronoun.end() :])
    rest = re.sub(r"^(?:又|还|那)?(?:是|为)?(?:哪一?家|哪个单位|哪一?个|哪一?份|谁)(?:单位|报告)?[?？，,。]*", "", rest)
    same_part = re.search(r"(?:的)?(?:同一|这一|那一|同)(?:类|项|种)", rest)
    if same_part and conv.last_part and conv.part_group:  # 哪一类最多 → 榜首那家同一类是几件: the part just named
        rest = rest[: same_part.start()] + conv.part_group + conv.last_part + rest[same_part.end() :]
    top_words = re.compile(r"(?:谁|哪家|哪个单位|哪一家|哪个)(?:的)?(?:最多|最高|最大|最少|最低|最小)"
                           r"|(?:最多|最高|最大|最少|最低|最小)的(?:是)?(?:谁|哪家|哪个单位|哪一家|哪份)")
    # (除了淮安市，最多的是谁 → 它: the first of the list that answer showed, the ranking before it kept)
    top_asked = bool(top_words.search(conv.last_question)) and (
        (conv.ranked and conv.ranked_question == conv.last_question and conv.ranked[0] == conv.last_agencies[0])
        or (conv.listed and conv.listed[0] == conv.last_agencies[0] and conv.ranked_question != conv.last_question
            and conv.ranked and set(conv.listed) <= set(conv.ranked)
            and [a for a in conv.ranked if a in set(conv.listed)] == list(dict.fromkeys(conv.listed))))
    if not plural and not ordinal and word in ("它", "这家", "该单位", "这个单位") and len(conv.last_agencies) > 1 and top_asked:
        ordinal, place = True, 1  # 谁最多 answered with the whole list → 它: the one asked for, the first
    share = re.search(r"占", conv.last_question or "")
    part = [n for m in t.catalog.mentions(conv.last_question[: share.start()]) for n in {t.names.get(i) for i in m.agency_ids}] if share else []
    if (not plural and not ordinal and word in ("它", "这家", "该单位") and len(conv.last_agencies) > 1 and len(part) == 1
            and RATE_WORDS.search(conv.last_question) and part[0] in conv.last_agencies):
        # 洪泽在这个总数里占多少 → 它上一年收了多少: the part of the share, not one of the whole's agencies
        the_part = part[0]
    else:
        the_part = ""
    if not plural and not ordinal and word not in ("前者", "后者") and len(conv.last_agencies) > 1 and not the_part:
        # 它 after an answer about two agencies: which one is meant is asked, not guessed
        return InContext(q, declined=f"“{word}”指哪一个？",
                         choices=[Option(a, a + years + rest) for a in conv.last_agencies[:10]])
    if word in ("前者", "后者"):  # of the last two shown, or the last two asked about
        ordinal, place = True, (1 if word == "前者" else 2)
        shown = list(dict.fromkeys(conv.listed)) if len(set(conv.listed)) == 2 else []
        said = [a for a in conv.user_order if a in shown]
        if shown and len(said) == 2 and said != shown and conv.named_order != said:
            # 淮安和洪泽加起来 → 洪泽占… → 两家分别多少 (洪泽 listed first) → 前者: named first, or shown first? asked
            return InContext(q, declined=f"“{word}”指哪一个？", choices=[Option(a, a + year_of(conv, a) + rest) for a in said])
    among = conv.listed if ordinal and conv.listed else conv.last_agencies
    places = conv.listed_at
    if word in ("前者", "后者") and len(conv.last_agencies) == 2 and set(conv.last_agencies) == set(conv.listed):
        # 淮安…跟平潭比谁多 (平潭 shown first, the larger) → 前者: the one the question named first
        year_of_listed = dict(zip(conv.listed, conv.listed_at, strict=False))
        order = conv.named_order if len(conv.named_order) == 2 and set(conv.named_order) == set(conv.last_agencies) else conv.last_agencies
        among, places = order, [year_of_listed[a] for a in order]
    placed = LAST_PLACE.search(word) or FIRST_PLACE.search(word) or re.search(r"[名位排]|第[^个]*多|第[^个]*高|其后|其次|倒数", word)
    if placed and not conv.ranked and ordinal and re.search(r"名|排|倒数|垫底|末位|榜尾", word) and len(conv.listed or conv.last_agencies) > 1:
        # 第二名 when nothing was ranked (a ranking declined, a list side by side): no place to point at
        return InContext(q, declined=f"前面还没有排出名次，“{word}”指哪一家没能确定，请写出单位名称或先排一下")
    if (placed and conv.ranked and conv.last_question != conv.ranked_question and len(set(conv.last_agencies)) > 1
            and not FIRST_PLACE.search(word) and _rows_differ(conv.ranked_question, conv.last_question)):
        # 许可排名 → 行政强制这三家比较 (listed unranked) → 垫底那家: the last of which figure is not plain; never guessed
        return InContext(q, declined=f"“{word}”是按哪一项排的没能确定（上面列出的{figure_words(conv.last_question)}没有排序），"
                                     "请说“按…排，垫底的是哪家”或写出单位名称")
    if placed and conv.ranked:
        among, places = conv.ranked, conv.ranked_at  # 第二名 / 垫底的: places in the last ranking
        if LAST_PLACE.search(word):
            place = len(among)
    elif isinstance(ordinal, re.Match) and ordinal.re is ORDINAL and conv.ranked and place > len(among) and place <= len(conv.ranked):
        among, places = conv.ranked, conv.ranked_at  # 第二呢 right after 哪家最多 showed only the first
    if relative:
        among, places = conv.ranked, conv.ranked_at
    up = among is conv.ranked and bool(re.search(r"最少|最低|最小|倒数|从少到多|从低到高|从小到大|升序", conv.ranked_question or ""))
    if from_last:  # 倒数第二: counted from the end of the list it points into (from its start when it ran from the least)
        ordinal, place = True, (cn_number(from_last.group(1)) if up else len(among) - cn_number(from_last.group(1)) + 1)
    elif up and LAST_PLACE.search(word):  # 垫底的 after 最少的是哪家: the least, which that list put first
        place = 1
    if word in ("前者", "后者") and len(conv.last_agencies) == 1:
        among = former_latter(conv)
    if not among:
        return InContext(q, declined=f"“{word}”指哪一家没能确定，请写出单位名称")
    if ordinal and len(among) == 1 and among is conv.last_agencies and not conv.ranked and not plural:
        # 第一家 after an answer about one agency (两家各… with one recognised): the list it counts in was never shown
        return InContext(q, declined=f"前面的回答里只有1个单位，“{word}”指哪一家没能确定，请写出单位名称")
    if place > len(among):
        return InContext(q, declined=f"前面的回答里没有“{word}”（只列了{len(among)}个），请写出单位名称")
    who = "和".join(group) if plural else the_part or among[place - 1]
    before = conv.ranked_before
    if (not plural and placed and among is conv.ranked and before and not from_last and not relative and not LAST_PLACE.search(word)
            and place <= len(before) and before[place - 1] != who):
        # 除了秀洲分局，前三呢 → 刚才排第一的那家: first in which ranking is not plain (秀洲分局 was first before)
        return InContext(q, declined=f"“{word}”指哪一个排名里的？", choices=[
            Option(f"{who}（去掉后重排的第{place}）", who + year_of(conv, who) + rest),
            Option(f"{before[place - 1]}（原来排名的第{place}）", before[place - 1] + year_of(conv, before[place - 1]) + rest)])
    two_years = re.search(r"(?:这|那)?两(?:个)?年(?:度)?(?:的)?", rest)
    if two_years and not q.years and not plural and len(conv.years_seen) >= 2 and who in conv.last_agencies:
        # 它前一年是多少 → 它这两年一共收了多少: the two years just asked of it
        a, b = sorted(conv.years_seen[-2:])
        return t.written_out(f"{who}{a}年和{b}年" + rest[: two_years.start()] + rest[two_years.end() :])
    summed = re.search(r"加起来|合计|一共|总共|之和", conv.last_question) and len(conv.last_agencies) >= 2
    if (not plural and summed and who in conv.last_agencies and not q.years
            and re.fullmatch(r"(?:的)?(?:一家)?占(?:了)?(?:这个|这)?(?:合计|总数|总和|之和|总量)?(?:的|里)?"
                             r"(?:多少|几成|多大比例|多大比重|比例|比重|百分之几|百分之多少|多少比例)(?:是)?(?:多少)?(?:呢)?[?？。]*", rest)):
        # 加起来呢 → 第一名占多少: its share of the sum just shown
        last = conv.last_question
        words = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last)))
        def year(a: str) -> str:
            return f"{conv.seen_in[a]}年" if a in conv.seen_in else ""
        whole = "、".join(a + year(a) for a in conv.last_agencies)
        full = f"{who}{year(who)}{words}占{whole}{words}合计的比例"
        return InContext(t.reread(full), [f"接上题：“{word}”指{who}，按“{full}”理解"])
    bare = re.fullmatch(r"(?:的)?(?:呢|怎么样|如何)?[?？。]*", rest) and not q.metrics and not q.years
    ranked_words, last_words = figure_words(conv.ranked_question), figure_words(conv.last_question)
    differs = (bare and placed and among is conv.ranked and conv.last_question != conv.ranked_question
               and ranked_words and last_words and not _same_figure(ranked_words, last_words) and who not in conv.last_agencies)
    if (differs and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.ranked and conv.history
            and conv.history[-1] == conv.ranked_question and re.fullmatch(r"(?:的)?(?:呢)?[?？。]*", rest)):
        rest, differs = last_words, False  # 排名 → 第二名里自然人申请占比 → 第一名的呢: the question just asked, of the other place
    if (differs and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.ranked and conv.history
            and re.fullmatch(r"(?:的)?(?:呢)?[?？。]*", rest) and _same_figure(figure_words(conv.history[-1]), last_words)
            and {t.names.get(i) for m in t.reread(conv.history[-1]).mentions for i in m.agency_ids} <= set(conv.ranked) - set(conv.last_agencies)):
        # 第二名的自然人申请占比 → 垫底那家呢 → 榜首呢: one figure asked place after place of the ranking; the run goes on
        rest, differs = last_words, False
    if differs and (re.search(r"同样|同一|一样|相同|照此", t.question) or (
            re.search(r"(?:这|那)(?:个|一)?(?:比例|比率|占比|比重|百分比)", t.question) and RATE_WORDS.search(last_words))):
        differs = False  # 第三名呢？同样口径 / 第一名这个比例呢: the figure just asked, of that place
    if differs and (re.search(r"谁|哪家|哪个单位|哪一家|哪一个", q.text) or re.search(r"排名|排行|名次|榜(?![首尾])", pronoun.group(0))):
        # (刚才那个排名，第二名呢: the ranking said, so the figure it ranked)
        rest, differs = ranked_words, False  # 倒数第一是谁: who is at that place of the ranking, with its figure
    last_read = t.reread(conv.last_question) if differs else None
    if (differs and re.fullmatch(r"(?:的)?(?:呢)?[?？。]*", rest) and set(conv.last_agencies) <= set(conv.ranked)
            and last_read is not None and not (last_read.difference or last_read.add_up or last_read.intent == "rank")):
        # 排第二的那家的办结率 → 榜首那家呢: the figure just asked of one place, of the place named now (62 of 78
        # such turns in the kept rounds read it so; the ranked figure where the last turn was a gap or a sum)
        rest, differs = last_words, False
    if differs:
        # 金额排名 → 第二名呢 → 它采购了几个项目 → 倒数第一呢: the place of that ranking, but which figure of it?
        year = f"{places[place - 1]}年" if len(places) >= place else ""
        return InContext(q, declined=f"“{word}”是问排名里{word}的{ranked_words}，还是它的{last_words}？", choices=[
            Option(f"{who}{year}的{ranked_words}（排名的那一项）", f"{who}{year}{ranked_words}"),
            Option(f"{who}{year}的{last_words}（上一句问的那一项）", f"{who}{year}{last_words}")])
    if word in ("它", "刚才那个", "刚才那项", "上面那个") and conv.last_part and re.match(r"(?:的)?(?:占|在|比|是)", q.text[pronoun.end() :]):
        who += conv.last_part  # 它占不予公开的比例 after 哪个理由最多: the part just named
    elif re.match(r"(?:的)?占", rest):  # 榜首那家占它办结总数的比重: the row just ranked, over the whole named
        last = conv.last_question
        rest = "".join(last[s:e] for s, e in sorted(metric_spans(last) + own_columns(last, active=True))) + re.sub(r"^(?:的)?占(?:它|其)(?:的)?", "占", rest)
    before = re.search(r"(?:上一年|前一年|上年|上一个?年度)(?!度?(?:结转|遗留|转|带|留|项目|处理决定|的?(?:项目)?数量))", rest)  # (上一年项目数量: 表二's column)  # (上一年遗留下来的: 上年结转)
    if not plural and before and ordinal and among is not conv.last_agencies and len(places) >= place:
        # 排第三那份的机关，上一年收了多少: the year before the one that place was shown for, not before today
        rest = rest[: before.start()] + f"{places[place - 1] - 1}年" + rest[before.end() :]
        years = ""
    elif re.search(r"哪一?年|哪个年份|哪个年度|哪几年", rest) and not plural:
        years = ""  # 排在后面那家，哪一年的…更多: its years ranked, never the one it was shown for
    elif not plural and (not q.years or q.mentions and q.add_up and who not in {t.names.get(i) for m in q.mentions for i in m.agency_ids}
                         and q.mentions[0].start > pronoun.end() and who in conv.seen_in):
        # the year it was shown for (平潭: its 2022 report); 把它跟淮安24年维持的数加一块: 24年 is 淮安's, 它 keeps its own
        shown = [places[place - 1]] if ordinal and among is not conv.last_agencies and len(places) >= place else conv.years_of.get(who, [])
        years = "、".join(f"{y}年" for y in shown) or years
    if conv.ranked:  # 它跟第三名只差几件: a place of the ranking named in the rest, by its name and year
        rest = re.sub(r"第([一二三四五六七八九十\d]+)名", lambda m: place_named(conv, cn_number(m.group(1))) or m.group(0), rest)
    if ordinal and conv.last_agencies and conv.last_agencies[0] != who:  # 第一名比它多多少件: 它 is the one just shown
        it = conv.last_agencies[0]
        if re.search(r"(?<=[比跟和与同])它(?=\d{4}年|自己)", rest) and among is conv.ranked and len(places) >= place:
            rest = re.sub(r"(?<=[比跟和与同])它(?=\d{4}年|自己)", "", rest)  # 第三名跟它23年比: its own other year
            years = f"{places[place - 1]}年"
        rest = re.sub(r"(?<=[比跟和与同是])它(?!们)", it + year_of(conv, it), rest)  # (第一名是它的几倍)
    these = re.search(r"(?:这|那)?([两三四五六七八九十\d]|几)家", rest)  # (头名占四家合计: the four just ranked)
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
            rest = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last))) + rest
    if these and conv.ranked and (these.group(1) == "几" or cn_number(these.group(1)) == len(dict.fromkeys(conv.ranked))):
        # 第一名一家占这五家合计的百分之多少: those of the last ranking, each in its year
        rest = rest[: these.start()] + "、".join(f"{a}{y}年" for a, y in pairs) + rest[these.end() :]
        if re.match(r"^(?:的)?占", rest) and not metric_spans(rest):
            last = conv.ranked_question or conv.last_question
            rest = "".join(last[s:e] for s, e in sorted(metric_spans(last, generic=True) + column_spans(last))) + rest
    full = who + years + rest
    named = t.reread(full)
    said = f"接上题：“{word}”指{who}"
    if named.metrics and re.search(r"的?呢[?？。]*$", rest) and not OPERATION_WORD.search(rest) and not re.search(r"总计|总数", rest):
        # (它2024年的复议总计呢: the printed total asked, no operation carried)
        # 它的复议后起诉呢 after 复议分项合计多少: another row, the same operation
        carried = carry_over(conv.last_question, named, t.catalog, conv.years_seen, conv.agencies_seen)
        if carried and NAMED_RATE.search(conv.last_question) and not RATE_WORDS.search(rest):
            # 淮安同年的纠错率 → 它复议里维持原决定的呢: a named rate is of its own rows; another row or column named
            # after it is its count (它的行政诉讼呢: count or the same rate? writers split, so asked)
            if {m.key for m in named.metrics} <= {"行政复议", "行政诉讼"} and not column_spans(rest):
                return InContext(q, declined=f"“{t.question}”是问件数，还是同样问比例？",
                                 choices=[Option(f"{named.metrics[0].label}的件数", full), Option(f"{named.metrics[0].label}的比例", carried)])
            carried = None
        if carried:
            return InContext(t.reread(carried), [f"{said}，按“{carried}”理解"])
    asks_own = column_spans(rest) and COUNT_ASKED.search(re.sub(r"[?？。了]+$", "", rest))
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
        who_only = (not bare or re.fullmatch(r"(?:是|有)?(?:多少钱?|多少件|几件|几个|多少个)", bare)) and not POINTING.search(t.question)
        # (排最后的那家呢 after another figure was asked of a place: that figure, as 呢 carries the last question)
        follows = (re.search(r"呢[?？。]*$", q.text) and conv.last_question != conv.ranked_question
                   and not POSITION.search(conv.last_question) and not RANK_WORDS.search(conv.last_question))
        before = conv.ranked_question if among is conv.ranked and conv.ranked_question and who_only and not follows else conv.last_question
        share, said_in = re.search(r"占", before), t.catalog.mentions(before)
        if (share and not bare and said_in and said_in[0].end <= share.start()
                and len([m for m in said_in if m.start >= share.end()]) >= 2):
            # 秀洲分局占五家合计的多少 → 第二名呢: the part is the place pointed at, the whole named after 占 stays
            part_year = re.match(r"(?:\d{4}年)*", before[said_in[0].end :]).end()
            plain = who + years + before[said_in[0].end + part_year :]
            return InContext(t.reread(plain), [f"{said}，按“{plain}”理解"])
        carried = carry_over(before, named, t.catalog, conv.years_seen, conv.agencies_seen)
        if carried:
            return InContext(t.reread(carried), [f"{said}，按“{carried}”理解"])
        figure = "".join(before[s:e] for s, e in sorted(metric_spans(before, generic=True) + column_spans(before)))
        if who_only and among is conv.ranked and figure:  # (按新收申请量给我排个名 → 排第二的是谁: the figure ranked)
            plain = f"{who}{years}{figure}多少"
            return InContext(t.reread(plain), [f"{said}，按“{plain}”理解"])
    return InContext(named, [f"{said}，按“{full}”理解"])


def _rows_differ(a: str, b: str) -> bool:
    """行政许可 / 行政强制: the two questions name rows, and not the same ones."""
    rows_a, rows_b = ({m.key for m in find_metrics(x)} for x in (a, b))
    return bool(rows_a) and bool(rows_b) and rows_a != rows_b


def _same_figure(a: str, b: str) -> bool:
    """新收申请 / 本年新收申请: two wordings of one figure (the same rows and columns), so nothing to ask."""
    def read(words: str) -> tuple[set[str], set[str]]:
        rows = {{"申请": "本年新收"}.get(k, k) for k in (m.key.rstrip("~") for m in find_metrics(words, keep_generic=True))}
        # (行政强制 / 行政强制处理决定: the rows that have 处理决定数量 show it when no column is said)
        return rows, {c for s, e in column_spans(words) if not re.fullmatch(r"(?:本年)?处理决定(?:数量|数)?", c := words[s:e])}
    return a == b or read(a) == read(b) and bool(read(a)[0])
