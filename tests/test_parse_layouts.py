"""One small inline report per layout the parser must read, and the inputs it must refuse."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from index.errors import ReportParseError, UnsupportedTemplate
from index.parse import parse_report

HEAD = "示例市交通运输局\n2021年政府信息公开工作年度报告\n一、总体情况\n本年度受理政府信息公开申请12件。\n"
TAIL = "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n"


def write(tmp_path: Path, text: str, name="r.txt", encoding="utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def val(report, table, row, col):
    c = report.cell(table, row, col)
    return "absent" if c is None else c.value


def test_pdf_text_with_numbers_before_label_tails_and_page_footers(tmp_path):
    text = HEAD + (
        "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
        "规章 1 0 11\n- 2 -\n行政规范性文件 8 26 66\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 447\n"
        "三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量 10 2 0 0 0 0 12\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n"
        "（一）予以公开 5 1 0 0 0 0 6\n（二）部分公开（区分处理的，只计这一情\n4 1 0 0 0 0 5\n形，不计其他情形）\n"
        "1 0 0 0 0 0 1\n1.属于国家秘密\n- 3 -\n本 2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n"
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果 结果 其他 尚未 总计\n"
        "1 0 0 0 1 0 0 0 0 0 2 0 0 0 2\n"
    ) + TAIL
    r = parse_report(write(tmp_path, text))
    assert (r.agency, r.year, r.template) == ("示例市交通运输局", 2021, "2021")
    assert val(r, "active", "规章", "现行有效件数") == 11
    assert val(r, "active", "行政规范性文件", "本年废止件数") == 26
    assert val(r, "active", "行政许可", "本年处理决定数量") == 447
    assert val(r, "requests", "部分公开", "总计") == 5  # numbers on the line between the label's parts
    assert val(r, "requests", "不予公开/属于国家秘密", "自然人") == 1  # numbers before the label
    assert val(r, "review_litigation", "行政诉讼/复议后起诉", "结果维持") == 2
    assert val(r, "review_litigation", "行政复议", "总计") == 1


def test_rows_between_anchors_are_not_guessed_when_counts_disagree(tmp_path):
    text = HEAD + (
        "三、收到和处理政府信息公开申请情况\n"
        "（一）予以公开 5 1 0 0 0 0 6\n3 0 0 0 0 0 3\n4 0 0 0 0 0 4\n9 0 0 0 0 0 9\n1 0 0 0 0 0 1\n"
        "3.危及“三安全一稳定” 0 0 0 0 0 0 0\n"
    ) + TAIL
    r = parse_report(write(tmp_path, text))
    assert val(r, "requests", "予以公开", "总计") == 6
    assert val(r, "requests", "不予公开/危及“三安全一稳定”", "总计") == 0
    # Four unlabelled rows where the template has three (部分公开, 国家秘密, 其他法律…): none is placed.
    assert val(r, "requests", "部分公开", "总计") == "absent"
    assert val(r, "requests", "不予公开/属于国家秘密", "总计") == "absent"
    assert any("无法可靠对应" in w for w in r.warnings)


def test_one_cell_per_line_after_a_tab_with_blank_cells(tmp_path):
    cells = "\n".join(["\t一、本年新收政府信息公开申请数量", "\t\u00a05", "\t\u3000", "\t", "\t", "\t", "\t", "\t5", "\t", "\t"])
    text = HEAD.replace("2021", "2020") + "三、收到和处理政府信息公开申请情况\n" + cells + "\n" + TAIL
    r = parse_report(write(tmp_path, text))
    assert r.template == "2019"
    assert val(r, "requests", "本年新收政府信息公开申请数量", "自然人") == 5
    assert val(r, "requests", "本年新收政府信息公开申请数量", "商业企业") is None  # blank, not 0
    assert val(r, "requests", "本年新收政府信息公开申请数量", "总计") == 5


def test_markdown_pipe_tables_split_with_renamed_headers(tmp_path):
    text = HEAD.replace("2021", "2020") + (
        "## 二、主动公开政府信息情况\n"
        "| 第二十条第（九）项 | | |\n|---|---|---|\n| 信息内容 | 采购项目数量 | 采购总金额 |\n"
        "| 政府集中采购 | 3 | 1171.73万元 |\n\n"
        "| 内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n|---|---|---|---|\n| 行政许可 | 12 | +2 | 138 |\n"
        "| 行政处罚 | 11 | -1 | / |\n"
        "## 三、收到和处理政府信息公开申请情况\n"
        "| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
    ) + TAIL
    r = parse_report(write(tmp_path, text, "r.md"))
    amount = r.cell("active", "政府集中采购", "采购总金额")
    assert amount.yuan == Decimal("11717300") and amount.raw == "1171.73万元"
    assert val(r, "active", "行政许可", "本年增/减") == 2
    assert val(r, "active", "行政处罚", "本年增/减") == -1
    assert val(r, "active", "行政处罚", "处理决定数量") == "/"  # a printed slash is kept as text
    assert val(r, "requests", "本年新收政府信息公开申请数量", "总计") == 3


def test_saved_html_with_rowspan_colspan_and_empty_office_cells(tmp_path):
    html = """<html><head><title>年报</title></head><body>
<p>示例县人民政府</p><p>2020年政府信息公开工作年度报告</p>
<p>一、总体情况</p><p>本年度收到政府信息公开申请2件。</p>
<p>三、收到和处理政府信息公开申请情况</p>
<table>
<tr><td rowspan="2">申请人情况</td><td colspan="6">法人或其他组织</td><td>总计</td></tr>
<tr><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td></td></tr>
<tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>2</td><td><o:p> </o:p></td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td><o:p> </o:p></td></tr></table>
<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>"""
    r = parse_report(write(tmp_path, html, "r.html"))
    assert (r.agency, r.year) == ("示例县人民政府", 2020)
    assert val(r, "requests", "本年新收政府信息公开申请数量", "自然人") == 2
    assert val(r, "requests", "本年新收政府信息公开申请数量", "商业企业") is None
    assert val(r, "review_litigation", "行政诉讼/未经复议直接起诉", "总计") == 1
    assert val(r, "review_litigation", "行政诉讼/复议后起诉", "总计") is None


def test_traditional_script_full_width_digits_in_gb18030(tmp_path):
    text = (
        "示例市財政局\n２０２０年政府信息公開工作年度報告\n一、總體情況\n無。\n"
        "三、收到和處理政府信息公開申請情況\n"
        "一、本年新收政府信息公開申請數量\t１２\t０\t０\t０\t０\t０\t１２\n"
        "四、政府信息公開行政復議、行政訴訟情況\n"
        + "\t".join(["０"] * 15)
        + "\n五、存在的主要問題及改進情況\n無。\n"
    )
    r = parse_report(write(tmp_path, text, encoding="gb18030"))
    assert r.year == 2020 and r.agency == "示例市財政局"
    assert val(r, "requests", "本年新收政府信息公开申请数量", "总计") == 12
    assert val(r, "review_litigation", "行政复议", "总计") == 0


def test_glued_digits_ambiguous_split_is_left_out(tmp_path):
    text = HEAD + "三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 1111111112二、上年结转政府信息公开申请数量 1000001 " + TAIL
    r = parse_report(write(tmp_path, text))
    assert val(r, "requests", "上年结转政府信息公开申请数量", "自然人") == 1
    assert val(r, "requests", "本年新收政府信息公开申请数量", "总计") == "absent"


def test_reports_before_2019_are_refused_clearly(tmp_path):
    with pytest.raises(UnsupportedTemplate, match="2019年以前的旧版统计表"):
        parse_report(write(tmp_path, "某某局2017年政府信息公开工作年度报告\n一、概述\n"))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "文件是空的"),
        (b"\x00\x01\x02binary", "二进制文件"),
        ("随便写的一段话，没有标题也没有表格。".encode(), "不像政府信息公开年报"),
        ("某某局2021年政府信息公开工作年度报告\n今天天气很好。".encode(), "不像政府信息公开年报"),
    ],
)
def test_files_that_are_not_reports_get_a_clear_reason(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(ReportParseError, match=reason):
        parse_report(p)


def test_prose_numbers_with_measure_words_are_not_cells_and_wrapped_title_is_read(tmp_path):
    text = (
        "示例市交通运输局2021年政府信息公开\n工作年度报告\n一、总体情况\n无。\n"
        "二、主动公开政府信息情况\n本年度共制发规章1件，行政规范性文件3件。\n"
        "第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 2 0 9\n行政规范性文件 4 1 20\n"
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n3 1 0 0 4\n未经复议直接起诉\n0 0 0 0 0\n复议后起诉\n1 0 0 1 2\n"
        + TAIL
    )
    r = parse_report(write(tmp_path, text))
    assert (r.agency, r.year) == ("示例市交通运输局", 2021)
    assert val(r, "active", "规章", "本年制发件数") == 2
    assert val(r, "active", "行政规范性文件", "现行有效件数") == 20
    assert val(r, "review_litigation", "行政诉讼/复议后起诉", "总计") == 2  # 15 numbers over three lines


def test_pipe_rows_without_outer_pipes_and_a_blank_first_cell(tmp_path):
    text = HEAD.replace("2021", "2020") + (
        "二、主动公开政府信息情况\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n行政许可 | 170 |   | 1905\n"
        "四、政府信息公开行政复议、行政诉讼情况\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| --- | --- | --- | --- | --- |\n"
        "|   | 1 |   |   | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    ) + TAIL
    r = parse_report(write(tmp_path, text, "r.md"))
    assert val(r, "active", "行政许可", "上一年项目数量") == 170  # never split into 1, 7, 0
    assert val(r, "active", "行政许可", "本年增/减") is None
    assert val(r, "active", "行政许可", "处理决定数量") == 1905
    assert val(r, "review_litigation", "行政复议", "结果维持") is None  # the blank first cell counts
    assert val(r, "review_litigation", "行政复议", "总计") == 1


def test_title_with_the_year_at_the_end(tmp_path):
    text = "示例县财政局政府信息公开工作年度报告（2022年）\n一、总体情况\n无。\n三、收到和处理政府信息公开申请情况\n" \
           "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n" + TAIL
    r = parse_report(write(tmp_path, text))
    assert (r.agency, r.year, r.template) == ("示例县财政局", 2022, "2021")
