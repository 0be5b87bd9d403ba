"""A gold transcription rendered as a Word report, with the merged cells agencies print (2021 template)."""

from __future__ import annotations

from pathlib import Path

GROUPS = {"不予公开": "（三）不予公开", "无法提供": "（四）无法提供", "不予处理": "（五）不予处理", "其他处理": "（六）其他处理"}
SINGLE = {"予以公开": "（一）予以公开", "部分公开": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "总计": "（七）总计"}
APPLICANTS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
REVIEW_COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def _put(table, r: int, c: int, text: str, to: tuple[int, int] | None = None):
    cell = table.cell(r, c)
    if to:
        cell = cell.merge(table.cell(*to))
    cell.text = text


def report_docx(gold: dict, path: Path, title: str | None = None) -> Path:
    """Write `gold` (2021 template) as a .docx report at `path`: title, sections, three tables."""
    import docx

    doc = docx.Document()
    doc.add_paragraph(title or f"{gold['agency']}{gold['year']}年政府信息公开工作年度报告")
    doc.add_paragraph("一、总体情况")
    doc.add_paragraph("本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》。")
    doc.add_paragraph("二、主动公开政府信息情况")
    active = gold["active"]
    t = doc.add_table(rows=0, cols=4)
    for heading, cols, keys in [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
        ("第二十条第（五）项", ["本年处理决定数量"], ["行政许可"]),
        ("第二十条第（六）项", ["本年处理决定数量"], ["行政处罚", "行政强制"]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["行政事业性收费"]),
    ]:
        r = len(t.rows)
        for _ in range(2 + len(keys)):
            t.add_row()
        _put(t, r, 0, heading, (r, 3))
        _put(t, r + 1, 0, "信息内容")
        for k, col in enumerate(cols):
            last = 3 if k == len(cols) - 1 else k + 1
            _put(t, r + 1, k + 1, col, (r + 1, last))
        for i, key in enumerate(keys):
            _put(t, r + 2 + i, 0, key)
            for k, col in enumerate(cols):
                last = 3 if k == len(cols) - 1 else k + 1
                _put(t, r + 2 + i, k + 1, _text(active[key][col]), (r + 2 + i, last))
    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    req = gold["requests"]
    keys = list(req)
    t = doc.add_table(rows=3 + len(keys), cols=10)
    _put(t, 0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", (2, 2))
    _put(t, 0, 3, "申请人情况", (0, 9))
    _put(t, 1, 3, "自然人", (2, 3))
    _put(t, 1, 4, "法人或其他组织", (1, 8))
    _put(t, 1, 9, "总计", (2, 9))
    for k, name in enumerate(APPLICANTS):
        _put(t, 2, 4 + k, name)
    outcome = [i for i, key in enumerate(keys) if key.split("/")[0] in GROUPS or key in SINGLE]
    _put(t, 3 + outcome[0], 0, "三、本年度办理结果", (3 + outcome[-1], 0))
    numbers: dict[str, int] = {}
    for i, key in enumerate(keys):
        r = 3 + i
        group, _, sub = key.partition("/")
        if key.startswith(("本年新收", "上年结转", "结转下年度")):
            head = {"本年新收": "一、", "上年结转": "二、", "结转下年度": "四、"}[key[:4] if key[:4] in ("本年新收", "上年结转") else "结转下年度"]
            _put(t, r, 0, head + key, (r, 2))
        elif sub:
            numbers[group] = numbers.get(group, 0) + 1
            if numbers[group] == 1:
                span = [j for j, k2 in enumerate(keys) if k2.startswith(group + "/")]
                _put(t, r, 1, GROUPS[group], (3 + span[-1], 1))
            _put(t, r, 2, f"{numbers[group]}.{sub}")
        else:
            _put(t, r, 1, SINGLE.get(key, GROUPS.get(key, key)), (r, 2))
        for k, col in enumerate(["自然人", *APPLICANTS, "总计"]):
            _put(t, r, 3 + k, _text(req[key][col]))
    doc.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    rev = gold["review_litigation"]
    t = doc.add_table(rows=4, cols=15)
    _put(t, 0, 0, "行政复议", (0, 4))
    _put(t, 0, 5, "行政诉讼", (0, 14))
    _put(t, 1, 5, "未经复议直接起诉", (1, 9))
    _put(t, 1, 10, "复议后起诉", (1, 14))
    for k, col in enumerate(REVIEW_COLS):
        _put(t, 1, k, col, (2, k))
        _put(t, 2, 5 + k, col)
        _put(t, 2, 10 + k, col)
    for g, group in enumerate(["行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"]):
        for k, col in enumerate(REVIEW_COLS):
            _put(t, 3, g * 5 + k, _text(rev[group][col]))
    doc.add_paragraph("五、存在的主要问题及改进情况")
    doc.add_paragraph("政策解读质量仍需提升。")
    doc.add_paragraph("六、其他需要报告的事项")
    doc.add_paragraph("无。")
    doc.save(str(path))
    return path
