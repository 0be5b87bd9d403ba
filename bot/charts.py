"""Bar charts (PNG) for comparisons, rankings and trends, with Chinese labels.

The CJK font is the project's own: Noto Sans CJK SC shipped by the `mplfonts` package (a
dependency), registered with matplotlib once by `cjk_font()`. A system font with CJK glyphs
(e.g. Debian's fonts-noto-cjk) is the fallback. No global matplotlib state is changed: every
chart is drawn inside an `rc_context` under a lock, with the object API (no pyplot).
"""

from __future__ import annotations

import io
import textwrap
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import matplotlib
import matplotlib.patches
from matplotlib import font_manager
from matplotlib.figure import Figure

from bot.answer import Answer
from bot.answer import Figure as Cell

MAX_BARS = 40
_CJK_HINTS = ("CJK", "Source Han", "WenQuanYi", "Noto Sans SC", "SimHei", "Microsoft YaHei", "PingFang")
_draw_lock = threading.Lock()


class FontMissing(RuntimeError):
    """No font with Chinese glyphs could be found."""


@lru_cache(maxsize=1)
def cjk_font() -> tuple[str, Path]:
    """(family name, file) of the CJK font charts use, registered with matplotlib on first call."""
    try:
        from mplfonts.conf import FONT_DIR
    except ImportError:  # pragma: no cover - mplfonts is a declared dependency
        FONT_DIR = None
    if FONT_DIR:
        bundled = Path(FONT_DIR) / "NotoSansCJKsc-Regular.otf"
        if bundled.is_file():
            font_manager.fontManager.addfont(str(bundled))
            return font_manager.FontProperties(fname=str(bundled)).get_name(), bundled
    for entry in font_manager.fontManager.ttflist:
        if any(hint.lower() in entry.name.lower() for hint in _CJK_HINTS):
            return entry.name, Path(entry.fname)
    raise FontMissing("找不到中文字体：请安装 mplfonts（pip install mplfonts）或系统字体 fonts-noto-cjk")


def numeric(cells: list[Cell]) -> list[Cell]:
    return [c for c in cells if isinstance(c.value, int | float) and not isinstance(c.value, bool)]


def is_trend(cells: list[Cell]) -> bool:
    return len({c.agency for c in cells}) == 1 and len({c.year for c in cells}) == len(cells) > 1


def is_chartable(answer: Answer) -> bool:
    """A comparison, ranking or trend: ≥ 2 numbers in one unit, across agencies or years (a trend may
    have blank years: they are drawn as gaps)."""
    if answer.kind not in ("table", "total"):
        return False
    cells, figs = numeric(answer.figures), answer.figures
    blanks_ok = is_trend(figs) and all(c.value is None or c in cells for c in figs)
    if len(cells) < 2 or (len(cells) != len(figs) and not blanks_ok) or len(figs) > MAX_BARS:
        return False
    if len({c.unit for c in cells}) > 1 or not any(c.value for c in cells):
        return False  # mixed units, or nothing but zeros (a wall of empty bars says nothing)
    return len({c.agency for c in cells}) > 1 or len({c.year for c in cells}) > 1


def bar_labels(cells: list[Cell]) -> list[str]:
    """Name each bar by what differs between the figures: agency, year, item (or column)."""
    dims = [
        lambda c: c.agency,
        lambda c: f"{c.year}年",
        lambda c: c.label or f"{c.row}（{c.column}）",
    ]
    varying = [f for f in dims if len({f(c) for c in cells}) > 1] or dims[:1]
    return [" ".join(f(c) for f in varying) for c in cells]


def chart_title(answer: Answer) -> str:
    return answer.title or (answer.text.strip().splitlines() or [""])[0][:60]


@dataclass
class Chart:
    """What a chart shows, decided before drawing (tests check it; `draw` renders it)."""

    title: str  # metric · year(s) · unit
    subtitle: str  # the answer's own title, and the figure it computed
    labels: list[str]
    values: list[float | None]  # None: a gap (no report, or the cell is blank)
    gaps: list[str]  # what each gap is ("" for a bar)
    marked: list[bool]  # the bar's report fails its own arithmetic
    source: str
    notes: list[str]
    trend: bool
    unit: str


def _years(years: set[int]) -> str:
    ys = sorted(years)
    return f"{ys[0]}年" if len(ys) == 1 else f"{ys[0]}–{ys[-1]}年"


def _computed(answer: Answer, unit: str) -> str:
    if answer.kind != "total" or answer.value is None:
        return ""
    if answer.unit == "%":
        return f"比例 {_fmt(answer.value)}%"
    if answer.op in ("difference", "change"):
        sign = "+" if answer.value > 0 else ""
        return f"{'变化' if answer.op == 'change' else '差'} {sign}{_fmt(answer.value)} {unit}"
    return f"合计 {_fmt(answer.value)} {unit}"


def chart_spec(answer: Answer) -> Chart | None:
    """The chart of a comparison/ranking/trend answer, or None when a chart would not help."""
    if not is_chartable(answer):
        return None
    cells = list(answer.figures)
    unit = numeric(cells)[0].unit
    trend = is_trend(cells)
    notes: list[str] = []
    gaps: list[str] = []
    if trend:  # every year from the first to the last: a year without a report is a gap, not skipped
        by_year = {c.year: c for c in cells}
        years = range(min(by_year), max(by_year) + 1)
        cells = [by_year.get(y) for y in years]
        labels = [f"{y}年" for y in years]
        gaps = ["无年报" if c is None else ("空白" if c.value is None else "") for c in cells]
        if any(gaps):
            notes.append("虚线框：该年没有年报或表中空白，不是0")
    else:
        shown = [c for c in cells if c.value]
        zeros = len(cells) - len(shown)
        if zeros >= 3 or (zeros and len(shown) >= MAX_BARS // 2):
            notes.append(f"另有{zeros}个为0，未画出")
            cells = shown
        labels = bar_labels(cells)
        gaps = ["" for _ in cells]
        if len({c.agency for c in cells}) > 1 and len({c.year for c in cells}) > 1:
            notes.append(f"注意：年份不同（{_years({c.year for c in cells})}），每条标了年份")
            if not any("年" in label for label in labels):
                labels = [f"{label} {c.year}年" for label, c in zip(labels, cells, strict=True)]
    present = [c for c in cells if c is not None]
    items = {c.label or f"{c.row}（{c.column}）" for c in present}
    metric = items.pop() if len(items) == 1 else "各项"
    tables = {c.table for c in present}
    title = f"{metric} · {_years({c.year for c in present})}（单位：{unit}）"
    subtitle = "；".join(x for x in (chart_title(answer), _computed(answer, unit)) if x)
    files = {c.source.rpartition(":")[0] for c in present if ":" in c.source}
    table = tables.pop().split(" ", 1)[0] if len(tables) == 1 else "各表"
    where = next(iter(files)) if len(files) == 1 else f"{len(files)}份年报"
    source = f"出处：{where} {table}（各数的文件与行号见文字回答）"
    marked = [bool(c and c.warnings) for c in cells]
    if any(marked):
        notes.append("※ 该报告自身的加总核对未通过，数字照原文")
    values = [None if c is None or c.value is None else float(c.value) for c in cells]
    return Chart(title, subtitle, labels, values, gaps, marked, source, notes, trend, unit)


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False)) or text


def draw(chart: Chart) -> Figure:
    """The matplotlib Figure of a Chart (no pyplot): wrapped title and labels, nothing outside the frame."""
    family, _path = cjk_font()
    n = len(chart.values)
    values = [v or 0.0 for v in chart.values]
    top = max(values) or 1.0
    colors = ["#c8553d" if m else "#3b6ea5" for m in chart.marked]
    labels = [(f"※{label}" if m else label) for label, m in zip(chart.labels, chart.marked, strict=True)]
    with matplotlib.rc_context(_rc(family)):
        if chart.trend:
            fig = Figure(figsize=(max(4.8, 0.9 * n + 2.4), 4.6), dpi=120)
            ax = fig.subplots()
            bars = ax.bar([_wrap(x, 8) for x in labels], values, color=colors)
            ax.set_ylabel(chart.unit)
            ax.margins(y=0.15)
        else:
            fig = Figure(figsize=(8.0, max(3.0, 0.5 * n + 2.2)), dpi=120)
            ax = fig.subplots()
            bars = ax.barh([_wrap(x, 16) for x in labels], values, color=colors)
            ax.invert_yaxis()  # displayed order: first answer line on top
            ax.set_xlabel(chart.unit)
            ax.margins(x=0.15)
        texts = []
        for bar, value, gap in zip(bars, chart.values, chart.gaps, strict=True):
            if gap:  # a gap: an empty dashed frame with what is missing, never a bar of 0
                bar.set_visible(False)
                x, y = bar.get_x(), 0
                ax.add_patch(matplotlib.patches.Rectangle((x, y), bar.get_width(), top * 0.12, fill=False,
                                                          linestyle="--", edgecolor="#888888"))
                texts.append(gap)
            else:
                texts.append(_fmt(value))
        ax.bar_label(bars, labels=[t if not g else "" for t, g in zip(texts, chart.gaps, strict=True)],
                     padding=3, fontsize=9)
        for bar, gap in zip(bars, chart.gaps, strict=True):
            if gap:
                ax.text(bar.get_x() + bar.get_width() / 2, top * 0.14, gap, ha="center", va="bottom", fontsize=9,
                        color="#666666")
        ax.spines[["top", "right"]].set_visible(False)
        # title, subtitle and foot are placed on the figure (not the axes), wrapped to its width, with
        # room kept for them, so a long title or label never runs off the picture
        width_in, height_in = fig.get_size_inches()
        title = _wrap(chart.title, int(width_in * 72 / 11 / 1.05) - 1)
        subtitle = _wrap(chart.subtitle, int(width_in * 72 / 9 / 1.05) - 1)
        foot = "\n".join(_wrap(x, int(width_in * 72 / 7.5 / 1.05) - 1) for x in [chart.source, *chart.notes])
        head_h = (14 * (title.count("\n") + 1) + 12 * (subtitle.count("\n") + 1) + 12) / 72 / height_in
        foot_h = (10 * (foot.count("\n") + 1) + 6) / 72 / height_in
        fig.text(0.015, 0.985, title, fontsize=11, ha="left", va="top")
        fig.text(0.015, 0.985 - (14 * (title.count("\n") + 1) + 4) / 72 / height_in, subtitle, fontsize=9,
                 color="#333333", ha="left", va="top")
        fig.text(0.015, 0.008, foot, fontsize=7.5, color="#555555", ha="left", va="bottom")
        fig.tight_layout(rect=(0, foot_h, 1, 1 - head_h))
    return fig


def _rc(family: str) -> dict:
    return {"font.family": "sans-serif", "font.sans-serif": [family, "DejaVu Sans"], "axes.unicode_minus": False}


def chart_png(answer: Answer) -> bytes | None:
    """The PNG bar chart of a comparison/ranking/trend answer, or None when a chart would not help."""
    chart = chart_spec(answer)
    if chart is None:
        return None
    with _draw_lock:
        fig = draw(chart)
        buf = io.BytesIO()
        with matplotlib.rc_context(_rc(cjk_font()[0])):
            fig.savefig(buf, format="png", bbox_inches="tight", pad_inches=0.15)
    return buf.getvalue()


def _fmt(value: float) -> str:
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


def grid_png(grid, title: str, source: str) -> bytes:
    """A table of one report drawn as the report prints it (rows × columns), blanks as “—”, cells of
    a failed check shaded; the title names the report and the table, the last line the file."""
    family, _path = cjk_font()
    rc = _rc(family)
    labels = ["\n".join(textwrap.wrap(label, 20)[:3]) for label, _ in grid.rows]
    columns = ["\n".join(textwrap.wrap(c, 6)[:3]) for c in grid.columns]
    text = [
        [label, *("—" if f is None or f.value is None else _fmt(f.value) for f in cells)]
        for label, (_, cells) in zip(labels, grid.rows, strict=True)
    ]
    head = max(c.count("\n") + 1 for c in columns)
    heights = [head] + [label.count("\n") + 1 for label in labels]
    lines = sum(heights)
    with _draw_lock, matplotlib.rc_context(rc):
        fig = Figure(figsize=(3.4 + 0.85 * len(columns), 0.9 + 0.2 * lines), dpi=130)
        ax = fig.add_axes((0.01, 0.45 / (0.9 + 0.2 * lines), 0.98, 0.2 * lines / (0.9 + 0.2 * lines)))
        ax.axis("off")
        widths = [3.2] + [0.85] * len(columns)
        table = ax.table(cellText=text, colLabels=["", *columns], cellLoc="right", bbox=(0, 0, 1, 1),
                         colWidths=[w / sum(widths) for w in widths])
        table.auto_set_font_size(False)
        table.set_fontsize(8)
        for (r, c), cell in table.get_celld().items():
            cell.set_height(heights[r] / lines)
            if r == 0:
                cell.set_facecolor("#e8eef5")
                cell.get_text().set_ha("center")
            elif c == 0:
                cell.get_text().set_ha("left")
                cell.PAD = 0.02
            else:
                f = grid.rows[r - 1][1][c - 1]
                if f is not None and f.warnings:
                    cell.set_facecolor("#f9d6d5")
        fig.text(0.01, 1 - 0.08 / (0.9 + 0.2 * lines), title, fontsize=10, ha="left", va="top")
        fig.text(0.01, 0.06 / (0.9 + 0.2 * lines), source, fontsize=7, color="#555555", ha="left", va="bottom")
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight", pad_inches=0.1)
    return buf.getvalue()
