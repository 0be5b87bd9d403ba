"""Values the template cannot hold (a negative count, a fractional or absurd one) are kept as printed
and flagged as failed checks beside the figure; sums of large counts are exact."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bot.service import Assistant
from index.model import ACTIVE, REQUESTS
from index.parse import parse_report

DATA = Path(__file__).resolve().parent / "data" / "reports"
HONGZE = DATA / "real" / "002_hongze_qu_2023.txt"
ROW = "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21"
NEW = "本年新收政府信息公开申请数量"


def _edited(tmp_path: Path, source: Path, old: str, new: str, name: str | None = None) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    out = tmp_path / (name or source.name)
    out.write_text(text.replace(old, new, 1), encoding="utf-8")
    return out


def _value_failures(report):
    return [c for c in report.checks if c.kind == "value" and c.failed]


def test_a_negative_count_is_kept_as_printed_and_flagged(tmp_path):
    report = parse_report(_edited(tmp_path, HONGZE, ROW, "一、本年新收政府信息公开申请数量 21 0 0 0 0 -5 21"))
    cell = report.cell(REQUESTS, NEW, "其他")
    assert (cell.value, cell.raw) == (Decimal(-5), "-5")
    [check] = _value_failures(report)
    assert check.message == (
        "表三 本年新收政府信息公开申请数量·其他（第65行）印为“-5”：件数不能为负数，按原样保留，请核对原件"
    )
    assert check.cells == [(REQUESTS, NEW, "其他")]


@pytest.mark.parametrize(
    ("printed", "problem"),
    [("2.5", "件数应为整数"), ("3000000000", "件数大得不合常理（超过1000000000）")],
)
def test_a_fractional_or_absurd_count_is_flagged(tmp_path, printed, problem):
    report = parse_report(_edited(tmp_path, HONGZE, ROW, f"一、本年新收政府信息公开申请数量 21 0 0 0 0 {printed} 21"))
    [check] = _value_failures(report)
    assert check.message.endswith(f"印为“{printed}”：{problem}，按原样保留，请核对原件")


def test_a_decrease_in_a_column_of_changes_is_not_flagged(tmp_path):
    seed = DATA / "seeds" / "000_65c2709d2d0a946a.txt"
    report = parse_report(_edited(tmp_path, seed, "\t行政许可\n\t22\n\t0\n", "\t行政许可\n\t22\n\t-3\n"))
    assert report.cell(ACTIVE, "行政许可", "本年增/减").value == Decimal(-3)
    assert _value_failures(report) == []


def test_the_answer_shows_the_negative_figure_with_its_warning(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    _edited(folder, HONGZE, ROW, "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 -21")
    answer = Assistant(tmp_path / "index.db", folder).answer("洪泽区2023年收到多少政府信息公开申请")
    [figure] = answer.figures
    assert figure.value == -21
    assert any("印为“-21”：件数不能为负数" in w for w in figure.warnings)


def test_a_sum_of_very_large_counts_is_exact(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    big = 12345678901234567891
    _edited(folder, HONGZE, ROW, f"一、本年新收政府信息公开申请数量 {big} 0 0 0 0 0 {big}")
    _edited(folder, DATA / "real" / "003_hongze_qu_2024.txt", "", "", name="003_hongze_qu_2024.txt")
    assistant = Assistant(tmp_path / "index.db", folder)
    other = assistant.answer("洪泽区2024年收到多少政府信息公开申请").figures[0].value
    answer = assistant.answer("洪泽区2023年和2024年一共收到多少申请")
    assert answer.kind == "total", answer.text
    assert answer.value == big + other  # float would give 12345678901234567168 + …
