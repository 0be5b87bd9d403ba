"""The question-answering evaluation set (tests/qa/cases.yaml): its own consistency with the gold files,
the evaluator's ability to catch wrong answers, and one test per question against the real Assistant."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from bot.answer import Answer, Figure, Hit, Option
from bot.evaluate import (
    DEFAULT_CASES,
    FIGURE_KINDS,
    INTENT_TITLES,
    Case,
    check_case,
    format_report,
    load_cases,
    run_eval,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "data" / "gold"
CASES, NAMES = load_cases(DEFAULT_CASES)
FEE_COLUMN = "本年收费金额（单位：万元）"  # the 2021 template states this amount in 万元


# ------------------------------------------------------------------------------ the set itself


def test_set_is_large_and_covers_every_intent():
    assert len(CASES) >= 150
    intents = {c.intent for c in CASES}
    assert set(INTENT_TITLES) <= intents, f"没有题目的类型：{set(INTENT_TITLES) - intents}"
    assert intents <= set(INTENT_TITLES), f"未登记的类型：{intents - set(INTENT_TITLES)}"
    assert len({c.q for c in CASES}) == len(CASES), "有重复的问题"


def _gold_reports() -> dict[tuple[str, int], dict]:
    out = {}
    for path in GOLD.glob("*/*.json"):
        d = json.loads(path.read_text(encoding="utf-8"))
        for name in {d["agency"], *d.get("agency_accept", [])}:
            out[(name, d["year"])] = d
    return out


GOLD_REPORTS = _gold_reports()


def _gold_value(agency: str, year: int, row: str, column: str) -> tuple[Decimal | None, str]:
    """The gold value of a cell (amounts in yuan) and its unit; fails on unknown or uncertain cells."""
    d = next((GOLD_REPORTS[(n, year)] for n in NAMES.names(agency) if (n, year) in GOLD_REPORTS), None)
    assert d is not None, f"gold 里没有 {agency} {year}"
    for table in ("active", "requests", "review_litigation"):
        if row in d[table]:
            assert column in d[table][row], f"{agency} {year} {row} 没有列 {column}"
            assert f"{table}/{row}/{column}" not in d.get("uncertain", []), (
                f"不可靠的格：{agency} {year} {row}/{column}"
            )
            v = d[table][row][column]
            if isinstance(v, dict):
                return (None if v["yuan"] is None else Decimal(str(v["yuan"]))), "元"
            if v is None:
                return None, ""
            if column == FEE_COLUMN:
                return Decimal(str(v)) * 10000, "元"
            return Decimal(str(v)), ""
    raise AssertionError(f"{agency} {year} 没有行 {row}")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_expected_answer_comes_from_the_gold(case: Case):
    """Every expected number is the gold cell (or the sum/difference of gold cells), never a guess."""
    for e in case.figures:
        gold, unit = _gold_value(e.agency, e.year, e.row, e.column)
        if e.value is None:
            assert set(case.kinds) - set(FIGURE_KINDS), (
                f"{case.q}: 期望“无数”，题目就得允许 not_found 之类的回答"
            )
            continue
        assert gold is not None and gold == e.value, f"{case.q}: {e.describe()}，gold 是 {gold}"
        assert e.unit == unit, f"{case.q}: 金额要标 unit: 元（{e.describe()}）"
    if case.value is not None and (case.figures or case.intent != "ratio"):
        parts = [e.value for e in case.figures]
        if case.intent == "change":
            assert case.value == parts[1] - parts[0], f"{case.q}: 增减应为 今年 − 上年"
        elif case.intent == "difference":  # A比B多多少: the first named minus the second
            assert case.value == parts[0] - parts[1], f"{case.q}: 差应为 前者 − 后者"
        elif case.intent == "ratio" and len(parts) >= 2:  # the part first, then the whole (or its parts)
            share = (parts[0] / sum(parts[1:]) * 100).quantize(Decimal("0.1"))
            assert case.value == share, f"{case.q}: 比例应为 {parts[0]} ÷ {sum(parts[1:])} = {share}%"
        else:
            assert case.value == sum(p for p in parts if p is not None), f"{case.q}: 合计应为各部分之和"
    if case.intent in ("compare", "rank", "topn", "trend"):
        assert "table" in case.kinds
    if case.intent in ("rank", "topn") and "最少" not in case.q:
        vals = [e.value for e in case.figures]
        assert vals == sorted(vals, reverse=True), f"{case.q}: 排名应从高到低"
    if case.intent == "trend":
        years = [e.year for e in case.figures]
        assert years == sorted(years), f"{case.q}: 趋势应按年份升序"


# ------------------------------------------------------------------------------ the evaluator


def _oracle(case: Case, *, off_by: int = 0) -> Answer:
    """The answer the case expects (optionally with every stated number off by `off_by`)."""
    kind = case.kinds[0]
    figures = []
    for e in case.figures if kind in FIGURE_KINDS else []:
        value = (
            None
            if e.value is None
            else (int(e.value) if e.value == int(e.value) else float(e.value)) + off_by
        )
        figures.append(
            Figure(
                e.agency,
                e.year,
                "",
                e.row,
                e.column,
                value,
                e.unit or "件",
                str(value),
                "x.txt:1",
                ["核对失败"] if e.warn else [],
            )
        )
    return Answer(
        kind=kind,
        text="（预言机）",
        figures=figures,
        value=None if case.value is None else float(case.value) + off_by,
        options=[Option(a, f"{a}？") for a in case.options_include],
        hits=[Hit(a, 2020, "一、总体情况", "……") for a in case.hits_agencies],
        items=[f"{it.agency} {it.year or ''}".strip() for it in case.items_include],
    )


def _by_question(make) -> callable:
    table = {c.q: c for c in CASES}
    return lambda q: make(table[q])


def test_evaluator_passes_the_expected_answers():
    result = run_eval(_by_question(_oracle))
    assert result.passed == result.total, format_report(result)
    assert result.wrong_figures == 0


def test_evaluator_catches_wrong_figures():
    """A broken answerer (every number off by one) cannot pass, and each such answer counts as a wrong figure."""
    result = run_eval(_by_question(lambda c: _oracle(c, off_by=1)))
    numeric = [
        c
        for c in CASES
        if c.kinds[0] in FIGURE_KINDS and (c.value is not None or any(e.value is not None for e in c.figures))
    ]
    assert numeric
    assert result.wrong_figures == len(numeric)
    failed = {r.case.id for r in result.failures}
    assert {c.id for c in numeric} <= failed
    report = format_report(result)
    assert "错误的确定数字" in report and "⚠ 错误数字" in report


def test_evaluator_flags_a_figure_where_none_was_expected():
    """Answering a number for an ambiguous, unknown or nonsense question is a wrong confident figure."""

    def confident(q: str) -> Answer:
        return Answer(
            "figure",
            figures=[
                Figure(
                    "安康市自然资源局",
                    2020,
                    "",
                    "本年新收政府信息公开申请数量",
                    "总计",
                    42,
                    "件",
                    "42",
                    "x:1",
                )
            ],
        )

    result = run_eval(confident)
    for r in result.results:
        if not set(r.case.kinds) & set(FIGURE_KINDS):
            assert r.wrong_figure and not r.passed, r.case.q
    assert result.clarification_rate == 0 and result.not_found_rate == 0


def test_evaluator_catches_wrong_cell_order_kind_and_lists():
    case = next(c for c in CASES if c.intent == "rank" and c.match is None)
    good = _oracle(case)
    swapped = replace(good, figures=list(reversed(good.figures)))
    r = check_case(case, swapped, NAMES)
    assert (
        not r.passed and not r.wrong_figure
    )  # right numbers in the wrong order: a wrong answer, not a wrong figure
    other_cell = replace(good.figures[0], row="予以公开", value=89)
    r = check_case(case, replace(good, figures=[other_cell, *good.figures[1:]]), NAMES)
    assert not r.passed and r.wrong_figure  # another cell's number stands where the top one should be

    lookup = next(c for c in CASES if c.intent == "lookup")
    as_table = replace(_oracle(lookup), kind="table")
    r = check_case(lookup, as_table, NAMES)
    assert not r.passed and not r.wrong_figure and "类型应为" in r.reasons[0]

    checks = next(c for c in CASES if c.intent == "checks" and c.items_exclude)
    extra = replace(_oracle(checks), items=_oracle(checks).items + [checks.items_exclude[0] + " 2020"])
    assert not check_case(checks, extra, NAMES).passed
    short = replace(_oracle(checks), items=_oracle(checks).items[1:])
    assert not check_case(checks, short, NAMES).passed


def test_evaluator_compares_amounts_in_yuan():
    case = next(c for c in CASES if c.kinds == ("figure",) and c.figures[0].unit == "元")
    e = case.figures[0]
    wan = Figure(e.agency, e.year, "", e.row, e.column, float(e.value / 10000), "万元", "", "x:1")
    assert check_case(case, Answer("figure", figures=[wan]), NAMES).passed
    wrong_unit = replace(wan, unit="元")
    r = check_case(case, Answer("figure", figures=[wrong_unit]), NAMES)
    assert not r.passed and r.wrong_figure


def test_evaluator_survives_a_crashing_answerer():
    def crash(q: str):
        raise RuntimeError("boom")

    result = run_eval(crash)
    assert result.passed == 0 and result.wrong_figures == 0
    assert "RuntimeError" in result.results[0].reasons[0]


def test_evaluator_accepts_json_answers():
    case = next(c for c in CASES if c.intent == "sum")
    assert check_case(case, _oracle(case).to_json(), NAMES).passed


# ------------------------------------------------------------------------------ the real Assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    """The real Assistant over an index built from a copy of data/reports."""
    from bot.service import Assistant

    base = tmp_path_factory.mktemp("qa")
    reports = base / "reports"
    shutil.copytree(ROOT / "data" / "reports", reports)
    try:
        return Assistant(base / "index.db", reports)
    except NotImplementedError:
        pytest.skip("bot.service.Assistant 还没有实现")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_qa(assistant, case: Case):
    r = check_case(case, assistant.answer(case.q), NAMES)
    assert r.passed, (
        f"问：{case.q}\n期望：{'/'.join(case.kinds)}"
        + "".join(f"\n  {e.describe()}" for e in case.figures)
        + (f"\n  合计 {case.value}" if case.value is not None else "")
        + f"\n实际：{r.got}\n"
        + "\n".join(f"- {why}" for why in r.reasons)
        + ("\n⚠ 给出了错误的数字" if r.wrong_figure else "")
        + f"\n回答原文：\n{r.text}"
    )
