"""Garbage and truncated input: a clear error or an honest partial result — never a crash, never an invented cell."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.errors import ReportParseError
from index.model import TABLES
from index.parse import parse_report

DATA = Path(__file__).parent / "data"
PAIRS = [
    (DATA / "reports" / g.parent.name / json.loads(g.read_text(encoding="utf-8"))["file"], json.loads(g.read_text(encoding="utf-8")))
    for g in sorted((DATA / "gold").glob("*/*.json"))
    if g.parent.name not in ("pdf", "scan")  # cut as text: the text reports
]
PIECES = st.sampled_from(
    list("0123456789 \t\n、，。（）|<>/一二三四五六七八九十年度本新收申请总计公开自然人行政复议诉讼第条项局市\u00a0\u3000")
    + ["示例局2020年度政府信息公开工作年度报告\n", "三、收到和处理政府信息公开申请情况\n", "四、政府信息公开行政复议、行政诉讼情况\n",
       "一、本年新收政府信息公开申请数量", "二、主动公开政府信息情况\n", "规章", "<table><tr><td>", "</td></tr></table>"]
)
GARBAGE = st.lists(PIECES, max_size=120).map("".join)


def _parse_text(text: str, suffix=".txt"):
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"r{suffix}"
        p.write_text(text, encoding="utf-8")
        return parse_report(p)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GARBAGE, st.sampled_from([".txt", ".md", ".html"]))
def test_garbage_gives_a_clear_error_or_a_report(text, suffix):
    try:
        report = _parse_text(text, suffix)
    except ReportParseError as e:
        assert e.reason  # a reason a person can read
        return
    for c in report.cells:  # whatever was read is placed in the template
        assert c.table in TABLES and c.row and c.col


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PAIRS), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_report_never_invents_a_cell(pair, fraction):
    path, gold = pair
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text = "".join(lines[: int(len(lines) * fraction)])
    try:
        report = _parse_text(text)
    except ReportParseError:
        return
    for c in report.cells:
        expected = gold[c.table].get(c.row, {}).get(c.col, "no such cell")
        got = c.json_value()
        if isinstance(expected, dict):
            expected, got = expected.get("yuan"), (got or {}).get("yuan") if isinstance(got, dict) else got
        assert expected != "no such cell" or c.row == "其他处理", f"{c.table}/{c.row}/{c.col} invented"
        if expected != "no such cell":
            assert (None if got is None else float(got)) == (None if expected is None else float(expected)), (
                f"{path.name} cut at {len(text)} chars: {c.table}/{c.row}/{c.col} = {got}, gold {expected}"
            )
