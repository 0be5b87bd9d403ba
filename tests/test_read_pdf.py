"""PDFs with a text layer: read by word positions into the same template logic; bad PDFs say why."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdf_files import pdf_bytes, report_pdf

from index.cli import cli
from index.errors import ReportParseError
from index.normalize import CELL_SEP, is_page_footer
from index.parse import parse_report
from index.readers import read_source
from index.readers.pdf import read_pdf
from index.store import build_index, open_index

DATA = Path(__file__).parent / "data" / "reports"
HUAIAN = DATA / "pdf" / "001_huaian_shi_2024.pdf"


def test_ruled_tables_become_rows_of_cells_with_their_page():
    source = read_source(HUAIAN)
    assert source.format == "pdf" and len(source.pages) == len(source.lines)
    rows = {t.split(CELL_SEP)[0]: (no, t.split(CELL_SEP)) for no, t in source.lines if CELL_SEP in t}
    no, cells = rows["一、本年新收政府信息公开申请数量"]
    assert cells[3:] == ["3001", "53", "0", "0", "61", "4", "3119"]
    assert source.pages[no - 1] == 4
    assert not [t for _, t in source.lines if is_page_footer(t)]


def test_a_table_continued_on_the_next_page_is_read_whole():
    report = parse_report(HUAIAN)
    assert report.format == "pdf"
    # （四）无法提供 starts on page 4 and ends on page 5
    assert report.cell("requests", "无法提供/本机关不掌握相关政府信息", "总计").value == 769
    assert report.cell("requests", "无法提供/没有现成信息需要另行制作", "总计").value == 11
    assert report.cell("requests", "结转下年度继续办理", "总计").value == 103
    assert len(report.cells) == report.expected_cells
    assert report.where(report.cell("requests", "结转下年度继续办理", "总计").line) == "第5页第101行"


def test_a_table_without_ruling_lines_is_rebuilt_by_column_positions_blanks_included(tmp_path):
    gold = json.loads((Path(__file__).parent / "data" / "gold" / "pdf" / "001_huaian_shi_2024.json").read_text("utf-8"))
    gold["requests"]["本年新收政府信息公开申请数量"]["科研机构"] = None  # not printed at all
    gold["review_litigation"]["行政复议"]["尚未审结"] = None  # a column of blanks: only its header shows it
    gold["review_litigation"]["行政复议"]["总计"] = 314
    report = parse_report(report_pdf(gold, tmp_path / "ruleless.pdf"))
    got = {(c.table, c.row, c.col): c.json_value() for c in report.cells}
    expected = {(t, r, c): v for t in ("active", "requests", "review_litigation") for r, cols in gold[t].items() for c, v in cols.items()}
    assert got == expected
    assert not [t for _, t in read_source(tmp_path / "ruleless.pdf").lines if is_page_footer(t)]


def test_pages_beyond_the_cap_are_left_out_and_the_report_says_so():
    source = read_pdf(HUAIAN, max_pages=2)
    assert source.notes == ["PDF 共6页，只读取了前2页，其余4页略去"]
    assert set(source.pages) == {1, 2}


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda: pdf_bytes(encrypted=True), "PDF 已加密（需要密码）"),
        (lambda: HUAIAN.read_bytes()[: HUAIAN.stat().st_size // 2], "PDF 文件已损坏或不完整"),
        (lambda: b"%PDF-1.4\nnot a pdf at all", "PDF 文件已损坏或不完整"),
        (lambda: pdf_bytes(pages=2), "PDF 没有文字层（可能是扫描件或图片）"),
    ],
    ids=["encrypted", "truncated", "garbage", "no-text-layer"],
)
def test_unreadable_pdf_gives_a_clear_error(tmp_path, make, reason):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(make())
    with pytest.raises(ReportParseError) as e:
        parse_report(bad)
    assert reason in e.value.reason
    result = CliRunner().invoke(cli, ["parse", str(bad)])
    assert result.exit_code == 1 and reason in result.output


def test_a_bad_pdf_leaves_the_index_intact(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(DATA / "pdf", reports)
    db = tmp_path / "index.db"
    first = build_index(db, [reports])
    assert first.reports == 3 and not first.failed
    (reports / "zz_encrypted.pdf").write_bytes(pdf_bytes(encrypted=True))
    second = build_index(db, [reports])
    assert [reason for _, reason in second.failed] == ["zz_encrypted.pdf: PDF 已加密（需要密码），无法读取。请上传未加密的版本"]
    assert second.reports == 3 and second.cells == first.cells
    index = open_index(db)
    found = index.execute("select count(*) from cells c join reports r on r.id = c.report_id where r.path like '%.pdf'")
    assert found.fetchone()[0] == first.cells


def test_a_page_whose_text_has_no_unicode_map_is_treated_like_a_scan():
    from types import SimpleNamespace

    from index.readers.pdf import _unmapped_glyphs

    assert _unmapped_glyphs(SimpleNamespace(chars=[{"text": "(cid:12)"}] * 5 + [{"text": "年"}]))
    assert not _unmapped_glyphs(SimpleNamespace(chars=[{"text": "年"}] * 5 + [{"text": "(cid:12)"}]))


@pytest.mark.parametrize("name", ["002_hongze_qu_2023.pdf", "003_hongze_qu_2024.pdf"])
def test_one_printed_other_row_is_read_though_a_header_cell_says_其他(name):
    report = parse_report(DATA / "pdf" / name)  # the header's 其他 column names no row
    assert len(report.cells) == report.expected_cells == 186
    assert report.cell("requests", "其他处理", "总计") is not None


@pytest.mark.parametrize("seed", [0, 1, 3, 5])
def test_a_damaged_pdf_gives_a_clear_error_or_a_report_never_a_crash(tmp_path, seed):
    import random

    rng = random.Random(seed)
    data = bytearray(HUAIAN.read_bytes())
    for _ in range(rng.randint(1, 30)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    if seed % 3 == 0:
        data = data[: rng.randrange(len(data))]
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    try:
        report = parse_report(damaged)
    except ReportParseError as e:
        assert e.reason
        return
    assert all(c.table and c.row and c.col for c in report.cells)
