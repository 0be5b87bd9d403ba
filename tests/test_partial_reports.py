"""A report cut off inside 表三 is indexed with what could be read, and the index summary says how
many of the template's cells were read, how many are missing, and why."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from bot import telegram_render
from index.cli import cli
from index.store import build_index

REAL = Path(__file__).resolve().parent / "data" / "reports" / "real" / "002_hongze_qu_2023.txt"


def _cut_inside_table_3(folder: Path) -> Path:
    lines = REAL.read_text(encoding="utf-8").splitlines()
    assert "其他法律行政" in lines[72]  # line 73: within 表三, among the 不予公开 rows
    cut = folder / "cut_2023.txt"
    cut.write_text("\n".join(lines[:73]) + "\n", encoding="utf-8")
    return cut


def test_the_summary_lists_a_report_cut_off_inside_table_3_with_cells_read_missing_and_why(tmp_path):
    cut = _cut_inside_table_3(tmp_path)
    result = CliRunner().invoke(cli, ["index", str(cut), "--db", str(tmp_path / "index.db")])
    assert result.exit_code == 0, result.output
    assert "部分读出的报告 1 份（读不准的单元格已略去，不作猜测）：" in result.output
    line = next(x for x in result.output.splitlines() if x.strip().startswith(cut.as_posix()))
    assert "：读出 52/200 个单元格，缺 148 个。原因：表三第73行之后有0行数字，但模板在此处应有19行" in line
    assert "找不到表四（行政复议、行政诉讼），该表单元格全部略去" in line


def test_the_summary_lists_every_partial_report_in_the_index_not_only_the_ones_just_parsed(tmp_path):
    cut = _cut_inside_table_3(tmp_path)
    db = tmp_path / "index.db"
    build_index(db, [tmp_path])
    again = build_index(db, [tmp_path])
    assert again.unchanged == 1
    [partial] = again.partial
    assert (partial.path, partial.read, partial.expected, partial.missing) == (cut.name, 52, 200, 148)


def test_the_reindex_reply_in_telegram_names_partial_reports(tmp_path):
    _cut_inside_table_3(tmp_path)
    summary = build_index(tmp_path / "index.db", [tmp_path])
    assert "1 份年报部分读出：cut_2023.txt 读出 52/200" in telegram_render.reindex_done(summary)


def test_the_reindex_reply_stays_within_one_telegram_message_however_many_reports_are_partial(tmp_path):
    from index.duplicates import Duplicate
    from index.store import IndexSummary, PartialReport

    summary = IndexSummary(
        reports=400,
        partial=[PartialReport(f"{i:03d}_很长的文件名_{'甲' * 40}.txt", 52, 200, ["表三缺行"]) for i in range(200)],
        duplicates=[Duplicate(f"单位{i}", 2023, [f"{i}_a.txt", f"{i}_b.txt"], 3) for i in range(200)],
    )
    text = telegram_render.reindex_done(summary)
    assert len(text) <= 4096
    assert "另有 195 个单位年度也有多份报告（/checks 查看）" in text
