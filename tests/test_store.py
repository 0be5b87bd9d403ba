"""index.store: schema, incremental and atomic builds, agencies, year-to-year check (real SQLite, real jieba)."""

from __future__ import annotations

import json
import multiprocessing
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlite_utils

from index import parse, store
from index.model import Section
from index.parse import parse_report
from index.segment import normalize, seg_for_index
from index.store import (
    SCHEMA_VERSION,
    IndexMissing,
    IndexOutOfDate,
    build_index,
    group_agency_names,
    open_index,
    split_passages,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_REPORTS = ROOT / "data" / "reports"
REAL = ROOT / "tests" / "data" / "reports" / "real"
SAMPLE_FILES = sorted(p.name for p in SAMPLE_REPORTS.glob("*.txt"))


@pytest.fixture
def count_parses(monkeypatch) -> list[str]:
    """Records the name of every file the indexer parses."""
    parsed: list[str] = []
    real = parse.parse_report

    def counting(path, *a, **kw):
        parsed.append(Path(path).name)
        return real(path, *a, **kw)

    monkeypatch.setattr(parse, "parse_report", counting)
    return parsed


def _assert_fts_in_sync(db: sqlite_utils.Database) -> None:
    """FTS5's own check of its index (raises if broken), and one indexed document per passage, each
    holding its passage's tokens (the index is contentless: tokens are not stored beside the text)."""
    db.execute("insert into sections_fts(sections_fts, rank) values ('integrity-check', 1)")
    docs = [r[0] for r in db.execute("select id from sections_fts_docsize order by id")]
    assert docs == [r[0] for r in db.execute("select id from sections order by id")]
    for sid, text in db.execute("select id, text from sections order by random() limit 20").fetchall():
        token = seg_for_index(text).split()[-1]
        hits = db.execute("select rowid from sections_fts where sections_fts match ?", ['"' + token + '"'])
        assert sid in {r[0] for r in hits}, (sid, token)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_sample_index_has_every_report_its_cells_and_the_pipeline_fingerprint(sample_db):
    db = open_index(sample_db)
    assert sorted(r["path"] for r in db["reports"].rows) == SAMPLE_FILES
    meta = {r["key"]: r["value"] for r in db["meta"].rows}
    assert meta["seg_fingerprint"] == store.FINGERPRINT
    assert meta["schema_version"] == SCHEMA_VERSION
    assert meta["last_reindex"]
    assert {"agencies", "aliases", "reports", "cells", "sections", "sections_fts", "checks", "files"} <= set(
        db.table_names() + db.view_names()
    )


def test_stored_cells_match_a_fresh_parse_of_each_report(sample_db):
    db = open_index(sample_db)
    for name in SAMPLE_FILES:
        report = parse_report(SAMPLE_REPORTS / name)
        (rid,) = [r["id"] for r in db.query("select id from reports where path = ?", [name])]
        stored = {
            (c["tbl"], c["row"], c["col"]): (c["value"], c["line"])
            for c in db.query("select * from cells where report_id = ?", [rid])
        }
        expected = {
            (c.table, c.row, c.col): (None if c.value is None else str(c.value), c.line) for c in report.cells
        }
        assert stored == expected, name
        row = db["reports"].get(rid)
        assert (row["agency"], row["year"], row["template"]) == (report.agency, report.year, report.template)
        assert row["cells_read"] == len(report.cells)


def test_numeric_cells_have_num_and_others_do_not(sample_db):
    db = open_index(sample_db)
    for c in db.query("select value, num from cells"):
        if c["value"] is None or c["value"] in ("/", "-", "无"):
            assert c["num"] is None, c
        else:
            assert c["num"] == float(c["value"]), c


def test_passages_cite_the_line_of_their_file_where_they_start(sample_db):
    db = open_index(sample_db)
    rows = list(
        db.query("select s.text, s.line, r.path from sections s join reports r on r.id = s.report_id")
    )
    assert len(rows) > 20
    for r in rows:
        lines = (SAMPLE_REPORTS / r["path"]).read_text(encoding="utf-8").splitlines()
        head = normalize(r["text"].splitlines()[0][:8]).replace(" ", "")
        assert head in normalize(lines[r["line"] - 1]).replace(" ", ""), r


def test_unchanged_files_are_not_parsed_again(reports_dir, tmp_path, count_parses):
    db_path = tmp_path / "index.db"
    first = build_index(db_path, [reports_dir])
    assert first.added == len(SAMPLE_FILES) and first.rebuilt
    ids = {r["path"]: r["id"] for r in sqlite_utils.Database(db_path)["reports"].rows}
    count_parses.clear()

    second = build_index(db_path, [reports_dir])
    assert count_parses == []
    assert (second.added, second.updated, second.unchanged, second.removed) == (0, 0, len(SAMPLE_FILES), 0)
    assert not second.rebuilt
    assert {r["path"]: r["id"] for r in sqlite_utils.Database(db_path)["reports"].rows} == ids


def test_a_changed_file_is_parsed_again_and_updated_in_place(reports_dir, tmp_path, count_parses):
    db_path = tmp_path / "index.db"
    build_index(db_path, [reports_dir])
    db = sqlite_utils.Database(db_path)
    before_id = next(db.query("select id from reports where path = ?", [SAMPLE_FILES[0]]))["id"]
    db.close()
    target = reports_dir / SAMPLE_FILES[0]
    target.write_text(
        target.read_text(encoding="utf-8") + "\n附：本报告新增一句关于测试专用词萤火虫的说明。\n", "utf-8"
    )
    count_parses.clear()

    summary = build_index(db_path, [reports_dir])
    assert count_parses == [SAMPLE_FILES[0]]
    assert (summary.updated, summary.unchanged) == (1, len(SAMPLE_FILES) - 1)
    db = open_index(db_path)
    row = next(db.query("select id, file_hash from reports where path = ?", [SAMPLE_FILES[0]]))
    assert row["id"] == before_id
    assert db.execute("select count(*) from cells where report_id = ?", [before_id]).fetchone()[0] > 0
    # the old rows were replaced, not duplicated, and the full-text index follows
    assert db.execute("select count(*) from reports").fetchone()[0] == len(SAMPLE_FILES)
    _assert_fts_in_sync(db)
    assert [h.source.split(":")[0] for h in store.search(db, "萤火虫")] == [SAMPLE_FILES[0]]


def test_a_deleted_file_is_dropped_with_all_its_rows(reports_dir, tmp_path):
    db_path = tmp_path / "index.db"
    build_index(db_path, [reports_dir])
    gone = SAMPLE_FILES[-1]
    (reports_dir / gone).unlink()

    summary = build_index(db_path, [reports_dir])
    assert summary.removed == 1
    db = open_index(db_path)
    assert gone not in {r["path"] for r in db["reports"].rows}
    for table in ("cells", "sections", "checks"):
        orphans = db.execute(f"select count(*) from {table} where report_id not in (select id from reports)")
        assert orphans.fetchone()[0] == 0, table
    _assert_fts_in_sync(db)


def test_an_interrupted_build_leaves_the_old_index_byte_identical_and_readable(
    reports_dir, tmp_path, monkeypatch
):
    db_path = tmp_path / "index.db"
    build_index(db_path, [reports_dir])
    old_bytes = db_path.read_bytes()
    for name in SAMPLE_FILES[:3]:
        f = reports_dir / name
        f.write_text(f.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    calls = []
    real = parse.parse_report

    def interrupted(path, *a, **kw):
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(path, *a, **kw)

    monkeypatch.setattr(parse, "parse_report", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_index(db_path, [reports_dir])

    assert db_path.read_bytes() == old_bytes
    assert _leftovers(tmp_path) == []
    assert store.search(open_index(db_path), "政府信息公开")


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the patched parser must reach the workers"
)
def test_an_interrupted_parallel_build_leaves_the_old_index_untouched(reports_dir, tmp_path, monkeypatch):
    db_path = tmp_path / "index.db"
    build_index(db_path, [reports_dir])
    old_bytes = db_path.read_bytes()
    for name in SAMPLE_FILES:
        f = reports_dir / name
        f.write_text(f.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    real = parse.parse_report

    def interrupted(path, *a, **kw):
        if Path(path).name == SAMPLE_FILES[2]:
            raise KeyboardInterrupt
        return real(path, *a, **kw)

    monkeypatch.setattr(parse, "parse_report", interrupted)  # workers are forked, so they see it
    with pytest.raises(KeyboardInterrupt):
        build_index(db_path, [reports_dir], jobs=2)
    assert db_path.read_bytes() == old_bytes
    assert _leftovers(tmp_path) == []


def test_a_failure_while_writing_leaves_the_old_index_untouched(reports_dir, tmp_path, monkeypatch):
    db_path = tmp_path / "index.db"
    build_index(db_path, [reports_dir])
    old_bytes = db_path.read_bytes()
    (reports_dir / SAMPLE_FILES[0]).unlink()

    def boom(db, *touched):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_year_checks", boom)
    with pytest.raises(RuntimeError):
        build_index(db_path, [reports_dir])
    assert db_path.read_bytes() == old_bytes
    assert _leftovers(tmp_path) == []


def test_a_first_build_that_is_interrupted_leaves_no_index_file(reports_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(parse, "parse_report", lambda path: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        build_index(tmp_path / "index.db", [reports_dir])
    assert list(tmp_path.glob("index.db*")) == [] and _leftovers(tmp_path) == []


def test_a_malformed_file_is_recorded_and_the_others_are_still_indexed(reports_dir, tmp_path):
    (reports_dir / "bad.txt").write_text("这不是年报\n只是一些文字\n", encoding="utf-8")
    db_path = tmp_path / "index.db"
    summary = build_index(db_path, [reports_dir])
    assert [p for p, _ in summary.failed] == ["bad.txt"]
    assert summary.failed[0][1].startswith("bad.txt")
    assert summary.added == len(SAMPLE_FILES)
    db = open_index(db_path)
    assert [r["path"] for r in db["files"].rows] == ["bad.txt"]
    assert "bad.txt" not in {r["path"] for r in db["reports"].rows}

    (reports_dir / "bad.txt").unlink()
    build_index(db_path, [reports_dir])
    assert open_index(db_path)["files"].count == 0


def test_a_report_that_becomes_malformed_is_removed_and_listed(reports_dir, tmp_path):
    db_path = tmp_path / "index.db"
    build_index(db_path, [reports_dir])
    (reports_dir / SAMPLE_FILES[0]).write_text("坏了\n", encoding="utf-8")
    summary = build_index(db_path, [reports_dir])
    assert [p for p, _ in summary.failed] == [SAMPLE_FILES[0]]
    db = open_index(db_path)
    assert SAMPLE_FILES[0] not in {r["path"] for r in db["reports"].rows}


def test_a_changed_fingerprint_refuses_to_open_and_forces_a_full_rebuild(
    reports_dir, tmp_path, monkeypatch, count_parses
):
    db_path = tmp_path / "index.db"
    build_index(db_path, [reports_dir])
    monkeypatch.setattr(store, "FINGERPRINT", "jieba-other-pipeline")
    with pytest.raises(IndexOutOfDate, match="reportbot index"):
        open_index(db_path)
    count_parses.clear()

    summary = build_index(db_path, [reports_dir])
    assert summary.rebuilt and summary.added == len(SAMPLE_FILES) and summary.unchanged == 0
    assert sorted(count_parses) == SAMPLE_FILES
    db = open_index(db_path)
    assert (
        next(db.query("select value from meta where key = 'seg_fingerprint'"))["value"]
        == "jieba-other-pipeline"
    )


def test_a_new_index_is_readable_by_others_and_a_rebuilt_one_keeps_its_mode(reports_dir, tmp_path):
    db_path = tmp_path / "index.db"
    build_index(db_path, [reports_dir])
    assert db_path.stat().st_mode & 0o777 == 0o644
    db_path.chmod(0o640)
    build_index(db_path, [reports_dir])
    assert db_path.stat().st_mode & 0o777 == 0o640


def test_files_given_one_by_one_are_keyed_as_given(tmp_path):
    one = SAMPLE_REPORTS / SAMPLE_FILES[0]
    build_index(tmp_path / "index.db", [one])
    assert [r["path"] for r in open_index(tmp_path / "index.db")["reports"].rows] == [one.as_posix()]


def test_an_opened_index_can_be_read_from_another_thread(sample_db):
    db = open_index(sample_db)
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(lambda: db["reports"].count).result() == len(SAMPLE_FILES)


def test_opening_a_missing_or_foreign_file_says_how_to_build_the_index(tmp_path):
    with pytest.raises(IndexMissing, match="reportbot index"):
        open_index(tmp_path / "nothing.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(IndexOutOfDate, match="reportbot index"):
        open_index(junk)
    # and building over it replaces it
    build_index(junk, [SAMPLE_REPORTS / SAMPLE_FILES[0]])
    assert open_index(junk)["reports"].count == 1


def test_parallel_build_writes_the_same_rows_as_a_serial_build(reports_dir, tmp_path):
    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    build_index(serial, [reports_dir], jobs=1)
    build_index(parallel, [reports_dir], jobs=2)
    a, b = sqlite_utils.Database(serial), sqlite_utils.Database(parallel)
    for sql in (
        "select r.path, c.tbl, c.row, c.col, c.value, c.line from cells c join reports r on r.id = c.report_id",
        "select r.path, s.text, s.line from sections s join reports r on r.id = s.report_id",
        "select r.path, k.kind, k.status, k.message from checks k join reports r on r.id = k.report_id",
    ):
        assert sorted(map(tuple, a.execute(sql).fetchall())) == sorted(map(tuple, b.execute(sql).fetchall()))


def test_progress_is_reported_once_per_parsed_file(reports_dir, tmp_path):
    seen = []
    build_index(
        tmp_path / "index.db", [reports_dir], progress=lambda done, total, path: seen.append((done, total))
    )
    n = len(SAMPLE_FILES)
    assert seen == [(i, n) for i in range(1, n + 1)]


def test_summary_counts_cells_and_prose(sample_db, reports_dir, tmp_path):
    summary = build_index(tmp_path / "index.db", [reports_dir])
    db = open_index(sample_db)
    assert summary.cells == db["cells"].count > 0
    assert summary.prose_chars == sum(len(r["text"]) for r in db["sections"].rows) > 1000
    assert (
        summary.check_failures
        == db.execute("select count(*) from checks where status = 'fail'").fetchone()[0]
    )


# ---------------------------------------------------------------------------------------------------
# Agencies


def test_region_prefixed_names_are_one_agency_under_the_longer_name():
    names = group_agency_names(
        ["洪泽区人民政府", "淮安市洪泽区人民政府", "嘉兴市发展和改革委员会", "浙江省嘉兴市发展和改革委员会"]
    )
    assert names == {
        "洪泽区人民政府": "淮安市洪泽区人民政府",
        "淮安市洪泽区人民政府": "淮安市洪泽区人民政府",
        "嘉兴市发展和改革委员会": "浙江省嘉兴市发展和改革委员会",
        "浙江省嘉兴市发展和改革委员会": "浙江省嘉兴市发展和改革委员会",
    }


def test_names_without_a_place_or_with_two_candidates_are_not_merged():
    names = group_agency_names(
        ["财政局", "嘉兴市财政局", "洪泽区人民政府", "淮安市洪泽区人民政府", "宿迁市洪泽区人民政府"]
    )
    assert names["财政局"] == "财政局"
    assert names["洪泽区人民政府"] == "洪泽区人民政府"
    # the prefix must be a region, not just any word
    assert group_agency_names(["发展局", "经济发展局"])["发展局"] == "发展局"


def test_reports_of_one_agency_under_two_names_share_one_agency_row(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("002_hongze_qu_2023.txt", "003_hongze_qu_2024.txt"):
        shutil.copy(REAL / name, folder / name)
    db_path = tmp_path / "index.db"
    build_index(db_path, [folder])
    db = open_index(db_path)
    assert [r["name"] for r in db["agencies"].rows] == ["淮安市洪泽区人民政府"]
    assert {r["agency_id"] for r in db["reports"].rows} == {1}
    aliases = {(r["alias"], r["source"]) for r in db["aliases"].rows}
    assert {("洪泽区人民政府", "name"), ("淮安市洪泽区人民政府", "name")} <= aliases


def test_agency_ids_survive_an_incremental_build_that_adds_reports(reports_dir, tmp_path):
    db_path = tmp_path / "index.db"
    held_back = tmp_path / SAMPLE_FILES[0]
    shutil.move(reports_dir / SAMPLE_FILES[0], held_back)
    build_index(db_path, [reports_dir])
    before = {r["name"]: r["id"] for r in open_index(db_path)["agencies"].rows}
    shutil.move(held_back, reports_dir / SAMPLE_FILES[0])
    build_index(db_path, [reports_dir])
    after = {r["name"]: r["id"] for r in open_index(db_path)["agencies"].rows}
    assert {k: after[k] for k in before} == before
    assert len(after) == len(before) + 1


# ---------------------------------------------------------------------------------------------------
# Year-to-year check


def _hongze_pair(tmp_path: Path, carried_out_2023: str | None = None) -> Path:
    folder = tmp_path / "hongze"
    folder.mkdir()
    shutil.copy(REAL / "003_hongze_qu_2024.txt", folder / "003_hongze_qu_2024.txt")
    text = (REAL / "002_hongze_qu_2023.txt").read_text(encoding="utf-8")
    if carried_out_2023 is not None:
        old_row = "四、结转下年度继续办理 0 0 0 0 0 0 0"
        assert old_row in text
        text = text.replace(old_row, "四、结转下年度继续办理 " + carried_out_2023)
    (folder / "002_hongze_qu_2023.txt").write_text(text, encoding="utf-8")
    return folder


def _year_checks(db_path: Path) -> list[dict]:
    db = open_index(db_path)
    return list(
        db.query(
            "select r.path, c.status, c.message, c.cells from checks c join reports r on r.id = c.report_id "
            "where c.kind = 'year' order by c.seq"
        )
    )


def test_year_to_year_check_passes_when_carry_over_matches(tmp_path):
    db_path = tmp_path / "index.db"
    build_index(db_path, [_hongze_pair(tmp_path)])
    checks = _year_checks(db_path)
    assert len(checks) == 7  # one per column of table 三
    assert {c["status"] for c in checks} == {"ok"}
    assert {c["path"] for c in checks} == {"003_hongze_qu_2024.txt"}


def test_year_to_year_check_catches_a_carry_over_mismatch(tmp_path):
    db_path = tmp_path / "index.db"
    summary = build_index(db_path, [_hongze_pair(tmp_path, "3 0 0 0 0 0 3")])
    failed = [c for c in _year_checks(db_path) if c["status"] == "fail"]
    assert sorted(json.loads(c["cells"])[0][2] for c in failed) == ["总计", "自然人"]
    msg = next(c["message"] for c in failed if "（总计）" in c["message"])
    assert "2024年" in msg and "2023年" in msg
    assert "为0" in msg and "为3" in msg
    assert "003_hongze_qu_2024.txt:" in msg and "002_hongze_qu_2023.txt:103" in msg
    assert summary.check_failures >= 2


def test_year_checks_follow_the_files_on_incremental_builds(tmp_path):
    folder = _hongze_pair(tmp_path, "3 0 0 0 0 0 3")
    db_path = tmp_path / "index.db"
    build_index(db_path, [folder])
    assert any(c["status"] == "fail" for c in _year_checks(db_path))
    shutil.copy(REAL / "002_hongze_qu_2023.txt", folder / "002_hongze_qu_2023.txt")  # fixed upstream
    build_index(db_path, [folder])
    assert {c["status"] for c in _year_checks(db_path)} == {"ok"}
    (folder / "002_hongze_qu_2023.txt").unlink()
    build_index(db_path, [folder])
    assert _year_checks(db_path) == []


# ---------------------------------------------------------------------------------------------------
# Passages


def test_hard_wrapped_lines_become_one_passage_without_page_numbers():
    text = (
        "（四）政府信息公开平台建设情况。加强对区政府网站、政\n务新媒体动态全面监管，按照管理标准定期检查，及时关停\n"
        "- 1 -\n整合账号。\n\n下一段是一句完整的话。\n"
    )
    sec = Section("一", "总体情况", text, 10)
    assert split_passages(sec) == [
        (
            "（四）政府信息公开平台建设情况。加强对区政府网站、政务新媒体动态全面监管，"
            "按照管理标准定期检查，及时关停整合账号。",
            11,
        ),
        ("下一段是一句完整的话。", 16),
    ]


def test_the_table_sections_give_no_passages():
    text = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n自然人 社会 法律 总计\n"
    assert split_passages(Section("三", "收到和处理政府信息公开申请情况", text, 50)) == []
    assert split_passages(Section("四", "政府信息公开行政复议、行政诉讼情况", text, 90)) == []


def test_table_rows_and_stray_figures_are_not_passages():
    text = "规章\t0\t0\t0\n行政许可\t22\t0\t1502\n四、结转下年度继续办理 0 0 0 0 0 0 0\n0 0 0\n说明：本表数据截至年底。\n"
    assert split_passages(Section("六", "其他需要报告的事项", text, 30)) == [("说明：本表数据截至年底。", 35)]


def test_long_paragraphs_are_cut_at_sentence_ends():
    sentence = "我局持续推进政务公开标准化规范化工作，不断提升公开质量。"
    sec = Section("一", "总体情况", sentence * 40 + "\n", 3)
    passages = split_passages(sec)
    assert len(passages) > 1
    assert all(len(p) <= 400 and p.endswith("。") for p, _ in passages)
    assert "".join(p for p, _ in passages) == sentence * 40


def test_files_are_listed_as_a_recursive_glob_lists_them(tmp_path):
    """store._collect walks folders with os.scandir: the same files, in the same order, as
    sorted(rglob("*")) filtered (report suffix, not README, nothing hidden, symlinked folders not followed)."""
    import os

    from index.store import EXTENSIONS, _collect

    for rel in ["a.txt", "B.TXT", ".hidden.txt", "sub/x.md", "sub/.h/y.txt", ".git/z.txt", "README.txt", "readme.md",
                "c.", "d.pdf", "sub/deeper/e.html", "sub/f.doc", "g.txt.bak", "sub/深/报告.txt", "zz/Readme.TXT"]:
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("x")
    os.symlink(tmp_path / "sub", tmp_path / "link")
    (tmp_path / "dir.txt").mkdir()
    want = [
        (f.relative_to(tmp_path).as_posix(), str(f))
        for f in sorted(tmp_path.rglob("*"))
        if f.is_file() and f.suffix.lower() in EXTENSIONS and f.stem.upper() != "README"
        and not any(part.startswith(".") for part in f.relative_to(tmp_path).parts)
    ]
    assert _collect([tmp_path]) == want and len(want) == 7


def test_an_index_built_by_an_older_reader_is_read_again_in_full(reports_dir, tmp_path, monkeypatch, count_parses):
    db_path = tmp_path / "index.db"
    build_index(db_path, [reports_dir])
    monkeypatch.setattr(store, "READER_VERSION", "a-newer-reader")
    with pytest.raises(IndexOutOfDate, match="reportbot index"):
        open_index(db_path)
    count_parses.clear()
    summary = build_index(db_path, [reports_dir])
    assert summary.rebuilt and sorted(count_parses) == SAMPLE_FILES  # unchanged files are read again
