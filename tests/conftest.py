"""Shared fixtures: the bundled sample reports and a real index built from them once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# 今年/去年 are read against today's date: the tests (and the bot processes they start) share one.
os.environ.setdefault("REPORTBOT_TODAY", "2026-11-26")

pytest_plugins = ["fakes.fixtures"]  # the Telegram tests' server, assistant and running bot

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_REPORTS = ROOT / "data" / "reports"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    """A private, writable copy of the bundled sample reports (data/reports)."""
    dest = tmp_path / "reports"
    shutil.copytree(SAMPLE_REPORTS, dest)
    return dest


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a real index file built once from data/reports. Read it; don't write to it."""
    from index.store import build_index

    db_path = tmp_path_factory.mktemp("sample_index") / "index.db"
    summary = build_index(db_path, [SAMPLE_REPORTS])
    assert not summary.failed, f"the bundled sample must parse: {summary.failed}"
    return db_path
