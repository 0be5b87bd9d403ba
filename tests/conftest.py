"""Shared fixtures: the sample reports, the gold files, and a real index built from data/reports once per session."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
import types
from decimal import Decimal
from pathlib import Path

import pytest

from index.model import Cell, Report, Section

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_REPORTS = ROOT / "data" / "reports"
TEST_DATA = Path(__file__).resolve().parent / "data"
GOLD = TEST_DATA / "gold"

_HEADING = re.compile(r"^\s*([一二三四五六七八九十]+)、\s*(.+?)\s*$")


def gold_for(path: str | Path) -> Path | None:
    """The gold JSON of a report file (matched by file stem), if there is one."""
    stem = Path(path).stem
    found = sorted(GOLD.glob(f"*/{stem}.json"))
    return found[0] if found else None


def report_from_gold(path: str | Path) -> Report:
    """A Report built from the gold JSON plus the file's own headings (stands in for the parser)."""
    path = Path(path)
    gold_path = gold_for(path)
    if gold_path is None:
        from index.errors import ReportParseError

        raise ReportParseError(str(path), None, "没有对应的 gold 文件")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = []
    for table in ("active", "requests", "review_litigation"):
        for row, cols in gold.get(table, {}).items():
            for col, v in cols.items():
                if isinstance(v, dict):
                    v = v["yuan"]
                if v is None:
                    value, raw = None, ""
                elif isinstance(v, str):
                    value, raw = v, v
                else:
                    value, raw = Decimal(str(v)), str(v)
                cells.append(Cell(table, row, col, value, raw, _line_of(lines, row)))
    sections: list[Section] = []
    for i, line in enumerate(lines, 1):
        m = _HEADING.match(line)
        if m and len(m.group(2)) < 30:
            sections.append(Section(m.group(1), m.group(2), "", i))
        elif sections:
            sections[-1].text += line + "\n"
    return Report(
        path=str(path),
        agency=gold["agency"],
        year=gold["year"],
        template=gold["template"],
        sections=sections,
        cells=cells,
        aliases=[a for a in gold.get("agency_accept", []) if a != gold["agency"]],
        expected_cells=len(cells),
    )


def _line_of(lines: list[str], label: str) -> int:
    probe = label.split("/")[-1][:6]
    for i, line in enumerate(lines, 1):
        if probe in line:
            return i
    return 1


# Until the real parser (index/parse.py) lands, index.parse is the gold-based stand-in above.
if importlib.util.find_spec("index.parse") is None:
    _stub = types.ModuleType("index.parse")
    _stub.parse_report = report_from_gold  # type: ignore[attr-defined]
    sys.modules["index.parse"] = _stub


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    """A private, writable copy of the bundled sample reports."""
    dest = tmp_path / "reports"
    shutil.copytree(SAMPLE_REPORTS, dest)
    return dest


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a real index file built once from data/reports (read it, don't write it)."""
    from index.store import build_index

    db_path = tmp_path_factory.mktemp("sample_index") / "index.db"
    summary = build_index(db_path, [SAMPLE_REPORTS])
    assert not summary.failed, summary.failed
    return db_path
