"""understand() alone on every blind probe that names one agency and one year: the Query never reads
another year, and never resolves the name to another agency (no index: a catalog of the held names)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.match import AgencyCatalog
from bot.understand import understand

BLIND = Path(__file__).resolve().parent / "qa" / "blind"
HELD = ["嘉兴市自然资源和规划局秀洲分局", "乍浦镇人民政府", "北戴河区自然资源和规划局", "嘉兴市发展和改革委员会",
        "安康市自然资源局", "淮安市人民政府", "淮安市洪泽区人民政府", "平潭综合实验区"]
SAME = {"洪泽区人民政府": "淮安市洪泽区人民政府", "乍浦镇": "乍浦镇人民政府", "浙江省嘉兴市发展和改革委员会": "嘉兴市发展和改革委员会"}
CATALOG = AgencyCatalog([(i, name, []) for i, name in enumerate(HELD)])
TODAY = date(2026, 11, 26)


def _turns() -> list[dict]:
    out = []
    for path in sorted(BLIND.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            turns = item.get("turns") or [item]
            out += [dict(t, id=f"{item['id']}.{k}") for k, t in enumerate(turns[:1])]  # follow-ups need context
    return [t for t in out if t.get("expect") in ("figure", "total", "rate", "diff")
            and isinstance(t.get("year"), int) and isinstance(t.get("agency"), str) and "/" not in t["agency"]]


PROBES = _turns()


def test_there_are_hundreds_of_probes():
    assert len(PROBES) >= 200


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_a_probe_is_read_with_its_own_year_and_agency(probe):
    q = understand(probe["q"], CATALOG, TODAY)
    if q.years and probe["expect"] != "diff":
        assert probe["year"] in q.years, f"{probe['q']}: read as {q.years}"
    ids = {i for m in q.mentions if m.kind == "name" for i in m.agency_ids}
    if len(ids) == 1:  # (a probe of two agencies names both, ";" between: the one read is one of them)
        expected = {SAME.get(a.strip(), a.strip()) for a in re.split(r"[;；]", probe["agency"])}
        assert HELD[ids.pop()] in expected, f"{probe['q']}: read as another agency"
