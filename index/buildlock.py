"""One build at a time per index file, and the clean-up of what dead builds left behind.

A build holds an exclusive lock on `.<index name>.lock` beside the index (an OS file lock: it goes
away with the process, even after kill -9). A second build waits for it, saying so, and then
updates the index the first one wrote, so neither build's reports are lost. Readers never take the
lock: they keep answering from the old index file until the new one is swapped in.

While a build holds the lock no other build is running on that index, so any `.<index name>.*.tmp`
still there belongs to a build that died; it is removed.

Example:

    with build_lock(Path("data/index.db"), on_wait=print) as removed:
        ...  # write a temporary file, then os.replace() it over the index
"""

from __future__ import annotations

import glob
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from index.errors import IndexingError

LOCK_WAIT_SECONDS = 600.0

log = logging.getLogger(__name__)


class IndexBusy(IndexingError):
    """Another build kept the index locked for longer than we wait."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.lock")


def temporary_files(db_path: Path) -> list[Path]:
    """The temporary files builds of `db_path` write (`.<name>.<random>.tmp`, see store.build_index)."""
    return sorted(db_path.parent.glob(f".{glob.escape(db_path.name)}.*.tmp"))


@contextmanager
def build_lock(
    db_path: Path, *, wait: float | None = None, on_wait: Callable[[str], None] | None = None
) -> Iterator[int]:
    """Hold the build lock of `db_path`; yields how many stale temporary files were removed.

    When another build holds it, `on_wait` (default: a logged warning) gets a message and we wait up
    to `wait` seconds (default LOCK_WAIT_SECONDS), then raise IndexBusy.
    """
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path(db_path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        message = f"另一个建库进程正在更新 {db_path}，等它完成后再继续（最多等 {wait:.0f} 秒）…"
        (on_wait or log.warning)(message)
        try:
            lock.acquire(timeout=wait)
        except Timeout:
            raise IndexBusy(
                f"{db_path} 正被另一个建库进程更新，等了 {wait:.0f} 秒仍未完成。"
                "请等它结束后再运行 reportbot index（锁随进程结束自动释放；可用 ps 查看是否有卡住的 reportbot 进程）"
            ) from None
    try:
        removed = 0
        for tmp in temporary_files(db_path):
            try:
                tmp.unlink()
                removed += 1
            except FileNotFoundError:
                pass
        yield removed
    finally:
        lock.release()
