"""Builds that die or overlap: workers die with their build, dead builds' temporary files are cleaned
up by the next build, and two builds on one index run one after the other (the second says it waits),
while questions keep being answered from the old index."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from index import buildlock
from index.buildlock import IndexBusy, build_lock, temporary_files
from index.store import build_index, open_index, search

REAL = Path(__file__).resolve().parent / "data" / "reports" / "real"
SEEDS = Path(__file__).resolve().parent / "data" / "reports" / "seeds"
REPORTBOT = Path(sys.executable).with_name("reportbot")

linux_only = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")


def _many_reports(folder: Path, copies: int) -> Path:
    """`copies` copies of each real report: enough work for a build to take a few seconds."""
    folder.mkdir(parents=True)
    for i in range(copies):
        for f in REAL.glob("*.txt"):
            shutil.copy(f, folder / f"{i:03d}_{f.name}")
    return folder


def _alive(pid: int) -> bool:
    """Running (a zombie has exited: it only waits to be reaped by whoever adopted it)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += [int(c) for c in (task / "children").read_text().split()]
    return out


def _wait_for(condition, timeout: float = 30.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


@linux_only
def test_kill_9_of_a_parallel_build_takes_its_workers_along_and_the_next_build_removes_its_temporary_file(
    tmp_path,
):
    reports = _many_reports(tmp_path / "reports", copies=40)
    db = tmp_path / "index.db"
    build = subprocess.Popen(
        [REPORTBOT, "index", reports, "--db", db, "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        assert _wait_for(lambda: len(_children(build.pid)) >= 2), "the build never started its workers"
        workers = _children(build.pid)
        assert temporary_files(db)
    finally:
        build.send_signal(signal.SIGKILL)
        build.wait()
    assert _wait_for(lambda: not any(_alive(w) for w in workers), timeout=5), "workers outlived their build"
    left = temporary_files(db)
    assert left, "the killed build left its temporary file (what the next build must clean up)"

    result = subprocess.run(
        [REPORTBOT, "index", SEEDS, "--db", db], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert f"已删除 {len(left)} 个中断的建库留下的临时文件。" in result.stdout
    assert temporary_files(db) == []


def test_a_second_build_waits_for_the_first_says_so_and_keeps_both_builds_work(tmp_path):
    db = tmp_path / "index.db"
    build_index(db, [REAL])
    before = open_index(db)
    messages: list[str] = []
    done = threading.Event()
    with build_lock(db):  # a first build is running
        second = threading.Thread(
            target=lambda: (build_index(db, [REAL, SEEDS], on_wait=messages.append), done.set())
        )
        second.start()
        assert _wait_for(lambda: messages, timeout=10)
        assert messages == [f"另一个建库进程正在更新 {db}，等它完成后再继续（最多等 600 秒）…"]
        assert not done.is_set()
        # Questions are still answered from the old index meanwhile.
        assert search(open_index(db), "政府信息公开")
        assert before["reports"].count == len(list(REAL.glob("*.txt")))
    second.join(timeout=60)
    assert done.is_set()
    n = len(list(REAL.glob("*.txt"))) + len(list(SEEDS.glob("*.txt")))
    assert open_index(db)["reports"].count == n


def test_a_build_that_cannot_get_the_lock_in_time_fails_clearly_and_leaves_the_index_alone(tmp_path, monkeypatch):
    db = tmp_path / "index.db"
    build_index(db, [REAL])
    old = db.read_bytes()
    monkeypatch.setattr(buildlock, "LOCK_WAIT_SECONDS", 0.2)
    with build_lock(db), pytest.raises(IndexBusy) as e:
        build_index(db, [SEEDS], on_wait=lambda m: None)
    assert str(e.value).startswith(f"{db} 正被另一个建库进程更新，等了 0 秒仍未完成。请等它结束后再运行 reportbot index")
    assert db.read_bytes() == old


def test_two_real_build_processes_on_one_index_lose_nothing(tmp_path):
    reports = _many_reports(tmp_path / "reports", copies=25)
    n = len(list(reports.iterdir()))
    db = tmp_path / "index.db"
    first = subprocess.Popen(
        [REPORTBOT, "index", reports, "--db", db], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert _wait_for(lambda: temporary_files(db)), "the first build never started"
    second = subprocess.run(
        [REPORTBOT, "index", reports, SEEDS, "--db", db], capture_output=True, text=True, timeout=120, check=False
    )
    _, first_err = first.communicate(timeout=120)
    assert first.returncode == 0, first_err
    assert second.returncode == 0, second.stderr
    assert "另一个建库进程正在更新" in second.stderr
    # The second build started from the first one's index, and its own reports are the ones added.
    assert f"新增 5，更新 0，未变 {n}，删除 0，失败 0；共 {n + 5} 份报告" in second.stdout
    assert open_index(db)["reports"].count == n + 5
