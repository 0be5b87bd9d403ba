"""What people ask for → the template's rows and columns.

A Metric names one row (or a sum of rows) of a table in each template; the words people use for it
are its synonyms. Column words (企业, 律师, 维持, 废止 …) pick a column; without one the row's
default column is used, or the question is asked back when a row has no natural default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from index import templates as tpl
from index.model import ACTIVE, REQUESTS, REVIEW

T19, T21 = "2019", "2021"
_NB = ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
       "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"]
_WF = ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"]
_BC = ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"]
_OT = [s.key for s in tpl.request_rows(T21, False) if s.key.startswith("其他处理/")]


@dataclass(frozen=True)
class Metric:
    key: str
    label: str  # how answers name it
    table: str
    rows: dict  # template → tuple of row keys (more than one: their sum)
    synonyms: tuple[str, ...]
    weight: int = 2  # 1 generic, 2 a row, 3 a sub-row
    parent: str | None = None
    cols: dict = field(default_factory=dict)  # template → {column: synonyms}; active table only
    default_col: dict = field(default_factory=dict)  # template → column (None: ask back)


def _req(key, label, rows, syn, weight=2, parent=None):
    rows = tuple(rows) if isinstance(rows, list | tuple) else (rows,)
    return Metric(key, label, REQUESTS, {T19: rows, T21: rows}, tuple(syn), weight, parent)


def _sub(group, keys, labels_syn):
    out = []
    for k, (label, syn) in zip(keys, labels_syn, strict=True):
        out.append(_req(f"{group}/{k}", label, f"{group}/{k}", syn, 3, group))
    return out


_ACT_COLS_19_1 = {"本年新制作数量": ("新制作", "制作", "制定", "出台", "新发布", "新发", "新出", "新做", "新定", "印发"), "本年新公开数量": ("新公开", "公开了"),
                  "对外公开总数量": ("对外公开总数量", "对外公开总数", "对外公开总", "对外公开", "总数", "累计", "一共有")}
_ACT_COLS_21_1 = {"本年制发件数": ("新制发", "制发", "制定", "出台", "新制作", "发布", "印发", "发了", "新发", "新出", "新做", "新定"), "本年废止件数": ("废止", "取消", "废了", "废掉", "作废"),
                  "现行有效件数": ("现行有效", "现在还有效", "现在有效", "仍然有效", "有效", "现行", "总数", "一共有", "还有效", "仍有效")}
_ACT_COLS_19_5 = {"上一年项目数量": ("项目数", "事项数", "上一年项目", "上一年", "多少项", "有几项", "事项几项", "事项有几项"), "本年增/减": ("本年增减", "本年增/减", "增减了", "增减", "增/减", "增加", "减少", "变化"),
                  "处理决定数量": ("处理决定", "决定", "办理", "处理", "办了")}
_ACT_COLS_21_5 = {"本年处理决定数量": ("处理决定", "决定", "办理", "处理", "办了")}


def _act(key, label, rows19, rows21, syn, cols19, cols21, def19, def21):
    rows = {}
    if rows19:
        rows[T19] = (rows19,)
    if rows21:
        rows[T21] = (rows21,)
    return Metric(key, label, ACTIVE, rows, tuple(syn), 2, None, {T19: cols19, T21: cols21}, {T19: def19, T21: def21})


METRICS: list[Metric] = [
    _req("本年新收", "本年新收申请", "本年新收政府信息公开申请数量", ("本年新收", "新收", "新增申请", "新来的申请", "新来的")),
    # Verbs that say "the applications" as often as they ask for 本年新收 (收到的申请里予以公开…).
    _req("本年新收~", "本年新收申请", "本年新收政府信息公开申请数量",
         ("收到", "受理", "接到", "接收", "申请数", "申请量", "多少申请", "几件申请", "申请件数", "提出", "提交", "申请了",
          "收了几件", "收了多少件", "提的", "提了", "所提", "递交", "递了", "交了几件", "交来", "收得最多", "收得最少")),  # (not 收了多少: it is said of fees too)
    _req("申请", "本年新收申请", "本年新收政府信息公开申请数量", ("申请", "依申请"), 1),
    _req("上年结转", "上年结转申请", "上年结转政府信息公开申请数量", ("上年结转", "去年结转", "上年度结转", "结转过来", "上一年结转", "接手过来", "上年遗留", "上一年遗留", "遗留下来", "年初结转", "年初积压", "年初就有",
                                                                     "上年转过来", "上年转来", "上一年转过来", "上一年转来", "去年转过来", "转过来", "带过来", "结转来", "接过来", "结转进来", "转进来", "结转入", "结转进")),
    _req("结转下年度", "结转下年度继续办理", "结转下年度继续办理",
         ("结转下年", "结转到下", "转入下", "年末结转", "年底结转", "年末积压", "年底积压", "结转至下", "下年度继续", "继续办理", "继续办", "未办结", "没办完", "还没办完",
          "结转到明年", "转到明年", "转入明年", "留到明年", "顺延", "转到下一年", "转到下年", "转入下一年", "转下一年", "转下年",
          "结转到下一年", "结转到了下一年", "转到了下一年", "结转到了下年", "下一年继续", "转到下一年度", "到年底还没办完", "年底还没办完", "年底没办完", "年底未办结", "年底尚未办结",
          "拖到下一年", "拖到下年", "拖到明年", "拖到第二年", "留到下一年", "结转出去", "转出去", "转过去", "结到下一年", "结到下年", "结到明年")),
    # 受理总量 (what there was to handle in the year): the named indicator, 本年新收 + 上年结转
    _req("受理总量", "受理总量（本年新收+上年结转）", ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量"],
         ("受理总量", "受理总数", "总受理量", "应办理", "需要办理", "需办理", "要办理的", "应办结", "待办理", "待办申请", "待办的申请", "待办总量", "待办总数", "全部待办", "要办总量", "要办的总量", "要办理的总量")),
    _req("总计", "办理结果总计（（七）总计）", "总计", ("(七)总计", "（七）总计", "七)总计", "办结总计", "办结总数", "办结合计", "办理结果总计", "答复总计", "办结", "办完", "办理完毕", "答复", "回复", "办理结果", "办理总计", "办理总数", "办理合计")),
    _req("总计~", "办理结果总计（（七）总计）", "总计", ("办理完", "处理完", "处理了", "办理了", "已办理", "办完")),
    _req("予以公开", "予以公开", "予以公开", ("予以公开", "给予全部公开", "全部公开", "完整公开", "完全公开", "全公开", "全给公开", "全部给公开", "同意公开", "准予公开", "给公开了的", "给予公开", "给公开")),
    _req("部分公开", "部分公开", "部分公开", ("部分公开", "半公开", "公开了一部分", "公开一部分", "部分给公开了的", "部分给公开", "部分给了", "给了一部分")),
    # 实质公开 (率): 予以公开 and 部分公开 together, the usual numerator of the disclosure rate
    _req("实质公开", "予以公开+部分公开", ["予以公开", "部分公开"], ("实质公开", "实际公开", "公开了的", "全部或部分公开", "全部或者部分公开", "全部和部分公开", "全部及部分公开", "全部或部分予以公开")),
    _req("不予公开", "不予公开（8项合计）", [f"不予公开/{k}" for k in _NB], ("不予公开", "不公开", "拒绝公开", "没公开", "未公开", "没被公开", "未被公开", "不被公开", "没有公开", "没给公开", "不给公开", "未给公开", "没有给公开", "不给予公开",
                                                                  "拒绝", "被拒", "拒了", "拒的", "拒掉")),
    *_sub("不予公开", _NB, [
        ("不予公开·属于国家秘密", ("国家秘密", "涉密")),
        ("不予公开·其他法律行政法规禁止公开", ("其他法律行政法规禁止", "法律行政法规禁止", "法律法规禁止", "法规禁止", "禁止公开")),
        ("不予公开·危及“三安全一稳定”", ("三安全一稳定", "三安全", "国家安全", "公共安全", "经济安全", "社会稳定")),
        ("不予公开·保护第三方合法权益", ("损害第三方合法权益", "损害第三方", "第三方合法权益", "第三方权益", "保护第三方", "第三方", "商业秘密", "个人隐私", "隐私")),
        ("不予公开·属于三类内部事务信息", ("内部事务", "三类内部")),
        ("不予公开·属于四类过程性信息", ("过程性信息", "过程性", "四类过程")),
        ("不予公开·属于行政执法案卷", ("行政执法案卷", "执法案卷")),
        ("不予公开·属于行政查询事项", ("行政查询事项", "查询事项", "行政查询")),
    ]),
    _req("无法提供", "无法提供（3项合计）", [f"无法提供/{k}" for k in _WF], ("无法提供", "不能提供", "没法提供", "提供不了", "答复不了", "给不了", "没提供", "未提供", "没有提供")),
    *_sub("无法提供", _WF, [
        ("无法提供·本机关不掌握相关政府信息", ("本机关不掌握相关政府信息", "本机关不掌握相关信息", "本机关不掌握", "不掌握", "没有掌握", "未掌握", "信息不存在", "不存在", "查无此信息", "查无此件", "查无", "查不到",
                                             "没有这个信息", "没有这份信息", "没有那份信息", "没有该信息", "没有相关信息", "没有这些信息",
                                             "手里没有", "手上没有", "本机关没有", "手里没这个信息", "手里没这信息", "手上没这个信息",
                                             "没这个信息", "找不到信息", "找不到这个信息", "找不到相关信息")),
        ("无法提供·没有现成信息需要另行制作", ("没有现成", "另行制作", "需要另行", "另外制作", "重新制作", "专门制作", "要另外做")),
        ("无法提供·补正后申请内容仍不明确", ("补正后", "仍不明确", "内容不明确")),
    ]),
    _req("不予处理", "不予处理（5项合计）", [f"不予处理/{k}" for k in _BC], ("不予处理", "不处理", "没处理")),
    *_sub("不予处理", _BC, [
        ("不予处理·信访举报投诉类申请", ("信访举报投诉", "信访举报", "信访", "举报投诉", "投诉举报", "举报", "投诉")),
        ("不予处理·重复申请", ("重复申请", "重复")),
        ("不予处理·要求提供公开出版物", ("公开出版物", "出版物", "要出版物", "要求提供出版物")),
        ("不予处理·无正当理由大量反复申请", ("大量反复", "无正当理由大量")),
        ("不予处理·要求行政机关确认或重新出具已获取信息", ("要求确认或重新出具", "要求行政机关确认", "确认或重新出具", "重新出具")),
    ]),
    Metric("其他处理", "其他处理", REQUESTS, {T19: ("其他处理",), T21: tuple(_OT)}, ("其他处理", "终止处理", "不再处理"), 2),
    Metric("其他处理/其他", "其他处理·其他", REQUESTS, {T21: (_OT[2],)}, ("“其他”", "其他情形", "其他原因", "其他处理里的其他", "其他处理中的其他", "其他处理的其他",
                                                                               "其他处理—其他", "其他处理-其他", "其他处理－其他", "其他处理·其他"), 3, "其他处理"),
    Metric("其他处理/逾期不补正", "其他处理·申请人无正当理由逾期不补正", REQUESTS, {T21: (_OT[0],)}, ("逾期不补正", "不补正", "无正当理由逾期"), 3, "其他处理"),
    Metric("其他处理/逾期未缴费", "其他处理·申请人逾期未按收费通知要求缴纳费用", REQUESTS, {T21: (_OT[1],)},
           ("收费通知", "缴纳费用", "未缴费", "不交费", "没交费", "没缴费", "不缴费", "没交钱", "不交钱", "不付费", "没付费", "逾期缴费", "逾期没交费", "逾期未交费", "逾期不交费", "逾期没缴费", "逾期未缴费", "通知交费", "通知缴费", "按时交费", "按时缴费"), 3, "其他处理"),
    Metric("行政复议", "行政复议", REVIEW, {T19: ("行政复议",), T21: ("行政复议",)}, ("行政复议", "复议"), 2),
    Metric("行政诉讼", "行政诉讼（两类合计）", REVIEW, {T19: tuple(tpl.REVIEW_GROUPS[1:]), T21: tuple(tpl.REVIEW_GROUPS[1:])},
           ("行政诉讼", "诉讼", "起诉", "打官司", "官司", "被人告", "被告", "被诉", "告到法院", "告上法庭", "上法庭", "法庭", "法院"), 2),
    Metric("行政诉讼/未经复议直接起诉", "行政诉讼·未经复议直接起诉", REVIEW,
           {T19: (tpl.REVIEW_GROUPS[1],), T21: (tpl.REVIEW_GROUPS[1],)}, ("未经复议直接起诉", "未经复议", "直接起诉", "没经过复议", "没经复议", "不经复议", "未经过复议",
                                                              "没有经过复议", "不经过复议", "没复议", "直接告", "直接诉", "直接去法院", "直接到法院", "直接向法院", "没走复议", "不走复议", "没有走复议", "未走复议", "直接上法院", "直接找法院", "直接被起诉", "直接被告", "直接提起", "直接提出诉讼", "直诉"), 3, "行政诉讼"),
    Metric("行政诉讼/复议后起诉", "行政诉讼·复议后起诉", REVIEW,
           {T19: (tpl.REVIEW_GROUPS[2],), T21: (tpl.REVIEW_GROUPS[2],)}, ("复议后起诉", "复议后再起诉", "复议后", "经过复议", "经复议", "复议之后", "先复议再起诉", "先复议后起诉", "复议完再起诉", "复议以后", "复议过后", "复议完又", "复议后又", "复议完了又", "复议完了再", "复议过了又", "复议过了再", "复议结束后", "复议结束又", "复议之后又", "复议之后再"), 3, "行政诉讼"),
    _act("规章", "规章", "规章", "规章", ("规章",), _ACT_COLS_19_1, _ACT_COLS_21_1, None, None),
    _act("规范性文件", "规范性文件", "规范性文件", "行政规范性文件", ("行政规范性文件", "规范性文件", "红头文件"),
         _ACT_COLS_19_1, _ACT_COLS_21_1, None, None),
    _act("行政许可", "行政许可", "行政许可", "行政许可", ("行政许可", "许可"), _ACT_COLS_19_5, _ACT_COLS_21_5,
         "处理决定数量", "本年处理决定数量"),
    _act("其他对外管理服务事项", "其他对外管理服务事项", "其他对外管理服务事项", None, ("其他对外管理服务事项", "对外管理服务事项", "其他对外管理服务", "对外管理服务"),
         _ACT_COLS_19_5, {}, "处理决定数量", None),
    _act("行政处罚", "行政处罚", "行政处罚", "行政处罚", ("行政处罚", "处罚"), _ACT_COLS_19_5, _ACT_COLS_21_5,
         "处理决定数量", "本年处理决定数量"),
    _act("行政强制", "行政强制", "行政强制", "行政强制", ("行政强制", "强制措施", "强制"), _ACT_COLS_19_5, _ACT_COLS_21_5,
         "处理决定数量", "本年处理决定数量"),
    _act("行政事业性收费", "行政事业性收费", "行政事业性收费", "行政事业性收费", ("行政事业性收费", "事业性收费", "收费", "收了多少费"),
         {"上一年项目数量": ("项目数", "事项数", "几项", "多少项", "项目"), "本年增/减": ("本年增减", "本年增/减", "增减了", "增减", "增/减", "增加", "减少")},
         {tpl.FEE_2021: ("金额", "多少钱", "收了多少", "收入")}, None, tpl.FEE_2021),
    _act("政府集中采购", "政府集中采购", "政府集中采购", None, ("政府集中采购", "集中采购", "集采", "采购", "采了", "采买"),
         {"采购项目数量": ("项目数", "几个项目", "多少个项目", "几个", "多少项", "几项", "项目"),
          tpl.AMOUNT_2019: ("金额", "采购额", "多少钱", "花了", "总额", "资金", "花费", "钱")}, {}, None, None),
]
BY_KEY = {m.key: m for m in METRICS}

APPLICANT_COLS = {
    "自然人": ("自然人", "个人", "群众", "公民", "老百姓", "市民"),
    "商业企业": ("商业企业", "企业", "公司"),
    "科研机构": ("科研机构", "科研", "研究机构", "高校"),
    "社会公益组织": ("社会公益组织", "公益组织", "社会组织", "公益"),
    "法律服务机构": ("法律服务机构", "律师事务所", "律师", "律所", "法律服务"),
    "其他": ("其他申请人", "申请人为其他", "其他类申请人", "其他类型", "其他类", "其他组织", "其他法人"),
    "总计": ("总计", "合计", "总数", "一共", "总共"),
}
REVIEW_COLS = {
    "结果维持": ("结果维持", "判决维持", "被判维持", "判维持", "维持"),  # (判决 alone is no column: 其他结果 holds rulings too)
    "结果纠正": ("结果纠正", "判决纠正", "被判纠正", "判纠正", "被纠正", "纠正", "纠错", "被纠", "败诉"),  # not 撤销: one kind of 纠正 among several (变更, 确认违法 …)
    "其他结果": ("其他结果",),
    "尚未审结": ("尚未审结", "未审结", "没审结", "没有审结", "还在审", "在审", "没审完", "未审完", "没有审完", "审理中", "未结案", "没结案", "没判", "未判", "未结"),
    "总计": ("总计", "合计", "一共", "总共"),
}
LEGAL_PERSONS = ("法人或其他组织", "法人和其他组织", "法人")


def occurrences(word: str, text: str):
    """Where `word` stands in `text`, left to right, not overlapping (re.finditer of the escaped word, without
    compiling a pattern per word: this runs for every synonym of every row on every reading)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


@dataclass
class MetricHit:
    metric: Metric
    start: int
    end: int


def find_metrics(text: str, keep_generic: bool = False) -> list[Metric]:
    """The metrics a question asks for. Each clause (收到多少申请，办结多少) names its own; inside a
    clause, generic words yield to real rows and a group yields to its named sub-row."""
    out: list[Metric] = []
    clauses = [(c, _clause_metrics(c, keep_generic)) for c in re.split(r"[，,；;。？?！!]|以及|另外(?!制作|做)|还有|同时", text)]
    real = any(m.weight > 1 and not m.key.endswith("~") for _, ms in clauses for m in ms)
    for clause, found in clauses:
        if real and not re.search(r"多少|几|吗|是否|数量|总数|件数", clause) and all(
                m.weight == 1 or m.key.endswith("~") for m in found):
            continue  # 法律服务机构提出的申请，有几件被予以公开: the first clause only says whose applications
        for m in found:
            if m not in out:
                out.append(m)
    subs = {m.parent for m in out if m.parent}
    seen, unique = set(), []
    for m in out:
        key = (m.table, tuple(sorted(m.rows.items())))
        if m.key not in subs and key not in seen:  # 新收 and 受理 name one row
            seen.add(key)
            unique.append(m)
    # 实质公开率（予以公开加部分公开…）: a row inside a named sum that is also asked for is that sum's part
    sums = [m for m in unique if any(len(r) > 1 for r in m.rows.values())]
    return [m for m in unique if not any(o is not m and o.table == m.table and all(
        set(m.rows.get(t, ())) <= set(o.rows.get(t, ())) for t in m.rows) for o in sums)]


def _clause_metrics(text: str, keep_generic: bool) -> list[Metric]:
    hits: list[MetricHit] = []
    for m in METRICS:
        for syn in m.synonyms:
            for at in occurrences(syn, text):
                hits.append(MetricHit(m, at, at + len(syn)))
    hits.sort(key=lambda h: (-(h.end - h.start), -h.metric.weight, h.start))
    chosen: list[MetricHit] = []
    for h in hits:
        if any(h.start < c.end and c.start < h.end for c in chosen):
            continue
        chosen.append(h)
    metrics = []
    for h in sorted(chosen, key=lambda h: h.start):
        if h.metric not in metrics:
            metrics.append(h.metric)
    if any(m.weight > 1 for m in metrics):
        metrics = [m for m in metrics if m.weight > 1]
    subs = {m.parent for m in metrics if m.parent}
    metrics = [m for m in metrics if m.key not in subs]
    # 本年新收 and 办理 words (收到, 提交, 处理了) beside another row only say "of the applications"
    # or name that row's column (行政许可处理了多少).
    # (收到的申请加上上年结转一共多少: 收到 joined to another row by a plus word is 本年新收, one side of the sum)
    added = re.search(r"加上|加起来|一共|总共|合计|之和|相加", text) and any(
        h.metric.key == "本年新收~" and re.match(r"(?:了)?(?:多少|几件)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:数|数量)?(?:加上|加|和|与|及|连同)",
                                                text[h.end :]) for h in chosen)
    for generic in ("本年新收~", "总计~"):
        if len(metrics) > 1 and not keep_generic and not (added and generic == "本年新收~"):
            metrics = [m for m in metrics if m.key != generic]
    return metrics


# Indicators asked for by name, each a figure of its own though no row is named (它的办结率 → 榜首那家的呢)
RATE_NAMES = r"(?:纠错|纠正|维持|办结|败诉|不予公开|无法提供|实质公开|予以公开)率"
NAMED_RATE = re.compile(rf"(?:复议|诉讼)?{RATE_NAMES}|争议转化率|自然人申请占比")


def fuzzy_metric(text: str) -> Metric | None:
    """A metric whose name (4+ characters) stands in the question with one character wrong, missing or extra
    (复义 for 复议, 收得多 for 收得最多). An edit that touches a negation (没/不/无/未/非) could be the name or its
    opposite (手上有的 beside 手上没有, 予公开 beside 不予公开), so then no row is guessed at all."""
    found: set[str] = set()
    for m in METRICS:
        for syn in m.synonyms:
            if len(syn) < 4 or re.search(r"多少|了|几", syn):
                continue
            if fuzz.partial_ratio(syn, text, score_cutoff=70) == 0:
                continue  # (one edit of a name of 4+ characters keeps it above 70: only those are looked at closely)
            for size in (len(syn) - 1, len(syn), len(syn) + 1):
                for at in range(len(text) - size + 1):
                    window = text[at : at + size]
                    if Levenshtein.distance(syn, window, score_cutoff=1) != 1:
                        continue
                    op = Levenshtein.editops(syn, window)[0]
                    touched = (syn[op.src_pos] if op.tag != "insert" else "") + (window[op.dest_pos] if op.tag != "delete" else "")
                    found.add("" if set(touched) & set(_NEGATIONS) else m.key)
    return BY_KEY[next(iter(found))] if len(found) == 1 and "" not in found else None


_NEGATIONS = "没不无未非"


def find_column(text: str, metric: Metric, template: str) -> tuple[str, ...] | None:
    """Columns a question names for this metric (a tuple: more than one is a sum), or None."""
    if metric.table == REQUESTS:
        text = re.sub(r"个人隐私|个人信息|商业秘密", "", text)  # the reason for withholding, not the applicant
        if any(w in text for w in LEGAL_PERSONS):
            legal = tuple(tpl.REQUEST_COLS[1:6])
            rest = re.sub("|".join(LEGAL_PERSONS), "", text)
            others = _first_col(rest, {c: ws for c, ws in APPLICANT_COLS.items() if c not in ("总计", *legal)})
            if others and (_SEPARATELY.search(text) or _DIFFERENCE_OF_COLUMNS.search(text)):  # each on its own
                raise AmbiguousColumn([*others, "法人或其他组织"], [*((c,) for c in others), legal])
            return legal
        return _first_col(text, APPLICANT_COLS)
    if metric.table == REVIEW:
        rate = re.search(r"(纠错|纠正|维持|败诉)率", text)
        if rate:  # 纠错率按纠正 ÷（总计 − 尚未审结）: the rate names its part; the other words define the whole
            return ("结果维持",) if rate.group(1) == "维持" else ("结果纠正",)
        return _first_col(text, REVIEW_COLS)
    return _first_col(text, metric.cols.get(template, {}))


def foreign_columns(text: str, metric: Metric) -> list[str]:
    """Column words of another table than the metric's (自然人 with 行政复议, 纠正 with 不予公开): the
    tables are not broken down that way, so no figure of this metric answers them."""
    if metric.table == REQUESTS:
        table = {c: ws for c, ws in REVIEW_COLS.items() if c != "总计"}
    elif metric.table == REVIEW:
        table = {c: ws for c, ws in APPLICANT_COLS.items() if c != "总计"} | {"法人或其他组织": LEGAL_PERSONS}
    else:
        return []
    text = re.sub(r"个人隐私|个人信息|商业秘密", "", text)
    return [c for c, ws in table.items() if any(w in text for w in ws) and not any(w in text for w in metric.synonyms if w in ws)]


# Column words said of more than one kind of 表二 row, or as plain asking: never evidence of another row's column
GENERIC_ACTIVE_WORDS = frozenset({"总数", "一共有", "累计", "公开了", "办理", "处理", "办了", "决定", "发了", "增加", "减少", "变化",
                                   "多少项", "有几项", "事项几项", "事项有几项", "发布", "印发", "出台", "制定", "取消",
                                   "几个", "几项", "项目", "项目数"})


def other_active_columns(text: str, metric: Metric) -> list[str]:
    """Columns of other 表二 rows named for `metric`, which has no such column (行政许可本年新制作: 新制作 is a
    column of 规章 and 规范性文件, not of 行政许可), in the order the question names them."""
    if metric.table != ACTIVE:
        return []
    own = {w for cols in metric.cols.values() for ws in cols.values() for w in ws} | set(metric.synonyms)
    found: dict[str, int] = {}
    for m in METRICS:
        for cols in m.cols.values() if m is not metric and m.table == ACTIVE else ():
            for col, ws in cols.items():
                for w in ws:
                    if w not in own and w not in GENERIC_ACTIVE_WORDS and w in text and not any(w in o for o in own if o in text):
                        found[col] = min(found.get(col, len(text)), text.find(w))
    return sorted(found, key=found.get)


class AmbiguousColumn(Exception):
    """The question names words of two columns equally well, or asks for several one by one
    (`separately`: each of `groups` is a figure of its own)."""

    def __init__(self, cols: list[str], groups: list[tuple[str, ...]] | None = None, separately: bool = False):
        super().__init__("、".join(cols))
        self.cols = cols
        self.groups = groups or [(c,) for c in cols]
        self.separately = separately or groups is not None


_DIFFERENCE_OF_COLUMNS = re.compile(r"差多少|相差|差几|多多少|少多少|多几|少几|多了|少了|多出|少出|相抵|差额|净增|净减|减去|减掉|相减|扣除|(?<![增/／加缩核免])减(?![少免轻缓半])")
# 分别 / 各是 / 各提交了多少: figures asked one by one, never summed
_SEPARATELY = re.compile(r"分别|各是|各自|各有|各占|各[^，。？?\d]{0,6}?(?:多少|几)")


def _first_col(text: str, table: dict) -> tuple[str, ...] | None:
    chosen = re.search(r"[（(]([^（）()]+)[）)]$", text)  # an option picked from an ask-back: "…（自然人）"
    if chosen and chosen.group(1) in table:
        return (chosen.group(1),)
    found: dict[str, int] = {}
    for col, words in table.items():
        for w in words:
            if w in text:
                found[col] = max(found.get(col, 0), len(w))
    if not found:
        return None
    if ("上一年项目数量" in found and "本年增/减" in table and "上一年" not in text
            and re.search(r"(?:本年|这一年|今年|当年|这年)(?:的)?[\u4e00-\u9fff]{0,6}?项目", text)):
        # 本年的许可项目数: the table prints last year's count and this year's change, never this year's count
        raise AmbiguousColumn(["上一年项目数量", "本年增/减"])
    named = [c for c in table if c in found and c != "总计"]
    if named and "总计" in found and _SEPARATELY.search(text):  # 复议总计和纠正各多少: the total and the part, each
        both = sorted(["总计", *named], key=lambda c: min(text.find(w) for w in table[c] if w in text))
        raise AmbiguousColumn(both, separately=True)
    if len(named) >= 2 and _SEPARATELY.search(text):
        raise AmbiguousColumn(named, separately=True)  # asked one by one: never summed
    clauses = [c for c in re.split(r"[，,；;。]", text) if re.search(r"多少|几", c)]
    asked_apart = [c for c in named if sum(any(w in clause for w in table[c]) for clause in clauses) == 1]
    if len(named) >= 2 and len(asked_apart) == len(named) and len(clauses) >= 2 and all(
            sum(any(w in clause for w in table[c]) for c in named) == 1 for clause in clauses if any(w in clause for c in named for w in table[c])):
        # 上一年的项目数量是多少，本年增减了几项: each column asked in a clause of its own, each figure shown
        named.sort(key=lambda c: min(text.find(w) for w in table[c] if w in text))
        raise AmbiguousColumn(named, separately=True)
    if len(named) >= 2 and re.search(r"还是|哪个多|哪个少|谁多|谁少|哪个更|比较|对比", text) or (
            len(named) >= 2 and _DIFFERENCE_OF_COLUMNS.search(text)):
        # in the order the question names them (废止的比制发的多几件: 废止 first)
        named.sort(key=lambda c: min(text.find(w) for w in table[c] if w in text))
        raise AmbiguousColumn(named, separately=True)
    if len(named) >= 2 and re.search(r"和|与|及|加|\+|、|合计|一共|总共|加起来", text) and "总计" in table:
        return tuple(named)  # 维持和纠正合计: the sum of the columns named
    spans = sorted((text.find(w), text.find(w) + len(w)) for c in named for w in [max((w for w in table[c] if w in text), key=len)])
    between = text[spans[0][1] : spans[1][0]] if len(spans) >= 2 else ""  # (自然资源和规划局: the 和 of a name joins no columns)
    if (len(named) >= 2 and "总计" not in table and len(between) <= 6 and re.search(r"和|与|及|(?<![增追参附])加|\+|、", between)
            and not re.search(r"平均|每个|每项|每件|单个|人均|均价", text)):  # (平均一个项目多少钱: the amount over the count)
        # 表二: 新制发和废止的加起来 adds two counts; amounts and counts (or any pair not said to be added) are shown
        # each on its own, never one of them taken for both
        if re.search(r"加起来|合计|一共|总共|之和|相加|加在一起|(?<![增追参附])加|\+", text) and not any("金额" in c for c in named):
            return tuple(named)
        named.sort(key=lambda c: min(text.find(w) for w in table[c] if w in text))
        raise AmbiguousColumn(named, separately=True)
    if named and "总计" not in text:  # 诉讼的维持一共多少: 一共 adds up what is named, it does not ask for 总计
        found.pop("总计", None)
    elif (named and "总计" in found and text.find("总计") < min(text.find(w) for c in named for w in table[c] if w in text)
          and not re.search(r"(?:办结|办理结果|办理|答复|回复|（七）|\(七\))总计", text)):  # (办结总计 is 表三's row, not a column)
        return ("总计",)  # 复议总计印的是0？维持就有10件: the total is asked; the column named after it is evidence
    best = max(found.values())
    top = [c for c, n in found.items() if n == best]
    asked = {"几项", "多少项", "有几项", "几个", "多少个"}  # how many is asked, not which column (增减了几项)
    said = [c for c in top if any(w in text and len(w) == best and w not in asked for w in table[c])]
    if len(top) > 1 and said:
        top = said
    if len(top) > 1:
        # Equally long words: the later one heads the phrase (收费项目本年增减 asks for 增减).
        last = {c: max((text.rfind(w) for w in table[c] if w in text and len(w) == best and w not in asked), default=-1) for c in top}
        ordered = sorted(top, key=lambda c: -last[c])
        if last[ordered[0]] == last[ordered[1]]:
            raise AmbiguousColumn(top)
        return (ordered[0],)
    return (top[0],)


def default_column(metric: Metric, template: str) -> str | None:
    if metric.table in (REQUESTS, REVIEW):
        return "总计"
    return metric.default_col.get(template)


_KNOWN_WORDS = re.compile(
    "|".join(sorted({re.escape(w) for m in METRICS for w in m.synonyms}
                    | {re.escape(w) for t in (APPLICANT_COLS, REVIEW_COLS) for ws in t.values() for w in ws}
                    | {re.escape(w) for m in METRICS for cols in m.cols.values() for ws in cols.values() for w in ws},
                    key=len, reverse=True))
    + r"|\d{4}年|\d+|多少|几件|几个|几|是|的|了|吗|呢|请问|一共|总共|合计|政府信息公开|信息公开|数量|数|件|量"
    + r"|各单位|单位|各|所有|全部|哪个|哪家|哪些|排名|排行|排序|最高|最多|最少|最低|前[一二三四五六七八九十两\d]+名?"
    + r"|比较|对比|加起来|总和|每年|历年|趋势|变化|去年|今年|前年|年|[？?！!，,。、\s]"
)


def strip_known_words(text: str) -> str:
    """The question without the words of figures, columns, years and asking (what may name an agency)."""
    return _KNOWN_WORDS.sub(" ", text)


def metric_spans(text: str, generic: bool = False) -> list[tuple[int, int]]:
    """Where the words of rows stand in the text (with `generic`, also 申请 and verbs like 收到), not overlapping."""
    hits = [(at, at + len(syn)) for m in METRICS if generic or (m.weight > 1 and not m.key.endswith("~"))
            for syn in m.synonyms for at in occurrences(syn, text)]
    merged: list[tuple[int, int]] = []  # overlapping words are one phrase (结转下年 + 下年度继续 + 继续办理)
    for s, e in sorted(hits):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def column_spans(text: str, active: bool = True) -> list[tuple[int, int]]:
    """Where words that pick a column (企业, 维持; with `active`, also 废止, 金额 …) stand in the text."""
    return _non_overlapping([(at, at + len(w)) for w in _column_words(active) for at in occurrences(w, text)])


@lru_cache(maxsize=2)
def _column_words(active: bool) -> tuple[str, ...]:
    words = {w for t in (APPLICANT_COLS, REVIEW_COLS) for col, ws in t.items() if col != "总计" for w in ws} | {"总计"}
    if active:
        words |= {w for m in METRICS for cols in m.cols.values() for ws in cols.values() for w in ws}
    return tuple(sorted(words | set(LEGAL_PERSONS)))


def _non_overlapping(hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if not any(s < ce and cs < e for cs, ce in chosen):
            chosen.append((s, e))
    return sorted(chosen)
