"""Settings: documented precedence (options > environment > .env > defaults) and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.config as config_module
from bot.config import DEFAULT_BASE_FILE_URL, DEFAULT_BASE_URL, Settings, SettingsError, file_url_for

ROOT = Path(__file__).resolve().parents[1]


def test_defaults_without_anything(tmp_path):
    s = Settings.load(environ={}, env_file=tmp_path / "missing.env")
    assert s.token is None and s.admin_ids == frozenset()
    assert s.db_path == Path("data/index.db") and s.reports_dir == Path("data/reports")
    assert (s.base_url, s.base_file_url) == (DEFAULT_BASE_URL, DEFAULT_BASE_FILE_URL)
    assert s.state_path == Path("data/index.db.bot-state.pickle") and s.webhook_url is None
    assert s.webhook_listen == "127.0.0.1"  # a webhook server is reachable from this machine only


def test_precedence_options_then_environment_then_env_file(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(
        "TELEGRAM_BOT_TOKEN=from-file\nREPORTBOT_ADMIN_IDS=1, 2\nREPORTBOT_DB=file.db\n"
        "TELEGRAM_BASE_URL=http://127.0.0.1:9/bot\n",
        encoding="utf-8",
    )
    s = Settings.load(environ={"TELEGRAM_BOT_TOKEN": "from-env", "REPORTBOT_DB": ""}, env_file=env_file)
    assert s.token == "from-env" and s.admin_ids == {1, 2} and s.db_path == Path("file.db")
    assert s.base_file_url == "http://127.0.0.1:9/file/bot"
    s = Settings.load(environ={"REPORTBOT_DB": "env.db"}, env_file=env_file, db_path=Path("opt.db"))
    assert s.db_path == Path("opt.db")


def test_env_file_named_by_variable(tmp_path):
    other = tmp_path / "other.env"
    other.write_text("REPORTBOT_WEBHOOK_URL=https://example.org/hook/tg\nREPORTBOT_WEBHOOK_PORT=88\n")
    s = Settings.load(environ={"REPORTBOT_ENV_FILE": str(other)})
    assert (
        s.webhook_url == "https://example.org/hook/tg"
        and s.webhook_port == 88
        and s.webhook_path == "hook/tg"
    )


@pytest.mark.parametrize(
    "env, message",
    [
        ({"REPORTBOT_ADMIN_IDS": "42, alice"}, "alice"),
        ({"REPORTBOT_WEBHOOK_PORT": "99999"}, "99999"),
        ({"REPORTBOT_WEBHOOK_SECRET": "has space"}, "REPORTBOT_WEBHOOK_SECRET"),
    ],
)
def test_bad_values_name_the_setting(env, message, tmp_path):
    with pytest.raises(SettingsError, match=message):
        Settings.load(environ=env, env_file=tmp_path / "none")


def test_file_url_follows_the_api_url():
    assert file_url_for("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
    assert file_url_for(DEFAULT_BASE_URL) == DEFAULT_BASE_FILE_URL


def test_env_example_lists_every_setting():
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    doc = config_module.__doc__
    for name in [
        "TELEGRAM_BOT_TOKEN",
        "REPORTBOT_ADMIN_IDS",
        "REPORTBOT_DB",
        "REPORTBOT_REPORTS_DIR",
        "TELEGRAM_BASE_URL",
        "TELEGRAM_BASE_FILE_URL",
        "REPORTBOT_WEBHOOK_URL",
        "REPORTBOT_WEBHOOK_PORT",
        "REPORTBOT_WEBHOOK_SECRET",
        "REPORTBOT_WEBHOOK_LISTEN",
    ]:
        assert name in example and name in doc
