#!/usr/bin/env python3
"""Index throughput against bare jieba segmentation of the same prose.

    python tests/bench/bench_index.py [--count 500] [--jobs 4] [--seed 1] [--keep DIR]

Generates `--count` synthetic reports (tests/bench/synth.py) into a temporary folder, builds a
fresh index of them with `index.store.build_index` (single process, and with `--jobs N`
processes when given), then segments the very prose the index holds (the text of its `sections`
table) with bare `jieba.cut_for_search`, and prints:

    - per run: seconds, reports/s, prose MB/s (UTF-8 bytes of section text per second) and the
      ratio of that to bare jieba's MB/s (target: ≥ 0.8 single-process);
    - where the single-process time goes: parse_report alone, seg_for_index alone, the rest
      (hashing, SQLite writes, FTS, checks);
    - the build summary (added, failed, cells, check failures).

Jieba's dictionary is loaded before any timing, in this process (the bare baseline and the
single-process build); worker processes of a `--jobs N` build load it themselves, and that is
part of their time. Nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import synth  # noqa: E402


def _mb(n_bytes: int) -> float:
    return n_bytes / 1e6


def _prose(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    try:
        return [r[0] for r in con.execute("select text from sections order by id")]
    finally:
        con.close()


def _bare_jieba(texts: list[str]) -> float:
    """Seconds for jieba.cut_for_search over every text (dictionary already loaded)."""
    import jieba

    t0 = time.perf_counter()
    for t in texts:
        for _w in jieba.cut_for_search(t):
            pass
    return time.perf_counter() - t0


def _warm_up() -> None:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    list(jieba.cut_for_search("预热政府信息公开"))
    from index.segment import seg_for_index

    seg_for_index("预热政府信息公开")


def _parse_only(paths: list[Path]) -> tuple[float, int]:
    from index.parse import parse_report

    failed = 0
    t0 = time.perf_counter()
    for p in paths:
        try:
            parse_report(p)
        except Exception:
            failed += 1
    return time.perf_counter() - t0, failed


def _seg_only(texts: list[str]) -> float:
    from index.segment import seg_for_index

    t0 = time.perf_counter()
    for t in texts:
        seg_for_index(t)
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=500, help="synthetic reports (default 500)")
    ap.add_argument("--jobs", type=int, default=0, help="also build with N processes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="write reports and index here instead of a temporary folder")
    ap.add_argument("--no-breakdown", action="store_true", help="skip the parse-only / segment-only timings")
    a = ap.parse_args(argv)

    from index.store import build_index

    with tempfile.TemporaryDirectory(prefix="reportbot-bench-index-") as tmp:
        root = Path(a.keep) if a.keep else Path(tmp)
        reports = root / "reports"
        t0 = time.perf_counter()
        paths = synth.generate(a.count, reports, seed=a.seed)
        gen_s = time.perf_counter() - t0
        layouts: dict[str, int] = {}
        for p in paths:
            lay = p.stem.split("_", 2)[2]
            layouts[lay] = layouts.get(lay, 0) + 1
        print(
            f"generated {len(paths)} synthetic reports in {gen_s:.1f} s "
            f"({', '.join(f'{k} {v}' for k, v in sorted(layouts.items()))})"
        )

        _warm_up()
        runs = [1] + ([a.jobs] if a.jobs and a.jobs != 1 else [])
        results = []
        for jobs in runs:
            db = root / f"index-jobs{jobs}.db"
            for stale in (db, db.with_suffix(".db-journal")):
                stale.unlink(missing_ok=True)
            s = build_index(db, [reports], jobs=jobs)
            results.append((jobs, db, s))

        texts = _prose(results[0][1])
        n_bytes = sum(len(t.encode("utf-8")) for t in texts)
        n_chars = sum(len(t) for t in texts)
        jieba_s = _bare_jieba(texts)
        jieba_mbs = _mb(n_bytes) / jieba_s

        s1 = results[0][2]
        print(
            f"index: {s1.reports} reports ({s1.added} added, {len(s1.failed)} failed), {s1.cells:,} cells, "
            f"{s1.check_failures} failed checks; prose {n_chars:,} characters = {_mb(n_bytes):.2f} MB UTF-8 "
            f"in {len(texts):,} passages"
        )
        for _path, why in s1.failed[:5]:
            print(f"  failed: {why}")
        print()
        head = f"{'':<34}{'seconds':>9}{'reports/s':>11}{'prose MB/s':>12}{'÷ jieba':>9}"
        print(head)
        print("-" * len(head))
        print(f"{'bare jieba.cut_for_search':<34}{jieba_s:>9.2f}{'':>11}{jieba_mbs:>12.3f}{1.0:>9.2f}")
        for jobs, _db, s in results:
            mbs = _mb(n_bytes) / s.seconds
            label = f"build_index --jobs {jobs}"
            print(
                f"{label:<34}{s.seconds:>9.2f}{s.reports / s.seconds:>11.1f}{mbs:>12.3f}{mbs / jieba_mbs:>9.2f}"
            )
        if not a.no_breakdown:
            parse_s, parse_failed = _parse_only(paths)
            seg_s = _seg_only(texts)
            rest = s1.seconds - parse_s - seg_s
            print()
            print("where the single-process build time goes (measured separately, same files and prose):")
            print(
                f"  {'parse_report (all files)':<38}{parse_s:>8.2f} s  {100 * parse_s / s1.seconds:>5.1f} %"
                + (f"  ({parse_failed} failed)" if parse_failed else "")
            )
            print(
                f"  {'seg_for_index (all passages)':<38}{seg_s:>8.2f} s  {100 * seg_s / s1.seconds:>5.1f} %"
                f"  ({_mb(n_bytes) / seg_s:.3f} MB/s; bare jieba {jieba_mbs:.3f} MB/s)"
            )
            print(
                f"  {'the rest (hash, SQLite, FTS, checks)':<38}{rest:>8.2f} s  {100 * rest / s1.seconds:>5.1f} %"
            )
        ratio = (_mb(n_bytes) / s1.seconds) / jieba_mbs
        print()
        print(f"single-process ratio {ratio:.2f} (target ≥ 0.80): {'met' if ratio >= 0.8 else 'NOT met'}")
        if a.keep:
            print(f"reports and index kept in {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
