"""Downloading an uploaded file with the size cap enforced while the bytes arrive.

A document's `file_size` is optional in the Bot API and may understate the truth, so the cap is
checked against the bytes actually received: the download stops as soon as it is passed.

Example:

    file = await document.get_file()
    size = await download_capped(file.file_path, Path(tmp) / name, MAX_DOWNLOAD)
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import httpx

CHUNK = 64 * 1024


class DownloadTooLarge(Exception):
    """The file is larger than the cap (the download was stopped there)."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"文件超过 {limit // (1024 * 1024)} MB，已停止下载")


def _encoded(url: str) -> str:
    """A file URL with non-ASCII characters of its path quoted (file names may be Chinese)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=quote(parts.path, safe="/%")))


async def download_capped(file_path: str, dest: Path, limit: int, *, timeout: float = 60.0) -> int:
    """Save `file_path` (a Bot API file URL, or a local path in local Bot API mode) to `dest`.

    Returns the size; raises DownloadTooLarge once more than `limit` bytes have come, and
    httpx.HTTPError when the download fails.
    """
    if not file_path.startswith(("http://", "https://")):
        source = Path(file_path)
        if source.stat().st_size > limit:
            raise DownloadTooLarge(limit)
        dest.write_bytes(source.read_bytes())
        return dest.stat().st_size
    size = 0
    # identity: the cap counts the bytes we keep, and no compressed body can expand past it at once
    headers = {"Accept-Encoding": "identity"}
    async with httpx.AsyncClient(timeout=timeout) as client, client.stream("GET", _encoded(file_path), headers=headers) as r:
        r.raise_for_status()
        declared = r.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise DownloadTooLarge(limit)
        with dest.open("wb") as out:
            async for chunk in r.aiter_bytes(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise DownloadTooLarge(limit)
                out.write(chunk)
    return size
