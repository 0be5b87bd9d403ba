"""Small derived tables remembered between processes, so that a one-off command starts quickly.

A table is stored with marshal in the temporary folder, under a key that changes whenever what it is
derived from changes (a library's data file, our own code's version); a missing or unreadable file
is simply derived again. Nothing here is needed for correctness, only for speed.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def folder() -> Path:
    return Path(tempfile.gettempdir()) / "reportbot-cache"


def cache_path(name: str, key: str, suffix: str = ".marshal") -> Path:
    return folder() / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:16]}{suffix}"


def remembered(name: str, key: str, derive: Callable[[], T]) -> T:
    """derive(), or what it returned for the same `key` in an earlier process (marshal types only)."""
    path = cache_path(name, key)
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = derive()
    write_atomically(path, marshal.dumps(value))
    return value


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a private temporary file (a concurrent reader sees all or nothing)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only temp folder: derived again next time


def file_key(path: str | os.PathLike) -> str:
    """A key that changes when a file changes (its path, size and modification time)."""
    st = os.stat(path)
    return f"{os.fspath(path)}:{st.st_size}:{st.st_mtime_ns}"
