"""Entry points: `python -m bot` falls back to the console without a token; `reportbot serve` explains."""

from __future__ import annotations

import io
import shutil

from click.testing import CliRunner
from fakes.bot_harness import REPORTS

from bot import __main__ as entry
from bot.cli import cli


def test_python_m_bot_without_token_starts_the_console(tmp_path, monkeypatch, capsys):
    shutil.copytree(
        REPORTS, tmp_path / "reports", ignore=lambda d, names: [n for n in names if "65c2709d" not in n]
    )
    for name in ("TELEGRAM_BOT_TOKEN", "REPORTBOT_DB", "REPORTBOT_REPORTS_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("REPORTBOT_ENV_FILE", str(tmp_path / "none.env"))
    monkeypatch.setenv("REPORTBOT_DB", str(tmp_path / "index.db"))
    monkeypatch.setenv("REPORTBOT_REPORTS_DIR", str(tmp_path / "reports"))
    monkeypatch.setattr("sys.stdin", io.StringIO("秀洲分局2020年收到多少申请\n"))
    assert entry.main() == 0
    out, err = capsys.readouterr()
    assert "未设置 TELEGRAM_BOT_TOKEN" in err and ".env.example" in err
    assert "97" in out


def test_serve_without_token_says_how_to_set_one(tmp_path, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--env-file", str(tmp_path / "none.env")])
    assert result.exit_code == 1
    assert "TELEGRAM_BOT_TOKEN" in result.output and ".env.example" in result.output


def test_serve_rejects_bad_admin_ids(tmp_path, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:x")
    monkeypatch.setenv("REPORTBOT_ADMIN_IDS", "42,bob")
    result = CliRunner().invoke(cli, ["serve", "--env-file", str(tmp_path / "none.env")])
    assert result.exit_code == 1 and "bob" in result.output
