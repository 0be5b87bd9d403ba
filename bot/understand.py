"""A question in Chinese → a Query: what is asked (intent), of whom, for which years, which figure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from bot.asked_shape import asked_shapes
from bot.coverage import FILLER as FILLER_WORDS
from bot.coverage import near_known_word, near_row_names, slip_of_read_word, unread_words
from bot.match import AgencyCatalog, Mention, level_of
from bot.phrasing import TALK_WORDING, say_plainly
from bot.places import places_said, within
from bot.rows import (
    APPLICANT_COLS,
    BY_KEY,
    GENERIC_ACTIVE_WORDS,
    LEGAL_PERSONS,
    METRICS,
    NAMED_RATE,
    REVIEW_COLS,
    Metric,
    column_spans,
    find_column,
    find_metrics,
    foreign_columns,
    fuzzy_metric,
    metric_spans,
    occurrences,
    other_active_columns,
    strip_known_words,
)
from bot.text import clean_question
from bot.value_filter import ValueFilter, filter_said
from bot.when import read_period
from index import templates as tpl
from index.lazy import lazy_module
from index.model import ACTIVE
from index.normalize import norm

cn2an = lazy_module("cn2an")  # 0.3 s of imports, needed only when a number is written in Chinese

_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_THANKS = re.compile(r"(?:好的?|好吧|好嘞|收到了?|明白了?|了解了?|知道了|懂了|谢谢(?:你|您)?|谢了|谢啦|多谢|感谢|辛苦了?|ok|OK|嗯+|哦+|行|可以了?|没问题|先这样|就这样)+(?:啊|呀|哈|啦)?")
_HELP = re.compile(r"^(帮助|help|/help|/start|\?|你好|您好|hi|hello|怎么用|如何使用|使用说明|说明|菜单)$|你能做什么|能做些?什么|能干什么|有什么功能|可以问什么|怎么问")
_CHECKS = re.compile(r"(?<![说看抄写打记搞弄])错了(?=.*(?:吗|吧|[?？]))|勾得上|勾不上|对得拢|对不拢|吻合|不是这个数|不等于这个数|对不上这个数|自洽|说得通|说不通|讲得通|合理吗|对不上|对得上|对上了|不一致|一致吗|是否一致|不相符|不符|算错|有误|有错|加不上|不平|勾稽|核对|矛盾|数据有问题|数据问题|有问题|有什么问题|有没有问题|错误的报告|出错|数据错误|错误|加总错|加总有误|加总不对|加起来对|对不对|对吗")
_MISSING = re.compile(r"(还没有|没有|缺少?|未|尚未|没)[^，。？?]{0,8}(年报|报告|年度报告)|(年报|报告)[^，。？?]{0,4}(还没有|没有|缺|未|尚未)")
_LIST_YEARS = re.compile(r"哪(几|些)年(?!度?报)|有几年|哪些年份|(?<!不限)(?<!不限定)(?<!不分)(?<!不管)(?<!不论)(?<!无论)(?<!所有)(?<!全部)(?<!把)(?<!各个)年份(?!都算|都要|换|改|(?:的)?(?:报告|年报))|几个年度|哪些年度")
# 有没有清江浦区的年报 / 洪泽区政府的报告你有吗: which years of that agency are held (or that none is)
_HOLDS = re.compile(r"(?:有没有|有无|是否有|收没收|收了|收录了?)[^，。？?]{1,20}?(?:的)?(?:年报|年度报告|报告)|"
                    r"(?:年报|年度报告|报告)(?:你|你们|库里|库中|这里|这边)?(?:有吗|有没有|有没|收了吗|收录了吗|收了没)|"
                    r"你(?:们)?(?:这里|这儿|这边|库里)?有[^，。？?]{1,20}?(?:的)?(?:年报|年度报告|报告)吗")
_LIST_AGENCIES = re.compile(
    r"(有|收录|包括|包含|覆盖|支持)(了)?(哪些|什么|多少|几个|几家)(单位|机关|部门|报告|年报|机构)|单位(列表|清单|名单)|"
    r"^(哪些|什么)(单位|机关|部门)(有|的)?(报告|年报|数据)?[?？]?$|^(单位|机关|所有单位|全部单位)(列表|有哪些)?[?？]?$|都有谁|"
    r"列(出|一下|举)[^，。]{0,4}(单位|机关|部门)|(有|是)哪些(单位|机关|部门)|(单位|机关|部门)(都)?有哪些|"
    r"哪些(单位|机关|部门)(有|发布了|发了|交了|出了)|哪几(家|个)(单位|机关|部门)?|有几家|几家单位|几个单位"
)
_SEARCH_VERB = re.compile(r"提到|提及|说到|谈到|讲到|写到|写了|谈及|有没有写")
_SEARCH = re.compile(r"提到|提及|说到|谈到|讲到|关于|相关内容|有关内容|相关段落|怎么说|说了什么|说了啥|讲了|写了什么|写到|介绍|描述|涉及|包含|搜索|查找|检索|怎么做的|做了什么|采取了|举措|措施")
_RANK = re.compile(r"排名|排行|排序|排个队|排排队|排队|(?<=[\u4e00-\u9fff])(?<![安编彩])排(?=[吧呢]?[?？。]*$)|排个(?=前[两二三四五六七八九十\d])|高低|排(?:在)?最后|排末位|排一下|排个序|排个名|排一排|(?:从|按|由)?(?:高到低|低到高|多到少|少到多|大到小|小到大)|最高|最多|最低|最少|最大|最小|哪个单位|哪家|哪些单位|哪个部门|谁最|前(\d+|[一二三四五六七八九十两]+)(?![年天月])(名|位|个)?|top\s*\d+|倒数|垫底")
_TOTAL = re.compile(r"(?:都|全|全都|全部)(?:加上|算上)(?=[，,]?(?:一共|总共|合计|是多少|多少|有多少))|全部加起来|所有单位|全部单位|一共|合计|总共|总数|加起来|相加|加在一起|加一起|合一起|合在一起|合起来|加到一起|加一块|合一块|加到一块|加一下|总和|累计|汇总|加总|全部加")
_COMPARE = re.compile(r"比较|对比|相比|比一比|vs|pk|哪个多|哪个少|哪个高|哪个更|谁多|谁少|谁高|差距|差多少|(跟|和|与|同)[^，。]{1,14}比")
_RATIO = re.compile(r"(?<=的)(?:几|多少)倍|(?<=占)(?:[^，,。？?]{0,12}?)(?:几|多少)个点|比例|占比|份额|百分点|几成|多少成|比率|比重|占多大|占几成|百分比|百分之几|百分之多少|(?:纠正|纠错|维持|败诉|纠|维)率|(?<![效频概汇税利])(?<=[\u4e00-\u9fff)）])率|"
                    r"(?<!各)占[^，。？?]{0,200}?(?:多少(?![件个项])|几成|%)|各占[^，。？?多几]{0,200}?(?:多少(?![件个项])|几成|%)")
# 哪类申请人最多 / 各类申请人从多到少排一下 / 复议哪种结果最多: the columns of one row, ranked within a report
_WHICH_COLUMN = re.compile(r"(?P<applicant>(?:哪(?:一)?(?:类|种|些)|各(?:类|种)|什么(?:类型|样)的?|不同(?:类型)?)(?:的)?(?:申请人|申请主体|申请方|主体)|"
                           r"申请人(?:的)?(?:类型|类别|构成|身份)|申请人是什么(?:身份|类型|人)|按申请人)|(?P<result>(?:哪(?:一)?种|哪(?:一)?类|各类|各种)(?:审理|判决)?(?:结果|结案方式))")
_WHICH_PART = re.compile(r"哪(一)?(类|种|项|条|个原因|个理由|种情形|种情况)|最(?:多|少)的(?:[一两二三四五\d])?(?:类|种|项)(?:是|有|分别)|(?:什么|啥)(?:样的)?(?:理由|原因|依据)|最常见|主要(?:是)?(?:因为什么|什么原因|什么理由|(?:的)?原因|(?:的)?理由)|前[两二三四五\d](?:的|个|项|条|种|位|名)?(?:理由|原因|情形)|(?:理由|原因|情形)(?:分别)?(?:是什么|有哪些|是哪些)|(?:分别|各)是(?:什么|哪些|哪几种?)(?:理由|原因|情形)|(?:理由|原因|情形)[^，。？?]{0,8}?最(?:多|少)|各(?:类|项|种|分项)[^，。]{0,3}?(?:排序|排名|排一下|排个序|从多到少|从少到多)|"
                         r"(?:各种|各类|各项|几种|几类|几项)(?:理由|原因|情形)[^，。？?]{0,12}?(?:排|最多|最少|前[两二三四五\d])|哪几(?:项|类|种|条)|哪[两二三四五](?:项|类|种|条)"
                         r"|(?:理由|原因|情形|各项|各类|分项)(?:里|中|当中)[，,]?(?:按)?(?:件数|数量|数目)?(?:上)?(?:排)?(?:在)?(?:前[两二三四五\d]|第[一二三四五\d]|最多|最少)"
                         r"|(?:最(?:多|少)的)?前[两二三四五\d](?:项|类|种|条)(?=(?:的)?(?:加|合|一共|总共|之和|分别|各))")
_LEVELS = [
    (r"乡镇|镇级|各镇|街道|乡级", "乡"),
    (r"区县|县区|县级|区级|各区|各县|区政府|县政府", "县"),
    (r"市级|市直|各市|地市|市本级", "市"),
    (r"省级|各省", "省"),
]
_SECTOR = re.compile(r"((?:[\u4e00-\u9fff]{2,6}?[、和与及或/])?[\u4e00-\u9fff]{2,6}?)(?:部门|系统|条线|战线)")  # (自然资源、规划部门: either)
_MULTI_YEAR = re.compile(r"(两|二|几|三|各|每|历|这些|所有|近\d)年")
_TREND = re.compile(r"每年|历年|逐年|趋势|各年|这几年|近(几|两|二|三|四|五|\d)年|历年来|年度变化|走势|变化情况|(两|几|三|这些)年[^，。]{0,6}(变化|变动|走势|趋势)")
_RECENT = re.compile(r"近(两|二|三|四|五|\d)年")
# 洪泽两年行政许可各多少 / 这三年: that many of the agency's newest years (never a year back from today)
_ASK = r"(?:了)?(?:有)?(?:几件|多少件|几个|多少个|几起|几项|多少)"
_TWO_ASKS = re.compile(_ASK + r"[，,、;；？?](?:那|还有|其中)?(?=[\u4e00-\u9fff]{1,10}?" + _ASK + r"[?？。]*$)")
_ASK_THEN_PART = re.compile(r"^(.*?)(?:一共|总共|共)?(?:有)?(?:多少|几)(?:件|个)?(.{0,14}?)[？?，,](?:那)?其中(.{1,12}?)(?:提的|提交的|申请的|的)?"
                            r"(?:有)?(?:几件|多少件?|几个)[？?。]*$")
_ASK_AT_END = re.compile(_ASK + r"([?？。]*)$")
# 接近400万件 / 一千多万 / 上万 / 约3万元: an amount claimed in words (its bound said by the words around it)
_CLAIM_AMOUNT = re.compile(r"(接近|将近|近|约|大约|大概|差不多|上|超过|逾|不到|不足)?(\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)(?:个)?(多)?"
                           r"(千万|百万|十万|万|千|百|亿)(多)?(?:件|元|个|项|块钱|块)?")
_NEAR = ("接近", "将近", "近", "约", "大约", "大概", "差不多")
_CLAIM_NEAR = re.compile(r"(接近|将近|约|大约|大概|差不多)(\d+(?:\.\d+)?)(?:件|个|项|元)")
_UNIT_OF = {"百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000, "千万": 10_000_000, "亿": 100_000_000}
# 真有这么多？ / 是真的吗: the amount just said is doubted, so it is a claim
_DOUBT = re.compile(r"[吧吗][?？。]*$|没看错|看错了吗|说法成立|成立吗|站得住吗|是这样吗|是不是这样|真的吗|是真的|真有|属实|对吗|对不对|没错吧|是吗|有这么多|这么多吗|靠谱吗|准吗")
_ANSWERED_AS = re.compile(r"(答复(?:为|是|成)?|回复(?:为|是|成)?)([“\"「][^”\"」]{2,16}[”\"」])")  # 答复“本机关不掌握”的
_AS_ANSWERED = re.compile(r"((?:(?<![予可所难])以|按|作)[“\"「]?[^，,。“”「」占加和及与]{2,16}?[”\"」]?(?:为由|为理由|作为理由)?)(答复|回复|办结)")
# 各自最新一份报告里 / 最新的年报: each agency's newest report, whatever its year
_EACH_NEWEST = re.compile(r"(?:各自|各家|分别|各|都)(?:用|取|按|拿|看)?(?:的)?最新(?:的)?(?:一份|一期|一年)?(?:的)?(?:年报|报告|年度报告|数据)|"
                          # (最新一年的报告: the newest year held, one year for all)
                          r"最新(?:的)?(?:一份|一期)?(?:的)?(?:年报|报告|年度报告|数据)|(?:各自|各家|分别)(?:的)?最新(?:的)?(?:那年|那一年|一年|那份)|(?:最新|最近)(?:的)?(?:那|这)一?份(?:报告|年报)?(?:的|里)?")
_DISPUTE_RATE = re.compile(r"争议转化率|争议转化比例|(?:申请)?转(?:化)?为(?:复议|诉讼|复议和诉讼|复议诉讼)的比例")
# （含复议后再起诉的） / 包括部分公开在内: what a total counts, not what is asked
_INCLUDED = re.compile(r"[（(]?(?<![不未])(?:含|包括|包含|连同)([^）)，,。]{1,20}?)(?:在内)?(?:的)?[）)]?(?=[，,。？?）)]|$)")
# 2023年和2022年比一比新收: two years of one agency set side by side, read as the change between them
_YEARS_SET_SIDE = re.compile(r"比一比|比比|比较一下|对比一下|相比")
_N_YEARS = re.compile(r"(?<![第\d])(?:近|最近|这|那)?(两|三|四|五|[2-5])个?年(?:度)?(?!前|以前|之前|度?结转|以来|以后|之后|后)")
_CHANGE = re.compile(r"(?<!本年)增减了?(?:多少|几)|多还是少|少还是多|增加还是减少|减少还是增加|升还是降|是升是降|提高了|降低了|提高|降低|有什么变化|有何变化|变化如何|怎么变|(?<!多)(?:多|少)[收办发了]{1,2}(?:多少|几)|降了|升了|涨了|跌了|比去年|比上年|比上一年|比前一年|较去年|较上年|较上一年|较前一年|同比|环比|增长|增加了|减少了|下降|上升|多了|少了|多出来|多出|高出了?|(?<!最)多几|(?<!最)少几|多多少|少多少|增加几|减少几|变化了?多少|(?<!本年)(?<!年度)变化(?:量)?(?:是|有|为)(?:多少|几)|变了(?:多少|几)|增幅|降幅|涨幅|幅度|翻了?(?:几|多少)(?:倍|番)|(?:增长|增加|多)了?(?:几|多少)倍|变化了?百分之|增长率|下降率")
_ASC = re.compile(r"排(?:在)?最后|排末位|最低|最少|最小|第[二三四五六七八九十\d]+(?:少|低|小)|倒数|垫底|升序|(?:从|按|由)?(?:低到高|少到多|小到大)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_CN_YEAR = re.compile(r"((?=[0-9]*[〇○零一二三四五六七八九])[0-9〇○零一二三四五六七八九]{4})年")
# Years people shorten: 23年, 二三年 (only where no digit stands before; 19–39 → 2019–2039).
# 洪泽区政府23、24两年 / 23和24年: two short years in a row
_SHORT_YEAR_PAIR = re.compile(r"(?:(?<=[\u4e00-\u9fff(（,，:：\s])|^)(?<!第)(2[0-9])(?:年)?([、和与及至到\-~]|还是|或者?)(2[0-9])"
                              r"(?=年|[\u4e00-\u9fff]|[?？。，,！!]|$)(?!年代|[件个项条名家份次位万元])")
_SHORT_YEAR = re.compile(r"(?<![\d〇○零一二三四五六七八九十])([123]\d)年(?!代)")
_BARE_CN_YEAR = re.compile(r"((?:二|2)[〇○零0][一二12][0-9〇○零一二三四五六七八九])(?!年|[0-9〇○零一二三四五六七八九十百千万])")
_BARE_SHORT_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])(19|2[0-9])(?=[\u4e00-\u9fff])(?![件个项条名家份次位])")
_CN_SHORT_YEAR = re.compile(r"(?<![\d〇○零一二三四五六七八九十])([一二三][〇○零一二三四五六七八九])年(?!代)")
_TOPN = re.compile(r"(?:前|top\s*|最(?:多|少|高|低|大|小)的|哪)(\d+|[一二三四五六七八九十两]+)(?![年天月]|个?年度)(?=个|家|份|名|位|$|[^\d])"
                   r"|(\d+|[一二三四五六七八九十两]+)(?:个|家)(?:单位|部门|机关)")
_QUOTED = re.compile(r"[“\"「『']([^”\"」』']{1,40})[”\"」』']")
# 除了/不算 + agencies: they leave the scope (said in the answer). Any other "all but X" question is not
# computed (the parts would have to be chosen for the user), and says so.
_EXCLUDED_AGENCIES = re.compile(r"(?:除了|除去|除开|除(?![了去开掉以])(?=[^，。？?]{2,24}?(?:以外|之外|外))|不算|不含|不包括|刨去|刨掉|去掉|扣掉|减掉|排除|撇开|抛开|刨除|剔除|剔掉|拿掉|除掉|去除(?!以)|先不看)([^，。？?]{2,24}?)"
                                r"(?:在外以后|在外之后|在外的|在外|出去以后|出去|以外的|之外的|外的|以外|之外|外|以后|之后|不看|不算|不计)?(?:(?=[，,。？?]|呢|的话|其余|剩下|$)|(?<=外的))")
_EXCLUDED_COLUMN = re.compile(r"(?:除了|除去|除开|不算|不含|不包括|刨去|刨掉|去掉|扣掉|减掉|扣除|刨除|剔除|剔掉|拿掉|除掉|去除(?!以))([\u4e00-\u9fff、和与]{2,16}?)(?:提出的|申请的|的)?"
                              r"(?:以外|之外|外)?(?:的){0,2}(?=还|剩|有|都|加|之后|后|申请|哪|谁|排|占|[，,。？?（(]|呢|$|一共|合计|多少|共|各类|各种|其他|其余)")
_COLUMN_BUT = re.compile(r"(?<!除了)(?<!除)(?<!除去)(?<!除开)(" + "|".join(sorted(
    {w for t in (APPLICANT_COLS, REVIEW_COLS) for c, ws in t.items() if c != "总计" for w in ws} | set(LEGAL_PERSONS),
    key=len, reverse=True)) + r")(以外|之外)(?=的)")
# 再看争议。/ 接着说复议：… — a lead that only names the topic before the question itself
_TOPIC_LEAD = re.compile(r"^(?:好的?[，,]?)?(?:(?:再|先|接着|然后|下面|最后)(?:来)?(?:看|说|聊|问)|看看|看)(?:一下|下|看)?([\u4e00-\u9fff]{0,6})[。：:；;]\s*(?=\S)")
_FILTER_SHAPE = re.compile(r"(?:超过|超出|多于|大于|高于|不少于|不低于|至少|少于|低于|不到|不足|不超过|不多于|小于)(?:\d+|[零一二两三四五六七八九十百]+)"
                           r"(?:件|个|份|项|%)?的(?:那)?(?:几家|几个|几份|单位|报告|年报|那些|家)")
_LEAD_SENTENCE = re.compile(r"^([^。！!；;？?]{2,30})[。！!；;]\s*(?=\S)")
_FORMER_LATTER = re.compile(r"[，,。；;：:\s]*(?:其中)?(前者|后者)(?:的)?")


def _former_or_latter(question: str, catalog: AgencyCatalog) -> str:
    """淮安市政府和洪泽这两家，前者的上年结转是多少: the question about the one of the two named before it."""
    said = _FORMER_LATTER.search(question)
    if not said:
        return question
    before = question[: said.start()]
    named = catalog.mentions(before)
    both = re.search(r"(?:^|[，,。：:])([^，,。：:]{2,30}?)[，,]\s*前者(比|跟|和|较)后者(.*)$", question)
    if both and len({tuple(m.agency_ids) for m in named}) < 2:
        # 未经复议直接起诉和复议后起诉，前者比后者多几件: two rows named, then set one against the other
        rows = re.split(r"和|与|跟|及|、", both.group(1))
        if len(rows) == 2 and all(find_metrics(r) for r in rows):
            return question[: both.start(1)] + f"{rows[0]}{both.group(2)}{rows[1]}{both.group(3)}"
    if len({tuple(m.agency_ids) for m in named}) != 2:
        return question
    pick = named[0] if said.group(1) == "前者" else named[-1]
    years = "".join(re.findall(r"\d{4}年|[二〇一九零]{4}年", before))
    return years + pick.text + question[said.end() :]


# 这样答复的 / 这类情况: what the scene before the question named
_SUCH = re.compile(r"(?:这样|这种|这类|此类|这一类|该类|这些)(?:答复|处理|办理|回复|情况|情形|申请|案件)?(?:的)?")
# 我在写淮安各区县的稿子，先问洪泽区：… — a clause on the user's own work before the question itself
_OWN_WORK = re.compile(r"^(?:你好|您好)?[，,\s]*(?:我|我们)?(?:这边)?(?:在|正在|准备|想|要)?(?:做|写|弄|整理|准备|核)(?:个|一个)?[^，,：:。？?]{0,30}?"
                       r"(?:稿子|报道|文章|选题|材料|调研|稿件|专题|新闻|采访|对比稿|稿|题目|题材|几份年报|几份报告|年报|报告)[^，,：:。？?]{0,6}?[，,：:。\s]+"
                       r"(?:先问(?:一下|下)?|想问(?:一下|下)?|请问|问一下|问下|先看)?[，,：:\s]*(.+)$")
_NOT_COLUMN = re.compile(r"(?<![是除并])非(自然人|个人|企业|商业企业|公民)(?=申请|提|的|类|占|在|[（(，,、。？?]|$)")
_EXCLUDE = re.compile(r"除了|除去|除开|除[^，。]{1,12}(以外|之外|外)|不算|不含|不包括|扣除|刨去|刨掉|去掉|扣掉|减掉|排除|撇开|抛开|刨除|剔除|剔掉|拿掉|除掉|去除(?!以)")
# A place named in the question that no agency name carries (厦门市, 盱眙县).
_PLACE = re.compile(r"(?<![各本全该这那哪每])([\u4e00-\u9fff]{2,3}?)(市|县|区)(?![级直属政府])")
_FORECAST = re.compile(r"预测|预计|预估|估计一下|会有多少|未来几年|明年|后年")
_NTH = re.compile(r"第(\d+|[一二三四五六七八九十两]+)(?:名|位|高|多|大|少|低)|(?:排名|排在|位列|排行|排|位居|居)第(\d+|[一二三四五六七八九十两]+)|"
                  r"倒数第(\d+|[一二三四五六七八九十两]+)")
_DERIVED = re.compile(r"照(?:这么|这样|此)(?:来)?算|(?:这么|这样|如此)算(?:的话|下来|起来|来)?(?=[^，,。？?]{0,12}?(?:应该|应当|该|会|得)(?:是|有)?)|(?:这么|这样)算(?:的话|下来)")
_MIDDLE = re.compile(r"排(?:在)?(?:正)?中间|(?:正)?中间(?:的)?(?:那家|那个|那份|那位)|居中(?:的)?")
_NTH_ASKED = re.compile(r"第(\d+|[一二三四五六七八九十两]+)(?:是|的是|呢|位是|名是)")
# 最多的是哪一种？第二、第三多的又是什么: places listed after the first, asked with it (the first N, in order)
_PLACES_LISTED = re.compile(r"第([二三四五六七八九十])(?:[、和及与]第?([三四五六七八九十]))+(?:名|位|多|高|大|少|低)?(?:的)?(?:又|分别|各)?(?:是)?(?:什么|啥|哪(?:个|些|几个|几种|几类|几条|种|类|条|家))?")
POSITION = re.compile(r"排(?:名|在)?第几|第几名|第几位|名次|排名怎么样|排在哪")
# 2021年版 / 新版格式: the template a report was written on (not a year)
_TEMPLATE = re.compile(r"(?:新|旧|老)(?:版本?|格式|模板|样式|表格)?[(（](2019|2021)年?(?:版|模板)?[)）](?:模板|格式|表格)?|"
                       r"(2019|2021)年?(?:的)?(?:新|旧|老)?(?:版本?|格式|模板|样式|表格)|(新|旧|老)(?:版本?|格式|模板|样式|表格)")
_EVERY_REPORT = re.compile(r"不限年份|不分年份|不管年份|各年份都算|(?:把)?(?:所有|全部|各个?)年份(?:的)?(?:报告|年报)?(?:都)?(?:算上|算进来|算在内|放一起|放在一起)|(?:所有|全部|这些|这批|库里的?|库中的?|收录的|手上的?|你这[里边]的|你那[里边]的|[几九八七六五四三两\d]+份|"
                           r"(?:其他|其余|剩下|剩余|别的)(?:的)?(?:那|这)?(?:几|[九八七六五四三两\d]+)?份?)(?:的)?(?:年报|报告)|"
                           r"(?:每|各|逐)(?:一)?份(?:年报|报告)?(?:都)?(?:单独|分开|各自|分别)|按(?:每)?份(?:年报|报告)(?:算|计|排)|(?:各|每一?)份(?:年报|报告)|哪(?:一|几)?份|这[几九八七六五四三两\d]+份|(?<![前第\d])[九八七六五四三两\d]+份(?=加|合|一共|总共|里|中|的|全|都)|(?:各家|各单位|每家)(?:的)?(?:年报|报告)|"
                           r"(?:两年|各年|每年|逐年|每一年)(?:都)?(?:分开|分别|单独|各自)(?:算|计|排|列)?|各算各的|分年(?:算|列|排)|"
                           r"(?:不管|不论|无论|不分|不限)(?:是)?(?:哪一?年|哪个年份|年份|年度)(?:的)?")
# …排一下，洪泽两年分开算: a closing clause asking each year of an agency as its own item
_YEARS_APART = re.compile(r"[，,；;]\s*[^，,。？?；;]{0,10}?(?:的)?(?:两年|两个年度|各年|每年|历年)(?:都)?(?:分开|分别|单独|各自)(?:算|计|排|列)?(?:的)?[。.]?$")
# 一件都没公开 / 没有一件被起诉 / 全都没纠正: a claim that a count is 0 (the words after it say which count)
_ZERO_CLAIM = re.compile(r"(?:(?:一(?:件|个|份|起|宗|次)(?:也|都)|全都|都|从来|从未)没(?:有)?|(?<=[说称写道])(?:当年|全年|本年|该年|那年|今年)?没(?:有)?(?=收到|接到|受理|发生|被|出现)|没有一(?:件|个|份|起|宗|次)|(?<!有)没有(?=[^，。]{1,10}[吗么][?？。]*$)|(?<!有)没有(?=[^，。()（）]{1,10}[（(]\s*[0零]\s*(?:件|个|起)?[）)]))(?:被)?"
                         r"|(?:为|是)(?:零|0)(?:件|个)?(?![\d.])")
# 一起行政诉讼都没有吗: the quantity before the noun, the negation after it
_ZERO_AROUND = re.compile(r"一(?:件|个|份|起|宗|次)(?=[^，。？?]{1,10}?(?:也|都)没有)|(?:也|都)没有(?=[吗吧呢啊？?。！!]|$)")
# 新收加上年结转: two figures joined by 加 (not 增加, 参加 …)
_PLUS = re.compile(r"(?<![增追参附叠])加(?:上)?(?!强(?!制)|[大快紧班入])|[+＋]")  # (处罚加强制: plus 强制, not 加强)
# 90% / 百分之九十 / 九成: a share
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]|百分之([\d.一二三四五六七八九十点]+)|(?<![\d一二三四五六七八九十几])([一二三四五六七八九十]|\d{1,2})成(?![都也])"
                      r"|(一半|过半|半数)")
# 最后核实一下 / 最后予以公开的: "last" as an aside or "in the end", never a place in a ranking
_IN_THE_END = re.compile(r"(?:最后|最终)(?=核|再|问|确认|看一|一句|一个|予以|部分|被|得到|拿到|都|办结|因为|因|以|按|给|是|判|法院|的?(?:（七）|\(七\)|总计|合计))")
# 平均一个项目多少钱 / 平摊下来每个项目: the amount per item of one row, not a sum divided by reports
_PER_ITEM = re.compile(r"(?:平均|平摊|摊)(?:下来|算下来|起来)?(?:它|其|他们|它们)?(?:每|一)(?:个项目|项(?:项目)?|个(?=(?:要|花|是)?(?:多少钱|几万|多少万)))|(?:每|一)个项目平均(?:下来)?|单个项目(?:平均)?|项目均价")
# 是洪泽的几倍: one figure over another, said as a multiple (not a change: 翻了几倍 / 增长了几倍 below)
_TIMES_OF = re.compile(r"的(?:几|多少)倍")
# 翻了几倍: a change asked as a multiple, answered as the percent it grew by
_TIMES = re.compile(r"翻了?(?:几|多少)(?:倍|番)|(?:增长|增加|多)了?(?:几|多少)倍")
# 将近一半 / 三成左右: a share claimed roughly (held within a tenth of it)
_PERCENT_NEAR = re.compile(r"(?:接近|将近|约|大约|大概|差不多)(?=[\d一二三四五六七八九十]+(?:成|%|％)|一半|半数)|(?<=[成%％半])(?:左右|上下)")
# 一半以上 / 九成以下 / 过半: a share claimed as a bound, the bound said after it
_BOUND_AFTER = re.compile(r"(?<=[%％成半数])(以上|之上|以下|之下)|(?<=过)半")
# 各项加起来 / 分项之和: the parts of a total added up (which may differ from the total printed)
PARTS_SUM = re.compile(r"(?:少算|多算|漏算|漏计|少计)了?|(?:那|这)一?(?:栏|行)(?:的)?[，,]?(?:这|那)?[两二三四五六七八九十\d]项(?:加起来|相加|加总|之和|合计|一共|加在一起|加一块)|(?:一格一格|一项一项|一栏一栏|逐格|逐栏|逐项|逐个)(?:地)?(?:加|相加|加起来|加总|合计)|(?:分项|各项|明细)(?:之和)?(?:和|与|跟|同)(?:印的|表中的?|印出来的|表上的)?(?:总计|合计|总数)|逐(?:项|一|个)(?:加起来|相加|加总|合计|加一下)|按实际(?:加总|相加|加起来|合计|之和)|实际(?:加起来|相加|加总)|(?:各|[两二三四五六七八九十\d]项(?=结果))(?:(?:项|分项|部分|列|栏)(?:结果|办理结果|数字)?|结果|种结果)[^，。？?]{0,4}?(?:加起来|相加|之和|加总|总和|合计|加在一起|加一起|加一块|加一下|一共)|"
                        r"(?:[二三四五六七八九十两\d]个)?(?:分项|明细)(?:相加|加总|之和|加起来|合起来|合计|汇总|加一下)|明细(?:合计|一共)|(?:按照?|照|依)分项加(?!总?(?:算|计算|来算))|(?:按照?|照|依)分项(?:加总|相加|之和)?(?:算|计算|来算)(?![^，。]{0,8}(?:率|比例|占))|(?:加起来|相加|加总)[^，。]{0,4}各项|[这那各]几(?:栏|项|个|格|行|个分项)(?:的)?(?:数)?(?:加起来|相加|加总|之和|加在一起|合计)")
_BASE_YEAR = re.compile(r"比(?=\d{4}年)|[（(]?以(?=\d{4}年(?:为|作为|做|当)(?:基数|基期|基准|分母))|"
                        r"(?<=\d{4}年)(?:为|作为|做|当)(?:基数|基期|基准|分母)[）)]?")  # 比2023年多了多少 / 以2023年为基数
_CLAIM_WORDS = re.compile(r"(?:超过|突破了?|多于|高于|大于|不止|不到|少于|低于|小于|不足)(?=[^，。\d]{0,4}(?:\d|[一二三四五六七八九十]成|百分之))")
_CARRIED_FROM = re.compile(r"从(\d{4})年(?:带|转|结转|遗留|留)(?:过来|过去|下来|来)")
DENIED = re.compile(r"(?<![要问说])(?:不是|不要|不问)(?:问)?([^，,。；;\s—\-]{2,14}?)(?:的)?(?=[，,。；;\s—\-]|$)")
_GREW = re.compile(r"(?:涨|增加|减少|增长|下降|上升|多|少|降)了(?:多少|几)|变化了?多少|(?<![相])比\d{4}年")
_DIFFERENCE = re.compile(r"(?<![增/／加缩核免])减(?![少免轻缓半])(?=[^，。？?]{0,10}(?:是|等于|得|剩|还有)?(?:多少|几))|少算了?(?:多少|几)|多算了?(?:多少|几)|漏算了?(?:多少|几)|净增|多了几|高多少|低多少|高出多少|低了多少|高了多少|多出多少|净减|多多少|少多少|差多少|差了多少|差了几|相差|差距|差几|减去|差额|(?<!最)多几|(?<!最)少几|(?<!最)(?:高|低)(?:出|了)?几|多了多少|少了多少|多出|少了几|"
                         r"(?<=[^多少])(?:多|少)(?:作出|做出|办理|办|收|发|处理|处罚|受理|制发|花|用|支出|花费|采购|提|提交|申请|告|起诉)了?(?:多少|几)")
# 哪一年最多 / 哪年更高: a ranking of one agency's years
_WHICH_YEAR = re.compile(r"哪(?:一|个)?年(?:度)?(?:的)?[^，。？?]{0,24}?(最|更|比较|较)?(多|少|高|低|大|小)")
_PROVINCES = re.compile(r"(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(省|市|自治区|特别行政区)?")
# What the tables do not count at all (channels, durations, time limits, fee schedules): such
# questions go to the prose, whatever table words they also use.
# X也算上，一共多少: X added to something not said (都算上 / 全算上 add up what is named: a sum, read)
_ADDED_TO_NOTHING = re.compile(r"(?<![都全部总])(?:也|一起|一并)?(算上|加上|算进来|算进去|加进来|加进去|算在内|放进来|放进去|带上)"
                               r"(?=[的]?(?:话)?[，,]?(?:一共|总共|合计|总数|共|是多少|多少|几件|呢|[?？。]|$))")
_NOT_IN_TABLES = re.compile(r"姓名|名字|电话|手机号?|联系方式|身份证|住址|网上(?!说|称|有人|传|消息|有文章|有报道|看到|有帖子|一篇|有篇|的报道|的文章|报道|文章)|在线|上半年|下半年|季度|每个?月(?!底)|哪(?:个|一个|几个|些)?月(?:份)?|几月份|月度|按月|逐月|(?<=年)(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月份?(?![\d一二三四五六七八九十]+[日号]|底|末)|网络申请|信函|邮寄|当面|现场申请|传真|电子邮件|平均|天数|工作日|时限|期限(?![^，,。？?]{0,4}(?:补正|缴费|缴纳|交费))|标准是|收费标准|驳回|满意|时长|多久|几天|"
                           r"赔(?:付|款|钱|了|多少)|罚款金额|罚没|人口|人均|户籍|GDP|财政收入|包不包括|包括不包括|包不包含|包含不包含|含不含|是否包括|是否包含|算不算在|算不算进|"
                           r"谁(?:告|起诉|申请|提出|提起|申请的)|告的?(?:什么|啥)|(?:什么|啥|哪些)内容|什么事|什么案子|为了什么")
# 那件申请的是什么信息: what was asked for, which no table holds (a count is asked with 多少/几)
_CONTENT_ASKED = re.compile(r"(?:是|为)?什么(?:样的)?(?:信息|内容|事情?)|哪些(?:信息|内容)|啥(?:信息|内容)|申请(?:的)?(?:是)?什么")
# Nouns of things the statistical tables do not count: such questions go to the prose.
_NARRATIVE = re.compile(r"信件|来信(?!说|称|反映|质疑|指出)|留言(?!说|称|反映|质疑|指出)|热线|12345|(?:微博|微信|公众号|网站)(?!(?:上|里)?(?:的)?(?:文章|帖子|消息|推文)|(?:上|里)?(?:称|说|报道|写|发文|提到))|发布会|建议|提案|培训|会议|解读|新媒体|粉丝|阅读量|浏览|点击|(?<!我们)(?<!我的)(?<!我们的)(?<!本)栏目|专栏|信息处理费|处理费")

# 我们洪泽…，市里多少: the other level's government of the place named
_LEVEL_SAID = re.compile(r"(市|区|县|镇|乡)(?:里|级)(?:的)?(?:那个|那家|那份)?")
_LEVEL_ASKED = re.compile(r"(市|区|县)(?:里|级|政府那边|那边)(?:的)?(?=是|有|呢|多少|几)")
# 这三家 / 三份报告里 (not 前三家, a top N): how many the question says it means
_STATED_COUNT = re.compile(r"(?:这|那|以上|上面|上述)([两二三四五六七八九十]|\d{1,2})(?:家|个单位|个部门|份|个数字?|个金额|个比例)"
                           r"|(?<![前第\d的哪])([两二三四五六七八九十]|\d{1,2})(?:份报告|份年报|家单位|个单位|个政府|家政府|级政府|家(?!(?:里|中|之中|当中)(?!谁|哪|的|最)))"
                           # (平潭和洪泽这两年三个数加起来: three figures added, however they are named)
                           r"|(?<![前第\d的哪])([两二三四五六七八九十]|\d{1,2})(?:个(?:数字?|金额)(?=加|相加|一共|合计|总共|之和|的和)|份(?=里|中|之中|当中))")
PARTS_OF = {p: sum(1 for m in METRICS if m.parent == p) for p in ("不予公开", "无法提供", "不予处理", "其他处理")}
_OUTCOMES = ("予以公开", "部分公开", "实质公开", "不予公开", "无法提供", "不予处理", "其他处理")
# Why a case went as it did: only the grounds of refusal (不予公开, 无法提供, 不予处理) are counted by reason
_WHY = re.compile(r"(?:什么|啥|哪些)(?:原因|理由)|原因是|理由是|为什么|为何|怎么回事")
_GROUNDS = ("不予公开", "无法提供", "不予处理", "其他处理")

# Every pattern the reader acts on: the words they match are read (checked by bot.coverage).
# 剩下那个其他结果: the one left of those asked, named right after (never 剩下那个呢, naming nothing)
_THE_ONE_LEFT_NAMED = re.compile(r"(?:剩下|剩余|余下)(?:的)?(?:那|这)?(?:一)?(?:个|项|栏|列)(?=(?:是|就是)?(?:其他|结果|维持|纠正|尚未|予以|部分|不予|无法|"
                                 r"本机关|行政|商业|科研|社会|法律|自然人|上年|结转|新收))")
# 真有几百万吗 / 有几千件吧: a claim of a few of a unit (几 before a unit is no question of how many)
_FEW_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000, "千万": 10_000_000, "亿": 100_000_000}
_CLAIM_FEW = re.compile(r"(?<![第前])几(百万|千万|十万|十|百|千|万|亿)(?:件|个|项|元|块)?")
_CLAIM_FEW_SAID = re.compile(r"(?:真的?)?(?:有|达到?|上)?" + _CLAIM_FEW.pattern)
_READ_PATTERNS = [_HELP, _CLAIM_FEW_SAID, _THE_ONE_LEFT_NAMED, _CHECKS, _MISSING, _LIST_YEARS, _LIST_AGENCIES, _SEARCH_VERB, _SEARCH, _RANK, _TOTAL, _COMPARE,
                  _RATIO, _WHICH_PART, _WHICH_COLUMN, *(re.compile(p) for p, _ in _LEVELS), _SECTOR, _MULTI_YEAR, _TREND, _CHANGE, _ASC, _INCLUDED, _EACH_NEWEST, _DISPUTE_RATE,
                  _TOPN, _PER_ITEM, _MIDDLE, _QUOTED, _FORECAST, _NTH, _NTH_ASKED, _PLACES_LISTED, _CLAIM_WORDS, _LEVEL_ASKED, _STATED_COUNT, _BASE_YEAR, _PERCENT, _BOUND_AFTER, _TIMES, _PERCENT_NEAR, _IN_THE_END, PARTS_SUM, _ZERO_CLAIM, _ZERO_AROUND, POSITION, _WHICH_YEAR, _DIFFERENCE, _EVERY_REPORT, _TEMPLATE, _PROVINCES]
# _NOT_IN_TABLES and _NARRATIVE are not among them: their words send a question to the prose, and where a
# figure is answered anyway they are words the figure does not account for.


@dataclass
class Query:
    text: str  # the normalised question
    intent: str  # help lookup compare rank total trend change list_agencies list_years missing checks search narrative
    mentions: list[Mention] = field(default_factory=list)
    unknown_agency: str | None = None
    unknown_place: str | None = None
    sector: str = ""  # 自然资源部门, 发改系统: agencies whose names carry this word
    years: list[int] = field(default_factory=list)
    year_range: tuple[int, int] | None = None
    relative: str | None = None  # how relative time words were read (“去年”指2025年…), said in the answer
    time_spans: list[tuple[int, int]] = field(default_factory=list)
    column_text: str = ""  # the question with its time words blanked: 2024年的上一年 names no 上一年 column
    metrics: list[Metric] = field(default_factory=list)
    top_n: int | None = None
    ascending: bool = False
    search_text: str = ""
    typo_also: list[str] = field(default_factory=list)  # 部予公开: the other rows the slip could be (不予公开 / 部分公开)
    typo_row: tuple[int, int, str, str] | None = None  # 依申清: a row's word with one character wrong (start, end, the word, as written)
    # 平潭2022年制发了几件: no row named, the rows its column words belong to, each with the question written out
    row_readings: list[tuple[str, str]] = field(default_factory=list)
    assumed: list[str] = field(default_factory=list)  # how the question was read (said in the answer)
    ratio: bool = False  # 占比/比例/纠正率: a share of two figures
    add_up: bool = False  # 加起来/一共: the figures are to be summed
    which_part: bool = False  # 哪一类最多: rank a group's parts
    outcomes_asked: bool = False  # 处理结果 / 答复方式 named: 哪种最多 ranks the outcome rows
    which_column: str = ""  # 哪类申请人最多 (applicant) / 复议哪种结果最多 (result): rank the row's columns
    mixed_sum: bool = False  # 新收加上年结转再减去办结: terms added and taken away
    signs: list[int] = field(default_factory=list)  # of a mixed sum: +1 / -1 for each metric, in their order, 0 for
    # the side it is held against (…应该等于结转下年度吧); empty: unsure
    printed_asked: bool = False  # 表里印的是多少: the figure as printed, even where its parts say otherwise
    printed_then_parts: bool = False  # 总数印的是多少？跟分项加起来对得上吗: the printed figure, checked against its parts
    outcome_groups: bool = False  # 按（一）到（六）这几个大类: the six outcome groups of 表三, not their finest rows
    as_printed: bool = False  # 按报表上印的数加起来: a sum of the printed totals, not of their parts
    balance: bool = False  # 新收加上年结转，和办结加结转下年，相等吗: 表三's own equation, both sides
    # 淮安市政府、洪泽区2023和2024、平潭这四份报告: years written after one agency are that agency's; the
    # others named without a year count every report of theirs (only where the question counts reports)
    years_of: dict[int, list[int]] = field(default_factory=dict)
    every_year_of: list[int] = field(default_factory=list)  # 淮安市、洪泽两年、平潭: agencies taken in every report held
    nth: int | None = None  # 第2名
    middle: bool = False  # 排中间的是谁: the middle place of an odd number ranked
    province: str = ""  # a province no agency name carries and none held is known to be in
    place_said: str = ""  # a province or city no agency name carries (浙江, 秦皇岛), whose agencies are known
    place_ids: list[int] = field(default_factory=list)  # …the agencies held there, by China's administrative divisions
    place_span: tuple[int, int] | None = None  # where that place is written
    position_of: list[int] = field(default_factory=list)  # 平潭排第几: the agency whose place is asked
    average: bool = False  # 平均每家 / 平均每年: the sum asked, divided by the number of reports added
    ends_gap: str = ""  # 最多的比最少的多几件: the gap between the two ends of a ranking ("top" said first, or "bottom")
    exclude_ids: list[int] = field(default_factory=list)  # 除了X: agencies left out of a ranking or total
    exclude_span: tuple[int, int] | None = None
    blank_as_none: bool = False  # 没填的按没有算: blank cells left out of a sum (and named), the sum not refused
    each_agency: bool = False  # 2020年各单位…分别多少: every agency held, side by side (in the year said, or the newest)
    units_asked: bool = False  # 嘉兴各单位 / 嘉兴的几家: the agencies held in a place, not the place itself
    value_filter: ValueFilter | None = None  # 新收超过30件的几家里 / 零件的不算: the reports a ranking or total keeps
    template: str = ""  # 2019 / 2021: only reports on that template (2021年版, 新格式)
    every_report: bool = False  # 所有年报里 / 九份报告里: every report of every year, not one per agency
    each_newest: bool = False  # 各自最新一份报告里: each agency's newest report, whatever its year
    wants_top: bool = False  # 最多/哪家/谁最: the first place only
    extreme_value: bool = False  # 最多的一项是多少 / 最少几件: the value of an extreme asked (never a plain sum)
    over_number: str = ""  # 占118的比例: a number said as the whole of a share (no cell is it; checked against the answer)
    done_rate: bool = False  # 办结率
    per_item: bool = False  # 平均一个项目多少钱: a row's amount over its count of items (政府集中采购)
    dispute_rate: bool = False  # 争议转化率: (行政复议 + 行政诉讼) ÷ 本年新收
    exclude_column: str = ""  # 去掉自然人: the column left out of the row's total
    by_parts: bool = False  # 按分项算: a share over what the whole's own parts add up to, not its printed total
    exclude_row: str = ""  # 不予公开去掉行政查询事项: the part (a metric key) left out of its row's total
    exclude_more: list[str] = field(default_factory=list)  # 除去予以公开和部分公开: the other parts left out with it
    years_denied: list[int] = field(default_factory=list)  # （不是2023年那份）: a year said not to be the one asked
    change_asked: bool = False  # 两年比…少了多少: a change between the years read as the agency's newest two
    times: bool = False  # 是…的几倍: a ratio_of said as a multiple (3119 ÷ 95 = 32.8倍), not in percent
    ratio_of: bool = False  # 诉讼总数是复议总数的百分之多少: one figure over another, not a part of a whole (may pass 100%)
    # 洪泽的新收相当于淮安市的百分之几 / 秀洲分局占三家合计的几成: (part agencies, whole agencies) of one figure
    share_of: tuple[list[int], list[int]] | None = None
    share_of_years: tuple[int, int] | None = None  # 2024年是2023年的几倍: (part year, whole year) of one agency's figure
    # 秀洲和发改委加起来比安康多多少: (agencies added on one side, agencies on the other) of one figure
    gap_of: tuple[list[int], list[int]] | None = None
    separately: bool = False  # 其中/分别/各是: figures one by one, never summed
    share_order: str = ""  # "占": Y占X (the part comes first); "中": X中Y (the part comes after)
    row_words: set[str] = field(default_factory=set)  # keys of every row whose words stand in the question
    whole_rows: set[str] = field(default_factory=set)  # rows named after 占/在: what a share is taken over
    part_rows: set[str] = field(default_factory=set)  # 强制占许可、处罚、强制合计: the rows named before 占 (one of them in the whole too)
    within: bool = False  # 里/中/其中: one figure asked inside another
    carry_word: bool = False  # 结转 without saying which
    last_year_carry: str = ""  # 去年结转 with no year said: 上年结转, or what 去年 (today's year before) carried on? asked
    growth: bool = False  # 增长率 / 增幅: a rate of change (not a share)
    percent_change: bool = False  # 增幅 / 增长了百分之多少: a change as a percent
    difference: bool = False  # A比B多多少: the difference of two figures
    parts_sum: bool = False  # 各项加起来: the parts of a total added up, not the total printed
    base_year: int | None = None  # 比2023年多几件: the year a change is taken against
    asks_check: bool = False  # 这表是不是错了 / 对得上吗, asked of one figure
    pooled: bool = False  # 几家合起来的办结率: one rate of parts and wholes each added over the reports first
    outcome_rate: bool = False  # 予以公开率 named: over the outcomes in all, in the column asked
    over_decided: bool = False  # 纠错率按纠正 ÷ 已审结: the definition over decided cases is the one asked
    column_first: bool = False  # 商业企业提出的申请，予以公开的…: the applicants are named before the row
    stated_count: int | None = None  # 这三家 / 三份报告: how many agencies or reports the question says it means
    several_added: int = 0  # 刚才那三项加起来: how many figures said before are to be added (never one of them alone)
    by_year: bool = False  # 哪一年最多: one agency's years ranked
    claim_bound: str = ""  # 超过3000件 (">") / 不到100件 ("<"): the claim is a bound, not a figure
    claimed: float | None = None  # 某报称28件，对吗: the number a claim gives, to hold against the table
    against_number: float | None = None  # 比3500少多少: a number said, the figure is held against
    claim_percent: bool = False  # 超过九成: the claim is a share, in percent
    claim_said: str = ""  # 接近400万件: an amount claimed in words, as it was said
    claim_upper: float | None = None  # 三千多件: the claim is from `claimed` up to this (4000)
    claims: list[int] = field(default_factory=list)  # 收到3119件，结转103件，对吗: one number per row named, in order
    claims_unchecked: list[int] = field(default_factory=list)  # numbers claimed that no row could be paired with
    level: str = ""  # 乡 县 市 省: "各镇", "区县政府", "市级单位" limit the agencies to that level
    unread: list[str] = field(default_factory=list)  # words no slot read (直接, 赔偿 …): no confident figure
    range_unread: str = ""  # 从A到B over rows of different groups: a range not read, never two rows added
    # How the question is worded where resolving and answering depend on it, read once by _wording() (with
    # the per-mention facts on Mention): after understand(), the text is only rewritten by the methods below.
    unknown_agency_at: int = -1  # where unknown_agency first stands in the question (-1: nowhere)
    unknown_agency_apart: bool = False  # 平潭和厦门市人民政府: it opens the question or follows 和/与/、/比, a name of its own
    government_said: bool = False  # 政府 / 市府 written: with no place named, the governments we hold are offered
    government_level: tuple[str, str] | None = None  # (市, 市府): the level a government word names, and the word
    government_word: tuple[int, int] | None = None  # where 人民政府/政府 first stands (an option puts a name there)
    leftover_words: str = ""  # the question less its figure, column, year and asking words: where a misspelt name is sought
    known_from: int = 0  # where the first year or row word stands: the words before it are the agency as written
    column_said: str = ""  # one column named outright (a share's whole in 总计): read instead of the question's words
    shapes: frozenset[str] = frozenset()  # what the words ask for (a share, a ranking, a sum of two …): bot/asked_shape.py

    def rewritten(self, start: int, end: int, words: str) -> str:
        """The question with what stands from `start` to `end` replaced by `words` (an ask-back's option)."""
        return self.text[:start] + words + self.text[end:]

    def replacing(self, written: str, words: str) -> str:
        """The question with the first `written` replaced by `words` (unchanged when it is not written)."""
        return self.text.replace(written, words, 1)

    def name_as_written(self) -> str | None:
        """A misspelt name as it stands in the question (北载河自然资源局): the words no slot read, with the
        name mentions they touch, so that an option puts the right name in their place."""
        for word in re.findall(r"[\u4e00-\u9fff]{2,}", self.leftover_words):
            start = self.text.find(word)
            if start < 0:
                continue
            end = start + len(word)
            for m in sorted(self.mentions, key=lambda m: m.start):
                if m.start <= end <= m.end or m.start == end:
                    end = max(end, m.end)
                if m.end == start:
                    start = m.start
            return self.text[start:end]
        return None

    def says(self, written: str) -> bool:
        """Whether `written` stands in the question (an option can put a name in its place)."""
        return written in self.text

    def without(self, words: list[str]) -> str:
        """The question with each of `words` taken out once (the reading that leaves them aside)."""
        out = self.text
        for word in words:
            # (文件 not read in 有清单吗 is no part of 行政规范性文件 carried over: a word inside a row's name stays)
            taken = [(s, e) for s, e in metric_spans(out, generic=True)] + [(m.start, m.end) for m in self.mentions if out == self.text]
            at = next((i for i in (m.start() for m in re.finditer(re.escape(word), out))
                       if not any(s < i + len(word) and i < e for s, e in taken)), None)
            if at is None and word in out and not any(s <= out.find(word) < e for s, e in metric_spans(out, generic=True)):
                at = out.find(word)
            if at is not None:
                out = out[:at] + out[at + len(word) :]
        return out

    def with_agencies(self, named: list[str]) -> str:
        """The question about `named` (each written with its year), its own agencies and years taken out."""
        out = self.text
        for s, e in sorted([(m.start, m.end) for m in self.mentions] + list(self.time_spans), reverse=True):
            out = out[:s] + out[e:]
        return "和".join(named) + re.sub(r"^[和与及、跟同,，的\s]+", "", out)

    def picking(self, option: str) -> str:
        """The question with an ask-back's pick after it in brackets (…（自然人）), as the column reader takes it."""
        return f"{self.text}（{option}）"

    @property
    def searched_text(self) -> str:
        """What a search of the reports' prose looks for: the search words, else the whole question."""
        return self.search_text or self.text

    def columns_named(self, metric: Metric, template: str, than_last_year: bool = True) -> tuple[str, ...] | None:
        """The columns the question names for `metric` on `template` (several: a sum), or None; raises
        AmbiguousColumn. Without `than_last_year`, 比上一年/比去年 are not read (they ask a change, not a column)."""
        said = self.column_said or self.column_text or self.text
        if not self.column_said:
            # 律所的予以公开率，按办理结果总计算: 总计 there names the row taken as the whole, not a column
            said = re.sub(r"办理结果(?:的)?总计|办结(?:的)?(?:总计|总数)|[（(]七[）)]总计", lambda m: "　" * len(m.group(0)), said)
        return find_column(said if than_last_year else _THAN_LAST_YEAR.sub("", said), metric, template)

    def other_rows_columns(self, metric: Metric) -> list[str]:
        """Columns of other 表二 rows named for this 表二 row (行政许可本年新制作): it has no such column."""
        return other_active_columns(self.column_said or self.column_text or self.text, metric)

    def other_tables_columns(self, metric: Metric) -> list[str]:
        """Column words of another table than the metric's (自然人 with 行政复议): no figure of it answers them."""
        return foreign_columns(self.column_said or self.column_text or self.text, metric)


_NOT_THE_KIND = re.compile(r"(?<![是要])(?:不是|并非|并不是)(?=(?:由)?[“\"']?(?:" + "|".join(sorted(
    {w for t in (APPLICANT_COLS, REVIEW_COLS) for c, ws in t.items() if c != "总计" for w in ws if len(w) >= 2} | set(LEGAL_PERSONS),
    key=len, reverse=True)) + r")[”\"']?(?:提|申请|的|递|交))")  # (诉讼里不是“维持”的: every outcome but that one)


def _denied_for(m: re.Match, q: str) -> str:
    """（不是X，是Y）: Y said in place of X; left out when the question before already says it (本年增减…（…，是项目数量的增减））."""
    said = m.group(2)
    words = [said[a:b] for a, b in metric_spans(said, generic=True) + column_spans(said, active=True)]
    return "" if any(w in q[: m.start()] for w in words) else said


def _row_apart(said: str, rest: str) -> bool:
    """部分公开 beside 予以公开: rows named, none of them the row asked or a part of it (so leaving them out changes nothing)."""
    rows, asked = find_metrics(said), find_metrics(rest)
    keys = {m.key for m in asked}
    return bool(rows) and bool(asked) and not column_spans(said) and not any(
        m.key in keys or m.parent in keys or any(a.parent == m.key for a in asked) for m in rows)


def _said_apart(said: str, asked: str) -> bool:
    """A row, or a column of the row asked, other than what the question asked (上年结转 beside 新收, 上一年项目数量
    beside 处理决定数量)."""
    if _row_apart(said, asked):
        return True
    cols = [said[a:b] for a, b in column_spans(said, active=True)]
    return bool(cols) and not find_metrics(said) and bool(find_metrics(asked)) and not any(c in asked for c in cols) and bool(
        column_spans(asked, active=True))


def _two_columns_told_apart(one: str, other: str, before: str) -> bool:
    """法律服务机构 不算 自然人: two different applicant columns, the second asked about before."""
    kinds = {w: ws for w, ws in APPLICANT_COLS.items() if w != "总计"}
    cols = [{w for w, ws in kinds.items() if any(x in text for x in ws)} for text in (one, other)]
    asked = {w for w, ws in kinds.items() if any(x in before for x in ws)}
    return bool(cols[0] and cols[1] and not cols[0] & cols[1] and cols[1] <= asked)


@lru_cache(maxsize=4096)  # (understand() and the in-context steps normalise the same text several times)
def normalise_question(question: str) -> str:
    q = norm(clean_question(question)).strip().lower()
    q = q.replace("覆议", "复议")  # 覆議: the traditional-script variant some converters keep
    q = re.sub(r"哪(?:个|一个|一家)(?=(?:人民)?政府)", "哪家", q)  # 哪个政府…更多: which of the governments, ranked
    q = re.sub(r"直接(?=(?:告诉|说|给|报|回答|写|回复|列|讲|发))", "", q)  # 直接告诉我表上印的总计: how to answer, never 直接起诉
    q = re.sub(r"(?<=[几多少])回(?![复应答])", "次", q)  # 被人告了几回: how many times
    q = say_plainly(q)  # everyday wording (几场官司, 这么加一下, …总有吧): one table, bot/phrasing.py
    # 正数第一 / 排头名 / 头一名: the first place, said as people say it
    q = re.sub(r"正数(?=第)", "", q)
    # 老二比老三多多少: places said as people say them, on both sides of 比/和
    q = re.sub(r"(?:^(?:那)?|(?<=[比和跟与同]))老([二三四五六七八])(?=比|和|跟|与|同|多|少|差|加|的|[，,]|$)", r"第\1名", q)
    q = re.sub(r"^(?:那)?老([大二三四五])(?=呢|的|[，,]|它|那家|是|$)", lambda m: "第" + {"大": "一"}.get(m.group(1), m.group(1)) + "名", q)  # 老三呢: the third place
    q = re.sub(r"^(?:那)?(?:再)?(?:改一下|改改|换一下)?[，,]?(?:把)?年份(?:是|改成|换成|改为|为|换为)(?=\d{4}年)", "换成", q)  # 再改一下，年份是2023年
    q = re.sub(r"(?<![一])又(?=是多少|是几|有多少|有几|多少|是什么)", "", q)  # 加一块又是多少: 又 adds nothing to what is asked
    q = re.sub(r"唯一(?:的)?(?=那份|一份|那一份|的那份)", "", q)  # 用它唯一那份2022年的: its one report
    q = re.sub(r"^(?:那)?(?:相)?差[呢?？。]*$", "差多少", q)  # 差: the gap of the two just given
    q = re.sub(r"(?<=占)([^，,。？?占]{1,12}?)的比(?=[呢吗?？。]*$)", r"\1的比例", q)  # 占新收的比: the share
    q = re.sub(r"(?:放到|放在|搁到|换到)(?=(?:\d{2}|两千|二千|二〇|二零|二○)[^，,。？?]{0,6}?年)", "", q)  # 放到2020年那批报告里比呢: in that year's
    q = re.sub(r"^(?:那)?俩(?=合|加|一共|之和|相加|占)", "这俩", q)
    if re.search(r"对得上|对上|对不上|一致|相符|吻合", q):
        # 对得上吗？维持、纠正那几项加起来是多少: a check of the total, the columns named as examples of its parts
        q = re.sub(r"((?:[\u4e00-\u9fff]{2,6}[、和及]){1,4}[\u4e00-\u9fff]{2,6})(?:等|那|这)(?:几|[两三四五六七八])(?:项|栏|个)(?=(?:的)?(?:加起来|相加|之和|合计|加总|一共|加一起|加在一起))",
                   lambda m: "各项" if all(column_spans(w) for w in re.split(r"[、和及]", m.group(1))) else m.group(0), q)
    q = re.sub(r"按(?:金额|数字|数量|件数)?(?:的)?大小(?=(?:来)?排|顺序)", "从大到小", q)  # 也按大小排一下: largest first
    q = re.sub(r"^(?:那)?头尾(?:两家|两个|两名)?(?=(?:相)?差|之差|比)", "第一名和最后一名", q)  # 头尾差多少: the two ends of the ranking
    q = re.sub(r"占(?:了)?几个点(?!差)", "占百分之几", q)  # 其中洪泽的占几个点: its share, in percent
    q = re.sub(r"(?<=[谁哪])(?:家|个|一家)?花(?:得|的)(?:钱)?(?=(?:更|比较)?(?:多|少)(?![少钱]))", lambda m: m.group(0)[: -len(m.group(0).lstrip("家个一"))] + "金额", q)  # 跟秀洲分局比谁花得多: the amount spent
    # 纠正的有几件，不算还没审结的: an outcome named is no pending case, so leaving those out changes nothing (a rate
    # over the cases decided keeps it)
    q = re.sub(r"[，,]\s*(?:不算|不含|不包括|去掉|除去|扣除)(?:还没审结|尚未审结|未审结|没审结)(?:的)?(?:那些|那几件)?(?=[，,。？?]|$)",
               lambda m: "" if re.search(r"维持|纠正|纠错|其他结果", q[: m.start()]) and not re.search(r"率|比例|占|比重", q) else m.group(0), q)
    # 其他结果加上尚未审结合计: two columns added, said with 加上 (read as 和)
    q = re.sub(r"([\u4e00-\u9fff]{2,6})加上([\u4e00-\u9fff]{2,6}?)(?=(?:的)?(?:合计|一共|总共|之和|加起来))",
               lambda m: f"{m.group(1)}和{m.group(2)}" if column_spans(m.group(1)[-4:]) and column_spans(m.group(2))
               and not find_metrics(m.group(2)) else m.group(0), q)
    # 总计印的是多少 → 它前面几项加起来是多少: the parts (the columns printed before the total)
    q = re.sub(r"(?:前面|前边|左边)(?:的)?(?:那)?(?:几项|几栏|几个数|几列|各项|各栏)(?=(?:的)?(?:加起来|相加|之和|合计|加总|一共))", "各项", q)  # 俩合起来占办结的多少: the two just given
    q = re.sub(r"(?<=[这那])俩(?=比例|比率|占比|百分比|谁)", "两个", q)  # 这俩比例谁高 / 这俩谁高: the two just given
    q = re.sub(r"(?:最后|最近|刚刚)(?:的)?(?:这|那)?(?=[两二俩]个(?:数|数字|比例)|俩数)", "这", q)
    q = re.sub(r"^(?:那)?这个(?=比[^例率重较]|跟|和(?!占|相当于|除以|在)|与)", "这个数", q)  # 这个比平潭多多少: the figure just given, against another  # 把最后这两个数加一下: the two just given
    q = re.sub(r"(?<=刚才|前面|上面)(?:出现|提到|说到|列出|给出|算出来|算出|算到|得出|得到)(?:过)?的", "", q)  # 刚才出现的三个收费数: the ones given
    q = re.sub(r"(?<=第[一二三四五六七八九十\d])(?:名)?又(?=是|呢)", "", q)  # 第二又是哪家: the next place asked, 又 adds nothing
    q = re.sub(r"排(?:在)?头(?:一)?名|(?<![排])头(?:一)?名", lambda m: "排第一" if m.group(0).startswith("排") else "第一名", q)
    q = say_plainly(q, TALK_WORDING)  # how a talk points at its figures (两者之和, 比比, 吊车尾 …): bot/phrasing.py
    # 行政许可本年增减是多少（不是处理决定数）: a row or column denied in brackets is no part of the question
    q = re.sub(r"[（(]\s*(?:而)?(?:不是|不要|不用|不需要)(?:问)?([^（）()，,。]{2,14}?)(?:的)?[）)]",
               lambda m: "" if find_metrics(m.group(1)) or column_spans(m.group(1), active=True) else m.group(0), q)
    # 本年废止的（不是制发的，也不是现行有效的）: several rows or columns denied in one bracket, none of them asked
    q = re.sub(r"[（(]\s*(?:而)?不是[^（）()]{2,40}?[）)]",
               lambda m: "" if all(find_metrics(w) or column_spans(w, active=True) for w in
                                   re.split(r"[，,、；;]\s*(?:而)?(?:也|又|更)?不是", re.sub(r"^[（(]\s*(?:而)?不是|(?:的)?[）)]$", "", m.group(0))))
               and re.search(r"[，,、；;]\s*(?:也|又)?不是", m.group(0)) else m.group(0), q)
    # （不是处理决定数量，是项目数量的增减）: the row or column denied gives way to the one said after it
    q = re.sub(r"[（(]\s*(?:而)?(?:不是|不要|并非)(?:问)?([^（）()，,。]{2,14}?)[，,；;]\s*(?:而)?(?:是|要|问)(?:问)?([^（）()]{2,16}?)[）)]",
               lambda m: _denied_for(m, q) if find_metrics(m.group(1)) or column_spans(m.group(1), active=True) else m.group(0), q)
    # 我想知道的是废止了多少件而不是新制发的数量: 而不是 with no comma before it denies the same way
    q = re.sub(r"(?<=[^\W\d_])而(?:不是|并非)(?:问)?([^，,。；;？?]{2,14}?)(?=[，,。；;？?]|$)",
               lambda m: "" if find_metrics(m.group(1).strip("“”\"「」")) or column_spans(m.group(1), active=True) else m.group(0), q)
    # …不予公开，不是“无法提供”: a row denied in a clause of its own is no part of the question (never a whole of a share)
    q = re.sub(r"[，,；;]\s*(?:而)?不是(?:问)?([^，,。；;？?]{2,14}?)(?:的)?(?=[，,。；;？?]|$)",
               lambda m: "" if (find_metrics(m.group(1).strip("“”\"「」")) or column_spans(m.group(1), active=True))
               and not re.search(r"多少|几|的有|提的|提交的|申请的", m.group(1)) else m.group(0), q)
    # …自然人申请占多大比例？法律服务机构那几件不算自然人: one column said not to be another is what the table
    # already keeps apart (never a column left out of the share)
    q = re.sub(r"[，,。；;？?]\s*([^，,。；;？?]{2,10}?)(?:那几件|这几件|那些|这些|的)?(?:也)?(?:不算|不属于|不是|不归)(?:作|为|是|在)?([^，,。；;？?]{2,8}?)(?:里|之列|那一类|那一栏)?(?:的)?[。！!]?$",
               lambda m: "" if _two_columns_told_apart(m.group(1), m.group(2), q[: m.start()]) else m.group(0), q)
    # …占办理结果总计多少？这里只算不予公开: a clause that only says again the row asked before adds nothing
    # (…一共收到多少申请？我说的是本年新收的: the same)
    q = re.sub(r"(?<=[？?。])\s*(?:(?:这里|这儿|这个|我)?(?:只|就|仅)(?:算|看|要|问|指)|(?:我)?(?:说|指|问)的(?:就)?是)([^，,。；;？?]{2,12}?)(?:的)?(?:就行|即可|就好)?(?=[，,。；;？?！!]|$)",
               lambda m: "" if find_metrics(m.group(1)) and {x.key.rstrip("~") for x in find_metrics(m.group(1))} <= {x.key.rstrip("~") for x in find_metrics(q[: m.start()])}
               and not column_spans(m.group(1)) else m.group(0), q)
    # …予以公开多少件，部分公开的别算进来: a row said not to count in a clause of its own is no part of the question
    # (不予公开多少件，行政查询事项别算进来: a part of the row asked is left out of it, never dropped)
    q = re.sub(r"[，,；;？?。]\s*([^，,。；;？?]{2,14}?)(?:的)?(?:也|先|就|都|暂时|暂且)?(?:别|不要|不用|不必|不)(?:算|加|计)(?:进来|进去|在内|上|入)?(?:了)?(?=[，,。；;？?]|$)",
               lambda m: "" if _row_apart(m.group(1).strip("“”\"「」"), q[: m.start()]) else m.group(0), q)
    # 予以公开占办结总数 (no asking word after the whole): the share is asked, never the part alone
    q = re.sub(r"(?<=[\u4e00-\u9fff，,])(占(?:了)?([^，,。；;？?占比]{2,16}?))(?:呢|吧)?([?？。]*)$",
               lambda m: f"{m.group(1)}的比例{m.group(3)}" if find_metrics(m.group(2)) and not re.search(r"多少|几|比例|比重|百分|成$|率", m.group(2))
               else m.group(0), q)
    # 当年新收的申请（不算上年结转的）一共多少 / …本年新收的，不含结转: a row apart from the one asked, said not to be
    # in it, tells what the table already does (a part of the row asked, or a column, is left out further on)
    q = re.sub(r"(?:[，,；;]\s*|[（(])(?:不含|不算|不包括|不包含|不计入?)([^，,。；;？?（）()]{2,14}?)(?:的)?(?:在内)?(?:[）)]|(?=[，,。；;？?]|$))",
               lambda m: "" if _row_apart(re.sub(r"^结转$", "上年结转", m.group(1).strip("“”\"「」")), q[: m.start()] + q[m.end() :])
               else m.group(0), q)
    # …本年新收总计，别把上年结转的算进去: a row apart from the one asked, said not to be counted in
    q = re.sub(r"[，,；;？?。]\s*(?:别|不要|不用|不能)把([^，,。；;？?]{2,14}?)(?:的)?(?:也)?(?:算|加|计)(?:进来|进去|在内|上|入)(?:了)?[。]?(?=[，,。；;？?]|$)",
               lambda m: "" if _row_apart(m.group(1).strip("“”\"「」"), q[: m.start()]) else m.group(0), q)
    # …法律服务机构的有多少件？上年结转的不用管 / …处理决定数量，上一年项目数量就不用了 / …，别跟行政许可搞混: a row
    # or column apart from the one asked, waved away in a clause of its own, is no part of the question
    q = re.sub(r"[，,；;。？?]\s*(?:我)?(?:只要[^，,。；;？?]{2,10}?的?[，,])?(?:不要|不用管|别管|不看|别跟|不要跟|不是问)([^，,。；;？?]{2,14}?)(?:的)?(?:搞混|弄混|混了|混淆)?(?:了)?[。！!]?$"
               r"|[，,；;。？?]\s*([^，,。；;？?]{2,14}?)(?:的)?(?:就|都|也)?(?:不用管|不用了|不需要了?|不要了|不用说了?|不用再说了?|不必了|不用看了?|先不管|不用|不要)[。！!]?$",
               lambda m: "" if _said_apart((m.group(1) or m.group(2)).strip("“”\"「」"), q[: m.start()]) else m.group(0), q)
    # 淮安2024年的自然人申请占比，跟平潭2022年比呢，哪个高: the same share of both, set side by side (never one's part
    # over the other's)
    q = re.sub(r"^(?P<a>[^，,。？?]{2,30}?)(?:的)?(?P<rate>[^，,。？?的]{2,16}?(?:占比|比例|比重|率))[，,]?\s*(?:那)?(?:跟|和|与|同)(?P<b>[^，,。？?]{2,20}?)"
               r"(?:比|相比|比较|对比)(?:呢|一下|怎么样|如何)?[，,]?\s*(?P<ask>(?:哪个|谁|哪家|哪边|哪一个)(?:的)?(?:更|比较)?(?:高|低|大|小|多|少)[^，,。？?]{0,10})?[?？。]*$",
               lambda m: f"{m.group('a')}和{m.group('b')}的{m.group('rate')}{m.group('ask') or '分别是多少'}"
               if re.search(r"\d{4}|[市区县镇局委府]", m.group("b")) and re.search(r"\d{4}年|[市区县镇局委府]", m.group("a"))
               and not find_metrics(m.group("a")) else m.group(0), q)
    # 我们在做一组…的数据新闻，数据以年报表四为准——淮安…多少件: where the figures come from, said before the question
    q = re.sub(r"^[^？?。]{0,40}?(?:数据|数字|口径)?(?:以|按)(?:年报|报告)?(?:的)?(?:表[一二三四]|统计表|年报|报告)(?:里的数|的数据|数据)?为准[—\-－–，,：:。\s]+(?=[^，,。？?]{4,})", "", q)
    q = re.sub(r"(?:(?<=加起来)|(?<=加一起)|(?<=相加)|(?<=合计)|(?<=一共)|(?<=总共))(?:实际|实际上|其实|到底)(?=(?:是|有|为)?(?:多少|几))", "", q)  # 各项加起来实际是多少
    # …，顺便说一句我以前在淮安工作过，想问问洪泽区…: where the asker once worked names no agency asked about
    q = re.sub(r"(?:(?<=[，,。])|^)\s*(?:顺便说一句|顺带一提|插一句|说一句)?[，,]?我(?:以前|之前|曾经|原来|过去)?(?:也)?在[^，,。？?]{2,12}?"
               r"(?:工作|待|上班|干|实习|读书|生活)(?:过)?(?:一段时间|几年|好几年)?[，,。]\s*", "", q)
    # …有多少件？（他们那年还有两件行政复议，那个不用算进去）: a row apart from the one asked, said in a bracket not to count
    q = re.sub(r"[（(](?P<body>[^（）()]{2,40}?(?:不用|不要|别|不必|不)(?:算进去|算进来|算在内|算|管|计入|加进来|加进去)(?:了)?)[）)]",
               lambda m: "" if find_metrics(m.group("body")) and _row_apart(m.group("body"), q[: m.start()] + q[m.end() :]) else m.group(0), q)
    # 办结率…，上年结转的那几件也要算进分母: what 办结率 already counts (受理总量 = 新收 + 上年结转), said again
    if "办结率" in q:
        q = re.sub(r"[，,。]\s*(?:把)?上年结转(?:过来)?(?:的)?(?:那几件|那些|那件|申请)?(?:也)?(?:要|得)?(?:算进|算在|计入|放进|加进)分母(?:里)?[。]?$", "", q)
    # 最近开会领导提到复议纠错率这个指标，淮安市人民政府2024年的复议纠错率是多少: a lead naming the indicator the question asks
    lead = re.match(r"^[^，,。？?]{0,24}?(?:提到|说到|问到|问起|关心|关注|强调)(?:了)?(?P<x>[^，,。？?]{2,10}?)(?:这个|那个|这项|这一)(?:指标|数|数字|比例|率)[，,。：:]\s*", q)
    if lead and lead.group("x") in q[lead.end() :]:
        q = q[lead.end() :]
    # 那当年实际要处理的就是这两个数加起来吧，一共多少: what the asker calls the sum leads it; the sum is asked
    q = re.sub(r"^(?:那)?[^，,。？?\d]{0,14}?(?:就是|应该是|也就是|等于)(?=(?:这|那)(?:两|几|[三四五])个数(?:加起来|相加|加一起|合计))", "", q)
    q = re.sub(r"(?<=加起来|加一起)吧[，,]?\s*(?=(?:一共|总共|合计)?(?:是)?(?:多少|几))", "", q)
    # 洪泽2023年和2024年比，少收了多少: the later year against the earlier, as 2024年比2023年少收了多少 says it
    q = re.sub(r"(?P<a>(?:19|20)\d{2})年(?:和|与|跟|同)(?P<b>(?:19|20)\d{2})年(?:相比|比|比较|对比)?(?:一下)?[，,]?\s*(?=(?:多|少)[收了发办花出]?了?(?:多少|几))",
               lambda m: f"{max(m.group('a'), m.group('b'))}年比{min(m.group('a'), m.group('b'))}年", q)
    # 如果把上年结转的那一件也算进去，当年总共需要办理的申请是多少件: 受理总量 (新收 + 上年结转), said in words
    q = re.sub(r"(?:如果|要是|假如)?(?:把|将)上年结转(?:过来)?(?:的)?(?:那[一二两三四五六七八九十\d]*[件个])?(?:申请)?(?:也)?(?:算进去|算上|加上|加进去|算在内|一起算|加进来|算进来)"
               r"[，,]\s*(?:那|这样)?(?:当年|这一年|本年|今年|那年)?(?:总共|一共|合计)?(?:要|需要|得)?(?:办理|处理|受理|办)?(?:的)?(?:申请)?(?:总共|一共|合计)?(?:是|有)?(?=多少|几)",
               lambda m: "受理总量（新收加上年结转）" if re.search(r"(?:19|20)\d{2}年|[市区县镇局委府]", q[: m.start()]) else m.group(0), q)
    # (said as a follow-up, with no agency or year of its own, it is read against the talk: which total is asked there)
    # 洪泽区政府2024年的复议和诉讼情况，我只要被复议纠正的件数，诉讼的不用: the one figure asked after 只要, of the
    # agency and year said before (the rows named before only set the scene)
    only = re.match(r"^(?P<head>[^，,。？?]{4,40}?)[，,]\s*(?:我)?(?:只要|只看|只问|只想知道|就要|只需要)(?P<x>[^，,。；;？?]{2,16}?)(?:的)?(?:件数|数字|数)?"
                    r"(?:[，,]\s*[^，,。；;？?]{1,10}?(?:的)?(?:就)?(?:不用|不要|不用管|不看|不需要)(?:了)?)?[。！!]?$", q)
    if only and (find_metrics(only.group("x")) or column_spans(only.group("x"))) and metric_spans(only.group("head"), generic=True):
        head = only.group("head")
        for a, b in sorted(metric_spans(head, generic=True), reverse=True):
            head = head[:a] + head[b:]
        head = re.sub(r"(?:的)?[和与及、]*(?:的)?(?:情况|数据|数字|这块|方面|相关)?$", "", head)
        q = f"{head}{only.group('x')}多少"
    # 洪泽区2023年和2024年处罚、许可、强制的合计差多少: each year's sum, one against the other (never all added)
    q = re.sub(r"(?P<a>(?:19|20)\d{2})年(?:和|与|跟|、)(?P<b>(?:19|20)\d{2})年(?P<mid>[^，,。？?]{0,40}?)(?:的)?(?P<sum>合计|之和|加总|总和)(?:相)?差(?:了|距|值)?(?:是)?(?:多少|几)",
               lambda m: f"{m.group('b')}年比{m.group('a')}年{m.group('mid')}{m.group('sum')}多多少", q)
    # 除了自然人以外，其他各类申请人（企业、科研、公益、律所、其他）新收申请一共多少: the rest, listed in a bracket
    q = re.sub(r"(?:(?<=申请人)|(?<=申请方)|(?<=的))[（(]([^（）()]{4,40})[）)]",
               lambda m: "" if len(column_spans(m.group(1))) >= 2 and re.search(r"除了|除去|除开|以外|之外", q[: m.start()]) else m.group(0), q)
    # 除了自然人以外的——商业企业、法律服务机构、还有“其他”这些——一共多少件: the rest, listed as examples of it
    q = re.sub(r"(?:(?<=以外的)|(?<=之外的)|(?<=以外)|(?<=之外))[—\-－–]{1,2}([^—\-－–]{4,40}?)[—\-－–]{1,2}",
               lambda m: "" if column_spans(m.group(1)) and re.search(r"除了|除去|除开", q[: m.start()]) else m.group(0), q)
    # 刨掉“本机关不掌握”的，其余属于“无法提供”的还有几件: the group named after, less the part named before
    q = re.sub(r"(?:去掉|刨掉|刨去|刨除|除去|扣掉|扣除|抛开|不算)[“\"「]?([^，,。？?“”\"「」]{2,16}?)[”\"」]?(?:的)?[，,]\s*(?:其余|剩下|剩余|余下)(?:的)?(?:属于|算)?[“\"「]?([^，,。？?“”\"「」]{2,10}?)[”\"」]?(?:的)?(?=(?:还有|有|是|一共)?(?:多少|几))",
               lambda m: f"{m.group(2)}去掉{m.group(1)}的" if any(p.parent in {w.key for w in find_metrics(m.group(2))} for p in find_metrics(m.group(1)))
               else m.group(0), q)
    # 除了处罚之外，淮安市政府2024年行政强制的决定数量是多少: besides another row, the one asked (nothing is left out of it)
    q = re.sub(r"^(?:那)?除了([^，,。？?]{2,10}?)(?:之外|以外)?[，,](?=[^，,。？?]{4,})",
               lambda m: "" if _row_apart(m.group(1), q[m.end() :]) and not re.search(r"其他|其它|其余|剩下|剩余|别的|所有|全部|各|合计|一共|加起来|总", q[m.end() :])
               else m.group(0), q)
    # （许可和强制的不要算进来）: rows apart from the one asked, said not to count, in brackets
    q = re.sub(r"[（(]\s*([^（）()，,。；;？?]{2,14}?)(?:的)?(?:也)?(?:别|不要|不用|不必|不)(?:算|加|计)(?:进来|进去|在内|上|入)?(?:了)?[）)]",
               lambda m: "" if _row_apart(m.group(1).strip("“”\"「」"), q[: m.start()] + q[m.end() :]) else m.group(0), q)
    # 不算上年结转的那一件，新收了多少: a row apart from the one asked after it, said not to count
    q = re.sub(r"(?:^|(?<=[，,；;]))\s*不(?:算|含|包括)([^，,。；;？?]{2,12}?)(?:的)?(?:那[一几]?[件些个])?[，,]",
               lambda m: "" if _row_apart(m.group(1).strip("“”\"「」"), q[m.end() :]) else m.group(0), q)
    # （之前好像听说是九十几件？）/ 我印象里…大概三百来件吧，: what the asker half remembers, no part of the question
    q = re.sub(r"[（(][^（）()]{0,20}?(?:好像|听说|印象|记得|大概|似乎)[^（）()]{0,20}?[）)]", "", q)
    if re.match(r"^(?:我)?(?:印象里|印象中|记得|好像记得)", q):
        q = re.sub(r"^(?:我)?(?:印象里|印象中|记得|好像记得)", "", q)
        q = re.sub(r"(?:大概|大约|好像是?|差不多|估计)?(?:是)?[一二三四五六七八九两十百千万\d]+(?:多|来|几|余)(?:件|个)(?:吧|吗)?(?=[，,。])", "", q)
        q = re.sub(r"[，,]\s*(?:不过|但是?)(?=我|想|要)", "，", q)
    q = re.sub(r"[，,]?(?:报告)?正文(?:里|中)?(?:说|写)的(?:不算|不要)[，,]?(?:我)?(?:要|只要)?(?:表里|表上|统计表里)?(?:的)?", "", q)
    q = re.sub(r"最后(?:的|那个|那一?行的?)?(?=总计|合计)", "", q)  # 办理结果那一块最后的总计: its total
    # 新收的三千多件申请里: a rough count said as a description of the row, not a claim to check
    q = re.sub(r"(?<=的)[一二三四五六七八九两十百千万\d]+(?:多|来|余)(?:件|个)(?=申请|里|中|当中)", "", q)
    # 注意只要全部公开的 / 只看予以公开: the row is said; 只要 adds nothing to it
    q = re.sub(r"(?:注意)?(?:只要|只算|只看)(?=[^，,。？?]{2,8}?的?(?:[，,。？?]|$))", lambda m: "" if find_metrics(q[m.end():m.end() + 8]) else m.group(0), q)
    q = re.sub(r"[，,\s]*(?:哪年的?有就(?:用|看|按|给)?哪年(?:的)?|有哪年(?:的)?就(?:用|看|按|给)?哪年(?:的)?)", "", q)  # 哪年的有就哪年: the newest held
    # 今年的数据我知道还没出，只要最新那份: a remark on what is not out yet; the newest held is asked
    q = re.sub(r"[，,]?(?:今年|去年)的?(?:数据|报告|年报)?(?:我)?(?:知道)?(?:还)?没(?:出来|出|发布|公布|发)(?:呢)?[，,]?(?:只要|就要|就看|只看)?", "，", q)
    # 不算上年结转过来的，光本年新收的: what is counted is said after 光/只
    q = re.sub(r"不算[^，,。？?]{1,12}?[，,]?(?=(?:光|只|单)(?:看|算|要|说)?)(?:光|只|单)(?:看|算|要|说)?", "", q)
    # …总计是多少？我看维持和纠正都有数: a remark on the cells seen, after the question (never the cells to add)
    q = re.sub(r"(?<=[？?。，,])\s*(?:我看|看到|我注意到|我发现|明明|可是|但是)?[^，,。？?]{1,16}?(?:都|也)(?:有数字?|有数据|有值|不是0|不为0|不是零)(?:啊|呀|的)?[。.！!]?$", "", q)
    # 依申请那张表 / 主动公开那张表 / 复议诉讼那张表: the tables by what they hold
    q = re.sub(r"依申请(?:公开)?(?:的)?(?:那|这)?(?:一)?张表", "表三", q)
    q = re.sub(r"主动公开(?:的)?(?:那|这)?(?:一)?张表", "表二", q)
    q = re.sub(r"(?:行政)?复议(?:和|与|、)?(?:行政)?诉讼(?:的)?(?:那|这)?(?:一)?张表", "表四", q)
    # 金额按元说，别用万元: how money is said (every amount is given in 元, with 万元 beside it)
    q = re.sub(r"[，,]?(?:金额)?(?:按|用|以)元(?:说|写|表示|为单位|计)?[，,]?(?:别|不要|不用)(?:用|写)?万元[。.]?|[，,]?(?:金额)?(?:别|不要|不用)(?:用|写)万元[。.]?|[，,]?(?:金额)?(?:用|按|以)元(?:表示|来说|为单位|计)[。.]?"
               r"|[，,]?(?:金额)?(?:请|麻烦)?(?:统一|都|全部|全都)?(?:换算成|换算为|折算成|折算为|折成|换成)(?:人民币)?元(?:表示|来说|为单位)?[。.]?", "", q)
    # 年份最新的那几份报告: the reports of the newest year held; 最新的那几份报告: each agency's newest (never all of them)
    q = re.sub(r"(?:年份|年度)最新(?:的)?(?:那|这)?(?:[几两二三四五\d])?份(?:年报|报告)?|最新(?:的)?(?:年份|年度)(?:的)?(?:那|这)?(?:[几两二三四五\d]份)?(?:年报|报告)?",
               "最新一年的报告", q)
    q = re.sub(r"最新(?:的)?(?:那|这)?几份(?:年报|报告)", "各自最新的报告", q)
    # 各用它们自己那一年的报告就行: each agency's own report (the newest it has), whatever its year
    q = re.sub(r"(?:各|都|分别)(?:用|按|看|取|拿)(?:它们|他们|各家|各自)?(?:自己|各自)?(?:的)?(?:那一年|那年|那一份|那份)(?:的)?(?:报告|年报|数据)?(?:就行|就好|即可|就可以)?",
               "各自最新的报告", q)
    if not re.search(r"提到|提及|找|搜|检索|正文|原文|怎么说|写了|写到", q):
        # 两年“本机关不掌握相关政府信息”的加起来: quotes around a row's own name only set it off (a search keeps them)
        q = re.sub(r"[“\"「『]([^”\"」』]{2,24})[”\"」』](?=的?(?:加起来|合计|一共|总共|之和|各是多少|各多少|分别|相加))",
                   lambda m: m.group(1) if find_metrics(m.group(1)) and not re.search(r"\d|件|其中|共|全年", m.group(1)) else m.group(0), q)
    q = re.sub(r"^(?:换个角度|换个话题|换个问题|再问一个|顺便问一下|顺便问下)[，,：:]", "", q)  # where the talk turns, not what it asks
    # 带上年份 / 注明出处: how the answer should look (every figure is shown with its year and source anyway)
    q = re.sub(r"[，,。；;]?(?:请|麻烦)?(?:都|也)?(?:带上|标上|注明|附上|写上|标明|写明)(?:各自的|每家的|每份的|对应的)?(?:年份|年度|出处|来源)[。.！!]?", "", q)
    q = re.sub(r"(?:做|来)(?:个|一个|一下)(?:横向|全面|简单)?(?:的)?(?:盘点|梳理|对比|比较)[，,：:]|盘点一下[，,：:]?", "", q)  # 做个横向盘点，…
    # 表三的“总计”行是空的，把各项…加起来 / 处罚方向相反吧？减少了多少: a remark before the question, no figure of its own
    q = re.sub(r"(?<=[一-鿿”）)])(?:那一?|这一?)?(?:行|栏|格|列)?(?:是|为)?(?:空的|空着的?|空白的?|没填的?)[，,。；;]+(?=[一-鿿])(?!(?:那)?(?:就|则)?(?:按|当|算|略过|跳过|不算|不计|不管))", "，", q)
    q = re.sub(r"(?:那边)?(?:方向|正好|刚好|恰好|却)?(?:相反|反过来了)(?:吧|吗|了|呢)?[？?，,。!！]+(?=[一-鿿])", "", q)
    # 前面那家比后面这家高几个百分点: the one asked first against the one asked after (前者 / 后者)
    q = re.sub(r"^(?:那)?前面(?:的)?(?:那|这)(?:家|个)(?=比|和|跟|与)", "前者", q)
    q = re.sub(r"(?<=[比和跟与])后面(?:的)?(?:那|这)(?:家|个)", "后者", q)
    # 不予公开那八小类加起来: every part of that row, when the count said is its number of parts (else left unread)
    q = re.sub(r"(?P<row>不予公开|无法提供|不予处理|其他处理)(?P<q>[”\"]?)(?:的|里|中|下面|底下)?(?:那|这)?(?P<n>[两二三四五六七八九十\d])(?:个)?(?:小|大)?(?:类|项|种)",
               lambda m: f"{m.group('row')}{m.group('q')}各项" if _cn_int(m.group("n")) == PARTS_OF.get(m.group("row")) else m.group(0), q)
    # 属于行政查询事项占八类合计的比例: the parts of the one row named whose number of parts that is
    def _n_parts(m: re.Match) -> str:
        rows = [r for r, n in PARTS_OF.items() if n == _cn_int(m.group("n")) and r in q]
        return f"{rows[0]}各项" if len(rows) == 1 else m.group(0)
    q = re.sub(r"(?<![\d两二三四五六七八九十])(?:这|那)?(?P<n>[两二三四五六七八九十\d])(?:个)?(?:小|大)?(?:类|项|种)(?:的)?(?=合计|之和|加起来|总和|加总)", _n_parts, q)
    # 发的减掉废的: 规范性文件 made and repealed, said short
    if re.search(r"(?<![制印下收分颁出])发的(?:减掉|减去|减|比|和|跟|加)废的", q):
        q = re.sub(r"(?<![制印下收分颁出])发的(?=(?:减掉|减去|减|比|和|跟|加)废的)", "制发的", q).replace("废的", "废止的")
    # 大部分申请是怎么答复的: the outcome most of them got, i.e. the largest one
    q = re.sub(r"(?:大部分|大多数|多数|大多)(?:的)?(?:申请)?(?:都)?(?:是|被)?(?:怎么|如何|怎样)(?:答复|处理|办理|办)的", "办理结果里最多的是哪一类", q)
    # 积压净增加了多少: the backlog carried on (结转下年度) against the one carried in (上年结转)
    q = re.sub(r"积压(?:的)?(?:申请)?(?:净)?(增加|增长|多|减少|少)(?:了)?", lambda m: "结转下年度比上年结转" + ("多了" if m.group(1) in ("增加", "增长", "多") else "少了"), q)
    q = re.sub(r"最后(?:又)?(?=结转|转到|留到)", "", q)  # 最后又结转到下一年的: carried on, said with when
    q = re.sub(r"^(?:那)?最后(?:再)?[，,]?(?=帮我|请|麻烦|再|给我|问)", "", q)  # 最后帮我对比一下…: the last question of the talk
    q = re.sub(r"整行(?:的)?(?=总计)", "", q)  # 占整行总计的百分之几: the row's 总计 column
    q = re.sub(r"(?:最后|最终)?(?:回复|答复)(?:为|是|成|的是)?(?=本机关不掌握|“|予以公开|部分公开|不予公开|无法提供)", "", q)  # 回复本机关不掌握的: that outcome
    q = re.sub(r"(?:上面|前面|刚才)?(?:的)?(?:这|那)?[两三四五六]大?(?:块|类|项)(?=[（(][^）)]*、)", "", q)  # 这三大块（不予公开、…）: the rows listed
    q = re.sub(r"(?<=[”\"])整类|整类(?=合计|总计|一共|加起来)", "", q)  # “不予处理”整类合计: that row's parts together
    q = re.sub(r"^(?:那)?(?:放到|放在|拿到|换到|搁到)(?=(?:19|20)\d{2}年)", "", q)  # 放到2020年…里: in that year
    q = re.sub(r"[，,\s]*(?:请)?(?:发我一下|发我看看|发给我|发一下|发我)[。.!！~～]*$", "", q)  # …决定数 发我一下: a request, no figure
    q = re.sub(r"(?<=制发|废止)数(?=比|和|跟|与|多|少|加|减|是|有|[，,?？]|$)|(?<=现行有效)数(?=比|和|跟|与|多|少|加|减|是|有|[，,?？]|$)", "件数", q)
    # …实质公开率到底是多少？感觉偏低: how the figure strikes the asker, said after the question
    q = re.sub(r"(?<=[，,。？?])\s*(?:我)?(?:感觉|觉得|看着|看上去)(?:有点|偏|太|比较|挺|很)?(?:低|高|多|少)(?:了)?(?:吧|啊|呀)?[。.!！？?]*$", "", q)
    # 这个比例是不是高得离谱 / 北戴河那份好像没填: a remark after the question, no figure of its own
    q = re.sub(r"[，,。？?]\s*(?:这个)?(?:比例|数字?|数量)?(?:是不是|是否|会不会)?(?:高|低|多|少|大|小)得?(?:离谱|吓人|夸张|出奇|有点多|有点少|太多了?|太少了?)(?:了)?(?:吧|吗|呢)?[？?。.!！]*$", "？", q)
    q = re.sub(r"[，,。？?]\s*[\u4e00-\u9fff]{2,8}?(?:那份|那家|的)?(?:好像|似乎|应该|可能|估计)(?:是)?(?:没填|空着|是空的|空白|没有填)(?:的)?[。.!！]*$", "。", q)
    q = re.sub(r"排(?:在)?第一(?:名)?和第二(?:名)?(?:的)?", "排前两名的", q)  # 排第一和第二的分别是哪家: the first two
    q = re.sub(r"^(?:那)?(?:同一(?:个)?单位|同一家|同一个机关)(?:的)?[，,]?", "", q)  # 同一单位第二年…: the agency the talk is on
    q = re.sub(r"(?<=[市区县镇府])(?:本身|自己|本级)(?=[，,。]|以外|之外|外|$)", "", q)  # 除了淮安市本身: that agency
    q = re.sub(r"[（(](?:也就是|即|就是|指)[^（()）]{0,24}[）)]", "", q)  # 法人或者其他组织（也就是自然人以外的各列）: a gloss
    # 各类不予公开（国家秘密、过程性信息、行政查询这些）/ 非自然人（企业、律所等）: examples of the kind, not a narrower list
    q = re.sub(r"[（(](?:比如|例如|譬如|像是|像)?[^（()）]{1,30}?(?:等等|等|这些|这类|之类|什么的)[）)]", "", q)
    # 我在写平湖市乍浦镇。…: the story (…年报的稿子。: the scene names what is asked, read with the question further on)
    q = re.sub(r"^我(?:们)?(?:在|正在)(?:写|做|弄|跑)(?![^，,。？?]{0,20}?(?:稿|报道|文章|材料|选题|专题|年报|报告|调研|采访))[^，,。？?]{1,20}[。.!！]\s*(?=[\u4e00-\u9fff])", "", q)
    # 占当年需要办理总量的比例: the whole of a share, 受理总量 (新收 + 上年结转)
    q = re.sub(r"(?<=占)(?:这一年|全年|当年|本年)?(?:一共)?(?:要办|需要办理|要处理|待办|需要办|应办)(?:的)?(?:申请)?(?:总量|总数)", "受理总量", q)
    q = re.sub(r"[，,]?(?:这一年|全年|当年)?(?:一共)?(?:要办|需要办理|要处理|待办)(?:的)?(?:总量|总数)(?:是)?", "一共是", q)  # 这一年要办的总量: the sum said
    # 我这边在准备下周的会，领导让我把…报一下，你帮我查查: the asker's errand around the question
    q = re.sub(r"^我(?:们)?(?:这边)?(?:在|正在)?(?:准备|弄|写|整理|赶)[^，,。？?]{0,16}?(?:的会|开会|会议|汇报|材料)[，,]?", "", q)
    q = re.sub(r"^(?:领导|上面|处长|局长|主任)(?:让我|要我|叫我)(?:把)?", "", q)
    q = re.sub(r"(?<=[\u4e00-\u9fff])(?:报一下|报给我|报个数)(?=[，,。]|$)|[，,]?(?:你)?(?:帮我|帮忙)(?:查查|查一下|看看|看一下)[。.!！]*$", "", q)
    # 先从洪泽区人民政府2024年开始：…: where the talk starts, not a range of years
    q = re.sub(r"(?:先)?从([^，,：:]{0,20}?(?:19|20)\d{2}年)(?:的年报|的报告)?(?:开始|看起|入手|说起)[：:，,]", r"\1，", q)
    q = re.sub(r"(?<=比)头一年", "前一年", q)  # 比头一年多出来几件: the earlier of the two
    q = re.sub(r"两地(?=的|[一-鿿])", "两家", q)  # 两地自然人占比相差: the two places just asked
    q = re.sub(r"同一时期(?:内|里)?[，,]?|在同一时期", "", q)  # 同一时期行政处罚…: the period the talk is on
    q = re.sub(r"^(?:那)?(?:跟|和|与)?(?:它|这个|这)?(?:相)?比起来[，,]?(?=(?:19|20)?\d{2}年|二)", "", q)  # 比起来2024年多了几件: against the one just asked
    q = q.replace("相吻合", "一致").replace("吻合", "一致")  # 和办结总计吻合吗: said the way the check reader knows
    # 跟前面新收加上年结转: rows said before (和刚才那个比 points back at a figure: kept)
    q = re.sub(r"(?<=[跟和与同])(?:前面|上面|刚才)(?:的|说的|算的)?(?=[\u4e00-\u9fff]{2})(?!那|这|比|相比|对比|差)", "", q)
    q = re.sub(r"俩(?=家|个|份|年)", "两", q)  # 俩家加起来
    # 涨了几倍……算了，就说多了多少件: the asker drops what came before 算了; only what follows is asked
    # (平潭2022年办理结果总计，我本来想…再算，算了，直接…: the clauses before the one given up still stand)
    q = re.sub(r"^([^。？?]*?)([^，,。？?!！…]*)(?:……|…|\.{2,}|[，,。？?!！])\s*算了(?=[，,]|就|还是)[，,]?\s*(?:就|还是)?(?:说|问|要|看)?(?:一下)?",
               lambda m: m.group(1) if re.search(r"[，,]$", m.group(1)) and len(m.group(1)) > 1 else "", q)
    # 二四比二三多出来几件 / 24比23: two short years set against each other, 年 left out
    cn_digit = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
    # 二三 二四两年 / 二三、二四年: two short years in Chinese digits
    # (二零二四年 is one year: a short year never starts 二零/二〇)
    q = re.sub(r"(?<![一二三四五六七八九十百千万〇零\d])二([一二三四五六七八九])[、和,，]?二([一二三四五六七八九])(?=两年|年)(?:两年|年)",
               lambda m: f"202{cn_digit[m.group(1)]}年和202{cn_digit[m.group(2)]}年", q)
    q = re.sub(r"(?<![一二三四五六七八九十百千万〇零\d])二([〇零一二三四五六七八九])比二([〇零一二三四五六七八九])(?=多|少|涨|降|增|减|高|低|差|变|上|下)",
               lambda m: f"202{cn_digit[m.group(1)]}年比202{cn_digit[m.group(2)]}年", q)
    q = re.sub(r"(?<![\d.])(2[0-9])比(2[0-9])(?=多|少|涨|降|增|减|高|低|差|变|上|下)", r"20\1年比20\2年", q)
    q = re.sub(r"(?<=排)老二|^老二|(?<=的)老二", "第二", q)  # 排老二的是哪类: the second
    q = re.sub(r"(?<=排)老大|(?<=的)老大", "第一", q)
    # 第一和第二分别是哪家 / 第一、第二、第三名: the first places, asked together
    q = re.sub(r"(?<![前倒])第一(?:名)?(?:和|、|跟|与)第二(?:名)?(?:和|、|跟|与)第三(?:名)?(?=(?:分别|各)?(?:是|为)?(?:哪|谁))", "前三名", q)
    q = re.sub(r"(?<![前倒])第一(?:名)?(?:和|、|跟|与)第二(?:名)?(?=(?:分别|各)?(?:是|为)?(?:哪|谁))", "前两名", q)
    # 涨了多少，给个百分比: the change asked as a percentage, never the count with the words left out
    q = re.sub(r"(?<=[涨降增减升跌多少长]了)(?:多少|几)[，,]\s*(?:给个|给我个|给我一个|要个|用|按|换成|说个)百分比(?:表示|来说|说)?(?:吧|呢)?", "百分之几", q)
    q = re.sub(r"(?:你)?(?:刚才|刚刚|上面|前面)(?:说到|提到|问到|问过|说过|列出|列过|报过)(?:的)?(?=这|那)", "", q)  # 刚才说到的这四个: a pointer, no search
    q = re.sub(r"(?<=[^\d])(第[一二三四五六七八九十\d](?:名)?)(?=第[一二三四五六七八九十\d](?:名)?(?:加|合|一共|差|相差|比|和|各|分别|的))", r"\1和", q)  # 第一第二加起来
    q = re.sub(r"^(?:那)?(?:后面|后边)(?:的)?(?=这个数|那个数)", "", q)  # 后面这个数占…: the one just given
    q = re.sub(r"两地(?=的|当年|同年|那年|这两?年|加|合|一共|各|分别|差|相差|比)", "两家", q)  # 两地当年加起来: the two agencies
    q = re.sub(r"头(?=[两二三四五六七八九十]名|[两二三四五六七八九十]家(?![\u4e00-\u9fff]{0,2}(?:单位|机关))?(?:的|差|加|合|一共|占|里))", "前", q)  # 头两名差几件: the first two
    q = re.sub(r"(?<![\u4e00-\u9fff])次(?=(?:多|高|少|低|大|小)(?:的|呢|一些|些|是|那))|^(?:那)?次(?=(?:多|高|少|低|大|小))", "第二", q)  # 次多的呢: the second
    q = re.sub(r"(合计|总数|总和|之和|这个数|个数字)(?:又|还|则|倒)(?=占|相当于|是)", r"\1", q)  # 这个合计又占…: the share, said with a particle
    q = re.sub(r"(?<![办理])结果(?=那几项|这几项|那几个|这几个|那几类|各项)", "办理结果", q)  # 结果那几项: the outcomes of 表三
    q = re.sub(r"哪(一|个)?小(项|类)", r"哪一\2", q)  # 哪一小项最多: one of the parts
    # 不予处理那五小项 / 底下五种情形全加起来: the parts of that row
    q = re.sub(r"(?<![哪前第])(?:底下|下面|下属)?(?:的)?(?:这|那)?(?:[三四五六七八九十]|\d)(?:个)?(?:小项|种情形|类情形|种情况)", "各项", q)  # (哪三种情况最多: a ranking)
    # (两种情形 is the two kinds of 诉讼, read against the conversation; no row of parts has two)
    q = re.sub(r"^拿(?=前者|后者|它)", "", q)  # 拿后者跟…比: the one pointed at
    q = re.sub(r"谁家(?=的?[^，,。？?]{0,12}?(?:最|更|比较|较)?(?:多|少|高|低|大|小))", "哪家", q)  # 谁家最多: which one
    q = re.sub(r"谁的(?=[^，,。？?]{1,12}?(?:最|更|比较|较)(?:多|少|高|低|大|小))", "哪家的", q)  # 谁的采购金额更高: which one
    # 后面那家比它自己上一年… / 后一个数占…: the latter of two just given (排在它后面那家 is the next place, kept)
    q = re.sub(r"(?:^|(?<=[，,。；;：:那]))(?:(?:后面|后边)(?:那|这)(?:家|个)(?:单位)?(?!的?(?:一名|一位))|后一家(?:单位)?|后一个数字?|后一个(?=占|的|比|是))", "后者", q)
    q = re.sub(r"(?:^|(?<=[，,。；;：:那]))前一家(?:单位)?", "前者", q)  # 前一家的…: the former of two just given
    q = re.sub(r"前一个数字?|(?<=[比跟和与较])前一个(?=多|少|高|低|大|小|相比|比|呢|[?？。]|$)", "前者", q)
    q = re.sub(r"(?:后面|后边)(?:的)?(?=这[两二三四五六七八九十](?:类|项|个|种|家))", "", q)  # 后面这两类: the last two asked
    # 法人或其他组织那几栏——商业企业、科研机构…——合计: the columns listed are the ones meant, not the whole group
    q = re.sub(r"(?:法人或其他组织|法人和其他组织|法人)(?:的)?(?:那几栏|那几列|这几栏|这几列|几栏|几列)?[—\-－–]{1,2}([^—\-－–]{4,40}?)[—\-－–]{1,2}",
               r"\1", q)
    q = re.sub(r"这个数(?:字)?(?:跟|和|与)(?:上一个|前一个|刚才那个|之前那个)数(?:字)?", "这两个数", q)  # 这个数跟上一个数差多少
    q = re.sub(r"^(?:那)?(?:刚才|上面|前面)?(?:的)?(?:榜单|排名|排行榜?|名单)(?:上|里|中)(?:的)?", "", q)  # 刚才榜单上第二名和第三名
    q = re.sub(r"不(?:指定|限定?|分|管)(?:哪个|哪家)?单位(?:的话)?", "所有单位", q)  # 不指定单位的话，2024年…合计: every agency
    # 从上一年到2024年: the year before the one said with it (never today's year before)
    q = re.sub(r"从(?:上一年|前一年|上年)(?:度)?到((?:19|20)\d{2})年", lambda m: f"从{int(m.group(1)) - 1}年到{m.group(1)}年", q)
    q = re.sub(r"^(?:那)?(?:反过来|倒过来)(?:看|说)?[，,]?(?=垫底|最后一名|倒数|榜尾|末位)", "", q)  # 反过来看垫底的那家: that place
    # 后者跟它自己2023年比，2023年这个比例是多少: the year said again is the one asked, the comparison only sets it up
    q = re.sub(r"(?:跟|和|与)(?:它|其)自己(?:的)?((?:19|20)\d{2})年(?:的)?比[，,]\s*(?=\1年)", "", q)
    # 比2023年少收了多少钱: the gap of the amount (收 says nothing more than the 收费 talked of)
    q = re.sub(r"(比[^，,。？?]{0,12}?)(多|少)收(?:了)?(?=多少|几)", r"\1\2了", q)
    # 后者比它自己上一年少收了多少: its own other year (它自己 is the one already named, never another agency)
    q = re.sub(r"(?<=[比跟和与同较])(?:它|其)?自己(?:的)?(?=上一?年|前一年|下一年|后一年|(?:19|20)\d{2}|去年|前年|上一份|往年)", "", q)
    q = re.sub(r"加一起|加在一起|加一块儿?|加到一起|加到一块儿?|合一起|合在一起|合一块儿?", "加起来", q)  # said every way, read one way
    # 收进来的应该等于办完的加结转的…对得上吗: 表三's balance, said as the rule it checks
    q = re.sub(r"收进来的?(?:申请)?(?:应该|应当|理应)?(?:等于|=|和|跟)办完的?(?:加|\+)(?:上)?结转(?:下年度?)?的?[。，,]?(?=.{0,20}(?:对得上|对上|平衡|相等|一致))",
               "收支", q)
    # 九份报告都算上（洪泽两年分开算），…排前三: how the reports are counted, said in an aside (each report is one)
    q = re.sub(r"[（(][^（）()]{0,14}?(?:分开算|分别算|单独算|各算一份|算两份|分开计|分别计)[）)]", "", q)
    # …哪三份最高？（乍浦镇没有申请，不算）: the one left out, said in an aside
    q = re.sub(r"[（(]([^（）()，,。]{2,12}?)(?:没有[^，,（）()]{0,8}|为0|是0|是零)?[，,]?(?:不算|除外|不计|不算在内|不参与)[）)]", r"，除了\1", q)
    q = re.sub(r"最后(?=结转|转到|留到|被|予以|答复|办结|不予|无法)", "", q)  # 最后结转到下年度的: how it ended, no place in a ranking
    if not re.search(r"处理|结果|服务事项", q):  # (其他处理的“其他”那一栏: a part of that row, not the applicants' column)
        q = re.sub(r"[“\"']?其他[”\"']?(?=那一?(?:列|栏)|这一?(?:列|栏)|一(?:列|栏))", "其他类申请人", q)  # “其他”那一列: 表三's column
    # 复议 维持 纠正 其他 未结 各几件: 其他 among the outcomes of a review or suit is its 其他结果 column
    q = re.sub(r"(维持|纠正)[、，,\s]*其他(?!结果|处理|对外|组织|单位|部门|机关|原因|理由|情形|类|的)", r"\1、其他结果", q)
    # 连同予以公开、部分公开，把所有办理结果逐项加起来: the ones named are among all of them (said for emphasis)
    q = re.sub(r"(?:连同|连带|包括|算上)[^，,。？?]{2,24}?(?:在内)?[，,]\s*(?=(?:把|将)?(?:所有|全部|全体|每一项|每项))", "", q)
    # 废的比发的多几件 / 发的比废的: 表二's 废止 and 制发 columns, said short against each other
    q = re.sub(r"(?<![制新印颁下])废(?:掉)?的比(?:新|制)?发的", "废止的比制发的", q)
    q = re.sub(r"(?<![制新印颁下收])(?:新|制)?发的比废(?:掉|止)?的", "制发的比废止的", q)
    q = re.sub(r"(?:刚才|刚刚)(?:的)?那个(?=数(?!据)|数字)", "这个", q)  # 刚才那个数占…: the figure just shown, not an agency
    q = re.sub(r"(?<=年)报表(?=[一二三四](?!十|百|千|万|个|家|份|项|件))", "报告表", q)  # 2024年报表二里: the report's 表二
    if re.search(r"规范性文件|规章", q) and not re.search(r"制发|废止|制作|现行有效", q):
        q = re.sub(r"(?=净(?:增|减))", "制发减废止，", q, count=1)  # 规范性文件净增多少: what was made less what was repealed

    # 不是自然人提的 / 并非企业申请的: everything but that kind, said as 除了 (never the kind itself: 不是 chooses)
    q = _NOT_THE_KIND.sub("除了", q)
    q = re.sub(r"(?<=除了)[“\"']([^”\"']{1,8})[”\"']", r"\1", q)  # 除了“维持”的: the word, without its quotes
    q = re.sub(r"(?<=[排剔扣刨])除以后", "除后", q)  # 把淮安排除以后: left out, then (never 除以, a division)
    # 最多的是哪一种？第二、第三多的又是什么: the first three, in order
    q = re.sub(r"(最(?:多|高|大|少|低|小))的?是哪一?(种|类|条|个|家|项)[？?，,。]?第二[、和及与]第?三(?:多|高|大|少|低|小)?的?(?:又|分别)?"
               r"是(?:什么|啥|哪些|哪几?(?:种|类|条|个|家|项))", r"\1的是哪三\2", q)
    # 差距这么大，…: a remark on what was just shown, before the question (no gap asked by it)
    # (发改委比例这么低，它那边…有几件: the agency the remark was about stays, unless the question turns to another:
    # 淮安比例这么高，那洪泽的比例呢)
    q = re.sub(r"^(?:哇|嚯|呵)?[，,]?(?:(?P<who>[\u4e00-\u9fff]{2,12}?)(?:的)?(?=(?:这个)?(?:比例|比重|占比)))?(?:差距|差别|差异|反差|区别|变化|比例|比重|占比|这个比例|这个数|这个数字|数字|数量|这个量)"
               r"(?:看着|看起来|看上去|好像|感觉|似乎)?(?:这么|那么|挺|很|真|太|也太|相当|够|偏|有点|有些)(?:大|高|低|小|多|少|明显|悬殊)"
               r"[啊呀了哈的]*[，,。！!]+(?=(?P<turn>(?:那|而|但|可)(?!它|其))?)", lambda m: f"{m.group('who')}，" if m.group("who") and not m.group("turn") else "", q)
    q = re.sub(r"年初(?=从上一?年|由上一?年|上年|从去年|结转)", "", q)  # 年初从上一年接过来的: 上年结转, said with when
    # 从2023年遗留下来、转入本年办理的: 上年结转; 没办完要挪到下一年接着办的: 结转下年度
    q = re.sub(r"(?:从(?:19|20)\d{2}年|从上一?年|上一?年)?遗留(?:下来)?(?:的)?[、，,]?(?:转入|转到|结转到|转)?(?:本年|今年|当年)?(?:继续)?(?:办理|办)?的", "上年结转的", q)
    q = re.sub(r"(?:没办完|没有办完|未办完|没办结)?(?:要|需要|得)?(?:结转到|挪到|转到|留到|拖到|推到)(?:下一?年|明年|下一?年度)(?:接着办|继续办理?|再办)?(?:理)?的?", "结转下年度的", q)
    # 新收加结转，减去办结总数，还剩几件没办完: what is left is the result of the sum said, never a row taken away too
    q = re.sub(r"(?<=[，,])(?:那)?(?:还)?剩(?:下)?(?:的)?(?:几件|多少件?)(?:没办完|没有办完|未办完|没办结|未办结|没有办结)(?:的)?",
               lambda m: "还剩多少" if re.search(r"减去|减掉|扣除|扣掉|去掉|刨去", q[: m.start()]) else m.group(0), q)
    # 到2020年为止累计 / 截至2020年底: as of that year's report
    q = re.sub(r"(?:截至|截止到?|到)((?:19|20)\d{2}年)(?:底|末)?(?:为止|止)", r"\1", q)
    q = re.sub(r"最后(?=(?:被)?(?:纠正|维持|判|驳回|审结|办结)(?:了)?的|(?:行政机关|复议机关|法院)|答复)", "", q)  # 复议机关最后纠正了的: the result, said with when
    q = re.sub(r"答复的?是(“[^”]{2,16}”)", r"\1", q)  # 有多大比例答复的是“本机关不掌握”: that outcome
    q = re.sub(r"^凡是|(?<=[，,])凡是", "", q)  # 凡是填了…的单位: every one of them
    q = re.sub(r"前后(?=(?:这)?两年)", "", q)  # 前后这两年: the two years
    q = re.sub(r"(?:再)?(?:往前|往回|向前)(?:倒|推|数|翻|退|挪|追溯)(?:一年|1年)", "前一年", q)  # 再往前倒一年 / 往前翻一年: the year before
    q = re.sub(r"(?:再)?(?:往后|向后)(?:推|数|翻|挪)(?:一年|1年)", "后一年", q)  # 往后翻一年: the year after
    q = re.sub(r"(?<![最较])早(?:一|1)年(?!度)", "前一年", q)  # 它早一年的: the year before
    q = re.sub(r"(?<![最较])晚(?:一|1)年(?!度)", "后一年", q)
    q = re.sub(r"变动(?=幅度|了?多少|了?百分之|率)", "变化", q)  # 变动幅度: the change
    # 积压比年初多了多少 / 年初积压 / 年底积压: the backlog carried on (结转下年度) and the one carried in (上年结转)
    q = re.sub(r"积压(?:的)?(?:申请)?比年初(?:的)?(?:积压)?", "结转下年度比上年结转", q)
    q = re.sub(r"年初(?:的)?积压(?:的)?(?:申请)?", "上年结转", q)
    q = re.sub(r"(?:年底|年末)(?:的)?积压(?:的)?(?:申请)?", "结转下年度", q)
    q = re.sub(r"两组(?=[^，,。？?]{0,3}(?:加|合|一共|总共))", "两类", q)  # 两组加起来: both kinds (直接起诉 / 复议后起诉)
    q = re.sub(r"仨(?=家|个|份|年|单位)", "三", q)
    q = re.sub(r"(?<=[这那])仨", "三个", q)  # 这仨加一块: the three just asked
    q = re.sub(r"(?<=[几多少])建(?=[?？。，,]|$)|(?<=多少)建", "件", q)  # 几建: 件 typed by its sound
    q = re.sub(r"(?<![已未尚没])审结(?:了)?的(?=(?:案件|案子)?(?:里面|里头|里|中|当中))", "已审结的", q)  # 审结的里面维持的占几成: the decided
    # 复议已经审结了的有多少件: the cases decided, the total less those pending (a count; 占已审结 is a rate's whole)
    q = re.sub(r"(?<![占除以÷/])(?:已经|已)(?:审结|结案|办结)(?:了)?的(?:案件|案子)?(?=(?:有|是|一共|共)?(?:多少|几))", "去掉尚未审结的", q)
    # 所有申请人合计，予以公开的…: the 总计 column of the row (every kind of applicant), never every agency
    q = re.sub(r"(?:所有|全部|各类)(?:的)?申请人(?:加起来|合起来|合计|加在一起|一起算|一起)", "总计", q)
    # 刚才那个排名里倒数第一是哪家: a place of the ranking shown (the ranking is the one the thread has)
    q = re.sub(r"^(?:那)?(?:(?:刚才|上面|前面)(?:那个|的)?)?(?:排名|排行)(?:里|中|当中)(?:的)?(?=(?:排(?:在)?)?(?:倒数|第[一二三四五六七八九十\d]|最后|垫底))", "", q)
    # 刚才那个第一名: the place named, 刚才那个 only points back at the ranking it is a place of
    q = re.sub(r"(?:刚才|上面|前面)(?:那个|的)(?=(?:排(?:名)?(?:在)?)?(?:倒数)?第[一二三四五六七八九十\d]+(?:名|位))", "", q)
    # 被告了两次 / 只有三件: a count claimed in Chinese numerals, written as the claim reader reads numbers
    q = re.sub(r"(?<=[了有是共计才只仅])([两二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)(?=次|起|宗|件)",
               lambda m: str(int(cn2an.cn2an(m.group(1).replace("两", "二"), "smart"))), q)
    # 一年之间增加了多少: between the two years of the thread, said with no year of its own
    q = re.sub(r"(?:这)?一年(?:之间|间|里|下来|当中)(?=[^，。？?]{0,3}(?:增加|减少|多了|少了|涨|降|变化|增长|下降))", "", q)
    q = re.sub(r"(?:这|那)?仨(?=加|合计|一共|总共|相加)", "这三个", q)  # 仨加一块: the three just asked (rows or agencies, as the thread says)
    q = re.sub(r"(?:这|那)?仨(?![\u4e00-\u9fff]{0,1}(?:家|个|份|年))", "这三家", q)  # 仨谁最多: the three just shown
    # 拿洪泽区2023年同一个比例对比一下，哪边高: the thread's figure set against that report (跟…比)
    q = re.sub(r"^(?:那)?拿([^，,。？?]{2,20}?)(?:的)?(?:同一个|同样的?|这个|一样的)?(?:比例|比率|数字?|口径)?(?:来)?(?:对比|比较|比)(?:一下)?"
               r"(?:[，,]?(?:看看)?(?:哪边|哪个|谁|哪家)(?:更)?(?:高|多|大|低|少))?[?？。]*$", r"跟\1比呢", q)
    # 那区比市高了几个百分点: two levels set against each other, said the way the level reader knows (区里比市里)
    q = re.sub(r"(?:^|(?<=那))([市区县])比([市区县])(?=[高低多少差])", r"\1里比\2里", q)
    q = re.sub(r"(?<=[\u4e00-\u9fff])[嘞咧哩](?=[?？。!！]*$)", "呢", q)  # 予以公开嘞: said as 呢
    q = re.sub(r"(哪家|哪个|哪份|谁)贡献(?:了|得)?(?:的)?(?=最)", r"\1", q)  # 哪家贡献最多: which of those added is largest
    # 把这些结果，连同其他处理，逐项加起来: every outcome, the ones just asked and the one named with them
    q = re.sub(r"(?:把)?(?:这些|上面这些|上面的|前面这些)(?:办理)?结果[，,]?(?:连同|加上|包括|再加上|和)[^，,。？?]{2,8}?[，,]?(?=(?:都)?(?:逐项|一项一项|全部|一起)?(?:加|合))",
               "把各项办理结果", q)
    # 被纠正的占几成？给个百分比 / …，保留一位小数，谢谢: a closing clause on the form of the answer or thanks asks nothing
    # (予以公开多少，给个百分比: a percentage where nothing before asks one is kept, and read as not understood)
    q = re.sub(r"(?<=[\u4e00-\u9fff])[，,？?。！!；;\s]+(?:(?:请|麻烦)?(?:给(?:我)?(?:个|一个)?百分比|(?:百分比)?保留[一两1-2]位(?:小数)?|精确到(?:元|个位)|"
               r"用百分比(?:表示)?|谢谢(?:你|您)?|多谢|辛苦了?|麻烦了?)[，,。！!\s]*)+$",
               lambda m: m.group(0) if "百分比" in m.group(0) and not (_RATIO.search(q[: m.start()]) or _CHANGE.search(q[: m.start()])
                                                                     or re.search(r"百分|率|几成", q[: m.start()])) else "?", q)
    # 它在全部办结量里占多少 / 安康在三家合计中占几成: the whole said before 占, as 占…的 says it
    q = re.sub(r"(?:在|放在|放到)(?![其这那]?(?:里面|里头|当中|之中|其中))([^在占，,。？?！!；;]{2,24}?)(?:里面|里头|里边|当中|之中|里|中)(?:的)?(?:所)?占(?:了|到)?(比(?!例|重|率))?",
               lambda m: f"占{m.group(1)}的" + ("比例" if m.group(2) else ""), q)
    q = re.sub(r"从(高|低|多|少|大|小)往(低|高|少|多|小|大)", r"从\1到\2", q)  # 从高往低排
    # 排第三之后的是谁: the next place (第四名)
    q = re.sub(r"(?:排(?:在)?)?第([一二三四五六七八九\d])(?:名|位)?(?:之后|后面|后头)(?:的|那家|那个|一家|一名)?",
               lambda m: f"第{_cn_int(m.group(1)) + 1}名", q)
    q = re.sub(r"头一家|头一个单位|打头的那家", "第一家", q)
    q = re.sub(r"(谁|哪家|哪个单位|哪一家)(?:是)?(?=第[一二三四五六七八九十\d](?:名|位)?(?:[?？。，,]|$|呢))", r"\1排", q)  # 谁第一: the place asked  # 头一家的行政许可: the first one shown
    q = q.replace("冠亚军", "第一名和第二名").replace("亚季军", "第二名和第三名")  # 冠亚军差多少: the first two places
    q = q.replace("冠军", "第一名").replace("亚军", "第二名").replace("季军", "第三名")  # places said as in a contest
    q = re.sub(r"(?<![十第\d一二三四五六七八九])([一二三四五六七八九])([二三四五六七八九十])(?:名|位)", r"第\1名和第\2名", q)  # 二三名之间
    # 四成以上 / 10%以下: a share claimed as a bound, said the way the claim reader knows (超过四成, 不到10%)
    q = re.sub(r"([一二三四五六七八九十\d]+成|\d+(?:\.\d+)?\s*[%％]|百分之[\d一二三四五六七八九十点]+)以上", r"超过\1", q)
    q = re.sub(r"([一二三四五六七八九十\d]+成|\d+(?:\.\d+)?\s*[%％]|百分之[\d一二三四五六七八九十点]+)以下", r"不到\1", q)
    q = _SHORT_YEAR_PAIR.sub(lambda m: f"20{m.group(1)}年{m.group(2)}20{m.group(3)}" + ("" if q[m.end() : m.end() + 1] == "年" else "年"), q)
    # 两千零二十四年 / 二千零二十年: a year said as a number, not digit by digit
    q = re.sub(r"([两二]千零?(?:[一二]?十)?[一二三四五六七八九]?)年",
               lambda m: f"{int(cn2an.cn2an(m.group(1).replace('两', '二'), 'smart'))}年", q)
    # 平潭 两千零二十二 行政事业性收费: the same, with no 年 (only 2010–2029, so no count is taken for a year)
    q = re.sub(r"(?<![一二三四五六七八九十百千万零〇\d])([两二]千零[一二]十[一二三四五六七八九]?)(?![年一二三四五六七八九十百千万零〇\d]|多|几|余|件|个|项|元)",
               lambda m: f"{int(cn2an.cn2an(m.group(1).replace('两', '二'), 'smart'))}年", q)
    q = _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGITS) + "年", q)
    q = _CN_SHORT_YEAR.sub(lambda m: "20" + m.group(1).translate(_CN_DIGITS) + "年", q)
    q = _SHORT_YEAR.sub(lambda m: f"20{m.group(1)}年", q)
    q = _BARE_CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGITS) + "年", q)  # 二〇二三复议 (no 年)
    q = _BARE_SHORT_YEAR.sub(lambda m: f"20{m.group(1)}年", q)  # 洪泽23复议
    q = "".join(q.split())
    q = _self_corrected(q)
    q = re.sub(r"[“\"「『]([^”\"」』]{1,12})[”\"」』](?=率)", r"\1", q)  # “予以公开”率: the rate of that row
    with_partial = re.search(r"[（(]?(?:算上|加上|连同|包括|包含|含)部分公开(?:的话|在内|的)?[）)]?", q)
    if with_partial and not re.search(r"(?<![予以部分不实质际])公开率", q):
        # 公开的（包括部分公开）比例: the bare 公开 with 部分公开 in it is 予以公开 + 部分公开 (实质公开)
        rest = q[: with_partial.start()] + q[with_partial.end() :]
        bare = re.search(r"(?<![予以分不实际息动务开])公开(?=的|了|比例|占|率)", rest)
        if bare:
            q = rest[: bare.start()] + "实质公开" + rest[bare.end() :]
    if re.search(r"(?<![予以部分不实质际])公开率", q) and re.search(r"(?:算上|加上|连同|包括|包含|含)部分公开", q):
        # 算上部分公开的话…公开率: the named indicator 实质公开率 (予以公开 + 部分公开)
        q = re.sub(r"[，,]?(?:算上|加上|连同|包括|包含|含)部分公开(?:的话|在内|的)?[，,]?", "", q)
        q = re.sub(r"(?<![予以部分不实质际])公开率", "实质公开率", q)
    q = re.sub(r"[，,]?[\u4e00-\u9fff]{0,8}?(?:没填|空着|空白|未填)(?:的)?(?:那家|那几家)?(?:就)?(?:不算|不计|不管)(?:了)?[，,。]?", "", q)  # 北戴河没填就不算
    # …加起来是多少元？北戴河那家表里没填，就当没有: the one the remark says is blank (the answer names the blank ones)
    q = re.sub(r"(?<=[？?。])\s*[\u4e00-\u9fff]{2,10}?(?:那家|那份|的)?(?:表里|表上|那一栏|那栏)?(?=(?:没填|没有填|未填|空着|是空的|空白)(?:的)?[，,]?(?:就)?(?:按|当|算))", "", q)
    q = re.sub(r"(新收[^，。？?]{0,4}?(?:加上?|和|与|\+|＋))结转(?!下|到|至|入)", r"\1上年结转", q)  # 新收加结转: 受理的两项
    for year in re.findall(r"从((?:19|20)\d{2})年(?=结转|转过来|转来|转入|带过来)", q):  # 2024年从2023年结转过来的: 上年结转
        if f"{int(year) + 1}年" in q:
            q = re.sub(rf"从{year}年(?:结转|转|带)?(?:过来|来|入)?", "上年结转", q, count=1)
    # 自然人以外的 / 非个人申请: all but that column, said the way the exclusion reader knows
    q = _COLUMN_BUT.sub(r"除了\1\2", q)
    q = _NOT_COLUMN.sub(r"除了\1以外的", q)
    # 除自然人以外 (除, not 除以): the same exclusion said with one character
    q = re.sub(r"(?<![扣剔去])除(?![了去开掉以])(?=[\u4e00-\u9fff、和与]{2,16}?(?:以外|之外))", "除了", q)
    q = re.sub(r"(超过|多于|高于|大于|不足|不到|少于|低于|不止)了", r"\1", q)  # 超过了三千件: the bound, said plainly
    q = re.sub(r"(?<=[\u4e00-\u9fff])(?<![当按算作成])(?:了没有|没有)(?=[?？。]*$)", "吗", q)  # 收到申请没有: a yes-or-no asked (就当没有: 0)
    if re.search(r"维持|纠正|审结", q):  # 维持、纠正、其他、尚未审结: 其他 listed among 表四's results is 其他结果
        q = re.sub(r"(?<=[、，,和与及])其他(?!结果)(?=[、，,和与及]|加起来|合计|一共|各|几|多少|$)", "其他结果", q)
    then_part = _ASK_THEN_PART.match(q)
    if then_part and not re.search(r"比|差|增|减|涨|降|占|率|对吗|是不是", q):
        # 收到多少申请？其中商业企业提的有几件: the whole and the part, each (as 申请总计和商业企业各多少)
        q = then_part.group(1) + then_part.group(2) + "总计和" + then_part.group(3) + "各多少"
    two = _TWO_ASKS.search(q)
    if two and not re.search(r"比|差|增|减|涨|降|占|率|对吗|是不是|变化|变动|升|跌", q):  # (…分别是多少，变化了多少: the change)
        # 纠正了几件，维持了几件: two figures asked one after the other, as 纠正和维持各多少
        q = _ASK_AT_END.sub(r"各多少\1", q[: two.start()] + "和" + q[two.end() :])
        q = re.sub(r"(?:一共|总共)(?=和)", "总计", q)  # 复议一共多少件？其中纠正几件: the total column and 纠正
    return q


# 去年的……哦不对，是2024年的 / 增长了多少……我是说增长率: the speaker corrects what was just said
_CORRECTION = re.compile(r"(?:\.{2,}|…+|——)[，,]?(?:哦|噢|呃|额|啊)?[，,]?(?:不对|说错了|搞错了|口误)[，,]?|(?:哦|噢|呃)[，,]?(?:不对|说错了)[，,]?"
                         r"|(?:\.{2,}|…+|——)?[，,]?(?:哦|噢|呃)?[，,]?(?:我是说|我的意思是|我意思是|我想问的是|我本来想问的是|我本来要问的是|本来想问的是)[，,]?")
_OPERATION_SAID = re.compile(r"率|比例|占比|百分之|百分点|几成|倍|差|多多少|少多少|加起来|一共|合计|总共")
_OPERATION_AT_END = re.compile(r"(?:增长|增加|减少|下降|多|少|变化|涨|降)(?:了)?(?:多少|几)(?:个百分点|件|个)?$|(?:是)?(?:多少|几件?)$")


def _self_corrected(q: str) -> str:
    """The question as corrected: the time words said before the correction give way to a year said in it, and
    the operation asked before it to one asked in it; the rest of what was said before stands."""
    said = _CORRECTION.search(q)
    if not said or not q[said.end() :].strip("，,。？? "):
        return q
    before, after = q[: said.start()].rstrip("，,。 "), re.sub(r"^(?:应该)?是|^(?:我)?(?:要|问|想问|想要|说|指)的(?:是)?", "", q[said.end() :])
    if (NAMED_RATE.search(after) or find_metrics(after)) and not read_period(after).years and not re.search(r"[市区县镇乡局委府]", after):
        # 洪泽24年实质公开率，哦不对，我要的是办结率: the figure said before gives way to the one said in the correction
        spans = [m.span() for m in NAMED_RATE.finditer(before)] + metric_spans(before, generic=True)
        for a, b in sorted(spans, reverse=True):
            before = before[:a] + before[b:]
        before = re.sub(r"(?:的)?(?:是)?(?:多少|几件?)?$", "", before)
    if read_period(after).years:
        for a, b in sorted(read_period(before).consumed, reverse=True):
            before = before[:a] + before[b:]
    if _OPERATION_SAID.search(after) and not find_metrics(after):
        before = _OPERATION_AT_END.sub("", before)
    return f"{before}，{after}"


# 以办结总数为分母，…不予公开率: the whole of the rate, said apart from it
_DENOMINATOR = re.compile(r"[，,]?(?:以|拿|用|按)([^，,。？?以拿用按]{2,12}?)(?:为|作为|做|当|来做|当作)分母(?:来算|计算|算)?[，,]?")


def _denominator_said(question: str) -> tuple[str, str]:
    """以办结总数为分母，谁的不予公开率最高 → 谁的不予公开占办结总数的比例最高: the rate of a row written as its
    share of the whole said (with that reading, to be said in the answer); unchanged when the rate names no row."""
    q = normalise_question(question)
    said = _DENOMINATOR.search(q)
    if not said or not find_metrics(said.group(1)):
        return question, ""
    rest = q[: said.start()] + ("，" if said.start() and said.end() < len(q) else "") + q[said.end() :]
    for end in (m.end() for m in re.finditer("率", rest)):
        # the shortest run of characters before 率 that names a row (2024年不予公开率: 不予公开)
        start = next((s for s in range(end - 3, max(end - 8, -1), -1) if find_metrics(rest[s : end - 1])), None)
        if start is not None:
            share = f"{rest[start : end - 1]}占{said.group(1)}的比例"
            return rest[:start] + share + rest[end:], share
    for m in re.finditer(r"(?:的)?(?:占比|比例|比重)", rest):  # (…予以公开的占比是多少: that row over the whole said)
        start = next((s for s in range(m.start() - 2, max(m.start() - 8, -1), -1) if find_metrics(rest[s : m.start()])), None)
        if start is not None:
            share = f"{rest[start : m.start()]}占{said.group(1)}的比例"
            return rest[:start] + share + rest[m.end() :], share
    return question, ""


_LISTED_ASKED = re.compile(r"^(?:[,，]?(?:有|是|都有|分别是|包括)?(?:几家|几个|哪几家|哪些|哪几个|多少家|多少个)(?:单位|机关|部门|报告|年报)?"
                          r"(?:[?？]|吗|呢|呀)?)")


def _without_filter(question: str) -> tuple[str, ValueFilter | None]:
    """The question without the filter it states (read apart, into Query.value_filter). When the filter
    names the only row (新收超过30件的有几家), that row is what is listed, highest first."""
    q = normalise_question(question)
    said, span = filter_said(q)
    if said is None:
        return question, None
    start, end = span
    rest = q[:start] + "，" + q[end:]
    if not find_metrics(rest) and said.key:
        listed = _LISTED_ASKED.match(q[end:])
        tail = q[end + (listed.end() if listed else 0) :]
        rest = q[:start] + said.row + "从多到少排名" + ("，" + tail if tail else "")
    return rest, said


def _spaces_read(question: str, catalog: AgencyCatalog) -> str:
    """Spaces a messenger user typed, read before the question is cleaned: between two names we hold they
    part the names (淮安 洪泽 平潭 → 、); after a clause, after a question's end or before a request they end
    the clause (，). Every other space between Chinese characters is inside a word (淮 安 市, 淮安 市府,
    安康 自然资源局) and goes when the question is cleaned."""
    pieces = re.split(r"(\s+)", question.strip())
    out = pieces[0]
    for gap, right in zip(pieces[1::2], pieces[2::2], strict=True):
        left, starts = catalog.mentions(out), catalog.mentions(right)
        name_before = bool(left) and left[-1].end == len(out)
        name_after = bool(starts) and min(m.start for m in starts) == 0
        across = any(m.start < len(out) < m.end for m in catalog.mentions(out + right))  # (安康 自然资源局: one name)
        apart = name_before and name_after and not across
        # 在弄…对标材料 安康市自然资源局…: a space before a name after a clause of other words ends that clause
        ends = (not apart and not across and name_after and not name_before and re.search(r"[\u4e00-\u9fff]{4,}$", out)
                and not re.search(r"[的之和与跟及同比在]$", out))
        # 自然人占几成 给我个百分比 / 多少 先说二四年: a space after a question's end, or before a request, parts clauses
        ends = ends or (re.search(r"(?:多少|几成|几件|几个|呢|吗|吧|啊|嘛)$", out) and re.match(r"[\u4e00-\u9fff]", right)) or (
            re.search(r"[\u4e00-\u9fff]$", out) and re.match(r"(?:给我|给个|帮我|麻烦|先说|顺便|另外|对了|我想|按元|用元)", right))
        out += ("、" if apart else "，" if ends else gap) + right
    return out


_POINTS_OF_A_COUNT = re.compile(r"(?<=[涨降增减升跌长少多])(了)?(?:多少|几)个百分点")
# 你好，我是洪泽区政务公开办的小王，…我们区政府2024年…: who the asker is, and which government 我们区 is
_INTRODUCED = re.compile(r"^(?:你好|您好|领导好|老师好)?[，,！!\s]*(?:我是|我叫)(?P<org>[^，,。？?！!]{2,24}?)的(?P<name>[\u4e00-\u9fff]{1,4})[，,。！!\s]+(?P<rest>.+)$")
_OURS = re.compile(r"我们(?P<level>区|市|县|镇)(?:人民)?(?:政府|府)?|我们(?:单位|局|委|办)|本单位|我单位")


def _introduced(question: str, catalog: AgencyCatalog) -> tuple[str, str]:
    """The question without the asker's introduction; 我们区政府 in it is the government of the place the asker
    said they work in (洪泽区政务公开办 → 淮安市洪泽区人民政府), when that is one we hold."""
    said = _INTRODUCED.match(normalise_question(question))
    if not said:
        return question, ""
    rest, note = said.group("rest"), ""
    ours = _OURS.search(rest)
    if ours and ours.group("level"):
        ids = {i for m in catalog.mentions(said.group("org")) for i in m.agency_ids}
        at = [i for i in ids if "人民政府" in catalog.agencies[i].name and catalog.agencies[i].level == level_of(ours.group("level"))]
        if len(at) == 1:
            rest = rest[: ours.start()] + catalog.agencies[at[0]].name + rest[ours.end() :]
            note = f"“{ours.group(0)}”按{catalog.agencies[at[0]].name}理解（你说在{said.group('org')}工作）"
    return rest, note


def understand(question: str, catalog: AgencyCatalog, today: date | None = None) -> Query:
    """A question → a Query; `unread` lists the words of the question that no slot read. `today` is the
    date 今年/去年 are read against (None: the real date)."""
    question = _spaces_read(question, catalog)
    aside = _OWN_WORK.match(normalise_question(question))
    if aside and (catalog.mentions(aside.group(1)) or not catalog.mentions(aside.group(0)[: aside.start(1)])):
        # 我在做淮安各区县的稿子，先问洪泽区：…: the clause on the user's own work names no agency asked about
        question = aside.group(1)
        scene = aside.group(0)[: aside.start(1)]
        said = read_period(scene, today).years if re.search(r"(?:19|20)\d{2}", scene) else []
        if said and not read_period(question, today).years:
            # 我在整理2020年度的几份报告。哪几家…最多: the year the scene names is the question's
            question = "".join(f"{y}年" for y in said) + question
        such = _SUCH.search(question)
        rows = "".join(scene[a:b] for a, b in metric_spans(scene))
        if such and rows and not metric_spans(question[: such.start()] + question[such.end() :]):
            # 写“本机关不掌握”答复的稿子。发改委这样答复的有几件: 这样 points at the row the scene named
            question = question[: such.start()] + rows + "的" + question[such.end() :]
    elif aside:
        # 我在做淮安市政府和洪泽区政府的对比稿。先看市政府：…: the government of that level the clause named
        level = re.match(r"(?:这个|那个)?(市|区|县|镇)(?:人民)?(?:政府|府)(?:那边|这边)?[：:，,\s]*", aside.group(1))
        named = {i for m in catalog.mentions(aside.group(0)[: aside.start(1)]) for i in m.agency_ids}
        at = [i for i in named if level and catalog.agencies[i].level == level_of(level.group(1))
              and "人民政府" in catalog.agencies[i].name]
        if len(at) == 1:
            question = catalog.agencies[at[0]].name + aside.group(1)[level.end() :]
    question, intro_note = _introduced(question, catalog)
    points = _POINTS_OF_A_COUNT.search(normalise_question(question))
    if points and not re.search(r"率|比例|比重|占比|占|百分比", normalise_question(question)) and re.search(
            r"数量|件数|个数|金额|项目数|决定数", normalise_question(question)[: points.start()]):  # (a count named, not a follow-up on a rate)
        # 处罚决定数量比2023年下降了多少个百分点: a count has no points; its change in percent is meant (said)
        question = normalise_question(question)
        question = question[: points.start()] + (points.group(1) or "") + "百分之几" + question[points.end() :]
        intro_note = (intro_note + "；" if intro_note else "") + "件数没有“百分点”，按变化的百分比给出"
    topic = _TOPIC_LEAD.match(normalise_question(question))
    if topic and not catalog.mentions(topic.group(1)) and not re.search(r"[市区县镇乡]|政府|府", topic.group(1)):
        question = normalise_question(question)[topic.end() :]  # 再看争议。两家各…: the lead names only a topic
        if find_metrics(topic.group(1)) and not find_metrics(question):
            question = topic.group(1) + question  # 再问行政许可：本年处理决定数量多少: the topic is the row the rest asks of
    colon = re.match(r"^([^：:。？?]{2,60})[：:]\s*(?=\S)", normalise_question(question))
    if colon:  # 有读者留言说淮安不予公开的太多，我想算个比例回应一下：淮安市2024年…: a scene, then the whole question
        rest = normalise_question(question)[colon.end() :]
        said_then = {i for m in catalog.mentions(colon.group(1)) for i in m.agency_ids}
        said_now = {i for m in catalog.mentions(rest) for i in m.agency_ids}
        asking = re.search(r"多少|几|哪|谁|是否|吗|排", rest)  # (编辑让我写个小栏目：哪家…最多: a scene naming no agency)
        bare_scene = not said_then and asking and not find_metrics(colon.group(1)) and not column_spans(colon.group(1))
        if ((said_now or bare_scene) and said_then <= said_now and find_metrics(rest) and not read_period(colon.group(1)).years
                and (not find_metrics(colon.group(1)) or {m.key for m in find_metrics(colon.group(1))} - {"申请"} <= {m.key for m in find_metrics(rest)})):
            question = rest
    lead = _LEAD_SENTENCE.match(normalise_question(question))
    if lead and not _ASKING.search(lead.group(1)) and not catalog.mentions(lead.group(1)) and not read_period(lead.group(1)).years:
        # 这次聚焦律所和企业。淮安市政府…来自法律服务机构的…: a lead whose rows and columns the question says again
        rest = normalise_question(question)[lead.end() :]
        if (not re.search(r"这样|这种|这类|此类|这些|这个情况|上述", rest)  # (…这样“不予处理”的: the lead says which)
                and (not find_metrics(lead.group(1)) or find_metrics(rest)) and (not column_spans(lead.group(1)) or column_spans(rest))
                and (find_metrics(lead.group(1)) or column_spans(lead.group(1)))):
            question = rest
    told, remark = _remark_told_apart(normalise_question(question))
    if remark:
        question = told
        remark_note = f"后面的“{remark}”当作说明：表里本来就分开计，没有改变算法"
    else:
        told, aside = _aside_after(normalise_question(question), catalog)
        if aside:
            question, remark = told, aside
            remark_note = f"后面的“{aside}”当作补充说明，没有改变所问的数字"
    told, premise = _premise_of_a_column(normalise_question(question))
    if premise:
        question = told
        remark, remark_note = premise, f"“{premise}”当作前提，这个数没有核对（可以单独问）"
    question = _former_or_latter(question, catalog)
    question = _unit_of_each_place(question, catalog)
    question, over = _denominator_said(question)
    apart = _YEARS_APART.search(question)
    if apart and _EVERY_REPORT.search(question[: apart.start()]):
        question = question[: apart.start()]  # 几份报告里…排一下，洪泽两年分开算: each report is one item already
    average = _AVERAGE.search(normalise_question(question))
    if average:  # 平均每家新收多少: the sum of those reports, divided by how many (done in the answer)
        question = normalise_question(question)
        question = question[: average.start()] + "一共" + question[average.end() :]
    question, value_filter = _without_filter(question)
    query = _understand(question, catalog, today)
    query.value_filter = value_filter
    if average:
        query.average = True
    if over:
        query.assumed.append(f"按“{over}”理解")
    if remark:
        query.assumed.append(remark_note)
    if intro_note:
        query.assumed.append(intro_note)
    _wording(query, catalog)
    if query.intent not in ("help", "forecast", "exclude"):
        read = [(m.start, m.end) for m in query.mentions] + list(query.time_spans)
        if query.exclude_span:
            read.append(query.exclude_span)
            rest = re.match(r"[，,]?(?:剩下|其余|余下|剩余|其他|其它)(?:的)?", query.text[query.exclude_span[1] :])
            if rest:  # 去掉淮安，剩下三家…: what is left after the one left out
                read.append((query.exclude_span[1], query.exclude_span[1] + rest.end()))
        if query.unknown_place and query.unknown_place in query.text:
            i = query.text.index(query.unknown_place)
            read.append((i, i + len(query.unknown_place)))
        if query.place_span:
            read.append(query.place_span)
        if query.claimed is not None and query.claim_bound:  # 接近400万件，真有这么多: the amount and the doubt are read
            read += [m.span() for p in (_CLAIM_AMOUNT, _CLAIM_NEAR, _DOUBT) for m in p.finditer(query.text)]
            read += [m.span() for m in re.finditer(r"上[百千万亿]", query.text)]
        ids = {i for m in query.mentions for i in m.agency_ids}
        if len(ids) == 1 and "人民政府" in catalog.agencies[next(iter(ids))].name:
            level = catalog.agencies[next(iter(ids))].level  # 淮安24年不予公开几件 市里那个: the level agrees, it is read
            read += [m.span() for m in _LEVEL_SAID.finditer(_mask(query.text, query.mentions)) if level_of(m.group(1)) == level]
        if len(query.metrics) >= 2 or len(find_metrics(query.text)) >= 2:  # 复议加上两类行政诉讼 (直接起诉加上复议后起诉: merged into their group): 加上 joins two figures (with one figure it adds to nothing said)
            read += [m.span() for m in _PLUS.finditer(query.text)]
        if query.against_number is not None:  # 比3500少多少: the number said is read
            read += [m.span() for m in _THAN_NUMBER.finditer(query.text)]
        if query.share_of_years or query.share_of or query.ratio_of:  # 2023年相当于2024年的百分之几: the word that joins part and whole, read
            read += [m.span() for m in re.finditer(r"相当于", query.text)]
        if query.blank_as_none:  # 没填就按没有算: read
            read += [m.span() for m in _BLANK_AS_NONE.finditer(query.text)]
        if query.balance:  # 收支对得上吗: the equation, read
            read += [m.span() for m in _IN_AND_OUT.finditer(query.text)]
        if query.by_parts:  # 按四项加总来算: the whole the rate is taken over, read
            read += [m.span() for m in _BY_PARTS.finditer(query.text)]
        if any(m.key == "结转下年度" for m in query.metrics):  # 结转到2025年继续办的: the row, said with the year it goes to
            read += [m.span() for m in _CARRIED_INTO.finditer(query.text)]
        if query.every_year_of:  # 洪泽两年: the years of that agency, read
            read += [(m.end, _EVERY_YEAR_AFTER.match(query.text, m.end).end()) for m in query.mentions
                     if m.agency_ids and _EVERY_YEAR_AFTER.match(query.text, m.end)]
        if query.exclude_ids:  # 除了秀洲分局，其他几家里: the ones left, read with the exclusion
            read += [m.span() for m in re.finditer(r"(?:其他|其余|剩下|剩余|别的)(?:的)?(?=[几各那这]|单位|家|[三四五六七八九]家)", query.text)]
        if query.over_decided:  # 扣掉尚未审结: the definition of the rate, read
            read += [m.span() for m in _OVER_DECIDED.finditer(query.text)]
        if query.mixed_sum and query.signs:  # 再减掉办结: the minus of a sum whose every sign was read
            read += [m.span() for m in _MINUS.finditer(query.text)]
        for said in _EXAMPLES.finditer(query.text):  # 内部研究、讨论这类过程性信息: examples of the row named after them
            if any(s == said.end() for s, _ in metric_spans(query.text)):
                read.append(said.span())
        query.unread = [w for w in dict.fromkeys(unread_words(query.text, read, _READ_PATTERNS, lambda run: _agency_words(run, query, catalog)))
                        if re.fullmatch(r"前一年|上一年|后一年|下一年", w)  # a year next to nothing said: never a name
                        or not _agency_words(w, query, catalog) and not _chatter(w, query, read)]
        added = _ADDED_TO_NOTHING.search(query.text)
        if added and len(query.metrics) <= 1 and len({i for m in query.mentions for i in m.agency_ids}) <= 1:
            # 连上年结转的算上一共多少: one row said, added to a figure the question does not say (never that row alone)
            query.unread += [added.group(1)] if added.group(1) not in query.unread else []
        labels = [w for m in query.metrics if not m.key.endswith("~") for w in (m.label, *m.synonyms, *m.key.split("/"))]
        for w in list(query.unread):  # 重复申情: a slip of a word of the row read, said in the answer
            meant = slip_of_read_word(w, labels)
            if meant:
                query.unread.remove(w)
                query.assumed.append(f"“{w}”按“{meant}”理解")
        # 有效申请: a word of 表二's columns beside rows that have no such column chooses nothing the figure shows
        if query.metrics and all(not m.cols for m in query.metrics):
            query.unread += [w for w in _active_columns_unread(query.text, read) if w not in query.unread]
        # what the tables do not count (信息处理费, 网上申请, 平均天数) is never accounted for by a figure
        unlisted = _mask(query.text, query.mentions)
        if query.per_item:  # 平均一个项目: computed from the row's own two columns
            unlisted = _PER_ITEM.sub(lambda m: "　" * len(m.group(0)), unlisted)
        query.unread += [m.group(0) for p in (_NARRATIVE, _NOT_IN_TABLES) for m in p.finditer(unlisted)
                         if m.group(0) not in query.unread]
        handled = re.search(r"(?:最后|最终)?(?:都)?(?:是)?(?:怎么|如何|怎样)(?:被)?(?:处理|答复|办理|办|回复)(?:的)?|(?:处理|办理)(?:结果|情况)?(?:如何|怎么样|怎样)", query.text)
        if handled and {m.key for m in query.metrics} <= {"申请", "本年新收", "上年结转"} and handled.group(0) not in query.unread:
            # 企业申请最后都是怎么处理的: how they were handled is the outcome rows, never the count received
            query.unread.append(handled.group(0))
        if query.years_denied and not query.years and len({i for m in query.mentions for i in m.agency_ids}) != 1:
            # 各单位…，不是2024年的: which year is meant for several agencies is not said (one agency: its other newest)
            query.unread.append(f"不是{query.years_denied[0]}年")
        two_years = re.search(r"(?:这)?两(?:个)?年(?:度)?", query.text)
        if two_years and len(query.years) == 1 and query.add_up and two_years.group(0) not in query.unread:
            # 两年的复议加起来呢？2023年按分项算: two years said, one read; never one year's figure as the sum
            query.unread.append(two_years.group(0))
        elif (two_years and not query.years and not query.mentions and not query.level and not query.place_ids
              and query.intent == "total" and query.add_up and "哪" not in query.text and two_years.group(0) not in query.unread):
            # 两年的予以公开合计 with no agency said: which agency's two years is not known; never one year of every agency
            query.unread.append(two_years.group(0))
        bare_rate = re.search(r"(?<![予以部分不实质际])公开率", query.text)
        rows_read = {m.key for m in query.metrics if m.weight > 1 and not m.key.endswith("~")}
        over_said = re.search(r"按[^，,。？?]{1,16}?(?:来)?算|以[^，,。？?]{1,16}?为分母|分母", query.text) and not re.search(r"除以|÷|/", query.text)
        if (bare_rate and over_said and "实质公开" not in rows_read and rows_read - {"予以公开", "部分公开"}
                and "公开率" not in query.unread):
            # 法律服务机构的公开率，按新收算: which rows 公开率 counts over that whole is not said; never dropped
            query.unread.append("公开率")
        bare_share = re.search(r"(?<![予以部分不实质际动务息请])公开(?:的)?(?:比例|占比|比重)", query.text)
        if bare_share and not rows_read & {"予以公开", "部分公开", "实质公开"} and bare_share.group(0) not in query.unread:
            # 企业申请的公开比例: 予以公开 alone, or with 部分公开? never the applicants' share with 公开 dropped
            query.unread.append(bare_share.group(0))
        ranked_rest = re.search(r"哪(?:一)?(?:类|种|项)(?:最多|最少)|(?:最多|最少)的是(?:哪|什么)", query.text)
        if ranked_rest and (query.exclude_row or query.exclude_column) and ranked_rest.group(0) not in query.unread:
            # 办理结果里除了予以公开以外哪一类最多: the rest ranked is not computed; never the rest's sum instead
            query.unread.append(ranked_rest.group(0))
        derived = _DERIVED.search(query.text)
        if derived and not (query.ratio or query.by_parts or query.parts_sum or query.difference or query.add_up) and derived.group(0) not in query.unread:
            # 照这么算，本年的许可项目应该是多少: a figure derived from the ones just shown, which no cell holds
            query.unread.append(derived.group(0))
        division = re.search(r"除以|÷", query.text)
        if division and not query.ratio and division.group(0) not in query.unread:
            query.unread.append(division.group(0))  # a division said but not read as a share is never left out
        shape = _FILTER_SHAPE.search(query.text) if query.value_filter is None else None
        if query.range_unread and query.range_unread not in query.unread:
            query.unread.append(query.range_unread)
        if shape and shape.group(0) not in query.unread:  # 总计大于0的那几家: a filter not read is never left out
            query.unread.append(shape.group(0))
        earlier = re.search(r"(?:刚才|前面|上面|之前)(?:的)?(?:那个|这个)(?:合计|总数|之和|总和|加总)", query.text)
        if earlier and earlier.group(0) not in query.unread:
            query.unread.append(earlier.group(0))  # 占刚才那个合计: a sum of the talk not tied to it here is never a whole guessed
        percent = re.search(r"(?:给个|给我个|给我一个|要个|用|按|说个|换成)?百分比", query.text)
        if percent and not (query.ratio or query.intent in ("change", "trend", "checks") or query.done_rate or query.dispute_rate
                            or _CHANGE.search(query.text) or _GROWTH_PERCENT.search(query.text)):
            query.unread.append(percent.group(0))  # 予以公开多少，给个百分比: a percentage of what is not said; never the count
        why = _WHY.search(query.text)
        if why and not any(m.key.split("/")[0] in _GROUNDS for m in query.metrics):
            query.unread.append(why.group(0))  # 复议为什么被纠正: the tables count cases, not their reasons
        over_columns = _OVER_COLUMNS.search(query.text) if query.ratio else None
        if over_columns and column_spans(query.text[: over_columns.start()]) and over_columns.group(0) not in query.unread:
            # 结果纠正占结果维持和结果纠正合计 / 法律服务机构占法人或者其他组织: one column over several added is not
            # computed; never the share over one of them, nor over the row's total
            whole = over_columns.group("whole")
            cols = [whole[a:b] for a, b in column_spans(whole) if not re.fullmatch(r"总计|合计|总数", whole[a:b])]
            if len(cols) >= 2 or any(c in LEGAL_PERSONS for c in cols):
                query.unread.append(over_columns.group(0))
    rate = NAMED_RATE.search(query.text)
    zhan = re.search(r"占([^，,。？?占]{1,12}?)(?:的)?(?:比例|比重|几成|百分之几|百分之多少|多少|占比)", query.text[rate.end() :]) if rate else None
    if zhan and zhan.group(0) not in query.unread:
        said_whole = {m.key for m in find_metrics(zhan.group(1))}
        own = next((w for k, w in _OWN_WHOLES if re.search(k, rate.group(0))), [])
        if said_whole and not any(said_whole == w or len(own) == 1 and said_whole <= w for w in own):
            # 办结率占新收的几成: a named rate is over its own whole; another whole said with it is not read (never dropped)
            query.unread.append(zhan.group(0))
    query.shapes = asked_shapes(query.text)
    return query


# The whole each named rate is taken over (a whole said with it that is not one of these is not read)
_OWN_WHOLES = (("办结", [{"本年新收", "上年结转"}, {"受理总量"}]), ("实质公开|不予公开|无法提供|予以公开", [{"总计"}]),
               ("纠错|纠正|维持|败诉", [{"行政复议", "行政诉讼", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"}]),
               ("自然人|争议转化", [{"本年新收"}]))


# 占结果维持和结果纠正合计的比例: the whole a share is taken over, up to the words that ask it
_OVER_COLUMNS = re.compile(r"占(?P<whole>[^，,。？?]{2,30}?)(?:加起来|之和|合计|总和|总数)?(?:的)?(?:比例|比重|占比|百分比|百分之|几成|多少)")


_ROW_WORDS = {w for m in METRICS for w in m.synonyms}
_THAN_LAST_YEAR = re.compile(r"(?:比|较)(?:上一?年度?|去年|前一年)")
_BEFORE_LINK = re.compile(r"[的和与及跟同、，,]+$")
_POINTED_AFTER = re.compile(r"(?:的)?(?:那家|那一家|那个单位|那家单位|那个部门|那个)")  # (安康那边: the place, asked back)
_KIND_AFTER = re.compile(r"(?:的)?(?:那个|那家)?(分局|局|委)(?![\u4e00-\u9fff]{0,3}(?:长|领导|书记|主任))")
_UNIT_AFTER = re.compile(r"([市区县镇乡]?(?:人民政府|政府|府)|[\u4e00-\u9fff]{1,8}?(?:委员会|局|委|办公室|中心))")


def _wording(query: Query, catalog: AgencyCatalog) -> None:
    """What the resolver and the answers need of the wording, read here once: around each mention (the
    word before it, a place joined to it, a unit word after a place) and in the whole question."""
    q = query.text
    regions = [m for m in query.mentions if m.kind == "region"]
    for m in query.mentions:
        m.word_before = _BEFORE_LINK.sub("", q[: m.start])[-2:]
        # (嘉兴那个秀洲分局 / 陕西那边的安康市自然资源局: the place said before the agency, with a pointing word between)
        joined = [r for r in regions if 0 <= m.start - r.end <= 4 and re.fullmatch(r"[的之]?|(?:的)?(?:那个|这个|那边的?|这边的?)", q[r.end : m.start])]
        if joined:
            m.region_before, m.with_region = joined[-1], q[joined[-1].start : m.end]
        m.unheld_place_before = catalog.unknown_region_before(q, m) or ""
        after = _UNIT_AFTER.match(q[m.end :]) if m.kind == "region" else None
        m.unit_after = after.group(1) if after else ""
        m.pointed = m.kind == "region" and bool(_POINTED_AFTER.match(q[m.end :]))
        kind = _KIND_AFTER.match(q[m.end :]) if m.kind == "region" and not m.unit_after else None
        m.kind_after = kind.group(1) if kind else ""
    # 浙江嘉兴的秀洲分局: a place said only to say where the agency named after it is, not an agency of its own
    query.mentions = [r for r in query.mentions if not (r.kind == "region" and any(
        m.region_before is r and set(r.agency_ids) & set(m.agency_ids) for m in query.mentions))]
    # 北戴河区和秀洲分局都属于自然资源口: the kind the agencies named share, said of them, names no agency of its own
    query.mentions = [s for s in query.mentions if not (
        re.search(r"(?:都|同|均|全)(?:属于|属|是|归|在)$", q[: s.start]) and re.match(r"(?:口|系统|条线|领域|部门|行业)", q[s.end :])
        and (said := [m for m in query.mentions if m.end <= s.start]) and all(set(m.agency_ids) <= set(s.agency_ids) for m in said))]
    # 嘉兴的乍浦镇: a place before an agency whose name says no place (a township) cannot be checked; the
    # agency is taken, and the answer says the place was not checked
    unplaced = set(catalog.unplaced())
    for m in [m for m in query.mentions if m.kind != "region" and m.region_before and m.region_before in query.mentions
              and m.agency_ids and set(m.agency_ids) <= unplaced]:
        query.mentions.remove(m.region_before)
        query.assumed.append(f"“{m.region_before.text}”未核对：{m.text}的年报名称里看不出所在地")
        m.region_before, m.with_region = None, ""
    # 安康发改委、嘉兴发改委…排个序: a unit joined to a place that holds no such unit is not held; among other
    # agencies it is the one not held (said), never the place's other units nor the unit held elsewhere
    for m in [m for m in query.mentions if m.kind != "region" and m.region_before is not None
              and not set(m.region_before.agency_ids) & set(m.agency_ids)]:
        others = [n for n in query.mentions if n is not m and n is not m.region_before and n.agency_ids]
        if others and not query.unknown_agency:
            query.unknown_agency = m.with_region
            query.mentions = [n for n in query.mentions if n is not m and n is not m.region_before]
    for m in query.mentions:
        _place_before(query, m, catalog)
    if query.unknown_agency:
        query.unknown_agency_at = q.find(query.unknown_agency)
        query.unknown_agency_apart = bool(re.search(r"(?:^|[和与及跟同、,，。！!？?；;：:]|比)(?:的)?$", q[: query.unknown_agency_at]))
    query.government_said = bool(re.search(r"政府|[市区县]府", q))
    # 市府 / 区政府 with no place: that level's government (never 苏州市政府: a place of its own before it)
    level = re.search(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的和跟与同比占于在是那这个]))(市|区|县|镇|乡)(?:人民)?(?:政府|府)", q)
    query.government_level = (level.group(1), level.group(0)) if level else None
    government = re.search(r"人民政府|政府", q)
    query.government_word = government.span() if government else None
    # (平摊下来一个项目: words read as an operation are no misspelt name, whatever they look like)
    query.leftover_words = strip_known_words(_PER_ITEM.sub(" ", q))
    rows_at = [q.find(w) for w in _ROW_WORDS if w in q]  # where metric_spans(q, generic=True) would begin
    query.known_from = min([s for s, _ in query.time_spans] + rows_at, default=0)


def _place_before(query: Query, m: Mention, catalog: AgencyCatalog) -> None:
    """秦皇岛的发改委 / 杭州的乍浦镇: a place of the divisions said right before a name that carries no held
    place of its own. The agencies there are kept; none there is an agency not held (never the one elsewhere);
    an agency whose name says no place is taken, and the answer says the place was not checked."""
    if m.kind == "region" or m.region_before or m.unheld_place_before:
        return
    said = [p for p in places_said(query.text[: m.start]) if re.fullmatch(r"[的之]?", query.text[p.end() : m.start])]
    if not said or any(r.start <= said[-1].start() < r.end for r in query.mentions if r is not m):
        return
    place = said[-1].group(0)
    there = {i: within(catalog.agencies[i].name, place) for i in m.agency_ids}
    if any(there.values()):
        m.agency_ids = [i for i, inside in there.items() if inside]
    elif any(inside is False for inside in there.values()):
        m.unheld_place_before = place
    elif there:
        query.assumed.append(f"“{place}”未核对：{m.text}的年报名称里看不出所在地")


_ASKING = re.compile(r"[？?]|吗|呢|多少|几|哪|谁|什么|怎么|是否|是不是|如何|有没有|排|比较|对比|算|占|差|加|合计|一共|总共|吧")
_CHATTER = re.compile(r"我|您|你|请|谢谢|感谢|麻烦|想|写|稿|核实|请教|帮|编辑部|记者|报道|媒体|引用|转载|新闻|网上")


def _chatter(word: str, query: Query, read: list[tuple[int, int]]) -> bool:
    """A word in a clause about the asker (我在写一篇稿子，想核实一下，谢谢) that names no agency, time,
    row or column: it cannot change which figure is meant. (我关注征地拆迁类的信息公开。…涉及征地拆迁的有多少件:
    said in the scene and again in the question, it is not chatter where the question says it.)"""
    ats = [m.start() for m in re.finditer(re.escape(word), query.text)]
    return bool(ats) and all(_chatter_at(word, at, query, read) for at in ats)


def _chatter_at(word: str, at: int, query: Query, read: list[tuple[int, int]]) -> bool:
    start = max(query.text.rfind(c, 0, at) for c in "，,。？?！!；;") + 1
    ends = [e for e in (query.text.find(c, at) for c in "，,。？?！!；;") if e >= 0]
    end = min(ends) if ends else len(query.text)
    clause = query.text[start:end]
    heading = re.match(r"^([^，,。？?！!；;：:]{2,12})[：:]", query.text)  # 关注一下积压问题：… / 换个角度：…
    sentence_start = max(query.text.rfind(c, 0, at) for c in "。！!；;：:") + 1
    sentence_end = min([e for e in (query.text.find(c, at) for c in "。！!；;：:") if e >= 0] or [len(query.text)])
    sentence = query.text[sentence_start:sentence_end]
    # (a title quoted, 那几份报告, 写几句: no question of the sentence's own)
    asking = _ASKING.search(re.sub(r"“[^”]*”|[这那]几(?:份|家|个|项|类|种|年)|几句|几笔|几乎|差距|差别|差异", "", sentence))
    if sentence_end < len(query.text) - 1 and not asking and query.text[sentence_end + 1 :].strip():
        # 想了解规范性文件的清理情况。淮安市…几件？: a sentence that only sets the scene, before the question (its
        # slots are read as ever; its other words choose nothing)
        return True
    if heading and at < heading.end(1):
        clause, start, end = heading.group(1), 0, heading.end(1)
    elif re.search(r"^(?:我|我们)[^，,。]{0,8}(?:在|正在|准备|要)(?:写|做|比较|对比|研究|梳理|整理|统计|核对|调查|了解)|稿子|稿件|栏目|专题|报道里", clause):
        return True  # 我在写淮安市政府2024年法治政府建设的稿子: a clause on the asker's work (its slots are read as ever)
    elif not _CHATTER.search(clause):
        return False
    if re.search(r"\d", clause) or any(s < end and start < e for s, e in read):
        return False
    return not find_metrics(clause) and not column_spans(clause)


_AGENCY_SUFFIX = re.compile(r"(委员会|人民政府|政府|政付|办公厅|办公室|公厅|管委会|分局|局|委|厅|中心|镇|街道|乡|院|所|站|队)$")


def _agency_words(word: str, query: Query, catalog: AgencyCatalog) -> bool:
    """Words the agency slot answers for: a name we do not hold or a misspelt one (asked back or said
    not held by the resolver), or a place right before a name (湖州 + 发改委)."""
    if _AGENCY_SUFFIX.search(word) or word == query.unknown_agency or (query.unknown_agency and word in query.unknown_agency):
        return True
    if query.unknown_place and (word in query.unknown_place or query.unknown_place in word):
        return True  # 杭州市: a place we hold nothing of, said so by the answer
    at = query.text.find(word)
    if any(m.start == at + len(word) for m in query.mentions) or any(m.end == at for m in query.mentions) and (
            len(word) <= 3 or re.search(r"[区县市镇乡]$", word)):  # (洪泽区常住人口: a noun after a name is no part of it)
        return True
    if len(word) >= 2 and word not in _ROW_WORDS and any(word in catalog.agencies[i].name for m in query.mentions for i in m.agency_ids):
        return True  # 平潭那个实验区: a piece of the name of the agency named
    if 2 <= len(word) <= 3 and any(len(r) >= len(word) and Levenshtein.distance(r[: len(word)], word) == 1
                              for r in catalog.regions()):
        return True  # 平谭 for 平潭, 北载(河) for 北戴河: the resolver asks back
    return bool(catalog.near_forms(word))


# 予以公开数÷办理结果总计 / 不掌握除以本年新收: the part and the whole written out
_FORMULA = re.compile(r"(?:[（(](?P<sum>[^（）()]{2,40})[）)]|(?P<part>[^，,。；;（）()：:=?？!！]{2,24}?))\s*[，,]?\s*(?:再|然后)?(?:÷|/|除以)\s*"
                      r"(?:[（(](?P<whole_sum>[^（）()]{2,40})[）)]|(?P<whole>(?:[（(]七[）)])?[^，,。；;（）()：:=+＋?？!！]{2,24}))")
_PART_LAST = re.compile(r"(?:当中|之中|里面|里头|中|里)[，,]?[^，,。]{0,12}?占(?!比)")


def _share_said(query: Query, masked: str) -> None:
    """Which figure is the part of a share, when the question says it: a formula written out (the part
    before ÷), or 办结的申请里，部分公开占了多少 (the row after 里 … 占 is the part, the one before is the whole)."""
    formula = _FORMULA.search(masked)
    if formula and formula.group("sum") and re.search(r"[\u4e00-\u9fff]$", masked[: formula.start()]) and not re.search(
            r"[按为是用以]$", masked[: formula.start()]):
        formula = None  # 结果纠正（直接起诉+复议后起诉）÷诉讼总数: the brackets say what a word covers, not a sum of rows
    if formula:
        part, whole = find_metrics(formula.group("part") or formula.group("sum")), find_metrics(formula.group("whole") or formula.group("whole_sum") or "")
        if len(part) == 1 and len(whole) == 1 and part != whole:
            query.metrics, query.share_order, query.whole_rows = [part[0], whole[0]], "占", {whole[0].key}
            return
        if (formula.group("whole_sum") and len(part) == 1 and len(whole) >= 2 and part[0] not in whole
                and re.search(r"[+＋加和]", formula.group("whole_sum"))):  # 结转下年度÷（本年新收+上年结转）: over a sum
            query.metrics, query.share_order, query.whole_rows = [part[0], *whole], "占", {m.key for m in whole}
            query.add_up = True
            return
        summed = formula.group("sum") or (formula.group("part") if re.search(r"[+＋加]", formula.group("part") or "") else "")
        if (summed and len(part) >= 2 and len(whole) == 1 and whole[0] not in part
                and re.search(r"[+＋加和]", summed)):  # （予以公开+部分公开）÷办理结果总计 / 予以公开加部分公开，除以办结总计
            query.metrics, query.share_order, query.whole_rows = [*part, whole[0]], "占", {whole[0].key}
            query.add_up = True
            return
    rows = metric_spans(masked)
    said = _PART_LAST.search(masked)
    if said and len(query.metrics) == 2 and len(rows) == 2 and rows[0][1] <= said.start() < rows[1][0] < said.end():
        query.share_order = "中"


# 秀洲那个分局 / 嘉兴的那家发改委: a pointing word inside a name, between the place and the kind of agency
_POINTER_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:的那个|的那家|那个|那家|这个)(?=分局|局|委|办|政府|府|中心|实验区|开发区|新区|管委会)")


def _only_columns(words: str) -> bool:
    """The words name columns and nothing else (自然人 / 商业企业和科研机构)."""
    spans = column_spans(words, active=False)
    rest = words
    for s, e in sorted(spans, reverse=True):
        rest = rest[:s] + rest[e:]
    return bool(spans) and not find_metrics(words) and bool(re.fullmatch(r"[和与及、，,的以外之申请人提出还]*", rest))


def _share_of_agencies(query: Query, q: str) -> None:
    """洪泽区收到的申请量相当于淮安市政府的百分之几 / 秀洲分局占秀洲分局和乍浦镇合计的几成: one figure of the agencies
    named before 占/相当于, over the same figure of those named after it (summed)."""
    at = re.search(r"占|相当于|(?:是|只有|仅有|只是|仅为|才)(?=[^，,。]{1,20}的(?:百分之|几成|多少成|比例|几分之|几倍|多少倍))", q)
    named = [m for m in query.mentions if m.agency_ids and m.kind == "name"]
    if not (query.ratio and at and len(named) >= 2):
        return
    # (洪泽区是淮安下面的区。2024年洪泽区…相当于淮安市政府的百分之几: a sentence before the question sets the scene)
    start = max((m.end() for m in re.finditer(r"[。！!？?；;]", q[: at.start()])), default=0)
    before = sorted({i for m in named if start <= m.start and m.end <= at.start() for i in m.agency_ids})
    after = sorted({i for m in named if m.start >= at.end() for i in m.agency_ids})
    rows = {m.key.rstrip("~") for m in query.metrics}
    if before and after and before != after and len(rows) == 1:
        query.share_of = (before, after)


def _gap_of_agencies(query: Query, q: str) -> None:
    """秀洲分局和发改委加起来比安康多多少: one figure of the agencies named before 比, added, less the same figure
    of those named after it (a sum on one side at least: two agencies alone are a plain difference)."""
    at = re.search(r"(?<![相对])比(?!例|重|率|较)", q)
    named = [m for m in query.mentions if m.agency_ids and m.kind == "name"]
    if not (query.difference and query.add_up and at and not query.ratio and len(named) >= 3):
        return
    start = max((m.end() for m in re.finditer(r"[。！!？?；;]", q[: at.start()])), default=0)  # (a sentence setting the scene)
    before = list(dict.fromkeys(i for m in named if start <= m.start and m.end <= at.start() for i in m.agency_ids))
    after = list(dict.fromkeys(i for m in named if m.start >= at.end() for i in m.agency_ids))
    rows = {m.key.rstrip("~") for m in query.metrics}
    if before and after and not set(before) & set(after) and len(rows) == 1 and max(len(before), len(after)) >= 2:
        query.gap_of = (before, after)


def _share_of_years(query: Query, q: str) -> None:
    """洪泽2024年新收是2023年的几倍 / 相当于2023年的百分之几: one figure of one agency, the year said before 是 over
    the year said after it."""
    at = re.search(r"相当于|(?:是|只有|仅有|只是|仅为|才)(?=[^，,。]{1,20}的(?:百分之|几成|多少成|比例|几分之|几倍|多少倍))", q)
    agencies = {i for m in query.mentions for i in m.agency_ids}
    rows = {m.key.rstrip("~") for m in query.metrics}
    if not (query.ratio and at and len(query.years) == 2 and len(agencies) <= 1 and len(rows) == 1 and not query.share_of):
        return
    said = [(m.start(), 2000 + int(m.group(1)) if len(m.group(1)) == 2 else int(m.group(1)))
            for m in re.finditer(r"((?:19|20)\d{2}|\d{2})年", q)]
    before = {y for at_, y in said if at_ < at.start() and y in query.years}
    after = {y for at_, y in said if at_ >= at.end() and y in query.years}
    if len(before) == 1 and len(after) == 1 and before != after:
        query.share_of_years = (before.pop(), after.pop())


def _places_listed(q: str, mentions: list[Mention], catalog: AgencyCatalog, assumed: list[str]) -> list[Mention]:
    """安康和发改委加起来: a bare place listed beside a named agency is the one agency held there (said so);
    a place holding several is left to the resolver, which asks."""
    named = [m for m in mentions if m.kind == "name"]
    out = []
    for m in mentions:
        beside = any(re.fullmatch(r"[和与、跟及,，比]", q[a.end : b.start]) for a, b in ((m, n) for n in named) if a.end <= b.start) or any(
            re.fullmatch(r"[和与、跟及,，比]", q[n.end : m.start]) for n in named if n.end <= m.start)
        if m.kind == "region" and len(m.agency_ids) == 1 and named and beside and not m.unit_after:
            name = catalog.agencies[m.agency_ids[0]].name
            assumed.append(f"“{m.text}”按{name}理解（库中{m.text}只有这一家）")
            m = replace(m, kind="name")
        out.append(m)
    return out


# 按分项算 / 按四项加总来算 / 按加起来的件数算: a share over what the whole's own parts add up to
_BY_PARTS = re.compile(r"(?:按照?|照|依|用|以|拿)(?:这个|这些|那个)?(?:分项|各项|几项|[两三四五六七八九十]项|加起来的(?:件数|数字?|总数))(?:加总|之和|合计|相加)?(?:的件数)?"
                       r"(?:(?:作为|作|做|当作|当|为)分母)?(?:来)?(?:算|计算)?"
                       r"|(?:÷|/|除以)(?:分项|各项)(?:加总|之和|合计|相加)"
                       r"|(?:分项|各项)(?:加总|之和|合计|相加)(?:作|做|当)?(?:为)?分母")
# 报告里说… / 通稿称…，: a clause quoting what a text says, before the question asked of the table
_REPORTED_CLAUSE = re.compile(r"^[^，,。？?]*?(?:报告|年报|正文|通稿|文中|稿子|文章)[^，,。？?]*?(?:说|称|写|提到)[^，,。？?]*[，,]")
# 比3500少多少 / 比3000件多几件: the figure against a number said (never a year: 比2023年多多少)
_THAN_NUMBER = re.compile(r"比(\d+(?:\.\d+)?)(?!\d|\s*年|\.)\s*(?:件|个|项|元)?(?:还)?(?:多|少|高|低)(?:了|出)?(?:多少|几)")
# 增长百分比 / 增幅: the change of a figure in percent (a share only when a share is also named)
_GROWTH_PERCENT = re.compile(r"(?:增长|增加|下降|减少|变化)(?:了)?(?:的)?(?:多少|百分之几)?(?:个)?(?:百分比|幅度)|增长率|增幅|涨幅|降幅")
# 纠错率按纠正 ÷ 已审结 / 扣掉尚未审结: the rate over the cases decided
_OVER_DECIDED = re.compile(r"已(?:经)?审结|已(?:经)?结案|审结了的|(?:减去?|减掉|扣除|扣掉|去掉|刨去|刨掉|除去|除掉|去除|剔除|剔掉|拿掉|不算|不含|排除|不计)(?:掉)?"
                           r"(?:尚未|未|还没|还没有|没有|还未)审结(?:的)?(?:案件|那件|那几件|的案子)?(?:剔掉|去掉|拿掉|扣掉|除掉)?"
                           r"|[−-]\s*尚未审结|(?:把)?(?:这些|那些)?(?:尚未|未|还没|还没有|没)审结的?(?:那些|这些|那件|那几件)?(?:案件|案子)?(?:从分母(?:里|中)?)?(?:先|都|全)?"
                           r"(?:不算|除外|扣掉|去掉|剔掉|剔除|拿掉|除掉|减掉)(?:掉)?(?:不算)?(?:再算|后再算|重新算|重算|来算)?"
                           r"|(?:这次)?分母(?:里|中)?(?:请|要|就)?(?:减去?|减掉|扣除|扣掉|去掉|剔除|剔掉|拿掉|除掉)(?:尚未|未|还没|还没有)审结(?:的)?(?:案件|那些|那几件)?")
_PENDING_LEFT_OUT = re.compile(r"(?:除了|除去|除掉|扣掉|扣除|去掉|减去|减掉|刨去|刨掉|剔除|剔掉|拿掉|排除|不算|不含|不计)?(?:掉)?"
                               r"(?:尚未|未|还没|还没有|没有|还未)审结(?:的)?(?:案件|那件|那几件|的案子|那些)?"
                               r"(?:不算|除外|扣掉|去掉|剔掉|剔除|拿掉|除掉|减掉)?")
_MINUS = re.compile(r"减去|减掉|扣除|再减|(?<![增少加])减(?![少])")


_ROW_LEFT_OUT_AFTER = re.compile(r"(?:把|将)[“\"]?([\u4e00-\u9fff、和与]{2,24}?)[”\"]?(?:的)?(?:那|这)?(?:一)?(?:项|类|种|个|部分)?(?:都|全)?"
                                 r"(?:去掉|除去|扣掉|减掉|剔除|排除|拿掉)(?:掉)?")
_OUTCOME_ORDER = ("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理")  # 表三's outcomes as printed
# (各项（予以公开到其他处理）: a range said in brackets, with no 从)
_ROW_RANGE = re.compile(r"(?:从|(?<=[（(]))([^，,。？?到至（）()]{2,12}?)(?:一直)?(?:到|至)([^，,。？?（）()]{2,12}?)(?=[，,。？?）)]|各|这|的|共|一共|逐|加|$)")


_EACH_PLACES_UNIT = re.compile(r"([\u4e00-\u9fff]{2,4}?)[、和与及跟]([\u4e00-\u9fff]{2,4}?)(?:两|二|这两|三)?(?:地|个地方|处|边)(?:的)?"
                               r"([\u4e00-\u9fff]{1,8}?(?:委员会|分局|局|委|办公室|政府|府))")


def _unit_of_each_place(question: str, catalog: AgencyCatalog) -> str:
    """安康、嘉兴两地的发改委: the unit of each place, written out (安康发改委和嘉兴发改委), never every unit held there."""
    said = _EACH_PLACES_UNIT.search(question)
    if not said or not all(catalog.knows_place(said.group(k)) for k in (1, 2)):
        return question
    unit = said.group(3)
    return question[: said.start()] + f"{said.group(1)}{unit}和{said.group(2)}{unit}" + question[said.end() :]


def _row_range(query: Query, masked: str) -> None:
    """从予以公开到其他处理，各项加起来: every outcome row from the one to the other, as printed in 表三
    (all of them: the rows of （七）总计). A range whose ends are not two outcome rows is left as read."""
    said = _ROW_RANGE.search(masked)
    if not said:
        return
    found = [find_metrics(said.group(k)) for k in (1, 2)]
    ends = [[m.key for m in f if m.key in _OUTCOME_ORDER] for f in found]
    if all(len(e) == 1 for e in ends):
        a, b = sorted(_OUTCOME_ORDER.index(e[0]) for e in ends)
        rows = _OUTCOME_ORDER[a : b + 1]
        query.metrics = [BY_KEY["总计"]] if len(rows) == len(_OUTCOME_ORDER) else [BY_KEY[k] for k in rows]
        return
    if not all(len(f) == 1 for f in found):
        return
    # 从国家秘密到行政查询事项: the rows of one group from the one to the other, as the template lists them
    parent = found[0][0].parent
    siblings = [m.key for m in METRICS if m.parent == parent] if parent else []
    if parent and found[1][0].parent == parent and all(f[0].key in siblings for f in found):
        a, b = sorted(siblings.index(f[0].key) for f in found)
        rows = siblings[a : b + 1]
        query.metrics = [BY_KEY[parent]] if len(rows) == len(siblings) else [BY_KEY[k] for k in rows]
    else:  # 从予以公开到国家秘密: rows of different groups; which lie between is not guessed
        query.range_unread = said.group(0)


# column words that name a column of 表二 in so many words, never said in prose of anything else
# (发布 / 出台 / 增加 / 一共有 are: 新闻发布会, 出台政策, 比上年增加)
_ROW_COLUMN_WORDS = {"制发", "新制发", "废止", "作废", "现行有效", "现在还有效", "现在有效", "仍然有效", "还有效", "仍有效",
                     "新制作", "采购额", "本年新制作数量", "本年新制作", "新制作数量", "本年制发件数", "本年制发", "本年废止件数",
                     "本年废止", "现行有效件数", "对外公开总数量"}


_REVIEW_ROWS = ("行政复议", "行政诉讼", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉")


def _rows_of_the_columns(q: str, masked: str) -> list[tuple[str, str]]:
    """平潭2022年制发和废止分别是多少: no row named, but its column words are those of one row, or of rows
    that share them (规章 and 行政规范性文件). Each row they could be, with the question written out with it
    (the row to read first): the answer takes the one whose cells are not all empty or zero, or asks which."""
    owners: set[str] | None = None
    first = None
    for s, e in column_spans(masked):
        word = masked[s:e]
        rows = {m.key for m in METRICS for cols in m.cols.values() for ws in cols.values() if word in ws}
        if not rows or word not in _ROW_COLUMN_WORDS:
            continue
        owners = rows if owners is None else owners & rows
        first = s if first is None else first
    if not owners or first is None:
        review = [s for s, e in column_spans(masked) if any(masked[s:e] in ws for c, ws in REVIEW_COLS.items() if c != "总计")]
        if review and not re.search(r"复议|诉讼|起诉|官司|审结|率|比例|占|几成", masked):
            # 洪泽2024年结果维持的有几件: 维持 is a column of 行政复议 and of both kinds of 行政诉讼; which is asked back
            return [(k, q[: review[0]] + BY_KEY[k].label.replace("·", "") + q[review[0] :]) for k in _REVIEW_ROWS]
        return []
    order = sorted(owners, key=lambda k: -BY_KEY[k].weight)
    rows = sorted(order, key=lambda k: k != "规范性文件")  # (规范性文件 is what a county's reports fill in; 规章 rarely)
    return [(k, q[:first] + BY_KEY[k].rows.get("2021", (k,))[0] + q[first:]) for k in rows]


def _sides_of_the_gap(masked: str, metrics: list) -> list[int]:
    """A和B加起来比C少多少: +1 for each row named before 比, -1 for each after it; empty when a row's place is not
    clear or one side names none."""
    first: dict[str, int] = {}
    for s, e in metric_spans(masked):
        for m in find_metrics(masked[s:e]):
            first.setdefault(m.key, s)
    than = [b.start() for b in re.finditer(r"比(?!例|率|重|较)", masked)]
    if any(m.key not in first for m in metrics) or len({first[m.key] for m in metrics}) != len(metrics) or len(than) != 1:
        return []
    signs = [1 if first[m.key] < than[0] else -1 for m in metrics]
    return signs if 1 in signs and -1 in signs else []


def _signs(masked: str, metrics: list) -> list[int]:
    """新收加上年结转再减去结转下年: each row's sign, from the operator last said before it; empty when a row's
    place is not clear (named twice, or not at all) or the first is taken away, so nothing is guessed."""
    first: dict[str, int] = {}
    for s, e in metric_spans(masked):
        for m in find_metrics(masked[s:e]):
            first.setdefault(m.key, s)
    if any(m.key not in first for m in metrics) or len({first[m.key] for m in metrics}) != len(metrics):
        return []
    signs = []
    order = sorted(range(len(metrics)), key=lambda i: first[metrics[i].key])
    for m in metrics:
        before = masked[: first[m.key]]
        minus = max((x.end() for x in _MINUS.finditer(before)), default=-1)
        plus = max((x.end() for x in _PLUS.finditer(before)), default=-1)
        if re.search(r"[和跟与同]|等于|对比|相比", before[max(minus, plus, 0) :]) and max(minus, plus) >= 0:
            # …减去办结，应该等于结转下年度吧: the last row named is the side the sum is held against (0);
            # a side anywhere else is not guessed
            if metrics[order[-1]] is not m or len(metrics) < 3:
                return []
            signs.append(0)
            continue
        if (metrics[order[-1]] is m and len(metrics) >= 3 and max(minus, plus) >= 0 and re.search(r"[，,]", before[max(minus, plus) :])
                and re.match(r"[^，,。？?]{0,16}?(?:应该|应当|理应|按理|理论上|还)?(?:剩下?|剩余|等于)", masked[first[m.key] :])):
            # 新收加上结转，再减掉办结的，结转下年应该剩多少: the row said as what is left is the side held against (0)
            signs.append(0)
            continue
        signs.append(-1 if minus > plus else 1)
    return signs if signs[order[0]] == 1 and -1 in signs else []


_EVERY_YEAR_AFTER = re.compile(r"(?:的)?(?:两年|两个年度|两个年份|两份(?:年报|报告)?|各年|历年|所有年份|每年)")


def _every_year_of(query: Query) -> None:
    """淮安市、洪泽两年、平潭: among several agencies named, the one said with 两年 is taken in every report held."""
    names = [m for m in query.mentions if m.agency_ids]
    if len(names) < 2 or query.years:
        return
    for m in names:
        if _EVERY_YEAR_AFTER.match(query.text, m.end):
            query.every_year_of += [i for i in m.agency_ids if i not in query.every_year_of]


def _years_of_each(query: Query) -> None:
    """Years written right after one of several agencies named (洪泽区2023和2024) belong to it alone."""
    names = [m for m in query.mentions if m.agency_ids]
    if len(names) < 2 or not query.time_spans:
        return
    q, attached, used, bracketed = query.text, {}, set(), False
    for k, m in enumerate(names):
        end, years = m.end, []
        for s, e in sorted(query.time_spans):
            if s >= end and re.fullmatch(r"[的和与及、至到(（]?", q[end:s]):
                bracketed |= q[end:s] in ("(", "（") and end == m.end  # 洪泽区（2023、2024两年）: that agency's alone
                years += read_period(q[s:e]).years
                used.add((s, e))
                end = e
        if years:
            attached[k] = years
    if not attached or used != set(query.time_spans):  # a year standing apart is everyone's
        return
    if len(attached) == len(names):  # 淮安市政府2024年和洪泽区2023年: each its own year, unless all are the same
        if len({tuple(y) for y in attached.values()}) == 1:
            return
    elif not (query.every_report or bracketed or all(
            _EVERY_YEAR_AFTER.match(q, m.end) for k, m in enumerate(names) if k not in attached)):
        return  # 洪泽区2023和2024 among others named without a year: in 所有报告 only (洪泽两年加上平潭2022: each its own)
    for k, years in attached.items():
        for aid in names[k].agency_ids:  # 洪泽2023和洪泽2024: one agency named twice keeps both
            query.years_of[aid] = sorted({*query.years_of.get(aid, []), *years})
    query.years = []


_EXAMPLES = re.compile(r"(?<=[以因像如比如例如，,、])[\u4e00-\u9fff、]{2,16}?(?:这类|这种|这样的|之类的?|等等?|一类的?)(?:的)?")
_AVERAGE = re.compile(r"平均(?:下来)?(?:每|一)(?:家|个单位|个机关|份(?:报告|年报)?|年|年度)(?:的)?|(?:家|年)均")
_ENDS_GAP = re.compile(r"最([多高大少低小])的?(?:那家|一家|那个|那份)?(?:比|跟|和|与)最([多高大少低小])的?")


def _parts_left_out(said: str) -> list[str]:
    """The rows said after 去掉/除了, when each is a part of a row (or an outcome), every one named apart; else []."""
    found = find_metrics(said)
    named = [s for s in re.split(r"[、和与及]", said) if s]
    if not found or len(found) != len(named) or not all(m.parent or m.key in _OUTCOMES for m in found):
        return []
    return [m.key for m in found]


def _is_table_word(word: str) -> bool:
    """The whole of `word` names rows or columns of the tables (本机关不掌握相关政府信息, 其他结果)."""
    word = re.sub(r"[“”\"'‘’]", "", word)
    covered = sorted(metric_spans(word) + column_spans(word, active=True))  # (“上一年项目数量”那格: 表二's too)
    return bool(covered) and covered[0][0] == 0 and max(e for _, e in covered) == len(word)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these spans blanked (对外公开总数量 is a column's name, not 总数 asking for a sum)."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = "　" * (e - s)
    return "".join(chars)


def _mentions(q: str, catalog: AgencyCatalog) -> list[Mention]:
    """The agencies named, also when a pointing word stands inside the name (its span then covers it)."""
    found = catalog.mentions(q)
    for m in sorted(catalog.kind_pointed(q), key=lambda m: m.start - m.end):  # (自然资源那个: not 资源 too)
        if not any(m.start < f.end and f.start < m.end for f in found):
            found.append(m)
    found.sort(key=lambda m: m.start)
    cuts = [m.span() for m in _POINTER_INSIDE.finditer(q)]
    if not cuts:
        return found
    kept = [i for i in range(len(q)) if not any(s <= i < e for s, e in cuts)]
    joined = catalog.mentions("".join(q[i] for i in kept))
    across = [m for m in joined if any(kept[m.start] < s and e <= kept[m.end - 1] for s, e in cuts)]
    if not across:
        return found
    spans = [(kept[m.start], kept[m.end - 1] + 1) for m in across]
    return sorted([m for m in found if not any(s < m.end and m.start < e for s, e in spans)]
                  + [Mention(s, e, m.text, m.agency_ids, m.kind) for m, (s, e) in zip(across, spans, strict=True)], key=lambda m: m.start)


# 不予公开率是多少？他们大部分是本机关不掌握，那个不算不予公开吧 / 自然人占比多少？…法律服务机构那一列，别把它们
# 算进自然人: after a share asked in a sentence of its own, a sentence asking nothing that says X is not counted in Y,
# where Y is asked and X is apart from it in the table, tells what the table already does (never a new part or whole)
_NOT_COUNTED_IN = re.compile(r"不算(?:进|在|作|是)?|不属于|不计入|不归|(?:别|不要|不能|不用)(?:把[^，,。；;]{0,6}?)?(?:算|计|归|放)(?:进|在|入|作|到)?")
_INSTRUCTED = re.compile(r"按|用|以|分母|分子|除以|口径|换成|改成|只算|只看|扣除|去掉|除去|剔除|排除|(?<![不别没])(?:也算|加上|算上|包括|包含)")


# A sentence that asks something or tells how to count (so never a mere aside)
_ASIDE_ASKS = re.compile(r"多少|几|吗|呢|吧|哪|谁|什么|怎么|是否|是不是|如何|有没有|排|比较|对比|算|占|差|加|合计|一共|总共|率|比例|比重|百分"
                         r"|按|用|以|只|不含|不计|别|去掉|扣|刨|除|包括|包含|当|换成|改成|分开|单独|合并|不要|不用|请|帮|给我|发我|列|整理|告诉|要|[？?]")
# …what marks a sentence as the asker's own remark (a feeling, a memory, what is known): only such a sentence is an aside
_ASIDE_MARK = re.compile(r"我|觉得|好像|印象|感觉|有点|挺|太|夸张|离谱|奇怪|问题|注意到|知道|看到|听说|记得|据说|可能|估计|似乎|体量|不一样|先不管")


# …, 这个我已经知道了: the sentence says the asker has that figure already
_KNOWN_ALREADY = re.compile(r"[，,\s](?:这个|这些|那个|这)?(?:数)?(?:我)?(?:们)?(?:已经|早就|都|也)?(?:知道|清楚|有数|了解|掌握|查到|查过|看过)了[。！!]*$")


def _aside_after(question: str, catalog: AgencyCatalog) -> tuple[str, str]:
    """…涨了百分之多少？涨得有点夸张 / …分别是多少？我印象里23年那张表有点问题: a sentence after the question that
    asks nothing, tells nothing of how to count, and names no agency, year, row or column the question does not, is
    the asker's aside. Returns the question without it, and the aside."""
    said = re.match(r"^(?P<ask>[^？?]{4,}[？?])\s*(?P<rest>[^？?]{2,40}?)[。！!]*$", question)
    if not said:
        return question, ""
    ask, rest = said.group("ask"), re.sub(r"^[（(]|[）)]$", "", said.group("rest").strip())
    if _ASIDE_ASKS.search(rest) or not _ASIDE_MARK.search(rest):
        return question, ""
    if _KNOWN_ALREADY.search(rest):
        return ask, rest  # …废止了多少件？另外我看网上说他们制发了88件，这个我已经知道了: what is known is not asked
    named = {i for m in catalog.mentions(rest) for i in m.agency_ids}
    if (named - {i for m in catalog.mentions(ask) for i in m.agency_ids} or set(read_period(rest).years) - set(read_period(ask).years)
            or {m.key for m in find_metrics(rest)} - {m.key for m in find_metrics(ask)}
            or {rest[a:b] for a, b in column_spans(rest)} - {ask[a:b] for a, b in column_spans(ask)}):
        return question, ""
    return ask, rest


# 新收里有4件是法律服务机构提的，这4件最后予以公开了几件: a count said of one applicant column, then asked of
_PREMISE_OF_A_COLUMN = re.compile(r"(?P<row>[\u4e00-\u9fff]{2,10})(?:里|中|当中|里面|里头)(?:有|共有)?(?P<n>\d+)(?:件|个)?(?:是|为|来自|属于)?(?P<col>[^，,。？?\d]{2,10}?)"
                                  r"(?:提的|提出的|申请的|提交的|来的|的)[，,]\s*(?:这|那)(?P=n)(?:件|个)(?:里|中|当中|里面)?(?:最后|最终|后来|最后都)?")


def _premise_of_a_column(question: str) -> tuple[str, str]:
    """…新收里有4件是法律服务机构提的，这4件最后予以公开了几件: the premise names one applicant column of a row; what is
    asked is the row named after, in that column. Returns the question without the premise (the column said before
    the row asked), and the premise."""
    said = _PREMISE_OF_A_COLUMN.search(question)
    if not said:
        return question, ""
    col = said.group("col")
    cols = column_spans(col)
    if len(cols) != 1 or not find_metrics(said.group("row")) or find_metrics(col):
        return question, ""
    rest = question[said.end() :]
    if not find_metrics(rest):
        return question, ""
    row = said.group("row")
    spans = metric_spans(row)
    if not spans:
        return question, ""
    head = question[: said.start()] + row[: spans[0][0]]  # (2020年新收里: the year stays)
    return f"{head}{col[cols[0][0] : cols[0][1]]}{rest}", question[said.start() + spans[0][0] : said.end()].rstrip("，, ")


def _remark_told_apart(question: str) -> tuple[str, str]:
    """The question less a remark after its share that only says what the table keeps apart, and the remark."""
    said = re.match(r"^(?P<ask>[^？?]{4,}?[？?])\s*(?P<rest>[^？?]{4,40})$", question)
    if not said or not re.search(r"率|占比|比例|比重|百分之|几成", said.group("ask")) or not re.search(r"多少|几|是", said.group("ask")):
        return question, ""
    ask, rest = said.group("ask"), said.group("rest")
    no = _NOT_COUNTED_IN.search(rest)
    if not no or re.search(r"多少|几|哪|谁|吗|呢|什么", rest) or _INSTRUCTED.search(rest) or re.search(r"\d{4}", rest):
        return question, ""
    before, after = rest[: no.start()], rest[no.end() :]
    ask_rows, ask_cols = {m.key for m in find_metrics(ask)}, {ask[a:b] for a, b in column_spans(ask)}
    x_rows, x_cols = {m.key for m in find_metrics(before)}, {before[a:b] for a, b in column_spans(before)}
    y_rows, y_cols = {m.key for m in find_metrics(after)}, {after[a:b] for a, b in column_spans(after)}
    if not (x_rows or x_cols) or not (y_rows or y_cols) or not (y_rows <= ask_rows and y_cols <= ask_cols):
        return question, ""
    # X apart from Y: a row that is no part of Y's rows (本机关不掌握 is no 不予公开), a column no Y column
    if x_rows & ask_rows or x_cols & ask_cols or any(x.startswith(y + "/") or y.startswith(x + "/") for x in x_rows for y in y_rows):
        return question, ""
    return ask, rest.strip("。！!吧 ")


def _understand(question: str, catalog: AgencyCatalog, today: date | None) -> Query:
    q = normalise_question(question)
    query = Query(q, "lookup")
    if not q or _HELP.search(q):
        query.intent = "help"
        return query
    thanked = re.search(r"(?:谢谢|谢了|多谢|感谢)(?:你|您|啦|了)?[\s，,。.!！~～]*$", q) and not re.search(r"\d(?!\d{0,3}年)|多少|几|吗|呢|[?？]", q)
    if _THANKS.fullmatch(re.sub(r"[\s，,。.!！~～]", "", q)) or (thanked and not catalog.mentions(q) and not find_metrics(q)):
        # 收到 谢谢 / 哦哦 看串行了 谢了: an acknowledgement, not 收到 applications
        query.intent = "thanks"
        return query
    if _FORECAST.search(q) and not re.search(r"结转|转到|转入|继续办理", q):
        query.intent = "forecast"
        return query
    # 纠错率扣掉尚未审结: the rate over decided cases (over_decided, below), not the row less a column
    # (不算尚未审结的那件呢, naming nothing else: the rate of the thread, read against the conversation)
    pending_left_out = bool(_OVER_DECIDED.search(q) and (re.search(r"率|比例|占比|比重|百分之|再算|重算|算一遍", q) or not find_metrics(q)))
    left_out, left_out_span = _agencies_left_out(q, catalog)
    if left_out:
        # 除了淮安市政府 / 不算淮安市政府: those agencies leave the scope (said in the answer)
        query.exclude_ids = sorted({i for m in left_out for i in m.agency_ids})
        query.exclude_span = left_out_span
    elif pending_left_out:
        pass  # (read as over_decided below)
    elif _EXCLUDED_COLUMN.search(q) and _parts_left_out(_EXCLUDED_COLUMN.search(q).group(1)) and not catalog.mentions(
            _EXCLUDED_COLUMN.search(q).group(1)):
        # 不予公开去掉行政查询事项 / 办结的去掉无法提供的 / 除去予以公开和部分公开: the row's total less those parts of it
        row = _EXCLUDED_COLUMN.search(q)
        (query.exclude_row, *query.exclude_more), query.exclude_span = _parts_left_out(row.group(1)), row.span()
    elif _ROW_LEFT_OUT_AFTER.search(q) and _parts_left_out(_ROW_LEFT_OUT_AFTER.search(q).group(1)):
        # 不予公开总数里，把“属于行政查询事项”那项去掉: the verb after the part left out
        row = _ROW_LEFT_OUT_AFTER.search(q)
        (query.exclude_row, *query.exclude_more), query.exclude_span = _parts_left_out(row.group(1)), row.span()
    elif _EXCLUDED_COLUMN.search(q) and _only_columns(_EXCLUDED_COLUMN.search(q).group(1)):
        # 新收申请去掉自然人: the row's total less that column (said in the answer)
        column = _EXCLUDED_COLUMN.search(q)
        query.exclude_column, query.exclude_span = column.group(1), column.span()
    elif _EXCLUDE.search(q) and not (
            (len(find_metrics(q)) >= 2 or _two_columns_apart(q)) and all(_MINUS.fullmatch(m.group(0)) for m in _EXCLUDE.finditer(q))):
        # (新收加上年结转再减掉办结: arithmetic between rows, read as a mixed sum further on; 制发的减掉废止的: two
        # columns of one row, one less the other)
        query.intent = "exclude"
        return query
    mentions = _mentions(q, catalog)
    sectors = [m.span(1) for m in _SECTOR.finditer(q)]  # 自然资源系统 / 自然资源、规划部门: a kind of agency, not one named
    mentions = [m for m in mentions if not (len(m.agency_ids) > 1 and any(s <= m.start and m.end <= e for s, e in sectors))]
    if query.exclude_span:
        mentions = [m for m in mentions if not (query.exclude_span[0] <= m.start < query.exclude_span[1])]
        # 淮安市政府体量太大…把淮安市政府排除后: an agency left out is never also the one asked about
        # (only in a sentence of its own before the one leaving it out: 甲、乙和丙加起来，去掉甲 still names 甲 in the list)
        stop = max(q.rfind(c, 0, query.exclude_span[0]) for c in "。！!；;")
        mentions = [m for m in mentions if not (query.exclude_ids and m.agency_ids and set(m.agency_ids) <= set(query.exclude_ids)
                                                and m.end <= stop)]
    other_place = _other_place(q, mentions, catalog)
    if other_place:  # 淮安区 is not 淮安(市): a place we hold nothing of
        mentions = [m for m in mentions if m.end != other_place[1]]
        query.unknown_place = other_place[0]
    query.units_asked = bool(_SCOPE_ANY.search(q)) or any(m.kind == "region" and _SCOPE_AFTER.match(q[m.end :]) for m in mentions)
    query.mentions = _governments(q, mentions, catalog, query.assumed)
    query.mentions = _level_asked(q, query.mentions, catalog, query.assumed)
    query.mentions = _places_listed(q, query.mentions, catalog, query.assumed)
    unmasked = q if not query.exclude_span else (  # (去掉秀洲分局呢: the agency left out is no name we miss)
        q[: query.exclude_span[0]] + "　" * (query.exclude_span[1] - query.exclude_span[0]) + q[query.exclude_span[1] :])
    query.unknown_agency = catalog.unknown_agency(unmasked, query.mentions)
    seat = _SEAT_OF.search(q)
    if seat and (catalog.mentions(seat.group(1)) or not query.unknown_agency):
        # 乍浦镇所在的平湖市政府: the government asked is the one of the place named after 所在, not the unit before it
        query.mentions = [m for m in query.mentions if m.end > seat.start()]
        if not catalog.mentions(seat.group(1)):
            query.unknown_agency = seat.group(1)
    _years(query, today)
    reported = _REPORTED_CLAUSE.match(query.column_text)
    if reported and metric_spans(query.column_text[reported.end() :]):
        # 报告里说受理群众申请45件，表三本年新收是不是45: the clause quoting the report names no column of the row asked
        query.column_text = "　" * reported.end() + query.column_text[reported.end() :]
    carried_from = _CARRIED_FROM.search(q)
    if carried_from and query.years == [int(carried_from.group(1))]:
        # 从23年带过来的: what 2023 left over is counted in 2024's report, as 上年结转
        query.years = [int(carried_from.group(1)) + 1]
        query.assumed.append(f"从{carried_from.group(1)}年转过来的申请记在{query.years[0]}年年报的“上年结转”里")
    masked = _mask(q, query.mentions)
    if query.exclude_row:  # the part left out is not a row asked
        masked = masked[: query.exclude_span[0]] + "　" * (query.exclude_span[1] - query.exclude_span[0]) + masked[query.exclude_span[1] :]
    # 以“本机关不掌握”答复的: 答复 says how those were answered, not the row of all answers
    masked = _AS_ANSWERED.sub(lambda m: m.group(1) + ("　" * len(m.group(2)) if find_metrics(m.group(1)) else m.group(2)), masked)
    masked = _ANSWERED_AS.sub(lambda m: ("　" * len(m.group(1)) if find_metrics(m.group(2)) else m.group(1)) + m.group(2), masked)
    query.metrics = find_metrics(masked)
    premise = re.search(r"[?？]\s*那(?:么)?(?=[^?？]*[?？]?$)", masked)
    rows_said = masked  # the words the rows are read from
    if premise and NAMED_RATE.search(masked[premise.end() :]) and find_metrics(masked[premise.end() :]):
        # 前面那年一件都没公开？那它的实质公开率是多少: the rate asked after a premise, never built of the premise's rows
        rows_said = masked[premise.end() :]
        query.metrics = find_metrics(rows_said)
    query.dispute_rate = bool(_DISPUTE_RATE.search(q))
    if query.dispute_rate:  # the named indicator: its three figures, whatever else the words read
        query.metrics = [BY_KEY["行政复议"], BY_KEY["行政诉讼"], BY_KEY["本年新收"]]
    included = _INCLUDED.search(masked)
    if included:  # 一共被起诉几次（含复议后再起诉的）: the part said to be included is inside the whole asked
        inside = find_metrics(included.group(1))
        outside = find_metrics(masked[: included.start()] + "　" * len(included.group(0)) + masked[included.end() :])
        if inside and outside and all(m.parent in {o.key for o in outside} or m.key in {o.key for o in outside} for m in inside):
            query.metrics = outside
    for denied in DENIED.finditer(masked):  # 我要的是结转下年度的，不是不掌握: the row denied is not asked
        gone = {m.key for m in find_metrics(denied.group(1))}
        kept = [m for m in query.metrics if m.key not in gone]
        if kept and len(kept) < len(query.metrics):
            query.metrics = kept
    # (行政复义呢: a follow-up naming a row with a slip, guessed and said as any question naming an agency)
    bare_follow = bool(re.search(r"[\u4e00-\u9fff]{3,}呢[?？。]*$", masked)) and not query.mentions
    if (not query.metrics and (query.mentions or bare_follow) and not _NARRATIVE.search(masked) and not _CHECKS.search(q)
            and not column_spans(masked)):  # 其他结果 / 本年新制作 alone names a column, not a row to guess
        guess = fuzzy_metric(masked)
        if guess is not None:
            query.metrics = [guess]
            query.assumed.append(f"按“{guess.label}”理解")
    if not query.metrics and query.mentions:  # 依申清 / 复义: too short to read on a guess; asked back (是不是“依申请”？)
        # (本年新制作数量: a column of 表二 said in full is no slip of 本年新收)
        by_columns = bool(_rows_of_the_columns(q, masked))
        query.typo_row = near_known_word(masked) if not by_columns else None
        near = near_row_names(masked) if query.typo_row is None and not by_columns else None
        if near:  # 部予公开: one character off 不予公开 and 部分公开 alike; each row it could be is offered
            meant = list(dict.fromkeys(_plain_label(w) for w in near[2]))
            query.typo_row, query.typo_also = (near[0], near[1], meant[0], near[3]), meant[1:]
    if not query.metrics and query.mentions and not query.typo_row:
        query.row_readings = _rows_of_the_columns(q, masked)
        if query.row_readings:
            query.metrics = [BY_KEY[query.row_readings[0][0]]]
    _scope_words(query, catalog, masked)
    keys = {m.key.rstrip("~") for m in query.metrics}
    outcomes = keys & set(_OUTCOMES) or {m.parent for m in query.metrics} & set(_OUTCOMES)
    several = len({i for m in query.mentions for i in m.agency_ids}) >= 2  # (a difference between agencies, not rows)
    if "总计" in keys and outcomes and not _RATIO.search(q) and (several or not _DIFFERENCE.search(q)):
        # 以“无法提供”办结的申请一共多少 / 办结的申请里，无法提供合计: 办结 only says which applications
        query.metrics = [m for m in query.metrics if m.key.rstrip("~") != "总计"]
    percent = _PERCENT.search(q)
    formula = _FORMULA.search(masked)
    # 超过九成来自自然人: a share, whatever else is said; so is 自然人÷本年新收总计 written out
    query.ratio = bool(_RATIO.search(q) or percent or (formula and find_metrics(formula.group("whole") or formula.group("whole_sum") or "")))
    if query.ratio and _GROWTH_PERCENT.search(q) and not re.search(r"占|率|比例|比重", _GROWTH_PERCENT.sub("", q)):
        query.ratio = False  # 增加了多少？增长百分比是多少: the change of a count, in percent, not a share
    lead = re.match(r"^[^。；;！!？?]{0,40}[。；;！!]", q)
    if (query.ratio and lead and re.search(r"^(?:我|我们|咱们|想|打算|准备|在)", lead.group(0)) and re.search(r"多少件|几件", q[lead.end() :])
            and not (_RATIO.search(q[lead.end() :]) or _PERCENT.search(q[lead.end() :]) or _FORMULA.search(q[lead.end() :]))):
        query.ratio = False  # 我想比较几个地方…的比例。淮安…答复的有多少件: the story's aim said first, a count asked
    if query.ratio:  # 予以公开占办结的比例: both rows count, the generic one too
        query.metrics = find_metrics(rows_said, keep_generic=True) or query.metrics
    applicants = [masked[a:b] for a, b in column_spans(masked)]
    if (query.ratio and not query.metrics and query.mentions and applicants
            and all(re.search(r"自然人|企业|科研|公益|法律服务|法人", c) for c in applicants)
            and re.search(re.escape(applicants[-1]) + r"(?:的)?(?:申请)?(?:所)?(?:占比|比例|比重|占多少|占几成|占百分之)", masked)):
        # 自然人占比 with no row said: the named indicator, that applicant's share of the applications received
        query.metrics = [BY_KEY["本年新收"]]
        query.assumed.append(f"“{applicants[0]}占比”按本年新收申请中{applicants[0]}所占比例理解")
    shown_rows = {m.key for m in query.metrics if m.weight > 1 and not m.key.endswith("~")}
    if re.search(r"(?<![予以部分不实质际])公开率", q) and shown_rows <= {"予以公开", "部分公开"}:
        # 公开率 (予以公开+部分公开): the named indicator 实质公开率, or the one row named (its definition is said)
        query.ratio = True
        if shown_rows in (set(), {"予以公开", "部分公开"}):
            query.metrics = [BY_KEY["实质公开"]]
            query.assumed.append("“公开率”按实质公开率理解：（予以公开＋部分公开）÷ 办理结果总计；只算予以公开的是“予以公开率”")
    parents = {m.parent for m in query.metrics if m.parent} | {m.key for m in query.metrics if not m.parent}
    if (len(parents) == 1 and re.search(r"合起来|加起来|合在一起|一起算|合并|合计|两类|两种|都算|[+＋]|(?<=[\u4e00-\u9fff])加(?=[\u4e00-\u9fff])", q)
            and not re.search(r"分别|各自|各是|各[^，。]{0,6}?(?:多少|几)", q)):
        parent = BY_KEY.get(next(iter(parents)))
        children = {m.key for m in METRICS if m.parent == next(iter(parents))}
        if parent is not None and children <= {m.key for m in query.metrics}:
            query.metrics = [parent]  # 直接起诉和复议后起诉合起来: the group they make up, as one figure
    _row_range(query, masked)
    # 对外公开总数量 names a column of 表二, not a sum (总数 of any other table still asks for one)
    own = {w for m in query.metrics if m.table == ACTIVE for cols in m.cols.values() for ws in cols.values() for w in ws}
    named_cols = [(s, e) for s, e in column_spans(masked) if not query.metrics or masked[s:e] in own]
    query.mixed_sum = len(query.metrics) >= 2 and bool(_MINUS.search(q)) and bool(
        _PLUS.search(masked) or _TOTAL.search(q))  # 新收加上年结转再减去办结总计: plus and minus at once
    if query.mixed_sum:
        query.signs = _signs(masked, query.metrics)
    query.add_up = bool(_TOTAL.search(_blank(q, named_cols))) or (len(query.metrics) >= 2 and bool(_PLUS.search(masked)))
    query.pooled = bool(re.search(r"(?:合起来|加起来|合在一起|加在一起|放在一起|一起|合并|汇总)(?:的|算|计算|来算|看)|(?:合并|合计|汇总|整体)口径|(?:按|用|拿|以)(?:两个|这两个)?(?:合计|合计数|总数|加总)(?:数)?(?:来)?(?:算|计算)"
                                  r"|合计的[^，,。？?]{1,10}占[^，,。？?]{0,4}合计|占[^，,。？?]{1,12}?(?:之和|总和)(?:的)?(?:比例|百分|几成|比重)"
                                  r"|(?:各单位|所有单位|几家|[两三四五六七八]家)[^，,。？?]{0,12}?(?:加起来|合起来)(?:呢)?[^，,。？?]{0,10}?(?:占比|比例|比重|百分之)", q)
                        ) and not re.search(r"分别|各自|各是|各为|各占|各有", q)
    if (query.add_up and re.search(r"谁|哪家|哪几家|哪个单位|哪一家|排名|排一下|排个", q)
            and not _TOTAL.search(re.sub(r"所有单位|全部单位", "", _blank(q, named_cols))) and not _PLUS.search(masked)):
        query.add_up = False  # 所有单位里…前三名是谁: the units ranked, never their sum
    if query.add_up and re.search(r"(?:跟|和|与|同)[^，。,]{1,14}比(?!例|率|重)", q) and not re.search(
            r"加起来|加在一起|加一起|合计|总和|合起来|加总|相加|一起算", q):
        query.add_up = False  # 跟平潭比呢，平潭诉讼一共几件: 一共 is the row's total of each, compared, not their sum
    query.difference = bool(_DIFFERENCE.search(q))
    if query.difference and query.add_up and len(query.metrics) >= 3 and not query.mixed_sum and not query.ratio:
        # 直接起诉和复议后起诉加起来比复议少多少: the rows before 比 summed, against the rows after it
        query.signs = _sides_of_the_gap(masked, query.metrics)
        query.mixed_sum = bool(query.signs)
    ends = _ENDS_GAP.search(q)
    if ends and query.difference:  # (a ranking's two ends, one against the other)
        query.ends_gap = "top" if ends.group(1) in "多高大" else "bottom"
    query.parts_sum = bool(PARTS_SUM.search(q))
    pointed = re.search(r"[这那]几(?:栏|列|项|个)", q)
    if query.parts_sum and pointed and column_spans(q[: pointed.start()], active=False):
        query.parts_sum = False  # 法人或其他组织那几栏加起来: the columns just named, added (not every part of the row)
    query.by_parts = bool(_BY_PARTS.search(q))
    rows = r"(?:不予公开|无法提供|不予处理|其他处理|行政复议|行政诉讼|复议|诉讼)"
    over_parts = re.compile(r"占(?:其|" + rows + r"(?:的)?)?(?:[（(]" + rows + r"?)?(?:分项|各项|明细|各分项)(?:的)?(?:合计|之和|加总|相加|总和|加起来的?(?:数|总数)?)")
    if query.ratio and over_parts.search(q):
        query.by_parts = True  # 维持占分项合计的比重: the whole is what the parts add up to, not a sum asked
        query.parts_sum = bool(PARTS_SUM.search(over_parts.sub("", q)))
    if query.by_parts and re.search(r"率|比例|占比|比重", q):  # 纠错率按分项算: the rate over the parts, not their sum
        query.parts_sum = bool(PARTS_SUM.search(over_parts.sub("", _BY_PARTS.sub("", q))))
    # (这几家单位（嘉兴两家、乍浦镇、北戴河、安康）里: a count inside a list in brackets is of one place's units)
    counted = _STATED_COUNT.search(re.sub(r"[（(][^）)]*、[^）)]*[）)]", lambda m: "，" * len(m.group(0)), q))
    query.stated_count = _cn_int(counted.group(1) or counted.group(2) or counted.group(3)) if counted else None
    several = re.search(r"(?:这|那|刚才|刚刚|前面|上面)(?:的)?([两二三四五六七八九十])(?:个|类|项|种)[^，,。？?]{0,8}?(?:加|合计|一共|总共|相加)", q)
    query.several_added = (_cn_int(several.group(1)) or 0) if several else 0
    if counted and re.match(r"个数", counted.group(0)[len(counted.group(1) or counted.group(3) or "") + 1 :]) and query.stated_count in (
            len(metric_spans(q[: counted.start()])), len(column_spans(q[: counted.start()], active=False))):
        query.stated_count = None  # 维持和纠正这两个数加起来: the rows named are the figures counted, not agencies
    # 予以公开率 / 不予公开率: an outcome's own rate (over the outcomes in all), whatever applicants it is asked of
    query.outcome_rate = bool(re.search(r"(?:予以公开|部分公开|不予公开|实质公开|(?<![予以部分不实质际])公开|无法提供|不予处理)率", q))
    base = re.search(r"比(\d{4})年", q) or re.search(r"以(\d{4})年(?:为|作为|做|当)(?:基数|基期|基准|分母)", q)
    query.base_year = int(base.group(1)) if base else None
    _share_of_agencies(query, q)
    _gap_of_agencies(query, q)
    _share_of_years(query, q)
    query.growth = bool(_TIMES.search(q)) or bool(re.search(r"增长率|增幅|降幅|涨幅|下降率|变化幅度|幅度|增长了?百分之|下降了?百分之|百分之多少|变化了?百分之|变动了?百分之|"
                                  r"(?:增长|增加|下降|减少|变化)了?(?:的)?(?:多少)?(?:个)?百分比|"
                                  r"(?:涨|升|降|跌|增加|减少)了?百分之", q))
    if query.ratio and query.growth and re.search(r"涨|增|降|升|减|跌|变化|幅度", q) and not re.search(
            r"占|比例|比重|份额|率(?!多少)", re.sub(r"增长率|下降率", "", q)):
        query.ratio = False  # 从2023到2024年涨了百分之几: a change in percent, not a share
    query.percent_change = bool(_TIMES.search(q)) or bool(re.search(r"增幅|降幅|涨幅|幅度|增长率|下降率|增长了?百分之|下降了?百分之|增加了?百分之|减少了?百分之|变化了?百分之|变动了?百分之|"
                                          r"(?:增长|增加|下降|减少|变化)了?(?:的)?(?:多少)?(?:个)?百分比|"
                                          r"(?:涨|升|降|跌)了?百分之|百分之多少", q)
                                ) and not re.search(r"(?:[多少加减]|变化)了?多少|多少件|几件|多少个|几个", q)  # both asked: the amount leads
    query.every_report = bool(_EVERY_REPORT.search(q))
    if query.every_report and re.search(r"(?:按|用|只看|就按|就用|只算|只要)(?:库中|你们)?最新(?:的)?(?:一年|年份|那年)", q) and not query.years:
        query.every_report = False  # 收录的报告里…所有单位加起来？按最新一年: that one year, never every year's reports
    query.each_newest = bool(_EACH_NEWEST.search(q)) and not query.years
    _years_of_each(query)
    _every_year_of(query)
    t = _TEMPLATE.search(q)
    if t:
        query.template = t.group(1) or t.group(2) or ("2021" if t.group(3) == "新" else "2019")
    query.wants_top = bool(re.search(r"最高|最多|最低|最少|哪个|哪家|哪边|哪一边|哪方|谁最|谁高|谁多|孰高|孰多", q)) and not re.search(
        r"排名|排行|排序|排一下|排个序|排个名|排一排|(?:从|按|由)?(?:高到低|低到高|多到少|少到多|大到小|小到大)", q)  # 谁最多，排个序: the whole order
    query.per_item = bool(_PER_ITEM.search(q))
    query.done_rate = bool(re.search(r"(?<!占)办结率|(?<!占)办结比例", q))  # (占办结比例: a share of 办结, not 办结率)
    query.separately = bool(re.search(r"其中(?![^，。？?]*(?:加起来|合起来|加在一起|加一起|之和|合计))|另外|分别|以及|各是|各多少|各自|各单位|各部门|每家|每个单位|各[^，。？?\d]{0,6}?(?:多少|几)", q))
    # Y占X / Y在X中占比: the part comes first; X中Y的比例: the part comes after
    query.share_order = "占" if re.search(r"占(?!比|多少|几)|在[^，。]{1,16}(?:中|里)占", q) else "中" if "中" in q else ""
    query.row_words = {m.key for m in METRICS if any(w in masked for w in m.synonyms)}
    cols_at, rows_at = column_spans(masked, active=False), metric_spans(masked)
    query.over_decided = bool(_OVER_DECIDED.search(q))
    if query.over_decided:
        # 扣掉尚未审结的，维持的比例 / 纠正的比例（尚未审结的不算）: 尚未审结 says what the whole leaves out, the part
        # is the column named beside it
        kept = _PENDING_LEFT_OUT.sub(lambda m: "　" * len(m.group(0)), query.column_text)
        if column_spans(kept):
            query.column_text = kept
    than = _THAN_NUMBER.search(q)
    if than and not re.fullmatch(r"(?:19|20)\d{2}", than.group(1)):
        query.against_number, query.difference = float(than.group(1)), True
    query.column_first = bool(cols_at and rows_at and cols_at[0][0] < rows_at[0][0])
    # the whole a share is taken over: the rows named after 占/在 (Y占X), else before 中/里面 (X里面Y占多少)
    after = re.search(r"(?:占|在)(.*)$", masked)
    before = re.search(r"^(.*?)(?:当中|之中|里面|里头|中|里)", masked)
    of_whole = re.search(r"(?:是|相当于|只有|仅有|只是|仅为|才)(?!多少|几)([^，,。？?占]{1,16}?)的(?:百分之|几成|多少成|比例|占比|几分之|多少倍|几倍)", masked)  # 处罚数是许可的百分之几
    if of_whole:
        query.share_order, query.ratio_of = "占", True
    query.times = bool(_TIMES_OF.search(masked)) and not _TIMES.search(q)
    by = re.search(r"按(?:照)?([^，,。？?按]{2,12}?)(?:来)?(?:算|计算|为分母|作分母)", masked) if query.ratio else None
    # (按予以公开占办理结果总计算: the definition said in full; its whole is what stands after 占 / 除以)
    by_whole = re.split(r"占|除以|÷|/", by.group(1))[-1] if by else None
    for part in (by_whole, of_whole and of_whole.group(1), after and after.group(1), before and before.group(1)):
        query.whole_rows = {m.key for m in METRICS if part and any(w in part for w in m.synonyms)}
        if query.whole_rows:
            break
    if by and query.whole_rows and len(query.metrics) >= 2 and not _PLUS.search(masked) and not re.search(
            r"加起来|合起来|合计|一共|总共|之和", masked):
        # 按办结总数算，哪边予以公开的比例更高: 按X算 names the whole a rate is taken over, not a sum (总数)
        query.add_up = False
        query.share_order = "占"
        query.part_rows = {m.key for m in query.metrics} - query.whole_rows
    if after and after.group(0).startswith("占"):
        # 予以公开和部分公开里，部分公开占多少: with the whole said before 里, the part is what stands after it
        whole_first = before and part == before.group(1) and before.end() <= after.start()
        window = masked[before.end() if whole_first else 0 : after.start()]
        if whole_first:  # 公开了的申请里（全部公开加部分公开），部分公开占: the brackets say what the whole is
            window = re.sub(r"[（(][^（）()]*[）)]", "", window)
        query.part_rows = {m.key for m in find_metrics(window)}
        keys = {m.key for m in query.metrics}
        inside = [BY_KEY[k] for k in query.part_rows - keys if k in BY_KEY and not k.endswith("~") and any(
            w.key in query.whole_rows and BY_KEY[k].table == w.table and BY_KEY[k].rows != w.rows and all(
                set(BY_KEY[k].rows.get(t, ())) <= set(w.rows.get(t, ())) for t in BY_KEY[k].rows) for w in query.metrics)]
        if whole_first and inside:  # (a row inside the sum named as the whole is kept: it is the part)
            query.metrics = [*inside, *query.metrics]
    if query.ratio:
        _share_said(query, masked)
    query.carry_word = "结转" in q
    carried_at = [m.start() for m in re.finditer("结转", masked)]
    if (carried_at and query.metrics and all(m.key in ("申请", "本年新收~") for m in query.metrics)
            and not any(a <= at < b for at in carried_at for a, b in metric_spans(masked))):
        query.metrics = []  # 平潭结转的申请几件: 上年结转 or 结转下年度? asked, never the applications received
    said = re.search(r"去年(?:结转|转过来|转来)", q)
    query.last_year_carry = said.group(0) if said and not query.years and not query.relative else ""
    # (剩下的怎么处理的: the rest of the same applications, still inside them)
    query.within = bool(re.search(r"里面|里头|当中|之中|其中|里有|中有|里的|件里|中的|^(?:那)?(?:剩下|其余|剩余)的(?!几家|单位|报告)", q))
    query.which_part = bool(_WHICH_PART.search(q))
    query.outcomes_asked = bool(re.search(r"(?:处理|办理|答复)(?:的)?(?:结果|方式)|结果", q))
    which_column = _WHICH_COLUMN.search(q)
    # 看申请人构成。…自然人提出的是多少: that column (除了自然人，哪类最多 names it only to leave it out)
    named_elsewhere = which_column and not query.exclude_column and not query.exclude_span and not re.search(r"除|不算|去掉|以外", q) and any(
        not (which_column.start() <= s < which_column.end()) for s, _ in column_spans(masked, active=False))
    query.which_column = "" if not which_column or query.add_up or named_elsewhere else which_column.lastgroup
    printed_said = bool(re.search(r"(?:印的|印着|印成|印出来的|印出的|写的|填的|表上写|报告上写|表里写)[^，,。？?]{0,8}?(?:是|为)?(?:多少|几|啥|什么)", q))
    query.printed_asked = printed_said and not query.parts_sum and not re.search(r"也这样|也是这样|一样吗|也有这种|加起来|相加|加在一起|加一块|之和", q)
    # 总数印的是多少？跟分项加起来对得上吗: the printed total asked first, its parts to check it against
    query.printed_then_parts = printed_said and query.parts_sum and bool(_CHECKS.search(q)) and not re.search(
        r"(?:分项|各项|明细|几栏|几项)[^，,。？?]{0,6}?(?:加起来|相加|之和)?(?:是|为|等于)?(?:多少|几)", q)  # (分项加起来是多少: the parts asked)
    query.outcome_groups = bool(re.search(r"大类|六类|[（(]一[）)](?:到|至|-|—|~|～)[（(]六[）)]", q))
    # 按报表上印的数加起来: the printed totals added, even where a year's parts say otherwise
    query.as_printed = bool(re.search(r"按(?:报表|表中|表里|表上|报告|年报)?(?:上)?(?:印的|印出的|印出来的|填的|写的)(?:数|数字|总计)?", q))
    balance_rows = {"本年新收", "上年结转", "总计", "结转下年度"}
    if not query.metrics and _IN_AND_OUT.search(q):  # 表三收支对得上吗: its equation, the four terms named for it
        query.metrics = [BY_KEY[k] for k in ("本年新收", "上年结转", "总计", "结转下年度")]
    named = [m.key.rstrip("~") for m in query.metrics]
    if ({"本年新收", "上年结转", "结转下年度"} <= set(named) and "总计" not in named and re.search(r"总计|办结", q)
            and re.search(r"两边|各是多少|各多少|分别是多少|分别多少|对得上|相等|一致", q)):
        # 新收加上年结转、总计加结转下年度各是多少: 总计 said bare is 办理结果总计, the fourth term of 表三's equation
        query.metrics.append(BY_KEY["总计"])
        named.append("总计")
    query.balance = set(named) <= balance_rows and {"本年新收", "上年结转", "总计"} <= set(named) and len(named) == len(
        set(named)) and bool(re.search(r"相等|等于|等不等|对得上|对上|一致|平衡|两边|两头|一样|平不平|是否平|持平|账平", q)
                             or set(named) == balance_rows and re.search(r"加.{1,8}[、，,和].{0,6}加.{1,8}(?:各|分别)", q)) and not query.mixed_sum
    if query.balance and "结转下年度" not in named:  # 新收加上年结转，和办结总数对得上吗: the equation has four terms
        query.metrics.append(BY_KEY["结转下年度"])
    if query.balance:  # 只看自然人那一列：新收加上年结转，和办结总计加结转下年度: the equation in that applicants' column
        applicants = {w for ws in APPLICANT_COLS.values() for w in ws}  # (几个 names 表二's count of items, not a column here)
        said = [w for w in (q[a:b] for a, b in column_spans(_blank(q, metric_spans(q)))) if w not in ("总计", "合计", "总数") and w in applicants]
        if len(set(said)) == 1:
            query.column_said = said[0]
    nth = _NTH.search(q) or _NTH_ASKED.search(q)
    if nth:
        query.nth = _cn_int(next(g for g in nth.groups() if g))
        if (_NTH_ASKED.search(q) and re.search(r"最(?:多|高|大|少|低|小)", q)
                and not re.search(r"最(?:多|高|大|少|低|小)的?(?:排|是|位)?(?:在|居|列)?第", q)):  # (最多的排第二的: that place)
            query.top_n, query.nth = query.nth, None  # 最多的是谁，第二是谁: the first N, in order
    query.middle = bool(_MIDDLE.search(q)) and not query.nth  # 排中间的是谁: the place in the middle of the ranking
    n = _TOPN.search(q)
    if n:
        query.top_n = _cn_int(n.group(1) or n.group(2))
        if query.top_n == 1 and n.group(0).startswith("哪") and re.search(
                r"排名|排行|排序|排一下|排个序|排一排|(?:从|按|由)?(?:高到低|低到高|多到少|少到多|大到小|小到大)", q):
            query.top_n = None  # 哪一类最多？按件数排一下: the whole order, the first of it on top
    listed = _PLACES_LISTED.search(q)
    if listed and re.search(r"最(?:多|高|大|少|低|小)", q):
        query.top_n, query.nth = _cn_int(listed.group(2)), None
    both_ends = bool(re.search(r"最(?:多|高|大)", q) and re.search(r"最(?:少|低|小)", q))
    query.ascending = bool(_ASC.search(q)) and not (both_ends and not re.search(r"升序|(?:从|按|由)?(?:低到高|少到多|小到大)", q))
    if both_ends:  # 谁最多谁最少: the whole order, highest first, shows both ends
        query.wants_top = False
    names = [m for m in query.mentions if m.kind in ("name", "parent")]
    single = len({i for m in query.mentions for i in m.agency_ids}) == 1
    # a quoted name of a row or column (“其他结果”几件) is the figure's own word, not a phrase to search for
    # (“其他”那一列: a column named by its heading, not a phrase to search for)
    quoted = [m.group(1) for m in _QUOTED.finditer(question or "") if not _is_table_word(norm(m.group(1)))
              and not re.match(r"(?:那|这)?一?(?:列|栏|格)", (question or "")[m.end() :])]
    wants_number = bool(re.search(r"多少|几|总数|总量|合计|一共|总共|加起来|加在一起|相加|数量|数字|件数|个数|排名|排第|第[二三四五六七八九十\d]|最高|最多|最少|最低|更多|更少|谁多|谁少|哪个多|哪个少|哪家多|比例|占比|比重|占多大|率|百分比|百分之|几成", q)) or query.ratio
    claim = bool(re.search(r"对吗|对不对|属实|说法|据称|称[^，。]{0,20}\d|\d[^，。]{0,6}(件|个|项)?[^，。]{0,4}(吗|么)", q))
    claim = claim or bool(percent and re.search(r"[吗吧么][?？。]*$|对吗|属实|是不是|真的|有没有|有无|够不够|达没达到|到没到", q))  # 不到一成吧？
    # 帮我核一下这句：“平潭…新收申请47件” / 后面一句“其中自然人申请71件”呢: a quoted sentence stating a count is a claim
    said_in_quotes = [w for w in quoted if re.search(r"\d+\s*(?:件|个|项|%)", w) and find_metrics(norm(w), keep_generic=True)]
    if said_in_quotes:
        claim, quoted = True, []
    zero = _ZERO_CLAIM.search(q) or (len(_ZERO_AROUND.findall(q)) == 2 and _ZERO_AROUND.search(q))
    if zero and not (rows_said is not masked and zero.end() <= premise.start()):  # (a premise before the rate asked: not the question)
        claim = True
        if re.match(r"(?:予以)?公开", q[zero.end() :]):  # 没公开 here negates the claim: it is about 予以公开
            query.metrics = [BY_KEY["予以公开"]] + [m for m in query.metrics if m.key not in ("不予公开", "予以公开")]
    amount = _CLAIM_AMOUNT.search(re.sub(r"(?<=[上近逾])(?=[百千万亿])", "一", q)) if not percent else None  # 上千: 上一千
    if amount and _CLAIM_FEW.match(q, max(amount.start() - 1, 0)):
        amount = None  # 几百万: a few of a unit, read below (never 百万 alone)
    near = _CLAIM_NEAR.search(q) if not (amount or percent) else None
    if near and (claim or _DOUBT.search(q) or q.endswith(("?", "？"))):  # 接近700件，是这样吗
        claim = False
        query.claimed, query.claim_said, query.claim_bound = float(near.group(2)), near.group(0), "~"
    if amount and _cn_int(amount.group(2)) is not None and (claim or _DOUBT.search(q) or amount.group(1) and q.endswith(("?", "？"))):
        # 接近400万件，真有这么多？ / 花了一千多万: an amount in words, held against the table as a bound
        claim = False
        said = amount.group(2)
        query.claimed = (float(said) if said.replace(".", "").isdigit() else _cn_int(said)) * _UNIT_OF[amount.group(4)]
        query.claim_said = amount.group(0).replace("上一", "上").replace("近一", "近")
        query.claim_bound = ("~" if amount.group(1) in _NEAR else "<" if amount.group(1) in ("不到", "不足") else
                             "多" if amount.group(3) or amount.group(5) else ">" if amount.group(1) else "~")
        money = re.search(r"[万亿元]|块", amount.group(0)) and any(
            tpl.AMOUNT_2019 in cols or tpl.FEE_2021 in cols for m in query.metrics for cols in m.cols.values())
        if money:  # 采购一千一百多万: an amount of money, so the amount column (not the count of projects)
            query.column_text += "（金额）"
        if query.claim_bound == "多":  # 三千多: from 3000 up to the next step of the last digit said (4000)
            digits = str(int(query.claimed / _UNIT_OF[amount.group(4)])) if amount.group(3) else str(int(query.claimed))
            query.claim_upper = query.claimed + 10 ** (len(digits) - len(digits.rstrip("0"))) * (
                _UNIT_OF[amount.group(4)] if amount.group(3) else 1)
    few = _CLAIM_FEW.search(q) if not (amount or near or percent or query.claimed is not None) else None
    if few and _DOUBT.search(q[few.start() :]):
        # 真有几百万吗: a few hundred myriads (2 to 9 of that unit), held against the table as a bound
        unit = _FEW_UNITS[few.group(1)]
        claim = False
        query.claimed, query.claim_upper, query.claim_said, query.claim_bound = 2.0 * unit, 10.0 * unit, few.group(0), "多"
    if claim:
        numbers = [int(n) for n in re.findall(r"(?<![\d.])(\d+)(?![\d.]|年)", q) if not 1990 <= int(n) <= 2099]
        query.claimed = 0 if zero else (numbers[-1] if numbers else None)
        counted = [m for m in re.finditer(r"(?<![\d.])(\d+)\s*(?:件|个|项)", q)]
        # 共收到申请3119件，结转下年度103件，对吗: each number is held against the row named just before it
        starts = [0] + [m.end() for m in counted[:-1]]
        rows = [find_metrics(masked[a : m.start()], keep_generic=True) for a, m in zip(starts, counted, strict=False)]
        if (len(counted) >= 2 and not zero and not percent and all(len(r) == 1 for r in rows)
                and len({r[0].key for r in rows}) == len(rows) and len(query.mentions) <= 1):
            query.metrics, query.claims, query.claimed = [r[0] for r in rows], [int(m.group(1)) for m in counted], None
        elif len(counted) >= 2 and not percent:
            query.claims_unchecked = [int(m.group(1)) for m in counted[:-1]]  # said in the answer, never dropped silently
        if percent:  # 九成 / 90% / 百分之九十: the claim is a share in percent
            query.claimed, query.claim_percent = _percent_of(percent), True
        bound = re.search(r"(超过|突破|多于|高于|大于|不止|不到|少于|低于|小于|不足)[^，。\d]{0,4}[\d一二三四五六七八九十]", q)
        query.claim_bound = {"超过": ">", "突破": ">", "多于": ">", "高于": ">", "大于": ">", "不止": ">"}.get(
            bound.group(1), "<") if bound else ""
        after = _BOUND_AFTER.search(q)
        if percent and not bound and after:  # 一半以上 / 九成以下 / 过半: the bound said after the share
            query.claim_bound = "<" if after.group(1) in ("以下", "之下") else ">"
        elif percent and not bound and _PERCENT_NEAR.search(q):  # 将近一半 / 三成左右: roughly
            query.claim_bound = "~"
    query.blank_as_none = bool(_BLANK_AS_NONE.search(q))
    # (2020年这几家单位…各有多少, said first: the reports of that year, the only ones 这几家 can mean without a talk)
    query.each_agency = bool(query.separately and not query.mentions and (
        _EACH_AGENCY.search(q) or query.years and re.search(r"(?:这|那)几家(?:单位|部门|机关)?", q)) and not query.add_up
                             and not re.search(r"总数|总共|一共|合计|总额", q))  # (2020年各单位…一共: the sum)
    one_figure = bool(query.metrics and query.mentions and (query.years or not query.every_report))
    checked = q
    lead = re.match(r"^[^。；;！!？?]{0,30}[。；;！!]", q)
    if lead and _CHECKS.search(lead.group(0)) and not _CHECKS.search(q[lead.end() :]) and re.search(r"多少|几", q[lead.end() :]):
        checked = q[lead.end() :]  # 我在核对陕西那边的数据。…总数是多少: what the asker is doing, not a check asked
    query.asks_check = bool(_CHECKS.search(checked) and one_figure)
    said_whole = re.search(r"(?:占|在)(?:了)?(?:这|那)?(?:个)?(\d+(?:\.\d+)?)(?:件|个|项|元)?(?:的|里|中|当中)", q)
    query.over_number = said_whole.group(1) if said_whole else ""
    query.extreme_value = bool(re.search(r"(?<![至])最(?:多|少|高|低|大|小)(?!的?那(?:家|个|份|一家))", q)
                               and (re.search(r"最(?:多|少|高|低)(?:的)?(?:[一两二三四五]?(?:项|类|种|个))?(?:是|为|有)?(?:多少|几)", q)
                                    or re.search(r"哪(?:[一两二三四五六七八九十\d])?(?:种|类|项|条|个)[^，,。？?]{0,8}?最(?:多|少|高|低)", q)
                                    or re.search(r"最(?:多|少|高|低)的(?:是)?(?:哪|谁)", q)))
    if _CHECKS.search(q) and not quoted and not (claim and query.metrics) and not one_figure:
        query.intent = "checks"
    elif quoted and not (claim and query.metrics) and not (query.claimed is not None and query.metrics) and (
            _SEARCH.search(q) or not query.metrics or not (wants_number or (
                re.search(r"呢[?？。]*$", q) and all(metric_spans(x) for x in quoted)))):
        # (“…采购金额约244.8万元”，对吗: the amount claimed; 以“属于行政查询事项”为由不予公开的呢: a row's own words, its figure)
        query.intent = "search"
        query.search_text = " ".join(quoted)
    elif _SEARCH_VERB.search(q) and not (query.metrics and (wants_number or query.claimed is not None)):
        query.intent = "search"
        query.search_text = _search_words(masked)
    elif _MISSING.search(q) and (query.years or query.relative) and not query.metrics:
        query.intent = "missing"
    elif (_LIST_YEARS.search(q) or _HOLDS.search(q)) and not query.metrics:
        query.intent = "list_years"
        if not query.mentions and not query.unknown_place:  # 清江浦区政府的报告你有吗: the place we hold nothing of
            query.unknown_place = next((m.group(0) for m in places_said(q)), None)
    elif _LIST_AGENCIES.search(q) and not query.metrics:
        query.intent = "list_agencies"
    elif _SEARCH.search(_blank(q, metric_spans(masked))) and not (query.metrics and (wants_number or re.search(r"呢[?？。]*$", q))):
        query.intent = "search"
        query.search_text = _search_words(masked)
    elif not query.metrics or (_NARRATIVE.search(masked) and "申请" not in masked and query.metrics[0].weight < 3
                               and query.metrics[0].table == "requests") or (
                               _NOT_IN_TABLES.search(_PER_ITEM.sub("", masked) if query.per_item else masked)
                               and all(m.weight < 3 for m in query.metrics)) or (
                               _CONTENT_ASKED.search(masked) and not re.search(r"多少|几", masked)):
        query.metrics = []
        query.intent = "narrative" if query.mentions or re.search(r"多少|几", q) else "unknown"
        query.search_text = _search_words(masked)
    elif single and POSITION.search(q) and names:
        query.intent = "rank"  # 平潭排第几: its place in the ranking of every agency
        query.position_of = sorted({i for m in names for i in m.agency_ids})
    elif single and _WHICH_YEAR.search(q) and len(query.years) != 1 and not (query.difference and len(query.years) == 2):
        # (2023、2024这两年哪一年: those years; 哪年高，高出几个百分点: the change between the two, further on)
        query.intent = "trend"  # 洪泽哪一年收到的申请最多: its years ranked
        query.by_year = True
    elif single and query.add_up and (len(query.years) > 1 or _MULTI_YEAR.search(q)) and not (
            len(query.years) == 2 and _GREW.search(q)):  # 从2023年到2024年一共涨了几件: the change, not a sum
        query.intent = "trend"  # summed over the years: 洪泽两年加起来收了多少申请
        recent = None if query.years else _RECENT.search(q) or _N_YEARS.search(q)
        if recent:
            query.top_n = _cn_int(recent.group(1))
    elif (_CHANGE.search(q) or query.difference or query.percent_change or _YEARS_SET_SIDE.search(q)) and single and (len(query.years) == 2 or re.search(r"比\d{4}年", q)) and not (
            len(column_spans(masked)) >= 2 and re.search(r"减去|减掉|扣除|净增|净减|相减", q)):
        query.intent = "change"  # 洪泽24年比23年多了多少 / 比2023年多几件
    elif (_RANK.search(q) or query.nth or query.middle) and not single:
        query.intent = "rank"
    elif _COMPARE.search(q) and re.search(r"谁|哪家|哪个", q) and not query.mentions and not single and query.stated_count:
        query.intent = "rank"  # 2024年两家政府新收申请谁多: those held, ranked (the count said is checked)
    elif len({tuple(m.agency_ids) for m in names}) >= 2 or (_COMPARE.search(q) and len({tuple(m.agency_ids) for m in query.mentions}) >= 2) or (
            query.separately and not query.mentions and (query.sector or query.place_ids or query.level or query.each_agency)) or (
            query.separately and not query.add_up and query.mentions and all(m.kind == "region" for m in query.mentions) and _SCOPE_ANY.search(q)
            and len({i for m in query.mentions for i in m.agency_ids}) >= 2):  # 淮安市各单位…分别多少: each held there
        query.intent = "compare"  # (三个自然资源部门本年新收分别多少: each of that kind, side by side)
    elif _TOTAL.search(q) and query.add_up and not single and not names:  # (对外公开总数 is a column)
        query.intent = "total"
    elif query.year_range or (_TREND.search(q) and len(query.years) != 1) or (single and len(query.years) > 1) or (
            single and not query.years and _N_YEARS.search(q)):
        query.intent = "trend"
        recent = _RECENT.search(q) or _N_YEARS.search(q)
        if recent and not query.years:
            query.top_n = _cn_int(recent.group(1))
            # 洪泽两年比，收费少了多少: the change between those two years, not the list
            query.change_asked = query.top_n == 2 and bool(_CHANGE.search(q) or query.difference)
    elif _CHANGE.search(q) and not (len(column_spans(masked)) >= 2 and re.search(r"减去|减掉|扣除|净增|净减|相减", q)) and not (
            query.difference and len(query.years) < 2 and not query.base_year and not re.search(
            r"比(?:去年|上年(?!结转)|上一年(?!结转)|前一年|前年|上一年度)|同比|环比|增长|增加|减少|下降|上升", q)):
        query.intent = "change"  # (结转下年度比上年结转多多少 is two rows of one report, not two years)
    if (query.intent == "rank" and query.difference and not query.nth and not query.top_n and not query.every_report
            and len({i for m in query.mentions for i in m.agency_ids}) == 2):
        query.intent = "compare"  # 两家…哪家更高，高出多少: the gap between the two named, the larger first
    if query.difference and len(query.metrics) == 2 and query.intent == "lookup":
        # the figure named first comes first: 结转下年度比上年结转多 = 结转下年度 − 上年结转
        query.metrics.sort(key=lambda m: min((masked.find(w) for w in m.synonyms if w in masked), default=len(masked)))
    return query


# 乍浦镇所在的平湖市政府 / 洪泽区所属的淮安市: the place a unit lies in, named as the one asked
_SEAT_OF = re.compile(r"(?:所在|所属|隶属)(?:地)?(?:的)?([\u4e00-\u9fff]{2,4}?(?:省|市|县|区)(?:人民)?政府)")
# 北戴河如果没填就按没有算: a sum over agencies leaves out the blank cells (named in the answer), not refused
_BLANK_AS_NONE = re.compile(r"(?:如果|若|要是|假如)?(?:没填|没有填|未填|空白|空着|是空的)(?:的)?(?:话)?[，,]?(?:就)?(?:按|当|算)(?:作|成)?"
                            r"(?:没有|0|零|不存在|没)(?:算|计|处理)?(?:吧|就行|就好)?|(?<=填了)(?=[^，,。？?]{1,16}?的(?:单位|报告|几家|那几家))"
                            # (没填的就略过 / 空着的跳过 / 没填的不算: the blank ones left out)
                            r"|(?:没填|没有填|未填|空白|空着|是空的)(?:的)?(?:那几家|那家|几家|单位)?(?:就)?(?:略过|跳过|略去|不算|不管|不计|去掉|排除)(?:了)?(?:吧|就行|就好)?")
# 收支对得上吗: 表三's intake (新收 + 上年结转) against what came of it (办结 + 结转下年度)
_IN_AND_OUT = re.compile(r"(?:收支|进出|收和办|收的和办的)(?:两头|两边)?(?:[^。？?]{0,20}?[，,])?[^。？?]{0,8}?(?:是否|能否|能不能|是不是)?(?:对得上|对上|平衡|相等|一致|平不平|持平|账平|吻合|对不对得上)")
# 2020年各单位…分别是多少: each agency held (in the year said), side by side
_EACH_AGENCY = re.compile(r"各单位|各家|每家|每个单位|各个单位|(?:每|各)份(?:年报|报告)|几份(?:年报|报告)里")
# Words that make a place a scope of agencies (淮安市各单位, 淮安的部门) rather than its government.
_SCOPE_AFTER = re.compile(r"^(?:的)?(?:各(?!多少|是|自|有|为|几|占|项|类|分项)|所有|全部(?!公开|予以|给予|办结|答复)|哪些|哪个|哪家|下属|辖区|范围|以内|内|里的|的单位|的部门|的机关|单位|部门|机关|各区|各县|区县|全市|全区|全县|(?:这|那)?[几两二三四五](?:家|个单位|个部门|个机关))")
_SCOPE_ANY = re.compile(r"几家单位|几个单位|几家机关|几个部门|几家部门|的单位|的各家|全市|全区|全县|辖区|下属|所属|以内|范围内|各单位|各部门|所有单位|哪些单位|哪个单位|哪家单位|各区县|区县")


def _other_place(q: str, mentions: list[Mention], catalog: AgencyCatalog) -> tuple[str, int] | None:
    """A bare place form followed by another level's suffix (淮安 + 区) names another place: (its name, where
    the held form ends), unless that name is a form we hold too."""
    regions = set(catalog.regions())
    for m in mentions:
        suffix = q[m.end : m.end + 1]
        if (m.kind == "region" and suffix and suffix in "市区县镇乡" and not m.text.endswith(tuple("市区县镇乡"))
                and m.text + suffix not in regions):
            return m.text + suffix, m.end
    return None


def _governments(q: str, mentions: list[Mention], catalog: AgencyCatalog, assumed: list[str]) -> list[Mention]:
    """A bare place name (淮安市…, 洪泽…) means its people's government when we hold it; never the
    government and the units inside it together, unless the question asks for the place's units."""
    if _SCOPE_ANY.search(q):
        return mentions
    out = []
    # 淮安 洪泽 两家: as many agencies counted as names said, so a place right before a name is one of them
    counted = _STATED_COUNT.search(q)
    said = _cn_int(next(g for g in counted.groups() if g)) if counted else 0
    apart = said >= 2 and len(mentions) == said
    for m in mentions:
        inside = set(catalog.agencies_in(m.text)) if m.kind == "region" and re.match(r"地区|一带|片区|境内", q[m.end :]) else set()
        if inside and any(n is not m and n.agency_ids and set(n.agency_ids) <= inside - {catalog.government_of(m.text)} for n in mentions):
            # 回到淮安地区，洪泽区2024年…: the area the unit named lies in, not its government as well
            assumed.append(f"“{m.text}{q[m.end:m.end + 2]}”只说明所在地区，不单算{m.text}本级")
            continue
        gov = catalog.government_of(m.text) if m.kind == "region" else None
        if (gov is not None and not _SCOPE_AFTER.match(q[m.end :]) and not _KIND_AFTER.match(q[m.end :])
                and (apart or not any(n.start == m.end for n in mentions))):  # (淮安局 is a bureau there, never its government)
            m = Mention(m.start, m.end, m.text, [gov], "name")
            if len(catalog.agencies[gov].name) > len(m.text) + 1:
                assumed.append(f"“{m.text}”按{catalog.agencies[gov].name}理解（不含其下属单位）")
        out.append(m)
    return out


def _level_asked(q: str, mentions: list[Mention], catalog: AgencyCatalog, assumed: list[str]) -> list[Mention]:
    """我们洪泽24年新收95件，市里多少: the question is about the other level's government of the place named."""
    asked = _LEVEL_ASKED.search(_mask(q, mentions))
    ids = {i for m in mentions for i in m.agency_ids}
    if not asked or len(ids) != 1:
        return mentions
    at = catalog.government_at(asked.group(1), next(iter(ids)))
    if at is None or catalog.agencies[at].level == catalog.agencies[next(iter(ids))].level:
        return mentions
    assumed[:] = [a for a in assumed if not any(a.startswith(f"“{m.text}”") for m in mentions)]
    assumed.append(f"“{asked.group(1)}里”按{catalog.agencies[at].name}理解（{'、'.join(m.text for m in mentions)}所在地）")
    return [Mention(m.start, m.end, m.text, [at], "name") for m in mentions]


def _scope_words(query: Query, catalog: AgencyCatalog, masked: str) -> None:
    """Words that choose agencies without naming one: a level, a sector, a place or province."""
    unexcluded = _blank(masked, [query.exclude_span]) if query.exclude_span else masked  # (淮安市本级除外: no level chosen)
    for pattern, level in _LEVELS:
        if re.search(pattern, unexcluded):  # a level word inside a name (洪泽区政府) chooses no level
            query.level = level
            break
    for place in _PLACE.finditer(masked):
        if place.start() and masked[place.start() - 1] == "　" and place.group(1)[0] not in "和与及跟同、的在":
            before = [m for m in query.mentions if m.end == place.start()]
            if not before or any(place.group(0) in catalog.agencies[i].name for m in before for i in m.agency_ids):
                continue  # the tail of a name already found (平潭 + 实验区), not a place inside it (淮安市 + 清江浦区)
        name = re.sub(r"^(?:除了|除去|除开|去掉|剔除|不算|不含|不包括|扣除|刨去|[和与及跟同、的在除掉去剔了算含括])", "", place.group(1))  # (剔除淮安市 / 不算淮安市: 淮安市)
        if re.match(r"里|级|上|府|政府", masked[place.end() :]) and re.search(r"[只有是了都也还就才说看问先再讲里比]", name):
            continue  # 洪泽的量只有市里的…: a level said (市里), not a place named 量只有市
        if any(len(name) >= 2 and name + place.group(2) in catalog.agencies[i].name for m in query.mentions for i in m.agency_ids):
            continue  # 平潭那个实验区: a piece of the name said, not another place
        if re.search(r"[比和跟与及的是了把被对向从到们]|申请|我们|咱们|你们|在做|在写|在搞|在看|在弄|正在"
                     r"|上午|下午|中午|晚上|早上|今天|明天|昨天|后天|开会|领导", name):  # (下午区里开会: when, not a place)
            continue  # 申请比市发改委多: words of the question before a level word, not a place's name
        if len(name) >= 2 and not catalog.knows_place(name) and not re.search(r"城|地|辖|市|区|县|街|乡|镇|所有|全|各|这些|那些|哪|年|于|[一二三四五六七八九十几两]", name):
            query.unknown_place = name + place.group(2)
            break
    if not query.unknown_place and not query.mentions:
        for said in places_said(masked):  # 杭州市政府…: a real place no agency held carries (the divisions' names)
            bare = re.sub(r"(?:省|市|区|县)$", "", said.group(0))
            if (len(bare) >= 2 and not catalog.knows_place(bare) and not catalog.knows_place(said.group(0))
                    and not catalog.agencies_in(said.group(0))):  # (秦皇岛: 北戴河 is there, placed by the divisions)
                query.unknown_place = said.group(0)
                break
    sector = _SECTOR.search(masked)
    if sector and sector.group(1) not in ("哪些", "哪个", "各个", "所有", "全部", "这些", "政府"):
        query.sector = re.sub(r"^(?:各地|全国|各|所有|全部|的|这|那|年|度|里|[一二三四五六七八九十两几\d]+[家个])+", "", sector.group(1))
    prov = _PROVINCES.search(masked)
    if prov and not any(prov.group(1) in a.name for a in catalog.agencies.values()):
        query.province = prov.group(0)
    place = query.province or query.unknown_place
    there = catalog.agencies_in(place) if place else []
    named = {i for m in query.mentions for i in m.agency_ids if len(m.agency_ids) == 1}
    if there and len(named) >= 2 and query.stated_count in (None, len(named)) and re.search(r"[（(]", masked):
        # 浙江这三家（秀洲分局、乍浦镇、发改委）: the units written out are the ones meant; the place only describes them
        there, query.province, query.unknown_place = [], "", ""
    if there and prov and any(re.fullmatch(r"(?:省)?(?:的|之)?|(?:省)?(?:的)?(?:那个|这个|那边的?|这边的?)", masked[prov.end() : m.start])
                              and set(m.agency_ids) <= set(there) for m in query.mentions):
        # 陕西那边的安康市自然资源局: the province said only says where the agency named after it is
        there, query.province, query.unknown_place = [], "", ""
    if there:  # 浙江的单位 / 秦皇岛的: the agencies held there, though no name carries the place
        query.place_said, query.place_ids = place, there
        query.province = query.unknown_place = ""
    elif not query.mentions and not place:
        for said in places_said(_blank(masked, [query.exclude_span] if query.exclude_span else [])):
            there = catalog.agencies_in(said.group(0))
            if there:
                query.place_said, query.place_ids, query.place_span = said.group(0), there, said.span()
                break


def _years(query: Query, today: date | None) -> None:
    period = read_period(query.text, today)
    query.years = period.years
    query.year_range = period.year_range
    query.relative = "；".join(period.relative) or None
    query.time_spans = period.consumed
    # 最新那份（不是2023年那份）/ 部分公开，不是2023年的: the year denied is left out, never the year asked
    query.years_denied = sorted({int(y) for y in [*_YEAR_DENIED.findall(query.text), *_YEAR_SET_ASIDE.findall(query.text)]})
    query.years = [y for y in query.years if y not in query.years_denied]
    into = _CARRIED_INTO.search(query.text)
    if into and query.years == [int(into.group(1))]:
        # 结转到2025年继续办的: what one year's report carries into the next (its 结转下年度)
        query.years = [int(into.group(1)) - 1]
        query.assumed.append(f"“{into.group(0)}”按{query.years[0]}年年报的“结转下年度继续办理”理解")
    chars = list(query.text)
    for s, e in period.consumed:
        if "本年" not in query.text[s:e]:  # 本年 is also the columns' own word (本年新公开数量)
            chars[s:e] = "　" * (e - s)
    query.column_text = "".join(chars)


# (不是 24年的 at the start: No — 2024's, a correction, the year asked)
_YEAR_DENIED = re.compile(r"(?<![哦噢呃嗯啊哎额])(?<=[^\W\d_]|[，,（(；;])(?:不是|并非|而非|并不是|不要|不看|不问|不用管|不用看|别管|不管|不考虑)(?:问)?(?:的)?(\d{4})年")
# 不用管2020年那几个部门的报告，…2024年…: a year set aside at the start of a clause (不是 there is a correction)
_YEAR_SET_ASIDE = re.compile(r"(?:^|(?<=[，,。；;：:]))(?:先)?(?:不用管|别管|不管|不考虑|不用看|先不看)(\d{4})年")
_CARRIED_INTO = re.compile(r"(?:结转|转入|转到|留到|拖到|带到|顺延)(?:到|至)?了?(\d{4})年度?")


_LEAVING_OUT = re.compile(r"除了|除去|除开|不算|不含|不包括|刨去|刨掉|去掉|扣掉|排除|撇开|抛开|刨除|剔除|剔掉|拿掉|除掉|去除(?!以)|先不看")
_LEFT_OUT_TAIL = re.compile(r"以外的|之外的|外的|以外|之外|外|以后|之后|不看|不算|不计")
# 把淮安市政府和洪泽的都去掉，剩下… / 淮安市本级除外，…: the names first, the word that leaves them out after
_LEFT_OUT_AFTER = re.compile(r"(?:^|(?<=[，,。；;：:]))(?:[^，,。？?；;把将]{0,12}(?:把|将))?([^，,。？?；;]{2,48}?)(?:的)?(?:都|全|全部|先)?"
                             r"(?:去掉|拿掉|剔除|剔掉|剔出去|排除|扣掉|除掉|刨掉|刨除|除外|以外|之外|不算在内|不计在内|不包括在内|不算|不计入|不计|不看"
                             r"|放一边|放在一边|放到一边|搁一边|搁在一边)(?:掉|在外|出去)?"
                             r"(?:以后|之后|后)?(?:的话)?(?=[，,。；;]|$)")


def _agencies_left_out(q: str, catalog: AgencyCatalog) -> tuple[list[Mention], tuple[int, int] | None]:
    """The agencies said after 除了/不算… and the span they take: those leave the scope of a total or ranking."""
    excluded = _EXCLUDED_AGENCIES.search(q)
    # (去掉淮安: a bare city name is its government here too, never the units inside it)
    left_out = _governments(excluded.group(1), catalog.mentions(excluded.group(1)), catalog, []) if excluded else []
    if excluded and left_out and re.fullmatch(r"[和与及、，,的]*", _mask(excluded.group(1), left_out).replace("　", "")):
        return left_out, excluded.span()
    after = _LEFT_OUT_AFTER.search(q)
    if after:
        names = _governments(after.group(1), catalog.mentions(after.group(1)), catalog, [])
        rest = _mask(after.group(1), names).replace("　", "")
        # (把秀洲分局2020年和安康2020年新收申请拿掉: the years and the row of the names written out choose nothing more)
        rest = re.sub(r"(?:19|20)\d{2}年", "", rest)
        for s, e in sorted(metric_spans(rest), reverse=True):
            rest = rest[:s] + rest[e:]
        # (淮安市政府量太大先放一边: the reason said beside the name chooses nothing)
        if names and re.fullmatch(r"(?:[和与及、的]|申请|件数|数量|本级|本身|自己|这两家|这几家|两家|[这那]?几?份(?:报告|年报)?|(?:的)?(?:报告|年报)"
                                  r"|(?:的)?(?:量|数|体量|规模|数字|数据|基数)?(?:太大|太多|太高|太特殊|特殊|不可比|没法比))*",
                                  rest):
            for m in names:  # (where each stands in the whole question)
                m.start, m.end = m.start + after.start(1), m.end + after.start(1)
            return names, after.span()
    # 淮安体量太大不好比，把它排除掉: 它 is the one agency said just before (the words between give the reason)
    it = re.search(r"[，,]?(?:那就|就)?(?:把|将)(?:它|其)(?:排除|去掉|拿掉|除去|剔除|剔掉|刨去|扣掉|撇开|放一边)(?:掉|在外|出去)?[，,]?", q)
    if it:
        names = _governments(q[: it.start()], catalog.mentions(q[: it.start()]), catalog, [])
        if len(names) == 1 and it.start() - names[0].end <= 16:
            return names, (names[0].start, it.end())
    # 几家除了秀洲分局新收申请加起来: the names run on into the question with nothing between; the
    # names said right after the word, one after another, are the ones left out
    for said in _LEAVING_OUT.finditer(q):
        rest = q[said.end() : said.end() + 40]
        names = sorted(_governments(rest, catalog.mentions(rest), catalog, []), key=lambda m: m.start)
        run, at = [], 0
        for m in names:
            if re.fullmatch(r"[和与及、]?", rest[at : m.start]) and (at == 0) == (m.start == 0):
                run.append(m)
                at = m.end
            elif m.start >= at:
                break
        if run:
            tail = _LEFT_OUT_TAIL.match(rest[at:])
            return run, (said.start(), said.end() + at + (tail.end() if tail else 0))
    return [], None


def _active_columns_unread(text: str, read: list[tuple[int, int]]) -> list[str]:
    """Words of 表二's columns (有效, 金额, 项目数) standing where no slot, row or asking word read them: beside rows of
    表三 or 表四 they choose nothing the figure shows (淮安市2024年有效申请多少件)."""
    covered = set()
    for s, e in [*read, *metric_spans(text, generic=True), *column_spans(text, active=False),
                 *(m.span() for p in _READ_PATTERNS for m in p.finditer(text))]:
        covered.update(range(s, e))
    words = {w for m in METRICS for cols in m.cols.values() for ws in cols.values() for w in ws
             # (收了多少, 多少钱, 上一年, 制作, 新发…: said of applications or time too, so no evidence of 表二)
             if not re.search(r"收|钱|上一年|对外公开|制作|^新[出发定做]$", w)} - set(FILLER_WORDS) - GENERIC_ACTIVE_WORDS
    found = [(at, at + len(w), w) for w in words for at in occurrences(w, text)]
    return list(dict.fromkeys(w for s, e, w in sorted(found) if not covered & set(range(s, e)) and len(w) >= 2))


def _two_columns_apart(q: str) -> bool:
    """本年制发的减掉本年废止的: a column of 表二 on each side of the minus (one row's two columns, one less the other)."""
    minus = _MINUS.search(q)
    return bool(minus) and bool(column_spans(q[: minus.start()])) and bool(column_spans(q[minus.end() :]))


def _mask(q: str, mentions: list[Mention]) -> str:
    chars = list(q)
    for m in mentions:
        for k in range(m.start, m.end):
            chars[k] = "　"
    return "".join(chars)


_STOP = re.compile(
    r"[?？!！。，,、；;：:“”\"'（）()《》]|请问|一下|多少|几(件|个|篇|条|次)?|哪些|哪个|报告|年报|里面?|中|的|了|吗|呢|有|是|在|"
    r"提到|提及|关于|怎么说|说了什么|说了啥|讲了|写了什么|写到|介绍|描述|涉及|包含|搜索|查找|检索|"
    r"\d{4}年|去年|今年|前年|(?<!\d)(?:19|20)\d{2}(?!\d)|哪些单位|哪个单位|单位|机关|部门|情况"
)


def _search_words(text: str) -> str:
    return " ".join(w for w in _STOP.sub(" ", text.replace("　", " ")).split() if w)


def _plain_label(word: str) -> str:
    """The row's own name for a word of it (准予公开 → 予以公开), when that name is plain; else the word."""
    found = find_metrics(word)
    label = found[0].label if len(found) == 1 else word
    return label if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", label) else word


def _cn_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    try:
        return int(cn2an.cn2an(s.replace("两", "二"), "smart"))
    except (ValueError, KeyError):
        return None


def _percent_of(m: re.Match) -> float | None:
    """The percent a _PERCENT match states (九成 → 90)."""
    digits, words, tenths, half = m.groups()
    if half:
        return 50.0
    try:
        if digits:
            return float(digits)
        if words:
            return float(words) if re.fullmatch(r"[\d.]+", words) else float(cn2an.cn2an(words.replace("点", "点"), "smart"))
        return float(_cn_int(tenths) or 0) * 10
    except (ValueError, KeyError):
        return None
