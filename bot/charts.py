"""Bar charts (PNG) for comparisons, rankings and trends, with Chinese labels.

The CJK font is the project's own: Noto Sans CJK SC shipped by the `mplfonts` package (a
dependency), registered with matplotlib once by `cjk_font()`. A system font with CJK glyphs
(e.g. Debian's fonts-noto-cjk) is the fallback. No global matplotlib state is changed: every
chart is drawn inside an `rc_context` under a lock, with the object API (no pyplot).
"""

from __future__ import annotations

import io
import threading
from functools import lru_cache
from pathlib import Path

import matplotlib
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


def is_chartable(answer: Answer) -> bool:
    """A comparison, ranking or trend: ≥ 2 numbers in one unit, across agencies or years."""
    if answer.kind not in ("table", "total"):
        return False
    cells = numeric(answer.figures)
    if len(cells) < 2 or len(cells) != len(answer.figures) or len(cells) > MAX_BARS:
        return False
    if len({c.unit for c in cells}) > 1:
        return False
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


def chart_png(answer: Answer) -> bytes | None:
    """The PNG bar chart of a comparison/ranking/trend answer, or None when a chart would not help."""
    if not is_chartable(answer):
        return None
    cells = numeric(answer.figures)
    family, _path = cjk_font()
    trend = len({c.agency for c in cells}) == 1 and len({c.year for c in cells}) == len(cells)
    if trend:
        cells = sorted(cells, key=lambda c: c.year)
    labels, values = bar_labels(cells), [c.value for c in cells]
    unit = cells[0].unit
    rc = {
        "font.family": "sans-serif",
        "font.sans-serif": [family, "DejaVu Sans"],
        "axes.unicode_minus": False,
    }
    with _draw_lock, matplotlib.rc_context(rc):
        if trend:
            fig = Figure(figsize=(max(4.0, 0.9 * len(cells) + 2), 4.0), dpi=120)
            ax = fig.subplots()
            bars = ax.bar(labels, values, color="#3b6ea5")
            ax.set_ylabel(unit)
        else:
            fig = Figure(figsize=(8.0, max(2.5, 0.45 * len(cells) + 1.4)), dpi=120)
            ax = fig.subplots()
            bars = ax.barh(labels, values, color="#3b6ea5")
            ax.invert_yaxis()  # displayed order: first answer line on top
            ax.set_xlabel(unit)
        ax.bar_label(bars, labels=[_fmt(v) for v in values], padding=3, fontsize=9)
        ax.set_title(chart_title(answer), fontsize=11)
        ax.spines[["top", "right"]].set_visible(False)
        if trend:
            ax.margins(y=0.12)
        else:
            ax.margins(x=0.12)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
    return buf.getvalue()


def _fmt(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


def grid_png(grid, title: str, source: str) -> bytes:
    """A table of one report drawn as the report prints it (rows × columns), blanks as “—”, cells of
    a failed check shaded; the title names the report and the table, the last line the file."""
    import textwrap

    family, _path = cjk_font()
    rc = {"font.family": "sans-serif", "font.sans-serif": [family, "DejaVu Sans"], "axes.unicode_minus": False}
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
