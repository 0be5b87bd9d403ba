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
        db_path=tmp_path / "idx" / "index.db",
        reports_dir=tmp_path / "idx" / "reports",
        base_url=api.base_url,
        base_file_url=api.base_file_url,
    )


NEW_REPORT = REPORTS / "010_pingtan_2022.txt"  # left out of the test corpus: tests upload it


def copy_reports(target: Path) -> Path:
    """A private copy of the bundled reports minus NEW_REPORT (uploads and reindex write into it)."""
    shutil.copytree(REPORTS, target, ignore=shutil.ignore_patterns(NEW_REPORT.name))
    return target


def base_index(tmp: Path) -> Path:
    """Build the index of the test corpus once, in `tmp` (index.db + reports/)."""
    from bot.service import Assistant

    Assistant(tmp / "index.db", copy_reports(tmp / "reports"))
    return tmp


def fresh_assistant(base: Path, tmp_path: Path):
    """A private Assistant over a copy of a base_index (cheap: no rebuild)."""
    from bot.service import Assistant

    shutil.copytree(base, tmp_path / "idx")
    return Assistant(tmp_path / "idx" / "index.db", tmp_path / "idx" / "reports")


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
