"""`reportbot` commands that read reports and the index: parse, index, search, check.

The bot's own commands (ask, chat, eval, serve) are added in bot/cli.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from index.errors import ReportParseError

DEFAULT_DB = Path("data/index.db")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reportbot")
def cli():
    """政府信息公开工作年度报告助手：解析、索引、检索年报，并回答问题。

    Example:

        reportbot index data/reports && reportbot ask "嘉兴发改委2020年收到多少申请？"
    """


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="打印与 gold 文件相同结构的 JSON（另加 checks、warnings、sections）。")
def parse(file: Path, as_json: bool):
    """解析一份年报（.txt/.md/.html 为 UTF-8 或 GB18030；.pdf；Word 为 .docx；扫描件和 .png/.jpg 图片用 OCR 识别），打印单位、年份、模板、表格单元格和核对结果。

    Example:

        reportbot parse data/reports/000_65c2709d2d0a946a.txt --json
    """
    from index.parse import parse_report

    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="OCR 识别扫描页", file=sys.stderr)
            bar.__enter__()
        bar.update(1)

    try:
        report = parse_report(file, progress=progress if sys.stderr.isatty() else None)
    except ReportParseError as e:
        raise click.ClickException(str(e)) from e
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if as_json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    click.echo(f"单位：{report.agency or '（未识别）'}  年份：{report.year or '（未识别）'}  模板：{report.template}版")
    click.echo(f"读出单元格 {len(report.cells)}/{report.expected_cells}")
    for c in report.cells:
        v = "（空）" if c.value is None else c.raw
        mark = "，OCR" if c.ocr else ""
        click.echo(f"  {c.table}/{c.row}/{c.col} = {v}  [{report.where(c.line)}{mark}]")
    for w in report.warnings:
        click.echo(f"注意：{w}")
    for chk in report.checks:
        if chk.status != "ok":
            click.echo(f"{'✗' if chk.failed else '?'} {chk.message}")


_db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="索引文件。",
)


@cli.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_db_option
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="并行解析的进程数。"
)
@click.option("--agency", help="标题中找不到报告单位时使用的单位名称。")
@click.option("--year", type=click.IntRange(2019, 2100), help="标题中找不到年份时使用的年份。")
def index_command(paths: tuple[Path, ...], db_path: Path, jobs: int, agency: str | None, year: int | None):
    """把年报文件或文件夹（*.txt *.md *.html *.htm *.pdf *.docx *.png *.jpg）建成检索索引。

    只重新解析有变化的文件；已删除的文件从索引中移除。建库写入临时文件，完成后才替换旧索引，中断不会损坏旧索引。
    有文件解析失败时，列出“文件:行号: 原因”，退出状态为 1。
    标题中找不到单位或年份的报告不入库，除非用 --agency/--year 补上（只补报告自己没写的）。

    Example:

        reportbot index data/reports --db data/index.db --jobs 2
    """
    from index.errors import IndexingError
    from index.store import build_index

    bar = None

    def progress(done: int, total: int, path: str) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="解析年报", item_show_func=lambda p: p)
            bar.__enter__()
        bar.update(1, path)

    try:
        summary = build_index(
            db_path,
            paths,
            jobs=jobs,
            progress=progress if sys.stdout.isatty() else None,
            on_wait=lambda message: click.echo(message, err=True),
            agency=agency,
            year=year,
        )
    except IndexingError as e:
        raise click.ClickException(str(e)) from e
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if summary.stale_removed:
        click.echo(f"已删除 {summary.stale_removed} 个中断的建库留下的临时文件。")
    if summary.rebuilt:
        click.echo("已重建全部索引。")
    click.echo(
        f"新增 {summary.added}，更新 {summary.updated}，未变 {summary.unchanged}，删除 {summary.removed}，"
        f"失败 {len(summary.failed)}；共 {summary.reports} 份报告，单元格 {summary.cells} 个，"
        f"核对不符 {summary.check_failures} 处；用时 {summary.seconds:.1f} 秒。索引：{db_path}"
    )
    if summary.partial:
        click.echo(f"部分读出的报告 {len(summary.partial)} 份（读不准的单元格已略去，不作猜测）：")
        for p in summary.partial:
            why = "；".join(_shorten(w) for w in p.reasons) or "模板中部分单元格在报告里找不到"
            click.echo(f"  {p.path}：读出 {p.read}/{p.expected} 个单元格，缺 {p.missing} 个。原因：{why}")
    for dup in summary.duplicates:
        click.echo(f"注意：{dup.message}")
    for _, reason in summary.failed:
        click.echo(reason, err=True)
    if summary.failed:
        sys.exit(1)


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _open(db_path: Path):
    from index.errors import IndexingError
    from index.store import open_index

    try:
        return open_index(db_path)
    except IndexingError as e:
        raise click.ClickException(str(e)) from e


@cli.command("search")
@click.argument("words", nargs=-1, required=True)
@_db_option
@click.option(
    "--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True, help="最多显示几条。"
)
def search_command(words: tuple[str, ...], db_path: Path, limit: int):
    """在年报正文中全文检索，显示单位、年份、章节、摘录（匹配处用【】标出）和出处。

    所有关键词都出现的段落优先；没有时改为任一关键词出现即可。

    Example:

        reportbot search 双随机 一公开 --limit 5
    """
    from index.store import search

    text = " ".join(words)
    hits = search(_open(db_path), text, limit=limit)
    if not hits:
        click.echo(f"没有找到包含“{text}”的段落。可以换个说法，或减少关键词。")
        return
    for i, h in enumerate(hits, 1):
        click.echo(f"{i}. {h.agency} {h.year}年 · {h.section}")
        click.echo(f"   {h.snippet}")
        click.echo(f"   出处：{h.source}")


@cli.command("check")
@_db_option
def check_command(db_path: Path):
    """列出核对不符的报告：表内加总、正文与表格、上下年结转，以及上次建索引时解析失败的文件。

    Example:

        reportbot check --db data/index.db
    """
    db = _open(db_path)
    from index.checks import blank_total_hides_figures

    rows = db.query(
        """select r.path, r.agency, r.year, c.status, c.message from checks c join reports r on r.id = c.report_id
           where c.status != 'ok' order by r.agency, r.year, r.path, c.seq"""
    )
    last = None
    count = blank = 0
    for r in rows:
        if r["status"] != "fail" and not blank_total_hides_figures(r):
            continue
        if r["path"] != last:
            click.echo(f"{r['agency']} {r['year']}年（{r['path']}）")
            last = r["path"]
        if r["status"] == "fail":
            click.echo(f"  ✗ {r['message']}")
            count += 1
        else:
            click.echo(f"  ? {r['message']}")
            blank += 1
    failed_files = list(db.query("select error from files order by path"))
    for f in failed_files:
        click.echo(f"未能解析：{f['error']}")
    if count == 0 and not failed_files and not blank:
        click.echo(f"全部 {db['reports'].count} 份报告核对通过。")
    else:
        click.echo(f"共 {count} 处核对不符（✗），{blank} 处总计为空无法核对（?），{len(failed_files)} 个文件未能解析。")
