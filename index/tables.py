"""Layout readers: a table region's lines → runs of value cells, each with the labels beside it.

Every layout we meet reduces to one stream of cells:
- tab lines: one cell per line after a tab (cells stream on; blanks are explicit), or several
  tab-separated cells per line (a row per line; HTML and pipe tables arrive in this form);
- text lines (PDF extraction, flattened web text): whitespace-separated tokens, where a row's
  numbers may stand before or after the tail of its label and neighbouring digits may be glued.

A *run* is the value cells between two labels (or up to the end of a text line). Which labels a run
may trust depends on where they stood: labels before the values in the same line always, labels
on earlier lines only in the tab layouts (in PDF text they belong to another row as often as not).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from index.normalize import CELL_SEP, is_page_footer, parse_value, squash


@dataclass
class Tok:
    kind: str  # "label" | "value"
    text: str  # raw text as printed
    line: int
    parsed: tuple | None = None  # parse_value() result for values


@dataclass
class Run:
    cells: list[Tok]
    labels: list[str]  # trusted labels, nearest last
    line: int
    explicit: bool  # cells from a tab layout (blanks are visible)
    stream: bool = False  # one cell per line: a row's cells come first, spacer cells after


_LIST_NUMBER = re.compile(r"^(\d{1,2}[.、．]|[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)")
_MEASURE = re.compile(r"^(件|项|条|个|篇|次|家|人|份|起|余|多|年|月|日|场|期|万|亿|%|％)")
_NUM_TOKEN = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?(?:\s*(?:万元|亿元|元|万))?")
# Measure words a table cell may carry (政府集中采购 2个); money units are read by parse_value.
COUNT_UNITS = ("个", "项", "件", "条")


def tokenize_text_line(text: str, line: int) -> list[Tok]:
    """A text line → label and value tokens; list numbers like '2.' or '3、' stay with their label."""
    toks: list[Tok] = []
    pos = 0
    s = text
    label_buf = ""

    def flush_label():
        nonlocal label_buf
        if label_buf.strip():
            toks.append(Tok("label", label_buf.strip(), line))
        label_buf = ""

    while pos < len(s):
        m = _NUM_TOKEN.match(s, pos)
        prev = s[pos - 1] if pos else " "
        # A number glued to a preceding letter-like char is still a value in flattened text,
        # but digits inside a word like '第二十条第(一)项' never reach here (no ASCII digits).
        # A sign right after a digit starts the next cell of a glued row (行政许可31+1243).
        if m and (not (prev.isascii() and prev.isalnum()) or (s[pos] in "+-" and prev.isdigit())):
            tok = m.group(0)
            end = m.end()
            nxt = s[end] if end < len(s) else ""
            if nxt in ".、．" and end + 1 < len(s) and not s[end + 1].isdigit() and not s[end + 1].isspace():
                # '2.其他…' is the label's own number; in glued text '00000002.其他' only the
                # last digit is the label number.
                digits = tok
                if len(digits) > 1 and digits.isdigit():
                    flush_label()
                    _add_value(toks, digits[:-1], line)
                    label_buf = digits[-1]
                else:
                    flush_label()
                    label_buf = digits
                pos = end
                continue
            if nxt == "%" or (nxt and nxt.isalpha() and not _is_cjk(nxt) and nxt.isascii()):
                label_buf += tok
                pos = end
                continue
            flush_label()
            _add_value(toks, tok, line)
            pos = end
            continue
        ch = s[pos]
        if ch.isspace():
            if label_buf and not label_buf.endswith(" "):
                label_buf += " "
        else:
            label_buf += ch
        pos += 1
    flush_label()
    toks = _counted_cells(toks)
    # A number followed by a measure word (规章1件，受理申请95件, 2024年) is prose, not a cell.
    for i, t in enumerate(toks):
        if t.kind == "value" and i + 1 < len(toks) and toks[i + 1].kind == "label" and _MEASURE.match(toks[i + 1].text):
            t.kind, t.parsed = "label", None
    # Words split by a space are one label: merge neighbouring labels, but a label that opens with
    # its own list number (3.其他, （六）其他处理) starts afresh.
    merged: list[Tok] = []
    for t in toks:
        if merged and t.kind == "label" and merged[-1].kind == "label" and not _LIST_NUMBER.match(t.text):
            merged[-1].text += " " + t.text
        else:
            merged.append(t)
    return merged


def _counted_cells(toks: list[Tok]) -> list[Tok]:
    """A number whose measure word is followed straight by another cell is a cell with a unit
    (政府集中采购2个318500元), and so is the next one of such a chain (5项 3项 10件其他…); a
    measure word followed by words stays prose (规章1件，…)."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            t.kind == "value"
            and t.parsed[0] == "number"
            and not t.parsed[1][1]
            and nxt is not None
            and nxt.kind == "label"
            and nxt.text[:1] in COUNT_UNITS
        ):
            unit, rest = nxt.text[:1], nxt.text[1:].strip()
            follows = not rest and i + 2 < len(toks) and toks[i + 2].kind == "value"
            chained = bool(out) and out[-1].kind == "value" and out[-1].parsed[0] == "number" and out[-1].parsed[1][1] in COUNT_UNITS
            if follows or chained:
                out.append(Tok("value", t.text + unit, t.line, ("number", (t.parsed[1][0], unit))))
                if rest:
                    out.append(Tok("label", rest, nxt.line))
                i += 2
                continue
        out.append(t)
        i += 1
    return out


def _add_value(toks: list[Tok], text: str, line: int):
    parsed = parse_value(text)
    toks.append(Tok("value", text, line, parsed) if parsed else Tok("label", text, line))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def region_runs(lines: list[tuple[int, str]]) -> list[Run]:
    """Lines of one table region → runs of value cells with their trusted labels."""
    runs: list[Run] = []
    fragments: list[str] = []  # labels since the last run (trusted only in tab layouts)
    line_labels: list[str] = []  # labels earlier on the current line
    pending: list[Tok] = []
    pending_explicit = False
    pending_stream = False  # the run began on a one-cell line: labels on earlier lines are its own
    pending_line_labels: list[str] = []

    def flush():
        nonlocal pending, fragments, pending_line_labels
        if pending:
            trusted = list(fragments) if pending_stream and not pending_line_labels else list(pending_line_labels)
            stream = pending_explicit and len({t.line for t in pending}) == len(pending) > 1
            runs.append(Run(pending, trusted, pending[0].line, pending_explicit, stream))
            fragments = []
        pending = []
        pending_line_labels = []

    def add(tok: Tok, explicit: bool, one_cell_line: bool = False):
        nonlocal pending_explicit, pending_line_labels, pending_stream
        if tok.kind == "label":
            if pending:
                flush()
            fragments.append(tok.text)
            line_labels.append(tok.text)
        else:
            if not pending:
                pending_explicit = explicit
                pending_stream = one_cell_line
                pending_line_labels = list(line_labels)
            pending.append(tok)

    for line_no, raw in lines:
        if is_page_footer(raw):
            continue
        line_labels = []
        if CELL_SEP in raw:
            for c in raw.split(CELL_SEP):
                parsed = parse_value(c)
                add(Tok("value", c, line_no, parsed) if parsed else Tok("label", c.strip(), line_no), True)
            flush()
        elif "\t" in raw:
            cells = raw.split("\t")
            stream_cell = raw.startswith("\t") and len(cells) == 2
            for c in cells[1:] if stream_cell else cells:
                parsed = parse_value(c)
                add(Tok("value", c, line_no, parsed) if parsed else Tok("label", c.strip(), line_no), True, stream_cell)
            if not stream_cell:
                flush()
        elif raw.strip():
            for tok in tokenize_text_line(raw, line_no):
                add(tok, False)
            flush()
    flush()
    return runs


def flattened(runs: list[Run]) -> bool:
    """Whether the runs come from a table flattened to text: several rows' cells on one line."""
    per_line = Counter(run.line for run in runs if not run.explicit)
    return any(count >= FLAT_RUNS for count in per_line.values())


FLAT_RUNS = 4  # rows on one text line that make it a flattened table (a PDF line holds one row)


# ---------------------------------------------------------------------------------------------
# Fitting a run to a row of n cells


def value_of(tok: Tok):
    kind, v = tok.parsed
    if kind == "number":
        return v[0]
    return None if kind == "blank" else v


def fit_cells(run: Run, n: int, total_last: bool) -> list[Tok] | None:
    """The run's n cells, or None when they cannot be placed for sure.

    Extra cells are allowed only where they are blank (label-column spacers); when several
    placements remain, the row's own arithmetic (parts add up to the last cell) must pick one.
    """
    cells = run.cells
    if len(cells) == n:
        return cells
    if len(cells) < n:
        if not run.explicit and len(cells) == 1 and cells[0].parsed[0] == "number":
            return split_glued(cells[0], n, total_last)
        return None
    windows = []
    for start in range(1 if run.stream else len(cells) - n + 1):
        outside = cells[:start] + cells[start + n :]
        if all(t.parsed[0] == "blank" for t in outside):
            windows.append(cells[start : start + n])
    if not windows:
        return None
    if len(windows) == 1 or _same_values(windows):
        return windows[0]
    if total_last:
        ok = [w for w in windows if _adds_up(w)]
        if len(ok) == 1 or (ok and _same_values(ok)):
            return ok[0]
    return None


def _same_values(windows) -> bool:
    first = [value_of(t) for t in windows[0]]
    return all([value_of(t) for t in w] == first for w in windows[1:])


def _adds_up(cells: list[Tok]) -> bool:
    vals = [value_of(t) for t in cells]
    if not isinstance(vals[-1], Decimal):
        return False
    parts = [v if isinstance(v, Decimal) else Decimal(0) for v in vals[:-1]]
    return sum(parts) == vals[-1]


def split_glued(tok: Tok, n: int, total_last: bool, groups: int = 1) -> list[Tok] | None:
    """Split digits printed without separators ('713000074') into n numbers.

    Only a split that the table's own arithmetic makes unique is accepted: with total_last, each
    group's parts must add up to its last cell. With n == 1 the token is its own value.
    """
    digits = tok.text.strip()
    if n == 1:
        return [tok]
    if not digits.isdigit() or len(digits) < n:
        return None
    if not total_last:
        # Without arithmetic to confirm it, only a split that is forced is taken: '000' can only
        # be three zeros, while '170' may just as well be one cell of 170.
        return [Tok("value", "0", tok.line, ("number", (Decimal(0), ""))) for _ in range(n)] if set(digits) == {"0"} and len(digits) == n else None
    from index.glued import COUNT, readings  # index.glued builds on this module's tokens

    options = readings([tok], [COUNT] * n, groups=groups)
    return list(options[0]) if options and len(options) == 1 else None


# ---------------------------------------------------------------------------------------------
# Row labels

_ENUM = re.compile(r"^[\(（]?[一二三四五六七八九十\d]{1,2}[\)）]?[、.．]?")


def label_core(label: str) -> str:
    """A label without its list number: '3、其他' → '其他', '（七）总计' → '总计'."""
    s = squash(label)
    prev = None
    while prev != s:
        prev = s
        s = _ENUM.sub("", s, count=1) if _ENUM.match(s) and len(_ENUM.match(s).group(0)) < len(s) else s
    return s


@dataclass
class LabelMatch:
    index: int | None  # the spec's index, or None
    ambiguous: bool = False
    candidates: list[int] = field(default_factory=list)


def match_label(labels: list[str], specs) -> LabelMatch:
    """The spec a run's labels name, trying the nearest label first, then wider context."""
    for k in range(1, len(labels) + 1):
        text = " ".join(labels[-k:])
        flat = squash(text)
        core = label_core(labels[-1]) if k == 1 else None
        hits = []
        for i, spec in enumerate(specs):
            if core is not None and core in spec.exact:
                hits.append((100, i))
                continue
            best = max((len(p) for p in spec.phrases if p in flat), default=0)
            if best:
                hits.append((best, i))
        if hits:
            hits.sort(reverse=True)
            top = [i for score, i in hits if score == hits[0][0]]
            if len(top) == 1:
                return LabelMatch(top[0], candidates=[i for _, i in hits])
            return LabelMatch(None, ambiguous=True, candidates=top)
    return LabelMatch(None)
