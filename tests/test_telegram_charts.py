"""Charts render Chinese with the project's own CJK font; exports carry the citations."""

from __future__ import annotations

import csv
import io
import warnings

import pytest
from matplotlib import font_manager
from openpyxl import load_workbook

from bot import charts, export
from bot.answer import Answer, Figure


def cell(agency, year, value, warnings_=()):
    return Figure(
        agency,
        year,
        "表三 收到和处理政府信息公开申请情况",
        "本年新收政府信息公开申请数量",
        "总计",
        value,
        "件",
        str(value),
        f"{agency}.txt:88",
        list(warnings_),
        "本年新收申请（总计）",
    )


RANKING = Answer(
    "table",
    "2020年各单位收到的申请数量排名",
    title="2020年各单位收到的申请数量排名（龘齉、〇、“双随机”）",
    figures=[
        cell("嘉兴市自然资源和规划局秀洲分局", 2020, 97),
        cell("安康市自然资源局", 2020, 5),
        cell("北戴河区自然资源和规划局", 2020, 12.5, ["表三：总计 12.5，各项相加为 13"]),
    ],
)


def test_font_is_a_cjk_font_installed_by_the_project():
    family, path = charts.cjk_font()
    assert "CJK" in family or "Han" in family
    assert path.is_file()
    found = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    assert found == str(path)


def test_chart_with_chinese_labels_has_no_missing_glyph():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s) …"
        png = charts.chart_png(RANKING)
    assert png.startswith(b"\x89PNG") and len(png) > 5000


def test_the_missing_glyph_check_would_catch_a_latin_only_font():
    from matplotlib.figure import Figure as MplFigure

    fig = MplFigure()
    fig.text(0.1, 0.5, "收到申请", family="DejaVu Sans")
    with pytest.warns(UserWarning, match="missing from font"):
        fig.savefig(io.BytesIO(), format="png")


def test_trend_chart_orders_years():
    trend = Answer(
        "table",
        "平潭历年新收申请",
        figures=[cell("平潭县", y, v) for y, v in [(2022, 3), (2021, 5), (2023, 1)]],
    )
    assert charts.is_chartable(trend) and charts.chart_png(trend)
    assert charts.bar_labels(trend.figures) == ["2022年", "2021年", "2023年"]


def test_no_chart_for_one_figure_mixed_units_or_one_report():
    assert not charts.is_chartable(Answer("figure", "x", figures=[cell("甲", 2020, 1)]))
    mixed = [cell("甲", 2020, 1), cell("乙", 2020, 2)]
    mixed[1].unit = "万元"
    assert not charts.is_chartable(Answer("table", "x", figures=mixed))
    card = [cell("甲", 2020, i) for i in range(5)]
    assert not charts.is_chartable(Answer("table", "x", figures=card))


def test_xlsx_export_has_every_figure_with_its_citation():
    wb = load_workbook(io.BytesIO(export.to_xlsx(RANKING)))
    rows = list(wb["数据"].iter_rows(values_only=True))
    assert rows[0] == ("序号", *export.HEADER)  # 97, 5, 12.5 is not an order by value: numbered, not ranked
    assert [r[1] for r in rows[1:]] == [f.agency for f in RANKING.figures]
    assert rows[1][6] == 97 and rows[1][9] == "嘉兴市自然资源和规划局秀洲分局.txt:88"
    assert "各项相加为 13" in rows[3][10]
    assert wb["说明"]["A1"].value == f"标题：{RANKING.title}"


def test_csv_export_is_utf8_with_bom_for_excel():
    data = export.to_csv(RANKING)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [f"# 标题：{RANKING.title}"]  # the notes lead as comment lines
    assert rows[1][1] == "机关" and rows[2][1] == "嘉兴市自然资源和规划局秀洲分局" and rows[3][6] == "5"


def test_export_neutralises_formulas_and_names_files_safely():
    evil = Answer("table", "x", title='a/b:c*"d"', figures=[cell('=HYPERLINK("x")', 2020, 1)])
    ws = load_workbook(io.BytesIO(export.to_xlsx(evil)))["数据"]
    assert ws["B2"].value.startswith("'=") and ws["B2"].data_type == "s"
    assert export.filename(evil, "xlsx") == "年报数据_2020年_a_b_c_d.xlsx"
