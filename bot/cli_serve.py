"""`reportbot serve`: run the Telegram bot. bot/cli.py calls `register(cli)` to add it."""

from __future__ import annotations

from pathlib import Path

import click

from bot.config import Settings, SettingsError


@click.command()
@click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), help="索引文件（REPORTBOT_DB）。"
)
@click.option(
    "--reports",
    "reports_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="年报文件夹，上传的年报也存在这里（REPORTBOT_REPORTS_DIR）。",
)
@click.option(
    "--base-url", help="另一个 Bot API 服务器，例如 http://127.0.0.1:8081/bot（TELEGRAM_BASE_URL）。"
)
@click.option(
    "--webhook-url", help="用 webhook 接收消息的公网 HTTPS 地址（REPORTBOT_WEBHOOK_URL）；不填则轮询。"
)
@click.option(
    "--port", "webhook_port", type=int, help="webhook 服务监听的端口（REPORTBOT_WEBHOOK_PORT，默认 8443）。"
)
@click.option(
    "--env-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="从这个文件读取设置（默认当前目录的 .env）。",
)
def serve(db_path, reports_dir, base_url, webhook_url, webhook_port, env_file):
    """运行 Telegram 机器人（令牌取自 TELEGRAM_BOT_TOKEN，管理员取自 REPORTBOT_ADMIN_IDS）。

    命令行选项优先于环境变量，环境变量优先于 .env 文件。

    Example:

        TELEGRAM_BOT_TOKEN=123456:ABC REPORTBOT_ADMIN_IDS=42 reportbot serve
    """
    try:
        settings = Settings.load(
            env_file=env_file,
            db_path=db_path,
            reports_dir=reports_dir,
            base_url=base_url,
            webhook_url=webhook_url,
            webhook_port=webhook_port,
        )
    except SettingsError as e:
        raise click.ClickException(str(e)) from e
    if not settings.token:
        raise click.ClickException(
            "没有设置 TELEGRAM_BOT_TOKEN。请把 @BotFather 给的令牌写进 .env（参见 .env.example），"
            "或执行 TELEGRAM_BOT_TOKEN=123:ABC reportbot serve；不带令牌可用 reportbot chat 在终端里提问。"
        )
    from bot.telegram_app import serve as run
    from bot.telegram_app import setup_logging

    setup_logging()
    run(settings)


def register(cli_group: click.Group) -> None:
    """Add `serve` to the `reportbot` command group."""
    cli_group.add_command(serve)
