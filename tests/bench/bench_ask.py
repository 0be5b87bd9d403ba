#!/usr/bin/env python3
"""`Assistant.answer` latency over an index of 10,000 synthetic reports, beside a bare SQLite lookup.

    python tests/bench/bench_ask.py [--count 10000] [--questions 300] [--seed 1] [--cache DIR] [--rebuild]

1. Reports come from tests/bench/synth.py; they and their index are cached by count and seed in
   a temporary folder (reportbot-bench-ask-n<count>-s<seed>), so a second run skips generating
   and indexing. The index is built with `index.store.build_index(..., jobs=<cpu count>)`.
2. Questions are drawn from the generated truth: lookups of one cell by agency / year / metric,
   rankings, totals across agencies, comparisons, trends, full-text search, failed checks, lists.
3. In this process: `Assistant(db, reports)` is created and warmed up on a few questions that are
   not timed; then each question is timed around `answer()` alone (time.perf_counter). Process
   start, imports, index build and the Assistant's loading are excluded.
4. For every lookup question, the same cell is fetched with a bare SELECT on the `cells` table,
   (a) by report id, as the bot does once it knows the report, and (b) joined to `reports` by
   agency and year.
5. Prints latency p50 / p90 / p99 / max per kind of question, the bare SELECT times, whether the
   lookups' answers carry the truth's value, and the memory (RSS) of this process, which holds
   the index.

Target: p99 ≤ 10 ms. Nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import synth  # noqa: E402

STAMP_VERSION = "2"

# --------------------------------------------------------------------------------------------
# Questions

# (question pattern, table, row, column by template) — {a} agency, {y} year
LOOKUPS = [
    ("{a}{y}年收到多少政府信息公开申请？", "requests", "本年新收政府信息公开申请数量", "总计"),
    ("{a}{y}年新收了几件申请", "requests", "本年新收政府信息公开申请数量", "总计"),
    ("{a}{y}年的申请里法律服务机构提交了多少", "requests", "本年新收政府信息公开申请数量", "法律服务机构"),
    ("{a}{y}年商业企业提交了多少申请", "requests", "本年新收政府信息公开申请数量", "商业企业"),
    ("{a}{y}年个人申请有多少件", "requests", "本年新收政府信息公开申请数量", "自然人"),
    ("{a}{y}年予以公开多少件", "requests", "予以公开", "总计"),
    ("{a}{y}年部分公开了几件", "requests", "部分公开", "总计"),
    ("{a}{y}年行政复议被纠正了几件", "review_litigation", "行政复议", "结果纠正"),
    ("{a}{y}年行政复议一共多少件", "review_litigation", "行政复议", "总计"),
    (
        "{a}{y}年有几件因为其他法律行政法规禁止而不予公开",
        "requests",
        "不予公开/其他法律行政法规禁止公开",
        "总计",
    ),
    ("{a}{y}年本机关不掌握相关政府信息的申请有多少", "requests", "无法提供/本机关不掌握相关政府信息", "总计"),
    ("{a}{y}年结转下年度继续办理的申请多少件", "requests", "结转下年度继续办理", "总计"),
    ("{a}{y}年上年结转了多少申请", "requests", "上年结转政府信息公开申请数量", "总计"),
    (
        "{a}{y}年行政许可处理决定数量",
        "active",
        "行政许可",
        {"2019": "处理决定数量", "2021": "本年处理决定数量"},
    ),
    (
        "{a}{y}年行政处罚决定了多少件",
        "active",
        "行政处罚",
        {"2019": "处理决定数量", "2021": "本年处理决定数量"},
    ),
    ("{a}{y}年集中采购花了多少钱", "active", "政府集中采购", {"2019": "采购总金额"}),
    ("{a}{y}年行政事业性收费金额是多少", "active", "行政事业性收费", {"2021": "本年收费金额（单位：万元）"}),
]
RANKS = [
    "{y}年各单位收到的申请数量排名",
    "{y}年收到申请最多的前三名",
    "{y}年哪个单位行政复议最多",
    "哪个单位采购金额最高",
    "{y}年行政许可处理决定数量前五名",
]
TOTALS = [
    "所有单位一共收到多少申请",
    "{y}年所有单位一共收到多少申请",
    "{y}年全部单位行政诉讼一共多少件",
    "{city}{y}年一共收到多少政府信息公开申请",
]
COMPARES = ["比较{a}和{b}的行政许可", "{a}和{b}{y}年收到的申请哪个多"]
TRENDS = ["{a}{y0}到{y1}年每年新收申请数", "{a}{y1}年收到的申请比去年多了多少"]
SEARCHES = [
    "哪些报告提到了“双随机、一公开”",
    "关于政务新媒体的报告怎么说",
    "微信公众号发了多少篇",
    "哪些单位提到了优化营商环境",
    "信息处理费",
]
OTHERS = [("check", "哪些报告的数据对不上"), ("list", "有哪些单位"), ("list", "{a}有哪些年份的报告")]


def _questions(rng: random.Random, truths: list[dict], n: int) -> list[dict]:
    """[{kind, q, (lookup:) report, tbl, row, col, truth}] — about half lookups."""
    by_agency: dict[str, list[dict]] = defaultdict(list)
    for t in truths:
        by_agency[t["agency"]].append(t)
    years = sorted({t["year"] for t in truths})
    out: list[dict] = []
    n_lookup = n // 2
    while len([q for q in out if q["kind"] == "lookup"]) < n_lookup:
        t = rng.choice(truths)
        pat, tbl, row, col = rng.choice(LOOKUPS)
        if isinstance(col, dict):
            col = col.get(t["template"])
            if col is None:
                continue
        full = json.loads((t["dir"] / f"{Path(t['file']).stem}.truth.json").read_text(encoding="utf-8"))
        value = full[tbl][row][col]
        out.append(
            {
                "kind": "lookup",
                "q": pat.format(a=t["agency"], y=t["year"]),
                "file": t["file"],
                "tbl": tbl,
                "row": row,
                "col": col,
                "truth": value,
            }
        )
    multi = [a for a, ts in by_agency.items() if len(ts) >= 2]
    while len(out) < n:
        kind = rng.choice(["rank", "total", "compare", "trend", "search", "other"])
        y = rng.choice(years)
        t = rng.choice(truths)
        if kind == "rank":
            q = rng.choice(RANKS).format(y=y)
        elif kind == "total":
            city = t["agency"][:3] if "市" in t["agency"][:4] else t["agency"][:2]
            q = rng.choice(TOTALS).format(y=y, city=city)
        elif kind == "compare":
            b = rng.choice(
                [x for x in rng.sample(truths, min(5, len(truths))) if x["agency"] != t["agency"]] or [t]
            )
            q = rng.choice(COMPARES).format(a=t["agency"], b=b["agency"], y=t["year"])
        elif kind == "trend":
            if not multi:
                continue
            ts = sorted(by_agency[rng.choice(multi)], key=lambda x: x["year"])
            q = rng.choice(TRENDS).format(a=ts[0]["agency"], y0=ts[0]["year"], y1=ts[-1]["year"])
        elif kind == "search":
            q = rng.choice(SEARCHES)
        else:
            kind, pat = rng.choice(OTHERS)
            q = pat.format(a=t["agency"])
        out.append({"kind": kind, "q": q})
    rng.shuffle(out)
    return out


# --------------------------------------------------------------------------------------------
# Index (cached)


def _cache_dir(args) -> Path:
    if args.cache:
        return Path(args.cache)
    return Path(tempfile.gettempdir()) / f"reportbot-bench-ask-n{args.count}-s{args.seed}"


def _build(reports: str, db: str, jobs: int, stamp_file: str, want: dict) -> None:
    """Runs in a child process, so that the build's memory is not counted in this one's RSS."""
    sys.path.insert(0, str(HERE.parent.parent))
    from index.store import build_index

    s = build_index(Path(db), [Path(reports)], jobs=jobs)
    stamp = dict(want, build_seconds=s.seconds, reports=s.reports, failed=len(s.failed), cells=s.cells)
    Path(stamp_file).write_text(json.dumps(stamp))


def _ensure_index(args) -> tuple[Path, Path, dict]:
    root = _cache_dir(args)
    reports, db, stamp_file = root / "reports", root / "index.db", root / "stamp.json"
    want = {"count": args.count, "seed": args.seed, "version": STAMP_VERSION}
    stamp = json.loads(stamp_file.read_text()) if stamp_file.exists() else {}
    if not args.rebuild and db.exists() and {k: stamp.get(k) for k in want} == want:
        print(f"reusing cached index {db} (built in {stamp.get('build_seconds', 0):.0f} s)")
        return reports, db, stamp
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    t0 = time.perf_counter()
    synth.generate(args.count, reports, seed=args.seed)
    gen_s = time.perf_counter() - t0
    print(
        f"generated {args.count} synthetic reports in {gen_s:.0f} s; indexing with {args.jobs} processes …",
        flush=True,
    )
    ctx = multiprocessing.get_context("spawn")
    child = ctx.Process(target=_build, args=(str(reports), str(db), args.jobs, str(stamp_file), want))
    child.start()
    child.join()
    if child.exitcode != 0 or not stamp_file.exists():
        raise SystemExit(f"index build failed (exit code {child.exitcode})")
    stamp = json.loads(stamp_file.read_text())
    print(
        f"indexed {stamp['reports']} reports ({stamp['failed']} failed), {stamp['cells']:,} cells "
        f"in {stamp['build_seconds']:.0f} s"
    )
    return reports, db, stamp


# --------------------------------------------------------------------------------------------
# Measuring


def _rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB."""
    cur = peak = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    if not peak:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return cur, peak


def _pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def _row(label: str, xs: list[float]) -> str:
    return (
        f"{label:<34}{len(xs):>6}{_pct(xs, 50):>9.2f}{_pct(xs, 90):>9.2f}{_pct(xs, 99):>9.2f}"
        f"{max(xs) if xs else float('nan'):>9.2f}{statistics.fmean(xs) if xs else float('nan'):>9.2f}"
    )


def _num(v):
    if isinstance(v, dict):
        v = v.get("yuan")
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return v


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--questions", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the index build")
    ap.add_argument(
        "--cache", help="folder for the reports and index (default: a temp folder named by count/seed)"
    )
    ap.add_argument("--rebuild", action="store_true", help="ignore a cached index")
    ap.add_argument("--show", type=int, default=5, help="slowest questions / odd lookups to print")
    a = ap.parse_args(argv)

    reports, db, _stamp = _ensure_index(a)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    indexed = {
        path: (rid, agency, year)
        for rid, path, agency, year in con.execute("select id, path, agency, year from reports")
    }
    # only what the questions need is kept: the RSS below should be the index's, not the truth's
    truths = []
    for p in sorted(reports.glob("*.truth.json")):
        t = json.loads(p.read_text(encoding="utf-8"))
        if t["file"] in indexed and "traditional" not in t["quirks"]:
            truths.append({k: t[k] for k in ("file", "agency", "year", "template")} | {"dir": reports})
        del t
    rng = random.Random(a.seed)
    questions = _questions(rng, truths, a.questions)
    warmup = _questions(random.Random(a.seed + 1), truths, 8)
    del truths
    gc.collect()

    from bot.service import Assistant

    rss_before, _ = _rss_mb()
    t0 = time.perf_counter()
    bot = Assistant(db, reports)
    load_s = time.perf_counter() - t0
    rss_loaded, _ = _rss_mb()
    for w in warmup:
        bot.answer(w["q"])

    times: dict[str, list[float]] = defaultdict(list)
    slow: list[tuple[float, str, str]] = []
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    lookup_check = defaultdict(int)
    odd: list[str] = []
    errors: list[str] = []
    for q in questions:
        t1 = time.perf_counter()
        try:
            ans = bot.answer(q["q"])
        except Exception as e:  # a crash is reported, not timed
            errors.append(f"{q['q']}: {type(e).__name__}: {e}")
            continue
        ms = (time.perf_counter() - t1) * 1000
        times[q["kind"]].append(ms)
        times["all"].append(ms)
        slow.append((ms, q["kind"], q["q"]))
        kinds[q["kind"]][ans.kind] += 1
        if q["kind"] == "lookup":
            want = _num(q["truth"])
            if ans.kind != "figure" or not ans.figures:
                lookup_check[f"answered {ans.kind}"] += 1
                if len(odd) < a.show:
                    odd.append(f"{ans.kind}: {q['q']} → {ans.text[:100]!r}")
                continue
            f = ans.figures[0]
            got = _num(f.value)
            if (
                want is None
                and got is None
                or (isinstance(want, float) and isinstance(got, float) and abs(want - got) <= 0.01)
            ):
                lookup_check["figure = truth"] += 1
            else:
                lookup_check["figure ≠ truth"] += 1
                odd.append(
                    f"figure ≠ truth: {q['q']} → {f.row}/{f.column} = {f.value!r} (truth {q['truth']!r})"
                )
    rss_after, rss_peak = _rss_mb()

    # the bare lookups of the same cells
    bare_id: list[float] = []
    bare_join: list[float] = []
    # "+tbl" keeps SQLite off the (tbl, row, col) index, which matches one cell in every report
    sql_id = "select value from cells where report_id = ? and +tbl = ? and row = ? and col = ?"
    sql_join = (
        "select c.value from reports r cross join cells c on c.report_id = r.id "
        "where r.agency = ? and r.year = ? and +c.tbl = ? and c.row = ? and c.col = ?"
    )
    plans = {}
    for name, sql, args in (
        ("by report id", sql_id, (1, "requests", "总计", "总计")),
        ("by agency+year", sql_join, ("x", 2020, "requests", "总计", "总计")),
    ):
        plans[name] = "; ".join(r[-1] for r in con.execute("explain query plan " + sql, args))
    lookups = [(indexed[q["file"]], q) for q in questions if q["kind"] == "lookup"]
    for (rid, _agency, _year), q in lookups:
        t1 = time.perf_counter()
        con.execute(sql_id, (rid, q["tbl"], q["row"], q["col"])).fetchone()
        bare_id.append((time.perf_counter() - t1) * 1000)
    for (_rid, agency, year), q in lookups:
        t1 = time.perf_counter()
        con.execute(sql_join, (agency, year, q["tbl"], q["row"], q["col"])).fetchone()
        bare_join.append((time.perf_counter() - t1) * 1000)
    n_cells = con.execute("select count(*) from cells").fetchone()[0]
    con.close()

    print(
        f"index: {len(indexed):,} reports, {n_cells:,} cells, {db.stat().st_size / 1e6:.0f} MB on disk; "
        f"Assistant loaded in {load_s * 1000:.0f} ms"
    )
    print(
        f"questions: {len(questions)} timed after {len(warmup)} untimed warm-up questions"
        + (f"; {len(errors)} raised" if errors else "")
    )
    print()
    head = f"{'latency (ms)':<34}{'n':>6}{'p50':>9}{'p90':>9}{'p99':>9}{'max':>9}{'mean':>9}"
    print(head)
    print("-" * len(head))
    print(_row("Assistant.answer, all questions", times["all"]))
    for k in ("lookup", "rank", "total", "compare", "trend", "search", "check", "list"):
        if times.get(k):
            print(_row(f"  {k}", times[k]))
    print(_row("bare SELECT cell by report id", bare_id))
    print(_row("bare SELECT cell by agency+year", bare_join))
    for name, plan in plans.items():
        print(f"  plan of the bare SELECT {name}: {plan}")
    p99 = _pct(times["all"], 99)
    print()
    print(f"p99 {p99:.2f} ms (target ≤ 10 ms): {'met' if p99 <= 10 else 'NOT met'}")
    print(
        f"RSS of this process: {rss_before:.0f} MB before loading the index, {rss_loaded:.0f} MB after, "
        f"{rss_after:.0f} MB after the questions; peak {rss_peak:.0f} MB"
    )
    print()
    print(
        "answer kinds per question kind: "
        + "; ".join(
            f"{k}: " + ", ".join(f"{kk} {v}" for kk, v in sorted(d.items())) for k, d in sorted(kinds.items())
        )
    )
    print(
        "lookups against the generated truth: "
        + ", ".join(f"{k} {v}" for k, v in sorted(lookup_check.items()))
    )
    for s in odd[: a.show * 2]:
        print("  " + s)
    print(f"slowest {a.show}:")
    for ms, kind, q in sorted(slow, reverse=True)[: a.show]:
        print(f"  {ms:8.2f} ms  {kind:<8} {q}")
    for e in errors[: a.show]:
        print("  raised: " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
