"""index.segment: normalisation, index/query tokens, offsets back into the original text, fingerprint."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from index import segment
from index.segment import STOPWORDS, find_spans, normalize, seg_for_index, seg_for_query

ROOT = Path(__file__).resolve().parent.parent


def test_normalize_folds_full_width_traditional_and_case():
    assert normalize("２０２０年 政務公開 ABC") == "2020年 政务公开 abc"


def test_user_dict_keeps_domain_terms_whole():
    assert seg_for_query("人社局") == ["人社局"]
    assert seg_for_query("双随机一公开") == ["双随机", "一公开"]
    assert seg_for_query("政务新媒体") == ["政务新媒体"]


def test_index_tokens_include_every_dictionary_sub_word_of_a_long_word():
    tokens = seg_for_index("政府信息公开工作").split()
    # jieba's own cut_for_search stops at 3-character sub-words and would miss 信息公开
    assert {"政府信息公开", "信息公开", "政府", "公开"} <= set(tokens)


def test_index_tokens_drop_whitespace_and_punctuation():
    assert seg_for_index("一、 总体情况。\n（一）") == "一 总体 情况 一"


def test_query_drops_stopwords_and_punctuation():
    assert seg_for_query("请问哪些报告提到了双随机一公开？") == ["双随机", "一公开"]
    assert seg_for_query("嘉兴发改委2020年收到多少申请？") == ["嘉兴", "发改委", "2020", "年", "收到", "申请"]
    assert seg_for_query("“”？！、。") == []
    assert seg_for_query("") == []


def test_query_tokens_of_a_phrase_are_index_tokens_of_a_text_containing_it():
    text = "我局深入推进“双随机、一公开”监管，政务新媒体运行良好，依申请公开办理及时。"
    index_tokens = set(seg_for_index(text).split())
    for phrase in ("双随机 一公开", "政务新媒体", "依申请公开", "新媒体", "申请"):
        assert set(seg_for_query(phrase)) <= index_tokens, phrase


@given(st.text(max_size=60))
def test_query_tokens_never_contain_stopwords_or_bare_punctuation(text):
    for t in seg_for_query(text):
        assert t not in STOPWORDS
        assert re.search(r"\w", t)
        assert t == t.strip()


def test_spans_point_into_the_original_text_despite_full_width_and_traditional_chars():
    text = "推進「雙隨機、一公開」，２０２０年"
    spans = find_spans(text, seg_for_query("双随机 一公开 2020"))
    assert [text[s:e] for s, e in spans] == ["雙隨機", "一公開", "２０２０"]


def test_spans_prefer_the_longest_token_and_merge_overlaps():
    assert find_spans("政务新媒体", ["新媒体", "政务新媒体", "媒体"]) == [(0, 5)]
    assert find_spans("abcab", ["ab"]) == [(0, 2), (3, 5)]
    assert find_spans("", ["ab"]) == []


def test_fingerprint_changes_with_the_user_dictionary(tmp_path, monkeypatch):
    before = segment._fingerprint()
    other = tmp_path / "userdict.txt"
    other.write_text("某某新词 n\n", encoding="utf-8")
    monkeypatch.setattr(segment, "USERDICT", other)
    segment._userdict_bytes.cache_clear()
    try:
        assert segment._fingerprint() != before
    finally:
        monkeypatch.undo()
        segment._userdict_bytes.cache_clear()
    assert segment._fingerprint() == before == segment.FINGERPRINT


def test_fingerprint_changes_with_the_normalizer_version(monkeypatch):
    monkeypatch.setattr(segment, "NORMALIZER_VERSION", "test")
    assert segment._fingerprint() != segment.FINGERPRINT


def test_only_the_segment_module_imports_jieba():
    importers = [
        p.relative_to(ROOT).as_posix()
        for folder in ("index", "bot")
        for p in (ROOT / folder).rglob("*.py")
        if re.search(r"^\s*(import jieba|from jieba)", p.read_text(encoding="utf-8"), re.M)
    ]
    assert importers == ["index/segment.py"]


def test_questions_are_cut_from_the_word_file_exactly_as_by_the_dictionary_in_memory(tmp_path, monkeypatch):
    """words() and seg_for_query() read jieba's table from an SQLite file a word at a time (a fast
    start); every cut equals the one made with the whole table in memory."""
    import yaml

    from index import segment

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    segment._query_tokenizer.cache_clear()
    monkeypatch.setattr(segment._tokenizer, "cache_info", lambda: type("I", (), {"currsize": 0})())
    lazy = segment._query_tokenizer()
    full = segment._tokenizer()
    assert lazy is not full and isinstance(lazy.FREQ, segment._WordFile) and lazy.total == full.total
    cases = yaml.safe_load(Path("tests/qa/cases.yaml").read_text(encoding="utf-8"))["cases"]
    texts = [c["q"] for c in cases]
    texts += [line for p in sorted(Path("data/reports").glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()[:80]]
    texts += ["嘉兴发改委直接收到多少申请", "征地拆迁类的申请", "ABC 123 政务新媒体，微信公众号", "浙江省人民政府办公厅"]
    assert len(texts) > 300
    for t in texts:
        assert list(lazy.cut(t, HMM=True)) == list(full.cut(t, HMM=True)), t
    segment._query_tokenizer.cache_clear()
