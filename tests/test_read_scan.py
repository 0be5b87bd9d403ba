"""Scans and images: OCR boxes placed by the ruling lines; an OCR cell is kept only where the report's
own arithmetic confirms it. (The scanned PDF's golden test is in test_parse_gold.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from index import parse
from index.errors import ReportParseError
from index.normalize import CELL_SEP
from index.readers import Source, read_source

DATA = Path(__file__).parent / "data"
REAL = DATA / "reports" / "real" / "001_huaian_shi_2024.txt"


def test_an_image_of_a_table_is_read_into_rows_of_cells_by_its_ruling_lines():
    source = read_source(DATA / "images" / "review_table.png")
    assert source.format == "image" and source.ocr_lines == frozenset(n for n, _ in source.lines)
    rows = [t.split(CELL_SEP) for _, t in source.lines if CELL_SEP in t]
    assert ["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"] in rows
    header = next(r for r in rows if r[0] == "行政复议")
    assert header[5] == "行政诉讼" and len(header) == 15  # a merged header cell widened to the grid


def _as_if_ocr(monkeypatch, text: str) -> None:
    """Parse `text` as though every line of it had been read by OCR."""
    lines = list(enumerate(text.splitlines(), start=1))
    source = Source(lines, "pdf", ["（测试）"], [], frozenset(n for n, _ in lines))
    monkeypatch.setattr(parse, "read_source", lambda path, progress=None: source)


def test_an_ocr_cell_is_kept_only_where_the_reports_arithmetic_confirms_it(monkeypatch):
    text = REAL.read_text(encoding="utf-8")
    misread = text.replace("7.属于行政执法案卷 9 0 0 0 0 0 9", "7.属于行政执法案卷 6 0 0 0 0 0 9")
    assert misread != text
    _as_if_ocr(monkeypatch, misread)
    report = parse.parse_report(REAL)
    assert report.cell("requests", "不予公开/属于行政执法案卷", "自然人") is None  # 6 is in no sum that holds
    kept = report.cell("requests", "不予公开/属于行政执法案卷", "总计")
    assert kept.value == 9 and kept.ocr  # its column adds up to （七）总计
    assert report.cell("requests", "本年新收政府信息公开申请数量", "自然人").ocr
    assert not [c for c in report.cells if c.table == "active"]  # 表二 has no sums to confirm it
    assert all(c.ocr for c in report.cells)
    assert any("表三 不予公开/属于行政执法案卷/自然人" in w for w in report.warnings)
    assert not [c for c in report.checks if c.failed]
    assert "requests/不予公开/属于行政执法案卷/总计" in report.to_json()["ocr_cells"]


def test_a_scanned_page_without_a_table_or_text_gives_a_clear_error(tmp_path):
    from pdf_files import pdf_bytes

    blank = tmp_path / "blank.pdf"
    blank.write_bytes(pdf_bytes(pages=1))
    with pytest.raises(ReportParseError, match="PDF 没有文字层"):
        parse.parse_report(blank)


def test_an_image_that_is_not_one_gives_a_clear_error(tmp_path):
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8 not a jpeg")
    with pytest.raises(ReportParseError, match="图片文件已损坏或格式无法识别"):
        parse.parse_report(bad)


@pytest.mark.parametrize(
    "read, meant", [("O", "0"), ("1O", "10"), ("l2", "12"), ("3119", "3119"), ("总计", "总计"), ("Office", "Office")]
)
def test_letters_ocr_reads_in_a_figure_are_taken_as_digits(read, meant):
    from index.readers.ocr import digits_as_read

    assert digits_as_read(read) == meant


def test_ocr_pages_are_capped_and_the_report_says_which_were_left(tmp_path, monkeypatch):
    from pdf_files import pdf_bytes

    from index.readers import ocr, pdf

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_bytes(pages=3))
    monkeypatch.setattr(pdf, "MAX_OCR_PAGES", 1)
    monkeypatch.setattr(ocr, "image_to_lines", lambda image: ["一、总体情况"])  # no engine: the cap only
    source = pdf.read_pdf(scan)
    assert source.lines == [(1, "一、总体情况")] and source.ocr_lines == {1}
    assert "OCR 最多识别1页，第2、3页未识别" in source.notes


def test_a_table_pasted_as_a_picture_into_a_text_pdf_is_read_by_ocr(tmp_path):
    from pdf_files import pdf_with_picture

    path = pdf_with_picture(DATA / "images" / "review_table.png", tmp_path / "report.pdf", "淮安市人民政府2024年政府信息公开工作年度报告")
    report = parse.parse_report(path)
    assert (report.agency, report.year) == ("淮安市人民政府", 2024)
    review = {(c.row, c.col): c.value for c in report.cells if c.table == "review_litigation" and c.ocr}
    assert review[("行政复议", "总计")] == 351 and review[("行政诉讼/复议后起诉", "尚未审结")] == 6
    assert len(review) == 15
    assert any("表格是图片，由 OCR 识别" in w for w in report.warnings)


def test_an_answer_says_when_its_figure_was_read_by_ocr(monkeypatch, tmp_path):
    from bot.gather import OCR_NOTE
    from bot.service import Assistant
    from index.store import build_index

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / REAL.name).write_text(REAL.read_text(encoding="utf-8"), encoding="utf-8")
    _as_if_ocr(monkeypatch, REAL.read_text(encoding="utf-8"))
    build_index(tmp_path / "index.db", [folder])  # in this process: the OCR'd reading above is what is stored
    answer = Assistant(tmp_path / "index.db", folder).answer("淮安市政府2024年收到多少申请")
    [figure] = answer.figures
    assert figure.value == 3119 and OCR_NOTE in figure.warnings
    assert "⚠ 此格由扫描件 OCR 识别" in answer.text
