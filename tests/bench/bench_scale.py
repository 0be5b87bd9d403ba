#!/usr/bin/env python3
"""National scale on one machine: the figures of issue 11, side by side for several index sizes.

    python tests/bench/bench_scale.py [--counts 10000,100000] [--jobs 2] [--runs 3] [--questions 300]
                                      [--seed 1] [--cache DIR] [--rebuild]

For each count, reports come from tests/bench/synth.py, written one at a time (nothing held in
memory) and cached with their index in $TMPDIR/reportbot-bench-scale-n<count>-s<seed>; a second run
reuses them. It prints, one column per count:

- build: reports/s (wall) with --jobs processes, reports/s per CPU-second (per core), and the
  ratio of the build's prose rate (UTF-8 MB of passage text per CPU-second) to bare jieba's and to
  bare rjieba's (`pip install rjieba`; left out when missing) segmenting the same passages;
  the build's peak RSS;
- index bytes per report, and where they go (cells, checks, prose, full-text index, the rest);
- asking (each kind timed in a fresh process holding the index): p50 / p99 of Assistant.answer per
  kind, next to the best hand-written SQL for the same kind of question on the same index;
- a one-file update (a paragraph added to one report, then taken out again): seconds;
- cold start of `reportbot ask` for a lookup and for a full-text search (a new process each);
- peak RSS of the process answering.

Timings are min / median / max over --runs runs where a run is cheap enough (update, cold start,
the asking pass); the build is timed once. Nothing here is a pass/fail test: the targets are
printed beside the figures.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import synth  # noqa: E402

STAMP = "scale-1"
KINDS = ("lookup", "trend", "compare", "rank", "total", "search")
TARGETS = {
    "p99": "≤ 10 ms and ≤ 3× hand-written SQL",
    "bytes": "≤ 20 kB",
    "update": "≤ 1 s at 100k",
    "build": "≥ 150 reports/s per core",
    "cold": "≤ 0.4 s",
    "rss": "≤ 200 MB at 100k",
}


def _mmm(xs: list[float], fmt: str = "{:.2f}") -> str:
    """min / median / max."""
    if not xs:
        return "–"
    return "/".join(fmt.format(x) for x in (min(xs), statistics.median(xs), max(xs)))


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


# --------------------------------------------------------------------------------------------
# Reports and index (cached)


def _root(a, count: int) -> Path:
    base = Path(a.cache) if a.cache else Path(tempfile.gettempdir())
    return base / f"reportbot-bench-scale-n{count}-s{a.seed}"


def _build_child(reports: str, db: str, jobs: int, out: str) -> None:
    """In a child process, so that the build's memory and CPU are measured on their own."""
    sys.path.insert(0, str(ROOT))
    from index.store import build_index

    t0 = time.perf_counter()
    s = build_index(Path(db), [Path(reports)], jobs=jobs)
    wall = time.perf_counter() - t0
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(out).write_text(json.dumps({
        "wall": wall, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
        "rss_mb": max(me.ru_maxrss, kids.ru_maxrss) / 1024, "reports": s.reports, "failed": len(s.failed),
        "prose_chars": s.prose_chars, "cells": s.cells,
    }))


def _ensure(a, count: int) -> tuple[Path, Path, dict]:
    root = _root(a, count)
    reports, db, stamp_file = root / "reports", root / "index.db", root / "stamp.json"
    stamp = json.loads(stamp_file.read_text()) if stamp_file.exists() else {}
    if stamp.get("version") == STAMP and stamp.get("generated") and not a.rebuild and db.exists():
        from index.store import _reusable

        if _reusable(db):
            return reports, db, stamp
    if not stamp.get("generated") or not reports.is_dir():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        t0 = time.perf_counter()
        synth.generate(count, reports, seed=a.seed)
        stamp = {"version": STAMP, "generated": time.perf_counter() - t0}
        stamp_file.write_text(json.dumps(stamp))
        print(f"[{count}] generated in {stamp['generated']:.0f} s", flush=True)
    db.unlink(missing_ok=True)
    print(f"[{count}] building the index with {a.jobs} processes …", flush=True)
    out = root / "build.json"
    ctx = multiprocessing.get_context("spawn")
    child = ctx.Process(target=_build_child, args=(str(reports), str(db), a.jobs, str(out)))
    child.start()
    child.join()
    if child.exitcode != 0:
        raise SystemExit(f"build failed ({child.exitcode})")
    stamp["build"] = json.loads(out.read_text())
    stamp_file.write_text(json.dumps(stamp))
    return reports, db, stamp


# --------------------------------------------------------------------------------------------
# Segmentation baselines


def _segmentation(db: Path, stamp: dict, limit_chars: int = 3_000_000) -> dict:
    """Bare jieba and rjieba on passages of the index (the first ~3 M characters), MB/s."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    texts, n = [], 0
    for (t,) in con.execute("select text from sections order by id"):
        texts.append(t)
        n += len(t)
        if n >= limit_chars:
            break
    con.close()
    mb = sum(len(t.encode()) for t in texts) / 1e6
    out = {}
    t0 = time.perf_counter()
    for t in texts:
        for _ in jieba.cut_for_search(t):
            pass
    out["jieba"] = mb / (time.perf_counter() - t0)
    try:
        import rjieba
    except ImportError:
        out["rjieba"] = None
    else:
        rjieba.cut("预热")
        t0 = time.perf_counter()
        for t in texts:
            rjieba.cut_for_search(t)
        out["rjieba"] = mb / (time.perf_counter() - t0)
    b = stamp["build"]
    # the build's prose rate per CPU-second (every core's work counted)
    out["build"] = b["prose_chars"] * (mb / max(1, sum(len(t) for t in texts))) / b["cpu"]
    return out


# --------------------------------------------------------------------------------------------
# Index size


_GROUPS = {
    "cells": ("cell_values", "cell_keys", "idx_cell_keys"),
    "checks": ("check_rows", "check_kinds", "check_texts", "idx_check_texts"),
    "prose": ("sections", "idx_sections_report_id"),
    "full-text": ("sections_fts_data", "sections_fts_idx", "sections_fts_docsize", "sections_fts_config"),
}


def _sizes(db: Path) -> dict:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n = con.execute("select count(*) from reports").fetchone()[0]
    out = {"total": db.stat().st_size / n}
    try:
        by = dict(con.execute("select name, sum(pgsize) from dbstat group by name"))
    except sqlite3.OperationalError:
        by = {}
    con.close()
    rest = sum(by.values())
    for g, names in _GROUPS.items():
        out[g] = sum(by.get(x, 0) for x in names) / n
        rest -= sum(by.get(x, 0) for x in names)
    out["reports, agencies, other"] = rest / n if by else float("nan")
    return out


# --------------------------------------------------------------------------------------------
# Asking (in a child process: its RSS is the answering process's)


def _hand_sql(con: sqlite3.Connection, kind: str, q: dict, keys: dict) -> None:
    """The best SQL one would write by hand for this kind of question (values only, no citations)."""
    k_new = keys[("requests", "本年新收政府信息公开申请数量", "总计")]
    if kind == "lookup":
        con.execute("select v.value from reports r join cell_values v on v.report_id = r.id and v.key = ? "
                    "where r.agency = ? and r.year = ?", (keys.get((q["tbl"], q["row"], q["col"]), -1), q["agency"],
                                                         q["year"])).fetchall()
    elif kind == "trend":
        con.execute("select r.year, v.value from reports r join cell_values v on v.report_id = r.id and v.key = ? "
                    "where r.agency_id = ? order by r.year", (k_new, q["agency_id"])).fetchall()
    elif kind == "compare":
        con.execute("select r.agency_id, v.value from reports r join cell_values v on v.report_id = r.id and v.key = ? "
                    "where r.agency_id in (?, ?) and r.year = (select max(year) from reports where agency_id = r.agency_id)",
                    (k_new, q["agency_id"], q["other_id"])).fetchall()
    elif kind == "rank":
        con.execute("select r.id, v.value from reports r join cell_values v on v.report_id = r.id and v.key = ? "
                    "where r.year = ? order by cast(v.value as integer) desc limit 3", (k_new, q["year"])).fetchall()
    elif kind == "total":
        con.execute("select count(*), sum(cast(v.value as integer)) from reports r "
                    "join cell_values v on v.report_id = r.id and v.key = ? where r.year = ?", (k_new, q["year"])).fetchall()
    elif kind == "search":
        con.execute("select s.text, r.path from (select rowid, rank from sections_fts where sections_fts match ? "
                    "order by rank limit 8) f join sections s on s.id = f.rowid join reports r on r.id = s.report_id",
                    (q["fts"],)).fetchall()


SEARCH_WORDS = ["双随机", "政务新媒体", "微信公众号", "优化营商环境", "信息处理费"]


def _ask_child(db: str, reports: str, n: int, seed: int, out: str) -> None:
    sys.path.insert(0, str(ROOT))
    import bench_ask

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("select id, path, agency, agency_id, year, template from reports").fetchall()
    by_path = {r[1]: r for r in rows}
    stems = {Path(k).stem for k in by_path}
    truths = []
    for p in sorted(Path(reports).glob("*.truth.json")):
        if p.name.replace(".truth.json", "") not in stems:
            continue
        t = json.loads(p.read_text(encoding="utf-8"))
        if "traditional" in t["quirks"]:
            continue
        truths.append({k: t[k] for k in ("file", "agency", "year", "template")} | {"dir": Path(reports)})
        if len(truths) >= 3000:  # enough to draw questions from; the index holds them all
            break
    rng = random.Random(seed)
    questions = [q for q in bench_ask._questions(rng, truths, n) if q["kind"] in KINDS]
    # warm-up: every kind once, and a number written in Chinese (cn2an is imported on first use)
    warm = bench_ask._questions(random.Random(seed + 1), truths, 10) + [{"q": "2020年收到申请最多的前三名"}]
    keys = {(t, r, c): i for i, t, r, c in con.execute("select id, tbl, row, col from cell_keys")}
    agency_ids = [r[3] for r in rows]
    years = sorted({r[4] for r in rows})
    hand_args = []
    for q in questions:
        extra = {"agency": None, "year": None, "agency_id": rng.choice(agency_ids), "other_id": rng.choice(agency_ids),
                 "fts": '"' + rng.choice(SEARCH_WORDS) + '"'}
        if q["kind"] == "lookup":
            r = by_path.get(q["file"])
            extra |= {"agency": r[2], "year": r[4]} if r else {}
        else:
            extra["year"] = rng.choice(years)
        hand_args.append(q | extra)
    del truths, by_path, rows
    import gc

    gc.collect()
    from bot.service import Assistant

    bot = Assistant(Path(db), Path(reports))
    for w in warm:
        bot.answer(w["q"])
    times: dict[str, list[float]] = defaultdict(list)
    hand: dict[str, list[float]] = defaultdict(list)
    for q, h in zip(questions, hand_args, strict=True):
        t0 = time.perf_counter()
        bot.answer(q["q"])
        times[q["kind"]].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        _hand_sql(con, q["kind"], h, keys)
        hand[q["kind"]].append((time.perf_counter() - t0) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    kb = lambda k: int(status.get(k, "0 kB").split()[0]) / 1024  # noqa: E731
    Path(out).write_text(json.dumps({"times": times, "hand": hand, "rss_mb": peak,
                                     "anon_mb": kb("RssAnon"), "file_mb": kb("RssFile")}))


def _asking(a, db: Path, reports: Path) -> list[dict]:
    runs = []
    ctx = multiprocessing.get_context("spawn")
    for i in range(a.runs):
        out = db.parent / f"ask{i}.json"
        child = ctx.Process(target=_ask_child, args=(str(db), str(reports), a.questions, a.seed + i, str(out)))
        child.start()
        child.join()
        if child.exitcode == 0:
            runs.append(json.loads(out.read_text()))
    return runs


# --------------------------------------------------------------------------------------------
# Update of one file, cold start


def _update(a, db: Path, reports: Path) -> list[float]:
    from index.store import build_index

    victim = sorted(p for p in reports.glob("*.txt"))[len(list(reports.glob("*.txt"))) // 2]
    original = victim.read_bytes()
    times = []
    try:
        for i in range(a.runs):
            text = original.decode("utf-8", "replace") + f"\n本年度还开展了政务公开专题培训{i + 1}次。\n"
            victim.write_bytes(text.encode("utf-8") if b"\xef\xbf\xbd" not in text.encode() else original + b"\n")
            t0 = time.perf_counter()
            s = build_index(db, [reports], jobs=1)
            times.append(time.perf_counter() - t0)
            assert s.updated == 1 and not s.rebuilt, s
    finally:
        victim.write_bytes(original)
        build_index(db, [reports], jobs=1)
    return times


def _cold(a, db: Path, reports: Path) -> dict[str, list[float]]:
    exe = Path(sys.executable).with_name("reportbot")
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    agency, year = con.execute("select agency, year from reports order by id limit 1").fetchone()
    con.close()
    out = {}
    for name, q in (("lookup", f"{agency}{year}年收到多少政府信息公开申请"), ("search", "哪些报告提到了政务新媒体")):
        xs, cpu = [], []
        for _ in range(a.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([str(exe), "ask", q, "--db", str(db), "--reports", str(reports)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            xs.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        out[name], out[name + " cpu"] = xs, cpu
    return out


# --------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--counts", default="10000,100000")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--questions", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cache")
    ap.add_argument("--rebuild", action="store_true")
    a = ap.parse_args(argv)
    counts = [int(x) for x in a.counts.split(",")]
    res: dict[int, dict] = {}
    for n in counts:
        reports, db, stamp = _ensure(a, n)
        r = res[n] = {"stamp": stamp}
        print(f"[{n}] segmentation baselines …", flush=True)
        r["seg"] = _segmentation(db, stamp)
        r["size"] = _sizes(db)
        print(f"[{n}] asking ({a.runs} processes × {a.questions} questions) …", flush=True)
        r["ask"] = _asking(a, db, reports)
        print(f"[{n}] one-file update …", flush=True)
        r["update"] = _update(a, db, reports)
        print(f"[{n}] cold start …", flush=True)
        r["cold"] = _cold(a, db, reports)
    _print(a, counts, res)
    return 0


def _print(a, counts: list[int], res: dict) -> None:
    w = 40
    head = f"{'':<44}" + "".join(f"{n:>{w},}" for n in counts) + "   target"
    print()
    print(head)
    print("-" * len(head))

    def line(label: str, cells: list[str], target: str = "") -> None:
        print(f"{label:<44}" + "".join(f"{c:>{w}}" for c in cells) + (f"   {target}" if target else ""))

    b = [res[n]["stamp"]["build"] for n in counts]
    line(f"build: seconds (wall, --jobs {a.jobs})", [f"{x['wall']:.0f}" for x in b])
    line("build: reports/s (wall)", [f"{x['reports'] / x['wall']:.1f}" for x in b])
    line("build: reports/s per core (CPU-seconds)", [f"{x['reports'] / x['cpu']:.1f}" for x in b], TARGETS["build"])
    seg = [res[n]["seg"] for n in counts]
    line("build prose MB per CPU-s ÷ bare jieba", [f"{s['build'] / s['jieba']:.2f}" for s in seg])
    line("build prose MB per CPU-s ÷ bare rjieba",
         [f"{s['build'] / s['rjieba']:.3f}" if s["rjieba"] else "no rjieba" for s in seg])
    line("  (bare jieba / rjieba MB/s)", [f"{s['jieba']:.2f} / {s['rjieba'] or 0:.1f}" for s in seg])
    line("build peak RSS (MB)", [f"{x['rss_mb']:.0f}" for x in b])
    sizes = [res[n]["size"] for n in counts]
    line("index bytes per report", [f"{s['total']:,.0f}" for s in sizes], TARGETS["bytes"])
    for g in (*_GROUPS, "reports, agencies, other"):
        line(f"  {g}", [f"{s[g]:,.0f}" for s in sizes])
    for kind in KINDS:
        cells, hand = [], []
        for n in counts:
            runs = res[n]["ask"]
            p50 = [_pct(r["times"][kind], 50) for r in runs if r["times"].get(kind)]
            p99 = [_pct(r["times"][kind], 99) for r in runs if r["times"].get(kind)]
            h99 = [_pct(r["hand"][kind], 99) for r in runs if r["hand"].get(kind)]
            cells.append(f"{_mmm(p50)} | {_mmm(p99)}")
            hand.append(_mmm(h99))
        line(f"ask {kind}: p50 | p99 ms (min/med/max)", cells, TARGETS["p99"] if kind == "lookup" else "")
        line(f"  hand-written SQL {kind}: p99 ms", hand)
    line("answering process peak RSS (MB)", [_mmm([r["rss_mb"] for r in res[n]["ask"]], "{:.0f}") for n in counts],
         TARGETS["rss"])
    line("  at the end: anonymous | mapped index file (MB)",
         [f"{_mmm([r.get('anon_mb', 0) for r in res[n]['ask']], '{:.0f}')} | "
          f"{_mmm([r.get('file_mb', 0) for r in res[n]['ask']], '{:.0f}')}" for n in counts])
    line("one-file update: s (min/med/max)", [_mmm(res[n]["update"]) for n in counts], TARGETS["update"])
    for kind in ("lookup", "search"):
        line(f"cold start ask, {kind}: s wall", [_mmm(res[n]["cold"][kind]) for n in counts],
             TARGETS["cold"] if kind == "lookup" else "")
        line(f"cold start ask, {kind}: s CPU", [_mmm(res[n]["cold"][kind + " cpu"]) for n in counts])


if __name__ == "__main__":
    sys.exit(main())
