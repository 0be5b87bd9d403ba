"""The question-answering evaluation: run every case of tests/qa/cases.yaml through an answerer and compare.

An answerer is any callable `answer(question) -> Answer` (bot.answer.Answer, or its JSON dict). Each case
names the kinds of answer it accepts and what the answer must contain (see tests/qa/README.md). The result
carries a verdict and the reasons for every case, and four figures:

- exact-answer accuracy: the share of cases whose answer is right in every checked respect;
- wrong confident figures: cases where a figure/table/total answer gives a number that differs from the
  expected one (or belongs to another cell), or gives a number where a clarification, not-found, search
  or help answer was expected;
- clarification rate and not-found rate: the share of answers of kind clarify / not_found.

Example:

    from bot.evaluate import format_report, run_eval
    print(format_report(run_eval(assistant.answer)))
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from bot.answer import KINDS

FIGURE_KINDS = ("figure", "table", "total")
MATCH_MODES = ("exact", "prefix", "parts")
DEFAULT_CASES = Path(__file__).resolve().parent.parent / "tests" / "qa" / "cases.yaml"

INTENT_TITLES = {
    "difference": "两单位相差",
    "lookup": "查单元格",
    "sum": "报告内合计",
    "compare": "单位比较",
    "rank": "排名",
    "topn": "前N名",
    "total": "跨单位合计",
    "trend": "历年趋势",
    "change": "比上年增减",
    "ratio": "比例",
    "list_agencies": "单位列表",
    "list_years": "年份列表",
    "checks": "数据核对",
    "missing": "缺年报",
    "search": "全文检索",
    "narrative": "正文里的数字",
    "clarify": "反问澄清",
    "unknown_agency": "未收录单位",
    "unknown_year": "未收录年份",
    "blank": "空白/读不准的格",
    "nonsense": "无关问题",
    "help": "帮助",
}

_CASE_KEYS = {
    "id",
    "intent",
    "q",
    "kind",
    "figures",
    "match",
    "value",
    "items_include",
    "items_exclude",
    "options_include",
    "hits_agencies",
    "note",
}
_FIGURE_KEYS = {"agency", "year", "row", "column", "value", "unit", "warn"}


class CasesError(ValueError):
    """The cases file is malformed (says which case and what is wrong)."""


@dataclass
class ExpectedFigure:
    agency: str
    year: int
    row: str
    column: str
    value: Decimal | None  # None: the cell is blank or unreadable, so no number may be given for it
    unit: str = ""  # "元": an amount, compared in yuan whatever unit the answer uses
    warn: bool = False  # the answer must carry a warning on this figure (a failed check touches it)

    def describe(self) -> str:
        v = "（空/无数）" if self.value is None else _fmt(self.value) + (self.unit or "")
        return f"{self.agency} {self.year} {self.row}/{self.column} = {v}"


@dataclass
class ExpectedItem:
    """A list entry: the agency's name (any of its names) and, when given, the year must both appear."""

    agency: str
    year: int | None = None

    def describe(self) -> str:
        return self.agency + (f" {self.year}" if self.year else "")


@dataclass
class Case:
    id: str
    q: str
    intent: str
    kinds: tuple[str, ...]
    figures: list[ExpectedFigure] = field(default_factory=list)
    match: str | None = None  # None → "exact" for figure/table answers, "parts" for total answers
    value: Decimal | None = None
    items_include: list[ExpectedItem] = field(default_factory=list)
    items_exclude: list[str] = field(default_factory=list)
    options_include: list[str] = field(default_factory=list)
    hits_agencies: list[str] = field(default_factory=list)
    note: str = ""


class AgencyNames:
    """Which names denote the same agency (the cases file's `same_agency` groups)."""

    def __init__(self, groups: Iterable[Iterable[str]] = ()):
        self._group: dict[str, frozenset[str]] = {}
        for g in groups:
            names = frozenset(_norm(n) for n in g)
            for n in names:
                self._group[n] = self._group.get(n, frozenset()) | names

    def names(self, agency: str) -> frozenset[str]:
        n = _norm(agency)
        return self._group.get(n, frozenset({n}))

    def same(self, a: Any, b: str) -> bool:
        return isinstance(a, str) and _norm(a) in self.names(b)

    def mentioned(self, text: str, agency: str) -> bool:
        t = _norm(text)
        return any(n in t for n in self.names(agency))


@dataclass
class CaseResult:
    case: Case
    passed: bool
    reasons: list[str]
    wrong_figure: bool
    kind: str  # the answer's kind, or "error" when the answerer raised
    text: str = ""
    got: str = ""  # a one-line summary of what the answer gave
    seconds: float = 0.0


@dataclass
class EvalResult:
    results: list[CaseResult]
    cases_path: str = ""

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def accuracy(self) -> float:
        return self.passed / self.total if self.total else 0.0

    @property
    def wrong_figures(self) -> int:
        return sum(r.wrong_figure for r in self.results)

    @property
    def clarification_rate(self) -> float:
        return self._rate("clarify")

    @property
    def not_found_rate(self) -> float:
        return self._rate("not_found")

    @property
    def failures(self) -> list[CaseResult]:
        return [r for r in self.results if not r.passed]

    def by_intent(self) -> dict[str, tuple[int, int]]:
        """intent → (passed, total), in the order the intents first appear."""
        out: dict[str, tuple[int, int]] = {}
        for r in self.results:
            p, t = out.get(r.case.intent, (0, 0))
            out[r.case.intent] = (p + r.passed, t + 1)
        return out

    def to_json(self) -> dict:
        return {
            "cases": self.total,
            "passed": self.passed,
            "accuracy": self.accuracy,
            "wrong_figures": self.wrong_figures,
            "clarification_rate": self.clarification_rate,
            "not_found_rate": self.not_found_rate,
            "by_intent": {k: {"passed": p, "total": t} for k, (p, t) in self.by_intent().items()},
            "failures": [
                {
                    "id": r.case.id,
                    "q": r.case.q,
                    "kind": r.kind,
                    "wrong_figure": r.wrong_figure,
                    "reasons": r.reasons,
                }
                for r in self.failures
            ],
        }

    def _rate(self, kind: str) -> float:
        return sum(r.kind == kind for r in self.results) / self.total if self.total else 0.0


# ------------------------------------------------------------------------------------------ loading


def cases_today(path: str | Path | None = None) -> str | None:
    """The date the cases' relative years (今年, 去年) were written against (`today:` in the file)."""
    data = yaml.safe_load(Path(path or DEFAULT_CASES).read_text(encoding="utf-8"))
    return str(data["today"]) if isinstance(data, dict) and data.get("today") else None


def load_cases(path: str | Path | None = None) -> tuple[list[Case], AgencyNames]:
    """Read and validate a cases file; raises CasesError naming the case at fault."""
    path = Path(path) if path is not None else DEFAULT_CASES
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, list):
        raw_cases, groups = data, []
    elif isinstance(data, dict) and isinstance(data.get("cases"), list):
        raw_cases, groups = data["cases"], data.get("same_agency") or []
    else:
        raise CasesError(f"{path.name}: 需要一个题目列表，或含 cases 列表的映射")
    cases, seen = [], set()
    for i, raw in enumerate(raw_cases, 1):
        case = _parse_case(raw, i)
        if case.id in seen:
            raise CasesError(f"第 {i} 题：id {case.id} 重复")
        seen.add(case.id)
        cases.append(case)
    return cases, AgencyNames(groups)


def _parse_case(raw: Any, i: int) -> Case:
    where = f"第 {i} 题"
    if not isinstance(raw, dict) or not raw.get("q") or not raw.get("kind"):
        raise CasesError(f"{where}：至少要有 q 和 kind")
    where = f"第 {i} 题（{raw.get('id') or raw['q']}）"
    unknown = set(raw) - _CASE_KEYS
    if unknown:
        raise CasesError(f"{where}：不认识的键 {sorted(unknown)}")
    kinds = tuple(raw["kind"]) if isinstance(raw["kind"], list) else (raw["kind"],)
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise CasesError(f"{where}：kind {bad} 不在 {KINDS} 中")
    match = raw.get("match")
    if match is not None and match not in MATCH_MODES:
        raise CasesError(f"{where}：match 应为 {MATCH_MODES} 之一")
    figures = []
    for f in raw.get("figures") or []:
        if (
            not isinstance(f, dict)
            or set(f) - _FIGURE_KEYS
            or not {"agency", "year", "row", "column", "value"} <= set(f)
        ):
            raise CasesError(
                f"{where}：figures 的每一项要有 agency/year/row/column/value（可选 unit/warn）：{f}"
            )
        figures.append(
            ExpectedFigure(
                agency=str(f["agency"]),
                year=int(f["year"]),
                row=str(f["row"]),
                column=str(f["column"]),
                value=_number(f["value"]),
                unit=str(f.get("unit") or ""),
                warn=bool(f.get("warn")),
            )
        )
        if f["value"] is not None and figures[-1].value is None:
            raise CasesError(f"{where}：value 不是数字：{f['value']!r}")
    items = []
    for it in raw.get("items_include") or []:
        if isinstance(it, dict):
            items.append(ExpectedItem(str(it["agency"]), int(it["year"]) if it.get("year") else None))
        else:
            items.append(ExpectedItem(str(it)))
    value = raw.get("value")
    if value is not None and _number(value) is None:
        raise CasesError(f"{where}：value 不是数字：{value!r}")
    return Case(
        id=str(raw.get("id") or f"case-{i:03d}"),
        q=str(raw["q"]),
        intent=str(raw.get("intent") or "other"),
        kinds=kinds,
        figures=figures,
        match=match,
        value=_number(value),
        items_include=items,
        items_exclude=[str(x) for x in raw.get("items_exclude") or []],
        options_include=[str(x) for x in raw.get("options_include") or []],
        hits_agencies=[str(x) for x in raw.get("hits_agencies") or []],
        note=str(raw.get("note") or ""),
    )


# ------------------------------------------------------------------------------------------ running


def run_eval(answer_fn: Callable[[str], Any], cases_path: str | Path | None = None) -> EvalResult:
    """Ask every case's question of answer_fn and judge the answers."""
    path = Path(cases_path) if cases_path is not None else DEFAULT_CASES
    cases, names = load_cases(path)
    results = []
    for case in cases:
        start = time.perf_counter()
        try:
            answer = answer_fn(case.q)
        except Exception as e:  # an answerer that crashes fails the case, the run goes on
            results.append(
                CaseResult(
                    case,
                    False,
                    [f"回答时出错：{type(e).__name__}: {e}"],
                    False,
                    "error",
                    seconds=time.perf_counter() - start,
                )
            )
            continue
        result = check_case(case, answer, names)
        result.seconds = time.perf_counter() - start
        results.append(result)
    return EvalResult(results, _display_path(path))


def check_case(case: Case, answer: Any, names: AgencyNames | None = None) -> CaseResult:
    """Judge one answer (an Answer or its JSON dict) against one case."""
    names = names or AgencyNames()
    kind = str(_get(answer, "kind", ""))
    reasons: list[str] = []
    if kind not in case.kinds:
        reasons.append(f"类型应为 {'/'.join(case.kinds)}，实际为 {kind or '（无）'}")
    else:
        figures = list(_get(answer, "figures", None) or [])
        if kind in FIGURE_KINDS and case.figures:
            reasons += _check_figures(case, kind, figures, names)
        if kind == "total" and case.value is not None:
            got = _get(answer, "value", None)
            if not _total_equal(got, case, figures):
                reasons.append(f"合计应为 {_fmt(case.value)}，实际为 {_show(got)}")
        if kind == "clarify":
            reasons += _check_options(case, list(_get(answer, "options", None) or []), names)
        if kind == "search":
            reasons += _check_hits(case, list(_get(answer, "hits", None) or []), names)
    reasons += _check_items(case, [str(x) for x in _get(answer, "items", None) or []], names)
    return CaseResult(
        case=case,
        passed=not reasons,
        reasons=reasons,
        wrong_figure=_wrong_figure(case, answer, names),
        kind=kind,
        text=str(_get(answer, "text", "") or ""),
        got=_summary(answer),
    )


def _check_figures(case: Case, kind: str, figures: list, names: AgencyNames) -> list[str]:
    exp = case.figures
    mode = case.match or ("parts" if kind == "total" else "exact")
    out = []
    if mode == "parts":
        for e in exp:
            f = next((f for f in figures if _same_key(f, e, names)), None)
            if f is None:
                out.append(f"缺少一项：{e.describe()}")
            else:
                out += _figure_diff(f, e, "一项")
        for f in figures:
            if _number(_get(f, "value")) not in (None, 0) and not any(_same_key(f, e, names) for e in exp):
                out.append(f"多出一项：{_describe_figure(f)}")
        return out
    if mode == "exact" and len(figures) != len(exp):
        out.append(f"应有 {len(exp)} 个数，实际 {len(figures)} 个")
    if mode == "prefix" and len(figures) < len(exp):
        out.append(f"至少应有 {len(exp)} 个数，实际 {len(figures)} 个")
    for i, (f, e) in enumerate(zip(figures, exp, strict=False), 1):
        if not _same_key(f, e, names):
            out.append(f"第 {i} 个数应为 {e.describe()}，实际为 {_describe_figure(f)}")
        else:
            out += _figure_diff(f, e, f"第 {i} 个数")
    return out


def _figure_diff(f: Any, e: ExpectedFigure, label: str) -> list[str]:
    out = []
    if not _value_equal(f, e):
        out.append(
            f"{label}（{e.agency} {e.year} {e.row}/{e.column}）应为 "
            f"{'（空/无数）' if e.value is None else _fmt(e.value) + e.unit}，实际为 {_show_value(f)}"
        )
    if e.warn and not list(_get(f, "warnings", None) or []):
        out.append(f"{label}（{e.agency} {e.year} {e.row}/{e.column}）应带上核对失败的警告，实际没有")
    return out


def _check_items(case: Case, items: list[str], names: AgencyNames) -> list[str]:
    out = []
    for it in case.items_include:
        if not any(
            names.mentioned(x, it.agency) and (it.year is None or str(it.year) in _norm(x)) for x in items
        ):
            out.append(f"列表里缺少 {it.describe()}")
    for ex in case.items_exclude:
        bad = [x for x in items if names.mentioned(x, ex)]
        if bad:
            out.append(f"列表里不该有 {ex}：{bad[0]}")
    return out


def _check_options(case: Case, options: list, names: AgencyNames) -> list[str]:
    texts = [f"{_get(o, 'label', '')} {_get(o, 'question', '')}" for o in options]
    return [
        f"反问的选项里缺少 {a}" for a in case.options_include if not any(names.mentioned(t, a) for t in texts)
    ]


def _check_hits(case: Case, hits: list, names: AgencyNames) -> list[str]:
    agencies = [str(_get(h, "agency", "")) for h in hits]
    return [
        f"检索结果里没有 {a} 的报告"
        for a in case.hits_agencies
        if not any(names.same(x, a) or names.mentioned(x, a) for x in agencies)
    ]


def _wrong_figure(case: Case, answer: Any, names: AgencyNames) -> bool:
    """Did the answer state a number that is not the expected one (or any number where none is expected)?"""
    kind = str(_get(answer, "kind", ""))
    if kind not in FIGURE_KINDS:
        return False
    figures = list(_get(answer, "figures", None) or [])
    numbered = [(i, f) for i, f in enumerate(figures) if _number(_get(f, "value")) is not None]
    total = _number(_get(answer, "value", None)) if kind == "total" else None
    if not numbered and total is None:
        return False
    if not any(k in FIGURE_KINDS for k in case.kinds) or (not case.figures and case.value is None):
        return True
    if total is not None:
        if case.value is not None:
            if not _total_equal(total, case, figures):
                return True
        elif len(case.figures) == 1 and case.figures[0].value is not None:
            if not _numbers_equal(total, case.figures[0].value):
                return True
        else:
            return True
    for i, f in numbered:
        e = next((e for e in case.figures if _same_key(f, e, names)), None)
        if e is not None:
            if not _value_equal(f, e):
                return True
        elif kind != "total" and i < len(case.figures):
            return True  # another cell's number stands where an expected one should be
    return False


# ------------------------------------------------------------------------------------------ comparing


def _same_key(f: Any, e: ExpectedFigure, names: AgencyNames) -> bool:
    try:
        year = int(str(_get(f, "year", "")).strip().removesuffix("年"))
    except ValueError:
        return False
    return (
        names.same(_get(f, "agency", ""), e.agency)
        and year == e.year
        and _norm(str(_get(f, "row", ""))) == _norm(e.row)
        and _norm(str(_get(f, "column", ""))) == _norm(e.column)
    )


def _value_equal(f: Any, e: ExpectedFigure) -> bool:
    got = _number(_get(f, "value"))
    if e.value is None:
        return got is None
    if got is None:
        return False
    if e.unit == "元":
        got = got * _unit_factor(str(_get(f, "unit", "") or ""))
    return _numbers_equal(got, e.value)


def _total_equal(got: Any, case: Case, figures: list) -> bool:
    n = _number(got)
    if n is None or case.value is None:
        return False
    if _numbers_equal(n, case.value):
        return True
    # an amount total may be stated in the unit its parts use (e.g. 万元)
    if any(e.unit == "元" for e in case.figures) and figures:
        factors = {_unit_factor(str(_get(f, "unit", "") or "")) for f in figures}
        if len(factors) == 1:
            return _numbers_equal(n * factors.pop(), case.value)
    return False


def _unit_factor(unit: str) -> Decimal:
    if "亿" in unit:
        return Decimal(100_000_000)
    if "万" in unit:
        return Decimal(10_000)
    return Decimal(1)


def _numbers_equal(a: Decimal, b: Decimal) -> bool:
    # exact up to float noise (a value like 96171.6 万元 → 961716000 元 may come through a float)
    return abs(a - b) <= max(Decimal("1e-9"), Decimal("1e-12") * abs(b))


def _number(v: Any) -> Decimal | None:
    """A number from an int/float/Decimal or a numeric string; None for blanks, '/', '无', text."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float, Decimal)):
        try:
            d = Decimal(str(v))
        except InvalidOperation:
            return None
        return d if d.is_finite() else None
    if isinstance(v, str):
        s = unicodedata.normalize("NFKC", v).strip().replace(",", "")
        try:
            d = Decimal(s)
        except InvalidOperation:
            return None
        return d if d.is_finite() else None
    return None


def _norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


# ------------------------------------------------------------------------------------------ reporting


def format_report(result: EvalResult, show_failures: bool = True) -> str:
    """The evaluation as Chinese plain text: the four figures, per-intent scores, then every failed case."""
    n = result.total
    clar = sum(r.kind == "clarify" for r in result.results)
    nf = sum(r.kind == "not_found" for r in result.results)
    exp_clar = sum(r.case.kinds == ("clarify",) for r in result.results)
    exp_nf = sum(r.case.kinds == ("not_found",) for r in result.results)
    lines = [
        f"问答评测：{result.cases_path or '评测集'}，共 {n} 题",
        f"  完全正确率      {_pct(result.accuracy)}（{result.passed}/{n}）",
        f"  错误的确定数字  {result.wrong_figures} 题",
        f"  反问澄清率      {_pct(result.clarification_rate)}（{clar} 题；评测集期望 {exp_clar} 题）",
        f"  查无结果率      {_pct(result.not_found_rate)}（{nf} 题；评测集期望 {exp_nf} 题）",
    ]
    if n:
        secs = sorted(r.seconds for r in result.results)
        lines.append(
            f"  每题耗时        中位 {secs[len(secs) // 2] * 1000:.1f} ms，最长 {secs[-1] * 1000:.1f} ms"
        )
    lines.append("按问题类型：")
    for intent, (p, t) in result.by_intent().items():
        mark = "" if p == t else "  ✗"
        lines.append(f"  {_pad(INTENT_TITLES.get(intent, intent), 16)}{intent:<16}{p:>4}/{t:<4}{mark}")
    fails = result.failures
    if show_failures and fails:
        lines.append(f"未通过的题（{len(fails)}）：")
        for r in fails:
            flag = " ⚠ 错误数字" if r.wrong_figure else ""
            lines.append(f"  ✗ [{r.case.id}] {r.case.q}{flag}")
            lines.append(f"      期望 {'/'.join(r.case.kinds)}；实际 {r.got or r.kind}")
            for why in r.reasons:
                lines.append(f"      - {why}")
    elif not fails:
        lines.append("全部通过。")
    return "\n".join(lines)


def _summary(answer: Any) -> str:
    kind = str(_get(answer, "kind", ""))
    figures = list(_get(answer, "figures", None) or [])
    parts = []
    if kind == "total":
        parts.append(f"合计 {_show(_get(answer, 'value', None))}")
    if figures:
        shown = "；".join(_describe_figure(f) for f in figures[:4])
        parts.append(shown + (f"；…共 {len(figures)} 个" if len(figures) > 4 else ""))
    items = list(_get(answer, "items", None) or [])
    if items:
        parts.append("列表：" + "、".join(str(x) for x in items[:8]) + ("…" if len(items) > 8 else ""))
    options = list(_get(answer, "options", None) or [])
    if options:
        parts.append("选项：" + "、".join(str(_get(o, "label", "")) for o in options[:6]))
    hits = list(_get(answer, "hits", None) or [])
    if hits:
        parts.append("命中：" + "、".join(f"{_get(h, 'agency', '')} {_get(h, 'year', '')}" for h in hits[:6]))
    return f"{kind}：{'，'.join(parts)}" if parts else kind


def _describe_figure(f: Any) -> str:
    return f"{_get(f, 'agency', '')} {_get(f, 'year', '')} {_get(f, 'row', '')}/{_get(f, 'column', '')} = {_show_value(f)}"


def _show_value(f: Any) -> str:
    v = _get(f, "value")
    return f"{_show(v)}{_get(f, 'unit', '') or ''}" if v is not None else "（空）"


def _show(v: Any) -> str:
    n = _number(v)
    return _fmt(n) if n is not None else repr(v)


def _fmt(d: Decimal) -> str:
    return format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))


def _pad(s: str, width: int) -> str:
    """Pad to a terminal width, counting CJK characters as two columns."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
    return s + " " * max(1, width - used)


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path.name
