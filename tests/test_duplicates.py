"""One agency and year from two files (a corrected version uploaded under another name): both are
kept, the build names both files, and every figure from either file says there are two."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.service import Assistant
from index.cli import cli
from index.store import build_index, open_index

REAL = Path(__file__).resolve().parent / "data" / "reports" / "real"
ORIGINAL = "002_hongze_qu_2023.txt"
CORRECTED = "洪泽区2023年报（更正）.txt"
ROW = "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21"
MESSAGE = (
    f"淮安市洪泽区人民政府 2023年有 2 份报告：{ORIGINAL}、{CORRECTED}。都已入库，统计表有 2 处数字不同，"
    "请核对应以哪一份为准"
)


def _corrected(text: str) -> str:
    assert ROW in text
    return text.replace(ROW, ROW.replace(" 21", " 23"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    shutil.copytree(REAL, reports)
    (reports / CORRECTED).write_text(_corrected((REAL / ORIGINAL).read_text(encoding="utf-8")), encoding="utf-8")
    return reports


def test_index_names_both_files_of_one_agency_and_year_and_keeps_both(folder, tmp_path):
    db = tmp_path / "index.db"
    result = CliRunner().invoke(cli, ["index", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"注意：{MESSAGE}" in result.output
    paths = {r["path"] for r in open_index(db).query("select path from reports where year = 2023")}
    assert paths == {ORIGINAL, CORRECTED}


def test_identical_copies_are_reported_too(tmp_path):
    shutil.copy(REAL / ORIGINAL, tmp_path / "copy.txt")
    summary = build_index(tmp_path / "index.db", [REAL, tmp_path / "copy.txt"])
    [dup] = summary.duplicates
    assert dup.differing == dup.unmatched == 0 and "统计表读出的数字相同" in dup.message
    assert len(dup.paths) == 2


def test_a_figure_from_either_file_warns_that_there_are_two(folder, tmp_path):
    assistant = Assistant(tmp_path / "index.db", folder)
    answer = assistant.answer("洪泽区2023年收到多少政府信息公开申请")
    [figure] = answer.figures
    assert MESSAGE in figure.warnings
    assert MESSAGE in assistant.answer("哪些报告的数据对不上").text
    # both versions are shown, each cited: the figure from one file, the other file's cell beside it
    other = CORRECTED if figure.source.startswith(ORIGINAL) else ORIGINAL
    [beside] = [w for w in figure.warnings if w.startswith("另一份文件")]
    assert other in beside and ("“23”" if other == CORRECTED else "“21”") in beside


def test_uploading_a_corrected_version_under_another_name_says_so(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(REAL, reports)
    assistant = Assistant(tmp_path / "index.db", reports)
    upload = tmp_path / "upload.txt"
    upload.write_text(_corrected((REAL / ORIGINAL).read_text(encoding="utf-8")), encoding="utf-8")
    result = assistant.ingest(upload, CORRECTED)
    assert MESSAGE in result.warnings
