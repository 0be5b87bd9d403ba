"""What makes `reportbot ask` start fast keeps answers the same: libraries loaded only when a question
needs them, and derived tables (zhconv's, the agency catalog) remembered between processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot import service
from bot.index_reader import IndexReader
from index import normalize

ROOT = Path(__file__).resolve().parent.parent


def test_a_plain_lookup_loads_neither_cn2an_nor_sqlite_utils_nor_jieba_nor_pkg_resources(sample_db, tmp_path):
    code = (
        "import sys\n"
        "from bot.service import Assistant\n"
        f"a = Assistant({str(sample_db)!r}, {str(ROOT / 'data' / 'reports')!r})\n"
        "print(a.answer('嘉兴发改委2020年收到多少政府信息公开申请？').figures[0].value)\n"
        "loaded = lambda m: m in sys.modules and type(sys.modules[m]).__name__ != '_LazyModule'\n"
        "print(sorted(m for m in ('cn2an', 'sqlite_utils', 'jieba', 'pkg_resources', 'numpy') if loaded(m)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path, env=os.environ | {"PYTHONPATH": str(ROOT)}).stdout.split("\n")
    assert out[0] == "31" and out[1] == "[]"


def test_a_chinese_numeral_still_loads_cn2an_and_is_read(sample_db):
    a = service.Assistant(sample_db, ROOT / "data" / "reports")
    assert a.answer("2020年收到申请最多的前三名").kind == "table"
    assert type(sys.modules["cn2an"]).__name__ == "module"  # imported on first use


def test_the_remembered_zh_tables_are_the_derived_ones():
    assert normalize._zh_tables() == normalize._derive_zh_tables()


def test_the_remembered_agency_catalog_is_the_one_built(sample_db, monkeypatch, tmp_path):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.setattr(service, "CACHED_CATALOG_FROM", 0)
    reader = IndexReader(sample_db)
    built = service._catalog(reader)  # built and written
    assert list(tmp_path.glob("reportbot-cache/catalog-*.pickle"))
    loaded = service._catalog(reader)  # read back
    assert loaded is not built and vars(loaded) == vars(built)
    reader.close()
