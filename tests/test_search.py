"""index.store.search over the sample index: recall, ranking, filters, snippets, and hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.store import SearchHit, make_snippet, open_index, search

SAMPLE_REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"

INJECTIONS = [
    '"',
    '""',
    "*",
    "双随机*",
    "OR",
    "AND",
    "NOT",
    "双随机 OR",
    "OR 双随机",
    "NEAR(",
    "NEAR(双随机 一公开, 2)",
    ")",
    "((",
    "'; DROP TABLE reports; --",
    "sections_fts:双随机",
    "seg:公开",
    "^公开",
    "{seg}",
    "-",
    "+",
    ":",
    "\\",
    "\x00",
    "",
    "   ",
    "？？？",
    "的 是 吗",
]


@pytest.fixture(scope="module")
def db(sample_db):
    return open_index(sample_db)


def test_finds_shuang_sui_ji_in_the_seeds_with_marked_snippet_and_source(db):
    hits = search(db, "双随机")
    assert {h.agency for h in hits} >= {"嘉兴市发展和改革委员会", "安康市自然资源局"}
    for h in hits:
        assert isinstance(h, SearchHit)
        assert "【双随机】" in h.snippet
        assert h.year == 2020
        assert h.section == "一、总体情况"
        file, line = h.source.rsplit(":", 1)
        lines = (SAMPLE_REPORTS / file).read_text(encoding="utf-8").splitlines()
        assert "双随机" in "".join(lines[int(line) - 1 : int(line) + 5])


def test_a_question_in_natural_language_finds_the_same_passages(db):
    by_words = [h.source for h in search(db, "双随机 一公开")]
    assert by_words
    assert [h.source for h in search(db, "请问哪些报告提到了“双随机、一公开”？")] == by_words


def test_traditional_and_full_width_queries_match_simplified_text(db):
    assert [h.source for h in search(db, "雙隨機")] == [h.source for h in search(db, "双随机")]


def test_all_words_must_match_before_any_word_may(db):
    both = search(db, "双随机 一公开", limit=50)
    assert both and all("【双随机】" in h.snippet and "【一公开】" in h.snippet for h in both)
    # a word found nowhere: AND finds nothing, so OR returns the passages with the other word
    fallback = search(db, "双随机 萤火虫", limit=50)
    assert {h.source for h in fallback} == {h.source for h in search(db, "双随机", limit=50)}


def test_hits_are_ordered_best_first_and_limited(db):
    hits = search(db, "政府信息公开", limit=5)
    assert len(hits) == 5
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_filters_by_year_and_agency(db):
    agency_id = next(db.query("select id from agencies where name = '安康市自然资源局'"))["id"]
    hits = search(db, "公开", agency_ids=[agency_id], limit=50)
    assert hits and {h.agency for h in hits} == {"安康市自然资源局"}
    assert {h.agency_id for h in hits} == {agency_id}
    assert search(db, "公开", year=2019) == []
    assert search(db, "公开", agency_ids=[]) == []
    assert len(search(db, "公开", year=2020, limit=3)) == 3


def test_a_word_found_nowhere_gives_no_hits(db):
    assert search(db, "萤火虫") == []


@pytest.mark.parametrize("text", INJECTIONS)
def test_fts_syntax_in_user_text_is_harmless(db, text):
    hits = search(db, text)
    assert isinstance(hits, list)
    assert db["reports"].count > 0  # nothing was dropped


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(sample_db, text):
    db = open_index(sample_db)
    try:
        assert isinstance(search(db, text, limit=3), list)
    finally:
        db.close()


def test_snippet_marks_matches_in_the_original_text():
    text = "一、总体情况\n我局深入推進「雙隨機、一公開」监管。" + "其他工作。" * 40
    snippet = make_snippet(text, ["双随机", "一公开"], width=60)
    assert "「【雙隨機】、【一公開】」" in snippet
    assert snippet.startswith("一、总体情况 我局深入推進")  # a line break shows as a space
    assert snippet.endswith("…")


def test_snippet_is_a_window_around_the_first_match():
    text = "前文。" * 100 + "这里提到双随机。" + "后文。" * 100
    snippet = make_snippet(text, ["双随机"], width=60)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "【双随机】" in snippet
    assert len(snippet) <= 60 + 4


def test_snippet_without_a_match_is_the_start_of_the_text():
    assert make_snippet("短文本。", ["没有"]) == "短文本。"
