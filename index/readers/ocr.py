"""Scanned pages and images → lines, by OCR (RapidOCR, models bundled in its wheel) and position.

A page's ruling lines are found in the image (OpenCV morphology): the bands between horizontal
lines are table rows, and the vertical lines crossing a band split it into cells, widened to the
table's full column grid the way an HTML table's colspan is. The OCR boxes are put into those cells
by their centres and the rows go out as CELL_SEP lines, like a ruled PDF table; boxes outside a
table become text lines by y. Only pages with a table grid (and the first page, for the title) are
read: OCR is slow. What OCR read is confirmed later by the report's own arithmetic (index/parse.py).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from index.normalize import CELL_SEP, is_page_footer
from index.readers.layout import aligned_lines, cell_text, word_lines

Progress = Callable[[int, int], None]  # (pages read, pages to read)
DPI = 150  # pages are rendered at this resolution: enough for table digits, and OCR time grows with it


@dataclass
class Box:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def word(self) -> dict:
        """The box in the form index.readers.layout reads."""
        return {"x0": self.x0, "x1": self.x1, "top": self.top, "bottom": self.bottom, "text": self.text}


@functools.cache
def _engine():
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)  # it logs every model it loads at INFO
    from rapidocr import RapidOCR

    return RapidOCR(params={"Global.log_level": "warning", "Global.use_cls": False})


_LOOKS_NUMERIC = re.compile(r"[0-9OoIl〇]+(?:[.,][0-9OoIl〇]+)*")
_AS_DIGITS = str.maketrans("OoIl〇", "00110")


def digits_as_read(text: str) -> str:
    """OCR's letters in a figure made of digits (O for 0, l for 1) as digits; other text unchanged.
    A figure read this way is still kept only where the report's sums confirm it."""
    if _LOOKS_NUMERIC.fullmatch(text) and any(c.isdigit() for c in text) or text in ("O", "o", "〇"):
        return text.translate(_AS_DIGITS)
    return text


def has_table_grid(image) -> bool:
    """Whether the page image holds a ruled table (several long horizontal and vertical lines)."""
    horizontal, vertical = _rulings(image)
    return len(horizontal) >= 3 and len(vertical) >= 2


def image_to_lines(image) -> list[str]:
    """One page image → its lines: table rows as CELL_SEP-joined cells, other text by y."""
    if image.width < 1000:  # a small photo: table digits are too small for OCR at this size
        image = image.resize((image.width * 2, image.height * 2))
    result = _engine()(image)
    boxes = []
    if result.boxes is not None:
        for quad, text in zip(result.boxes, result.txts, strict=True):
            xs, ys = [p[0] for p in quad], [p[1] for p in quad]
            boxes.append(Box(min(xs), min(ys), max(xs), max(ys), digits_as_read(text.strip())))
    horizontal, vertical = _rulings(image)
    items: list[tuple[float, str]] = []
    taken: set[int] = set()
    for table in _tables(horizontal, vertical):
        rows, used = _table_lines(table, boxes)
        items += rows
        taken |= used
    free = [b.word for i, b in enumerate(boxes) if i not in taken]
    items += aligned_lines(word_lines(free))
    items.sort(key=lambda it: it[0])
    return [t for _, t in items if t.strip() and not is_page_footer(t)]


# ---------------------------------------------------------------------------------------------
# Ruling lines


def _rulings(image):
    """(horizontal, vertical) line segments: (x0, x1, y) and (y0, y1, x), in pixels."""
    import cv2
    import numpy as np

    gray = np.asarray(image.convert("L"))
    ink = (gray < 200).astype(np.uint8) * 255
    h, w = ink.shape
    found = []
    for kernel, horizontal in (((max(40, w // 25), 1), True), ((1, max(40, h // 60)), False)):
        mask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
        count, _, stats, _ = cv2.connectedComponentsWithStats(mask)
        segments = []
        for x, y, bw, bh, _area in stats[1:count]:
            if horizontal and bw >= kernel[0]:
                segments.append((float(x), float(x + bw), float(y + bh / 2)))
            elif not horizontal and bh >= kernel[1]:
                segments.append((float(y), float(y + bh), float(x + bw / 2)))
        found.append(segments)
    return found[0], found[1]


@dataclass
class _Table:
    x0: float
    x1: float
    ys: list[float]  # horizontal rules, top to bottom
    vertical: list[tuple[float, float, float]]
    columns: list[float]  # every vertical rule's x (the full column grid)


def _tables(horizontal, vertical) -> list[_Table]:
    """Ruled tables: horizontal rules (joined when at one height) linked by vertical rules between them."""
    if len(horizontal) < 2 or not vertical:
        return []
    rules: list[list[float]] = []  # [x0, x1, y]
    for x0, x1, y in sorted(horizontal, key=lambda s: s[2]):
        if rules and y - rules[-1][2] <= 6:
            rules[-1][0], rules[-1][1] = min(rules[-1][0], x0), max(rules[-1][1], x1)
        else:
            rules.append([x0, x1, y])
    groups: list[list[list[float]]] = []
    for rule in rules:
        prev = groups[-1][-1] if groups else None
        if prev and any(v[0] <= prev[2] + 6 and v[1] >= rule[2] - 6 for v in vertical):
            groups[-1].append(rule)
        else:
            groups.append([rule])
    out = []
    for group in groups:
        if len(group) < 2:
            continue
        top, bottom = group[0][2], group[-1][2]
        inside = [v for v in vertical if v[1] > top + 4 and v[0] < bottom - 4]
        if not inside:
            continue
        x0, x1 = min(r[0] for r in group), max(r[1] for r in group)
        out.append(_Table(x0, x1, [r[2] for r in group], inside, _merge(sorted(v[2] for v in inside))))
    return out


def _merge(xs: list[float], gap: float = 6.0) -> list[float]:
    out: list[float] = []
    for x in xs:
        if out and x - out[-1] <= gap:
            continue
        out.append(x)
    return out


def _table_lines(table: _Table, boxes: list[Box]) -> tuple[list[tuple[float, str]], set[int]]:
    rows: list[tuple[float, str]] = []
    used: set[int] = set()
    inside = [i for i, b in enumerate(boxes) if table.x0 - 4 <= b.cx <= table.x1 + 4 and table.ys[0] <= b.cy <= table.ys[-1]]
    used.update(inside)
    for top, bottom in zip(table.ys, table.ys[1:], strict=False):
        mid = (top + bottom) / 2
        seps = _merge(sorted(v[2] for v in table.vertical if v[0] - 4 <= mid <= v[1] + 4))
        if len(seps) < 2:
            continue
        cells: list[str] = []
        for a, b in zip(seps, seps[1:], strict=False):
            texts = [boxes[i] for i in inside if top <= boxes[i].cy < bottom and a <= boxes[i].cx < b]
            span = max(1, sum(1 for x in table.columns if a + 3 < x < b - 3) + 1)
            cells.append(cell_text([t.word for t in texts]))
            cells.extend([""] * (span - 1))
        # Columns left of the band's first rule or right of its last (a cell spanning rows above).
        before = sum(1 for x in table.columns if x < seps[0] - 3)
        after = sum(1 for x in table.columns if x > seps[-1] + 3)
        cells = [""] * before + cells + [""] * after
        if any(cells):
            rows.append((top, CELL_SEP.join(cells)))
    return rows, used


def ocr_images(images: Iterable, total: int, progress: Progress | None = None) -> list[list[str]]:
    """Each page image's lines, OCR'd one page after another (progress after each); `images` may be
    a generator, so that only one page image is held at a time."""
    out = []
    for n, image in enumerate(images, start=1):
        out.append(image_to_lines(image))
        if progress:
            progress(n, total)
    return out
