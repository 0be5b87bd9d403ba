"""Every report with a hand transcription reproduces it: no wrong cell, and a left-out cell is explained."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from index.model import TABLES
from index.parse import parse_report

DATA = Path(__file__).parent / "data"
GOLD = sorted((DATA / "gold").glob("*/*.json"))


def _key(k: str) -> str:
    k = unicodedata.normalize("NFKC", k)
    return "".join(k.replace("“", '"').replace("”", '"').split())


def _value(v):
    if isinstance(v, dict):
        v = v.get("yuan")
    return None if v is None else float(v)


@pytest.fixture(params=GOLD, ids=[f"{p.parent.name}/{p.stem}" for p in GOLD])
def gold_and_report(request):
    gold = json.loads(request.param.read_text(encoding="utf-8"))
    report = parse_report(DATA / "reports" / request.param.parent.name / gold["file"])
    return gold, report


def test_report_reproduces_its_gold_transcription(gold_and_report):
    gold, report = gold_and_report
    out = report.to_json()
    assert _key(out["agency"]) in {_key(a) for a in gold.get("agency_accept", [gold["agency"]])}
    assert out["year"] == gold["year"]
    assert out["template"] == gold["template"]
    uncertain = {_key(u) for u in gold.get("uncertain", [])}
    wrong, missing = [], []
    for table in TABLES:
        got_table = {_key(r): {_key(c): v for c, v in cols.items()} for r, cols in out[table].items()}
        for row, cols in gold[table].items():
            for col, gv in cols.items():
                where = f"{table}/{row}/{col}"
                if _key(where) in uncertain:
                    continue
                got_row = got_table.get(_key(row), {})
                if _key(col) not in got_row:
                    missing.append(where)
                elif _value(got_row[_key(col)]) != _value(gv):
                    wrong.append(f"{where}: gold {gv!r}, parsed {got_row[_key(col)]!r}")
    assert wrong == [], "cells read wrong:\n" + "\n".join(wrong)
    if "seeds" in report.path:
        assert missing == []
    # Each left-out cell is an honest gap: the report says why.
    for where in missing:
        row = where.split("/")[1]
        assert any(row in w for w in report.warnings), f"{where} left out without a warning"


def test_glued_digits_are_split_only_where_arithmetic_or_prose_makes_it_unique(tmp_path):
    report = parse_report(DATA / "reports/real/010_pingtan_2022.txt")
    assert report.cell("requests", "本年新收政府信息公开申请数量", "自然人").value == 71
    assert report.cell("requests", "总计", "总计").value == 75
    # 8855698 reads 15 ways; the prose states 698 现行有效 and 88 制发, which leaves one.
    row = [report.cell("active", "行政规范性文件", c).value for c in ("本年制发件数", "本年废止件数", "现行有效件数")]
    assert row == [88, 55, 698]
    assert any("8855698" in w and "按正文所述" in w for w in report.warnings)
    # Without those sentences the row is left out, and the report says why.
    text = (DATA / "reports/real/010_pingtan_2022.txt").read_text(encoding="utf-8")
    bare = tmp_path / "010_pingtan_2022.txt"
    bare.write_text(text.replace("现行有效行政规范性文件698件", "").replace("规范性文件88件", ""), encoding="utf-8")
    report = parse_report(bare)
    assert report.cell("active", "行政规范性文件", "本年制发件数") is None
    assert any("8855698" in w and "种分法" in w for w in report.warnings)


def test_known_arithmetic_failures_are_reported():
    seed4 = parse_report(DATA / "reports/seeds/004_c04c7de3301b0f26.txt")
    failed = [c.message for c in seed4.checks if c.failed]
    assert any("表四 行政复议" in m and "总计印为0" in m for m in failed)
    seed2 = parse_report(DATA / "reports/seeds/002_aeea62586eba4e0d.txt")
    unknown = [c.message for c in seed2.checks if c.status == "unknown"]
    assert any("（七）总计" in m and "无法核对" in m for m in unknown)


def test_prose_figure_that_contradicts_the_table_is_reported():
    report = parse_report(DATA / "reports/real/003_hongze_qu_2024.txt")
    prose = [c for c in report.checks if c.kind == "prose" and c.failed]
    assert len(prose) == 1 and "17" in prose[0].message and "95" in prose[0].message
    consistent = parse_report(DATA / "reports/real/001_huaian_shi_2024.txt")
    assert [c for c in consistent.checks if c.kind == "prose"] and not [c for c in consistent.checks if c.failed]
