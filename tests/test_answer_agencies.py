"""Which agency a question names, over a small index built from report files written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Assistant

TEMPLATE = """{name}
{year}年政府信息公开工作年度报告
一、总体情况
无。
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量\t{n}\t0\t0\t0\t0\t0\t{n}
四、政府信息公开行政复议、行政诉讼情况
{review}
五、存在的主要问题及改进情况
无。
"""


def write_report(folder: Path, name: str, year: int, n: int, file: str) -> None:
    review = "\t".join(["0"] * 15)
    (folder / file).write_text(TEMPLATE.format(name=name, year=year, n=n, review=review), encoding="utf-8")


@pytest.fixture
def assistant(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    write_report(reports, "扬州市自然资源局", 2021, 5, "a.txt")
    write_report(reports, "扬州市自然资源和规划局", 2021, 20, "b.txt")
    write_report(reports, "上虞區衛生健康局", 2022, 7, "c.txt")
    write_report(reports, "上虞区卫生健康局", 2023, 9, "d.txt")
    return Assistant(tmp_path / "index.db", reports)


def test_an_agency_named_by_its_own_name_is_not_confused_with_an_abbreviated_one(assistant):
    ans = assistant.answer("扬州市自然资源局2021年收到多少申请")
    assert ans.kind == "figure"
    assert (ans.figures[0].agency, ans.figures[0].value) == ("扬州市自然资源局", 5)


def test_a_department_word_shared_by_two_agencies_is_asked_back(assistant):
    ans = assistant.answer("扬州自然资源收到多少申请")
    assert ans.kind == "clarify"
    assert {o.label for o in ans.options} == {"扬州市自然资源局", "扬州市自然资源和规划局"}


def test_traditional_and_simplified_spellings_are_one_agency(assistant):
    ans = assistant.answer("上虞区卫生健康局历年收到的申请")
    assert ans.kind == "table"
    assert [(f.year, f.value) for f in ans.figures] == [(2022, 7), (2023, 9)]
    assert {f.agency for f in ans.figures} == {"上虞区卫生健康局"}


def test_the_same_agency_named_twice_is_answered_once(assistant):
    ans = assistant.answer("比较扬州市自然资源局和扬州市自然资源局的申请")
    assert ans.kind == "figure" and ans.figures[0].value == 5
