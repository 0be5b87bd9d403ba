"""Glued digits: a web page flattened to one line prints a row's cells without separators.

    行政规范性文件8855698        → 88 / 55 / 698 (which split? only the prose can tell)
    本年新收…数量 713000074       → 71 / 3 / 0 / 0 / 0 / 0 / 74 (the row adds up only one way)
    属于国家秘密 00 00000        → seven zeros (the spaces are cell boundaries, not every boundary has one)
    行政许可31+1243              → 31 / +1 / 243, 31 / +12 / 43 or 31 / +124 / 3 (left out)
    政府集中采购2个318500元       → 2个 / 318500元 (a unit word ends a cell)

`readings` lists every way a run's value tokens read as the row's cells; `solve_columns` lets the
table's column sums (outcome rows add up to （七）总计, 一+二 = （七）总计+四) choose among the
readings of several rows at once; `prose_figures` and `confirmed` let figures the prose states
choose among a row's readings (confirmation only: prose never supplies a cell). A row is kept
only when one reading remains; otherwise it is left out, never guessed.

Flat text cannot show a blank cell, so every cell is assumed printed (at least one digit).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from index import templates as tpl
from index.tables import COUNT_UNITS, Tok

AMOUNT_UNITS = ("万元", "亿元", "元", "万", "亿")
READINGS_LIMIT = 500  # more readings than this: the row is not determined by itself
# The longest cell a row of the template holds, by kind (3985758 件; 96171.6 万元, 2448023.00元).
MAX_CHARS = {"count": 8, "signed": 8, "amount": 16}
_STEPS_LIMIT = 20_000  # bounds the work on one run (a hostile line of digits)
_SOLVE_LIMIT = 5_000  # bounds the search of a table's column sums


@dataclass(frozen=True)
class Slot:
    """What a cell of the row may hold."""

    kind: str  # "count" (whole, not negative) | "signed" (本年增/减) | "amount" (decimals, money units)
    units: tuple[str, ...] = COUNT_UNITS  # unit words that may end the cell


COUNT = Slot("count")
SIGNED = Slot("signed")


def amount(units: tuple[str, ...] = AMOUNT_UNITS) -> Slot:
    return Slot("amount", units)


_TOKEN = re.compile(r"^([+-]?)(\d[\d,]*(?:\.\d+)?)(" + "|".join(COUNT_UNITS + AMOUNT_UNITS) + r")?$")
_CELL = re.compile(r"^([+-]?)(0|[1-9]\d*|\d{1,3}(?:,\d{3})+)(\.\d+)?(\D+)?$")


def readings(toks: Sequence[Tok], slots: Sequence[Slot], groups: int = 0) -> list[tuple[Tok, ...]] | None:
    """Every reading of the value tokens as len(slots) cells, or None when there are too many.

    Each token holds one cell or several glued ones: a boundary between tokens (a space, a sign
    that starts a cell, a unit word that ends one) is always a cell boundary. A cell has no
    leading zero, a sign only in a signed slot, a decimal point only in an amount slot. With
    `groups`, the slots fall into that many equal groups whose last cell is the sum of the others.
    """
    stream, cuts = _stream(toks)
    if stream is None:
        return []
    n = len(slots)
    if len(stream) > sum(MAX_CHARS[s.kind] for s in slots):
        return None  # not a row of the template (a hostile line of digits): not worth the search
    size = n // groups if groups else 0
    out: list[tuple[Tok, ...]] = []
    steps = 0
    lines = [t.line for t in toks for _ in _token_text(t)]

    def rec(pos: int, col: int, cells: list[tuple[str, Decimal, str]], group_sum: Decimal) -> bool:
        nonlocal steps
        steps += 1
        if steps > _STEPS_LIMIT:
            return False
        if col == n:
            if pos == len(stream):
                out.append(tuple(Tok("value", raw, line, ("number", (v, u))) for raw, v, u, line in cells))
                return len(out) <= READINGS_LIMIT
            return True
        left = n - col  # cells still to read, this one included: each needs a character
        if len(stream) - pos < left:
            return True
        is_total = bool(size) and (col + 1) % size == 0
        first = pos + 1
        if is_total:  # the group's total is known: its digits must stand here
            digits = f"{group_sum:f}"
            if not stream.startswith(digits, pos):
                return True
            first = pos + len(digits)
        parts_after = size - 2 - col % size if size and not is_total else 0  # parts before the total
        for end in range(first, len(stream) - left + 2):
            if end < len(stream) and cuts[end] == "no":
                continue
            cell = _cell(stream[pos:end], slots[col])
            if cell is not None:
                value, unit = cell
                total = Decimal(0) if is_total else group_sum + value
                if size and not is_total and len(stream) - end < parts_after + len(f"{total:f}"):
                    break  # no room left for a total this large (a longer cell only makes it larger)
                if not (is_total and value != group_sum) and not rec(
                    end, col + 1, [*cells, (stream[pos:end], value, unit, lines[pos])], total
                ):
                    return False
            if end < len(stream) and cuts[end] == "must":
                break
        return True

    if not rec(0, 0, [], Decimal(0)):
        return None
    return out


def _token_text(tok: Tok) -> str:
    return "".join(unicodedata.normalize("NFKC", tok.text).split())


def _stream(toks: Sequence[Tok]) -> tuple[str | None, list[str]]:
    """The tokens' characters run together, and for each position whether a cell boundary
    "must", "may" or may "no"t fall before it."""
    stream = ""
    cuts: list[str] = []
    for tok in toks:
        text = _token_text(tok)
        m = _TOKEN.match(text)
        if not m:
            return None, []
        sign, body, unit = m.group(1), m.group(2), m.group(3) or ""
        atomic = "," in body  # thousands separators: one cell
        marks = ["must"] + ["no"] * len(sign)
        for i in range(1, len(body)):
            glued = body[i - 1].isdigit() and body[i].isdigit() and not atomic
            marks.append("may" if glued else "no")
        marks += ["no"] * len(unit)
        stream += text
        cuts += marks
    return stream, cuts


def _cell(text: str, slot: Slot) -> tuple[Decimal, str] | None:
    m = _CELL.match(text)
    if not m:
        return None
    sign, whole, frac, unit = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
    if unit and unit not in slot.units:
        return None
    if sign and slot.kind != "signed":
        return None
    if frac and slot.kind != "amount":
        return None
    value = Decimal(whole.replace(",", "") + frac)
    return (-value if sign == "-" else value), unit


# ---------------------------------------------------------------------------------------------
# Column sums across rows


@dataclass(frozen=True)
class Equation:
    """sum(coefficient × row) == 0, in every column."""

    terms: tuple[tuple[Hashable, int], ...]


def solve_columns(cands: dict[Hashable, list[tuple]], equations: Sequence[Equation]) -> dict[Hashable, int]:
    """Rows with several readings (tuples of Decimal or None, None counting as 0) → the index of
    their only reading left once every equation holds in every column.

    A row with one reading is taken as printed. An equation over a row with no reading is not
    used, nor, in a column, one that no choice of readings satisfies (the report's own
    arithmetic is off there: seed tables print 总计 rows that do not add up). When the equations
    left still have no solution at all, nothing is decided. Rows not decided are absent.
    """
    known = {k: [[v or Decimal(0) for v in r] for r in rs] for k, rs in cands.items() if rs}
    if not known:
        return {}
    width = len(next(iter(known.values()))[0])
    eqs = [
        (eq, c)
        for eq in equations
        if all(k in known for k, _ in eq.terms) and any(len(known[k]) > 1 for k, _ in eq.terms)
        for c in range(width)
        if _satisfiable(eq, c, known)
    ]
    open_rows = sorted({k for eq, _ in eqs for k, _ in eq.terms if len(known[k]) > 1}, key=lambda k: len(known[k]))
    if not open_rows:
        return {}
    # Bounds of each row's value per column, for pruning partial assignments.
    lo = {k: [min(r[c] for r in known[k]) for c in range(width)] for k in known}
    hi = {k: [max(r[c] for r in known[k]) for c in range(width)] for k in known}
    chosen: dict[Hashable, int] = {}
    seen: dict[Hashable, set[tuple]] = {k: set() for k in open_rows}
    steps = 0

    def value(k, c, bound):
        if len(known[k]) == 1:
            return known[k][0][c], known[k][0][c]
        if k in chosen:
            v = known[k][chosen[k]][c]
            return v, v
        return (lo[k][c], hi[k][c]) if bound else (None, None)

    def feasible() -> bool:
        for eq, c in eqs:
            low = high = Decimal(0)
            for k, coef in eq.terms:
                a, b = value(k, c, True)
                low += coef * (a if coef > 0 else b)
                high += coef * (b if coef > 0 else a)
            if not low <= 0 <= high:
                return False
        return True

    def rec(i: int) -> bool:
        nonlocal steps
        steps += 1
        if steps > _SOLVE_LIMIT:
            return False
        if i == len(open_rows):
            for k in open_rows:
                seen[k].add(tuple(known[k][chosen[k]]))
            # Once every row has two solutions, nothing more can be decided.
            return not all(len(s) > 1 for s in seen.values())
        k = open_rows[i]
        for j in range(len(known[k])):
            chosen[k] = j
            if feasible() and not rec(i + 1):
                del chosen[k]
                return False
        del chosen[k]
        return True

    finished = rec(0)
    if not finished and steps > _SOLVE_LIMIT:
        return {}
    out = {}
    for k in open_rows:
        if len(seen[k]) == 1:
            [only] = seen[k]
            out[k] = next(j for j, r in enumerate(known[k]) if tuple(r) == only)
    return out


def _satisfiable(eq: Equation, c: int, known) -> bool:
    """Whether some choice of readings makes the equation hold in column c."""
    sums = {Decimal(0)}
    for k, coef in eq.terms:
        values = {coef * r[c] for r in known[k]}
        sums = {s + v for s in sums for v in values}
        if len(sums) > 10_000:
            return True  # too many to tell: keep the equation
    return Decimal(0) in sums


# ---------------------------------------------------------------------------------------------
# Prose figures (confirmation only)

_CLAUSE = re.compile(r"[，,。；;、！!？?\n]")
_FIGURE = re.compile(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(件|项|个|条|万元|元)")


def prose_figures(prose: str, targets: dict[Hashable, tuple[tuple[str, ...], tuple[str, ...]]]) -> dict[Hashable, set[Decimal]]:
    """Figures the prose states for each target, a target being (words naming the row, words
    naming the column): a clause that names exactly one target and states exactly one figure.

    "集中公开现行有效行政规范性文件698件" states 698 for (规范性文件, 现行有效)."""
    out: dict[Hashable, set[Decimal]] = {}
    flat = "".join(unicodedata.normalize("NFKC", prose).split())
    for clause in _CLAUSE.split(flat):
        figures = _FIGURE.findall(clause)
        if len(figures) != 1:
            continue
        hits = [k for k, (rows, cols) in targets.items() if any(w in clause for w in rows) and any(w in clause for w in cols)]
        if len(hits) != 1:
            continue
        number = Decimal(figures[0][0].replace(",", ""))
        out.setdefault(hits[0], set()).add(number)
    return out


def confirmed(options: Sequence[Sequence[Decimal | None]], stated: Sequence[set[Decimal]]) -> int | None:
    """The one reading the prose confirms, or None.

    `stated[c]` holds the figures the prose gives for column c. Only the columns where the
    readings differ matter; a reading is confirmed when the prose states its value in all of
    them but at most one (and at least one), and no other reading is."""
    if len(options) < 2:
        return None
    contested = [c for c in range(len(stated)) if len({o[c] for o in options}) > 1]
    ok = []
    for i, o in enumerate(options):
        hits = sum(1 for c in contested if o[c] in stated[c])
        if hits and hits >= len(contested) - 1:
            ok.append(i)
    return ok[0] if len(ok) == 1 else None


# ---------------------------------------------------------------------------------------------
# The template's cells as slots, targets and equations

_COLUMN_WORDS = {
    "本年制发件数": ("制发",),
    "本年废止件数": ("废止",),
    "现行有效件数": ("现行有效",),
    "本年新制作数量": ("新制作",),
    "本年新公开数量": ("新公开",),
    "对外公开总数量": ("对外公开总", "公开总数"),
    "上一年项目数量": ("上一年",),
    "处理决定数量": ("处理决定",),
    "本年处理决定数量": ("处理决定",),
    "采购项目数量": ("采购项目",),
    tpl.AMOUNT_2019: ("采购总金额", "采购金额"),
}


def slots_for(cols: Sequence[str]) -> list[Slot]:
    """What each of a row's columns may hold."""
    out = []
    for col in cols:
        if col == tpl.AMOUNT_2019:
            out.append(amount())
        elif col == tpl.FEE_2021:
            out.append(amount(("万元", "万")))
        elif "增" in col:
            out.append(SIGNED)
        else:
            out.append(COUNT)
    return out


def active_targets(specs: Sequence[tpl.RowSpec]) -> dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]:
    """表二's cells as prose names them: (row key, column) → (row words, column words)."""
    return {
        (spec.key, col): (spec.phrases, _COLUMN_WORDS[col])
        for spec in specs
        for col in spec.cols
        if col in _COLUMN_WORDS and spec.phrases
    }


def request_equations(specs: Sequence[tpl.RowSpec]) -> list[Equation]:
    """表三's column sums: the outcome rows add up to （七）总计; 一+二 = （七）总计+四."""
    keys = [s.key for s in specs]
    outcome = [k for k in keys if k.startswith(tpl.OUTCOME_PREFIXES)]
    return [
        Equation(tuple((k, 1) for k in outcome) + (("总计", -1),)),
        Equation(
            (
                ("本年新收政府信息公开申请数量", 1),
                ("上年结转政府信息公开申请数量", 1),
                ("总计", -1),
                ("结转下年度继续办理", -1),
            )
        ),
    ]


# 表四 totals as prose states them. A clause naming a result (维持, 纠正…) speaks of a part.
_REVIEW_PARTS = re.compile(r"维持|纠正|撤销|确认违法|驳回|败诉|胜诉|审结|其他结果|终止|撤回")


def review_confirmed(options: Sequence[Sequence[Decimal | None]], prose: str) -> int | None:
    """The one 表四 reading whose 行政复议 总计 and 行政诉讼 总计 (both groups) agree with every
    figure the prose states for them, when the prose states one and no other reading agrees."""
    stated = prose_figures(
        "\n".join(c for c in _CLAUSE.split(prose) if not _REVIEW_PARTS.search(c)),
        {"复议": (("行政复议",), ("行政复议",)), "诉讼": (("行政诉讼",), ("行政诉讼",))},
    )
    size = len(tpl.REVIEW_COLS)
    if not stated:
        return None

    def totals(o):
        z = Decimal(0)
        return {"复议": o[size - 1] or z, "诉讼": (o[2 * size - 1] or z) + (o[3 * size - 1] or z)}

    ok = [i for i, o in enumerate(options) if all(totals(o)[k] in figs for k, figs in stated.items())]
    return ok[0] if len(ok) == 1 else None
