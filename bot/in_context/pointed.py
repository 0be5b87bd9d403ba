"""Words that point back into the talk, read before the other steps: 这一项 as one side of a sum, 第一问的,
前面那家, 先说发改委, 各家合计, 这三个…加起来, 公开率低的那家, 最新那份, 也是它第一. Each resolves the words
to what the talk showed, or declines when what they point at was never shown."""

from __future__ import annotations

import re

from bot.answer import Option
from bot.conversation import PRONOUN
from bot.follow_up import cn_number, figure_words
from bot.in_context.carried import misspelt_name
from bot.in_context.thread import RATE_WORDS, InContext, Thread, own_columns, seen_government, year_of
from bot.rows import BY_KEY, column_spans, find_metrics, metric_spans
from bot.understand import Query
from bot.when import read_period

_ALSO_FIRST = re.compile(r"[，,]?(?:是不是)?(?:也|还|依然|仍然|仍|又)(?:是)?(?:它|他|这家|那家|同一家|这个单位)?(?:排)?(?:第一|最多|最高|榜首|头名)"
                         r"(?:吗|吧|么|嘛)?(?=[?？。]*$)")


def also_first(q: Query, t: Thread) -> Query | None:
    """行政强制呢，也是它第一？ after a ranking: that ranking asked again on the row named; whether the same agency
    heads it is seen in the answer."""
    said = _ALSO_FIRST.search(q.text)
    if not (said and said.start() > 0 and t.conv.ranked_question):
        return None
    return t.reread(q.text[: said.start()] + q.text[said.end() :])


def per_item_said(q: Query, t: Thread) -> InContext | None:
    """采购项目数量各是几个 → 秀洲分局平均一个项目多少钱: the average the question asks (amount ÷ projects), of the
    agency named, in the year the talk is in; never the amount alone."""
    conv = t.conv
    if not (q.per_item and conv.last_question and len(q.mentions) == 1):
        return None  # (回到那九十几个项目，平均一个多少钱: the thread's own agency, read further on)
    named = [t.names.get(i) for m in q.mentions for i in m.agency_ids]
    who = named[0] if len(named) == 1 else None
    if who is None or who not in conv.seen_in and not q.years:
        return None
    text = q.text
    for m in q.mentions:
        text = text[: m.start] + text[m.end :]
    last = conv.last_question
    rows = "" if q.metrics else "".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))  # (the row of the talk)
    text = f"{who}{'' if q.years else year_of(conv, who)}{rows}{text}"
    read = t.reread(text)
    return t.written_out(text) if read.per_item and read.metrics else None


def column_in_every_report(q: Query, t: Thread) -> InContext | None:
    """（洪泽2023年的复议…）→ 换个指标：“结果纠正”的，全部年报加起来一共几件: the column named, of the row the talk is
    on, in every report held; the thread's agency and year are left behind."""
    conv = t.conv
    cols = own_columns(q.text)
    if not (q.every_report and not q.mentions and not q.years and not q.metrics and cols and conv.last_question):
        return None
    rows = list(dict.fromkeys(m.synonyms[0] for m in t.reread(conv.last_question).metrics))
    if len(rows) != 1:
        return None
    at = cols[0][0]
    text = q.text[:at] + rows[0] + q.text[at:]
    read = t.reread(text)
    return t.written_out(text) if read.every_report and read.metrics and not read.mentions else None


_SWAPPED = re.compile(r"^(?:那)?(?:如果|要是|假如)?(?:把|将)(?P<a>[^，,。？?]{2,12}?)(?:换成|改成|换为|改为|换到)(?P<b>[^，,。？?]{2,12}?)"
                      r"(?:的话)?(?:呢|看看|再算一下|再算|算)?[?？。]*$")


def one_word_swapped(q: Query, t: Thread) -> InContext | None:
    """只算自然人申请的话，两家合计是多少 → 把自然人换成法律服务机构呢: the last question, that word replaced by the
    other (both a column, or both a row), nothing added beside it."""
    said = _SWAPPED.match(q.text)
    last = t.conv.last_question
    if not (said and last and said.group("a") in last):
        return None
    a, b = said.group("a"), said.group("b")
    same_kind = (bool(column_spans(a)) and bool(column_spans(b))) or (bool(metric_spans(a)) and bool(metric_spans(b)))
    if not same_kind:
        return None
    return t.written_out(last.replace(a, b, 1))


_NTH_OVER_NTH = re.compile(r"第(?P<a>[一二三四五六七八九十\d])个数(?:字)?(?:占|是|相当于)(?:了)?第(?P<b>[一二三四五六七八九十\d])个数(?:字)?"
                           r"(?:的)?(?:百分之几|百分之多少|比例|比重|几成|多少)")


_NTH_LESS_NTH = re.compile(r"^(?:那)?(?:用|拿)?(?:第(?P<a>[一二三四五六七八九十\d])个|头一个|前一个)(?:数字?)?(?:比|减去?|减掉)(?:第(?P<b>[一二三四五六七八九十\d])个|后一个)(?:数字?)?"
                           r"(?:(?:多|大)(?:了|出)?(?:多少|几件|几个)|[，,]?(?:净增|净减|得|等于|是|差|剩)(?:了)?(?:多少|几件|几个|几))")


def nth_figure_over_nth(q: Query, t: Thread) -> InContext | None:
    """制发 → 废止 → 现行有效 → 你刚才说的第一个数占第三个数的百分之多少 (头一个数比第二个数多多少): the figures the talk
    gave one by one, by their order, when both are of one report."""
    said = _NTH_OVER_NTH.search(q.text) or _NTH_LESS_NTH.match(q.text)
    figures = t.conv.said_figures
    if not said:
        return None
    less = said.re is _NTH_LESS_NTH
    a, b = cn_number(said.group("a") or "一"), cn_number(said.group("b") or "二")
    if not (0 < a <= len(figures) and 0 < b <= len(figures) and a != b and len(figures) < 8):  # (8: older ones are dropped)
        return InContext(q, declined=f"“第{a}个数”“第{b}个数”指哪两个数没能确定，请写出这两项")
    first, second = t.reread(figures[a - 1][0]), t.reread(figures[b - 1][0])
    who = {t.names.get(i) for m in first.mentions for i in m.agency_ids}
    if who != {t.names.get(i) for m in second.mentions for i in m.agency_ids} or first.years != second.years or len(who) != 1:
        return InContext(q, declined="这两个数不是同一份年报的，请分别写出单位、年份和这两项")
    words_a, words_b = figure_words(figures[a - 1][0]), figure_words(figures[b - 1][0])
    if not words_a or not words_b or RATE_WORDS.search(words_a + words_b):
        return None
    year = "".join(f"{y}年" for y in first.years)
    if less:
        return t.written_out(f"{next(iter(who))}{year}{words_a}比{words_b}多多少", f"接上题：第{a}个数是{words_a}，第{b}个数是{words_b}")
    return t.written_out(f"{next(iter(who))}{year}{words_a}占{words_b}的比例",
                         f"接上题：第{a}个数是{words_a}，第{b}个数是{words_b}")


_FIRST_FIGURE = re.compile(r"(?:头一个|(?:最开始|一开始|刚开始|最早|开头|最前面)(?:的)?那个)(?:数字?|数|合计|总数)")


def first_figure_said(q: Query, t: Thread) -> InContext | None:
    """头一个数跟不予处理的加一块: which figure of the talk came first is not read (a sum or a share shows several);
    asked for rather than taken as the last."""
    said = _FIRST_FIGURE.search(q.text)
    if not (said and t.conv.last_question):
        return None
    return InContext(q, declined=f"“{said.group(0)}”指前面哪个数没能确定，请写出那一项（例如：不予公开的合计）")


_THAN_NAMED = re.compile(r"^(?:那)?(?:它|这个数|这一?项|这个合计)?(?:又)?比(?P<other>[^，,。？?]{2,16}?)(?:的)?(?:要)?(?P<dir>多|少|高|低)(?:出|了)?(?:了)?"
                         r"(?:多少件?|几件|多少个|几个|多少)[?？。]*$")


def than_the_row_named(q: Query, t: Thread) -> Query | None:
    """“无法提供”那一大类一共多少 → 比不予公开多出多少件: the figure just given against the row named after 比, in the
    same report."""
    said = _THAN_NAMED.match(q.text)
    conv = t.conv
    if not (said and q.metrics and not q.mentions and not q.years and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    if not metric_spans(said.group("other")) or metric_spans(q.text[: said.start("other")]):
        return None
    last = conv.last_question
    before = t.reread(last)
    if before.ratio or before.difference or len(before.metrics) != 1 or RATE_WORDS.search(last):
        return None
    rows = "".join(dict.fromkeys(last[a:b] for a, b in sorted(metric_spans(last) + own_columns(last))))
    who = conv.last_agencies[0]
    total = "一共" if before.add_up else ""
    return t.reread(f"{who}{year_of(conv, who)}{rows}{total}比{said.group('other')}{said.group('dir')}多少")


_KIND_POINTED = re.compile(r"这一?(?:类|项|种|栏)|该项|这个数字?")


def kind_after_an_ask_back(q: Query, t: Thread) -> InContext | None:
    """放到…里呢 (asked back: a word not understood) → 洪泽区同一年这一类有几件: the row the asked-back turn was
    read with is a guess, so what 这一类 points at is not known; asked rather than carried."""
    said = _KIND_POINTED.search(q.text)
    if not (said and t.conv.left_unread and not q.metrics):
        return None
    return InContext(q, declined=f"上一句有词没读懂、没有答出数字，“{said.group(0)}”指哪一项没能确定，请写出要问的项目")


_POINTER_OPERAND = re.compile(r"(?:这一项|这项|该项|这个数字?|上一个数|上个数|刚才(?:那个|这个)数|(?:(?<=把)|(?<=将)|(?<![\u4e00-\u9fff]))它(?=(?:和|跟|与)(?:同一家|同一个单位|同一单位|本单位))"
                              # 它加上结转下年度的: the figure just given is one side of the sum (a row follows, no agency)
                              r"|(?<![\u4e00-\u9fff])它(?=(?:再)?(?:加上|减去|减掉)))(?=和|加|跟|与|同|比|再加|除以|减)"
                              r"|(?<=[和加跟与比])(?:这一项|这项|该项|这个数字?|上一个数|上个数|刚才(?:那个|这个)数)")


def pointer_as_operand(q: Query, t: Thread) -> Query | InContext | None:
    """这一项和“本机关不掌握”加起来占新收的比例: 这一项 is one side of the sum, the row just asked, written out."""
    said = _POINTER_OPERAND.search(q.text)
    if not (said and q.metrics and t.conv.last_question):
        return None
    if t.conv.figure_lost:  # 两者之和 (no figure given) → 这个和占办理总计的比例: the figure pointed at was never given
        return InContext(q, declined=f"上一句没能给出数字，“{said.group(0)}”指哪个数没能确定；请把要算的各项说完整")
    # (比刚才这个数多几件: the figure just given, in its own column)
    against = said.start() > 0 and q.text[said.start() - 1] == "比"
    last = t.conv.last_question
    if against and {last[a:b] for a, b in own_columns(last)} != {q.text[a:b] for a, b in own_columns(q.text)}:
        # (复议里维持的，比刚才这个数(诉讼尚未审结)多几件: two columns, one on each side, not read apart)
        return InContext(q, declined=f"“{said.group(0)}”和这一句问的不是同一栏，请把要比的两个数都写完整")
    words = figure_words(last, with_columns=against)
    before = t.reread(last)
    if (words and not RATE_WORDS.search(words) and before.add_up and len(before.metrics) >= 2 and not own_columns(last)
            and len(t.conv.last_agencies) == 1 and re.search(r"差|多|少", q.text[said.end() :])):
        # 新收加上年结转一共 → 办理结果那个总计跟这个数差几件: the sum just shown, against the row named now
        rows = "加".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))
        named = "".join(q.text[a:b] for a, b in sorted(metric_spans(q.text) + own_columns(q.text)))
        who = t.conv.last_agencies[0]
        return t.reread(f"{who}{year_of(t.conv, who)}{rows}加起来比{named}多几件")
    divided = re.match(r"除以(?P<whole>[^，,。？?]+?)(?:[，,。？?]|$)", q.text[said.end() :])
    if (divided and before.add_up and len(before.metrics) >= 2 and not own_columns(last) and len(t.conv.last_agencies) == 1
            and t.reread(divided.group("whole")).metrics):
        # 予以公开和部分公开合计几件 → 用这个数除以办理结果总计，算个公开率: the sum just shown over the whole named
        rows = "和".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))
        who = t.conv.last_agencies[0]
        return t.reread(f"{who}{year_of(t.conv, who)}{rows}加起来占{divided.group('whole')}的比例")
    checked = re.match(r"(?:跟|和|与|同)(?P<other>[^，,。？?]+?)(?:的)?(?:对得上|对不对得上|相等|一致|等不等|是否相等|能对上)", q.text[said.end() :])
    if (checked and said.start() == 0 and before.add_up and len(before.metrics) >= 2 and not own_columns(last)
            and len(t.conv.last_agencies) == 1 and t.reread(checked.group("other")).metrics):
        # 新收加上年结转一共 → 这个数跟办理结果总计再加上结转下年的对得上吗: the sum just shown is one side of the check
        rows = "加上".join(dict.fromkeys(last[a:b] for a, b in metric_spans(last)))
        who = t.conv.last_agencies[0]
        return t.reread(f"{who}{year_of(t.conv, who)}{rows}，" + q.text[said.end() :])
    if not words or RATE_WORDS.search(words) or len(t.reread(words).metrics) != 1:
        return None
    rest = re.sub(r"^(和|跟|与)(?:同一家|同一个单位|同一单位|本单位)(?:的)?", r"\1", q.text[said.end() :])  # (把它和同一家的…: 它 is the figure)
    return t.reread(q.text[: said.start()] + words + rest)


_FIGURES_WORKED_OUT = re.compile(r"(?:你|刚才|刚刚|上面|前面|之前|前边)(?:帮我)?(?:算|加|求|合计)(?:出来|出)?(?:的)?(?:这|那)?(?:[两二三四五六七八九十几\d])个"
                                 r"(?:合计|数字?|结果|总数|和|之和|小计)")


def figures_worked_out(q: Query, t: Thread) -> InContext | None:
    """把予以公开、你算的这三个合计，再加上…: which figures worked out before are meant is not known to the reader
    (several turns back, each a sum of its own), so they are asked for rather than left out of the sum."""
    said = _FIGURES_WORKED_OUT.search(q.text)
    if not said:
        return None
    return InContext(q, declined=f"“{said.group(0)}”指前面哪几个数没能确定，请把要相加的各项写出来"
                                 "（例如：不予公开、无法提供、不予处理三项合计加上予以公开）")


_NEWEST = re.compile(r"(?:看|要|用|按|换成|改成|就)?(?:它|他们)?(?:的)?(?:最新|最近)(?:的)?(?:那|这|一)?(?:一)?(?:份|年|期)(?:的|年报|报告)?")


def newest_instead(q: Query, t: Thread) -> InContext | None:
    """洪泽去年收了多少 (not held) → 那就看最新那份: the thread's question, in that agency's newest report."""
    said = _NEWEST.search(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.years and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    if re.search(r"各家|各单位|各个单位|所有|全部|哪家|谁|几家|这些|两家|[三四五六七八九]家", q.text) or q.level or q.every_report:
        return None  # 最新一年里各家政府一共收到多少: every agency of that year, never the thread's one agency
    if t.catalog.look_alike(q.leftover_words, q.sector or ""):
        return misspelt_name(q, t)  # 淮按最新那年的呢: a misspelt name is asked back, never the thread's agency's newest
    years = [(int(label[:4]), question) for label, question in conv.options if re.fullmatch(r"\d{4}年", label)]
    if years and len(years) == len(conv.options):
        # 洪泽呢（没有2022年的年报，要哪一年？）→ 那就看它最新一年的: the newest of the years offered
        return t.written_out(max(years)[1])
    who = conv.last_agencies[0]
    held = next((t.held.get(i, {}) for i, n in t.names.items() if n == who), {})
    if not held:
        return None
    rest = q.text[: said.start()] + q.text[said.end() :]
    if q.metrics:
        asked = rest
    else:
        asked = conv.last_question
        cut = [(m.start, m.end) for m in t.catalog.mentions(asked)] + list(read_period(asked).consumed)
        for a, b in sorted(cut, reverse=True):
            asked = asked[:a] + asked[b:]
    newest = max(held)
    full = f"{who}{newest}年" + re.sub(r"^(?:那|就|那就)+", "", asked)
    return t.written_out(full, f"接上题：按{who}最新一份年报（{newest}年）理解")


_LAST_FIRST = re.compile(r"^(?:那)?(?P<last>最后一名|倒数第一名?|垫底的?|榜尾)(?:和|与|跟)(?:排)?(?P<nth>第[一二三四五六七八九十\d]+(?:名|位)?)"
                         r"(?=(?:的)?(?:这两家|两家)?(?:之间)?(?:相差|差距|差))")


_TWO_SHORT = re.compile(r"^(?:那)?(?:第)?(?P<a>[一二三四五六七八九十\d])[、，,和与跟](?:第)?(?P<b>[一二三四五六七八九十\d])(?:名|位)(?:之间|两家|这两家)?"
                        r"|^(?:那)?第(?P<a2>[一二三四五六七八九十\d])(?:名|位)?[、，,和与跟]第(?P<b2>[一二三四五六七八九十\d])(?:名|位)?(?:之间|两家|这两家)?")


def last_place_first(q: Query, t: Thread) -> Query | None:
    """最后一名和第三名差多少: a gap, whichever place is said first; read as 第三名和最后一名. 二、三名之间差几件:
    第二名和第三名."""
    said = _LAST_FIRST.match(q.text)
    short = _TWO_SHORT.match(q.text)
    if said and t.conv.ranked:
        return t.reread(said.group("nth") + "和" + said.group("last") + q.text[said.end() :])
    if short and t.conv.ranked and re.match(r"(?:的)?(?:之间)?(?:只|仅|才|一共)?(?:相差|差距|差|多|少)", q.text[short.end() :]):
        a, b = short.group("a") or short.group("a2"), short.group("b") or short.group("b2")
        rest = re.sub(r"^(?:的)?(?:之间)?(?:只|仅|才)", "", q.text[short.end() :])
        return t.reread(f"第{a}名和第{b}名" + rest)
    return None


_TURN_MARKER = re.compile(r"第(?P<n>[一二三四五六七八九十\d]{1,2})(?:句|问|个问题)(?:问)?(?:里|中)?(?:的|问的|问到的)?")


_TURN_FIGURE = re.compile(r"第(?P<n>[一二三四五六七八九十\d]{1,2})(?:句|问|个问题)(?:问)?(?:里|中)?(?:的)?(?:那个|那)(?:[\u4e00-\u9fff]{0,6}?)"
                          r"(?:总数|数字|数|合计|总计)")


_TURNS_ADDED = re.compile(r"(?:把)?(?P<marks>第[一二三四五六七八九十\d]{1,2}(?:句|问|个问题)(?:(?:和|跟|与|、|加)第[一二三四五六七八九十\d]{1,2}(?:句|问|个问题))+)"
                          r"(?:问的|里的|的)?(?:那|这)?(?:两|几|[三四五])个(?:数字?|合计|结果)(?P<op>加起来|加在一起|加一起|加一块儿?|相加|合计|一共|总共|之和|(?:相)?差(?:了)?(?:多少|几件?))")


def turns_added(q: Query, t: Thread) -> InContext | None:
    """回到淮安，把第一问和第四问那两个数加起来: the figures those turns asked, of one report, added (or set apart)."""
    said = _TURNS_ADDED.search(q.text)
    if not said:
        return None
    turns = t.conv.turns
    numbers = [cn_number(n) for n in re.findall(r"第([一二三四五六七八九十\d]{1,2})", said.group("marks"))]
    texts = [turns[n - 1] if 0 < n <= len(turns) else "" for n in numbers]
    reads = [t.reread(x) for x in texts if x]
    who = {t.names.get(i) for r in reads for m in r.mentions for i in m.agency_ids}
    years = {y for r in reads for y in r.years}
    words = [figure_words(x) for x in texts if x]
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    if not (len(reads) == len(numbers) and len(who) == 1 and len(years) == 1 and all(words) and len(set(words)) == len(words)
            and not any(RATE_WORDS.search(w) for w in words) and named <= who):
        return InContext(q, declined=f"“{said.group(0)}”指哪几个数没能确定，请写出要算的各项")
    head = f"{who.pop()}{years.pop()}年"
    if "差" in said.group("op"):
        if len(words) != 2:
            return None
        return t.written_out(f"{head}{words[0]}比{words[1]}多多少", f"接上题：{said.group('marks')}问的是{words[0]}、{words[1]}")
    return t.written_out(f"{head}{'加'.join(words)}一共多少", f"接上题：{said.group('marks')}问的是{'、'.join(words)}")


def turns_marked(q: Query, t: Thread) -> Query | InContext | None:
    """把第一问的复议数和第五问的诉讼数加在一起: each marker stands before the row it points at, a row of the
    thread's one report; the rows are read as said (a turn not asked, or of another report, is not guessed)."""
    marks = [m for m in _TURN_MARKER.finditer(q.text) if any(a == m.end() for a, _ in metric_spans(q.text))]
    turns = t.conv.turns
    figure = _TURN_FIGURE.search(q.text)
    if figure and not marks and not q.mentions and len(t.conv.last_agencies) == 1:
        # 它占第一问那个诉讼总数的比例: the figure that turn asked, its words said again
        n = cn_number(figure.group("n"))
        words = figure_words(turns[n - 1]) if 0 < n <= len(turns) else ""
        read = t.reread(turns[n - 1]).metrics if words else []
        parents = {m.parent for m in read}
        row = read[0] if len(read) == 1 else BY_KEY[next(iter(parents))] if len(parents) == 1 and None not in parents else None
        if row is not None and not RATE_WORDS.search(words):
            # (直接起诉和复议后起诉都算上: the group they make up, by its own name, in the columns that turn said)
            words = row.synonyms[0] + "".join(dict.fromkeys(words[a:b] for a, b in own_columns(words)))
        named = {t.names.get(i) for x in t.catalog.mentions(turns[n - 1]) for i in x.agency_ids} if words else set()
        if not words or RATE_WORDS.search(words) or named - set(t.conv.last_agencies):
            return InContext(q, declined=f"“{figure.group(0)}”指哪个数没能确定，请写出要用的数字")
        if not own_columns(words):
            words += "总计"  # (the column that turn asked is its total one, never the column asked since)
        text = q.text[: figure.start()] + words + q.text[figure.end() :]
        it = re.match(r"^(?:那)?(?:再)?(?:把|拿)?(?:它|这个数?|刚才这个数?)(?=跟|和|与|加|比|减)", text)
        last = figure_words(t.conv.last_question) if it and t.conv.last_question else ""
        if it and last and not RATE_WORDS.search(last):
            # 把它跟第二问那个数加起来: 它 is the figure just given (复议维持), not the agency
            text = text[: it.start()] + "把" + last + text[it.end() :]
        return t.reread(text)
    if not marks or q.mentions or len(t.conv.last_agencies) != 1:
        return None
    for m in marks:
        n = cn_number(m.group("n"))
        if not 0 < n <= len(turns):
            return None
        named = {t.names.get(i) for x in t.catalog.mentions(turns[n - 1]) for i in x.agency_ids}
        if named - set(t.conv.last_agencies):
            return None
    text = q.text
    for m in sorted(marks, key=lambda m: -m.start()):
        text = text[: m.start()] + text[m.end() :]
    return t.reread(text)


def against_the_one_named(q: Query, t: Thread) -> InContext | None:
    """（平潭…）再拿“本机关不掌握”的件数跟洪泽2024年比，两边各是多少: one side named after 跟…比, the other is
    the report the thread is on."""
    conv = t.conv
    if not (len(q.mentions) == 1 and (q.metrics or RATE_WORDS.search(q.text)) and len(conv.last_agencies) == 1
            and conv.last_agencies[0] in conv.seen_in and conv.last_question):
        return None
    m = q.mentions[0]
    said = re.match(r"(?:\d{4}年)?(?:的)?(?:相)?(?:比|对比|比较)(?:一比|一下)?", q.text[m.end :])
    # (复议加诉讼的总数，比洪泽区同一年多出多少: the side before 比 is the thread's report)
    than = q.difference and q.metrics and re.search(r"比$", q.text[: m.start]) and not re.search(
        r"它|回到|第[一二三四五六七八九十\d]|前者|后者|这家|那家|该单位", q.text[: m.start])  # (回到第一个问题，它的…: pointed elsewhere)
    if not (re.search(r"(?:跟|和|与|同)$", q.text[: m.start]) and said or than):
        return None
    who = conv.last_agencies[0]
    if who in {t.names.get(i) for i in m.agency_ids}:
        return None
    if conv.options:
        # 平潭那年…（asked back: which year）→ 比洪泽2024年多多少: the other side waits on the open ask-back
        return InContext(q, declined="上一句还在问要哪一个（请先回复选项），这一句要拿哪个数去比没能确定")
    if q.metrics:
        return t.written_out(f"{who}{conv.seen_in[who]}年" + q.text)
    # 拿这个纠正率跟淮安市政府2024年比一比，各是多少: the rate just asked, of both
    words = figure_words(conv.last_question)
    if not words or not RATE_WORDS.search(words):
        return None
    named = q.text[m.start : m.end] + "".join(f"{y}年" for y in q.years)
    return t.written_out(f"{who}{conv.seen_in[who]}年和{named}{words}各是多少")


_FRONT_OR_BACK = re.compile(r"^(?:那)?(?:排在)?(?P<w>后面|后边|前面|前边)(?:的)?(?:这|那)(?:一)?(?:家|个单位)")


def front_or_back(q: Query, t: Thread) -> Query | None:
    """两家的新收各是多少 → 后面这家的予以公开率: 后者 (前面那家: 前者), of the two just shown."""
    said = _FRONT_OR_BACK.match(q.text)
    if not (said and not q.mentions and t.conv.last_agencies):  # (after one of the two was asked about: 前者 finds the pair)
        return None
    word = "后者" if said.group("w").startswith("后") else "前者"
    return t.reread(word + q.text[said.end() :])


_ONE_OF_TWO_ROWS = re.compile(r"^(?:那|再看|单看|只看)?(前|后)一(?:种|类|项)(?:的)?")


def one_of_two_rows(q: Query, t: Thread) -> Query | None:
    """直接起诉和复议后起诉都算上 → 后一种单独看呢 / 前一种的维持呢: the latter (or former) of the two rows the
    last question that named two rows said, in the thread's report."""
    said = _ONE_OF_TWO_ROWS.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.metrics and len(conv.last_agencies) == 1):
        return None
    for before in [conv.last_question, *reversed(conv.history)][:3]:
        rows = find_metrics(before) if before else []  # (the rows as said: 直接起诉和复议后起诉都算上 is read as one sum)
        if len(rows) == 2:
            break
        if len(rows) > 2:
            return None  # (three rows said: which is 前一种 is not plain)
    else:
        return None
    row = rows[0] if said.group(1) == "前" else rows[1]
    who = conv.last_agencies[0]
    return t.reread(f"{who}{'' if q.years else year_of(conv, who)}{row.synonyms[0]}{q.text[said.end():]}")


_SUM_AGAIN = re.compile(r"(?:那|再)?(?:把)?(?:年份)?(?:换成|改成|换到|改为)?(?:\d{4}年)(?:的)?[，,]?(?:这|那)(?:[几两三四五六七八九十\d]+)?(?:栏|项|列|个|类)"
                        r"(?:的)?(?:也)?(?:逐项)?(?:加起来|加在一起|加总|相加|合计|之和)(?:呢|是多少|多少|又是多少)?[?？。]*")


def same_sum_another_year(q: Query, t: Thread) -> Query | None:
    """四栏逐项加起来是多少 → 把年份换成2024年，这四栏加起来呢: the same sum, its year swapped."""
    last = t.conv.last_question
    if not (last and len(q.years) == 1 and not q.mentions and not q.metrics and _SUM_AGAIN.fullmatch(q.text)):
        return None
    before = t.reread(last)
    if len(before.years) != 1 or not (before.add_up or before.parts_sum or before.by_parts):
        return None
    if before.ratio and not RATE_WORDS.search(q.text):
        return None  # (这三类加起来 → 占…的比例 → 上一年这三类合计是多少: the sum asked, never the share carried on)
    return t.reread(re.sub(r"\d{4}年", f"{q.years[0]}年", last, count=1))


def the_thread_agency_too(q: Query, t: Thread) -> Query | None:
    """发改委予以公开的呢 → 同年秀洲分局予以公开多少件？把两家的都给我: the agency named and the one the thread is on."""
    conv = t.conv
    named = {t.names.get(i) for m in q.mentions for i in m.agency_ids}
    if not (q.stated_count and re.search(r"(?:两|二|俩|[三四五])(?:家|个单位)(?:的)?(?:数)?(?:都|各|分别)", q.text)
            and q.mentions and len(named) == len(q.mentions) == q.stated_count - 1 and len(conv.last_agencies) == 1
            and conv.last_agencies[0] not in named and conv.last_agencies[0] in conv.seen_in):
        return None
    who = conv.last_agencies[0]
    if not q.years and conv.seen_in[who] != next(iter(t.held.get(q.mentions[0].agency_ids[0], {})), None):
        return None  # (which year each is of is not plain)
    first = min(m.start for m in q.mentions)
    return t.reread(q.text[:first] + who + ("" if q.years else year_of(conv, who)) + "和" + q.text[first:])


_NTH_OF_SUM = re.compile(r"^(?:那)?(?:把)?第(?P<n>[一二三四五六七八九十\d])(?:个数字?|个|项)(?:的)?占(?:了)?(?:这个|刚才的?|上面的?)?(?:合计|总数|和|数|之和|总和)")


def nth_part_of_the_sum(q: Query, t: Thread) -> InContext | None:
    """这三个加起来 (rows of one report, added) → 第二个数占这个合计的比例: that row, in the order added, over the sum."""
    said = _NTH_OF_SUM.match(q.text)
    conv = t.conv
    if not (said and q.ratio and not q.mentions and not q.years and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    last = conv.last_question
    body = re.match(r"^(.*?\d{4}年)(.+?)(?:加起来|一共|合计)(?:是)?(?:多少)?[?？。]*$", last)
    if not body:
        return None
    rows = body.group(2).split("加")
    n = cn_number(said.group("n"))
    if not (t.reread(last).add_up and len(rows) >= 2 and n <= len(rows)
            and all(len(t.reread(body.group(1) + r).metrics) == 1 for r in rows)):
        return None
    return t.written_out(f"{body.group(1)}{rows[n - 1]}占{'、'.join(rows)}合计的比例", f"接上题：“第{said.group('n')}个数”指{rows[n - 1]}")


_YEAR_THEN_QUESTION = re.compile(r"^(?:那)?(?:换成|换到|改成|改看|再看)(\d{4})年(?:的)?(?:呢|的话|看看)?[，,]")


def year_then_a_question(q: Query, t: Thread) -> InContext | None:
    """换成2022年呢，复议最多的是谁: the year said first, then a question of its own (a ranking across agencies),
    read whole in that year; nothing of the last question is carried into it."""
    said = _YEAR_THEN_QUESTION.match(q.text)
    if not (said and t.conv.last_question):
        return None
    text = f"{said.group(1)}年" + q.text[said.end() :]
    again = t.reread(text)
    if not (again.metrics and again.intent == "rank" and not again.mentions):
        return None
    return t.written_out(text)


_INSIDE_THESE = re.compile(r"^(?:那)?(?:这些|这里|这其中|这部分|这一部分|它们|这几类|这一大类)(?:申请)?(?:里面|里头|里|中间|中|当中|之中)")


def column_inside_these(q: Query, t: Thread) -> Query | None:
    """不予公开一共多少 → 占办结的比例 → 这些里面商业企业提出申请的有几件: the row the talk is on (the part of the
    share), in the applicant column named; 提出申请 names who applied, not the row of applications received."""
    said = _INSIDE_THESE.match(q.text)
    conv = t.conv
    if not (said and not q.mentions and not q.years and not q.unread and len(conv.last_agencies) == 1 and conv.last_question
            and own_columns(q.text) and {m.key.rstrip("~") for m in q.metrics} <= {"本年新收", "申请"}):
        return None
    last = conv.last_question
    at = last.find("占") if t.reread(last).ratio else -1
    part = last[:at] if at > 0 else last
    rows = list(dict.fromkeys(part[a:b] for a, b in metric_spans(part)))
    if len(t.reread("".join(rows)).metrics) != 1:
        return None
    cols = "".join(dict.fromkeys(q.text[a:b] for a, b in own_columns(q.text)))
    who = conv.last_agencies[0]
    return t.reread(f"{who}{year_of(conv, who)}{''.join(rows)}（{cols}）有几件")


_YEAR_ADDED = re.compile(r"[，,]?(?:把)?(?:它的|它|其|这家的?)?(?P<y>\d{4})年(?:的)?(?:数|报告|年报)?(?:也)?(?:加进来|加上|算上|算进来|算进去|加进去|放进来)[，,]?")


def year_added_to_it(q: Query, t: Thread) -> Query | None:
    """第二名那家，把它的2023年也加进来，两年合计多少: the year it was shown for and the year added."""
    said = _YEAR_ADDED.search(q.text)
    pointed = PRONOUN.match(q.text)
    conv = t.conv
    if not (said and pointed and not q.mentions and len(q.years) == 1):
        return None
    place = re.search(r"第([一二三四五六七八九十\d]+)", pointed.group(0))
    if place and conv.ranked and 0 < cn_number(place.group(1)) <= len(conv.ranked):
        shown = conv.ranked_at[cn_number(place.group(1)) - 1]
    elif not place and len(conv.last_agencies) == 1 and conv.last_agencies[0] in conv.seen_in:
        shown = conv.seen_in[conv.last_agencies[0]]
    else:
        return None
    added = int(said.group("y"))
    if added == shown:
        return None
    a, b = sorted((added, shown))
    return t.reread(q.text[: said.start()] + f"{a}年和{b}年" + q.text[said.end() :])


_EACH_ADDED = re.compile(r"(?:各家|各单位|每家)(?:的)?(?:合计|加起来|一共|总共|之和|加总)")


def each_of_the_ranked(q: Query, t: Thread) -> InContext | None:
    """（2020年…哪家最多）→ 项目数各家合计呢: the reports the ranking ranked, added, on the figure said (else the ranked one)."""
    said = _EACH_ADDED.search(q.text)
    conv = t.conv
    if not (said and not q.mentions and conv.ranked and conv.ranked_question) or q.exclude_ids or re.search(
            r"除了|除去|去掉|不算|其余|剩下|剩余|拿掉|排除", q.text):
        return None
    places = list(dict.fromkeys(zip(conv.ranked, conv.ranked_at, strict=False)))
    rows = "".join(dict.fromkeys(q.text[a:b] for a, b in metric_spans(q.text)))
    cols = "".join(dict.fromkeys(q.text[a:b] for a, b in column_spans(q.text)))
    ranked = conv.ranked_question
    if rows:
        words = rows + cols
    elif cols:  # 项目数各家合计: that column of the row ranked
        words = "".join(dict.fromkeys(ranked[a:b] for a, b in metric_spans(ranked))) + cols
    else:
        words = figure_words(ranked)
    if len(places) < 2 or not words or RATE_WORDS.search(words):
        return None
    return t.written_out("和".join(f"{a}{y}年" for a, y in places) + words + "加起来",
                         f"接上题：“各家”指上面排名里的{len(places)}份年报")


_BY_A_RATE = re.compile(r"^(?:那)?(?P<rate>[\u4e00-\u9fff]{0,6}?(?:率|比例|占比|比重))(?:较|更|最)?(?:高|低|大|小)的(?:那家|那个|一家|那边|单位)")
_FIRST_SAID = re.compile(r"[。，,；;]?(?:(?:先说|先讲|先给|先看|先列)(?:一下)?(?P<who>[\u4e00-\u9fff]{2,12}?)(?:的)?"
                         r"|(?P<lead>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:在前|放前面|放在前面|排前面|写在前面|打头))[。.!！]*$")


_PLACE_BY_A_RATE = re.compile(r"^(?:那)?(?P<rate>[\u4e00-\u9fff]{0,8}?(?:率|比例|占比|比重))(?:排(?:在)?(?:名)?)?第(?P<n>[一二三四五六七八九十\d]+)(?:名|位)?(?:的)?"
                              r"(?:那家|那个|一家|单位|那位)(?:呢)?[，,]?(?P<rest>.*)$")


def place_by_a_rate(q: Query, t: Thread) -> InContext | None:
    """实质公开率排第二的那家呢，不掌握的几件 after that rate was ranked: the place of the ranking shown (the rate
    words only point at the agency)."""
    said = _PLACE_BY_A_RATE.match(q.text)
    conv = t.conv
    if not (said and conv.ranked and conv.ranked_question and said.group("rest") and not q.mentions):
        return None
    rate = re.sub(r"^(?:的)?", "", said.group("rate"))
    if rate not in conv.ranked_question and rate.rstrip("率") + "率" not in conv.ranked_question:
        return None  # (a rate that was not the one ranked: its places were never shown)
    n = cn_number(said.group("n"))
    if not 1 <= n <= len(conv.ranked):
        return InContext(q, declined=f"上面的排名只有{len(conv.ranked)}家，没有第{n}名")
    who, year = conv.ranked[n - 1], conv.ranked_at[n - 1]
    return t.written_out(f"{who}{year}年" + said.group("rest"), f"接上题：“{said.group(0)[: said.start('rest')].rstrip('，,')}”指{who}",
                         rate_points=True)


def extreme_by_a_rate(q: Query, t: Thread) -> InContext | None:
    """公开率低的那家，…有几件 when no such rates were shown side by side: which one is meant is not known."""
    said = _BY_A_RATE.match(q.text)
    conv = t.conv
    if not said:
        return None
    two = list(zip(conv.listed, conv.listed_at, conv.listed_values, strict=False))
    shown_two = (len({a for a, _, _ in two}) == 2 == len(two) and all(v is not None for _, _, v in two) and two[0][2] != two[1][2]
                 and conv.last_question and RATE_WORDS.search(conv.last_question))
    if conv.ranked and conv.ranked_question and RATE_WORDS.search(conv.ranked_question) and not (
            shown_two and conv.ranked_question == conv.last_question):
        return None  # (a ranking of more than the two: its places are read further on)
    if shown_two:
        # 两家的予以公开率各是多少 → 公开率低的那家，…: the one of the two rates just shown
        low = re.search(r"低|小", said.group(0))
        who, year, _ = (min if low else max)(two, key=lambda x: x[2])
        return t.written_out(f"{who}{year}年" + re.sub(r"^[，,]", "", q.text[said.end() :]),
                             f"接上题：“{said.group(0)}”指{who}", rate_points=True)
    return InContext(q, declined=f"“{said.group(0)}”指哪一家没能确定（前面没有把两家的{said.group('rate')}比出来），请写出单位名称")


def said_first_of_two(q: Query, t: Thread) -> Query | None:
    """两家的予以公开率各是多少？先说发改委。: the order to say them in, not the only agency asked."""
    said = _FIRST_SAID.search(q.text)
    # (…分别多少元？市里在前: the order, said of a level as well as of a name)
    if not (said and (len(q.mentions) == 1 or not q.mentions and said.group("lead")) and all(m.start >= said.start() for m in q.mentions)
            and said.start() > 0 and re.search(r"[两二三四五六七八九]家|两个单位|它们|他们|各", q.text[: said.start()])):
        return None
    before = q.text[: said.start()]
    lead = said.group("who") or said.group("lead")
    level = re.fullmatch(r"(市|区|县|镇)(?:里|级|政府|府)?", lead)
    found = t.catalog.mentions(lead)
    first = (seen_government(t, level.group(1)) if level else
             t.names.get(found[0].agency_ids[0]) if len(found) == 1 and len(found[0].agency_ids) == 1 else None)
    pair = t.conv.agencies_seen[-2:]
    both = re.search(r"(?:这|那)?(?:两家|两个单位|它们|他们|它俩)", before)
    if first and both and len(pair) == 2 and first in pair:
        # 两家…分别多少元？市里在前: the two in the order asked (后者 next is the other one)
        other = pair[0] if pair[1] == first else pair[1]
        before = before[: both.start()] + f"{first}和{other}" + before[both.end() :]
    return t.reread(before)


_THESE_N_ADDED = re.compile(r"这(?P<n>[三四五六])(?:个|大类|类|项|种)(?P<what>[^，,。？?]{0,8}?)(?:加起来|加在一起|加一起|加一块|加到一起|合起来|合在一起|合一起|合一块|相加|合计|一共|之和|加总)")


# 再加上予以公开 三个一共多少: one row added to the ones asked, the count said
_PLUS_N_ADDED = re.compile(r"^(?:那)?(?:再)?(?:加上|算上)[^，,。？?]{2,12}?[，,\s]*(?P<n>[三四五六])(?:个|项)(?P<what>)(?:一共|加起来|合计|总共)")


_NTH_OF_THE_ITEMS = re.compile(r"(?:这|那)?[两二三四五六七八九十几](?:个|项|类|种)(?:里头|里面|里边|当中|之中|中|里)(?:的)?(?:排)?第([一二三四五六七八九十\d])(?:项|个|类|种)")


def nth_of_the_items(q: Query, t: Thread) -> InContext | None:
    """三项里头第一项，两年比涨了百分之几: which of the items is first (as asked, as listed, or as ranked) is not
    plain; asked, never dropped into the sum of all of them."""
    said = _NTH_OF_THE_ITEMS.search(q.text)
    if not said or q.metrics:
        return None
    last, conv = t.conv.last_question, t.conv
    rows = list(dict.fromkeys(last[a:b] for a, b in metric_spans(last))) if last else []
    who = conv.last_agencies[0] if len(conv.last_agencies) == 1 and not q.mentions else ""
    rest = q.text[: said.start()] + q.text[said.end() :]
    choices = [Option(row, f"{who}{row}{rest}") for row in rows] if who and len(rows) >= 2 else []
    return InContext(q, declined=f"“{said.group(0)}”指哪一项没能确定（按问的先后、列出的顺序还是大小？），请写出那一项的名称（例如：行政许可）",
                     choices=choices)


def rows_asked_one_by_one(q: Query, t: Thread) -> InContext | None:
    """行政许可 → 其他对外管理服务事项呢 → 行政处罚呢 → 这三个处理决定数加起来: the rows the last turns asked, one
    each, of the thread's report (这三大类: only whole groups, never a part of one)."""
    said = _THESE_N_ADDED.search(q.text) or _PLUS_N_ADDED.search(q.text)
    conv = t.conv
    if not (said and not q.mentions and len(q.years) <= 1 and not q.ratio and len(conv.last_agencies) == 1 and conv.last_question):
        return None
    if _FIGURES_WORKED_OUT.search(q.text) or len(q.metrics) >= 2:
        return None  # (你算的这三个合计: figures worked out, asked for further on; 予以公开、部分公开再加上这四大类: a sum of its own)
    n, groups = cn_number(said.group("n")), re.search(r"大类|大项", said.group(0))
    # (再加上行政处罚，这三项处理决定一共多少: the row named now is one of them)
    picked: list[str] = ["".join(dict.fromkeys(q.text[a:b] for a, b in metric_spans(q.text[: said.start("n")])))] if metric_spans(
        q.text[: said.start("n")]) else []
    keys: list[tuple[str, tuple[str, ...]]] = [(m.key, ()) for m in q.metrics] if picked else []
    who, placed = conv.last_agencies[0], None
    before = q.text[: said.start()]
    place = re.match(r"^(?:那)?(?:排(?:名)?(?:在)?)?第([一二三四五六七八九十\d]+)(?:名|位)?(?:的)?(?:那家|那个|一家|单位)?[，,]?", before)
    if place or PRONOUN.match(before) and not re.match(r"^(?:那)?(?:它|这家|该单位)", before):
        # 排第二的那家，这三项加起来 after three rankings: that place of the last ranking, never the thread's agency
        nth = cn_number(place.group(1)) if place else 0
        if not (place and place.end() == len(before) and 0 < nth <= len(conv.ranked)):
            return None
        who, placed = conv.ranked[nth - 1], conv.ranked_at[nth - 1]
    for text in [conv.last_question, *reversed(conv.history)]:
        read = t.reread(text)
        named = {t.names.get(i) for m in read.mentions for i in m.agency_ids}
        if named and named != {who} and placed is None:
            return None  # (淮安 → 洪泽呢 → 平潭呢 → 这三个加起来: the agencies asked one by one, read further on)
        if read.ratio or read.difference or len(read.metrics) != 1:
            continue
        metric = read.metrics[0]
        # (复议纠正 → 维持呢 → 没审完的 → 这三个加一块: the columns of one row asked one by one)
        key = (metric.key, tuple(dict.fromkeys(text[a:b] for a, b in column_spans(text))))
        if (groups and metric.parent) or key in keys or (metric.key, ()) in keys:
            continue
        keys.append(key)
        picked.append("".join(dict.fromkeys(text[a:b] for a, b in sorted(metric_spans(text) + column_spans(text)))))
        if len(picked) == n:
            break
    if len(picked) != n or not all(picked):
        if RATE_WORDS.search(conv.last_question):
            return None  # 自然人占比 → 法律服务机构呢 → 商业企业 → 这三类的件数加起来: the parts of the shares (rows_just_asked_added)
        return InContext(q, declined=f"“{said.group(0)}”指前面哪{said.group('n')}项没能确定，请把要相加的各项写出来")
    if picked and keys and picked[0] and metric_spans(q.text[: said.start("n")]):
        picked = picked[1:] + picked[:1]  # (the row named now goes last, after the ones asked before)
    order = list(reversed(picked))
    what = said.group("what")
    extra = re.search(r"(?:再)?(?:加上|加|连同|和)(?P<x>[\u4e00-\u9fff]{1,8}?)(?:的)?\s*$", what)
    if extra:  # 这三类再加上其他，一共: one more column of the same row, added to the three
        x = extra.group("x")
        row = "".join(order[0][a:b] for a, b in metric_spans(order[0]))
        # (其他 is a column of applicants only when said as one: 其他申请人)
        col = next((c for c in (x, x + "申请人") if row and [e for _, e in column_spans(row + c)] == [len(row + c)]), None)
        if not (col and all(row in w for w in order)):
            return InContext(q, declined=f"“{said.group(0)}”里要加上的“{x}”没能对上前面的各项，请把要相加的各项都写出来")
        order.append(row + col)
        what = what[: extra.start()]
    cols = "".join(dict.fromkeys(what[a:b] for a, b in column_spans(what)))
    year = year_of(conv, who) if placed is None else f"{placed}年"
    step = re.search(r"(前|上|后|下)一年", q.text)
    if q.years:  # 2023年呢，同样这三类加起来: those rows, in the year said
        year = f"{q.years[0]}年"
    elif step and who in conv.seen_in:  # 前一年呢，同样这三类加起来: in the year before the thread's
        year = f"{conv.seen_in[who] + (-1 if step.group(1) in '前上' else 1)}年"
    return t.written_out(f"{who}{year}" + "加".join(w if cols in w else w + cols for w in order) + "加起来",
                         f"接上题：“这{said.group('n')}{'大类' if groups else '项'}”指前面问过的{'、'.join(order)}")


_ROW_MOST = re.compile(r"^(?:那)?(?:换成|改成|看)?(?P<row>[^，,。？?]{1,14}?)(?:的)?(?:件数|数量)?(?P<end>最多|最少|最高|最低)(?:的)?(?:呢|是谁|是哪家|是哪个|是哪份)?[?？。]*$")


def ranked_on_another_row(q: Query, t: Thread) -> InContext | None:
    """部分公开件数最多的是哪家 → 予以公开最多的呢: the same ranking, on the row named now."""
    said = _ROW_MOST.match(q.text)
    conv = t.conv
    if not (said and q.metrics and not q.mentions and not q.years and conv.ranked_question and conv.last_question == conv.ranked_question):
        return None
    last = conv.ranked_question
    spans = sorted(metric_spans(last))
    row = "".join(said.group("row")[a:b] for a, b in metric_spans(said.group("row")))
    if not spans or not row:
        return None
    text = last[: spans[0][0]] + row + last[spans[-1][1] :]
    if said.group("end") != re.search(r"最(?:多|少|高|低)", text).group(0) if re.search(r"最(?:多|少|高|低)", text) else True:
        return None  # (the other end asked: read further on)
    return t.written_out(text)


_TWO_YEARS = re.compile(r"(?:这|那)?两(?:个)?年(?:度)?(?=的|[\u4e00-\u9fff])(?!前|后|内|以来|来)")


def two_years_said(q: Query, t: Thread) -> Query | InContext | None:
    """两年的复议后起诉按分项算，一共多少件: the two years held for the agency the talk is on (never the newest alone)."""
    said = _TWO_YEARS.search(q.text)
    conv = t.conv
    if not (said and not q.years and not q.mentions and len(conv.last_agencies) == 1):
        return None
    who = conv.last_agencies[0]
    held = sorted(next((t.held.get(i, {}) for i, n in t.names.items() if n == who), {}))
    if re.match(r"里|中", q.text[said.end() :]) and not set(held) <= set(conv.years_seen):
        return None  # (两年里 before both of its years were talked of: within two years, perhaps; read further on)
    if len(held) != 2:
        return InContext(q, declined=f"{who}库中只有{len(held)}年的年报，“{said.group(0)}”指哪两年没能确定，请写出年份")
    return t.reread(f"{who}" + q.text[: said.start()] + f"{held[0]}年和{held[1]}年" + q.text[said.end() :])


_OWN_TWO_YEARS_GAP = re.compile(r"(?:自己|本身)?(?:的)?(?:这)?两年(?:之间|间|里)?(?:相)?(?:差|变化|多了|少了|涨了|降了|增加了|减少了)(?:了)?(?:多少|几)")


def own_two_years_gap(q: Query, t: Thread) -> InContext | None:
    """淮安和洪泽的处罚各多少 → 前者比后者多多少 → 洪泽自己两年之间差多少: the one agency named, its two years held, the
    figure the talk is on (never the gap between agencies carried on)."""
    said = _OWN_TWO_YEARS_GAP.search(q.text)
    ids = {i for m in q.mentions for i in m.agency_ids}
    if not (said and len(ids) == 1 and not q.years and not q.metrics and t.conv.last_question):
        return None
    who = t.names[next(iter(ids))]
    held = sorted(t.held.get(next(iter(ids)), {}))
    rows = figure_words(t.conv.last_question)
    if len(held) != 2 or not rows or RATE_WORDS.search(rows):
        return None
    return t.written_out(f"{who}{held[1]}年比{held[0]}年{rows}{'多多少' if '少' not in said.group(0) else '少多少'}")


_COLUMN_POINTED = re.compile(r"^(?:那|就|再看)?(?:这|那|同)一?(?:列|栏)(?:的)?(?=在|的|[\u4e00-\u9fff])")


def column_pointed(q: Query, t: Thread) -> Query | InContext | None:
    """（法律服务机构那一列是几件）→ 这一列在办理结果总计那一行是多少: the column the last question asked, never dropped."""
    said = _COLUMN_POINTED.match(q.text)  # (办理结果那一栏的（七）总计: the column of the row named, not a pointer)
    last = t.conv.last_question
    if not (said and last and not own_columns(q.text) and metric_spans(q.text[said.end() :])):
        return None  # (这一列差了多少: the column of the gap just asked, read further on)
    cols = list(dict.fromkeys(c for a, b in own_columns(last) if (c := last[a:b]) not in ("总计", "合计")))
    if len(cols) != 1:
        return InContext(q, declined=f"“{said.group(0)}”指哪一列没能确定，请写出申请人类型或结果（例如：法律服务机构）")
    return t.reread(q.text[: said.start()] + cols[0] + q.text[said.end() :])


def this_years_items(q: Query, t: Thread) -> InContext | None:
    """上一年项目数量和本年增减 → 那它本年实际是多少项 / 现在总共几项: the table prints no such cell, and none is
    worked out for it (这一年 is no year to carry either)."""
    conv = t.conv
    now_items = re.search(r"现在(?:总共|一共|共|还)?(?:有)?(?:几项|多少项|几个项目|多少个项目)", q.text) and re.search(
        r"项目|增减|增/减", " ".join([conv.last_question, *conv.history[-2:]]))  # (12 + 2 → 那现在总共几项)
    this_year = re.search(r"(?:本年|这一年|今年|当年|这年)(?:的)?[\u4e00-\u9fff]{0,6}?(?:项目(?:数|个数)|事项(?:应该|应当)?(?:是|有)?(?:几|多少)项"
                          r"|(?:实际|现在|应该)(?:是|有)?(?:几|多少)项)", q.text)
    if (this_year or now_items) and "上一年" not in q.text:
        return InContext(q, declined="表二只印了“上一年项目数量”和“本年增/减”，没有本年的项目数；可以分别问这两项")
    return None


_NTH_ANSWER = re.compile(r"(?:你)?(?:的)?第(?P<n>[一二三四五六七八九十\d])(?:个|次)(?:回答|答复|答案)(?:的|里的|中的|给的)?(?:那个)?(?:数字|数)(?!据)")


def nth_answer_said(q: Query, t: Thread) -> Query | InContext | None:
    """把你第二个回答的那个数和洪泽2024年的加起来: the one figure that answer gave, written out (an answer that gave a
    table or nothing is not guessed at)."""
    said = _NTH_ANSWER.search(q.text)
    if not said:
        return None
    n = cn_number(said.group("n"))
    cells = t.conv.answered_cells
    cell = cells[n - 1] if 1 <= n <= len(cells) else None
    if cell is None:
        return InContext(q, declined=f"第{said.group('n')}个回答没有给出单独一个数字，“{said.group(0)}”指哪个数没能确定；请写出单位、年份和那一项")
    who, year, label = cell
    return t.reread(q.text[: said.start()] + f"{who}{year}年{label}" + q.text[said.end() :])


_SAME_RATE = re.compile(r"(?:同一个?|同样的?|一样的|这个|那个)(?:比例|比率|率|指标)")


def same_rate_after_a_count(q: Query, t: Thread) -> InContext | None:
    """办结率是多少 → 结转到下一年的有几件 → 换洪泽区看看，同一个比例: the rate asked before the count, of the agency
    named now (the count between is no rate)."""
    said = _SAME_RATE.search(q.text)
    conv = t.conv
    if not (said and q.mentions and not q.metrics and conv.last_question and conv.history
            and not RATE_WORDS.search(conv.last_question) and RATE_WORDS.search(conv.history[-1])):
        return None
    if conv.options or conv.lost_turn or conv.left_unread or conv.figure_lost or t.reread(conv.last_question).unread:
        return None  # (the turn between was asked back or not understood: no count stands between, read further on)
    rate = figure_words(conv.history[-1])
    names = list(dict.fromkeys(t.names.get(i) for m in q.mentions for i in m.agency_ids))
    if not rate or not RATE_WORDS.search(rate) or len(names) != 1 or not names[0]:
        return None
    year = "".join(f"{y}年" for y in q.years) or "".join(f"{y}年" for y in read_period(conv.last_question).years[:1])
    return t.written_out(f"{names[0]}{year}{rate}")
