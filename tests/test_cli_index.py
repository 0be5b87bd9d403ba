"""`reportbot index | search | check`, run in-process: exit codes and the exact text users read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from index.cli import cli

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "reports" / "real"
N_SAMPLE = len(list((ROOT / "data" / "reports").glob("*.txt")))


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="reportbot")


def test_index_builds_then_reports_nothing_changed(reports_dir, tmp_path):
    db = tmp_path / "out" / "index.db"
    first = run("index", reports_dir, "--db", db)
    assert first.exit_code == 0, first.output
    assert "已重建全部索引。" in first.output
    assert f"新增 {N_SAMPLE}，更新 0，未变 0，删除 0，失败 0；共 {N_SAMPLE} 份报告" in first.output
    assert "单元格" in first.output and "核对不符" in first.output

    second = run("index", reports_dir, "--db", db, "--jobs", "2")
    assert second.exit_code == 0, second.output
    assert f"新增 0，更新 0，未变 {N_SAMPLE}，删除 0，失败 0" in second.output
    assert "已重建" not in second.output


def test_index_lists_a_malformed_file_with_its_reason_and_exits_1(reports_dir, tmp_path):
    (reports_dir / "bad.txt").write_text("这不是年报\n只是一些文字\n", encoding="utf-8")
    db = tmp_path / "index.db"
    result = run("index", reports_dir, "--db", db)
    assert result.exit_code == 1
    assert f"新增 {N_SAMPLE}，更新 0，未变 0，删除 0，失败 1" in result.output
    failure_lines = [line for line in result.stderr.splitlines() if line.startswith("bad.txt")]
    assert len(failure_lines) == 1 and failure_lines[0].startswith("bad.txt: ")
    # the others are searchable
    assert run("search", "双随机", "--db", db).exit_code == 0


def test_index_rejects_a_missing_path_before_touching_the_index(tmp_path):
    result = run("index", tmp_path / "nowhere", "--db", tmp_path / "index.db")
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert not (tmp_path / "index.db").exists()


def test_search_prints_agency_year_section_snippet_and_source(sample_db):
    result = run("search", "双随机", "一公开", "--db", sample_db, "--limit", "1")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("1. ") and "2020年 · 一、总体情况" in lines[0]
    assert "【双随机】" in lines[1] and "【一公开】" in lines[1]
    assert lines[2].startswith("   出处：") and ".txt:" in lines[2]


def test_search_with_no_hits_says_so_and_exits_0(sample_db):
    result = run("search", "萤火虫", "--db", sample_db)
    assert result.exit_code == 0
    assert result.output == "没有找到包含“萤火虫”的段落。可以换个说法，或减少关键词。\n"


@pytest.mark.parametrize("text", ['"', "NEAR(", ")", "OR", "*", "'; DROP TABLE reports; --"])
def test_search_survives_fts_syntax(sample_db, text):
    result = run("search", text, "--db", sample_db)
    assert result.exit_code == 0, result.output
    assert result.exception is None


def test_search_without_an_index_says_how_to_build_one(tmp_path):
    db = tmp_path / "index.db"
    result = run("search", "双随机", "--db", db)
    assert result.exit_code == 1
    assert (
        result.output
        == f"Error: 索引文件 {db} 不存在，请运行 reportbot index data/reports --db {db} 建立索引\n"
    )


def test_search_on_an_outdated_index_says_to_rebuild(sample_db, tmp_path, monkeypatch):
    from index import store

    monkeypatch.setattr(store, "FINGERPRINT", "another-pipeline")
    result = run("search", "双随机", "--db", sample_db)
    assert result.exit_code == 1
    assert result.output == "Error: 索引由旧的分词流程生成，请运行 reportbot index 重建\n"


def test_check_lists_each_report_with_failed_checks_and_exits_0(tmp_path):
    folder = tmp_path / "hongze"
    folder.mkdir()
    shutil.copy(REAL / "003_hongze_qu_2024.txt", folder)
    text = (REAL / "002_hongze_qu_2023.txt").read_text(encoding="utf-8")
    text = text.replace("四、结转下年度继续办理 0 0 0 0 0 0 0", "四、结转下年度继续办理 3 0 0 0 0 0 3")
    (folder / "002_hongze_qu_2023.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "index.db"
    assert run("index", folder, "--db", db).exit_code == 0

    result = run("check", "--db", db)
    assert result.exit_code == 0, result.output
    assert "淮安市洪泽区人民政府 2024年（003_hongze_qu_2024.txt）" in result.output
    assert "  ✗ 2024年报告“上年结转政府信息公开申请数量”（总计）为0" in result.output
    assert "002_hongze_qu_2023.txt:103" in result.output
    assert result.output.splitlines()[-1].startswith("共 ")


def test_check_on_a_clean_index_says_all_passed(tmp_path):
    db = tmp_path / "index.db"
    assert run("index", REAL / "001_huaian_shi_2024.txt", "--db", db).exit_code == 0
    result = run("check", "--db", db)
    assert result.exit_code == 0
    assert result.output == "全部 1 份报告核对通过。\n"


@pytest.mark.parametrize("command", ["index", "search", "check"])
def test_index_commands_have_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and f"reportbot {command}" in result.output
