"""Chinese word segmentation for the full-text index: the only module that imports jieba.

The same `normalize()` and the same tokenizer run at index time and at query time; `FINGERPRINT`
changes whenever anything that shapes the tokens changes, so a stale index can be detected.

Example:

    >>> seg_for_query("请问哪些报告提到了双随机一公开？")
    ['双随机', '一公开']
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import re
import unicodedata
from importlib.metadata import version
from importlib.resources import files
from typing import TYPE_CHECKING

from index.lazy import import_without_pkg_resources
from index.normalize import to_simplified

if TYPE_CHECKING:  # jieba is imported when text is first cut (0.15 s with pkg_resources behind it)
    import jieba

HMM = True
# Bump when normalize() or the token stream of seg_for_index() changes.
NORMALIZER_VERSION = "2"
USERDICT = files("reportbot_data") / "userdict.txt"  # data/userdict.txt, shipped as package data

# Words that carry no meaning in a question about a report.
_STOPWORDS_TEXT = """
    的 地 得 了 着 过 是 吗 呢 吧 啊 呀 嘛 么 哦 哪 那 这 之 其 及 与 和 或 并 而 且 在 于 对 把 被 给 从 向
    请问 请 麻烦 帮 帮忙 一下 我 我们 你 你们 他 她 它 他们 想 想要 要 知道 告诉 问 问问 查 查询 查找 搜索 找 看看
    多少 几 几个 哪些 哪个 哪里 哪儿 什么 怎么 怎样 怎么样 如何 为什么 是否 是不是 有没有 有 没有 都 也 还 就 又
    提到 提及 提过 说 说到 讲 讲到 写 写到 涉及 关于 有关 相关 里 中 内 上 下 个 些 等 等等
    报告 年报 年度报告 工作报告
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

_WORD = re.compile(r"\w")


@functools.cache
def _userdict_bytes() -> bytes:
    return USERDICT.read_bytes() if USERDICT.is_file() else b""


def _fingerprint() -> str:
    h = hashlib.sha256()
    for part in (
        f"jieba={_JIEBA_VERSION}",
        f"zhconv={version('zhconv')}",
        f"hmm={HMM}",
        f"normalizer={NORMALIZER_VERSION}",
    ):
        h.update(part.encode() + b"\n")
    h.update(_userdict_bytes())
    return f"jieba{_JIEBA_VERSION}-n{NORMALIZER_VERSION}-{h.hexdigest()[:16]}"


_JIEBA_VERSION = version("jieba")  # jieba.__version__, read without importing jieba
FINGERPRINT = _fingerprint()


@functools.cache
def _tokenizer() -> jieba.Tokenizer:
    jieba = import_without_pkg_resources("jieba")

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    if _userdict_bytes():
        with USERDICT.open("rb") as f:  # jieba leaves a path it opens itself unclosed
            tok.load_userdict(f)
    return tok


class _WordFile:
    """The frequency table of `_tokenizer()` (jieba's dictionary and ours) as an SQLite file, read a
    word at a time. Cutting a question looks up a few dozen words, so a process that only asks
    never loads the 500,000 entries (about 1 s); the cuts are the same, since the table is."""

    _MISSING = object()

    def __init__(self, path):
        import sqlite3

        self._conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
        self._seen: dict[str, int | None] = {}
        self.total = int(self._conn.execute("select f from words where w = ''").fetchone()[0])

    def get(self, word: str, default=None):
        f = self._seen.get(word, self._MISSING)
        if f is self._MISSING:
            row = self._conn.execute("select f from words where w = ?", (word,)).fetchone()
            f = self._seen[word] = None if row is None else row[0]
        return default if f is None else f

    def __contains__(self, word: str) -> bool:  # a prefix of a word is held with frequency 0
        return self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        f = self.get(word)
        if f is None:
            raise KeyError(word)
        return f


def _word_file():
    """The path of the frequency table for this FINGERPRINT, written from `_tokenizer()` the first time."""
    import sqlite3

    from index.cache import cache_path, write_atomically

    path = cache_path("jieba-words", FINGERPRINT, ".sqlite")
    if path.is_file():
        return path
    tok = _tokenizer()
    tmp = path.with_name(f".{path.name}.build")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("create table words (w text primary key, f integer not null) without rowid")
        # '' is never a word: its row holds the table's total, the denominator of every frequency
        conn.executemany("insert into words values (?, ?)", [("", tok.total), *tok.FREQ.items()])
        conn.commit()
    finally:
        conn.close()
    write_atomically(path, tmp.read_bytes())
    tmp.unlink(missing_ok=True)
    return path


@functools.cache
def _query_tokenizer() -> jieba.Tokenizer:
    """A tokenizer that cuts exactly like `_tokenizer()`, its dictionary read from `_word_file()` as needed."""
    if _tokenizer.cache_info().currsize:  # the whole table is in memory already (an indexing process)
        return _tokenizer()
    jieba = import_without_pkg_resources("jieba")

    jieba.setLogLevel(logging.WARNING)
    try:
        freq = _WordFile(_word_file())
    except Exception:  # an unreadable cache file: the table in memory, as before
        return _tokenizer()
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = freq, freq.total, True
    return tok


def words(text: str) -> list[str]:
    """The words of a short text as jieba (with the project's dictionary) cuts it: for reading a question."""
    return [w for w in _query_tokenizer().cut(text, HMM=HMM) if w.strip()]


def word_frequency(word: str) -> int:
    """How often jieba's dictionary (with the project's) has seen `word`: 0 for a word it does not hold
    (复义 is a slip, 复核 a word of its own)."""
    return _query_tokenizer().FREQ.get(word, 0) or 0


def normalize(text: str) -> str:
    """NFKC (full-width → ASCII), traditional → simplified, lower case."""
    return to_simplified(unicodedata.normalize("NFKC", text)).lower()


_index_table = {"word file": False}  # see word_file_tokenizer()


@contextlib.contextmanager
def word_file_tokenizer():
    """Within this block, seg_for_index() reads jieba's table word by word from its SQLite file
    (the same tokens: see _WordFile) unless the whole table is in memory already: indexing a few
    files then does not wait a second for the table to load."""
    before = _index_table["word file"]
    _index_table["word file"] = True
    try:
        yield
    finally:
        _index_table["word file"] = before


def _search_tokens(text: str):
    """Like jieba's cut_for_search, but a long word yields ALL its dictionary sub-words.

    jieba only adds 2- and 3-character sub-words, so 政府信息公开 would hide 信息公开.
    """
    tok = _query_tokenizer() if _index_table["word file"] else _tokenizer()
    freq = tok.FREQ
    for w in tok.cut(text, HMM=HMM):
        n = len(w)
        for size in range(2, n):
            for i in range(n - size + 1):
                gram = w[i : i + size]
                if freq.get(gram):
                    yield gram
        yield w


@functools.cache
def _han_run() -> re.Pattern:
    """jieba.cut() splits a text at these runs and segments each run on its own; everything between
    runs comes out one character at a time (whitespace dropped below, as it holds no \\w)."""
    jieba = import_without_pkg_resources("jieba")

    return jieba.re_han_default


@functools.lru_cache(maxsize=1 << 16)
def _seg_run(run: str) -> str:
    """seg_for_index() of one run of _HAN_RUN: the same tokens, cached (report prose repeats itself)."""
    return " ".join(t for t in _search_tokens(run) if _WORD.search(t))


def seg_for_index(text: str) -> str:
    """The space-joined search tokens of `normalize(text)` (punctuation dropped), for the FTS5 `seg` column."""
    pieces = _han_run().split(normalize(text))  # between runs, run, between runs, run, …, between runs
    parts: list[str] = []
    for i in range(1, len(pieces), 2):
        if pieces[i - 1]:  # between runs: one token per character that is a word character
            parts += _WORD.findall(pieces[i - 1])
        seg = _seg_run(pieces[i])
        if seg:
            parts.append(seg)
    if pieces[-1]:
        parts += _WORD.findall(pieces[-1])
    return " ".join(parts)


def seg_for_query(text: str) -> list[str]:
    """The precise tokens of a question, without stopwords and punctuation (order kept, no repeats)."""
    out: list[str] = []
    for t in _query_tokenizer().lcut(normalize(text), HMM=HMM):
        t = t.strip()
        if t and t not in STOPWORDS and _WORD.search(t) and t not in out:
            out.append(t)
    return out


@functools.lru_cache(maxsize=4096)
def _norm_char(ch: str) -> str:
    return normalize(ch)


def find_spans(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) offsets in the ORIGINAL `text` of every occurrence of any normalised token.

    Longer tokens win over the shorter ones they contain; overlapping spans are merged.
    """
    norm_parts: list[str] = []
    origin: list[int] = []  # index in `text` of each character of the normalised string
    for i, ch in enumerate(text):
        n = _norm_char(ch)
        norm_parts.append(n)
        origin.extend([i] * len(n))
    norm = "".join(norm_parts)
    spans: list[tuple[int, int]] = []
    for t in sorted({t for t in tokens if t}, key=len, reverse=True):
        start = norm.find(t)
        while start >= 0:
            end = start + len(t)
            spans.append((origin[start], origin[end - 1] + 1))
            start = norm.find(t, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
