"""Everyday wording said plainly: phrases people type in a chat, each rewritten to the words the reader
knows (几场官司 → 几件, 差距有多大 → 差多少), or dropped when they only carry the asker's aside (…总有吧).

One table, read in order by `say_plainly`; each entry is a pattern, what it becomes, and an example of why.
A new way of saying a known thing goes here rather than into the reader's own rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.rows import column_spans, find_metrics


def _still_asked_about(m: re.Match) -> str:
    """规章呢，还是平潭 → 平潭规章呢 (the second part names an agency or year, never a row or column: 是A还是B)."""
    return m.group(0) if find_metrics(m.group(2)) or column_spans(m.group(2)) else f"{m.group(2)}{m.group(1)}呢"


def _same_check(m: re.Match) -> str:
    """洪泽23年是不是也有这毛病: the parts-against-total check, when no figure of its own is named before it (复议总计呢，
    是不是也有这种问题 asks that total, the check said beside it; 洪泽二三年的复议是不是也有这毛病: that row's check)."""
    before = m.string[: m.start()]
    if not find_metrics(before):
        return "分项加起来对得上吗"
    return m.group(0) if re.search(r"总计|总数|[，,]", before) else "总计跟分项加起来对得上吗"


Rewrite = str | Callable[[re.Match], str]

EVERYDAY_WORDING: tuple[tuple[re.Pattern, Rewrite, str], ...] = tuple((re.compile(p), r, why) for p, r, why in (
    (r"(?<=几|少)场(?=官司|诉讼|[?？。呢吗]|$)", "件", "打了几场官司: cases counted"),
    (r"(?:是不是|是否|有没有|会不会)?也有(?:这|这个|这种|同样的?|一样的)(?:毛病|问题|情况)(?:吗|呢)?(?=[?？。]*$)", _same_check,
     "洪泽23年是不是也有这毛病 (after a total its parts do not add up to): the same check, of that report"),
    (r"^(?!是)(?:那)?([^，,。？?]{1,12}?)呢[，,]\s*(?:还是|仍是|依然是|也是|就)(?!这|那)([^，,。？?]{2,12}?)(?:的|吧)?[。？?]*$", _still_asked_about,
     "规章呢，还是平潭: the one still asked about, said after the slot that changes"),
    (r"(?:最后|最终)?(?:拿到|得到|获得|收到)(?:了)?(?=(?:予以公开|部分公开|不予公开|无法提供|不予处理)(?:的)?(?:答复|回复|决定)?)", "",
     "它们最后拿到予以公开答复的有几件: the outcome they got, said as getting it"),
    (r"(?<=[几少件个])(?:[，,])?(?:总|总该|总归|应该|总得)(?:有|会有)吧(?=[?？。]*$)", "",
     "那被复议纠正的案子有几件总有吧: the asker's hope after the question"),
    (r"^(?:那)?((?:这|那)(?:两|几|[三四五])家)(?:单位)?(?:都|也|同样)?(?:是|在|属于)[^，,。？?]{1,8}?的[，,]\s*", r"\1",
     "这两家都是嘉兴的，加在一块多少: where the two are, said of them; they are still those of the talk"),
    (r"(?:没给的?|没公开的?|没给出的?|不给的?)[，,]?\s*(?:大多|大部分|主要|多半|多数|基本)(?:都)?(?:是)?(?:因为|由于)", "",
     "发改委那边没给的，大多是因为本机关不掌握？有几件: the asker's guess of the reason; the reason's count is asked"),
    (r"(?:这么|这样|照这样|照样|同样|一样)(?:地)?(?:加|合|汇总)(?:一下|一加|起来)?(?=[呢吧?？。]*$)", "加起来",
     "复议也这么加一下: the same sum, of the row said now"),
    (r"^(?:那)?(?:光看|只看|单看|就看)(?=[^，,。？?]{2,10}[，,])", "", "光看处罚，洪泽这两年差多少: the row said first"),
    (r"(?:肯定|应该|估计|大概|怕是|想必)?(?:很|挺|特别|非常|比较)(?:低|高|少|多)(?:吧|吗|啊|了吧)?(?=[?？。]*$)", "是多少",
     "那它的实质公开率肯定很低吧: a guess said with the question; the figure is what is asked"),
    (r"^(?:那)?(?:一出一进|一进一出|一增一减|一减一增)[，,]?(?=.)", "", "一出一进，…: the two rows just asked, said again"),
    (r"^(?:哇|嚯|啊)?(?:怎么|咋)?(?:这么|那么|也太)(?:低|高|少|多)(?:了)?(?:啊|呀|吧|呢)?[，,。！!?？]\s*(?=.)", "",
     "怎么这么低，它本机关不掌握的有多少件: a remark on the figure just shown, before the question"),
    (r"^(?:那)?(?:这个)?分母(?:里|中|里面|里头|当中)(?:还)?(?:有|包括|包含|含)(?:着)?([^，,。？?]{2,12}?)(?:吧|呢)?[，,]\s*(?:有)?(?=几|多少)", r"其中\1",
     "分母里还有没审完的吧，有几件: inside the whole the rate was taken over"),
    (r"^(?:那)?(?:它们|这些|下面各栏|各栏)?(?=加起来(?:跟|和|与)?(?:总计|总数|这个数|它)?(?:对得上|对不上|一致|相等|对不对得上))", "分项",
     "复议总计呢 → 加起来对得上吗: the parts of that figure added, against it"),
    (r"先(?:经过?)?复议(?:了)?(?:之后|以后|后|完)?(?:再|又)?(?:去)?(?:法院)?(?:起诉|告)", "先复议再起诉",
     "先复议了之后再去法院起诉的: the second kind of 诉讼, said at length"),
    (r"直接(?:去|跑去|到|上)?法院(?:起诉|告)?", "直接起诉", "没经过复议直接去法院的: the first kind of 诉讼"),
    (r"直接(?:去|跑去|到)(?=起诉|告|法院)", "直接", "直接去起诉的: the first kind of 诉讼"),
    (r"(?:我)?(?:想|要)?(?:先)?(?:确认|核实|核对)(?:一下)?(?=[^，,。？?]{2,}?(?:是多少|多少|几件|有几))", "",
     "想先确认一下嘉兴…是多少: the figure is what is asked"),
    (r"(?:^|(?<=[，,。；;]))\s*(?:顺带一提|顺便一提|顺便说一下|顺便说一句|插一句|对了)?[，,]?(?:我|我们)是(?:做|搞|跑)(?:[^，,。？?市区县镇乡局委府]{1,8}?)(?:的)[，,。；;]\s*", "",
     "顺带一提我是做深度报道的，结转到下一年继续办理的有多少: who the asker is, not what is asked"),
    (r"(?<=[也都])(?:并|合并|放|归|拼|塞)(?=进去|进来)", "算", "上年结转的也并进去: counted in too"),
    (r"(?:从)?上(?:一)?年(?:度)?(?:接|转|带|结转|留)(?:过来|下来)(?:的)?", "上年结转的", "比从上年接过来的多几件: 上年结转"),
    (r"(?<=[五六七八九几两三四]家)全(?:都)?加上", "全部加起来", "那一年五家全加上呢: all of them added"),
    (r"[，,]?(?:按|用)(?:它|其)(?:那份|自己那份|自己的)?(?:报告|年报)?(?:的|自己的)?年份(?:来)?算[。]?", "",
     "平潭呢，按它那份报告的年份算: its own report (the newest it holds)"),
    (r"[。？?，,]\s*(?:顺便说一句|顺便说一下|另外)?[，,]?[^，,。？?]{2,12}?(?:那栏|那一栏|那列|那项)?(?:我)?(?:知道|清楚)(?:是)?[\d零〇]+(?:件)?[，,]?"
     r"(?:不用管|不用看|不用说|不用问|不用算)[。.!！]?$", "？", "…有多少件？顺便说一句，科研机构那栏我知道是0，不用管: the asker's aside"),
    (r"(?:先)?(?:确认|核实|核对)(?:一下)?(?:一个|个)?(?:基础|基本)(?:数据|数字)[—\-－–，,：:]*", "",
     "先确认一个基础数据——淮安…纠正的有多少件: what the asker calls the figure"),
    (r"(?<=[，,])(?:具体)?(?:数值|数据|数字)(?=(?:是)?多少)", "", "垫底的是谁，数值多少: its figure"),
    (r"((?:(?:19|20)\d{2}年)(?:是)?(?:多少|几件)?[、和及]?)((?:(?:19|20)\d{2}年)(?:是)?(?:多少|几件)?)(?:我)?(?:都|也)?(?:大概|大致|基本|已经)?"
     r"(?:有数|知道|清楚|了解|查过|看过)(?:了)?[，,]\s*(?:我)?(?:主要|其实|就|只)?(?:是)?(?:想知道|想问|要问|想看|关心)(?:的是)?(?:到底)?",
     lambda m: re.sub(r"(?:是)?(?:多少|几件)", "", m.group(1)) + re.sub(r"(?:是)?(?:多少|几件)", "", m.group(2)),
     "2023年多少、2024年多少我都大概有数了，主要想知道到底减少了多少件: the two years known, the change asked"),
    (r"(?<=[涨降增减升跌长少多])(了)?(?:多少|几)个?百分比", r"\1百分之几", "同比下降了多少个百分比: the change in percent"),
    (r"(?:^|(?<=[，,。；;]))(?:我)?(?:之前|已经|刚才|前面)?[^，,。；;？?]{0,16}?(?:查过|看过|问过|了解过)(?:了)?[^，,。；;？?]{0,10}?了?[，,。；;]\s*"
     r"(?:那个|这个|那些)?(?:就)?(?:不用再?说了?|不用管了?|先不管|略过)?[，,]?(?=(?:现在|这次|我)?(?:想看|要问|想问|想知道|要看)(?:的是)?)", "",
     "我之前查过平潭2022年的数据了，那个不用再说，现在想看的是…: what the asker has already seen is not asked"),
    (r"[，,。；;]\s*(?:另外|顺便)?(?:我)?(?:顺便)?(?:说一下|提一下|说一句|提一句)[^，,。？?]*?(?:我们|我单位|本单位|咱们)[^，,。？?]*[。！!]?$", "",
     "…，另外我顺便说一下我们单位也在整理规章: the asker's own news"),
))


# Read later, after the places and years said as people say them (老二, 年份改成…) are read: the ways a
# conversation points at its figures, sums and rates
TALK_WORDING: tuple[tuple[re.Pattern, Rewrite, str], ...] = tuple((re.compile(p), r, why) for p, r, why in (
    (r"^(?:那)?(?:再)?(?:把|拿|将)(?=(?:这个|那个|刚才(?:的|那个)?|上面的?)(?:比例|数字?|比率|占比|百分比|合计|率)?(?:和|跟|与|同)[^，,。？?]{1,16}?比)",
     "",
     "把这个比例和洪泽同年比一下: the figure just given, set against another (把 adds nothing)"),
    (r"(?<=一块|一堆|一起)儿",
     "",
     "加在一块儿: 加在一块"),
    (r"(?<=[没未])(?:有)?审完",
     "审结",
     "没审完的: 没审结的 (尚未审结)"),
    (r"(?<=[加合])在一块",
     "在一起",
     "加在一块: 加在一起"),
    (r"(?<=[比它家])(?:多|少)花(?:了)?(?=多少|几)",
     lambda m: "金额" + m.group(0)[0],
     "第一名比它多花多少: the amount spent"),
    (r"^(?:那)?(?:它|这个|这个数)?比(?:前面|上面|之前|上一个|前一个)(?:的|那个|那一个|那个数|的那个)(?:数)?(?=(?:多|少|高|低)(?:出|了)?(?:多少|几))",
     "后者比前者",
     "比前面那个多出多少 (two figures asked one after the other): the one just given against the one before it"),
    (r"(?<=[这那])([两三四五六七八])块(?=加|合|一共|的)",
     r"\1项",
     "这四块加一起: those parts"),
    (r"^(?:那)?(?:两者|二者)(?:之和|的和|相加|加起来|加一起|合计)(?=(?:呢|是多少|多少|等于多少|是几)?[?？。]*$)",
     "这两个数加起来",
     "两者之和"),
    (r"(?<=这个|那个)和(?=占|相当于|除以|在)",
     "合计",
     "这个和占办理总计的比例: the sum just given"),
    (r"(?<=个数)(?:字)?(?:一加|加一下|加一块|加一起)(?=[呢吧?？。]*$)",
     "加起来",
     "三个数一加: the figures just given, added"),
    (r"(?<=[这那])([两三四五六七八九])笔(?:钱|金额|采购)?(?=加|合|一共|总共|的|里|中|谁|哪)",
     r"\1个金额",
     "这三笔加起来"),
    (r"^(?:那)?(?:单拿|单把|只拿|单独拿)(.{2,12}?)(?:出来)?(?:算|看|说)(?:一下)?(?:呢)?[?？。]*$",
     r"那\1呢",
     "单拿淮安出来算"),
    (r"(?<![排在])最后(?=顺便|问一下|问一句|问下|一个问题|再问)",
     "",
     "好的谢谢，最后顺便问下…: the last question"),
    (r"(?:我)?不指定年份[，,](?!.*(?:按|用|看)[^，,。]{0,4}年)",
     "",
     "不指定年份，…: no year said (the newest held)"),
    (r"(?:如果|要是)?不(?:限定|指定|说)年份(?:的话)?[，,]?(?=就?(?:按|用)(?:库中|你们)?最新)",
     "",
     "不限定年份就按最新一年"),
    (r"(?:(?:它|你们?)?(?:手上|手里|库里|这边)|它|你们?)有的(?:那一?年|那份)(?!份)(?:的)?",
     "最新一年",
     "看它手上有的那一年: the newest held"),
    (r"(?:放一起|放在一起|放一块)?比比(?=看|吧|呢|[?？。]|$)",
     "比较",
     "两家放一起比比: compared"),
    (r"(?<=[涨降升跌])(了)?(多少|几)个点(?!的)",
     r"\1\2个百分点",
     "涨了多少个点: percentage points"),
    (r"(?:差距|差别|差额|相差)(?:有|是)?(?:多大|多少)(?=[呢吗啊?？。]*$)",
     "差多少",
     "差距有多大: the gap, in the figures' unit"),
    (r"^(?:那)?(?:差额|差值|差距|差数)(?:呢|是多少|多少|是几)?(?=[?？。]*$)",
     "差多少",
     "差额 (after two figures compared): their gap"),
    (r"(?:^(?:那)?|(?<=[，,]))(?:这|那)?俩数(?=加|合|一共|之和|相加|差|谁|比|[呢?？。]|$)",
     "这两个数",
     "俩数加一起: the two just given"),
    (r"维持原(?:决定|判决|判|行政行为|具体行政行为)",
     "维持",
     "维持原决定的: 结果维持"),
    (r"吊车尾|垫脚|殿后|排(?:在)?(?:最)?尾巴?(?=的|那|一家|呢)",
     "垫底",
     "吊车尾那份: the last place, as people say it"),
))


def say_plainly(q: str, table: tuple[tuple[re.Pattern, Rewrite, str], ...] = EVERYDAY_WORDING) -> str:
    """The question with every phrase of the table said plainly, in the table's order."""
    for pattern, rewrite, _ in table:
        q = pattern.sub(rewrite, q)
    return q
