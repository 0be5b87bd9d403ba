"""A report photographed or scanned to an image (.png, .jpg) → lines, by OCR."""

from __future__ import annotations

from pathlib import Path

from index.errors import ReportParseError
from index.readers import Progress, Source


def read_image(path: Path, progress: Progress | None = None) -> Source:
    """The image's text read by OCR; ReportParseError when it is not an image we can open."""
    from PIL import Image, UnidentifiedImageError

    from index.readers.ocr import ocr_images

    try:
        with Image.open(path) as opened:
            image = opened.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as e:
        raise ReportParseError(str(path), None, "图片文件已损坏或格式无法识别（支持 .png、.jpg）") from e
    [lines] = ocr_images([image], 1, progress)
    numbered = [(i, t) for i, t in enumerate(lines, start=1)]
    return Source(numbered, "image", ["整份报告是图片，文字由 OCR 识别"], [1] * len(lines), frozenset(range(1, len(lines) + 1)))
