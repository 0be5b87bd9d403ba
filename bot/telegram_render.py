"""Answers and bot replies as Telegram HTML: every dynamic value escaped, messages ≤ 4096 characters.

Each function returns *blocks*: HTML fragments whose tags open and close on the same line, so a
message can be cut at any line boundary. `split_messages` packs blocks into messages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.answer import Answer, Figure, Hit

MAX_TEXT = 4096  # telegram.constants.MessageLimit.MAX_TEXT_LENGTH
MAX_CAPTION = 1024  # telegram.constants.MessageLimit.CAPTION_LENGTH
COMPACT_AFTER = 3  # one report's figures beyond this are grouped by table

ERROR = "抱歉，处理这条消息时出错了，请稍后再试。"
NOT_ADMIN = "抱歉，这个功能仅限管理员使用。如需更新年报，请联系管理员。"
STALE_BUTTON = "这个按钮已过期，请重新提问。"
NON_TEXT = "我只能看懂文字问题。请直接输入问题，例如“有哪些单位”；发送 /help 查看用法。"
EMPTY_QUESTION = "请输入要问的问题，例如“有哪些单位”。"
BUSY_REINDEX = "索引正在重建中，请等这一次完成后再试。"
EXPORT_BUTTON = "导出表格"
EXPORT_CAPTION = "导出的数据（每行附出处）"
USAGE = {
    "search": "用法：/search 关键词，例如 /search 双随机、一公开",
    "report": "用法：/report 单位 [年份]，例如 /report 秀洲分局 2020",
}
HELP_TITLE = "<b>政府信息公开工作年度报告助手</b>"
COMMAND_LINES = [
    "",
    "<b>命令</b>",
    "/agencies 收录的单位和年度",
    "/report 单位 [年份] 一份年报的摘要卡片（各表可看图、导出）",
    "/search 关键词 在报告正文中检索",
    "/help 使用说明",
]
INLINE_HELP = "在任意聊天中输入 @{username} 问题，可直接引用数字（附出处）。"
GROUP_HELP = "在群里请 @我 或回复我的消息提问。"
ADMIN_HELP_LINES = [
    "",
    "<b>管理员</b>",
    "直接发送年报文件（.txt/.md/.html/.pdf/.docx/.png/.jpg，≤20 MB）即可加入索引。",
    "/reindex 重建索引  /stats 索引概况  /checks 数据对不上的报告",
]
LOCAL_TIME = ZoneInfo("Asia/Shanghai")  # what readers in China read times in


def help_blocks(lines: list[str], username: str | None, admin: bool) -> list[str]:
    """/help: the one help text (the same lines as /start and 你好), then the commands."""
    blocks = [HELP_TITLE, *(esc(x) for x in lines), *COMMAND_LINES, esc(GROUP_HELP)]
    if username:
        blocks.append(esc(INLINE_HELP.format(username=username)))
    return blocks + (ADMIN_HELP_LINES if admin else [])


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def number(value: object) -> str:
    """A figure's value as a reader expects it: 97, 1171.73, 2,448,023; a blank cell says so."""
    if value is None:
        return "空白（表中未填）"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and value != int(value):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}" if abs(value) >= 10000 else str(int(value))


def amount(value: object, unit: str) -> str:
    """Value and unit, with 万元 beside big amounts in 元."""
    text = f"{number(value)} {unit}".rstrip() if value is not None else number(None)
    if unit == "元" and isinstance(value, int | float) and abs(value) >= 10000:
        text += f"（{value / 10000:.2f}万元）"
    return text


def _plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", fragment))


def visible_len(fragment: str) -> int:
    """Length of an HTML fragment as Telegram counts it: tags removed, entities decoded."""
    return len(_plain(fragment))


# ---------------------------------------------------------------------------------------- answers
OPS_CN = {"sum": "合计", "difference": "差", "change": "变化", "ratio": "比例"}


def figure_label(f: Figure) -> str:
    return f.label or (f"{f.row}（{f.column}）" if f.column else f.row)


def where(source: str) -> str:
    """ "file.txt:137" → "file.txt 第137行"; the cells of a sum, file by file: "a.txt 第90、92、94行"."""
    parts = [p.strip() for p in re.split(r"[;；]", source) if p.strip()]
    by_file: dict[str, list[str]] = {}
    for part in parts:
        file, sep, line = part.rpartition(":")
        if not (sep and line.isdigit()):
            return source
        by_file.setdefault(file, []).append(line)
    return "；".join(f"{file} 第{'、'.join(lines)}行" for file, lines in by_file.items()) or source


def lines_of(source: str) -> list[str]:
    """The line numbers a source names, as printed (one per cell of a sum)."""
    out = []
    for part in re.split(r"[;；]", source):
        _file, sep, line = part.strip().rpartition(":")
        if sep and line.isdigit():
            out.append(line)
    return out


def item_name(f: Figure) -> str:
    """The row as a short label: the figure's label without its column (本年新收申请, 不予公开·属于国家秘密)."""
    label = figure_label(f)
    if f.column and label.endswith(f"（{f.column}）"):
        label = label[: -len(f.column) - 2]
    table = short_table(f.table)
    return label[len(table) :].lstrip(" ·") if table and label.startswith(table) else label


def short_table(table: str) -> str:
    return table.split(" ", 1)[0]


def short_source(f: Figure, with_item: bool = True) -> str:
    """One short line saying where a figure is: 表三·本年新收申请·总计 · 第79行 (the file is in the full citation)."""
    lines = lines_of(f.source)
    where_ = (f"第{lines[0]}行" if len(lines) == 1 else f"{len(lines)}格（第{lines[0]}–{lines[-1]}行）") if lines else f.source
    column = f.column if f.column and "+" not in f.column else ""
    head = "·".join(x for x in (short_table(f.table), item_name(f) if with_item else "", column) if x)
    return f"{head} · {where_}" if head else where_


def full_citation(f: Figure) -> str:
    """The whole citation, for the expandable part: table › row › column；原文；file and line."""
    raw = f"；原文“{f.raw.strip()}”" if f.raw and f.raw.strip() else ""
    row = item_name(f) if " + " in f.row else f.row.replace("/", " › ")
    column = f.column if "+" not in f.column else "、".join(dict.fromkeys(f.column.split("+")))
    return f"出处：{f.table} › {row} › {column}{raw}；{where(f.source)}"


def expandable(lines: list[str], head: str = "") -> list[str]:
    """Plain lines as expandable blockquotes (collapsed on a phone), each block short enough for one message."""
    blocks, chunk, size = [], [], 0
    for line in ([head] if head else []) + lines:
        line = esc(line)
        if chunk and size + len(line) > 3000:
            blocks.append(chunk)
            chunk, size = [], 0
        chunk.append(line)
        size += len(line) + 1
    if chunk:
        blocks.append(chunk)
    return [f"<blockquote expandable>{chr(10).join(c)}</blockquote>" for c in blocks]


def citation(f: Figure) -> str:
    """A figure's short source line (kept for callers that cite one figure)."""
    return f"   <i>{esc(short_source(f))}</i>"


def warning_lines(f: Figure, said: set[str] | None = None) -> list[str]:
    """A figure's failed checks, each said once per answer (`said` remembers them)."""
    out = []
    for w in f.warnings:
        if said is not None:
            if w in said:
                continue
            said.add(w)
        out.append(f"   ⚠️ {esc(w)}")
    return out


def figure_block(f: Figure, n: int | None = None, said: set[str] | None = None) -> str:
    """One figure: the value, its short source line and any failed check beside it."""
    mark = f"{n}." if n is not None else "•"
    head = f"{mark} {esc(f.agency)} {esc(f.year)}年 {esc(figure_label(f))}：<b>{esc(amount(f.value, f.unit))}</b>"
    return "\n".join([head, citation(f), *warning_lines(f, said)])


def compact_blocks(figures: list[Figure], said: set[str] | None = None) -> list[str]:
    """Many figures of one report: grouped by table, each line citing its file line."""
    blocks, current = [], None
    for f in figures:
        if f.table != current:
            current = f.table
            blocks.append(f"\n<b>{esc(f.table)}</b>  <i>{esc(f.source.rpartition(':')[0] or f.source)}</i>")
        label = figure_label(f)
        prefix = f.table.split(" ", 1)[0] + " "
        label = label[len(prefix) :] if label.startswith(prefix) else label
        lines = lines_of(f.source)
        cite = f" <i>〔第{esc(lines[0])}行〕</i>" if len(lines) == 1 else f" <i>〔{esc(where(f.source))}〕</i>"
        blocks.append(
            "\n".join([f"• {esc(label)}：<b>{esc(amount(f.value, f.unit))}</b>{cite}", *warning_lines(f, said)])
        )
    return blocks


def headline(answer: Answer) -> str:
    first = answer.title or next((line for line in answer.text.splitlines() if line.strip()), "")
    return f"<b>{esc(first.strip())}</b>" if first.strip() else ""


def _common(figs: list[Figure], key) -> bool:
    return len({key(f) for f in figs}) == 1


def list_blocks(answer: Answer, said: set[str]) -> list[str]:
    """Several figures (a ranking, a comparison, the parts of a total): one line each, what they share
    said once above them, and every full citation in one expandable quote below."""
    figs = answer.figures
    same_item = _common(figs, lambda f: (f.table, figure_label(f), f.column))
    same_year = _common(figs, lambda f: f.year)
    same_agency = _common(figs, lambda f: f.agency)
    shared = []
    if same_item:
        shared.append(short_source(figs[0]).rsplit(" · ", 1)[0])
    if same_year:
        shared.append(f"{figs[0].year}年")
    if same_agency:
        shared.insert(0, figs[0].agency)
    blocks = [f"<i>{esc(' · '.join(shared))}</i>"] if shared else []
    mixed_years = same_item and not same_year and not same_agency
    for i, f in enumerate(figs, 1):
        who = []
        if not same_agency:
            who.append(f.agency)
        if not same_year:
            who.append(f"{f.year}年")
        if not same_item:
            who.append(figure_label(f))
        lines = lines_of(f.source)
        cite = f"第{lines[0]}行" if len(lines) == 1 else (f"{len(lines)}格" if lines else "")
        line = f"{i}. {esc(' '.join(who))}：<b>{esc(amount(f.value, f.unit))}</b>"
        if cite:
            line += f" <i>· {esc(cite)}</i>"
        blocks.append("\n".join([line, *warning_lines(f, said)]))
    if mixed_years:
        blocks.append("ℹ️ 各单位的年份不同，见每行")
    if same_item:
        f0 = figs[0]
        head = f"出处：{f0.table} › {f0.row.replace('/', ' › ')} › {f0.column}"
        cites = [f"{i}. {f.agency} {f.year}年：{where(f.source)}" + (f"，原文“{f.raw.strip()}”" if f.raw and f.raw.strip() else "")
                 for i, f in enumerate(figs, 1)]
    else:
        head = ""
        cites = [f"{i}. {full_citation(f)}" for i, f in enumerate(figs, 1)]
    return blocks + expandable(cites, head)


def single_blocks(f: Figure, said: set[str]) -> list[str]:
    """One figure: who, what, the value in bold; one short source line; the full citation folded."""
    return [
        f"{esc(f.agency)} {esc(f.year)}年 {esc(figure_label(f))}：<b>{esc(amount(f.value, f.unit))}</b>",
        f"<i>{esc(short_source(f))}</i>",
        *[w.strip() for w in warning_lines(f, said)],
        *expandable([full_citation(f)]),
    ]


def figures_blocks(answer: Answer, said: set[str] | None = None) -> list[str]:
    said = set() if said is None else said
    figs = answer.figures
    same_report = len({(f.agency, f.year) for f in figs}) == 1
    if same_report and len(figs) > COMPACT_AFTER:
        f = figs[0]
        return [f"{esc(f.agency)} {esc(f.year)}年", *compact_blocks(figs, said)]
    if len(figs) == 1:
        return single_blocks(figs[0], said)
    return list_blocks(answer, said)


def computed_line(answer: Answer) -> str:
    """The figure the answer computed, said as what it is: a total, a change, a difference or a share."""
    if answer.kind != "total" or answer.value is None:
        return ""
    unit = answer.figures[0].unit if answer.figures else ""
    if answer.unit == "%":
        return f"{OPS_CN.get(answer.op) or '比例'}：<b>{esc(number(answer.value))}%</b>"
    if answer.op in ("difference", "change"):
        sign = "+" if isinstance(answer.value, int | float) and answer.value > 0 else ""
        return f"{OPS_CN[answer.op]}：<b>{sign}{esc(amount(answer.value, unit))}</b>"
    if answer.op == "balance":  # 一+二 against （七）+四: the title says both sides and whether they agree
        return f"<b>{esc(answer.title)}</b>"
    if answer.op == "mixed":  # terms added and taken away: not a plain sum
        return f"计算结果：<b>{esc(amount(answer.value, unit))}</b>"
    return f"合计：<b>{esc(amount(answer.value, unit))}</b>"


def computed_basis(answer: Answer) -> str:
    """How the computed figure was made from the cited ones (the line above them)."""
    op = answer.op or ("sum" if answer.unit != "%" else "ratio")  # an older Answer without op: a % is a ratio
    return {
        "sum": "由以下各项相加：",
        "change": "由以下两年的数字相减：",
        "difference": "由以下两个数字相减：",
    }.get(op, "由以下数字计算：")


def answer_blocks(answer: Answer, asked: str = "") -> list[str]:
    """The whole answer as HTML blocks (figures with short sources, folded citations, warnings once, notes once).

    `asked`: the question as read, restated on top (after a tap, or when a follow-up was written out)."""
    blocks: list[str] = []
    said: set[str] = set()
    if asked:
        blocks.append(f"<i>问：{esc(asked)}</i>")
    if answer.kind in ("figure", "table", "total") and answer.figures:
        single = answer.kind == "figure" and len(answer.figures) == 1
        if not (single and answer.title and answer.title in figure_label(answer.figures[0])):
            blocks.append(headline(answer))  # a lone figure's line already says what it is
        if answer.kind == "total" and answer.value is not None:
            blocks += [computed_line(answer), computed_basis(answer)]
        blocks += figures_blocks(answer, said)
        blocks += [f"• {esc(item)}" for item in answer.items]
    elif answer.kind == "search" and answer.hits:
        blocks.append(headline(answer))
        blocks += [hit_block(h, i) for i, h in enumerate(answer.hits, 1)]
    elif answer.kind == "table" and answer.items and (checks := checks_blocks(answer)):
        blocks += checks
    else:
        blocks += text_blocks(answer.text) or [headline(answer)]
        shown = answer.text
        blocks += [f"• {esc(item)}" for item in answer.items if item not in shown]
    for note in unique(answer.notes):
        if note in said:
            continue
        if note not in answer.text or answer.kind in ("figure", "table", "total", "search"):
            blocks.append(f"ℹ️ {esc(note)}")
    return [b for b in blocks if b] or [esc(answer.text) or "（没有内容）"]


def unique(items: Iterable[str]) -> list[str]:
    """Each note once, in order (a note repeated by several steps is said once)."""
    return list(dict.fromkeys(x for x in items if x and x.strip()))


def hit_block(h: Hit, n: int) -> str:
    """A search hit: where it is, then the snippet with the matches (【…】) in bold."""
    snippet = esc(" ".join(h.snippet.split())).replace("【", "<b>").replace("】", "</b>")
    place = f"{h.agency} {h.year}年 · {h.section}" + (f" · {where(h.source)}" if h.source else "")
    return f"{n}. <i>{esc(place)}</i>\n   {_balance_bold(snippet)}"


def _balance_bold(fragment: str) -> str:
    """Undo the 【】 → <b> replacement when the brackets were not properly paired."""
    depth = 0
    for tag in re.findall(r"</?b>", fragment):
        depth += 1 if tag == "<b>" else -1
        if depth not in (0, 1):
            break
    else:
        if depth == 0:
            return fragment
    return fragment.replace("<b>", "【").replace("</b>", "】")


def text_blocks(text: str) -> list[str]:
    return [esc(line) for line in text.strip().splitlines()]


def answer_messages(answer: Answer, asked: str = "") -> list[str]:
    return split_messages(answer_blocks(answer, asked))


def chart_caption(answer: Answer) -> str:
    """A short photo caption (≤ 1024): what the chart shows; the numbers and citations are in the text."""
    title = answer.title or next((line for line in answer.text.splitlines() if line.strip()), "统计图")
    return truncate(f"📊 {esc(title.strip())}（数字与出处见文字回答）", MAX_CAPTION)


INLINE_HINT_TITLE = "请输入问题（单位、年份、要查的数字）"


def inline_hint_message(examples: list[str]) -> str:
    lines = ["可以这样问政府信息公开年报助手：", *[f"• {esc(e)}" for e in examples]]
    return "\n".join(lines)


def inline_summary(answer: Answer) -> tuple[str, str] | None:
    """(title, description) of an inline-mode article: a single figure, a ranking or a total in one
    line; None for answers that need the chat (ask-backs, searches)."""
    figs = answer.figures
    if answer.kind == "figure" and len(figs) == 1:
        f = figs[0]
        return amount(f.value, f.unit), f"{f.agency} {f.year}年 {figure_label(f)}"[:200]
    if answer.kind == "total" and answer.value is not None and figs:
        line = _plain(computed_line(answer))
        return truncate_plain(f"{line} · {answer.title}", 200), truncate_plain("；".join(
            f"{f.agency} {f.year}年 {amount(f.value, f.unit)}" for f in figs[:5]), 200)
    if answer.kind == "table" and len(figs) > 1 and not (len({(f.agency, f.year) for f in figs}) == 1 and len(figs) > COMPACT_AFTER):
        top = "；".join(f"{i}. {f.agency} {amount(f.value, f.unit)}" for i, f in enumerate(figs[:3], 1))
        return truncate_plain(answer.title or "比较", 200), truncate_plain(top, 200)
    return None


# ---------------------------------------------------------------------------------------- other replies
def start_blocks(agencies: list[tuple[str, list[int]]], lines: list[str]) -> list[str]:
    """/start: a greeting and the one help text (what is held, examples: also the buttons below)."""
    reports = sum(len(years) for _, years in agencies)
    return [
        "你好！我是<b>政府信息公开工作年度报告</b>助手。",
        f"目前收录 <b>{len(agencies)}</b> 个单位、<b>{reports}</b> 份年报。",
        *(esc(x) for x in lines),
        "点下面的例子试试，或发送 /help 查看命令。",
    ]


def agencies_page(agencies: list[tuple[str, list[int]]], page: int, per_page: int) -> tuple[str, int]:
    """The text of one page of the agency list, and the number of pages."""
    pages = max(1, -(-len(agencies) // per_page))
    page = min(max(page, 0), pages - 1)
    chunk = agencies[page * per_page : (page + 1) * per_page]
    lines = [f"<b>收录的单位</b>（共 {len(agencies)} 个，第 {page + 1}/{pages} 页）"]
    for i, (name, years) in enumerate(chunk, page * per_page + 1):
        lines.append(f"{i}. {esc(name)}：{esc('、'.join(str(y) for y in years))}")
    lines.append("点单位名称查看它最新一年的年报数据。")
    return "\n".join(lines), pages


def local_time(iso: str | None) -> str:
    """An ISO time (UTC in the index) as readers in China read it: 2026-11-27 00:10（北京时间）."""
    if not iso:
        return "从未"
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M（北京时间）")


def stats_blocks(stats) -> list[str]:
    years = "、".join(str(y) for y in stats.years) or "—"
    blocks = [
        "<b>索引概况</b>",
        f"年报：{stats.reports} 份；单位：{stats.agencies} 个；年度：{esc(years)}",
        f"上次重建：{esc(local_time(stats.last_reindex))}",
        f"数据核对未通过：{stats.check_failures} 处（/checks 查看）",
    ]
    if stats.failed_files:
        blocks.append(f"上次重建时无法读取的文件（{len(stats.failed_files)}）：")
        blocks += [f"• {esc(f)}" for f in stats.failed_files]
    return blocks


FORMAT_CN = {"text": "纯文本", "html": "网页（HTML）", "pdf": "PDF", "docx": "Word（.docx）", "image": "图片（OCR 识别）"}


def ingest_blocks(result) -> list[str]:
    blocks = [
        "✅ <b>已加入索引</b>",
        f"单位：{esc(result.agency)}",
        f"年度：{esc(result.year if result.year is not None else '未识别')}",
        f"模板：{esc(template_name(result.template))}",
        f"格式：{esc(FORMAT_CN.get(result.format, result.format))}",
        f"读出单元格：{result.cells_read}；未读出（已略去）：{result.cells_missing}"
        + (f"；其中 OCR 识别并经加总核对：{result.ocr_cells}" if result.ocr_cells else ""),
        f"保存为：{esc(result.path.replace(chr(92), '/').rsplit('/', 1)[-1])}",
    ]
    if result.failures:
        blocks.append(f"⚠️ 核对未通过 {len(result.failures)} 处：")
        blocks += [f"• {esc(x)}" for x in result.failures]
    else:
        blocks.append("算术核对：全部通过")
    blocks += [f"注意：{esc(w)}" for w in result.warnings]
    return blocks


def ingest_error(reason: str) -> str:
    return f"❌ 无法读取这份年报：{esc(reason)}\n索引未改动。"


def reindex_progress(done: int, total: int) -> str:
    if not total:
        return "⏳ 正在重建索引…（重建期间照常回答问题）"
    filled = 10 * min(done, total) // total
    return f"⏳ 正在重建索引… {done}/{total} {'▓' * filled}{'░' * (10 - filled)}"


def truncate_plain(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def reindex_done(summary) -> str:
    """The final state of the progress message, from an index.store.IndexSummary."""
    parts = []
    for attr, label in (("reports", "份年报"), ("cells", "个单元格"), ("check_failures", "处核对未通过")):
        value = getattr(summary, attr, None)
        if isinstance(value, int) and not isinstance(value, bool):
            parts.append(f"{value} {label}")
    failed = getattr(summary, "failed", None) or []
    text = "✅ 索引已重建" + ("：" + "，".join(parts) if parts else "") + "。新的问题已按新索引回答。"
    if failed:
        text += f"\n⚠️ {len(failed)} 个文件无法读取（/stats 查看）。"
    partial = getattr(summary, "partial", None) or []
    if partial:
        text += f"\n⚠️ {len(partial)} 份年报部分读出：" + "；".join(
            f"{p.path} 读出 {p.read}/{p.expected}" for p in partial[:10]
        ) + ("…" if len(partial) > 10 else "")
    duplicates = getattr(summary, "duplicates", None) or []
    for dup in duplicates[:5]:
        text += f"\n⚠️ {dup.message}"
    if len(duplicates) > 5:
        text += f"\n⚠️ 另有 {len(duplicates) - 5} 个单位年度也有多份报告（/checks 查看）。"
    return esc(truncate_plain(text, MAX_TEXT))


# ---------------------------------------------------------------------------------------- splitting
def truncate(fragment: str, limit: int) -> str:
    """Cut an HTML fragment to `limit` visible characters, dropping markup if it has to cut."""
    if visible_len(fragment) <= limit:
        return fragment
    return esc(_plain(fragment)[: limit - 1]) + "…"


def split_messages(blocks: Iterable[str], limit: int = MAX_TEXT) -> list[str]:
    """Pack blocks into messages of ≤ `limit` visible characters.

    A block (a figure with its citation and warnings) stays in one message when it fits; only a
    block longer than a whole message is cut, and then only between lines.
    """
    messages: list[list[str]] = [[]]
    size = 0
    for block in blocks:
        pieces = (
            [block]
            if visible_len(block) <= limit
            else [p for line in block.split("\n") for p in _fit(line, limit)]
        )
        for piece in pieces:
            n = visible_len(piece)
            if messages[-1] and size + 1 + n > limit:
                messages.append([])
                size = 0
            size += n + (1 if messages[-1] else 0)
            messages[-1].append(piece)
    texts = ["\n".join(m).strip("\n") for m in messages]
    return [t for t in texts if _plain(t).strip()] or ["（没有内容）"]


def _fit(line: str, limit: int) -> list[str]:
    """A single line longer than a message is cut into plain-text pieces."""
    if visible_len(line) <= limit:
        return [line]
    plain = _plain(line)
    return [esc(plain[i : i + limit]) for i in range(0, len(plain), limit)]


# ---------------------------------------------------------------------------------------- report card
def template_name(template: str) -> str:
    """The one way replies name a template: 2019年版 / 2021年版."""
    template = str(template or "").strip()
    return f"{template[:4]}年版" if re.fullmatch(r"\d{4}(年版)?", template) else (template or "未识别")


def _card_value(line) -> str:
    text = "空白" if line.value is None else number(int(line.value) if line.value == int(line.value) else float(line.value))
    return f"<b>{esc(text)}</b>"


def _card_row(lines, with_share: bool = False) -> str:
    parts = []
    for line in lines:
        share = f"（{esc(number(float(line.share)))}%）" if with_share and line.share is not None else ""
        parts.append(f"{esc(line.label)} {_card_value(line)}{share}")
    return " · ".join(parts)


CARD_EXPORT = "导出整份年报（XLSX，按原表格式）"


def card_caption(card, grid) -> str:
    return truncate(f"🗂 {esc(card.agency)} {card.year}年 {esc(grid.table)}（{esc('、'.join(card.files))}）", MAX_CAPTION)


def card_blocks(card) -> list[str]:
    """A report on one phone screen: requests, outcomes with shares, appeals, failed checks; the
    citations of every figure folded below."""
    blocks = [f"<b>{esc(card.agency)} {card.year}年年报</b><i>（{esc(template_name(card.template))}模板）</i>"]
    if card.requests:
        blocks.append("📥 " + _card_row(card.requests) + " 件")
    if card.outcomes:
        over = next((x.over for x in card.outcomes if x.over), "")
        blocks.append("📤 " + _card_row(card.outcomes, True) + (f" <i>（占{esc(over)}）</i>" if over else ""))
    if card.appeals:
        review = [x for x in card.appeals if x.label.startswith("行政复议") or x.label == "复议纠正"]
        suits = [x for x in card.appeals if x not in review]
        for group in (review, suits):
            if group:
                blocks.append("⚖️ " + _card_row(group, True))
    if card.failed:
        blocks.append(f"⚠️ 核对未通过 {len(card.failed)} 处：")
        blocks += [f"• {esc(check_brief(m))}" for m in card.failed]
    else:
        blocks.append("✅ 表内算术核对全部通过")
    if card.files:
        blocks.append(f"<i>文件：{esc('、'.join(card.files))} · 点下面的按钮看整张表</i>")
    cites = []
    for line in [*card.requests, *card.outcomes, *card.appeals]:
        names = list(dict.fromkeys(item_name(c) for c in line.cells))
        group = names[0].split("·")[0]
        rows = f"{group}（{len(names)}项）" if len(names) > 2 and all(n.startswith(group) for n in names) else "、".join(names)
        cols = "、".join(dict.fromkeys(c.column for c in line.cells))
        at = "、".join(dict.fromkeys(n for c in line.cells for n in lines_of(c.source)))
        cites.append(f"{line.label}：{short_table(line.cells[0].table)} {rows}·{cols} · 第{at}行")
    cites += [f"核对：{m}" for m in card.failed]
    return blocks + expandable(cites)


_SUM_VS_PRINTED = re.compile(r"=\s*(?P<sum>-?[\d.,]+)，但(?P<total>.+?)印为(?P<printed>-?[\d.,]+)")
_TWO_SIDES = re.compile(r"=\s*(?P<left>-?[\d.,]+)，.*=\s*(?P<right>-?[\d.,]+)，两边不等")


def check_brief(message: str) -> str:
    """A failed check as one short line: which total, printed vs sum (the formula stays in the full text)."""
    name, sep, detail = message.partition("：")
    if not sep:
        return message
    short = re.sub(r"\s*(各项之和|各类申请人之和)等于.*$", "", name)
    m = _SUM_VS_PRINTED.search(detail)
    if m:
        return f"{short}：{m['total']}印{m['printed']}，各项相加{m['sum']}"
    m = _TWO_SIDES.search(detail)
    if m:
        column = re.search(r"（([^（）]+列)）", name)
        where_ = f"表三{f'（{column.group(1)}）' if column else ''}"
        return f"{where_}：新收+上年结转 {m['left']} ≠ 办结+结转下年度 {m['right']}"
    return message


def cannot_brief(message: str) -> str:
    """A check that could not be made, shortly: why (（七）总计为空)."""
    name, _sep, detail = message.partition("：")
    return f"无法核对：{detail.split('，')[0] or name}"


_CHECK_ITEM = re.compile(r"^(?P<who>.+?) (?P<year>\d{4})年（(?P<file>[^（）]+)）(?P<cannot>无法核对)?：(?P<msgs>.+)$")


def checks_blocks(answer: Answer) -> list[str] | None:
    """The 数据对不上 list as short lines (agency, year, which total, printed vs sum); the formulas folded.
    None when the items are not check items."""
    parsed = [_CHECK_ITEM.match(item) for item in answer.items]
    if not parsed or not all(parsed):
        return None
    blocks = [headline(answer)]
    full = []
    for m in parsed:
        msgs = [x for x in re.split(r"；(?=表|正文|第)", m["msgs"]) if x]
        mark = "❔" if m["cannot"] else "⚠️"
        blocks.append(f"{mark} <b>{esc(m['who'])} {m['year']}年</b>")
        blocks += [f"   {esc(check_brief(x) if not m['cannot'] else cannot_brief(x))}" for x in msgs]
        full.append(f"{m['who']} {m['year']}年（{m['file']}）：{m['msgs']}")
    return blocks + expandable(full, "核对的算式：")
