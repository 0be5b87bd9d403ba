"""Checks of a report's own arithmetic, and of its prose against its tables.

Each check says in Chinese what was expected and what is printed. A blank or unread total is
"无法核对" (status unknown), never a failure. The year-to-year check needs two reports and runs
at index time (index/store.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from index import templates as tpl
from index.model import ACTIVE, REQUESTS, REVIEW, Check, Report


def _fmt(v) -> str:
    if v is None:
        return "空"
    if isinstance(v, Decimal):
        return f"{v.normalize():f}" if v == v.to_integral_value() else str(v)
    return str(v)


def _get(report: Report, table: str, row: str, col: str):
    """(found, value): value None for a blank cell."""
    c = report.cell(table, row, col)
    if c is None:
        return False, None
    return True, c.value if isinstance(c.value, Decimal) or c.value is None else None


def _sum_check(report, table, name, parts, total, label_parts, label_total) -> Check:
    """parts (list of (row, col)) should add up to total (row, col)."""
    cells = [(table, r, c) for r, c in parts] + [(table, *total)]
    got = [_get(report, table, r, c) for r, c in parts]
    found_t, t = _get(report, table, *total)
    if not found_t or not all(f for f, _ in got):
        return Check("arithmetic", table, name, "unknown", f"{name}：有单元格未能读出，无法核对", cells)
    s = sum((v for _, v in got if v is not None), Decimal(0))
    shown = " + ".join(f"{lp}{_fmt(v)}" for lp, (_, v) in zip(label_parts, got, strict=True))
    if t is None:
        if s == 0:
            return Check("arithmetic", table, name, "ok", f"{name}：各项与{label_total}均为空或0", cells)
        return Check(
            "arithmetic", table, name, "unknown", f"{name}：{label_total}为空，无法核对（{shown} = {_fmt(s)}）", cells
        )
    if s == t:
        return Check("arithmetic", table, name, "ok", f"{name}：{shown} = {_fmt(s)}，与{label_total}一致", cells)
    return Check(
        "arithmetic", table, name, "fail", f"{name}：{shown} = {_fmt(s)}，但{label_total}印为{_fmt(t)}", cells
    )


_SHORT = {
    "本年新收政府信息公开申请数量": "本年新收",
    "上年结转政府信息公开申请数量": "上年结转",
    "结转下年度继续办理": "结转下年度",
    "总计": "（七）总计",
}


_TABLE_SHORT = {ACTIVE: "表二", REQUESTS: "表三", REVIEW: "表四"}
# A count this large is a typo or garbage, not an agency's year (the whole country receives fewer).
ABSURD_COUNT = Decimal(10) ** 9


def value_checks(report: Report) -> list[Check]:
    """Values the template cannot hold, kept as printed but flagged: a negative number (except in a
    增/减 column), a count (件, 项) that is not whole or is absurdly large."""
    out = []
    for c in report.cells:
        v = c.value
        if not isinstance(v, Decimal) or "增" in c.col:
            continue
        where = f"{_TABLE_SHORT.get(c.table, c.table)} {c.row.replace('/', '·')}·{c.col}（第{c.line}行）印为“{c.raw}”"
        count = c.unit in ("件", "项")
        if v < 0:
            problem = f"{'件数' if count else '金额'}不能为负数"
        elif count and v != v.to_integral_value():
            problem = "件数应为整数"
        elif count and v >= ABSURD_COUNT:
            problem = f"件数大得不合常理（超过{_fmt(ABSURD_COUNT)}）"
        else:
            continue
        out.append(Check("value", c.table, "数值合理", "fail", f"{where}：{problem}，按原样保留，请核对原件", [(c.table, c.row, c.col)]))
    return out


def replaced_byte_checks(report: Report, bad_lines: list[int]) -> list[Check]:
    """Figures printed on or next to a line with undecodable bytes (replaced by U+FFFD) may be wrong."""
    out = []
    for line in bad_lines:
        near = [(c.table, c.row, c.col) for c in report.cells if abs(c.line - line) <= 1]
        if near:
            message = f"第{line}行有无法解码的字节（已替换为“\ufffd”），该行附近的数字可能不准，请核对原件"
            out.append(Check("encoding", near[0][0], "字节可解码", "fail", message, near))
    return out


def arithmetic_checks(report: Report) -> list[Check]:
    out: list[Check] = []
    rows = sorted({c.row for c in report.cells if c.table == REQUESTS}, key=_row_order(report))
    if rows:
        for col in tpl.REQUEST_COLS:
            out.append(_balance(report, col))
        outcome = [r for r in rows if r.startswith(tpl.OUTCOME_PREFIXES)]
        for col in tpl.REQUEST_COLS:
            out.append(
                _sum_check(
                    report,
                    REQUESTS,
                    f"表三 办理结果各项之和等于（七）总计（{col}列）",
                    [(r, col) for r in outcome],
                    ("总计", col),
                    [_short(r) for r in outcome],
                    f"（七）总计{col}列",
                )
            )
        for r in rows:
            out.append(
                _sum_check(
                    report,
                    REQUESTS,
                    f"表三“{_short(r)}”行 各类申请人之和等于总计",
                    [(r, c) for c in tpl.REQUEST_COLS[:-1]],
                    (r, "总计"),
                    tpl.REQUEST_COLS[:-1],
                    "总计",
                )
            )
    for group in tpl.REVIEW_GROUPS:
        if any(c.table == REVIEW and c.row == group for c in report.cells):
            out.append(
                _sum_check(
                    report,
                    REVIEW,
                    f"表四 {group.replace('/', '·')} 各项之和等于总计",
                    [(group, c) for c in tpl.REVIEW_COLS[:-1]],
                    (group, "总计"),
                    tpl.REVIEW_COLS[:-1],
                    "总计",
                )
            )
    return out


def _short(row: str) -> str:
    return _SHORT.get(row, row.split("/")[-1])


def _row_order(report: Report):
    order = {s.key: i for i, s in enumerate(tpl.all_request_specs())}
    return lambda r: order.get(r, 99)


def _balance(report: Report, col: str) -> Check:
    """一 + 二 = （七）总计 + 四, in one column."""
    name = f"表三 一+二=（七）总计+四（{col}列）"
    keys = ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "总计", "结转下年度继续办理"]
    cells = [(REQUESTS, k, col) for k in keys]
    got = [_get(report, REQUESTS, k, col) for k in keys]
    if not all(f for f, _ in got):
        return Check("arithmetic", REQUESTS, name, "unknown", f"{name}：有单元格未能读出，无法核对", cells)
    new, carried, total, forward = (v for _, v in got)
    z = Decimal(0)
    left = (new or z) + (carried or z)
    if total is None:
        if left == 0 and forward is None:
            return Check("arithmetic", REQUESTS, name, "ok", f"{name}：均为空或0", cells)
        return Check(
            "arithmetic",
            REQUESTS,
            name,
            "unknown",
            f"{name}：（七）总计为空，无法核对（本年新收{_fmt(new)} + 上年结转{_fmt(carried)} = {_fmt(left)}）",
            cells,
        )
    right = total + (forward or z)
    msg = (
        f"本年新收{_fmt(new)} + 上年结转{_fmt(carried)} = {_fmt(left)}，"
        f"（七）总计{_fmt(total)} + 结转下年度{_fmt(forward)} = {_fmt(right)}"
    )
    if left == right:
        return Check("arithmetic", REQUESTS, name, "ok", f"{name}：{msg}", cells)
    return Check("arithmetic", REQUESTS, name, "fail", f"{name}：{msg}，两边不等", cells)


# ---------------------------------------------------------------------------------------------
# Prose vs table

_NUM = r"(\d[\d,]*)"
_PROSE_RULES = [
    (
        "申请数",
        re.compile(r"(?:受理|收到|新收|接收)[^。；;，,\d]{0,24}?(?:信息)?(?:依申请)?公开(?:的)?申请(?:共|合计)?\s*" + _NUM + r"\s*(?:件|个|份|条)"),
        REQUESTS,
    ),
    ("行政复议", re.compile(r"行政复议(?:案件|申请)?(?:共|合计)?\s*" + _NUM + r"\s*(?:件|起|个)"), REVIEW),
    ("行政诉讼", re.compile(r"行政诉讼(?:案件)?(?:共|合计)?\s*" + _NUM + r"\s*(?:件|起|个)"), REVIEW),
]


def prose_checks(report: Report, prose: str) -> list[Check]:
    out = []
    flat = re.sub(r"\s+", "", prose)
    for what, rx, table in _PROSE_RULES:
        for m in rx.finditer(flat):
            stated = Decimal(m.group(1).replace(",", ""))
            out.append(_prose_check(report, what, stated, table))
            break  # the first statement is the headline figure
    return [c for c in out if c is not None]


def _prose_check(report: Report, what: str, stated: Decimal, table: str) -> Check | None:
    def val(t, r, c):
        found, v = _get(report, t, r, c)
        return v if found else None

    if what == "申请数":
        new = val(REQUESTS, "本年新收政府信息公开申请数量", "总计")
        carried = val(REQUESTS, "上年结转政府信息公开申请数量", "总计") or Decimal(0)
        done = val(REQUESTS, "总计", "总计")
        cells = [(REQUESTS, "本年新收政府信息公开申请数量", "总计")]
        if new is None:
            return None
        ok = stated in {new, new + carried, done}
        label = "正文所述收到/受理申请数与表三本年新收"
        table_fig = f"本年新收{_fmt(new)}件" + (f"（含上年结转共{_fmt(new + carried)}件）" if carried else "")
    else:
        groups = ["行政复议"] if what == "行政复议" else ["行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"]
        vals = [val(REVIEW, g, "总计") for g in groups]
        if any(v is None for v in vals):
            return None
        total = sum(vals, Decimal(0))
        parts = sum(
            (val(REVIEW, g, c) or Decimal(0) for g in groups for c in tpl.REVIEW_COLS[:-1]), Decimal(0)
        )
        ok = stated in {total, parts}
        cells = [(REVIEW, g, "总计") for g in groups]
        label = f"正文所述{what}件数与表四"
        table_fig = f"{what}总计{_fmt(total)}件"
    status = "ok" if ok else "fail"
    verdict = "一致" if ok else "不一致"
    return Check("prose", table, label, status, f"{label}{verdict}：正文写{_fmt(stated)}件，表中{table_fig}", cells)


def blank_total_hides_figures(check: Check | dict) -> bool:
    """A "cannot check" worth reporting: the total is printed blank although its parts add up to
    something (seed 002's blank （七）总计 row). Only the 总计 column and 表四 speak for a table."""
    status = check.status if isinstance(check, Check) else check["status"]
    message = check.message if isinstance(check, Check) else check["message"]
    if status != "unknown" or "为空，无法核对" not in message:
        return False
    if "总计列" not in message and not message.startswith("表四"):
        return False
    m = re.search(r"= (-?\d[\d.]*)）$", message)
    return bool(m) and Decimal(m.group(1)) != 0
