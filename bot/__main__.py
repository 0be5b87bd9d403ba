"""`python -m bot`: the Telegram bot when TELEGRAM_BOT_TOKEN is set, otherwise the console chat.

Settings come from the environment or a `.env` file (see bot/config.py and .env.example).
"""

from __future__ import annotations

import sys

from bot.config import Settings, SettingsError

NO_TOKEN_HINT = (
    "未设置 TELEGRAM_BOT_TOKEN，现在启动控制台问答（基于 {reports}）。\n"
    "要运行 Telegram 机器人：把 @BotFather 给的令牌写进 .env（参见 .env.example），"
    "或执行 TELEGRAM_BOT_TOKEN=123:ABC python -m bot\n"
)


def main() -> int:
    try:
        settings = Settings.load()
    except SettingsError as e:
        print(f"配置错误：{e}", file=sys.stderr)
        return 2
    if settings.token:
        from bot.telegram_app import serve, setup_logging

        setup_logging()
        serve(settings)
        return 0
    from bot.config import reports_dir_for_reading

    reports_dir = reports_dir_for_reading(settings.reports_dir, settings.db_path)
    print(NO_TOKEN_HINT.format(reports=reports_dir), file=sys.stderr)
    from bot.console import run_console
    from bot.service import Assistant

    settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    run_console(Assistant(settings.db_path, reports_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
