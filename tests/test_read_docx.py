"""Word reports: tables with merged cells read like HTML tables; an old .doc says how to convert it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx_files import report_docx

from index.cli import cli
from index.errors import ReportParseError
from index.model import TABLES
from index.normalize import CELL_SEP
from index.parse import parse_report
from index.readers import read_source

GOLD = Path(__file__).parent / "data" / "gold" / "real"
GOLD_2021 = [p for p in sorted(GOLD.glob("*.json")) if json.loads(p.read_text(encoding="utf-8"))["template"] == "2021"]


def _cells(report) -> dict:
    return {(c.table, c.row, c.col): c.json_value() for c in report.cells}


@pytest.mark.parametrize("gold_path", GOLD_2021, ids=[p.stem for p in GOLD_2021])
def test_docx_rendered_from_a_gold_file_gives_back_every_cell(tmp_path, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = parse_report(report_docx(gold, tmp_path / "report.docx"))
    assert (report.agency, report.year, report.template, report.format) == (gold["agency"], gold["year"], "2021", "docx")
    got = _cells(report)
    expected = {(t, r, c): v for t in TABLES for r, cols in gold[t].items() for c, v in cols.items()}
    assert got == expected


def test_merged_cells_give_their_text_once_and_blanks_elsewhere(tmp_path):
    gold = json.loads(GOLD_2021[0].read_text(encoding="utf-8"))
    source = read_source(report_docx(gold, tmp_path / "report.docx"))
    rows = [t.split(CELL_SEP) for _, t in source.lines if CELL_SEP in t]
    top = next(i for i, r in enumerate(rows) if r[0] == "三、本年度办理结果")
    assert rows[top][1] == "（一）予以公开" and rows[top + 1][0] == ""  # vMerge: text at the top only
    header = next(r for r in rows if "申请人情况" in r)
    assert header[3] == "申请人情况" and header[4:] == [""] * 6  # gridSpan 7
    secrets = next(r for r in rows if r[2:3] == ["2.其他法律行政法规禁止公开"])
    assert secrets[:2] == ["", ""]


def test_a_blank_word_cell_stays_blank(tmp_path):
    gold = json.loads(GOLD_2021[0].read_text(encoding="utf-8"))
    gold["requests"]["本年新收政府信息公开申请数量"]["科研机构"] = None
    report = parse_report(report_docx(gold, tmp_path / "report.docx"))
    cell = report.cell("requests", "本年新收政府信息公开申请数量", "科研机构")
    assert cell is not None and cell.value is None


@pytest.mark.parametrize("name", ["old.doc", "OLD.DOC"])
def test_an_old_word_file_says_how_to_convert_it(tmp_path, name):
    old = tmp_path / name
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(ReportParseError) as e:
        parse_report(old)
    assert "另存为" in e.value.reason and "libreoffice --headless --convert-to docx" in e.value.reason
    result = CliRunner().invoke(cli, ["parse", str(old)])
    assert result.exit_code == 1 and "旧版 Word（.doc）" in result.output


def test_a_damaged_docx_gives_a_clear_error(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReportParseError) as e:
        parse_report(bad)
    assert "Word 文件已损坏、设置了密码或不是 .docx 格式" in e.value.reason


def test_tables_inside_content_controls_are_read(tmp_path):
    import docx
    from docx.oxml.ns import qn
    from lxml import etree

    gold = json.loads(GOLD_2021[0].read_text(encoding="utf-8"))
    path = report_docx(gold, tmp_path / "report.docx")
    document = docx.Document(str(path))
    body = document.element.body
    for table in body.findall(qn("w:tbl")):  # wrap every table in <w:sdt><w:sdtContent>
        sdt = etree.SubElement(body, qn("w:sdt"))
        table.addprevious(sdt)
        content = etree.SubElement(sdt, qn("w:sdtContent"))
        content.append(table)
    document.save(str(path))
    assert len(parse_report(path).cells) == 200


def test_an_old_word_file_in_a_folder_is_listed_with_how_to_convert_it(tmp_path):
    from index.store import build_index

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(64))
    summary = build_index(tmp_path / "index.db", [reports])
    [(key, reason)] = summary.failed
    assert key == "old.doc" and "libreoffice --headless --convert-to docx" in reason


def test_a_table_pasted_as_a_picture_into_word_is_read_by_ocr(tmp_path):
    import docx

    doc = docx.Document()
    for text in ["淮安市人民政府2024年政府信息公开工作年度报告", "一、总体情况", "本年度情况良好。"]:
        doc.add_paragraph(text)
    doc.add_paragraph().add_run().add_picture(str(Path(__file__).parent / "data" / "images" / "review_table.png"))
    doc.add_paragraph("五、存在的主要问题及改进情况")
    doc.save(str(tmp_path / "report.docx"))
    report = parse_report(tmp_path / "report.docx")
    review = {(c.row, c.col): c.value for c in report.cells if c.table == "review_litigation" and c.ocr}
    assert len(review) == 15 and review[("行政诉讼/未经复议直接起诉", "总计")] == 26
