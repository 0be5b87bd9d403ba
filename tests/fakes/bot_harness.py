"""Run the real Application in-process, polling a BotAPIServer over HTTP on 127.0.0.1."""

from __future__ import annotations

import shutil
from contextlib import asynccontextmanager
from pathlib import Path

from bot.config import Settings
from bot.telegram_app import build_application

ADMIN, USER = 42, 1001
ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "data" / "reports"


def settings_for(api, tmp_path: Path, admins=(ADMIN,)) -> Settings:
    return Settings(
        token=api.token,
        admin_ids=frozenset(admins),
        db_path=tmp_path / "index.db",
        reports_dir=tmp_path / "reports",
        base_url=api.base_url,
        base_file_url=api.base_file_url,
    )


def copy_reports(tmp_path: Path) -> Path:
    """A private copy of the bundled reports (uploads and reindex write into it)."""
    target = tmp_path / "reports"
    shutil.copytree(REPORTS, target, dirs_exist_ok=True)
    return target


@asynccontextmanager
async def running_bot(api, settings: Settings, assistant=None):
    """The bot as `serve` runs it (post_init, polling), minus the signal handling."""
    app = build_application(settings, assistant)
    async with app:
        await app.post_init(app)
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=0.25)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
