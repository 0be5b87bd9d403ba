"""Glued digits (the 平潭 family): a flattened web page prints a row's cells run together.

Reports are built from known cells (gold files of both templates, and random tables whose
arithmetic holds), printed as such a page (tests/glued_text.py), and parsed back. A cell the
parser gives must be right; a row it leaves out must be one whose glued digits read more ways
than one, given everything the template and the prose say.
"""

from __future__ import annotations

import copy
import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
from glued_text import REQUEST_COLS, REVIEW_COLS, REVIEW_GROUPS, flat_report

from index.glued import COUNT, SIGNED, Equation, amount, confirmed, readings, solve_columns
from index.parse import parse_report
from index.tables import tokenize_text_line

GOLD = Path(__file__).parent / "data" / "gold"
TABLES = ("active", "requests", "review_litigation")


def gold(name: str) -> dict:
    return json.loads(next(GOLD.glob(f"*/{name}*.json")).read_text(encoding="utf-8"))


def zeros_for_blanks(g: dict) -> dict:
    """The same report with 0 where it printed a blank (a flattened page cannot show a blank)."""
    g = copy.deepcopy(g)
    for t in TABLES:
        for cols in g[t].values():
            for c, v in cols.items():
                if v is None:
                    cols[c] = 0
                elif isinstance(v, dict) and v.get("yuan") is None:
                    cols[c] = {"raw": "0", "yuan": 0}
    return g


def _number(v):
    v = v.get("yuan") if isinstance(v, dict) else v
    return None if v is None else Decimal(str(v))


def compare(g: dict, report) -> tuple[int, list[str], list[str]]:
    """(right, wrong, missing) of the parsed report against the gold cells."""
    out = report.to_json()
    right, wrong, missing = 0, [], []
    for t in TABLES:
        for row, cols in g[t].items():
            for col, gv in cols.items():
                got = out[t].get(row, {})
                where = f"{t}/{row}/{col}"
                if col not in got:
                    missing.append(where)
                elif _number(got[col]) == _number(gv) or (
                    _number(gv) is not None and _number(got[col]) is not None and abs(_number(got[col]) - _number(gv)) < Decimal("0.01")
                ):
                    right += 1
                else:
                    wrong.append(f"{where}: printed {gv!r}, parsed {got[col]!r}")
    return right, wrong, missing


def parse_flat(tmp_path: Path, g: dict, **kw):
    p = tmp_path / f"{g['agency']}.txt"
    p.write_text(flat_report(g, **kw), encoding="utf-8")
    return parse_report(p)


def values(toks):
    return [t.text for t in toks]


def read(text: str, slots, groups=0):
    toks = [t for t in tokenize_text_line("行 " + text, 1) if t.kind == "value"]
    got = readings(toks, slots, groups)
    return None if got is None else [values(r) for r in got]


# ---------------------------------------------------------------------------------------------
# One run of glued digits


def test_a_row_that_adds_up_one_way_is_split():
    assert read("713000074", [COUNT] * 7, groups=1) == [["71", "3", "0", "0", "0", "0", "74"]]


def test_spaces_are_cell_boundaries_but_not_every_boundary_has_one():
    assert read(" 00 00000", [COUNT] * 7, groups=1) == [["0"] * 7]
    assert read("12 0 00 0 012", [COUNT] * 7, groups=1) == [["12", "0", "0", "0", "0", "0", "12"]]
    # 220000022 adds up as 22|0|…|22 and as 2|20|…|22; a space after the 2 leaves the second.
    assert len(read("220000022", [COUNT] * 7, groups=1)) == 2
    assert read("2 20000022", [COUNT] * 7, groups=1) == [["2", "20", "0", "0", "0", "0", "22"]]
    assert read("200022", [COUNT] * 7, groups=1) == []  # a cell short: unreadable


def test_a_sign_starts_a_change_and_may_stand_only_in_the_change_column():
    assert read("31+1243", [COUNT, SIGNED, COUNT]) == [["31", "+1", "243"], ["31", "+12", "43"], ["31", "+124", "3"]]
    assert read("31-12 43", [COUNT, SIGNED, COUNT]) == [["31", "-12", "43"]]
    assert read("31+12 43", [COUNT, COUNT, COUNT]) == []


def test_a_unit_word_ends_a_cell():
    assert read("2个318500元", [COUNT, amount()]) == [["2个", "318500元"]]
    # Without the 个 the purchase count and the amount run together: five readings.
    assert len(read("2318500元", [COUNT, amount()])) == 5
    assert read("9116.36", [amount(("万元", "万"))]) == [["9116.36"]]


def test_as_many_digits_as_cells_reads_one_way_and_leading_zeros_never():
    assert read("333", [COUNT] * 3) == [["3", "3", "3"]]
    assert read("000", [COUNT] * 3) == [["0", "0", "0"]]
    assert all(len(c) == 1 or not c.startswith("0") for r in read("0505698", [COUNT] * 3) for c in r)
    assert read("0505698", [COUNT] * 3)[0] == ["0", "50", "5698"]
    assert len(read("8855698", [COUNT] * 3)) == 15


def test_review_table_groups_each_add_up():
    assert read("011021000100000", [COUNT] * 15, groups=3) == [
        ["0", "1", "1", "0", "2", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"]
    ]


def test_a_hostile_line_of_digits_gives_up_instead_of_hanging():
    assert read("1" * 60, [COUNT] * 15) is None


# ---------------------------------------------------------------------------------------------
# Column sums and prose


def test_column_sums_choose_between_readings_and_never_decide_alone():
    d = Decimal
    a = [[d(22), d(0), d(22)], [d(2), d(20), d(22)]]  # two readings of 22022
    total = [[d(44), d(0), d(44)], [d(4), d(40), d(44)]]
    fixed = [[d(22), d(0), d(22)]]
    eq = [Equation((("a", 1), ("b", 1), ("总计", -1)))]
    assert solve_columns({"a": a, "b": fixed, "总计": total}, eq) == {"a": 0, "总计": 0}
    # The fixed row 2|20 would fit either reading of a with the matching total: undecided.
    both = [[d(2), d(20), d(22)], [d(22), d(0), d(22)]]
    assert solve_columns({"a": a, "b": both, "总计": total}, eq) == {}
    # A row with no reading leaves its equations unused.
    assert solve_columns({"a": a, "b": [], "总计": total}, eq) == {}


def test_prose_confirms_a_reading_only_when_it_names_all_but_one_contested_cell():
    d = Decimal
    options = [[d(88), d(55), d(698)], [d(885), d(5), d(698)], [d(8), d(8556), d(98)]]
    assert confirmed(options, [{d(88)}, set(), {d(698)}]) == 0
    assert confirmed(options, [set(), set(), {d(698)}]) is None  # 88|55 and 885|5 both end in 698
    assert confirmed(options, [set(), set(), set()]) is None


# ---------------------------------------------------------------------------------------------
# Whole reports built from gold files


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_2021_gold_as_a_flattened_page(tmp_path, seed):
    g = gold("010_pingtan_2022")
    report = parse_flat(tmp_path, g, seed=seed, space=0.2 * seed)
    right, wrong, missing = compare(g, report)
    assert wrong == []
    # 8855698 reads 15 ways and this page's prose says nothing about it: only that row may be left
    # out (a stray space, as in 88 55698, narrows it down), and the report says why.
    row = [f"active/行政规范性文件/{c}" for c in ("本年制发件数", "本年废止件数", "现行有效件数")]
    assert missing in ([], row)
    if seed == 0:
        assert missing == row and any("8855698" in w and "种分法" in w for w in report.warnings)
    assert report.format == "text" and (report.agency, report.year, report.template) == ("平潭综合实验区", 2022, "2021")


def test_2021_gold_prose_confirms_the_glued_row(tmp_path):
    g = gold("010_pingtan_2022")
    prose = "集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。"
    report = parse_flat(tmp_path, g, prose=prose)
    right, wrong, missing = compare(g, report)
    assert (wrong, missing) == ([], [])
    # A prose figure that disagrees with every reading confirms none.
    report = parse_flat(tmp_path, g, prose="集中公开现行有效行政规范性文件699件，动态更新本年度制发的规范性文件88件。")
    assert compare(g, report)[1:] == ([], [f"active/行政规范性文件/{c}" for c in ("本年制发件数", "本年废止件数", "现行有效件数")])


def test_2019_gold_as_a_flattened_page_with_signs_units_and_spaces(tmp_path):
    g = zeros_for_blanks(gold("004_c04c7de3301b0f26"))
    plain = parse_flat(tmp_path, g)
    right, wrong, missing = compare(g, plain)
    assert wrong == []
    # 表三: 部分公开 220000022 and （七）总计 440000044 each add up two ways (22|0… or 2|20…);
    # the outcome column sums leave one. The balance 一+二 = （七）+四 does not hold in this
    # report's 自然人 column (38+3 ≠ 44+1), so that column's equation is not used.
    assert not [m for m in missing if m.startswith("requests/")]
    assert plain.cell("requests", "部分公开", "自然人").value == 22
    assert plain.cell("requests", "总计", "总计").value == 44
    # 表四 prints 总计 0 for parts adding to 2: no reading adds up, the table is left out.
    assert all(f"review_litigation/{g_}/{c}" in missing for g_ in REVIEW_GROUPS for c in REVIEW_COLS)
    # 表二 2019 rows have no arithmetic: 规章000 and 行政强制000 read one way, 122138 ten ways.
    assert plain.cell("active", "规章", "对外公开总数量").value == 0
    assert plain.cell("active", "行政强制", "处理决定数量").value == 0
    assert plain.cell("active", "行政许可", "处理决定数量") is None
    assert plain.cell("active", "行政事业性收费", "上一年项目数量").value == 4

    marked = parse_flat(tmp_path, g, signs=True, units=True, prose="本年度行政许可处理决定138件。")
    right2, wrong2, missing2 = compare(g, marked)
    assert wrong2 == [] and right2 > right
    # 12+2138: the sign fixes 12; the prose's 138 处理决定 leaves one reading of +2138.
    assert [marked.cell("active", "行政许可", c).value for c in ("上一年项目数量", "本年增/减", "处理决定数量")] == [12, 2, 138]
    assert marked.cell("active", "政府集中采购", "采购项目数量").value == 10
    assert marked.cell("active", "政府集中采购", "采购总金额").yuan == 2090000
    assert any("行政许可" in w and "按正文所述" in w for w in marked.warnings)


def test_rows_on_lines_of_their_own_with_glued_cells(tmp_path):
    # Not a flattened page (one row per line, as a page copied row by row), but each row's cells
    # glued with stray spaces: 表三's arithmetic still reads them.
    g = zeros_for_blanks(gold("004_c04c7de3301b0f26"))
    report = parse_flat(tmp_path, g, row_lines=True, space=0.3, seed=5)
    right, wrong, missing = compare(g, report)
    assert wrong == []
    assert not [m for m in missing if m.startswith("requests/")]


def test_a_flattened_page_with_blank_cells_gives_nothing_wrong(tmp_path):
    # Seed 000 prints many blanks; flattened, they vanish and rows lose cells.
    g = gold("000_65c2709d2d0a946a")
    report = parse_flat(tmp_path, g, space=0.3, seed=3)
    right, wrong, missing = compare(g, report)
    assert wrong == [] and missing
    assert any("已略去" in w for w in report.warnings)


# ---------------------------------------------------------------------------------------------
# Random tables


def _random_count(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.6:
        return 0
    if r < 0.85:
        return rng.randint(1, 9)
    if r < 0.97:
        return rng.randint(10, 99)
    return rng.randint(100, 999)


def random_gold(rng: random.Random, template: str) -> dict:
    """A report of the template (its rows as in a gold file) whose arithmetic holds."""
    g = copy.deepcopy(gold("010_pingtan_2022" if template == "2021" else "003_9ada3b8ff70e53da"))
    g["agency"], g["year"] = "示例县交通运输局", 2022 if template == "2021" else 2020
    for cols in g["active"].values():
        for col in cols:
            if "增" in col:
                cols[col] = rng.choice([0, 0, rng.randint(1, 20), -rng.randint(1, 5)])
            elif col == "采购总金额":
                yuan = rng.choice([0, rng.randint(1000, 999999)])
                cols[col] = {"raw": f"{yuan}元", "yuan": yuan}
            elif "收费金额" in col:
                cols[col] = round(rng.uniform(0, 5000), 2)
            else:
                cols[col] = _random_count(rng)
    outcome = [k for k in g["requests"] if k not in ("本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "总计", "结转下年度继续办理")]

    def row(parts):
        return dict(zip(REQUEST_COLS, [*parts, sum(parts)], strict=True))

    for k in outcome:
        g["requests"][k] = row([_random_count(rng) if rng.random() < 0.5 else 0 for _ in range(6)])
    total = [sum(g["requests"][k][c] for k in outcome) for c in REQUEST_COLS[:-1]]
    forward = [rng.choice([0, 0, 0, rng.randint(0, 3)]) for _ in total]
    carried = [min(rng.choice([0, 0, rng.randint(0, 3)]), t + f) for t, f in zip(total, forward, strict=True)]
    g["requests"]["总计"] = row(total)
    g["requests"]["结转下年度继续办理"] = row(forward)
    g["requests"]["上年结转政府信息公开申请数量"] = row(carried)
    g["requests"]["本年新收政府信息公开申请数量"] = row(
        [t + f - c for t, f, c in zip(total, forward, carried, strict=True)]
    )
    for grp in REVIEW_GROUPS:
        parts = [_random_count(rng) for _ in range(4)]
        g["review_litigation"][grp] = dict(zip(REVIEW_COLS, [*parts, sum(parts)], strict=True))
    return g


def _review_prose(rng: random.Random, g: dict) -> str:
    """Prose that states the 表四 totals, now and then one that disagrees with the table (as
    real reports do: 洪泽 2024's prose says 17 applications, its table 95)."""
    review = g["review_litigation"][REVIEW_GROUPS[0]]["总计"]
    litigation = sum(g["review_litigation"][grp]["总计"] for grp in REVIEW_GROUPS[1:])
    if rng.random() < 0.25:
        review += rng.choice([1, 10])
    return rng.choice(["", f"本年度共有行政复议案件{review}件、行政诉讼案件{litigation}件，其中被纠正0件。"])


def own_readings(printed: str, n: int = 7) -> int:
    """How many ways the printed digits (spaces: cell boundaries) read as n counts whose last is
    the sum of the others: counted here independently of the parser."""
    pieces = printed.split()

    def splits(piece: str, k: int):
        if k == 1:
            if piece == "0" or not piece.startswith("0"):
                yield [int(piece)]
            return
        for i in range(1, len(piece)):
            head = piece[:i]
            if head == "0" or not head.startswith("0"):
                for rest in splits(piece[i:], k - 1):
                    yield [int(head), *rest]

    def rec(i: int, left: int):
        if i == len(pieces):
            if left == 0:
                yield []
            return
        for k in range(1, left - (len(pieces) - i - 1) + 1):
            for head in splits(pieces[i], k):
                for rest in rec(i + 1, left - k):
                    yield head + rest

    return sum(1 for r in rec(0, n) if sum(r[:-1]) == r[-1])


@pytest.mark.parametrize("template", ["2019", "2021"])
def test_random_glued_tables_are_never_read_wrong(tmp_path, template):
    rng = random.Random(f"glued-{template}")
    totals = {"right": 0, "missing": 0}
    for i in range(25):
        g = random_gold(rng, template)
        kw = {"seed": i, "space": rng.choice([0, 0, 0.15, 0.4]), "signs": rng.random() < 0.5, "units": rng.random() < 0.5}
        kw["prose"] = _review_prose(rng, g)
        printed: dict[str, str] = {}
        report = parse_flat(tmp_path, g, printed=printed, **kw)
        right, wrong, missing = compare(g, report)
        assert wrong == [], (kw, wrong)
        totals["right"] += right
        totals["missing"] += len(missing)
        # A 表三 row that its own digits make unique is always read.
        for key, digits in printed.items():
            if report.cell("requests", key, "总计") is None:
                assert own_readings(digits) != 1, (key, digits)
    # Most cells of such pages are determined: the 表三 and 表四 arithmetic does the work.
    assert totals["right"] > 0.9 * (totals["right"] + totals["missing"]), totals

