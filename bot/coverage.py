"""Which words of a question the reader did not understand.

Every span of a question must be read by some slot (an agency, a time, a row or column, an
operation) or be a known filler word. What is left over could change the answer (直接, 赔偿, 除了, a
name we do not hold …): then no confident figure is given. This rule, not a list of phrases, is what
keeps unseen wordings from becoming wrong figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rapidfuzz.distance import Levenshtein

from bot.rows import METRICS, column_spans
from index import templates as tpl
from index.segment import word_frequency, words

# Words that ask, point or connect but choose nothing: a question means the same without them.
FILLER = sorted({
    "快点给我", "快点", "尽快", "最后法院", "本身", "领导刚问的", "刚问的", "系统登不上", "登不上", "换个对象", "换一个对象", "换个单位", "换一家", "换个地方", "只要这一个数", "只要这个数", "只要一个数", "就要这一个数", "就要这个数",
    # (前后一比 / 按年份先后说 / 律所递来的: how the figures are set side by side or came in, choosing nothing)
    "看过了", "看过", "作为", "榜上", "榜单上", "榜单里", "榜里", "榜单", "前后一比", "前后比", "前后对比", "两相比较", "按年份先后", "年份先后", "按先后", "先后", "递来", "递过来", "递交", "送来", "交来",
    # (总计变成多少 / 会上问起来 / 涨幅大得有点反常 / 放一起比比 / 你们存着的报告里 / 报告期内: a remark, the figure is the same)
    "这样算下来", "这么算下来", "算下来", "照这样算", "明明", "明明有数", "印出", "印出的", "印出来", "印出来的", "变成", "变成了", "变为", "会上", "在会上", "快速", "快速查下", "反常", "有点反常", "异常", "大得", "比比", "放一起比比",
    "存着的", "存着", "你存的", "你们存的", "你们存着的", "库里存的", "作个", "作一个", "期内", "报告期内", "小数", "过了期限", "超过期限", "过了期",
    "全算上", "都算上", "全都算上", "全算", "都算进来", "全算进来", "数排",
    "是0的就不用列了", "是零的就不用列了", "为0的不用列", "是0的不用列", "就不用列了", "不用列了", "不用列", "不必列", "不用写",
    "数占", "我怀疑", "怀疑", "填错", "写错", "印错", "要个", "小类", "大类里", "获得", "得到了", "得到",
    "那几行", "这几行", "几行", "各行", "那几项", "这几项",
    "最后回到", "最后再回到", "最后再问", "最后问一下", "最后问下", "最后一个问题", "最后一问", "最后再看", "最后看",
    "再用", "要报", "报个数", "报数", "一边", "折成", "折合成", "换成元", "急用", "着急用", "急着用", "赶时间", "有没有人来", "有人来", "人来",
    "目前", "现阶段", "先不说别的", "别的先不说", "先不谈别的", "一遍", "分母用", "分母是", "分母取",
    "看着挺大", "看着挺多", "挺大", "这个数看着",
    "给出", "列出", "请给出", "分别给出",
    "问起来", "开会问起来", "需要", "手头没带材料", "没带材料", "手头",
    "换个指标", "换一个指标", "换个数据", "算成", "折算成",
    "大得离谱", "离谱", "这类机构", "这类单位", "这一类机构", "填了", "原文到底", "到底印的", "先核实", "核实",
    "开会要数", "开会要用", "开会用", "汇报要用", "汇报用", "要数", "开会", "下午", "上午", "晚上",
    # (明天汇报用 / 写总结材料 / 用通常的口径就行 / 虽然年份不一样 / 注意…: when and why it is asked, the figure is the same)
    "明天", "后天", "明早", "总结材料", "写总结", "年终总结", "通常的口径", "通常口径", "常用的口径", "常用口径", "一般的口径", "一般口径",
    "催得很急", "催得紧", "催得急", "催得很紧", "但不确定", "不太确定", "不确定", "应办", "应办的",
    "虽然", "尽管", "年份不一样", "年份不同", "注意", "请注意", "别的先不用", "别的不用", "其他先不用", "其他的先不用",
    "顺手", "顺带", "顺道", "摊开来", "摊开", "报中", "报上", "奇怪", "好奇怪", "真奇怪", "合计起来", "汇总起来", "加总起来", "刚开完会", "开完会", "请问", "没问题吧", "有没有问题", "有问题吗", "没问题", "稿子里有一句", "有一句", "再核一句", "还有一句", "一句", "我记得", "记得", "印象中", "印象里", "真是", "真的是", "难道", "栏填的", "栏填", "填的", "栏里", "换个看", "换个角度", "换个", "帮我核一下这句", "核一下这句", "后面一句", "前面一句", "一增一减", "那行", "这行", "那一栏", "这一栏", "个百分点", "百分点", "换个话题", "换个问题", "顺便问一下", "顺便问下", "请", "问一下", "问下", "问问", "一下", "帮我", "帮忙", "给我", "麻烦", "查查", "查一下", "查下", "查询", "查", "看看", "看一下",
    "告诉我", "没弄错吧", "没搞错吧", "弄错", "搞错", "根本", "放在前面", "放前面", "排在前面", "排前面", "回顾", "栏目", "专题", "公式", "那头", "这头", "大部分", "大多数", "绝大部分", "绝大多数", "类似问题", "类似的问题", "同样的问题", "同样问题", "这种问题", "类似情况", "按理说", "照理说", "按理", "照理", "按说", "同一口径", "同样口径", "同口径", "方式", "身份", "拆开看", "拆开", "最后落到", "落到", "填报", "所以", "因此", "因而", "从而", "我想知道", "想知道", "想问", "知道", "了解", "统计", "显示", "说说", "说一下", "讲讲", "你好", "您好", "谢谢",
    "多少", "几件", "几个", "几项", "几次", "几家", "几", "有没有", "是不是", "是否", "有多少", "一共有", "共有", "共计", "共",
    "总共", "一共", "合计", "总计", "总数", "总的", "全年", "全部", "所有", "整体", "总体", "情况", "数据", "数字", "数量", "数目",
    "件数", "个数", "次数", "量", "数", "件", "个", "项", "次", "家", "位", "条", "份", "起", "宗", "笔", "元", "万元", "万",
    "政府信息公开", "信息公开", "政务公开", "政府信息", "公开工作", "年度报告", "工作报告", "年报", "报告", "报表", "表格", "统计表",
    "表里", "表中", "表上", "表", "栏", "一栏", "那栏", "这栏", "格", "顺便", "转发", "公众号", "某公众号", "年底", "到年底", "进来", "材料", "写材料", "一格", "那一格", "这一格", "那格", "这格", "那一项", "这一行", "那一行", "里面", "里头", "里", "中", "其中", "当中", "之中", "上面",
    "年度", "年份", "年", "全年度", "度", "本年", "当年", "这一年", "那一年", "该年",
    "单位", "机关", "部门", "这个", "那个", "这家", "那家", "该", "它", "他们", "这", "那", "其他单位", "其他部门", "其他机关", "其余", "剩下的", "哪个", "哪家", "哪些",
    "什么", "怎样", "怎么", "如何", "多", "少", "呢", "吗", "吧", "啊", "呀", "嘛", "哦", "哈", "了", "的", "地", "得", "着", "过",
    "是", "有", "在", "和", "与", "及", "以及", "跟", "同", "或", "或者", "还是", "并", "且", "都", "也", "还", "又", "就", "才",
    "被", "把", "给", "对", "向", "从", "由", "按", "按照", "为", "于", "到", "至", "等", "啥", "么", "您", "你", "我",
    "我们", "咱们", "人家", "大概", "大约", "具体", "一共是", "分别", "各自", "各", "每", "个别", "到底", "究竟", "实际",
    "收到", "收了", "收", "办", "办了", "做了", "处理", "情形", "类", "类型", "种", "方面", "相关", "有关", "涉及",
    "依申请", "申请", "申请人", "提出", "提交", "受理", "公开", "主动公开", "政府", "人民政府", "市府", "区府", "县府",
    "因为", "由于", "案件", "案子", "事项", "分项", "各项", "各有", "各是", "还有", "怎么样", "这么", "这样", "那样", "有人",
    "相对", "过来", "就是", "那边", "这边", "提了", "来算", "理由", "原因", "应该", "表三", "表二", "表四", "张表", "那张表",
    "同样", "一样", "那份", "这份", "格式", "能不能", "可不可以", "两类", "两种", "两项", "加得", "对得上", "对不上", "等于", "等不等于", "相等", "一致", "对得上吗", "之间", "也有这个问题", "有这个问题", "这个问题", "一样的问题", "站得住", "不是", "自己", "下面", "比如", "危及", "各家", "我查", "就行", "就好", "即可", "请教", "办得", "数从", "多大", "那年", "这年",
    "刚才", "刚刚", "前面这", "前面那", "前面的这", "前面的那", "上面这", "上面那", "刚才那个", "刚才的", "回来了", "回来", "之前那个", "前面那个", "一起", "放一起", "比一下", "这个比例", "这一比例", "这个数", "这个数字", "这一项", "这项", "各类", "各种", "各个", "稍等", "定义", "定义为", "如果", "算法", "口径是", "子项", "地方", "模板", "两边", "那些", "这些", "已审结", "除以", "除", "正文", "两者", "二者", "依次排列", "依次", "排列", "作出", "做出", "不对", "我要的是", "我说的是", "我问的是", "要的是", "同事", "领导", "朋友", "编辑", "小编", "稿件", "稿子", "文章里", "文中", "材料里", "写的", "写着", "里写", "写道", "核一下", "核对一下", "请核对", "核实一下", "你们", "收录", "换算", "换算成", "单位换算", "提起", "被提起", "属于", "行政机关", "只有", "仅有", "才有", "仅", "只", "回到", "说回", "再回到", "对了", "好的", "那好", "行吧", "好吧", "感觉", "看着", "看来", "好像", "似乎", "特别", "非常", "挺", "比较", "不少", "一些", "有点", "口径", "同比口径",
    # a draft checked sentence by sentence (那这句呢：… / 第二句：… / 最后一句写的是…): the pointer says nothing
    "这句", "那这句", "这一句", "下一句", "后一句", "再下一句", "上一句", "最后一句", "第一句", "第二句", "第三句", "第四句",
    "第五句", "草稿", "草稿第一句", "结尾", "结尾说", "接着", "再往下", "往下", "那段", "这段话", "帮我核一下",
    "我用", "我按", "被当作", "当作", "算作", "被算作", "填个表", "要填个表", "填表", "来着", "我这边", "是好多", "折合", "折算", "之类的", "之类", "一类的", "这类的", "等等", "光是", "单是", "仅仅是", "光", "不止这个数", "不止这些", "不止这么多", "不止这点", "再说下", "再说一下", "再说一遍", "再讲一下", "再讲讲", "再报一下", "再报一遍", "说下", "讲一下", "报一下",
    "多高", "有多高", "一大类", "这一大类", "大类", "那列", "这列", "那一列", "没记错吧", "记错", "没记错", "照抄", "我照抄了",
    "要是", "总量", "对上了没有", "对上没有", "了没有", "这篇", "这篇报道", "最后说", "是增是减", "是增还是减", "增还是减", "这批", "那部分", "那一部分", "那句", "这句话", "报里", "年报里", "不好意思", "抱歉", "打扰", "又来打扰", "来打扰", "打扰一下", "打扰了", "看不清", "我看不清", "收支平衡", "平衡", "正好", "刚好", "恰好", "想算一下", "想算", "算一下", "这段", "我这段", "可是", "但是", "不过", "网上有文章", "网上", "有文章", "本机关", "所占比例", "所占比重", "比例为", "印的", "上印的", "报告上", "写的是", "自洽", "空着", "空白", "小项", "哪边",
    "总计行", "合计行", "总计栏", "合计栏", "填了吗", "填了没有", "填了没", "填没填", "有没有填", "手上", "手里", "手头上", "到最后", "最终", "这回", "这次", "这一次", "绝对数", "绝对值", "绝对数量", "那张", "这张", "最后答复", "最终答复", "最后办结", "的话",
    "第四张表", "第三张表", "第二张表", "第四张", "第三张", "第二张", "相抵", "明显", "显然", "这一组", "一组", "最后是", "最后被", "最后都", "最后以", "最后办", "我注意到", "注意到", "我发现", "发现", "明细", "反而", "竟然", "居然", "后面依次", "后面的依次", "依次是", "账平", "平不平", "一列", "这一列的", "一块", "加一块", "总账", "这笔账", "账目", "核账", "对账", "核一下账", "引发", "引发的", "引起", "引起的", "而引发", "花得", "花了", "花的", "花钱", "花费",
    "精确到元", "精确到个位", "精确到", "保留一位小数", "保留两位小数", "保留一位", "保留两位", "百分比保留一位", "作个参照", "做个参照",
    "作为参照", "参照", "同一行", "全放进来", "全部放进来", "都放进来", "放进来", "涨得挺猛", "挺猛", "看着不对", "这数看着不对",
    "件数量", "决定", "办理", "那会儿", "那会", "的时候", "时候", "做个", "横向", "纵向", "现在", "那时候", "那时", "当时", "换算成元", "算下", "帮我算下", "帮算下",
    "往前推", "往前", "再往前", "往后推", "往后", "登记", "这么登记", "倒回去", "倒回", "数能", "能对上", "对上", "这几栏", "几栏", "那几栏", "这几列", "那几列", "几列", "各列", "这些列", "那些列", "说得通", "说不通", "讲得通", "合理吗", "两头", "幅度", "变化幅度", "下降幅度", "增长幅度", "上升幅度", "降幅", "增幅", "涨幅",
    "那块", "这块", "那一块", "这一块", "单独", "单看", "帮看下", "帮看一下", "帮我看下", "帮看", "对应", "列个", "列一下", "列出来",
    "一行", "几部", "部", "给一位小数", "一位小数", "两位小数", "小数点后一位", "有填数的里面", "有填数的", "填了数的", "有数的里面", "有数字的里面", "本单位", "本单位的", "各自单位", "另一头", "整个", "盘子有多大", "盘子多大", "整个盘子", "盘子", "执法那块", "执法这块", "执法方面", "执法数据", "执法类", "执法那一块", "执法这一块", "出去的", "进来的", "其实", "其实是", "其实想要", "我其实想要", "其实想问", "我其实想问", "其实是想问", "其实要的是", "其实要问", "想要的是", "来信说", "来信称", "来信反映", "来信质疑", "来信指出", "留言说", "留言称", "留言反映", "来电说", "来电反映", "看到", "一篇", "稿子说", "文章说", "换成", "换到", "改成", "人里", "申请人里",
    "更高", "更低", "高了", "低了", "高不高", "是升是降", "升还是降", "高了还是低了", "信息", "结果", "加总", "计算", "合并", "合并计算", "一起算", "算", "来自", "属实吗", "说法", "总和", "另外", "此外", "下来", "出来", "准确", "正确", "没错", "文章", "新闻", "消息", "听说", "网上说", "给我个百分比", "给个百分比", "给我个", "给个", "给我一个", "多不多", "少不少", "哪来的", "哪来", "从哪来", "别的数", "还是别的", "同行", "网传", "网友说", "资讯公开", "资讯", "没填", "未填", "空着没填", "空着没有填", "没有填", "通稿", "新闻稿", "发布稿", "宣传稿", "通稿里", "通稿中", "哪一", "哪一份", "哪几份", "掌握的", "库里", "库中", "出自哪张表哪一栏", "出自哪张表", "出自哪一栏", "出自哪里", "出自", "方便我引用", "方便引用", "引用", "这一数字", "这一数", "同一数字", "这一指标", "这个指标", "里排", "按规矩", "照规矩", "按道理", "理论上", "群里", "在群里", "群里问", "刚在群里问", "急", "挺急", "挺急的", "着急", "写个材料", "写个", "要用", "在吗", "被认定为", "认定为", "不管渠道", "不分渠道", "一进一出", "不分类别", "不管类别", "不分类型", "不管类型", "不分种类", "不分内容", "不管内容", "不论内容", "不区分内容", "不管什么内容", "不分主题", "不管主题", "不论渠道", "不区分渠道", "不管哪种渠道", "所有渠道", "再算一次", "再算一遍", "对就是", "对 就是", "对对", "对对对", "对的", "嗯嗯", "嗯对", "是的是的", "整类", "整个类别", "这一整类", "打错字了", "打错字", "打错了", "手滑了", "手滑", "我说错了", "说错了", "说错", "两块", "这两块", "两大块", "剩下多少件", "剩下几件", "还剩多少", "还剩几件", "底下", "力度", "口误", "口误了", "我先要的是", "先要的是", "我不信", "不信", "不相信", "反方向", "反方向走", "都报给我", "报给我", "换回", "换回到", "切回", "切回到", "改回", "再查一次", "再查一遍", "再查查", "按顺序说", "按顺序列", "按顺序", "依次说", "重新算一下", "重新算一遍", "重新算", "重算一下", "重算", "系统里", "系统中", "系统", "数据库", "数据库里", "数据库中", "平台上", "平台里", "对吗", "对不对", "是吗", "真的", "属实", "说", "称", "报道", "据说", "有人说", "某报", "媒体", "记者",
    # (单位用元 / 剩下的基本都是个人吧 / 这一下子翻了好多倍 / 怪不得这么低 / 我这边手算的是1816: how to show it, or a
    # remark on it; the figure is the same)
    "怪不得这么低", "怪不得这么高", "怪不得这么少", "怪不得这么多", "怪不得", "难怪",
    "只关心", "关心", "我这边手算的是", "手算的是", "手算", "不知道有没有算错", "有没有算错", "算错",
    "单位用元", "单位要元", "以元为单位", "用元", "基本都是", "基本上", "基本", "这一下子", "一下子", "翻了好多倍", "翻了好几倍", "好多倍", "好几倍",
    # the asker's own steps and sources (关注一下积压问题：…, 先说市里：…, 通报说…): they choose nothing
    "确认一下", "确认", "对照一下", "对照", "关注一下", "关注", "先说", "先看", "再看", "先问", "选题", "选题是", "我的选题",
    "通报", "通报里", "通报说", "截至", "截止", "中间", "这个口子", "那个口子", "口子", "各剩", "各剩下", "那批", "这一批", "那一批", "类似", "类似的情况", "同一张表", "同一张表里", "很大", "量很大", "很多", "很少", "这方面", "在这方面", "重新", "重排", "它们", "它俩", "发生", "发生了", "可能", "靠得住", "靠得住吗", "靠谱吗", "说法称", "有说法称", "有说法", "开始", "放在", "格子", "格子里", "问个", "拒绝", "名义", "真正", "反倒", "反而是", "最新一年", "最新的一年", "已经", "出结果", "落差", "落差这么大", "差距这么大", "这么大", "原行为", "维持原行为",
}, key=len, reverse=True)

# a kind of person said in one character (女的申请人): the tables never split applicants by it, and the word
# cutter leaves it standing alone, where single characters are otherwise function words
_ONE_CHARACTER_QUALIFIERS = {"男", "女", "非"}  # (非 turns what follows into its opposite: never dropped)
_FILLER_RE = re.compile("|".join(re.escape(w) for w in FILLER))
_FILLER_SET = set(FILLER)
# fillers of two or more characters are taken out before the rest is cut into words; single characters are
# left to the cutter, so that they never break up a word the reader does not know (其他 is not 其 + 他)
_LONG_FILLER_RE = re.compile("|".join(re.escape(w) for w in FILLER if len(w) >= 2))
_DISCOURSE_LEAD = re.compile(r"^(?:好的?|那么?)?(?:最后|然后|接着|其次|再者|再就是|另外)(?:一个问题|一个|再问一下|问一下|再问)?[，,：:]")
_COUNTED = re.compile(r"[几一二三四五六七八九十两\d]+(?:份|家|个|项|类|种|年|栏|列|格)")


def _template_words() -> set[str]:
    """The template's own labels and their parts (保护第三方合法权益, 要求提供公开出版物 …)."""
    words: set[str] = set()
    for template in ("2019", "2021"):
        for other in (False, True):
            for spec in tpl.request_rows(template, other):
                for part in spec.key.split("/"):
                    part = re.sub(r"[“”\"]", "", part)
                    words.add(part)
                    words.update(w for w in re.split(r"[或和、的]", part) if len(w) >= 2)
    # the column names themselves are not here: a column is read only through its words (bot.rows), so a
    # bare 其他 that picks no column is a word the reader did not understand
    words.update(p for g in tpl.REVIEW_GROUPS for p in g.split("/"))
    return {w for w in words if len(w) >= 2} - set(tpl.REQUEST_COLS + tpl.REVIEW_COLS)


KNOWN_WORDS = sorted({w for m in METRICS for w in m.synonyms} | _template_words(), key=len, reverse=True)
# tried at every position, so that overlapping words are all read (三类内部 + 内部事务 in 三类内部事务)
_KNOWN_METRIC_WORDS = re.compile("(?=(" + "|".join(re.escape(w) for w in KNOWN_WORDS) + "))")
_TYPO_TARGETS = [w for w in KNOWN_WORDS if 2 <= len(w) <= 8]
_NUMBERS = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|万元|万|元|件|个|项|次|家|名|位)?|[一二三四五六七八九十两百千]+(?:个|家|名|位|项|件)")
_PUNCT = re.compile(r"[\s　，,。.？?！!、；;：:“”\"'‘’（）()《》【】\[\]\-—~/+＋=|]")


def unread_words(text: str, read: Iterable[tuple[int, int]], intent_patterns: Iterable[re.Pattern],
                 is_name: Callable[[str], bool] = lambda run: False) -> list[str]:
    """Words of two or more Chinese characters that no slot read and no filler explains. A run of unread
    text that `is_name` takes for an agency's name (a typo, or one we do not hold) is the resolver's."""
    chars = list(text)

    def blank(s: int, e: int) -> None:
        for k in range(s, e):
            chars[k] = " "

    for s, e in read:
        blank(s, e)
    unslotted = "".join(chars)  # (what no slot read, before fillers and intent words are blanked)
    lead = _DISCOURSE_LEAD.match(text)  # 最后，… / 然后，…: where the question stands in the talk, not what it asks
    if lead:
        blank(*lead.span())
    for m in _LONG_FILLER_RE.finditer("".join(chars)):  # before the intent words: 所占比例为 is not 占比 + 例为
        blank(*m.span())
    for pattern in intent_patterns:
        for m in pattern.finditer(text):
            blank(*m.span())
    for s, e in column_spans(text):
        blank(s, e)
    for m in _KNOWN_METRIC_WORDS.finditer(text):
        blank(*m.span(1))
    rest = "".join(chars)
    # a year next to another, with no year it is next to (洪泽前一年的…): the time reader left it, so it is unread
    dangling = [m.group(0) for m in re.finditer(r"前一年|上一年|后一年|下一年", rest)]
    # 往前翻两年 / 往后数三年 left by the time reader: a step of years it did not take (往前 alone is a filler)
    dangling += [m.group(0) for m in re.finditer(r"(?:往前|往后|往回|向前|向后)(?:推|翻|数|倒|挪|退)?(?:[两二三四五六七八九十\d]+|几)个?年", unslotted)]
    # 另外4件是谁提的: the rest of a count, which no slot reads (另外 is a filler only as "besides")
    dangling += [m.group(0) for m in re.finditer(r"(?:另外|其余|剩下|剩余)(?=的?[\d一二三四五六七八九十几两]+件(?:都)?(?:是)?(?:谁|哪|什么))", text)]
    for pattern in (_NUMBERS, _PUNCT, _COUNTED, _LONG_FILLER_RE):
        rest = pattern.sub(" ", rest)
    # what is left is cut into words (jieba): a word of two or more characters that is not a filler is unread;
    # single characters are function words (的, 了, 多), never evidence of a qualifier on their own
    found: list[str] = []
    for run in re.findall(r"[\u3400-\u9fff]+", rest):
        if len(run) > 1 and is_name(run):
            continue
        for word in words(run) if len(run) > 1 else [run]:
            if word in _ONE_CHARACTER_QUALIFIERS or _a_word_unread(word):
                found.append(word)
    return dangling + [w for w in _merge_adjacent(found, rest) if not _typo_of_known(w) and w not in dangling]  # 行政 + 出罚: 行政处罚 mistyped


def _a_word_unread(word: str) -> bool:
    """Two or more characters that are no filler, nor a known word mistyped."""
    return (len(word) >= 2 and word not in _FILLER_SET and not _FILLER_RE.fullmatch(word) and not _typo_of_known(word)
            and not (all(ch in _FILLER_SET for ch in word)  # 中有, 有数: two fillers the cutter glued together
                     and not (len(word) >= 3 and word_frequency(word))))  # (中位数: a word of its own)


def _merge_adjacent(found: list[str], rest: str) -> list[str]:
    """Unread words standing side by side are said as one (征地 + 拆迁 → 征地拆迁)."""
    out: list[str] = []
    for word in found:
        if out and out[-1] + word in rest:
            out[-1] += word
        else:
            out.append(word)
    return out


def _typo_of_known(word: str) -> bool:
    """One wrong character in a known word of 3+ characters (行政复义, 另行制做): read as that word,
    which the reader's fuzzy row match then says in the answer."""
    return len(word) >= 3 and any(
        len(k) == len(word) and Levenshtein.distance(k, word) == 1 for k in _TYPO_TARGETS
    )


def near_known_word(text: str) -> tuple[int, int, str, str] | None:
    """The one place in `text` where a known row word of three characters stands with one character wrong
    (依申清 for 依申请), as (start, end, the word, as written); None when there is none, or more than one reading."""
    found = {(s, s + 3, k, text[s : s + 3]) for k in _TYPO_TARGETS if len(k) == 3 and re.fullmatch(r"[\u4e00-\u9fff]{3}", k)
             for s in range(len(text) - 2) if Levenshtein.distance(k, text[s : s + 3]) == 1
             and re.fullmatch(r"[\u4e00-\u9fff]{3}", text[s : s + 3]) and k[0] == text[s]}
    found = {f for f in found if f[3] not in _KNOWN_SET}  # (处理了 is a word of its own, not a slip of 处理完)
    columns = column_spans(text)  # (尚未审结: 未审结 is a column's own word, not a slip of 未办结)
    found = {f for f in found if not any(a < f[1] and f[0] < b for a, b in columns)}
    if not found and re.search(r"多少|几", text):  # 复义纠正几件: a slip in the two-character name of a row
        found = {(s, s + 2, k, text[s : s + 2]) for k in _SHORT_ROWS for s in range(len(text) - 1)
                 if text[s] == k[0] and text[s + 1] != k[1] and re.fullmatch(r"[\u4e00-\u9fff]", text[s + 1])
                 and word_frequency(text[s : s + 2]) < _A_WORD_OF_ITS_OWN}  # (复核, 强调, 许多: words, not slips)
    return found.pop() if len(found) == 1 else None


def near_row_names(text: str) -> tuple[int, int, list[str], str] | None:
    """The one place in `text` where four characters are one off the four-character name of a row (部予公开: 不予公开
    or 部分公开), as (start, end, every name it could be, as written); None when there is none or several places."""
    found: dict[tuple[int, int], set[str]] = {}
    for k in _ROW_NAMES:
        for s in range(len(text) - 3):
            piece = text[s : s + 4]
            if piece not in _KNOWN_SET and sum(a != b for a, b in zip(k, piece, strict=True)) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{4}", piece):
                found.setdefault((s, s + 4), set()).add(k)
    if len(found) != 1:
        return None
    (s, e), words = found.popitem()
    return s, e, sorted(words), text[s:e]


def slip_of_read_word(word: str, read_words: Iterable[str]) -> str | None:
    """申情 beside 重复 (read as 重复申请): two characters one off a two-character word of a row already read,
    and no word of their own; the word meant, or None. Reading it changes nothing the row did not say."""
    if len(word) != 2 or word_frequency(word) >= _A_WORD_OF_ITS_OWN:
        return None
    meant = {w[s : s + 2] for w in read_words for s in range(len(w) - 1)
             if w[s] == word[0] and w[s + 1] != word[1] and re.fullmatch(r"[\u4e00-\u9fff]{2}", w[s : s + 2])}
    return meant.pop() if len(meant) == 1 else None


_KNOWN_SET = set(KNOWN_WORDS)
# the rows' own four-character names (不予公开, 部分公开, 行政许可 …): what a slip in one is offered as
_ROW_NAMES = sorted({w for m in METRICS for w in (m.label, m.key) if re.fullmatch(r"[\u4e00-\u9fff]{4}", w)})
_SHORT_ROWS = ("复议", "诉讼", "许可", "处罚", "强制", "申请")  # the rows of 表二 and 表四 said in two characters
_A_WORD_OF_ITS_OWN = 20  # times in jieba's dictionary above which two characters are a word, not a slip

