"""A chat's memory between questions: the last question answered and the options last offered.

A follow-up ("那洪泽呢", "那2023年呢", "上一年呢", "复议呢", "维持的呢", "跟平潭比呢", "和2023年比呢") names only
what changes; the rest is carried over from the last question. The carried-over question is written
out in full and answered like any other, and the answer says how it was read (接上题：按“…”理解), so a
reader can see what was assumed (bot/in_context/ reads a question against this memory;
bot/follow_up.py writes a follow-up out). A follow-up that cannot be tied to the last question is declined.

An option of the last ask-back can be picked by number ("2", "第二个"), or by part of its name ("安康那个",
"发改委的", "县政府").

Only plain strings are kept, so the state pickles (Telegram keeps it in chat_data, with persistence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from rapidfuzz import fuzz

from bot.answer import Option
from bot.follow_up import (
    COMPARE,
    FOLLOW_START,
    NEXT_YEAR,
    PREV_YEAR,
    cn_number,
)
from bot.match import AgencyCatalog, level_of
from bot.rows import find_metrics, metric_spans
from bot.understand import normalise_question
from bot.when import read_period


@dataclass
class Conversation:
    last_question: str = ""  # the last question answered, as it was read (normalised, carried over)
    options: list[tuple[str, str]] = field(default_factory=list)  # (label, question) of the last ask-back
    picked_from: list[tuple[str, str]] = field(default_factory=list)  # the ask-back the last pick was made in
    last_agencies: list[str] = field(default_factory=list)  # agencies of the last answer's figures, in order
    years_seen: list[int] = field(default_factory=list)  # years of one agency's figures, in the order asked
    agencies_seen: list[str] = field(default_factory=list)  # agencies answered for, most recent last
    years_of: dict[str, list[int]] = field(default_factory=dict)  # the years each agency of the last answer was shown for
    listed: list[str] = field(default_factory=list)  # the agencies of the last list shown, one per line (第二个)
    listed_at: list[int] = field(default_factory=list)  # the year of each line
    listed_values: list = field(default_factory=list)  # the figure of each line (None: not a number)
    last_part: str = ""  # the sub-row the last answer put first (不予公开·属于行政查询事项), when it showed one
    part_group: str = ""  # the row that sub-row is a part of (不予公开)
    parts_shown: list[tuple[str, int, str]] = field(default_factory=list)  # (agency, year, label) of parts of one report ranked, in order (第二名比第三名)
    top_part: tuple[str, str] = ("", "")  # (row, part) a ranking of parts put first (哪一类最多 → 最多的那一类 after 第二多的)
    first_agency: str = ""  # the agency this conversation first asked about (第一个问的那家)
    first_question: str = ""  # the first question answered with a figure (第一个问的那项)
    first_asked: str = ""  # the first question asked, answered or not (its figure is the one 第一个问的 means)
    figure_lost: bool = False  # the last turn was declined: the figure it asked for was never given (跟…比，差多少 cannot lean on it)
    lost_turn: str = ""  # a follow-up just asked that was not understood at all (规划分局那边呢): what it changed is unknown
    last_declined: str = ""  # the last turn, when it was turned away with no options (维持的有几件: which row?)
    lost_plainly: bool = False  # that follow-up read every word and named no agency: only the figure it asked was lost
    history: list[str] = field(default_factory=list)  # the questions answered before the last one, newest last
    turns: list[str] = field(default_factory=list)  # every turn as it was read, in order ("" when it was not): 我第二句问的
    seen_in: dict[str, int] = field(default_factory=dict)  # each agency answered for → the year last shown for it
    ranked: list[str] = field(default_factory=list)  # the last ranking shown, best first (第二名, 垫底的 point here)
    ranked_at: list[int] = field(default_factory=list)  # the year of each place
    ranked_question: str = ""  # the question that ranking answered
    ranked_before: list[str] = field(default_factory=list)  # the ranking the last one was ranked anew from (除了X，前三呢)
    # 除了淮安市，前三呢: the last ranking ranked again without some of it; its places are counted anew (第二 is of it)
    ranked_anew: bool = False
    # a turn asked while an ask-back was still open, and turned away for it (占它新收的几成): what the next turn
    # goes on from is that unanswered turn, not the ask-back alone
    waited_on: str = ""
    ranked_earlier: list = field(default_factory=list)  # (agency, year) of a ranking a narrower one of another figure replaced
    ranked_label: str = ""  # what the last ranking ranked (行政许可（处理决定数量）): a ranking of another figure is a new one
    first_seen: list[str] = field(default_factory=list)  # agencies in the order the conversation first answered for them
    user_order: list[str] = field(default_factory=list)  # the agencies the last question naming several named, in its order
    named_order: list[str] = field(default_factory=list)  # the agencies of the last answer in the order the question named them (前者/后者)
    offered: list[str] = field(default_factory=list)  # the agencies of the last ask-back one was picked from
    reports_seen: list[tuple[str, int]] = field(default_factory=list)  # every (agency, year) answered for, in order (这四份报告)
    single_figures: list[tuple[str, int, str]] = field(default_factory=list)  # (agency, year, label) of the last answers
    # (agency, year, label) of every figure shown, one entry each, the latest last (刚才这五个数: whatever answers showed them)
    cells_shown: list[tuple[str, int, str]] = field(default_factory=list)
    # the one figure each answer of the talk gave, in turn order (None: a table, a sum, or nothing): 你第二个回答的那个数
    answered_cells: list[tuple[str, int, str] | None] = field(default_factory=list)
    # that showed one figure each, newest last (这两项加起来 after 最多的一种 and 第二多的: those two cells)
    year_not_held: bool = False  # the last answer said the year asked is not held for that agency
    sums_said: list[tuple[str, float]] = field(default_factory=list)  # (question, result) of each sum shown (刚才那个74件)
    said_figures: list[tuple[str, float]] = field(default_factory=list)  # (question, figure) of each answer that showed
    # one figure, newest last (那个三千多件的数: the one that fits)
    two_shown: bool = False  # the last answer listed two cells of one report (这两项 are those)
    two_summed: bool = False  # the last answer added two cells of one report (这俩哪个多 compares them)
    left_unread: list[str] = field(default_factory=list)  # the words the last ask-back said it did not understand
    named_unanswered: list[str] = field(default_factory=list)  # the agencies a turn named and was declined for (它 may mean them)
    last_unanswered: bool = False  # the last turn gave no figure (not held, asked back, declined)
    figure_asked_lost: str = ""  # the last turn asked for figures and was answered from the prose or not at all
    ranking_lost: bool = False  # the last turn asked a ranking and got none: 第二名 points at nothing shown
    filter_said: str = ""  # 新收超过30件的几家里: the words of the filter the last ranking or total kept (最少呢 keeps it)
    ranked_just_now: bool = False  # the last turn asked the ranking (排个名，谁第一 showed its first only): 加上X，重新排 adds to it

    def __setstate__(self, state: dict) -> None:
        """A conversation pickled by an older version (Telegram persistence) gets the fields added since."""
        self.__dict__.update({f.name: getattr(Conversation(), f.name) for f in fields(Conversation)} | state)

    def remember(self, asked: str, options: list[Option], figures: list | None = None,
                 ranked: list[tuple[str, int]] | None = None, summed: bool = False, about: str = "", share: bool = False, answered: bool = True,
                 named: list[str] | None = None, value: float | None = None, share_of: str = "") -> None:
        """`about`: the one agency a question with no figure to show was about (没有这一栏), for 它 to point at;
        `named`: the agencies in the order the question named them (前者 is the one named first, whatever came out larger)."""
        if self.last_question and self.last_question != asked:
            self.history = [*self.history, self.last_question][-6:]
        self.first_asked = self.first_asked or asked
        self.ranking_lost = self.ranking_lost and not (answered and figures)
        self.lost_turn = ""
        self.last_question = asked
        self.options = [(o.label, o.question) for o in options]
        if not options:
            self.waited_on = ""
        agencies = list(dict.fromkeys(f.agency for f in figures or [])) or ([about] if about else [])
        first = (figures or [None])[0]
        label = getattr(first, "label", "") or ""
        # the sub-row the answer put first (哪一类最多 → 行政查询事项); a sum's first part is just its first term
        self.last_part = re.sub(r"（[^）]*）$", "", label.split("·", 1)[1]) if (
            len(agencies) == 1 and "·" in label and not summed) else ""
        self.part_group = label.split("·", 1)[0] if self.last_part else ""
        if self.last_part and re.search(r"最(?:多|高|大)", asked) and not re.search(r"第(?:[2-9]|[二三四五六七八九])", asked):
            self.top_part = (self.part_group, self.last_part)
        labels = [re.sub(r"（[^）]*）$", "", getattr(f, "label", "") or "") for f in figures or []]
        if figures and answered:
            # 哪三类最多 (parts of one row of one report, in order) → 第二名比第三名多几件: those parts, by place
            one_row = len(figures) >= 2 and len({(f.agency, f.year) for f in figures}) == 1 and all("·" in x for x in labels) and len(
                {x.split("·", 1)[0] for x in labels}) == 1 and len(set(labels)) == len(labels)
            # (按六大类，哪几类最多: the outcome groups of one report, ranked, are parts too)
            groups = ("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理")
            one_row = one_row or len(figures) >= 2 and len({(f.agency, f.year) for f in figures}) == 1 and all(x in groups for x in labels)
            ranks = re.search(r"最(?:多|少|高|低|大|小)|排|前[两二三四五六七八九十\d]|哪几", asked)
            among = {(f.agency, f.year, x) for f, x in zip(figures, labels, strict=True)} <= set(self.parts_shown)
            if one_row and ranks and not summed and not share:
                self.parts_shown = [(f.agency, f.year, x) for f, x in zip(figures, labels, strict=True)]
            elif not among:  # (第二名比第三名多几件 shows two of those parts: the ranking is still what 第一 points into)
                self.parts_shown = []
        if agencies:
            self.first_agency = self.first_agency or agencies[0]
            self.first_question = self.first_question or asked
            self.years_of = {a: sorted({f.year for f in figures if f.agency == a}) for a in agencies}
            if len({(f.agency, f.year) for f in figures}) >= 2:  # 第二个 / 第一和最后一名: places in the list shown
                self.listed = [f.agency for f in figures]
                self.listed_at = [f.year for f in figures]
                self.listed_values = [f.value if isinstance(f.value, int | float) else None for f in figures]
            elif ranked:  # 哪份最多 showing only the first: an older list is no longer what 第三 points into
                self.listed, self.listed_at = [f.agency for f in figures], [f.year for f in figures]
                self.listed_values = [f.value if isinstance(f.value, int | float) else None for f in figures]
            if agencies[:1] != self.last_agencies[:1]:
                # (第二名前一年是多少 → 减了多少: the year the list just shown gave it counts as seen)
                shown = [*zip(self.ranked, self.ranked_at, strict=False), *zip(self.listed, self.listed_at, strict=False)]
                self.years_seen = [y for a, y in shown if a == agencies[0] and len(agencies) == 1 and a not in self.last_agencies][-1:]
            in_order = bool(named) and len(named) == len(agencies) and set(named) == set(agencies)
            self.named_order = list(named) if in_order else []
            # (a ranking keeps the order it showed: 它 after 谁最多 is the first; 前者/后者 read named_order)
            self.last_agencies = named if in_order and not ranked else agencies
            for a in agencies:
                self.agencies_seen = [x for x in self.agencies_seen if x != a][-3:] + [a]
                self.first_seen = self.first_seen if a in self.first_seen else [*self.first_seen, a][-8:]
            self.seen_in = {**self.seen_in, **{f.agency: f.year for f in figures if f.year}}
            self.reports_seen = list(dict.fromkeys([*self.reports_seen, *((f.agency, f.year) for f in figures if f.year)]))[-12:]
            if len(agencies) == 1:
                for y in dict.fromkeys(f.year for f in figures):
                    self.years_seen = [x for x in self.years_seen if x != y][-3:] + [y]
        if options and not figures:  # an agency asked back and not answered: "every report asked about" is not known
            self.reports_seen = [*self.reports_seen, ("", 0)][-12:]
        one = [f for f in figures or [] if f.value is not None]
        self.two_shown = False
        self.two_summed = bool(summed and len(one) == 2 == len(figures) and {(f.agency, f.year) for f in one} == {(one[0].agency, one[0].year)})
        if answered and value is not None and len(figures or []) >= 2:  # (两家加起来 → 刚才那个74件: a sum said, by its number)
            self.sums_said = [*self.sums_said, (asked, float(value))][-8:]
        if answered and (not summed or share_of):
            shown = [_cell(f) for f in one if getattr(f, "label", "")]
            if ranked and one and len({_cell(f)[2] for f in one}) == 1:  # (a ranking shows every place, with its figure)
                shown = [(a, y, _cell(one[0])[2]) for a, y in ranked]
            if share_of:  # (淮安的实质公开率: the share is the figure shown, not its part and whole)
                reports = list(dict.fromkeys((f.agency, f.year) for f in one))
                shown = [(*reports[0], share_of)] if len(reports) == 1 else []
            self.cells_shown = [*(c for c in self.cells_shown if c not in shown), *shown][-12:]
        single = [_cell(f) for f in one if getattr(f, "label", "")] if len(one) == 1 == len(figures or []) and not share_of else []
        self.answered_cells = [*self.answered_cells, single[0] if single and answered else None][:20]
        if answered:  # (a share that could not be computed shows its part, but keeps the cells asked before)
            if len(one) == 1 and len(figures) == 1 and getattr(one[0], "label", ""):
                self.single_figures = [*self.single_figures, _cell(one[0])][-8:]
                if isinstance(one[0].value, int | float):
                    self.said_figures = [*self.said_figures, (asked, float(one[0].value))][-8:]
            elif (len(one) == 2 == len(figures) and not summed and not share and {(f.agency, f.year) for f in one} == {(one[0].agency, one[0].year)}
                  and one[0].label != one[1].label and all(getattr(f, "label", "") for f in one)):
                # 予以公开和部分公开各是多少 → 这两项加起来: the two cells of one report just listed
                self.single_figures = [_cell(f) for f in one]
                self.two_shown = True
            elif figures and share and getattr(figures[0], "label", "") and figures[0].value is not None:
                # (秀洲分局占五家合计的多少: the part is the first figure, whatever the whole's agencies)
                # 商业企业占多大比例 → 法律服务机构呢 → 它们加起来多少件: the part each share was of
                if _cell(figures[0]) not in self.single_figures[-2:]:  # (前者占…: one of the two again)
                    self.single_figures = [*self.single_figures, _cell(figures[0])][-8:]
            elif figures and not share and not (len(one) == len(figures) == 2 and len({f.agency for f in one}) == 1
                                                and len({_cell(f)[2] for f in one}) == 1
                                                and all(_cell(f) in self.single_figures[-2:] for f in one)):
                # (这两年差了多少 over the two figures just given keeps them: 刚才这三个数 still counts them)
                self.single_figures = []  # (a list or a sum shown between: which two are meant is no longer plain)
        old = list(zip(self.ranked, self.ranked_at, strict=False))
        # 谁最高 → 最少的是哪家 (only that one shown): the same ranking read from its other end; 前两名 still
        # means the highest two
        other_end = ranked and len(figures or []) == 1 and list(reversed(ranked)) == old
        # 第二、第三呢: those places ranked again, a part of the ranking shown; 前三 still counts in the whole one
        label = getattr((figures or [None])[0], "label", "") if ranked else ""
        among_old = ranked and set(ranked) < set(old) and [p for p in old if p in set(ranked)] == list(ranked) and not self.ranked_anew
        at = [old.index(p) for p in ranked] if among_old else []
        # (只看2020年的那几份，谁排第一: a ranking of some of them, not next to each other in the old one, is a new one)
        among_old = among_old and at == list(range(at[0], at[0] + len(at)))
        inside = among_old and label == self.ranked_label
        # 最高的比最低的高几个百分点: two places of the ranking shown set against each other; 垫底 is still of that ranking
        ends = bool(ranked) and len(ranked) == 2 and len(old) > 2 and set(ranked) < set(old) and [p for p in old if p in set(ranked)] == list(ranked)
        inside = inside or ends
        # 哪家收到过法律服务机构的申请 (a ranking of another figure over some of them) → 回到第二名那家: the older one
        self.ranked_earlier = old if among_old and not inside else []
        anew, self.ranked_anew = self.ranked_anew, False
        if ranked and len(ranked) >= 2 and not other_end and not inside:  # a comparison shown later does not change what 第二名 means
            # (除了秀洲分局，前三呢: the ranking before still has its own 第一, which 刚才排第一的 may mean)
            self.ranked_before = self.ranked if anew else []
            self.ranked, self.ranked_at = [a for a, _ in ranked], [y for _, y in ranked]
            self.ranked_question = asked
            self.ranked_label = label


def _cell(figure) -> tuple[str, int, str]:
    """(agency, year, label) of a figure shown, its label as a question can say it again (不予公开属于行政查询事项)."""
    return figure.agency, figure.year, re.sub(r"（总计）$", "", figure.label).replace("·", "")


# 它 / 这家 / 排第一的那家: the agency the last answer put first
PRONOUN = re.compile(r"^(?:那么?|好了?|好的|行|对了)?(?:换成|换到|改成|改看)?(?:(?:帮我|帮忙|麻烦你?|请)(?:再)?(?:算|看|查|计算)(?:一)?下)?(?:(?:把|拿|将)(?:这个|那个)?(?=第|排|头名|榜首|垫底|倒数|它))?(?:(?:(?:再)?回到|说回)(?=(?:排(?:在)?)?(?:倒数)?第[一二三四五六七八九十\d]+(?:名|位|的)))?(?:(?:通稿|新闻稿|报道|网上|有人|某报|文章)(?:里|中)?(?:称|说|写道?|提到)[,，]?)?(?:(?:刚才|上面|前面)?(?:的)?(?:这个|那个)?(?:新|最新|重新排的|新的)?(?:排名|排行|名次)(?:里|中|上)?(?:的)?[,，]?(?=(?:排(?:名)?(?:在)?)?(?:倒数)?第|榜首|垫底|头名|最后))?(?:刚才|上面|之前|前面|刚说的|刚才说的|刚提到的|刚才提到的)?(它们|他们|它俩|他俩|这几家|这些单位|(?:排在)?(?:它|这家)(?:的)?(?:后面|之后|下面|后头|前面|之前|上面|前头)(?:一名|一位|一家|的?那家|的?那个)?|(?:下|后|上|前)一(?:名|位)|再往(?:下|后)(?:一名|一位|一家)?|它|排(?:在)?(?:正)?中间(?:的)?(?:那家|那个|那位|那份|一家)?|(?:正)?中间(?:的)?(?:那家|那个|那位|那份)|刚才那个|刚才那项|上面那个|这家|那家|该单位|这个单位|那个单位|这个机关|该机关|该(?:区|市|县|镇|局|委)(?![\u4e00-\u9fff]{0,3}(?:人民政府|政府))|"
                     r"(?:排名?(?:在)?)?第[一二三四五六七八九十\d]+(?:名(?:那家|那个|那位|那份|一家)?(?=[\u4e00-\u9fff,，?？]|$)|(?:个|位|家|多|高|大)?(?:那家|那个|那位|那份|一家|(?=的|呢|里|中|是|比|占|跟|和|收|提|办|有|在|被|予|那一?年|当年|同年|[,，]|[?？]*$)))|排(?:名)?(?:在)?第[一二三四五六七八九十\d]+(?:名|位)?的(?:那个|那家|那位|那份)?|前者|后者|"
                     r"(?:垫底|排(?:在)?(?:最后|末位|最末|末尾)(?:一名|一位)?|最后一名|最末一名|最后(?=那家|一家|那份)|倒数第一名?|榜尾|末位|榜首|排头|排(?:在)?(?:最前|第一)|头名|紧随其后|排在其后|其次|倒数第[一二三四五六七八九十\d]+(?:名|位|个)?)(?:的)?(?:那家|那个|那位|那份|一家|一份)?)(?:的)?")
# 垫底的那家 / 榜首: the last or the first of the list shown
LAST_PLACE = re.compile(r"垫底|最后|最末|末尾|倒数第一|榜尾|末位")
FIRST_PLACE = re.compile(r"榜首|最前|排(?:在)?第一|头名|排头")
_ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)")
# 排在它后面的 / 下一名 / 它前面那家: the place next to the one the thread is on, in the last ranking
NEXT_PLACE = re.compile(r"(?:它|这家)(?:的)?(?:后面|之后|下面|后头)|[下后]一(?:名|位)|再往[下后]")
PLACE_BEFORE = re.compile(r"(?:它|这家)(?:的)?(?:前面|之前|上面|前头)|[上前]一(?:名|位)")
# 不对吧，我记得是17件 / 应该是3050吧: a number held against the last answer
_CLAIM_AGAIN = re.compile(r"(?:记得|听说|看到|报道|应该是|明明|不是|好像是|印象中|据说|写的|写着|写了|写成|写|称)[^，。？?\d]{0,6}?(\d+(?:\.\d+)?)")
# 这个比例 / 这个数: the figure just asked, named by pointing at it (says nothing that changes)
_POINTING = re.compile(r"(?:按)?同(?:一个|样的?|一)(?:比例|算法|口径|指标)|这个比例|这一比例|这个比率|这个数字?|这一项|这项|这个指标")
# 不是市里的，区里那个: a government of another level in the same place
_LEVEL_REF = re.compile(r"(市|区|县|镇|乡)(?:里|级|上|政府|府)(?:的|那个|那家|那份)?")
# 好，回到平潭: back to what was asked about that agency before the last question
_BACK = re.compile(r"^(?:好的?|对了|行|那)?(?:回到|说回|再回到|再说回)")
FOLLOW_END = re.compile(r"(的?呢|怎么样|如何|咋样|又是多少|是多少呢?|多少呢)[?？。!！]*$|^(?!还是|就是|是|说|我)(?:那|那么|那就)?[\u4e00-\u9fff]{2,8}的[?？。!！]*$")  # (淮按的: a short 的 is a 呢 left out)
# (好 / 嗯嗯 / OK alone also end a talk: after an ask-back they pick nothing; writers used them as thanks)
_YES = re.compile(r"(?:(?:对|对的|是|是的|是它|是这个|就是|没错)(?:啊|呀|吧|哈)?)+"
                  r"(?:就?(?:是|要)?(?:这个|这家|这一个|它|那个))?(?:啊|呀|吧|哈)?")
_PICK_NUMBER = re.compile(r"^(?:选|要|就|是)?(?:第)?(\d+|[一二三四五六七八九十两])(?:个|项|家|位|号)?(?:吧|吗)?$")
_LEVEL_GOV = re.compile(r"^(?:那个|是|要|选)?(?:(市|区|县|镇|乡)(?:人民)?政府|(市|区|县)府)(?:的|那个)?(?:呢|吧)?$")
_LEVEL_ANY = re.compile(r"^(?:那个|是|要|选)?(市|区|县)(?:局|里的?|级的?|里那个|级那个)(?:的|那个)?(?:呢|吧)?$")
_PICK_FILLER = re.compile(r"那个|那一个|那家|那一家|的那个|这个|的|吧|呀|啊|选|要|是|就|我说的是|我问的是|我指的是|[，。,.!！?？ ]")


def pick_option(text: str, conv: Conversation, catalog: AgencyCatalog, names: dict[int, str]) -> str | None:
    """The question of the option `text` picks among the last ones offered, or None."""
    if not conv.options:
        return None
    q = normalise_question(text)
    if re.search(r"[。！!？?；;][^。！!？?；;]+", q):
        return None  # 哦是洪泽区。那淮安区政府呢: a second clause asks something else
    if len(conv.options) == 1 and _YES.fullmatch(re.sub(r"[\s，,。.!！~～]", "", q)):
        return conv.options[0][1]  # 是不是平潭综合实验区？ — 对/是的: the one option offered
    # 对对 淮安市政府 二零二四年的 (淮按 asked back): yes, that one, in the year the option already asks
    q = re.sub(r"^(?:对+|是的|嗯+|好的|好)(?:的|啊|呀|呢)?[，,\s]*(?=[\u4e00-\u9fff])", "", q)
    said = read_period(q)
    offered = {y for _, question in conv.options for y in read_period(question).years}
    if said.years and set(said.years) <= offered:
        for a, b in sorted(said.consumed, reverse=True):
            q = q[:a] + q[b:]
    ends = re.fullmatch(r"(?:选|要|就|是)?(?:(前面|前一|前者|上面|头一)|(后面|后一|后者|下面|最后))(?:那)?(?:个|家|项|位|一个|一家)?(?:吧|呢)?[?？。]*", q)
    labels = [label for label, _ in conv.options]
    order = conv.named_order or conv.user_order
    named_otherwise = set(labels) == set(order) and labels != order[:2]
    if ends and len(conv.options) == 2 and not named_otherwise:  # 它指哪一个？(two offered) → 后面那个: the second offered
        return conv.options[0 if ends.group(1) else 1][1]  # (offered in another order than named: which is 后面 is not plain)
    said_head = re.sub(r"(?:那|那么)?(?:吧|呢|的|就行|即可)?[。？?！!]*$", "", re.sub(r"^(?:选|要|就|是|看)", "", q))
    heads = [question for label, question in conv.options if len(said_head) >= 4 and label.startswith(said_head)]
    if len(heads) == 1:
        return heads[0]  # 第一和第二 after 第一和第二（A和B）/ 第一和第三…: the option its label starts with
    m = _PICK_NUMBER.match(q)
    if m:
        n = cn_number(m.group(1))
        return conv.options[n - 1][1] if 1 <= n <= len(conv.options) else None
    labels = [label for label, _ in conv.options]
    if len(labels) == 2 and labels[0].endswith("件数") and labels[1].endswith("比例") and len(q) <= 8:
        # 件数还是比例？ → 比例呢 / 要件数: the kind of figure said, not a new question
        if re.fullmatch(r"(?:要|就|是|还是)?(?:看)?(?:比例|占比|百分比|比重)(?:吧|呢|的)?[。？?]*", q):
            return conv.options[1][1]
        if re.fullmatch(r"(?:要|就|是|还是)?(?:看)?(?:件数|数量|多少件|几件|个数)(?:吧|呢|的)?[。？?]*", q):
            return conv.options[0][1]
    rows_offered = [{m.key for m in find_metrics(label)} for label, _ in conv.options]
    said_rows = {m.key for m in find_metrics(q)}
    if said_rows and all(rows_offered) and not read_period(q).years and not re.search(r"率|比例|占|比重|几成", q) and re.fullmatch(
            r"(?:就|是|要|选)?(?:那个|那项)?[\u4e00-\u9fff]{2,10}?(?:的)?(?:那项|那一项|这项|那个|那类|这个)?(?:吧|呢|的)?[?？。]*", q):
        # 哪一项？(行政处罚 / 行政许可 / 强制) → 处罚那项呢: the option whose row is the one named
        rest = q
        for a, b in sorted(metric_spans(q), reverse=True):
            rest = rest[:a] + rest[b:]
        fitting = [k for k, keys in enumerate(rows_offered) if keys == said_rows] if re.fullmatch(
            r"(?:就|是|要|选)?(?:那个|那项)?(?:的)?(?:那项|那一项|这项|那个|那类|这个)?(?:吧|呢|的)?[?？。]*", rest) else []
        if len(fitting) == 1:
            return conv.options[fitting[0]][1]
    if len(q) > 16 or read_period(q).years or find_metrics(q) or re.search(r"比例|占比|比重|率|差|加起来|合计|一共|排|同一", q):
        return None  # 23年淮安市府的 / 发改委这个比例是多少: more than a name, so not a pick (the rest would be lost)
    labels = [label for label, _ in conv.options]
    # by an agency form the catalog knows (发改委, 安康): the options naming one of its agencies
    ids = {i for men in catalog.mentions(q) for i in men.agency_ids}
    by_name = [k for k, label in enumerate(labels) if any(names.get(i) == label for i in ids)]
    if len(by_name) == 1:
        return conv.options[by_name[0]][1]
    pair = _pair_named(q, labels, catalog, names)
    if pair is not None:
        return conv.options[pair][1]
    # 淮安那家 between 淮安市人民政府 and 淮安市洪泽区人民政府: a bare place is its own people's government
    own = [k for k in by_name for men in catalog.mentions(q)
           if re.fullmatch(re.escape(men.text) + r"[市区县镇乡]?人民政府", labels[k])]
    if len(by_name) >= 2 and len(set(own)) == 1:
        return conv.options[own[0]][1]
    # 市政府 / 区府: the one government of that level among the options; 市局 / 区里的: the one option of that level
    for pattern, governments_only in ((_LEVEL_GOV, True), (_LEVEL_ANY, False)):
        level = pattern.match(q)
        if level:
            ids_of = {v: k for k, v in names.items()}
            want = level_of(next(g for g in level.groups() if g))
            same = [k for k, label in enumerate(labels) if label in ids_of and (not governments_only or "人民政府" in label)
                    and catalog.agencies[ids_of[label]].level == want]
            if len(same) == 1:
                return conv.options[same[0]][1]
    key = _PICK_FILLER.sub("", q)
    if len(key) < 1:
        return None
    inside = [k for k, label in enumerate(labels) if key in normalise_question(label)]
    if len(inside) == 1:
        return conv.options[inside[0]][1]
    if not inside and 2 <= len(key) <= 8:  # 陕西那个 / 秦皇岛的: the one option in that province or city
        ids_of = {v: k for k, v in names.items()}
        there = set(catalog.agencies_in(key))
        placed = [k for k, label in enumerate(labels) if ids_of.get(label) in there]
        if len(placed) == 1:
            return conv.options[placed[0]][1]
    if len(key) >= 2 and not inside:
        scores = sorted(((fuzz.partial_ratio(key, normalise_question(label)), k) for k, label in enumerate(labels)), reverse=True)
        if scores and scores[0][0] >= 80 and (len(scores) == 1 or scores[0][0] - scores[1][0] >= 15):
            return conv.options[scores[0][1]][1]
    return None


def _pair_named(q: str, labels: list[str], catalog: AgencyCatalog, names: dict[int, str]) -> int | None:
    """淮安和平潭 among options of two agencies each: the one option naming just those (a bare place is its own
    people's government), or None."""
    mentions = catalog.mentions(q)
    if len(mentions) < 2:
        return None
    chosen = set()
    for men in mentions:
        ids = list(men.agency_ids)
        if len(ids) > 1:
            ids = [i for i in ids if re.fullmatch(re.escape(men.text) + r"[市区县镇乡]?人民政府", names.get(i, ""))]
        if len(ids) != 1:
            return None
        chosen.add(names.get(ids[0], ""))
    fitting = [k for k, label in enumerate(labels) if {n for n in names.values() if n in label} == chosen]
    return fitting[0] if len(fitting) == 1 else None


def looks_like_followup(text: str) -> bool:
    q = normalise_question(text)
    return bool(FOLLOW_START.search(q) or FOLLOW_END.search(q) or COMPARE.match(q) or PREV_YEAR.match(q)
                or NEXT_YEAR.match(q) or LIKEWISE.search(q))


# 也这样排一下 / 同样算一下: the last question's operation on another figure
LIKEWISE = re.compile(r"也这样|也一样|也照这样|同样地?|照样|也按这个|也排|也算")
