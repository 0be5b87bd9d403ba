"""Charts render Chinese with the project's own CJK font; exports carry the citations."""

from __future__ import annotations

import csv
import io
import warnings

import matplotlib
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


# ------------------------------------------------------------------ what each chart says (checked properties)
def texts_of(answer):
    """The chart drawn (not saved): its spec, the Figure, every text on it and the visible bars."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    spec = charts.chart_spec(answer)
    with warnings.catch_warnings(), matplotlib.rc_context(charts._rc(charts.cjk_font()[0])):
        warnings.simplefilter("error")  # a missing glyph fails the test
        fig = charts.draw(spec)
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
    texts = [t for t in fig.findobj(lambda a: hasattr(a, "get_text")) if a_visible(t) and t.get_text().strip()]
    bars = [p for p in fig.axes[0].patches if p.get_visible() and type(p).__name__ == "Rectangle" and p.get_fill()]
    return spec, fig, canvas, texts, bars


def a_visible(artist):
    return artist.get_visible() and (artist.axes is None or artist.axes.get_visible())


def test_chart_title_names_metric_year_and_unit_and_a_source_line_is_drawn():
    spec, fig, canvas, texts, bars = texts_of(RANKING)
    assert spec.title == "本年新收申请（总计） · 2020年（单位：件）"
    shown = [t.get_text().replace("\n", "") for t in texts]
    assert spec.title.replace(" ", "") in [s.replace(" ", "") for s in shown]
    assert any(s.startswith("出处：3份年报 表三") for s in shown)
    assert len(bars) == 3


def test_nothing_is_clipped_and_no_glyph_is_missing():
    long = Answer("table", "x", title="很长的标题" * 20, figures=[cell("名字很长的单位" * 4, 2020, v) for v in (9, 5)])
    long.figures[1].agency = "另一个名字很长的单位" * 3
    for answer in (RANKING, long):
        spec, fig, canvas, texts, _bars = texts_of(answer)
        drawn = fig.get_tightbbox(canvas.get_renderer())  # everything drawn, in inches
        width, height = fig.get_size_inches()
        assert drawn.x0 >= -0.01 and drawn.y0 >= -0.01, drawn
        assert drawn.x1 <= width + 0.01 and drawn.y1 <= height + 0.01, (drawn, width, height)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert charts.chart_png(answer).startswith(b"\x89PNG")


def test_bars_of_reports_failing_their_arithmetic_are_marked():
    spec, _fig, _canvas, texts, bars = texts_of(RANKING)
    assert spec.marked == [False, False, True]
    assert bars[2].get_facecolor() != bars[0].get_facecolor()
    assert any("※北戴河区" in t.get_text() for t in texts)
    assert any("核对未通过" in n for n in spec.notes)


def test_a_trend_is_drawn_with_gaps_for_missing_and_blank_years():
    figs = [cell("平潭县", 2020, 3), cell("平潭县", 2022, 5), cell("平潭县", 2023, None)]
    trend = Answer("table", "平潭县 本年新收申请（按年份）", figures=figs)
    assert charts.is_chartable(trend)
    spec, _fig, _canvas, texts, bars = texts_of(trend)
    assert spec.labels == ["2020年", "2021年", "2022年", "2023年"]
    assert spec.gaps == ["", "无年报", "", "空白"] and spec.values == [3.0, None, 5.0, None]
    assert len(bars) == 2 and {"无年报", "空白"} <= {t.get_text() for t in texts}
    assert spec.title == "本年新收申请（总计） · 2020–2023年（单位：件）"


def test_zero_bars_are_counted_not_drawn_and_mixed_years_are_said():
    figs = [cell(f"单位{i}", 2020, v) for i, v in enumerate([7, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])]
    spec, *_rest, bars = texts_of(Answer("table", "排名", figures=figs))
    assert len(bars) == 2 and "另有9个为0，未画出" in spec.notes
    assert not charts.is_chartable(Answer("table", "x", figures=[cell("甲", 2020, 0), cell("乙", 2020, 0)]))
    mixed = Answer("table", "排名", figures=[cell("甲", 2024, 9), cell("乙", 2020, 4)])
    spec, *_rest = texts_of(mixed)
    assert spec.labels == ["甲 2024年", "乙 2020年"] and any("年份不同（2020–2024年）" in n for n in spec.notes)
    assert spec.title.endswith("2020–2024年（单位：件）")


def test_a_computed_figure_is_on_the_chart():
    total = Answer("total", "x", title="2020年 本年新收申请合计（2份年报）", value=102, op="sum",
                   figures=[cell("甲", 2020, 97), cell("乙", 2020, 5)])
    spec, _fig, _canvas, texts, _bars = texts_of(total)
    assert spec.subtitle == "2020年 本年新收申请合计（2份年报）；合计 102 件"
    change = Answer("total", "x", title="甲 本年新收申请：2021年比2020年多3件（+60.0%）", value=3, op="change",
                    figures=[cell("甲", 2020, 5), cell("甲", 2021, 8)])
    assert charts.chart_spec(change).subtitle.endswith("变化 +3 件")
