"""The `reportbot` command: the indexer's commands plus the bot's (ask, chat, eval, serve)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from bot import cli_serve
from index.cli import DEFAULT_DB, cli
from index.errors import IndexingError

DEFAULT_REPORTS = Path("data/reports")

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True,
    envvar="REPORTBOT_DB", help="索引文件；不存在时先用 --reports 里的年报建立。",
)
reports_option = click.option(
    "--reports", "reports_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_REPORTS,
    show_default=True, envvar="REPORTBOT_REPORTS_DIR", help="年报文件夹（首次使用时据此建索引）。",
)


def _assistant(db_path: Path, reports_dir: Path):
    from bot.config import reports_dir_for_reading
    from bot.service import Assistant

    folder = reports_dir_for_reading(reports_dir, db_path)
    if folder != reports_dir:
        click.echo(f"没有 {reports_dir} 文件夹，用安装包自带的示例年报建立索引 {db_path}。", err=True)
        reports_dir = folder
    if not db_path.exists() and not reports_dir.is_dir():
        raise click.ClickException(f"索引 {db_path} 不存在，年报文件夹 {reports_dir} 也不存在。请用 --reports 指定年报文件夹。")
    try:
        return Assistant(db_path, reports_dir)
    except IndexingError as e:
        raise click.ClickException(str(e)) from e


@cli.command()
@click.argument("question")
@db_option
@reports_option
@click.option("--json", "as_json", is_flag=True, help="以 JSON 打印回答（字段见 README“回答的 JSON”）。")
@click.option("--after", "earlier", multiple=True, metavar="上一个问题",
              help="先（不打印地）问这些问题，再把 QUESTION 当作接着问的追问；可以给多次。")
def ask(question: str, db_path: Path, reports_dir: Path, as_json: bool, earlier: tuple[str, ...]):
    """回答一个问题：数字附出处（报告、表、行、列、原文行号），核对不符时给出警告。

    Example:

        reportbot ask "嘉兴发改委2020年收到多少政府信息公开申请？"

        reportbot ask --json "2020年各单位收到的申请数量排名"

        reportbot ask --after "淮安市府24年收到多少申请" "那洪泽呢"
    """
    from bot.conversation import Conversation

    assistant = _assistant(db_path, reports_dir)
    conversation = Conversation() if earlier else None
    for before in earlier:
        assistant.answer(before, conversation)
    ans = assistant.answer(question, conversation)
    if as_json:
        json.dump(ans.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        click.echo(ans.text)


@cli.command()
@db_option
@reports_option
def chat(db_path: Path, reports_dir: Path):
    """在终端里连续提问（有历史记录；输入序号回答追问；Ctrl-D 退出）。

    Example:

        reportbot chat
    """
    from bot.console import run_console

    run_console(_assistant(db_path, reports_dir))


@cli.command("eval")
@db_option
@reports_option
@click.option("--cases", "cases_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=Path("tests/qa/cases.yaml"), show_default=True, help="问答评测集（YAML）。")
@click.option("--quiet", is_flag=True, help="只打印汇总数字，不列出失败的问题。")
def eval_command(db_path: Path, reports_dir: Path, cases_path: Path, quiet: bool):
    """用评测集检验回答：打印完全正确率、错误数字数、追问率、未找到率，以及答错的问题。

    Example:

        reportbot eval --cases tests/qa/cases.yaml
    """
    from bot.evaluate import cases_today, format_report, run_eval

    today = cases_today(cases_path)
    if today:  # the cases' 今年/去年 were written against this date
        os.environ["REPORTBOT_TODAY"] = today
    result = run_eval(_assistant(db_path, reports_dir).answer, cases_path)
    click.echo(format_report(result, show_failures=not quiet))
    if getattr(result, "wrong_figures", 0) or getattr(result, "accuracy", 1.0) < 1.0:
        sys.exit(1)


cli_serve.register(cli)


def main():
    cli(prog_name="reportbot")


if __name__ == "__main__":
    main()
