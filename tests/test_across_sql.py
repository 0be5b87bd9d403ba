"""Rankings and totals summed by SQLite (bot.across_sql) give the very answers of the Python path
that reads a Value per report, on the bundled reports and on synthetic ones (blank cells, cells
not read, several templates, agencies missing a year, two files of one agency and year)."""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

import synth  # noqa: E402

from bot.across_sql import AcrossSQL  # noqa: E402
from bot.respond import Responder  # noqa: E402
from bot.service import Assistant  # noqa: E402
from index.store import build_index  # noqa: E402

ASKED = [
    "各单位收到的申请数量排名", "收到申请最多的前三名", "哪个单位行政复议最多", "哪个单位采购金额最高",
    "行政许可处理决定数量前五名", "所有单位一共收到多少申请", "全部单位行政诉讼一共多少件", "收到申请最少的前三名",
    "收到申请第二多的是哪个单位", "予以公开排名", "行政复议结果纠正排名", "收费金额最高的单位", "哪个单位行政处罚最多",
    "不予公开最多的前十名", "本机关不掌握相关政府信息最多的是谁", "各单位予以公开一共多少件", "法律服务机构申请最多的单位",
    "哪个单位行政许可最少", "各单位上年结转申请一共多少",
    # a level, a sector: every agency of that kind, none named
    "各区县政府收到的申请数量排名", "各公安局收到申请最多的前三名", "乡镇政府一共收到多少申请", "各市级单位予以公开排名",
]


def _questions(reader, seed: int) -> list[str]:
    rng = random.Random(seed)
    years = reader.years()
    names = sorted(reader.agency_names.values())
    out = []
    for b in ASKED:
        out += [b, *(f"{y}年{b}" for y in rng.sample(years, min(2, len(years)))), f"{years[0]}年和{years[-1]}年{b}"]
    for n in rng.sample(names, min(8, len(names))):
        place = n[:3] if "市" in n[:4] else n[:2]
        out += [f"{place}{rng.choice(years)}年一共收到多少政府信息公开申请", f"{place}各单位收到申请排名",
                f"{n}收到申请排第几", f"{rng.choice(years)}年{n}行政复议排第几"]
    return out


def _compare(db: Path, reports: Path, seed: int) -> tuple[int, int]:
    """(questions answered by SQLite, questions) — every answer equal to the Python path's."""
    assistant = Assistant(db, reports)
    responder = next(v for v in vars(assistant).values() if isinstance(v, Responder))
    used = {"n": 0}
    rank, total = AcrossSQL._rank_sql, AcrossSQL._total_sql

    def counted(f):
        def run(self, q):
            got = f(self, q)
            used["n"] += got is not None
            return got
        return run

    questions = _questions(responder.r, seed)
    for q in questions:
        responder.sql_across = False
        want = json.dumps(assistant.answer(q).to_json(), ensure_ascii=False, sort_keys=True)
        responder.sql_across = True
        AcrossSQL._rank_sql, AcrossSQL._total_sql = counted(rank), counted(total)
        try:
            got = json.dumps(assistant.answer(q).to_json(), ensure_ascii=False, sort_keys=True)
        finally:
            AcrossSQL._rank_sql, AcrossSQL._total_sql = rank, total
        assert got == want, q
    return used["n"], len(questions)


def test_sql_rankings_and_totals_equal_the_python_ones_on_the_bundled_reports(sample_db: Path, tmp_path: Path):
    db = tmp_path / "index.db"
    shutil.copy(sample_db, db)
    used, n = _compare(db, Path("data/reports"), 1)
    assert used >= n // 2  # the SQL path is the one that answered


@pytest.mark.parametrize("seed", [3])
def test_sql_rankings_and_totals_equal_the_python_ones_on_synthetic_reports(tmp_path: Path, seed: int):
    reports = tmp_path / "reports"
    synth.generate(160, reports, seed=seed)
    files = sorted(p for p in reports.iterdir() if not p.name.endswith(".truth.json"))
    # a second file of one agency and year: the newer file is the one read
    shutil.copy(files[0], reports / f"zz_{files[0].name}")
    db = tmp_path / "index.db"
    build_index(db, [reports], jobs=2)
    used, n = _compare(db, reports, seed)
    assert used >= n // 2
