"""Settings of the Telegram front-end, read from the environment and an optional `.env` file.

Precedence, highest first:

1. explicit overrides (command-line options of `reportbot serve`);
2. the process environment (`TELEGRAM_BOT_TOKEN=... reportbot serve`);
3. the `.env` file in the working directory (or the file named by `REPORTBOT_ENV_FILE`);
4. the defaults below.

| Variable | Default | Meaning |
|---|---|---|
| TELEGRAM_BOT_TOKEN | (none) | the token from @BotFather; without it `python -m bot` starts the console chat |
| REPORTBOT_ADMIN_IDS | (none) | Telegram user ids allowed to upload reports and run /reindex, /stats, /checks (comma-separated) |
| REPORTBOT_DB | data/index.db | the SQLite index; the bot's state file lives beside it |
| REPORTBOT_REPORTS_DIR | data/reports | the report files; uploads are saved here |
| TELEGRAM_BASE_URL | https://api.telegram.org/bot | another Bot API server (a self-hosted one, or the tests' fake) |
| TELEGRAM_BASE_FILE_URL | derived from TELEGRAM_BASE_URL | where files are downloaded from |
| REPORTBOT_WEBHOOK_URL | (none) | public HTTPS URL: set it to receive updates by webhook instead of polling |
| REPORTBOT_WEBHOOK_LISTEN | 127.0.0.1 | the address the webhook server binds to (behind a reverse proxy on this machine) |
| REPORTBOT_WEBHOOK_PORT | 8443 | the port the webhook server listens on |
| REPORTBOT_WEBHOOK_SECRET | (generated) | secret token Telegram sends back in every webhook request; without it a random one is generated at each start and printed |
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import dotenv_values

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_BASE_FILE_URL = "https://api.telegram.org/file/bot"


class SettingsError(ValueError):
    """A setting has a value that cannot work; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    token: str | None = None
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    db_path: Path = Path("data/index.db")
    reports_dir: Path = Path("data/reports")
    base_url: str = DEFAULT_BASE_URL
    base_file_url: str = DEFAULT_BASE_FILE_URL
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = None

    @property
    def state_path(self) -> Path:
        """The bot's persistence file (buttons' short ids and the like), beside the index."""
        return self.db_path.with_name(self.db_path.name + ".bot-state.pickle")

    @property
    def webhook_path(self) -> str:
        """The path part of the webhook URL, which the local webhook server listens on."""
        return urlsplit(self.webhook_url or "").path.lstrip("/")

    @classmethod
    def load(
        cls,
        environ: Mapping[str, str] | None = None,
        env_file: Path | str | None = None,
        **overrides,
    ) -> Settings:
        """Settings from overrides > environment > .env file > defaults (see the module docstring)."""
        environ = os.environ if environ is None else environ
        env_file = Path(env_file or environ.get("REPORTBOT_ENV_FILE") or ".env")
        values = {k: v for k, v in dotenv_values(env_file).items() if v} if env_file.is_file() else {}
        values.update({k: v for k, v in environ.items() if v})

        def get(name: str, default=None):
            value = values.get(name)
            return value.strip() if isinstance(value, str) and value.strip() else default

        base_url = get("TELEGRAM_BASE_URL", DEFAULT_BASE_URL)
        settings = dict(
            token=get("TELEGRAM_BOT_TOKEN"),
            admin_ids=parse_admin_ids(get("REPORTBOT_ADMIN_IDS", "")),
            db_path=Path(get("REPORTBOT_DB", "data/index.db")),
            reports_dir=Path(get("REPORTBOT_REPORTS_DIR", "data/reports")),
            base_url=base_url,
            base_file_url=get("TELEGRAM_BASE_FILE_URL") or file_url_for(base_url),
            webhook_url=get("REPORTBOT_WEBHOOK_URL"),
            webhook_listen=get("REPORTBOT_WEBHOOK_LISTEN", "127.0.0.1"),
            webhook_port=parse_port(get("REPORTBOT_WEBHOOK_PORT", "8443")),
            webhook_secret=get("REPORTBOT_WEBHOOK_SECRET"),
        )
        settings.update({k: v for k, v in overrides.items() if v is not None})
        if "base_url" in overrides and "base_file_url" not in overrides and not get("TELEGRAM_BASE_FILE_URL"):
            settings["base_file_url"] = file_url_for(settings["base_url"])
        if settings["webhook_secret"] and not re.fullmatch(
            r"[A-Za-z0-9_-]{1,256}", settings["webhook_secret"]
        ):
            raise SettingsError("REPORTBOT_WEBHOOK_SECRET 只能包含 A-Z a-z 0-9 _ -，长度 1–256")
        return cls(**settings)


def parse_admin_ids(text: str) -> frozenset[int]:
    """ "123, 456 789" → {123, 456, 789}; anything else is an error naming the bad part."""
    ids = set()
    for part in re.split(r"[\s,;，]+", text.strip()):
        if not part:
            continue
        if not re.fullmatch(r"-?\d+", part):
            raise SettingsError(f"REPORTBOT_ADMIN_IDS 应为逗号分隔的数字用户 ID，无法识别：{part!r}")
        ids.add(int(part))
    return frozenset(ids)


def parse_port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise SettingsError(f"REPORTBOT_WEBHOOK_PORT 应为 1–65535 的端口号，而不是 {text!r}")
    return int(text)


def file_url_for(base_url: str) -> str:
    """The file URL that goes with a Bot API URL: `…/bot` → `…/file/bot` (Telegram's own layout)."""
    if base_url == DEFAULT_BASE_URL:
        return DEFAULT_BASE_FILE_URL
    head, sep, tail = base_url.rstrip("/").rpartition("/")
    if not sep:
        return base_url
    return f"{head}/file/{tail}"


def sample_reports_dir() -> Path | None:
    """The sample reports shipped in the package (data/reports), or None when they are not on disk."""
    folder = files("reportbot_data") / "reports"
    return folder if isinstance(folder, Path) and folder.is_dir() else None


def reports_dir_for_reading(reports_dir: Path, db_path: Path) -> Path:
    """The reports folder to build a missing index from: the default folder when it exists, else the
    samples shipped in the package (an installed wheel run outside a checkout). Never used for uploads."""
    if db_path.exists() or reports_dir.is_dir() or reports_dir != Path("data/reports"):
        return reports_dir
    return sample_reports_dir() or reports_dir
