#!/usr/bin/env python3
"""Synthetic 政府信息公开工作年度报告, with their truth in the gold schema.

    python tests/bench/synth.py --count 500 --out synth-out [--seed 1] [--layouts tabcell,pdf]

or, from Python:

    from synth import generate
    paths = generate(500, out_dir, seed=1)      # -> report paths; <stem>.truth.json beside each

Each report is a random agency (region × department) and year (2019–2025; 2019 template for
2019–2020, 2021 template from 2021 on), with numbers whose totals add up, prose for sections
一 … 六 (a few hundred to a few thousand characters) and the three tables, printed in one of the
layouts seen in real publications:

    tabcell   one cell per line after a tab, header cells wrapped over lines (seeds 000–002, 004)
    tabrow    one table row per line, cells separated by tabs (seed 003)
    pdf       text extracted from a PDF: space-separated rows, shattered headers, a vertical row
              header one character per line, page footers "- 3 -" inside tables (real 001–003)
    markdown  pipe / Markdown tables, split into small tables with lost or renamed headers
    html      a Word-saved web page: <table> with rowspan/colspan, blank cells as <o:p> </o:p>
    flat      a web page flattened to one line; the digits of neighbouring cells are glued
              together (real 010); 2021 template only

A blank cell (null in the truth) and a printed 0 are kept apart in every layout that can show a
blank; pdf and flat text cannot, so those reports print 0s and their truth has 0s.

The truth file `<stem>.truth.json` holds the gold keys (file, agency, agency_accept, year,
template, active, requests, review_litigation, uncertain, notes) plus:

    layout      the layout above; `quirks` lists the variations used (gb18030, traditional, …)
    errors      deliberate arithmetic errors: {rule, table, row, col, printed, expected}
                rules: row_sum (applicant columns → 总计), outcome_sum (outcome rows → （七）总计),
                balance (一+二 = （七）总计+四), review_sum (表四 parts → 总计)
    narrative   figures the prose states: 受理申请 / 行政复议 / 行政诉讼 (件); `prose_mismatch`
                lists those that deliberately disagree with the table
    year_to_year  {previous_carry_out, carry_in, mismatch} when the same agency's previous
                year is also generated
    aliases     short names the report introduces with （以下简称“…”）
    sections    {"一": text, …}: the prose as written (before layout wrapping)

`uncertain` (as in the gold files) lists cells that the layout makes unreadable by design: in the
flat layout, a glued row whose split into cells is not unique given the row's own sum.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from decimal import Decimal
from pathlib import Path

LAYOUTS = ("tabcell", "tabrow", "pdf", "markdown", "html", "flat")
EXT = {"tabcell": ".txt", "tabrow": ".txt", "pdf": ".txt", "markdown": ".md", "html": ".html", "flat": ".txt"}
YEARS = range(2019, 2026)

# --------------------------------------------------------------------------------------------
# The templates (labels exactly as printed in real reports; keys as in the gold files)

REQ_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
APPLICANTS = REQ_COLS[:6]
REVIEW_GROUPS = ["行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"]
REVIEW_COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

G3 = "三、本年度办理结果"
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
PART = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
OTHER1 = "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
OTHER2 = "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"

# (key, top label, group label, item label); top is set for 一/二/四 rows, group+item for 三's rows
_HEAD = [
    ("本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", None, None),
    ("上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量", None, None),
    ("予以公开", None, "（一）予以公开", None),
    ("部分公开", None, PART, None),
]
_WITHHELD = [
    ("属于国家秘密", "1.属于国家秘密"),
    ("其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开"),
    ("危及“三安全一稳定”", "3.危及“三安全一稳定”"),
    ("保护第三方合法权益", "4.保护第三方合法权益"),
    ("属于三类内部事务信息", "5.属于三类内部事务信息"),
    ("属于四类过程性信息", "6.属于四类过程性信息"),
    ("属于行政执法案卷", "7.属于行政执法案卷"),
    ("属于行政查询事项", "8.属于行政查询事项"),
]
_UNABLE = [
    ("本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息"),
    ("没有现成信息需要另行制作", "2.没有现成信息需要另行制作"),
    ("补正后申请内容仍不明确", "3.补正后申请内容仍不明确"),
]
_NOT_HANDLED = [
    ("信访举报投诉类申请", "1.信访举报投诉类申请"),
    ("重复申请", "2.重复申请"),
    ("要求提供公开出版物", "3.要求提供公开出版物"),
    ("无正当理由大量反复申请", "4.无正当理由大量反复申请"),
    ("要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或重新出具已获取信息"),
]
_OTHER_2021 = [
    (OTHER1, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    (OTHER2, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("其他", "3.其他"),
]


def request_rows(template: str) -> list[tuple[str, str | None, str | None, str | None]]:
    rows = list(_HEAD)
    rows += [(f"不予公开/{k}", None, "（三）不予公开", lab) for k, lab in _WITHHELD]
    rows += [(f"无法提供/{k}", None, "（四）无法提供", lab) for k, lab in _UNABLE]
    rows += [(f"不予处理/{k}", None, "（五）不予处理", lab) for k, lab in _NOT_HANDLED]
    if template == "2019":
        rows.append(("其他处理", None, "（六）其他处理", None))
    else:
        rows += [(f"其他处理/{k}", None, "（六）其他处理", lab) for k, lab in _OTHER_2021]
    rows.append(("总计", None, "（七）总计", None))
    rows.append(("结转下年度继续办理", "四、结转下年度继续办理", None, None))
    return rows


def outcome_keys(template: str) -> list[str]:
    return [k for k, top, _g, _i in request_rows(template) if top is None and k != "总计"]


FEE_2021 = "本年收费金额（单位：万元）"
# (heading, columns, rows)
ACTIVE = {
    "2019": [
        (
            "第二十条第（一）项",
            ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
            ["规章", "规范性文件"],
        ),
        (
            "第二十条第（五）项",
            ["上一年项目数量", "本年增/减", "处理决定数量"],
            ["行政许可", "其他对外管理服务事项"],
        ),
        ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政处罚", "行政强制"]),
        ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["行政事业性收费"]),
        ("第二十条第（九）项", ["采购项目数量", "采购总金额"], ["政府集中采购"]),
    ],
    "2021": [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
        ("第二十条第（五）项", ["本年处理决定数量"], ["行政许可"]),
        ("第二十条第（六）项", ["本年处理决定数量"], ["行政处罚", "行政强制"]),
        ("第二十条第（八）项", [FEE_2021], ["行政事业性收费"]),
    ],
}
# How a header cell may be wrapped over lines in a printed table
WRAPS = {
    "本年新制作数量": ["本年新", "制作数量"],
    "本年新公开数量": ["本年新", "公开数量"],
    "对外公开总数量": ["对外公开", "总数量"],
    "上一年项目数量": ["上一年", "项目数量"],
    "处理决定数量": ["处理决定", "数量"],
    "本年处理决定数量": ["本年处理", "决定数量"],
    FEE_2021: ["本年收费金额", "（单位：万元）"],
    "商业企业": ["商业", "企业"],
    "科研机构": ["科研", "机构"],
    "社会公益组织": ["社会", "公益", "组织"],
    "法律服务机构": ["法律", "服务", "机构"],
    "结果维持": ["结果", "维持"],
    "结果纠正": ["结果", "纠正"],
    "其他结果": ["其他", "结果"],
    "尚未审结": ["尚未", "审结"],
}
SECTION_TITLES = {
    "一": "总体情况",
    "二": "主动公开政府信息情况",
    "三": "收到和处理政府信息公开申请情况",
    "四": "政府信息公开行政复议、行政诉讼情况",
    "五": "存在的主要问题及改进情况",
    "六": "其他需要报告的事项",
}

# --------------------------------------------------------------------------------------------
# Agencies

CITIES = [
    ("浙江省", "嘉兴市", ["南湖区", "秀洲区", "嘉善县", "海盐县", "海宁市", "平湖市", "桐乡市"]),
    ("浙江省", "湖州市", ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县"]),
    ("浙江省", "绍兴市", ["越城区", "柯桥区", "上虞区", "新昌县", "诸暨市", "嵊州市"]),
    (
        "浙江省",
        "金华市",
        ["婺城区", "金东区", "武义县", "浦江县", "磐安县", "兰溪市", "义乌市", "东阳市", "永康市"],
    ),
    (
        "浙江省",
        "台州市",
        ["椒江区", "黄岩区", "路桥区", "三门县", "天台县", "仙居县", "温岭市", "临海市", "玉环市"],
    ),
    ("江苏省", "淮安市", ["淮安区", "淮阴区", "清江浦区", "洪泽区", "涟水县", "盱眙县", "金湖县"]),
    (
        "江苏省",
        "盐城市",
        ["亭湖区", "盐都区", "大丰区", "响水县", "滨海县", "阜宁县", "射阳县", "建湖县", "东台市"],
    ),
    ("江苏省", "扬州市", ["广陵区", "邗江区", "江都区", "宝应县", "仪征市", "高邮市"]),
    ("江苏省", "泰州市", ["海陵区", "高港区", "姜堰区", "兴化市", "靖江市", "泰兴市"]),
    ("江苏省", "宿迁市", ["宿城区", "宿豫区", "沭阳县", "泗阳县", "泗洪县"]),
    (
        "陕西省",
        "安康市",
        ["汉滨区", "汉阴县", "石泉县", "宁陕县", "紫阳县", "岚皋县", "平利县", "镇坪县", "旬阳市", "白河县"],
    ),
    ("陕西省", "汉中市", ["汉台区", "南郑区", "城固县", "洋县", "西乡县", "勉县", "宁强县", "略阳县"]),
    (
        "河北省",
        "秦皇岛市",
        ["海港区", "山海关区", "北戴河区", "抚宁区", "青龙满族自治县", "昌黎县", "卢龙县"],
    ),
    ("河北省", "承德市", ["双桥区", "双滦区", "鹰手营子矿区", "承德县", "兴隆县", "滦平县", "隆化县"]),
    ("福建省", "莆田市", ["城厢区", "涵江区", "荔城区", "秀屿区", "仙游县"]),
    (
        "福建省",
        "三明市",
        [
            "三元区",
            "沙县区",
            "明溪县",
            "清流县",
            "宁化县",
            "大田县",
            "尤溪县",
            "将乐县",
            "泰宁县",
            "建宁县",
            "永安市",
        ],
    ),
    ("安徽省", "滁州市", ["琅琊区", "南谯区", "来安县", "全椒县", "定远县", "凤阳县", "天长市", "明光市"]),
    ("安徽省", "宣城市", ["宣州区", "郎溪县", "泾县", "绩溪县", "旌德县", "宁国市", "广德市"]),
    (
        "江西省",
        "赣州市",
        ["章贡区", "南康区", "赣县区", "信丰县", "大余县", "上犹县", "崇义县", "安远县", "龙南市", "定南县"],
    ),
    (
        "湖南省",
        "岳阳市",
        ["岳阳楼区", "云溪区", "君山区", "岳阳县", "华容县", "湘阴县", "平江县", "汨罗市", "临湘市"],
    ),
    (
        "四川省",
        "绵阳市",
        ["涪城区", "游仙区", "安州区", "三台县", "盐亭县", "梓潼县", "北川羌族自治县", "平武县", "江油市"],
    ),
    (
        "山东省",
        "潍坊市",
        [
            "潍城区",
            "寒亭区",
            "坊子区",
            "奎文区",
            "临朐县",
            "昌乐县",
            "青州市",
            "诸城市",
            "寿光市",
            "安丘市",
            "高密市",
            "昌邑市",
        ],
    ),
]
TOWN_NAMES = [
    "乍浦",
    "新塘",
    "王店",
    "洪合",
    "油车港",
    "新丰",
    "凤桥",
    "余新",
    "大桥",
    "七星",
    "钟埭",
    "独山港",
    "广陈",
    "林埭",
    "新仓",
    "黄姑",
    "曹桥",
    "新埭",
    "高桥",
    "梧桐",
    "屠甸",
    "崇福",
    "洲泉",
    "河山",
    "石门",
    "乌镇",
    "濮院",
    "大麻",
    "长安",
    "许村",
    "盐官",
    "斜桥",
    "丁桥",
    "袁花",
    "周王庙",
    "黄湾",
    "武原",
    "西塘",
    "姚庄",
    "陶庄",
    "天凝",
    "干窑",
    "大云",
    "罗星",
    "惠民",
    "魏塘",
    "蒋村",
    "岔河",
    "三河",
    "老子山",
    "东双沟",
    "共和",
    "仁和",
    "万集",
    "黄集",
    "西顺河",
    "岔庙",
    "朱坝",
    "高良涧",
    "蒋坝",
    "马坝",
    "官滩",
    "桂五",
    "旧铺",
    "管仲",
    "河桥",
    "鲍集",
    "淮城",
    "平桥",
    "南闸",
    "钦工",
    "施河",
    "车桥",
    "流均",
    "博里",
    "溪河",
    "苏嘴",
    "石塘",
]
# (full name at city level, at county level, self-reference, short name pattern or None)
DEPARTMENTS = [
    ("发展和改革委员会", "发展和改革局", "我委", "发改委"),
    ("自然资源和规划局", "自然资源和规划局", "我局", "自然资源和规划局"),
    ("自然资源局", "自然资源局", "我局", "自然资源局"),
    ("人力资源和社会保障局", "人力资源和社会保障局", "我局", "人社局"),
    ("住房和城乡建设局", "住房和城乡建设局", "我局", "住建局"),
    ("财政局", "财政局", "我局", "财政局"),
    ("教育局", "教育局", "我局", "教育局"),
    ("民政局", "民政局", "我局", "民政局"),
    ("司法局", "司法局", "我局", "司法局"),
    ("生态环境局", "生态环境分局", "我局", "生态环境局"),
    ("交通运输局", "交通运输局", "我局", "交通运输局"),
    ("水利局", "水利局", "我局", "水利局"),
    ("农业农村局", "农业农村局", "我局", "农业农村局"),
    ("商务局", "商务局", "我局", "商务局"),
    ("文化广电旅游局", "文化和广电旅游体育局", "我局", "文广旅局"),
    ("卫生健康委员会", "卫生健康局", "我委", "卫健委"),
    ("退役军人事务局", "退役军人事务局", "我局", "退役军人事务局"),
    ("应急管理局", "应急管理局", "我局", "应急管理局"),
    ("审计局", "审计局", "我局", "审计局"),
    ("市场监督管理局", "市场监督管理局", "我局", "市场监管局"),
    ("统计局", "统计局", "我局", "统计局"),
    ("医疗保障局", "医疗保障局", "我局", "医保局"),
    ("城市管理局", "综合行政执法局", "我局", "城管局"),
    ("林业局", "林业局", "我局", "林业局"),
    ("科学技术局", "科学技术局", "我局", "科技局"),
    ("经济和信息化局", "经济和信息化局", "我局", "经信局"),
    ("公安局", "公安分局", "我局", "公安局"),
    ("数据资源管理局", "大数据发展管理局", "我局", "数据局"),
]


class Agency:
    """One publishing body: its printed name, how it calls itself, its size (numbers scale), and the
    other spellings of its name a reader would accept (淮安市洪泽区人民政府 = 洪泽区人民政府,
    乍浦镇 = 乍浦镇人民政府), as the gold files' `agency_accept`."""

    def __init__(
        self,
        name: str,
        self_ref: str,
        short: str | None,
        level: str,
        scale: float,
        city: str,
        county: str | None,
        accept: tuple[str, ...] = (),
    ):
        self.name, self.self_ref, self.short, self.level, self.scale = name, self_ref, short, level, scale
        self.city, self.county = city, county
        self.accept = [name] + [a for a in accept if a != name]


_TOWN_A = "东西南北新老大小上下前后金银石柳桃梅兰竹松青白黄红清安宁平康永长丰盛和兴"
_TOWN_B = "桥港塘湾浦河溪山岭坪店集庄埠口渡湖洋泉岗林"


def _town(rng: random.Random, taken: set) -> str:
    """A town name not used yet (one town, one agency: town names are unique in the corpus)."""
    free = [t for t in TOWN_NAMES if ("town", t) not in taken]
    if free and rng.random() < 0.5:
        return rng.choice(free)
    for _ in range(100):
        t = rng.choice(_TOWN_A) + rng.choice(_TOWN_B)
        if ("town", t) not in taken:
            return t
    return rng.choice(_TOWN_A) + rng.choice(_TOWN_A) + rng.choice(_TOWN_B)


def _make_agency(rng: random.Random, taken: set) -> Agency:
    """A new agency. `taken` holds identities (not only names), so that one body is never generated
    twice under two spellings (秀洲区财政局 and 嘉兴市秀洲区财政局 are the same body)."""
    for _ in range(1000):
        _prov, city, counties = rng.choice(CITIES)
        county = rng.choice(counties)
        kind = rng.choices(
            ["city_gov", "county_gov", "city_dept", "county_dept", "branch", "town", "street"],
            weights=[3, 6, 30, 34, 5, 16, 6],
        )[0]
        cshort = city[:-1]
        if kind == "city_gov":
            key = ("gov", city)
            a = Agency(f"{city}人民政府", "我市", f"{cshort}市政府", "city", rng.uniform(8, 40), city, None)
        elif kind == "county_gov":
            key = ("gov", city, county)
            name = rng.choice([f"{city}{county}人民政府", f"{county}人民政府"])
            ref = "我区" if county.endswith("区") else ("我县" if county.endswith("县") else "我市")
            a = Agency(
                name,
                ref,
                None,
                "county",
                rng.uniform(2, 10),
                city,
                county,
                (f"{city}{county}人民政府", f"{county}人民政府"),
            )
        elif kind == "city_dept":
            full, _c, ref, short = rng.choice(DEPARTMENTS)
            key = ("dept", city, full)
            a = Agency(
                f"{city}{full}",
                ref,
                f"{cshort}{short}" if short else None,
                "city_dept",
                rng.uniform(0.5, 6),
                city,
                None,
            )
        elif kind == "county_dept":
            _f, full, ref, short = rng.choice(DEPARTMENTS)
            key = ("dept", city, county, full)
            name = rng.choice([f"{city}{county}{full}", f"{county}{full}"])
            a = Agency(
                name,
                ref,
                None,
                "county_dept",
                rng.uniform(0.1, 2),
                city,
                county,
                (f"{city}{county}{full}", f"{county}{full}"),
            )
        elif kind == "branch":
            full = rng.choice(["自然资源和规划局", "生态环境局", "公安局", "市场监督管理局"])
            key = ("branch", city, county, full)
            a = Agency(
                f"{city}{full}{county[:-1]}分局", "分局", None, "branch", rng.uniform(0.2, 3), city, county
            )
        else:
            town = _town(rng, taken)
            key = ("town", town)
            if kind == "town":
                name = rng.choice([f"{town}镇人民政府", f"{county}{town}镇人民政府", f"{town}镇"])
                alt = (
                    (f"{town}镇人民政府",)
                    if name == f"{town}镇"
                    else (f"{town}镇",)
                    if name == f"{town}镇人民政府"
                    else ()
                )
                a = Agency(name, "我镇", None, "town", rng.uniform(0.02, 0.5), city, county, alt)
            else:
                a = Agency(
                    f"{county}{town}街道办事处", "我街道", None, "town", rng.uniform(0.02, 0.5), city, county
                )
        if key not in taken and a.name not in taken:
            taken.update((key, a.name))
            return a
    raise RuntimeError("ran out of agency names")


# --------------------------------------------------------------------------------------------
# Numbers


def _split(rng: random.Random, total: int, weights: list[float]) -> list[int]:
    """`total` items into len(weights) bins, roughly in proportion (a multinomial draw)."""
    out = [0] * len(weights)
    if total <= 0:
        return out
    s = sum(weights)
    if total > 400:  # proportional split plus a small random remainder: fast for big numbers
        rest = total
        for i, w in enumerate(weights):
            k = int(total * w / s * rng.uniform(0.85, 1.15))
            k = min(k, rest)
            out[i] = k
            rest -= k
        total = rest
    cum = []
    acc = 0.0
    for w in weights:
        acc += w
        cum.append(acc)
    for _ in range(total):
        x = rng.random() * acc
        for i, c in enumerate(cum):
            if x < c:
                out[i] += 1
                break
    return out


def _request_table(rng, ag: Agency, template: str, carry_in: list[int]) -> dict[str, list[int]]:
    """Table 三 as numbers (blank styling comes later): row key → 7 values."""
    base = ag.scale * rng.uniform(0.3, 1.8)
    new_total = int(rng.expovariate(1.0) * 25 * base) if rng.random() > 0.12 else 0
    shares = [
        rng.uniform(70, 100),
        rng.uniform(0, 25) if rng.random() < 0.6 else 0,
        rng.uniform(0, 1.5) if rng.random() < 0.1 else 0,
        rng.uniform(0, 1.5) if rng.random() < 0.1 else 0,
        rng.uniform(0, 6) if rng.random() < 0.35 else 0,
        rng.uniform(0, 4) if rng.random() < 0.25 else 0,
    ]
    new = _split(rng, new_total, shares)
    keys = outcome_keys(template)
    w = {k: 0.0 for k in keys}
    w["予以公开"] = rng.uniform(10, 50)
    w["部分公开"] = rng.uniform(0, 20)
    w["无法提供/本机关不掌握相关政府信息"] = rng.uniform(5, 35)
    for k in keys:
        if w[k] == 0.0 and rng.random() < 0.3:
            w[k] = rng.uniform(0, 6)
    weights = [w[k] for k in keys]
    rows: dict[str, list[int]] = {k: [0] * 7 for k, *_ in request_rows(template)}
    for c in range(6):
        avail = new[c] + carry_in[c]
        out = 0
        if avail and rng.random() < 0.3:
            out = min(avail, int(avail * rng.uniform(0, 0.08)) + (1 if rng.random() < 0.3 else 0))
        done = avail - out
        for k, v in zip(keys, _split(rng, done, weights), strict=True):
            rows[k][c] = v
        rows["本年新收政府信息公开申请数量"][c] = new[c]
        rows["上年结转政府信息公开申请数量"][c] = carry_in[c]
        rows["结转下年度继续办理"][c] = out
        rows["总计"][c] = done
    for r in rows.values():
        r[6] = sum(r[:6])
    return rows


def _review_table(rng, ag: Agency) -> dict[str, list[int]]:
    out = {}
    for g, mult in zip(REVIEW_GROUPS, (1.0, 0.5, 0.3), strict=True):
        n = int(rng.expovariate(1.0) * ag.scale * mult * 0.6) if rng.random() < 0.45 else 0
        parts = _split(rng, n, [rng.uniform(1, 5), rng.uniform(0, 2), rng.uniform(0, 3), rng.uniform(0, 1)])
        out[g] = parts + [sum(parts)]
    return out


def _amount_2019(rng, n_items: int) -> tuple[str, Decimal]:
    """政府集中采购 采购总金额: (raw text, yuan)."""
    if n_items == 0:
        raw = rng.choice(["0", "0元", "0万元"])
        return raw, Decimal(0)
    style = rng.choice(["wan2", "yuan00", "yuan_sp", "wan_int", "wan2"])
    if style == "wan_int":
        wan = rng.randint(1, 900)
        return f"{wan}万", Decimal(wan * 10000)
    if style == "wan2":
        cents_wan = rng.randint(100, 900000)  # in 0.01 万元 = 100 yuan
        wan = Decimal(cents_wan) / 100
        return f"{wan:.2f}万元", wan * 10000
    yuan = rng.randint(5000, 9_000_000)
    if style == "yuan00":
        return f"{yuan}.00元", Decimal(yuan)
    return f"{yuan} 元", Decimal(yuan)


def _active_table(rng, ag: Agency, template: str) -> dict[str, dict[str, tuple[object, str]]]:
    """Table 二: row → col → (truth value, raw text)."""
    s = ag.scale
    t: dict[str, dict[str, tuple[object, str]]] = {}

    def n(k: float) -> int:
        return int(rng.expovariate(1.0) * k * s) if rng.random() < 0.8 else 0

    if template == "2019":
        for row in ("规章", "规范性文件"):
            made = n(0.3 if row == "规章" else 2) if (row != "规章" or ag.level == "city") else 0
            pub = made if rng.random() < 0.8 else max(0, made - rng.randint(0, made))
            tot = pub + n(6 if row == "规范性文件" else 1) if (row != "规章" or ag.level == "city") else 0
            t[row] = {
                "本年新制作数量": (made, str(made)),
                "本年新公开数量": (pub, str(pub)),
                "对外公开总数量": (tot, str(tot)),
            }
        for row, k in (("行政许可", 300), ("其他对外管理服务事项", 800), ("行政处罚", 60), ("行政强制", 8)):
            prev = n(8)
            d = rng.choice([0, 0, 0, 1, 2, -1, 3, -2]) if prev else 0
            d_raw = f"+{d}" if d > 0 and rng.random() < 0.6 else str(d)
            dec = n(k)
            t[row] = {
                "上一年项目数量": (prev, str(prev)),
                "本年增/减": (d, d_raw),
                "处理决定数量": (dec, str(dec)),
            }
        prev = n(3)
        d = rng.choice([0, 0, 0, -1, 1]) if prev else 0
        t["行政事业性收费"] = {"上一年项目数量": (prev, str(prev)), "本年增/减": (d, str(d))}
        items = n(4)
        raw, yuan = _amount_2019(rng, items)
        t["政府集中采购"] = {
            "采购项目数量": (items, str(items)),
            "采购总金额": ({"raw": raw, "yuan": _num(yuan)}, raw),
        }
    else:
        for row in ("规章", "行政规范性文件"):
            if row == "规章" and ag.level != "city":  # only a city government makes 规章
                made = gone = live = 0
            else:
                made = n(0.3 if row == "规章" else 2)
                gone = n(0.5 if row == "规章" else 2) if made or rng.random() < 0.3 else 0
                live = made + n(6 if row == "行政规范性文件" else 2)
            t[row] = {
                "本年制发件数": (made, str(made)),
                "本年废止件数": (gone, str(gone)),
                "现行有效件数": (live, str(live)),
            }
        for row, k in (("行政许可", 800), ("行政处罚", 150), ("行政强制", 10)):
            v = n(k)
            t[row] = {"本年处理决定数量": (v, str(v))}
        if rng.random() < 0.55:
            fee = Decimal(0)
            raw = "0"
        else:
            fee = (Decimal(rng.randint(1, 10_000_000)) / 100) * Decimal(str(round(s, 2))) / 10
            fee = fee.quantize(Decimal(rng.choice(["1", "0.1", "0.01"])))
            raw = format(fee, "f")
            fee = Decimal(raw)
        t["行政事业性收费"] = {FEE_2021: (_num(fee), raw)}
    return t


def _num(d):
    d = Decimal(d)
    return int(d) if d == d.to_integral_value() else float(d)


# --------------------------------------------------------------------------------------------
# Prose

_INTRO = [
    "{year}年，{ref}以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署要求，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开，政府信息公开工作取得新进展。",
    "{year}年，{agency}深入贯彻党中央、国务院关于全面推进政务公开的决策部署，严格落实《条例》各项规定，紧紧围绕中心工作，扎实推进重点领域信息公开，进一步提升政务公开质量和实效。",
    "{year}年，{ref}坚持严谨认真的态度做好政府信息公开工作，履行政府信息公开主体职责，健全信息内容，形成制度化、长效化的信息公开工作机制，加强日常督促检查，以公开促落实，以公开促规范，以公开促服务。",
    "{year}年，在上级政务公开主管部门的指导下，{ref}认真执行《中华人民共和国政府信息公开条例》，围绕群众关心关注的热点问题，不断拓宽公开渠道、丰富公开形式，切实保障人民群众的知情权、参与权、表达权和监督权。",
]
_ACTIVE = [
    "围绕优化营商环境，集中公开涉企政策文件{a15}件，梳理编制惠企政策清单，方便企业和群众查询。",
    "做好财政预决算公开工作，按要求公开部门预算、部门决算及“三公”经费情况，公开率达到100%。",
    "加强规划信息公开，及时公开国土空间规划、专项规划及其调整情况，全年公开规划类信息{a16}条。",
    "深化重点民生领域信息公开，围绕就业创业、社会救助、教育医疗、住房保障等群众关切事项，全年发布相关信息{a17}条。",
    "规范行政执法公示，全面落实行政执法公示制度，及时公开行政许可、行政处罚等执法信息{a18}条。",
    "主动公开权责清单、公共服务事项清单，并根据机构职能调整情况进行动态更新。",
    "通过政府开放日、新闻发布会、在线访谈等形式开展政策宣传解读，全年举办在线访谈{a19}期。",
    "建立健全政务舆情收集、研判、处置和回应机制，全年回应社会关切{a20}次，及时澄清不实信息。",
    "推进公共企事业单位信息公开，督促供水、供电、供气、公共交通等单位做好办事服务信息公开。",
    "严格落实规范性文件统一登记、统一编号、统一印发制度，全年制发规范性文件{a21}件，均已在门户网站集中公开。",
    "全年主动公开政府信息{a1}条，其中工作动态{a2}条、通知公告{a3}条、政策文件{a4}件。",
    "{ref}通过门户网站、政务新媒体等渠道主动公开各类政府信息{a1}条，属于主动公开范围的信息均在信息形成或者变更之日起20个工作日内及时公开。",
    "在政策解读方面，全年发布政策解读{a5}篇，其中图文解读{a6}篇，通过“一图读懂”、视频动漫等形式提高解读的通俗性和可读性。",
    "围绕重大建设项目批准和实施、公共资源配置、社会公益事业建设等重点领域，累计公开相关信息{a7}条。",
    "政务微信公众号全年发布信息{a8}篇，政务微博发布信息{a9}条，新闻发布会召开{a10}场，及时回应社会关切。",
    "全年办理人大代表建议{a11}件、政协委员提案{a12}件，办理结果均按要求在门户网站公开。",
    "深化“双随机、一公开”监管，全年开展随机抽查{a13}次，抽查结果均通过门户网站向社会公开。",
    "严格落实重大行政决策预公开制度，对{a14}项重大行政决策事项通过网上征求意见等方式广泛听取公众意见，并及时反馈采纳情况。",
    "主动公开政务信息的主要类别包括机构职能、政策法规、规划计划、财政信息、重点领域、业务工作、通知公告、便民事项等，做到应公开尽公开。",
]
_REQUEST_OK = [
    "{year}年，{ref}共受理政府信息公开申请{r1}件，均在法定期限内予以答复。",
    "{year}年，{ref}受理政府信息依申请公开{r1}件，全部依法依规完成办理。",
    "全年共收到政府信息公开申请{r1}件，其中自然人申请{r2}件，法人或其他组织申请{r3}件。",
    "{year}年，全年新收政府信息公开申请{r1}件，依法依规逐件答复，未发生超期答复情况。",
]
_REQUEST_BIG = [
    "{year}年，共受理政府信息公开申请{r1}件，答复{r4}件（含上年度结转申请{r5}件，另有{r6}件顺延到下年度答复），均在法定期限内予以答复。",
]
_REQUEST_ZERO = [
    "{year}年，{ref}未收到政府信息公开申请。",
    "{year}年无依申请公开情况。",
]
_REQUEST_MORE = [
    "对公民、法人和其他组织通过互联网、信函等途径提出的申请，均按要求进入实质性审查程序，确定是否属于公开范围。",
    "坚持以“答复及时、内容完整、格式规范”为标准，严格落实依申请公开办理流程，答复文书的规范性进一步提高。",
    "对疑难复杂的申请，组织法律顾问参与研究，确保答复依法有据、严谨规范、慎重稳妥。",
    "进一步规范依申请公开工作，严格落实依申请公开的受理、审查、处理、答复等各个环节的规定，确保在法定期限内高效、规范地完成答复。",
    "在办理过程中注重加强与申请人的沟通，准确了解申请人的诉求，提高答复的针对性，妥善处理依申请公开中遇到的新情况、新问题。",
    "定期对政府信息公开申请集中的领域和热点问题进行研判，探索从源头上解决实际问题。",
    "完善政府信息公开申请的受理机制，畅通当面、信函、网络等申请渠道，保障申请人的合法权益。",
]
_REVIEW_ZERO = [
    "全年未发生因政府信息公开引起的行政复议和行政诉讼案件。",
    "本年度未发生政府信息公开行政复议、行政诉讼情况。",
]
_REVIEW = [
    "全年发生政府信息公开行政复议{v1}件，其中结果维持{v2}件，结果纠正{v3}件。",
    "因政府信息公开引起的行政复议{v1}件，均已依法办结或正在审理中。",
]
_LITIGATION = [
    "政府信息公开行政诉讼{v4}件，其中结果维持{v5}件。",
    "涉及政府信息公开的行政诉讼{v4}件。",
]
_MANAGE = [
    "完善政府信息公开指南和主动公开目录，根据机构职能和工作实际进行调整更新，方便公众查阅。",
    "健全政府信息公开协调机制，涉及其他行政机关的政府信息，依法进行沟通确认，确保发布的政府信息准确一致。",
    "加强政策文件库建设，对现行有效的政策文件实行集中公开和动态更新，全年更新政策文件{m2}件。",
    "严格执行信息发布审核制度，按照“谁发布、谁审核、谁负责”的原则，落实三级审核机制。",
    "开展政府信息公开属性复核工作，对依申请公开较为集中的政府信息，及时转为主动公开。",
    "严格落实公文类信息公开属性源头认定机制，在公文拟稿环节明确“主动公开”“依申请公开”“不予公开”属性，从源头上保证文件的公开性和保密性。",
    "坚持“先审查、后公开”“一事一审”原则，规范保密审查程序，全年未发生泄密事件。",
    "对已公开的政府信息进行动态调整，全年清理过期失效信息{m1}条，确保公开信息的准确性和时效性。",
    "持续做好规范性文件的合法性审核、清理和备案工作，对现行有效的规范性文件实行目录化、动态化管理。",
    "明确由办公室专人负责政务信息内容和网站管理建设，形成统一指导、职责明确、监管有力的工作格局。",
]
_PLATFORM = [
    "进一步优化政务公开专栏设置，围绕中心工作制作专题专栏{p5}个，集中展示重点工作进展。",
    "深入开展防治政务新媒体“指尖上的形式主义”工作，聚焦解决开而少用、更新不及时、不互动不回应等问题。",
    "截至年底，{ref}在运维政务新媒体共计{p6}个，在上级季度检查抽查中合格率均为100%。",
    "在门户网站设置“政府信息公开年报”专栏，集中发布历年政府信息公开工作年度报告。",
    "推进政务服务网办事指南、表格样表、在线申请等事项的规范化建设，不断修改完善，提升办事便利度。",
    "持续优化门户网站政府信息公开专栏，按照标准目录及时更新栏目内容，全年栏目更新{p1}次。",
    "加强政务新媒体矩阵建设，做好网站、微信公众号一体化发布，加强网上互动，及时回应群众关切。",
    "严格按照政府网站和政务新媒体检查指标，开展常态化巡查，全年巡查{p2}次，发现并整改问题{p3}个。",
    "在政务服务中心设置政府信息公开查阅点，为公众查阅政府信息提供便利。",
    "做好政府公报编发工作，全年编印政府公报{p4}期，免费向社会公众发放。",
]
_SUPERVISE = [
    "按季度开展政务新媒体专项检查，针对突出问题和日常共性问题，及时督促整改。",
    "创新开展调研式培训、过堂式培训，不断提高政务公开工作人员的工作能力和水平。",
    "主动接受人大代表、政协委员和社会公众监督，认真听取意见建议，持续改进工作。",
    "全年组织{s3}次政府信息公开栏目全覆盖检查，并出具评估报告，逐项督促整改落实。",
    "调整充实政务公开工作领导小组，明确分管领导和具体经办人员，将政务公开工作纳入年度目标责任制考核。",
    "全年组织政务公开业务培训{s1}次，参训人员{s2}人次，进一步增强工作人员的责任意识和业务能力。",
    "建立健全政务公开社会评议、责任追究等制度，全年未发生因政务公开工作引起的责任追究情况。",
    "认真落实政务公开工作年度报告制度，按时编制并公布年度报告，自觉接受社会监督。",
    "对照上级政务公开评估指标逐项自查，针对发现的问题建立台账、限期整改，确保整改到位。",
]
_PROBLEMS = [
    "{year}年，{ref}政府信息公开工作虽然取得了一定成效，但与上级要求和群众期待相比仍存在一些差距：一是主动公开的深度和广度有待进一步拓展；二是政策解读的形式还不够丰富；三是工作人员业务水平有待提升。",
    "对照上级新要求和公众新期待，还有一些需要加强和改进的地方，主要表现在：个别信息更新不够及时，政策解读质量仍需提升，政务公开队伍建设还需加强。",
    "存在的主要问题：公开的主动性、实效性、整体性有待进一步增强，回应社会关切的时效性和针对性还需提高。",
]
_IMPROVE = [
    "建立健全“传帮带”机制，对新上岗人员开展“面对面、手把手”指导，全面提升政务公开队伍水平。",
    "加强政务新媒体管理，严格落实信息发布审核制度，确保发布内容准确、规范、安全。",
    "围绕群众关心关注的热点问题，进一步加大重点领域信息公开力度，切实增强公开的针对性和实效性。",
    "健全政策解读机制，做到政策文件与解读材料同步起草、同步审签、同步发布。",
    "加强与上级主管部门的沟通对接，主动学习先进地区的经验做法，推动政务公开工作再上新台阶。",
    "针对上述问题，{next}年{ref}将进一步加强组织领导，完善工作机制，扎实推进政务公开标准化规范化建设。",
    "下一步，{ref}将着力提升政策解读质效，探索图解、音视频等多元化解读方式，增强解读的针对性和通俗性。",
    "加强政务公开队伍建设，定期组织业务培训，不断提高工作人员的业务能力和水平。",
    "持续优化政府信息公开平台，规范栏目设置，确保信息发布及时、准确、完整。",
    "进一步规范依申请公开办理流程，完善受理、登记、办理、答复等环节，依法保障申请人的合法权益。",
]
_OTHER_SECTION = [
    "无。",
    "{year}年，{ref}未收取政府信息公开信息处理费。",
    "{year}年，{ref}严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费{o1}元。",
    "本年度无其他需要报告的事项。",
    "{year}年，{ref}认真办理人大代表建议和政协委员提案，共办理建议提案{o2}件，办结率100%。",
]


def _fill(rng, pattern: str, ctx: dict) -> str:
    def rep(m):
        k = m.group(1)
        if k in ctx:
            return str(ctx[k])
        return str(int(rng.expovariate(1.0) * 40) + 1)  # any other number: small and varied

    return re.sub(r"\{(\w+)\}", rep, pattern)


def _prose(rng, ag: Agency, year: int, req: dict, rev: dict, mismatch: bool, target: int):
    """Sections 一, 五 and 六 as {number: [paragraphs]}, and what the prose states."""
    new_total = req["本年新收政府信息公开申请数量"][6]
    stated = new_total
    if mismatch:
        stated = max(0, new_total + rng.choice([-1, 1]) * rng.randint(1, max(3, new_total // 2 + 3)))
        if stated == new_total:
            stated += 1
    rv = rev["行政复议"]
    lit = [a + b for a, b in zip(rev["行政诉讼/未经复议直接起诉"], rev["行政诉讼/复议后起诉"], strict=True)]
    ctx = {
        "year": year,
        "next": year + 1,
        "ref": ag.self_ref,
        "agency": ag.name,
        "r1": stated,
        "r2": req["本年新收政府信息公开申请数量"][0],
        "r3": sum(req["本年新收政府信息公开申请数量"][1:6]),
        "r4": req["总计"][6],
        "r5": req["上年结转政府信息公开申请数量"][6],
        "r6": req["结转下年度继续办理"][6],
        "v1": rv[4],
        "v2": rv[0],
        "v3": rv[1],
        "v4": lit[4],
        "v5": lit[0],
    }
    narrative: dict[str, int] = {}
    subs = [
        ("（一）", rng.choice(["主动公开情况", "主动公开政府信息情况", "主动公开"]), _ACTIVE),
        ("（二）", rng.choice(["依申请公开情况", "依申请公开政府信息情况"]), None),
        ("（三）", "政府信息管理情况", _MANAGE),
        ("（四）", rng.choice(["平台建设情况", "政府信息公开平台建设情况"]), _PLATFORM),
        ("（五）", rng.choice(["监督保障情况", "政府信息公开监督保障情况"]), _SUPERVISE),
    ]
    # each part gets a share of the target length; sentences are drawn without repeats until it is met
    share = {
        "intro": 0.06,
        "（一）": 0.26,
        "（二）": 0.14,
        "（三）": 0.12,
        "（四）": 0.12,
        "（五）": 0.1,
        "五": 0.2,
    }

    def fill_to(bank: list[str], want: float, have: list[str]) -> list[str]:
        pool = list(bank)
        rng.shuffle(pool)
        size = sum(len(x) for x in have)
        while pool and (size < want or not have):
            sent = _fill(rng, pool.pop(), ctx)
            have.append(sent)
            size += len(sent)
        return have

    one: list = fill_to(_INTRO, 0, [])[:1]
    for num, title, bank in subs:
        if bank is None:
            if new_total == 0 and not mismatch:
                sents = [_fill(rng, rng.choice(_REQUEST_ZERO), ctx)]
                narrative["受理申请"] = 0
            elif ctx["r5"] + ctx["r6"] > 0 and rng.random() < 0.5:
                sents = [_fill(rng, _REQUEST_BIG[0], ctx)]
                narrative["受理申请"] = stated
            else:
                ok = _REQUEST_OK if not mismatch else [x for x in _REQUEST_OK if "{r2}" not in x]
                sents = [_fill(rng, rng.choice(ok), ctx)]
                narrative["受理申请"] = stated
            if rv[4] == 0 and lit[4] == 0:
                if rng.random() < 0.5:
                    sents.append(rng.choice(_REVIEW_ZERO))
            else:
                if rv[4] and rv[4] == sum(rv[:4]):
                    sents.append(_fill(rng, rng.choice(_REVIEW), ctx))
                    narrative["行政复议"] = rv[4]
                if lit[4] and lit[4] == sum(lit[:4]):
                    sents.append(_fill(rng, rng.choice(_LITIGATION), ctx))
                    narrative["行政诉讼"] = lit[4]
            more = fill_to(_REQUEST_MORE, target * share[num] - sum(map(len, sents)), [])
            sents[1:1] = more if sum(map(len, sents)) < target * share[num] else []
        else:
            sents = fill_to(bank, target * share[num], [])
        one.append((num, title, "".join(sents)))
    five = [_fill(rng, rng.choice(_PROBLEMS), ctx)]
    five = fill_to(_IMPROVE, target * share["五"], five)
    six = [_fill(rng, rng.choice(_OTHER_SECTION), ctx)]
    return {"一": one, "五": five, "六": six}, narrative, stated


def _preamble(rng, ag: Agency, year: int, alias: str | None) -> str:
    who = f"{ag.name}（以下简称“{alias}”）" if alias else ag.name
    s = rng.choice(
        [
            f"本报告由{who}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。",
            f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布{year}年度{who}政府信息公开工作报告。",
            f"本报告是{who}依据《中华人民共和国政府信息公开条例》要求编制的{year}年度政府信息公开工作年度报告。",
        ]
    )
    s += f"本报告中所列数据统计期限自{year}年1月1日至{year}年12月31日。"
    if rng.random() < 0.7:
        s += (
            f"如对本报告有疑问，请与{ag.name}办公室联系（地址：{ag.city}{rng.choice(['人民路', '中山路', '解放路', '文化路', '长虹路'])}"
            f"{rng.randint(1, 600)}号；邮编：{rng.randint(100000, 899999)}；电话：0{rng.randint(100, 999)}-{rng.randint(2000000, 89999999)}）。"
        )
    return s


# --------------------------------------------------------------------------------------------
# One report's content


class Doc:
    """Everything one report says, before a layout prints it."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def _style_blanks(rng, values: dict[str, list[int]], style: str):
    """Row → 7/5 values → list of (value or None): 'zeros' prints every 0, 'blank' blanks them,
    'mixed' blanks whole zero rows and zero applicant cells now and then."""
    out = {}
    for row, vals in values.items():
        if style == "zeros":
            out[row] = list(vals)
        elif style == "blank":
            out[row] = [None if v == 0 else v for v in vals]
        else:
            if not any(vals) and rng.random() < 0.7:
                out[row] = [None] * len(vals)
            else:
                out[row] = [
                    None if v == 0 and i < len(vals) - 1 and rng.random() < 0.6 else v
                    for i, v in enumerate(vals)
                ]
    return out


def _inject_error(rng, d: Doc) -> dict | None:
    """Make one printed total disagree with its parts; return what was done."""
    kinds = ["row_sum", "outcome_sum", "balance", "review_sum"]
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == "row_sum":
            rows = [r for r, v in d.req.items() if v[6] is not None and r != "总计"]
            if not rows:
                continue
            r = rng.choice(rows)
            old = d.req[r][6]
            new = old + rng.choice([1, 2, 3, 10, -1, -2]) if old > 2 else old + rng.randint(1, 5)
            d.req[r][6] = new
            return {
                "rule": "row_sum",
                "table": "requests",
                "row": r,
                "col": "总计",
                "printed": new,
                "expected": old,
            }
        if kind == "outcome_sum":
            cols = [i for i in range(6) if d.req["总计"][i] is not None]
            if not cols:
                continue
            i = rng.choice(cols)
            old = d.req["总计"][i]
            new = (
                old + rng.choice([1, 2, 5])
                if rng.random() < 0.6 or old == 0
                else max(0, old - rng.randint(1, old))
            )
            d.req["总计"][i] = new
            if d.req["总计"][6] is not None:
                d.req["总计"][6] += new - old  # the row itself still adds up
            return {
                "rule": "outcome_sum",
                "table": "requests",
                "row": "总计",
                "col": REQ_COLS[i],
                "printed": new,
                "expected": old,
            }
        if kind == "balance":
            row = d.req["结转下年度继续办理"]
            if row[0] is None or row[6] is None:
                continue
            old = row[0]
            row[0] = old + rng.randint(1, 4)
            row[6] += row[0] - old
            return {
                "rule": "balance",
                "table": "requests",
                "row": "结转下年度继续办理",
                "col": "自然人",
                "printed": row[0],
                "expected": old,
            }
        if kind == "review_sum":
            g = rng.choice(REVIEW_GROUPS)
            vals = d.rev[g]
            if vals[4] is None:
                continue
            if vals[4] > 0 and rng.random() < 0.5:  # 总计 printed 0 for parts that add up (seed 004)
                old = vals[4]
                vals[4] = 0
                return {
                    "rule": "review_sum",
                    "table": "review_litigation",
                    "row": g,
                    "col": "总计",
                    "printed": 0,
                    "expected": old,
                }
            old = vals[4]
            vals[4] = old + rng.randint(1, 3)
            return {
                "rule": "review_sum",
                "table": "review_litigation",
                "row": g,
                "col": "总计",
                "printed": vals[4],
                "expected": old,
            }
    return None


def _make_doc(
    rng, ag: Agency, year: int, layout: str, carry_in: list[int], has_prev: bool, prev_out: int | None
):
    template = "2019" if year <= 2020 else "2021"
    zeros_only = layout in ("pdf", "flat")
    y2y_mismatch = has_prev and rng.random() < 0.05
    cin = list(carry_in)
    if y2y_mismatch:
        cin[0] += rng.randint(1, 5)
    req_n = _request_table(rng, ag, template, cin)
    rev_n = _review_table(rng, ag)
    act = _active_table(rng, ag, template)
    styles = ["zeros", "blank", "mixed"]
    req_style = "zeros" if zeros_only else rng.choices(styles, weights=[5, 3, 3])[0]
    rev_style = "zeros" if zeros_only else rng.choices(styles, weights=[7, 2, 1])[0]
    act_blank = not zeros_only and rng.random() < 0.15
    d = Doc(agency=ag, year=year, template=template, layout=layout, quirks=[])
    d.req = _style_blanks(rng, req_n, req_style)
    d.rev = _style_blanks(rng, rev_n, rev_style)
    d.act = {}
    for row, cols in act.items():
        d.act[row] = {}
        for col, (v, raw) in cols.items():
            blank = act_blank and (v == 0 or (isinstance(v, dict) and v["yuan"] == 0)) and rng.random() < 0.8
            if blank:
                d.act[row][col] = ({"raw": None, "yuan": None} if isinstance(v, dict) else None, "")
            else:
                d.act[row][col] = (v, raw)
    if act_blank:  # an amount is printed only with its item count
        items = d.act.get("政府集中采购", {}).get("采购项目数量")
        if items is not None and items[0] is None:
            d.act["政府集中采购"]["采购总金额"] = ({"raw": None, "yuan": None}, "")
    if zeros_only:  # a space inside an amount would read as two cells in space-separated text
        for row in d.act.values():
            for col, (v, raw) in list(row.items()):
                if " " in raw:
                    raw = raw.replace(" ", "")
                    row[col] = ({"raw": raw, "yuan": v["yuan"]} if isinstance(v, dict) else v, raw)
    d.errors = []
    if rng.random() < 0.08:
        e = _inject_error(rng, d)
        if e:
            d.errors.append(e)
    prose_mismatch = rng.random() < 0.05
    target = int(rng.lognormvariate(7.7, 0.5))  # median ~2,200 characters of prose, as in real reports
    target = max(400, min(target, 7000))
    d.prose, d.narrative, _stated = _prose(rng, ag, year, req_n, rev_n, prose_mismatch, target)
    d.prose_mismatch = []
    lit = [d.rev[g][4] for g in REVIEW_GROUPS[1:]]
    printed = {
        "受理申请": d.req["本年新收政府信息公开申请数量"][6],
        "行政复议": d.rev["行政复议"][4],
        "行政诉讼": None if None in lit else sum(lit),
    }
    for k, stated_v in d.narrative.items():
        if printed[k] is not None and printed[k] != stated_v:
            d.prose_mismatch.append(k)
    d.alias = ag.short if ag.short and rng.random() < 0.3 else None
    d.preamble = _preamble(rng, ag, year, d.alias)
    printed_in = d.req["上年结转政府信息公开申请数量"][6]
    d.year_to_year = (
        {
            "previous_carry_out": prev_out,
            "carry_in": printed_in or 0,
            "mismatch": (printed_in or 0) != prev_out,
        }
        if has_prev
        else None
    )
    carry_out = [v or 0 for v in d.req["结转下年度继续办理"][:6]]
    d.carry_out_total = d.req["结转下年度继续办理"][6] or 0
    return d, carry_out


def _truth(d: Doc, filename: str) -> dict:
    t = {
        "file": filename,
        "agency": d.agency.name,
        "agency_accept": list(d.agency.accept),
        "year": d.year,
        "template": d.template,
        "layout": d.layout,
        "quirks": list(d.quirks),
    }
    t["active"] = {row: {col: v for col, (v, _raw) in cols.items()} for row, cols in d.act.items()}
    t["requests"] = {row: dict(zip(REQ_COLS, vals, strict=True)) for row, vals in d.req.items()}
    t["review_litigation"] = {g: dict(zip(REVIEW_COLS, vals, strict=True)) for g, vals in d.rev.items()}
    t["uncertain"] = list(getattr(d, "uncertain", []))
    t["errors"] = d.errors
    t["narrative"] = dict(d.narrative)
    t["prose_mismatch"] = list(d.prose_mismatch)
    t["year_to_year"] = d.year_to_year
    t["aliases"] = [d.alias] if d.alias else []
    t["sections"] = {k: _section_text(d, k) for k in ("一", "五", "六")}
    t["notes"] = ["synthetic report (tests/bench/synth.py)"]
    return t


def _section_text(d: Doc, k: str) -> str:
    parts = []
    for p in d.prose[k]:
        if isinstance(p, tuple):
            parts.append(f"{p[0]}{p[1]}。{p[2]}")
        else:
            parts.append(p)
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------
# Layout helpers


def _cell_text(v) -> str:
    """The printed text of a table-三/四 value (None → '')."""
    return "" if v is None else str(v)


def _title_lines(rng, d: Doc) -> list[str]:
    y, name = d.year, d.agency.name
    return rng.choice(
        [
            [name, f"{y}年政府信息公开工作年度报告"],
            [f"{y}年度政府信息公开工作年度报告", "", name, "", f"{y}年12月31日"],
            [f"{name}{y}年度政府信息公开工作报告"],
            [f"{name}", f"{y}年度政府信息公开工作年度报告"],
            [f"{name}{y}年政府信息公开工作年度报告"],
        ]
    )


def _prose_paragraphs(rng, d: Doc, k: str, inline_sub: bool) -> list[str]:
    out = []
    for p in d.prose[k]:
        if isinstance(p, tuple):
            num, title, text = p
            if inline_sub:
                out.append(f"{num}{title}。{text}")
            else:
                out.append(f"{num}{title}")
                out.append(text)
        else:
            out.append(p)
    return out


def _act_rows(d: Doc):
    """[(heading, cols, [(row, [raw texts])])] for table 二."""
    out = []
    for heading, cols, rows in ACTIVE[d.template]:
        out.append((heading, cols, [(r, [d.act[r][c][1] for c in cols]) for r in rows]))
    return out


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


# --------------------------------------------------------------------------------------------
# Layout: tabcell (one cell per line after a tab)


def _render_tabcell(rng, d: Doc) -> str:
    L: list[str] = []
    wrap_headers = rng.random() < 0.6
    vertical = rng.random() < 0.3  # 三、本年度办理结果 printed one character per line (seed 004)
    bare_headings = rng.random() < 0.1  # section numbers missing (seed 004)
    blanks = rng.choice([["", " ", "\xa0"], ["\xa0"], ["", "\u3000", "\u3000\u3000"], [""]])
    fw = rng.random() < 0.04
    if fw:
        d.quirks.append("fullwidth-digits")

    def cell(v: str) -> str:
        if v == "":
            return "\t" + rng.choice(blanks)
        if fw:
            v = _fullwidth(v)
        return "\t" + rng.choice(["", "", " ", "\xa0"]) + v + rng.choice(["", "", " ", "\xa0"])

    def head(lab: str) -> list[str]:
        if wrap_headers and lab in WRAPS and rng.random() < 0.7:
            parts = WRAPS[lab]
            return ["\t" + parts[0]] + parts[1:]
        return ["\t" + lab]

    def heading(num: str) -> str:
        t = SECTION_TITLES[num]
        return t if bare_headings and num in "二三四" else f"{num}、{t}"

    L += _title_lines(rng, d)
    L += ["", d.preamble, ""]
    L.append(("  " if rng.random() < 0.5 else "") + heading("一"))
    for p in _prose_paragraphs(rng, d, "一", inline_sub=rng.random() < 0.5):
        L += [("    " if rng.random() < 0.3 else "") + p, ""]
    L.append(heading("二"))
    L.append("")
    for h, cols, rows in _act_rows(d):
        L += ["\t" + h, ""]
        L.append("\t信息内容")
        for c in cols:
            L += head(c)
        L.append("")
        for r, vals in rows:
            L.append("\t" + r)
            L += [cell(v) for v in vals]
            L.append("")
    L += ["", heading("三"), ""]
    L += ["\t" + NOTE, "\t申请人情况", "", "\t", "\t自然人", "\t法人或其他组织", "\t总计", "", "\t", "\t"]
    for c in APPLICANTS[1:]:
        L += head(c)
    L += ["\t", ""]
    rows = request_rows(d.template)
    prev_group = None
    first_outcome = True
    for key, top, group, item in rows:
        vals = [_cell_text(v) for v in d.req[key]]
        if top:
            L.append("\t" + top)
        else:
            if first_outcome:
                L += (["\t" + G3[0]] + list(G3[1:])) if vertical else ["\t" + G3]
                first_outcome = False
            else:
                L.append("\t")
            if item:
                if group != prev_group:
                    L.append("\t" + group)
                else:
                    L.append("\t")
                L.append("\t" + item)
            else:
                L.append("\t" + group)
            prev_group = group
        L += [cell(v) for v in vals]
        L.append("")
    L += ["", heading("四"), ""]
    L += ["\t行政复议", "\t行政诉讼", ""]
    for c in REVIEW_COLS:
        L += head(c)
    L += ["\t未经复议直接起诉", "\t复议后起诉", ""]
    L += ["\t"] * 5
    for _ in range(2):
        for c in REVIEW_COLS:
            L += head(c)
    L.append("")
    for g in REVIEW_GROUPS:
        L += [cell(_cell_text(v)) for v in d.rev[g]]
    L += ["", ""]
    L.append(heading("五"))
    for p in _prose_paragraphs(rng, d, "五", inline_sub=True):
        L += [p, ""]
    L.append(heading("六"))
    L += ["", *_prose_paragraphs(rng, d, "六", True), ""]
    return "\n".join(L)


# --------------------------------------------------------------------------------------------
# Layout: tabrow (one row per line, tab-separated; seed 003)


def _render_tabrow(rng, d: Doc) -> str:
    L: list[str] = []
    half = rng.random() < 0.5  # half-width brackets, as OCR gives them
    spaced = rng.random() < 0.4  # OCR spaces inside header labels: 结 果 维 持
    fw = rng.random() < 0.04
    if fw:
        d.quirks.append("fullwidth-digits")

    def br(s: str) -> str:
        return s.replace("（", "(").replace("）", ") ") if half else s

    def hd(s: str) -> str:
        return " ".join(s) if spaced and len(s) <= 4 else s

    def v(s: str) -> str:
        return _fullwidth(s) if fw else s

    L += [
        "",
        f"# {d.agency.name}{rng.choice(['：', ''])}",
        "",
        f"## {d.agency.name} {d.year} 年度政府信息公开工作年度报告",
        "",
        d.preamble,
        "",
    ]
    L += ["### 一、总体情况", ""]
    for p in d.prose["一"]:
        if isinstance(p, tuple):
            L += [f"#### {br(p[0])}{p[1]}。", "", p[2], ""]
        else:
            L += [p, ""]
    L += ["## 二、主动公开政府信息情况", ""]
    for h, cols, rows in _act_rows(d):
        width = 3
        L.append(br(h) + "\t" * width)
        L.append("\t".join(["信息内容", *cols] + [""] * (width - len(cols))))
        for r, vals in rows:
            L.append("\t".join([r, *map(v, vals)] + [""] * (width - len(vals))))
    L += ["", "## 三、收到和处理政府信息公开申请情况", ""]
    three_label_cols = rng.random() < 0.5
    lab_cols = 3 if three_label_cols else 1
    L.append("\t".join([br(NOTE)] + [""] * (lab_cols - 1) + ["申请人情况"] + [""] * 5 + ["总计"]))
    L.append("\t".join([""] * lab_cols + ["自然人", "法人或其他组织"] + [""] * 5))
    L.append("\t".join([""] * lab_cols + [""] + APPLICANTS[1:] + [""]))
    prev_group = None
    first = True
    for key, top, group, item in request_rows(d.template):
        vals = [v(_cell_text(x)) for x in d.req[key]]
        if three_label_cols:
            if top:
                labels = [top, "", ""]
            else:
                g3 = G3 if first else ""
                first = False
                if item:
                    labels = [g3, br(group) if group != prev_group else "", br(item)]
                else:
                    labels = [g3, br(group), ""]
                prev_group = group
        else:  # one label column; group labels on lines of their own (no cells)
            if not top and first:
                L.append(G3)
                first = False
            if top:
                labels = [top]
            elif item:
                if group != prev_group:
                    L.append(br(group))
                labels = [br(item)]
            else:
                labels = [br(group)]
            prev_group = group if not top else prev_group
        L.append("\t".join(labels + vals))
    L += ["", "#### 四、政府信息公开行政复议、行政诉讼情况", ""]
    L.append("\t".join(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9))
    L.append(
        "\t".join(
            [hd(c) for c in REVIEW_COLS] + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]
        )
    )
    L.append("\t".join([""] * 5 + [hd(c) for c in REVIEW_COLS] * 2))
    L.append("\t".join(v(_cell_text(x)) for g in REVIEW_GROUPS for x in d.rev[g]))
    L += ["", "## 五、存在的主要问题及改进情况", ""]
    for p in d.prose["五"]:
        L += [p, ""]
    L += ["## 六、其他需要报告的事项", ""]
    L += [*[p for p in d.prose["六"]], ""]
    return "\n".join(L)


# --------------------------------------------------------------------------------------------
# Layout: pdf (text extracted from a PDF)

PDF_REQ_HEADERS = [
    [
        "申请人情况",
        "（本列数据的勾稽关系为：第一项加第二项之和， 法人或其他组织",
        "等于第三项加第四项之和）",
        "自然人 总计",
        "商业企 科研机 社会公益 法律服务",
        "其他",
        "业 构 组织 机构",
    ],
    [
        "申请人情况",
        "法人或其他组织",
        "（本列数据的勾稽关系为：第一项加第二项之和，等",
        "于第三项加第四项之和）",
        "自然人 社会 法律 总计",
        "商业 科研",
        "公益 服务 其他",
        "企业 机构",
        "组织 机构",
    ],
]
PDF_REVIEW_HEADERS = [
    [
        "行政复议 行政诉讼",
        "未经复议直接起诉 复议后起诉",
        "结果 结果 其他结 尚未",
        "总计",
        "结 果 结果 其他 尚未 结果 结果 其他 尚未审",
        "维持 纠正 果 审结",
        "总计 总计",
        "维持 纠正 结果 审结 维持 纠正 结果 结",
    ],
    [
        "行政复议 行政诉讼",
        "未经复议直接起诉 复议后起诉",
        "结果 结果 其他 尚未",
        "总 计",
        "维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未",
        "总 计 总计",
        "维持 纠正 结果 审结 维持 纠正 结果 审结",
    ],
]


def _pdf_space(text: str) -> str:
    """pdfplumber puts spaces between digits and CJK: '2024 年', '3119 件'."""
    text = re.sub(r"(?<=[\u4e00-\u9fff])(\d[\d.]*)", r" \1", text)
    return re.sub(r"(\d)(?=[\u4e00-\u9fff（])", r"\1 ", text)


_NO_LINE_START = set("，。、；：？！）》”’」")


def _wrap(text: str, width: float) -> list[str]:
    """Break a paragraph into PDF lines of about `width` full-width characters (ASCII runs kept)."""
    tokens = re.findall(r"[A-Za-z0-9.@:%\-]+|\s|.", text)
    lines, cur, w = [], "", 0.0
    for t in tokens:
        tw = len(t) * 0.5 if t.isascii() else float(len(t))
        # closing punctuation never starts a line: it may overhang
        if w + tw > width and cur.strip() and t not in _NO_LINE_START:
            lines.append(cur.rstrip())
            cur, w = "", 0.0
            if t == " ":
                continue
        cur += t
        w += tw
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def _render_pdf(rng, d: Doc) -> str:
    width = rng.choice([28, 29, 30, 31])
    units: list[list[str]] = []  # page footers go between units, never inside one

    def para(text: str):
        for ln in _wrap(_pdf_space(text), width):
            units.append([ln])

    for ln in _title_lines(rng, d):
        if ln:
            units.append([_pdf_space(ln)])
    para(d.preamble)
    units.append(["一、总体情况"])
    for p in _prose_paragraphs(rng, d, "一", inline_sub=True):
        para(p)
    units.append(["二、主动公开政府信息情况"])
    wrap_act = rng.random() < 0.3
    for h, cols, rows in _act_rows(d):
        units.append([h.replace("第二十条第", "第二十条 第") if rng.random() < 0.5 else h])
        if wrap_act and len(cols) == 3 and all(c in WRAPS for c in cols[:2]):
            units.append(
                [
                    "信息内容 " + " ".join(WRAPS[c][0] if c in WRAPS else c for c in cols),
                    " ".join(WRAPS[c][1] for c in cols if c in WRAPS),
                ]
            )
        else:
            units.append(["信息内容 " + " ".join(cols)])
        for r, vals in rows:
            vals = [x.replace(" ", "") for x in vals]
            units.append([r + " " + " ".join(vals)])
    units.append(["三、收到和处理政府信息公开申请情况"])
    units.append(list(rng.choice(PDF_REQ_HEADERS)))
    rows = request_rows(d.template)
    # row lines of the outcome block, to be decorated with the vertical header and group labels
    block: list[list[str]] = []
    block_groups: list[str | None] = []
    for key, top, group, item in rows:
        nums = " ".join(str(x) for x in d.req[key])
        if top:
            if block:
                units += _pdf_decorate(rng, block, block_groups)
                block, block_groups = [], []
            units.append([f"{top} {nums}"])
            continue
        label = item if item else group
        if len(label) > 22 and rng.random() < 0.8:  # numbers sit before the tail of the label (real 001)
            cut = rng.randint(12, 20)
            block.append([label[:cut], nums, label[cut:]])
        else:
            block.append([f"{label} {nums}"])
        block_groups.append(group if item else None)
    units.append(["四、政府信息公开行政复议、行政诉讼情况"])
    units.append(list(rng.choice(PDF_REVIEW_HEADERS)))
    units.append([" ".join(str(x) for g in REVIEW_GROUPS for x in d.rev[g])])
    units.append(["五、存在的主要问题及改进情况"])
    for p in _prose_paragraphs(rng, d, "五", inline_sub=True):
        para(p)
    units.append(["六、其他需要报告的事项"])
    for p in _prose_paragraphs(rng, d, "六", inline_sub=True):
        para(p)
    # page footers: every 30-40 lines, wherever that falls (inside tables too)
    out: list[str] = []
    page, since, every = 1, 0, rng.randint(30, 40)
    for u in units:
        if since + len(u) > every:
            out.append(f"- {page} -")
            page += 1
            since, every = 0, rng.randint(30, 40)
        out += u
        since += len(u)
    out.append(f"- {page} -")
    return "\n".join(out)


def _pdf_decorate(rng, block: list[list[str]], groups: list[str | None]) -> list[list[str]]:
    """Interleave 三、本年度办理结果 one character per line and the group labels (（三）不予公开…),
    as a PDF extractor leaves a vertical / merged row header (real 001–003)."""
    # group labels: whole on its own line before the group, prefixed to a middle row, or split in two
    i = 0
    while i < len(block):
        g = groups[i]
        if g is None:
            i += 1
            continue
        j = i
        while j < len(block) and groups[j] == g:
            j += 1
        mid = i + (j - i - 1) // 2
        how = rng.choice(["own", "prefix", "split"])
        if how == "own":
            block[i].insert(0, g)
        elif how == "prefix":
            block[mid][0] = f"{g} {block[mid][0]}"
        else:
            cut = rng.randint(3, len(g) - 2)
            block[mid][0] = f"{g[:cut]} {block[mid][0]}"
            if mid + 1 < j:
                block[mid + 1][0] = f"{g[cut:]} {block[mid + 1][0]}"
            else:
                block[mid].append(g[cut:])
        i = j
    # the vertical header: its characters spread over the block, on their own lines or prefixed
    chars = ["三、", *"本年度办理结果"]
    start = rng.randint(0, max(0, len(block) - len(chars) * 2))
    pos = start
    for ch in chars:
        if pos >= len(block):
            block[-1].append(ch)
            continue
        if rng.random() < 0.5 and ch != "三、":
            block[pos][0] = f"{ch} {block[pos][0]}"
        else:
            block[pos].insert(0, ch)
        pos += rng.choice([1, 1, 2])
    return block


# --------------------------------------------------------------------------------------------
# Layout: markdown / pipe tables


def _md_row(cells: list[str], outer: bool) -> str:
    cells = [c if c else " " for c in cells]
    s = " | ".join(cells)
    return f"| {s} |" if outer else s


def _render_markdown(rng, d: Doc) -> str:
    outer = rng.random() < 0.75
    sep = outer and rng.random() < 0.9
    L: list[str] = [f"# {d.agency.name}{d.year}年度政府信息公开工作年度报告", ""]
    if rng.random() < 0.4:
        L += [f"发布日期：{d.year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}", ""]
    L += [d.preamble, "", "## 一、总体情况", ""]
    for p in d.prose["一"]:
        if isinstance(p, tuple):
            L += [f"**{p[0]}{p[1]}**", "", p[2], ""]
        else:
            L += [p, ""]
    L += ["## 二、主动公开政府信息情况", ""]

    def table(rows: list[list[str]]):
        n = max(len(r) for r in rows)
        rows = [r + [""] * (n - len(r)) for r in rows]
        L.append(_md_row(rows[0], outer))
        if sep:
            L.append(_md_row(["---"] * n, outer))
        for r in rows[1:]:
            L.append(_md_row(r, outer))
        L.append("")

    heading_inside = rng.random() < 0.5
    for h, cols, rows in _act_rows(d):
        grid = [["信息内容", *cols]] + [[r, *vals] for r, vals in rows]
        if heading_inside:
            grid.insert(0, [h] + [""] * len(cols))
        else:
            L += [f"**{h}**", ""]
        table(grid)
    L += ["## 三、收到和处理政府信息公开申请情况", ""]
    renamed = rng.random() < 0.5
    if renamed:  # one header row with renamed columns
        head = [
            [
                "项目",
                "",
                "",
                "申请人情况-自然人",
                "法人或其他组织-商业企业",
                "法人或其他组织-科研机构",
                "法人或其他组织-社会公益组织",
                "法人或其他组织-法律服务机构",
                "法人或其他组织-其他",
                "总计",
            ]
        ]
    else:
        head = [
            [NOTE, "", "", "申请人情况", "", "", "", "", "", ""],
            ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
        ]
    body = []
    prev_group = None
    first = True
    for key, top, group, item in request_rows(d.template):
        vals = [_cell_text(x) for x in d.req[key]]
        if top:
            body.append([top, "", "", *vals])
        else:
            g3 = G3 if first else ""
            first = False
            if item:
                body.append([g3, group if group != prev_group else "", item, *vals])
            else:
                body.append([g3, group, "", *vals])
            prev_group = group
    # split into small tables; a continuation has no header of its own (its first row is data)
    cuts = sorted(rng.sample(range(3, len(body) - 1), rng.randint(0, 3)))
    chunks, last = [], 0
    for c in [*cuts, len(body)]:
        chunks.append(body[last:c])
        last = c
    table(head + chunks[0])
    for ch in chunks[1:]:
        if rng.random() < 0.3:
            L += ["（续表）", ""]
        table(ch)
    L += ["## 四、政府信息公开行政复议、行政诉讼情况", ""]
    vals = [_cell_text(x) for g in REVIEW_GROUPS for x in d.rev[g]]
    if rng.random() < 0.5:
        names = ["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5
        table([[f"{n}-{c}" for n, c in zip(names, REVIEW_COLS * 3, strict=True)], vals])
    else:
        table(
            [
                ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
                [*REVIEW_COLS, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
                ["", "", "", "", "", *REVIEW_COLS, *REVIEW_COLS],
                vals,
            ]
        )
    L += ["## 五、存在的主要问题及改进情况", ""]
    for p in d.prose["五"]:
        L += [p, ""]
    L += ["## 六、其他需要报告的事项", "", *d.prose["六"], ""]
    return "\n".join(L)


# --------------------------------------------------------------------------------------------
# Layout: html (a Word-saved web page)


def _render_html(rng, d: Doc) -> str:
    nbsp = rng.choice(["&nbsp;", " ", "\xa0"])
    esc = html.escape

    def td(text: str, rs: int = 1, cs: int = 1, bold: bool = False) -> str:
        attrs = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
        attrs += f" width={rng.choice([48, 60, 72, 95])} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'"
        if text == "":
            inner = f"<p class=MsoNormal><span lang=EN-US><o:p>{nbsp}</o:p></span></p>"
        else:
            t = esc(text)
            if bold:
                t = f"<b>{t}</b>"
            inner = f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt'>{t}<o:p></o:p></span></p>"
        return f"<td{attrs}>{inner}</td>"

    def tr(cells: list[str]) -> str:
        return "<tr>" + "".join(cells) + "</tr>"

    def p(text: str, center: bool = False, bold: bool = False) -> str:
        t = esc(text)
        if bold:
            t = f"<b>{t}</b>"
        st = (
            " align=center style='text-align:center'"
            if center
            else " style='text-indent:32.0pt;line-height:28.0pt'"
        )
        return f"<p class=MsoNormal{st}><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{t}</span></p>"

    charset = "gb2312" if "gb18030" in d.quirks else "utf-8"
    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">',
        f'<head><meta http-equiv=Content-Type content="text/html; charset={charset}">',
        f"<title>{esc(d.agency.name)}{d.year}年政府信息公开工作年度报告</title>",
        "<style><!-- p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;} --></style></head>",
        "<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>",
    ]
    if rng.random() < 0.5:
        out.append(
            f"<div class=nav>首页 &gt; 政务公开 &gt; 政府信息公开年报</div><div class=info>发布时间：{d.year + 1}-01-{rng.randint(10, 31)} 来源：{esc(d.agency.name)}</div>"
        )
    for ln in _title_lines(rng, d):
        if ln:
            out.append(p(ln, center=True, bold=True))
    out.append(p(d.preamble))
    out.append(p("一、总体情况", bold=True))
    for para in _prose_paragraphs(rng, d, "一", inline_sub=rng.random() < 0.5):
        out.append(p(para))
    out.append(p("二、主动公开政府信息情况", bold=True))
    out.append(
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
    )
    for h, cols, rows in _act_rows(d):
        out.append(tr([td(h, cs=4, bold=True)]))
        span_last = 4 - len(cols)
        hdr = [td("信息内容")] + [td(c) for c in cols[:-1]] + [td(cols[-1], cs=span_last)]
        out.append(tr(hdr))
        for r, vals in rows:
            cells = [td(r)] + [td(x.replace(" ", "") if x else "") for x in vals[:-1]]
            cells.append(td(vals[-1], cs=span_last))
            out.append(tr(cells))
    out.append("</table>")
    out.append(p("三、收到和处理政府信息公开申请情况", bold=True))
    out.append(
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
    )
    out.append(tr([td(NOTE, rs=3, cs=3), td("申请人情况", cs=7)]))
    out.append(tr([td("自然人", rs=2), td("法人或其他组织", cs=5), td("总计", rs=2)]))
    out.append(tr([td(c) for c in APPLICANTS[1:]]))
    rows = request_rows(d.template)
    n_outcome = sum(1 for _k, top, _g, _i in rows if top is None)
    group_sizes: dict[str, int] = {}
    for _k, _top, g, item in rows:
        if item:
            group_sizes[g] = group_sizes.get(g, 0) + 1
    first, prev_group = True, None
    for key, top, group, item in rows:
        vals = [td(_cell_text(x)) for x in d.req[key]]
        if top:
            out.append(tr([td(top, cs=3)] + vals))
            continue
        cells = []
        if first:
            cells.append(td(G3, rs=n_outcome))
            first = False
        if item:
            if group != prev_group:
                cells.append(td(group, rs=group_sizes[group]))
            cells.append(td(item))
        else:
            cells.append(td(group, cs=2))
        prev_group = group
        out.append(tr(cells + vals))
    out.append("</table>")
    out.append(p("四、政府信息公开行政复议、行政诉讼情况", bold=True))
    out.append(
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
    )
    out.append(tr([td("行政复议", cs=5), td("行政诉讼", cs=10)]))
    out.append(
        tr([td(c, rs=2) for c in REVIEW_COLS] + [td("未经复议直接起诉", cs=5), td("复议后起诉", cs=5)])
    )
    out.append(tr([td(c) for c in REVIEW_COLS * 2]))
    out.append(tr([td(_cell_text(x)) for g in REVIEW_GROUPS for x in d.rev[g]]))
    out.append("</table>")
    out.append(p("五、存在的主要问题及改进情况", bold=True))
    for para in _prose_paragraphs(rng, d, "五", True):
        out.append(p(para))
    out.append(p("六、其他需要报告的事项", bold=True))
    for para in _prose_paragraphs(rng, d, "六", True):
        out.append(p(para))
    out.append("</div></body></html>")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Layout: flat (web page flattened to one line; digits of neighbouring cells glued; real 010)


def _count_splits(digits: str, k: int, row_sum: bool) -> int:
    """How many ways `digits` reads as k non-negative integers (no leading zeros); with row_sum,
    the last must equal the sum of the others. Stops counting at 2."""
    n = len(digits)

    def ok(s: str) -> bool:
        return s == "0" or (s[:1] != "0" and s != "")

    if not row_sum:

        def rec(i: int, left: int) -> int:
            if left == 0:
                return 1 if i == n else 0
            c = 0
            for j in range(i + 1, n - left + 2):
                if ok(digits[i:j]):
                    c += rec(j, left - 1)
                    if c > 1:
                        return c
            return c

        return rec(0, k)

    def rec2(head: str, total: int, i: int, left: int, acc: int) -> int:
        if acc > total:
            return 0
        if left == 0:
            return 1 if i == len(head) and acc == total else 0
        c = 0
        for j in range(i + 1, len(head) - left + 2):
            s = head[i:j]
            if ok(s):
                c += rec2(head, total, j, left - 1, acc + int(s))
                if c > 1:
                    return c
        return c

    total_count = 0
    for tl in range(1, n - (k - 1) + 1):
        t = digits[n - tl :]
        if ok(t):
            total_count += rec2(digits[: n - tl], int(t), 0, k - 1, 0)
            if total_count > 1:
                return total_count
    return total_count


def _render_flat(rng, d: Doc) -> str:
    uncertain: list[str] = []
    parts: list[str] = []
    parts.append(d.preamble)
    parts.append(" 一、总体情况 ")
    parts.append(" ".join(_prose_paragraphs(rng, d, "一", inline_sub=True)))
    parts.append(" 二、主动公开政府信息情况")
    act_txt = []
    for i, (h, cols, rows) in enumerate(_act_rows(d)):
        act_txt.append(h + (" 信息内容 " + " ".join(cols) + " " if i == 0 else "信息内容" + "".join(cols)))
        for r, vals in rows:
            glued = "".join(vals)
            act_txt.append(r + glued)
            if len(vals) > 1 and _count_splits(glued, len(vals), False) != 1:
                uncertain += [f"active/{r}/{c}" for c in cols]
    parts.append("".join(act_txt))
    parts.append(
        " 三、收到和处理政府信息公开申请情况"
        + NOTE
        + " 申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构 社会公益组织 法律服务机构 其他 "
    )
    prev_group = None
    req_txt = []
    for key, top, group, item in request_rows(d.template):
        digits = "".join(str(x) for x in d.req[key])
        if _count_splits(digits, 7, True) != 1:
            uncertain += [f"requests/{key}/{c}" for c in REQ_COLS]
        if top:
            req_txt.append(f"{top} {digits}")
            continue
        if key == "予以公开":
            req_txt.append(f"{G3} ")
        lab = ""
        if item:
            if group != prev_group:
                lab = f"{group} "
            lab += item
        else:
            lab = group
        prev_group = group
        req_txt.append(f"{lab} {digits}" if rng.random() < 0.5 else f"{lab}{digits}")
    parts.append("".join(req_txt))
    parts.append(
        " 四、政府信息公开行政复议、行政诉讼情况行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计 "
        "未经复议直接起诉 复议后起诉 结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计 "
    )
    parts.append(" ".join(str(x) for g in REVIEW_GROUPS for x in d.rev[g]))
    parts.append(" 五、存在的主要问题及改进情况 ")
    parts.append(" ".join(_prose_paragraphs(rng, d, "五", True)))
    parts.append(" 六、其他需要报告的事项 ")
    parts.append(" ".join(_prose_paragraphs(rng, d, "六", True)))
    d.uncertain = uncertain
    title = f"{d.agency.name}{d.year}年度政府信息公开工作年度报告"
    head = [
        f"标题: {title}",
        f"发布时间: {d.year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)} {rng.randint(8, 18)}:{rng.randint(10, 59)}",
        "文号: ",
        f"发布机构: {d.agency.name if rng.random() < 0.5 else ''}",
        "栏目: 政府信息公开年报",
        "==================== 正文 ====================",
    ]
    return "\n".join(head) + "\n" + "".join(parts) + "\n"


RENDER = {
    "tabcell": _render_tabcell,
    "tabrow": _render_tabrow,
    "pdf": _render_pdf,
    "markdown": _render_markdown,
    "html": _render_html,
    "flat": _render_flat,
}


# --------------------------------------------------------------------------------------------
# The corpus


def _plan(rng, count: int, first_years: list[int]) -> list[tuple[Agency, list[int]]]:
    """Agencies, each with a run of consecutive years, until `count` reports are planned.
    The first agencies have one report each, in `first_years`."""
    taken: set = set()
    plan, n = [], 0
    for y in first_years[:count]:
        plan.append((_make_agency(rng, taken), [y]))
        n += 1
    while n < count:
        ag = _make_agency(rng, taken)
        length = min(rng.choice([1, 1, 2, 3, 3, 4, 5, 6, 7]), count - n)
        start = rng.randint(2019, 2026 - length)
        plan.append((ag, list(range(start, start + length))))
        n += length
    return plan


def generate(count: int, out_dir, seed: int = 0, layouts=None) -> list[Path]:
    """Write `count` synthetic reports (and <stem>.truth.json beside each) into out_dir.

    The first reports cover every (layout, template) pair (the flat layout is 2021 only); the
    rest get a random layout. Returns the report paths, in file-name order.
    """
    layouts = tuple(layouts or LAYOUTS)
    for lay in layouts:
        if lay not in RENDER:
            raise ValueError(f"unknown layout {lay!r}; one of {', '.join(LAYOUTS)}")
    rng = random.Random(seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    want = [
        (lay, tpl) for tpl in ("2019", "2021") for lay in layouts if not (lay == "flat" and tpl == "2019")
    ]
    rng.shuffle(want)
    first_years = [
        rng.choice([2019, 2020]) if tpl == "2019" else rng.randint(2021, 2025) for _lay, tpl in want
    ]
    plan = _plan(rng, count, first_years)
    items = [(ag, y, k > 0) for ag, years in plan for k, y in enumerate(years)]
    not_flat = [x for x in layouts if x != "flat"] or ["tabcell"]
    assigned = [want[i][0] if i < len(want) else rng.choice(layouts) for i in range(len(items))]
    for i, (_ag, y, _h) in enumerate(items):
        if assigned[i] == "flat" and y <= 2020:
            assigned[i] = rng.choice(not_flat)
    # file numbers are shuffled so that one agency's years are not neighbours
    numbers = list(range(len(items)))
    rng.shuffle(numbers)
    paths: list[Path] = []
    carry: dict[str, tuple[list[int], int]] = {}
    for i, (ag, year, has_prev) in enumerate(items):
        lay = assigned[i]
        if has_prev:
            cin, prev_out = carry[ag.name]
        else:
            # a first report may still carry requests over from a year we do not hold
            cin = [rng.randint(0, 2) if rng.random() < 0.15 else 0 for _ in range(6)]
            prev_out = None
        d, carry_out = _make_doc(rng, ag, year, lay, cin, has_prev, prev_out)
        carry[ag.name] = (carry_out, d.carry_out_total)
        if lay not in ("flat", "pdf") and rng.random() < 0.03:
            d.quirks.append("traditional")
        if lay in ("tabcell", "tabrow", "html") and rng.random() < 0.1:
            d.quirks.append("gb18030")
        text = RENDER[lay](rng, d)
        truth_agency_alt = None
        if "traditional" in d.quirks:
            import zhconv

            text = zhconv.convert(text, "zh-tw")
            truth_agency_alt = zhconv.convert(d.agency.name, "zh-tw")
        name = f"{numbers[i]:05d}_{year}_{lay}{EXT[lay]}"
        path = out / name
        path.write_bytes(text.encode("gb18030" if "gb18030" in d.quirks else "utf-8"))
        truth = _truth(d, name)
        if truth_agency_alt:
            truth["agency_accept"].append(truth_agency_alt)
        truth_path(path).write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return sorted(paths)


def truth_path(report: Path) -> Path:
    """Where generate() wrote the truth of `report`."""
    report = Path(report)
    return report.with_name(f"{report.stem}.truth.json")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--count", type=int, required=True, help="number of reports")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--layouts", default=",".join(LAYOUTS), help=f"comma-separated subset of {','.join(LAYOUTS)}"
    )
    a = ap.parse_args(argv)
    paths = generate(a.count, a.out, a.seed, [x.strip() for x in a.layouts.split(",") if x.strip()])
    by: dict[str, int] = {}
    for p in paths:
        lay = p.stem.split("_", 2)[2]
        by[lay] = by.get(lay, 0) + 1
    print(f"{len(paths)} reports in {a.out}: " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
