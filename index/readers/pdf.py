"""PDF with a text layer → lines: words placed by their coordinates, ruled tables read cell by cell.

Per page, pdfplumber gives the words with their boxes and the ruling lines. A ruled table
(find_tables) becomes one CELL_SEP line per table row, blank cells included, so the parser reads it
like an HTML table. Everything else is rebuilt into lines by y, words in x order, with a space where
the gap between words shows one. Page footers (- 4 -, 第4页) are dropped. A table continued on the
next page simply goes on: the parser anchors each row by its own label.
"""

from __future__ import annotations

import logging
from pathlib import Path

from index.errors import ReportParseError
from index.normalize import CELL_SEP, is_page_footer
from index.readers import Progress, Source
from index.readers.layout import LINE_TOLERANCE, aligned_lines, cell_text, word_lines

MAX_PAGES = 60  # an annual report has 5–15 pages; beyond this we read the first pages only
MAX_OCR_PAGES = 12  # OCR takes seconds a page: the tables fill 2–4 pages of a scanned report


def read_pdf(path: Path, max_pages: int = MAX_PAGES, progress: Progress | None = None) -> Source:
    """The PDF's text as lines; ReportParseError (in Chinese) when it cannot be read.

    Pages without a text layer (scans) are read by OCR when they hold a table, or are the first page
    (the title); `progress` is told how far OCR has got."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # it warns about every damaged operator

    by_page: dict[int, list[tuple[float, str, bool]]] = {}  # (top, line, read by OCR) in reading order
    pictures: dict[int, list[tuple[float, float, float, float]]] = {}  # large images on pages with text
    notes: list[str] = []
    empty_pages: list[int] = []
    try:
        with pdfplumber.open(path) as pdf:
            total = len(pdf.pages)
            if total == 0:
                raise ReportParseError(str(path), None, "PDF 文件中没有页面")
            if total > max_pages:
                notes.append(f"PDF 共{total}页，只读取了前{max_pages}页，其余{total - max_pages}页略去")
            for number, page in enumerate(pdf.pages[:max_pages], start=1):
                by_page[number] = [(top, text, False) for top, text in page_items(page)]
                if not any(t.strip() for _, t, _ in by_page[number]):
                    empty_pages.append(number)
                elif big := _large_pictures(page):
                    pictures[number] = big
                page.close()  # frees the page's parsed objects
    except ReportParseError:
        raise
    except Exception as e:  # pdfminer raises many kinds for a damaged file, wrapped by pdfplumber
        if _caused_by(e, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ReportParseError(str(path), None, "PDF 已加密（需要密码），无法读取。请上传未加密的版本") from e
        raise ReportParseError(str(path), None, "PDF 文件已损坏或不完整，无法读取。请重新下载原文件后再试") from e
    if empty_pages:
        _ocr_pages(path, empty_pages, by_page, notes, progress)
    if pictures:
        _ocr_pictures(path, pictures, by_page, notes)
    lines: list[tuple[int, str]] = []
    pages: list[int] = []
    from_ocr: set[int] = set()
    for number in sorted(by_page):
        for _, text, ocr_read in by_page[number]:
            lines.append((len(lines) + 1, text))
            pages.append(number)
            if ocr_read:
                from_ocr.add(len(lines))
    if not any(t.strip() for _, t in lines):
        raise ReportParseError(str(path), None, "PDF 没有文字层（可能是扫描件或图片），也没有识别出表格")
    return Source(lines, "pdf", notes, pages, frozenset(from_ocr))


def _ocr_pages(path: Path, empty: list[int], by_page: dict, notes: list[str], progress: Progress | None) -> None:
    """OCR the pages without text that hold a table (and the first page, for the title) into by_page."""
    try:
        import pypdfium2

        from index.readers import ocr
    except ImportError:  # OCR is installed with the project; without it scans stay unread
        notes.append(f"第{_pages_cn(empty)}页没有文字层（可能是扫描图片），未安装 OCR，未读取")
        return
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        notes.append(f"第{_pages_cn(empty)}页没有文字层，且无法渲染为图片，未识别")
        return
    try:

        def image(n: int):
            return document[n - 1].render(scale=ocr.DPI / 72).to_pil()

        gridded = [n for n in empty if ocr.has_table_grid(image(n))]
        # Without a ruled table anywhere, the tables may be printed without rules: every page is read.
        chosen = [n for n in empty if n == 1 or n in gridded] if gridded else list(empty)
        cut = chosen[MAX_OCR_PAGES:]
        chosen = chosen[:MAX_OCR_PAGES]
        for n, lines in zip(chosen, ocr.ocr_images((image(n) for n in chosen), len(chosen), progress), strict=True):
            by_page[n] = [(float(i), text, True) for i, text in enumerate(lines)]
    except pypdfium2.PdfiumError:  # a damaged page pdfplumber could parse but pdfium cannot draw
        notes.append(f"第{_pages_cn(empty)}页没有文字层，且无法渲染为图片，未识别")
        return
    finally:
        document.close()
    skipped = [n for n in empty if n not in chosen and n not in cut]
    notes.append(f"第{_pages_cn(chosen)}页是扫描图片，文字由 OCR 识别；OCR 读出的单元格只保留表内加总能核对上的")
    if skipped:
        notes.append(f"第{_pages_cn(skipped)}页是扫描图片且没有表格，未识别文字")
    if cut:
        notes.append(f"OCR 最多识别{MAX_OCR_PAGES}页，第{_pages_cn(cut)}页未识别")


def _large_pictures(page) -> list[tuple[float, float, float, float]]:
    """Images covering an eighth of the page or more: a table pasted as a picture, perhaps."""
    area = page.width * page.height
    return [
        (im["x0"], im["top"], im["x1"], im["bottom"])
        for im in page.images
        if (im["x1"] - im["x0"]) * (im["bottom"] - im["top"]) >= area / 8
    ]


def _ocr_pictures(path: Path, pictures: dict, by_page: dict, notes: list[str]) -> None:
    """A table pasted as a picture on a page with text: OCR the picture when it holds a ruled table
    and put its lines where the picture stands."""
    try:
        import pypdfium2

        from index.readers import ocr
    except ImportError:
        return
    scale = ocr.DPI / 72
    read: list[int] = []
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return
    try:
        for number, boxes in sorted(pictures.items()):
            try:
                page_image = document[number - 1].render(scale=scale).to_pil()
            except pypdfium2.PdfiumError:
                continue
            for x0, top, x1, bottom in boxes:
                crop = page_image.crop((int(x0 * scale), int(top * scale), int(x1 * scale), int(bottom * scale)))
                if not ocr.has_table_grid(crop) or len(read) >= MAX_OCR_PAGES:
                    continue
                lines = ocr.image_to_lines(crop)
                step = (bottom - top) / max(len(lines), 1)
                by_page[number] += [(top + i * step, text, True) for i, text in enumerate(lines)]
                by_page[number].sort(key=lambda item: item[0])
                read.append(number)
    finally:
        document.close()
    if read:
        notes.append(f"第{_pages_cn(sorted(set(read)))}页的表格是图片，由 OCR 识别；OCR 读出的单元格只保留表内加总能核对上的")


def _pages_cn(numbers: list[int]) -> str:
    return "、".join(map(str, numbers))


def _caused_by(error: BaseException, kinds: tuple[type, ...]) -> bool:
    """Whether `error`, or an exception it wraps (as an argument or a cause), is one of `kinds`."""
    seen: set[int] = set()
    todo: list[object] = [error]
    while todo:
        e = todo.pop()
        if not isinstance(e, BaseException) or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, kinds):
            return True
        todo += [*e.args, e.__cause__, e.__context__]
    return False


def page_to_lines(page) -> list[str]:
    """One page → its lines in reading order: text lines and ruled-table rows (CELL_SEP-joined)."""
    return [text for _, text in page_items(page)]


def page_items(page) -> list[tuple[float, str]]:
    """One page → (top, line) in reading order: text lines and ruled-table rows (CELL_SEP-joined)."""
    page = page.dedupe_chars()  # bold printed by drawing each character twice
    if _unmapped_glyphs(page):
        return []  # text without a Unicode map reads as (cid:123): treat the page like a scan
    words = page.extract_words(x_tolerance=1.5, y_tolerance=LINE_TOLERANCE, keep_blank_chars=False)
    items: list[tuple[float, str]] = []  # (top, line)
    tables = [t for t in page.find_tables() if _is_grid(t)]
    taken = [False] * len(words)
    for table in tables:
        x0, top, x1, bottom = table.bbox
        for i, w in enumerate(words):
            cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
            if x0 <= cx <= x1 and top <= cy <= bottom:
                taken[i] = True
        items.extend(_table_rows(table, [w for w, t in zip(words, taken, strict=True) if t]))
    free = [w for w, t in zip(words, taken, strict=True) if not t]
    items.extend(aligned_lines(word_lines(free)))
    items.sort(key=lambda it: it[0])
    return [(top, t) for top, t in items if not is_page_footer(t)]


def _unmapped_glyphs(page) -> bool:
    """Whether most of the page's characters are glyph ids without Unicode ("(cid:123)")."""
    chars = page.chars
    unmapped = sum(1 for c in chars if c["text"].startswith("(cid:"))
    return bool(chars) and unmapped > len(chars) / 3


def _is_grid(table) -> bool:
    """A real table: some row has two or more cells (a ruled box around prose is not a table)."""
    return any(sum(c is not None for c in row.cells) >= 2 for row in table.rows)


def _table_rows(table, words) -> list[tuple[float, str]]:
    """A ruled table → one line per row: each cell's words, blanks included; a row that is one
    merged cell (prose boxed in a frame) stays a text line."""
    out = []
    for row in table.rows:
        cells = []
        for box in row.cells:
            if box is None:
                cells.append(None)
                continue
            x0, top, x1, bottom = box
            inside = [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]
            cells.append(cell_text(inside))
        filled = [c for c in cells if c is not None]
        if not filled:
            continue
        if len(filled) == 1:
            if filled[0]:
                out.append((row.bbox[1], filled[0]))
            continue
        out.append((row.bbox[1], CELL_SEP.join(c or "" for c in cells)))
    return out
