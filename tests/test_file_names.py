"""Any file name the OS gives us: names that are not valid UTF-8 (a Windows zip unpacked on Linux) are
indexed, cited and reported by a printable form, on `index`, on a first `ask` and in the bot's summary."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from index.filenames import printable_name
from index.store import build_index, open_index

REAL = Path(__file__).resolve().parent / "data" / "reports" / "real"
GBK_NAME = "洪泽区2023年报.txt".encode("gbk")  # not valid UTF-8
PRINTABLE = printable_name(os.fsdecode(GBK_NAME))
NOTE_NAME = "压缩包说明.txt".encode("gbk")
NOTE_PRINTABLE = NOTE_NAME.decode("utf-8", "backslashreplace")

pytestmark = pytest.mark.skipif(os.fsencode("\udcb1") != b"\xb1", reason="needs byte file names (POSIX)")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="reportbot")


@pytest.fixture
def windows_zip(tmp_path: Path) -> Path:
    """A folder of real reports, one under a GBK name, one GBK-named file that is no report."""
    folder = tmp_path / "unzipped"
    folder.mkdir()
    shutil.copy(REAL / "001_huaian_shi_2024.txt", folder)
    shutil.copy(REAL / "002_hongze_qu_2023.txt", os.fsencode(folder) + b"/" + GBK_NAME)
    (folder / os.fsdecode(NOTE_NAME)).write_text("压缩包说明\n", encoding="utf-8")
    return folder


def test_printable_name_shows_undecodable_bytes_as_escapes_and_leaves_valid_names_alone():
    assert GBK_NAME.decode("utf-8", "backslashreplace") == PRINTABLE
    assert PRINTABLE.startswith("\\xba\\xe9\\xd4\\xf3\\xc7\\xf82023")
    assert printable_name("洪泽区2023年报.txt") == "洪泽区2023年报.txt"
    assert printable_name("a\nb.txt") == "a\\nb.txt"
    assert PRINTABLE.encode("utf-8")  # storable and printable


def test_index_reads_a_report_whose_name_is_not_utf8_and_reports_the_other_by_printable_name(windows_zip, tmp_path):
    db = tmp_path / "index.db"
    result = run("index", windows_zip, "--db", db)
    assert result.exit_code == 1, result.output  # the non-report fails, nothing else
    assert isinstance(result.exception, SystemExit)  # a clean exit, not a crash
    assert "新增 2，更新 0，未变 0，删除 0，失败 1；共 2 份报告" in result.output
    assert f"{NOTE_PRINTABLE}: " in result.output  # reported by its printable name, with the reason
    paths = {r["path"] for r in open_index(db).query("select path from reports")}
    assert paths == {"001_huaian_shi_2024.txt", PRINTABLE}


def test_a_first_ask_builds_the_index_from_a_folder_with_such_names_and_cites_the_printable_name(
    windows_zip, tmp_path
):
    result = run("ask", "--db", tmp_path / "index.db", "--reports", windows_zip, "洪泽区2023年收到多少申请")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert f"{PRINTABLE} 第" in result.output


def test_the_build_summary_lists_the_unreadable_file_by_printable_name(windows_zip, tmp_path):
    summary = build_index(tmp_path / "index.db", [windows_zip])
    assert [p for p, _ in summary.failed] == [NOTE_PRINTABLE]


def test_the_bot_first_start_builds_its_index_and_lists_the_unreadable_file_by_printable_name(windows_zip, tmp_path):
    from bot import telegram_render
    from bot.service import Assistant

    assistant = Assistant(tmp_path / "index.db", windows_zip)  # what `reportbot serve` does on first start
    stats = assistant.stats()
    assert stats.reports == 2
    assert [f.split(":")[0] for f in stats.failed_files] == [NOTE_PRINTABLE]
    assert NOTE_PRINTABLE in "\n".join(telegram_render.stats_blocks(stats))
    answer = assistant.answer("洪泽区2023年收到多少政府信息公开申请")
    assert answer.figures[0].source.startswith(f"{PRINTABLE}:")
