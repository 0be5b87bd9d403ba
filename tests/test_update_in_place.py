"""A small update (a file changed, added or removed) is written into the index itself in one
transaction, and leaves the same rows as a full rebuild of the same files; a reader that loaded
the index before notices and reloads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.index_reader import IndexChanged, IndexReader
from bot.service import Assistant
from index import store
from index.store import build_index, open_index, search

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "reports"


def _rows(db_path: Path) -> dict[str, list]:
    """Everything a build writes, keyed by file rather than by id (ids may differ between builds)."""
    db = open_index(db_path)
    q = lambda sql: sorted(map(tuple, db.execute(sql).fetchall()))  # noqa: E731
    out = {
        "reports": q("select path, file_hash, agency, year, template, cells_read, cells_expected, warnings, aliases, "
                     "prose_chars from reports"),
        "agency of report": q("select r.path, a.name from reports r join agencies a on a.id = r.agency_id"),
        "aliases": q("select l.alias, a.name, l.source from aliases l join agencies a on a.id = l.agency_id"),
        "cells": q("select r.path, c.tbl, c.row, c.col, c.value, c.num, c.raw, c.line, c.unit, c.yuan, c.ocr "
                   "from cells c join reports r on r.id = c.report_id"),
        "sections": q("select r.path, s.number, s.title, s.text, s.line from sections s join reports r on r.id = s.report_id"),
        "files": q("select path, error from files"),
    }
    # checks in the order a report lists them
    checks = db.execute("select r.path, k.kind, k.tbl, k.name, k.status, k.message, k.cells from checks k "
                        "join reports r on r.id = k.report_id order by r.path, k.seq").fetchall()
    out["checks"] = [tuple(c) for c in checks]
    db.execute("insert into sections_fts(sections_fts, rank) values ('integrity-check', 1)")
    out["search"] = [
        (h.source, h.snippet, round(h.score, 9)) for text in ("双随机一公开", "政务新媒体", "依申请公开", "信息处理费")
        for h in search(db, text, limit=20)
    ]
    db.close()
    return out


def _update_and_compare(tmp_path: Path, change) -> None:
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLE, reports)
    db = tmp_path / "index.db"
    build_index(db, [reports])
    inode = db.stat().st_ino
    change(reports)
    summary = build_index(db, [reports])
    assert not summary.rebuilt
    assert db.stat().st_ino == inode  # written in place, not swapped
    assert not list(tmp_path.glob("index.db-*")) and not list(tmp_path.glob(".index.db.*.tmp"))
    fresh = tmp_path / "fresh.db"
    build_index(fresh, [reports])
    assert _rows(db) == _rows(fresh)


def _first(reports: Path) -> Path:
    return sorted(reports.glob("*.txt"))[0]


def test_a_changed_file_is_updated_in_place_as_a_full_build_would_write_it(tmp_path):
    def change(reports):
        f = _first(reports)
        text = f.read_text(encoding="utf-8")
        f.write_text(text.replace("一、总体情况", "一、总体情况\n本机关持续推进政务新媒体建设，开展“双随机、一公开”监管。", 1),
                     encoding="utf-8")

    _update_and_compare(tmp_path, change)


def test_a_removed_file_is_removed_in_place(tmp_path):
    _update_and_compare(tmp_path, lambda reports: _first(reports).unlink())


def test_a_second_file_of_one_agency_and_year_is_added_in_place_with_its_checks(tmp_path):
    def change(reports):
        f = _first(reports)
        shutil.copy(f, reports / f"zz_{f.name}")

    _update_and_compare(tmp_path, change)


def test_a_touched_but_unchanged_file_is_not_parsed_again(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLE, reports)
    db = tmp_path / "index.db"
    build_index(db, [reports])
    f = _first(reports)
    f.write_bytes(f.read_bytes())  # a new modification time, the same bytes
    parsed = []
    real = store._parse_and_segment
    monkeypatch.setattr(store, "_parse_and_segment", lambda key, *a, **kw: parsed.append(key) or real(key, *a, **kw))
    summary = build_index(db, [reports])
    assert parsed == [] and summary.unchanged == len(list(reports.glob("*.txt")))
    stats = dict(open_index(db).execute("select path, file_stat from reports").fetchall())
    assert stats[f.name] == store._stat_key(f)  # remembered: the next build does not even read it


def test_a_reader_notices_an_update_in_place_and_the_assistant_reloads(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLE, reports)
    db = tmp_path / "index.db"
    build_index(db, [reports])
    assistant = Assistant(db, reports)
    before = assistant.answer("有哪些单位").text
    reader = IndexReader(db)
    gone = _first(reports)
    gone.unlink()
    build_index(db, [reports])
    with pytest.raises(IndexChanged), reader.snapshot():
        pass
    reader.close()
    after = assistant.answer("有哪些单位").text
    assert after != before


def test_a_reindex_never_closes_the_index_under_a_question_being_answered(tmp_path):
    """A question answered on the old index while another thread's question loads the rebuilt one: the old
    reader stays open until the first question is done (it used to be closed under it: "closed database")."""
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLE, reports)
    assistant = Assistant(tmp_path / "index.db", reports)
    with assistant._using() as busy:  # a question in the middle of its answer
        before = busy.answer("嘉兴市发展和改革委员会2020年收到多少政府信息公开申请")
        (reports / "003_jiaxing_fgw_2021.txt").write_text(
            (reports / "003_9ada3b8ff70e53da.txt").read_text(encoding="utf-8").replace("2020", "2021"), encoding="utf-8")
        assistant.reindex()
        fresh = assistant.answer("嘉兴市发展和改革委员会2021年收到多少政府信息公开申请")  # loads the new index
        # the old reader is still open for the question that holds it (it used to raise "closed database")
        assert busy.r.conn.execute("select count(*) from reports").fetchone()[0] >= 1
        assert busy is not assistant._responder
    assert before.figures[0].value == 31
    assert fresh.figures[0].value == 31 and fresh.figures[0].year == 2021
    assert not assistant._retired and not assistant._in_use  # closed once its last question was done
