"""Titles as agencies print them: year first, wrapped, spaced, under a portal's header; an agency is a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from index.cli import cli
from index.parse import parse_report

REAL = Path(__file__).parent / "data" / "reports" / "real" / "001_huaian_shi_2024.txt"
BODY = REAL.read_text(encoding="utf-8").split("\n", 2)[2]  # the report without its two title lines

PORTAL = """淮安市人民政府门户网站
首页 > 政务公开 > 政府信息公开年报
无障碍 | 长者模式
当前位置：首页 > 信息公开 > 政府信息公开工作年度报告
发布时间：2025-01-20 来源：市政府办公室 浏览次数：123
【字体：大 中 小】【打印】
"""


def _report(tmp_path: Path, head: str, name: str = "report.txt"):
    path = tmp_path / name
    path.write_text(head + BODY, encoding="utf-8")
    return parse_report(path)


@pytest.mark.parametrize(
    "head, agency, year",
    [
        ("2019年淮安市人民政府办公厅政府信息公开工作年度报告\n", "淮安市人民政府办公厅", 2019),
        ("2023年度淮安市财政局政府信息公开工作年度报告\n", "淮安市财政局", 2023),
        ("2025 年淮安市财政局政府信息公开\n工作年度报告\n", "淮安市财政局", 2025),
        ("淮安市人民政府 2024 年度政府信息公开工作年度报告\n", "淮安市人民政府", 2024),
        (PORTAL + "淮安市人民政府2024年政府信息公开工作年度报告\n", "淮安市人民政府", 2024),
        ("淮安市生态环境局\n2024 年政府信息公开工作年度报告\n", "淮安市生态环境局", 2024),
        ("淮 安 市 人 民 政 府 2 0 2 4 年 政 府 信 息 公 开 工 作 年 度 报 告\n", "淮安市人民政府", 2024),
    ],
    ids=["year-first", "year-first-年度", "wrapped-spaced-year", "spaced-year", "portal-header", "agency-line-above", "letter-spaced"],
)
def test_title_gives_agency_and_year(tmp_path, head, agency, year):
    report = _report(tmp_path, head)
    assert (report.agency, report.year) == (agency, year)
    assert len(report.cells) == report.expected_cells == 200


def test_a_sentence_is_never_an_agency_and_the_tables_are_still_read(tmp_path):
    head = "根据《中华人民共和国政府信息公开条例》和《江苏省政府信息公开工作年度报告格式》，现公布2024年报告如下。\n"
    report = _report(tmp_path, head)
    assert report.agency is None
    assert report.year == 2024  # the statistics period: 自2024年1月1日至2024年12月31日
    assert len(report.cells) == 200
    assert "找不到报告单位（标题前后应有单位名称）；表格照常读出" in report.warnings


def test_the_file_name_supplies_what_the_title_does_not_say(tmp_path):
    report = _report(tmp_path, "政府信息公开工作年度报告\n", name="淮安市财政局2024年政府信息公开工作年度报告.txt")
    assert (report.agency, report.year) == ("淮安市财政局", 2024)


def test_a_report_without_agency_is_indexed_once_a_name_is_supplied(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "report.txt").write_text("政府信息公开工作年度报告\n" + BODY, encoding="utf-8")
    db = tmp_path / "index.db"
    runner = CliRunner()
    parsed = runner.invoke(cli, ["parse", str(reports / "report.txt")])
    assert parsed.exit_code == 0 and "单位：（未识别）  年份：2024" in parsed.output and "读出单元格 200/200" in parsed.output

    refused = runner.invoke(cli, ["index", str(reports), "--db", str(db)])
    assert refused.exit_code == 1
    assert "report.txt: 找不到报告单位，未入库（表格已读出 200/200 个单元格）" in refused.stderr
    assert "--agency" in refused.stderr

    named = runner.invoke(cli, ["index", str(reports), "--db", str(db), "--agency", "淮安市财政局"])
    assert named.exit_code == 0, named.output
    assert "共 1 份报告，单元格 200 个" in named.output
    again = runner.invoke(cli, ["index", str(reports), "--db", str(db)])  # the name stays with the unchanged file
    assert again.exit_code == 0 and "未变 1" in again.output
