"""A report's tables printed as a web page flattened to one line, its cells glued (the 平潭 family).

`flat_report(gold)` renders the cells of a gold file (either template) the way an archived page
comes out of a text dump: the whole body on one line, each table's labels and digits run
together, a cell's digits glued to its neighbours' (`713000074`), here and there a stray space
between two cells (` 00 00000`), a sign on a change (`31+1243`), a measure word inside a cell
(`2个318500元`). A blank cell (None) is not printed at all, as a flattened page shows it.
"""

from __future__ import annotations

import random

_SECTION_NO = {"不予公开": "三", "无法提供": "四", "不予处理": "五", "其他处理": "六"}
_TOP = {
    "本年新收政府信息公开申请数量": "一、本年新收政府信息公开申请数量",
    "上年结转政府信息公开申请数量": "二、上年结转政府信息公开申请数量",
    "予以公开": "三、本年度办理结果 （一）予以公开",
    "部分公开": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "其他处理": "（六）其他处理",
    "总计": "（七）总计",
    "结转下年度继续办理": "四、结转下年度继续办理",
}
REQUEST_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
REVIEW_COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
REVIEW_GROUPS = ["行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"]

ACTIVE_2019 = [
    ("第二十条第（一）项", ("本年新制作数量", "本年新公开数量", "对外公开总数量"), ("规章", "规范性文件")),
    ("第二十条第（五）项", ("上一年项目数量", "本年增/减", "处理决定数量"), ("行政许可", "其他对外管理服务事项")),
    ("第二十条第（六）项", ("上一年项目数量", "本年增/减", "处理决定数量"), ("行政处罚", "行政强制")),
    ("第二十条第（八）项", ("上一年项目数量", "本年增/减"), ("行政事业性收费",)),
    ("第二十条第（九）项", ("采购项目数量", "采购总金额"), ("政府集中采购",)),
]
ACTIVE_2021 = [
    ("第二十条第（一）项", ("本年制发件数", "本年废止件数", "现行有效件数"), ("规章", "行政规范性文件")),
    ("第二十条第（五）项", ("本年处理决定数量",), ("行政许可",)),
    ("第二十条第（六）项", ("本年处理决定数量",), ("行政处罚", "行政强制")),
    ("第二十条第（八）项", ("本年收费金额（单位：万元）",), ("行政事业性收费",)),
]


def _num(v) -> str:
    if v is None:
        return ""
    if isinstance(v, dict):  # an amount: as printed
        return "".join((v.get("raw") or "").split())
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def glue(cells: list[str], rng: random.Random, space: float) -> str:
    """Cells run together, with a space between two of them now and then."""
    out = ""
    for i, c in enumerate(cells):
        if i and rng.random() < space:
            out += " "
        out += c
    return out


def request_label(key: str, number: int) -> str:
    """The printed label of a 表三 row; `number` is the row's place in its group (1.属于国家秘密)."""
    if key in _TOP:
        return _TOP[key]
    group, item = key.split("/", 1)
    head = f"（{_SECTION_NO[group]}）{group} " if number == 1 else ""
    return f"{head}{number}.{item}"


def flat_report(
    gold: dict,
    seed: int = 0,
    space: float = 0.0,
    signs: bool = False,
    units: bool = False,
    prose: str = "本年度，我单位认真贯彻落实《条例》，政府信息公开工作有序推进。",
    printed: dict | None = None,
    row_lines: bool = False,
) -> str:
    """The gold file's report as a flattened web page (see the module docstring).

    `space`: the chance of a space between two glued cells; `signs`: print a change as +n;
    `units`: print 个 after the number of purchases. List numbers of the template's rows
    (1.属于国家秘密) are glued to the digits before them, as on the real page; the label and
    the digits after it are glued or not at random. `printed`, when given, receives each 表三
    row's digits as printed (row key → text). With `row_lines`, each table row is a line of its own
    (a page copied row by row), its cells still glued."""
    rng = random.Random(seed)
    template = gold["template"]
    body = [f"本报告根据《中华人民共和国政府信息公开条例》编制。 一、总体情况 {prose} 二、主动公开政府信息情况"]
    for i, (head, cols, rows) in enumerate(ACTIVE_2019 if template == "2019" else ACTIVE_2021):
        part = head + (" 信息内容 " + " ".join(cols) + " " if i == 0 else "信息内容" + "".join(cols))
        for row in rows:
            cells = []
            for col in cols:
                v = gold["active"].get(row, {}).get(col)
                text = _num(v)
                if signs and "增" in col and isinstance(v, int) and v > 0:
                    text = f"+{v}"
                if units and col == "采购项目数量" and text:
                    text += "个"
                cells.append(text)
            part += row + glue(cells, rng, space) + ("\n" if row_lines else "")
        body.append(part)
    requests = [" 三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） "
                "申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构 社会公益组织 法律服务机构 其他 "]
    numbers: dict[str, int] = {}
    for key, row in gold["requests"].items():
        group = key.split("/", 1)[0]
        numbers[group] = numbers.get(group, 0) + 1
        digits = glue([_num(row.get(c)) for c in REQUEST_COLS], rng, space)
        if printed is not None:
            printed[key] = digits
        requests.append(request_label(key, numbers[group]) + " " * (rng.random() < 0.5) + digits)
    body.append(("\n" if row_lines else "").join(requests) + ("\n" if row_lines else ""))
    review = [_num(gold["review_litigation"][g][c]) for g in REVIEW_GROUPS for c in REVIEW_COLS]
    body.append(
        " 四、政府信息公开行政复议、行政诉讼情况行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计 "
        "未经复议直接起诉 复议后起诉 结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计 "
        + glue(review, rng, space)
    )
    body.append(" 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。")
    title = f"{gold['agency']}{gold['year']}年度政府信息公开工作年度报告"
    return f"标题: {title}\n发布时间: {gold['year'] + 1}-02-20\n==================== 正文 ====================\n" + "".join(body) + "\n"
