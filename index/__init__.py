"""Report text → SQLite index: the public API.

Heavy modules (the parser, jieba) load on first use, so `import index.model` stays cheap.

Example:

    from index import build_index, open_index, search
    build_index("data/index.db", ["data/reports"])
    hits = search(open_index("data/index.db"), "双随机一公开")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from index.model import Report

if TYPE_CHECKING:
    from index.parse import parse_report
    from index.store import IndexSummary, SearchHit, build_index, open_index, search

__all__ = ["IndexSummary", "Report", "SearchHit", "build_index", "open_index", "parse_report", "search"]

_LAZY = {
    "parse_report": "index.parse",
    "build_index": "index.store",
    "open_index": "index.store",
    "search": "index.store",
    "IndexSummary": "index.store",
    "SearchHit": "index.store",
}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'index' has no attribute {name!r}")
