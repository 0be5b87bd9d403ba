"""Answer → plain Chinese text (console, --json "text", and the base of the Telegram message)."""

from __future__ import annotations

from bot.answer import Answer, Figure

EXAMPLES = [
    "嘉兴发改委2020年收到多少政府信息公开申请？",
    "秀洲分局行政许可处理决定数量",
    "安康市自然资源局行政复议被纠正了几件",
    "2020年各单位收到的申请数量排名",
    "比较秀洲分局和安康市自然资源局的行政许可",
    "哪些报告的数据对不上",
    "哪些报告提到了“双随机、一公开”",
    "有哪些单位",
]


def example_questions(held: list[tuple[str, list[int]]]) -> list[str]:
    """Questions that work on what is held: one lookup, one ranking, one comparison, the checks, the list."""
    questions = []
    if held:
        newest = max(y for _, years in held for y in years)
        same_year = [n for n, years in held if newest in years]
        name = same_year[0] if same_year else held[0][0]
        questions.append(f"{name}{newest}年收到多少政府信息公开申请？")
        questions.append(f"{newest}年各单位收到的申请数量排名")
        if len(same_year) >= 2:
            questions.append(f"比较{same_year[0]}和{same_year[1]}{newest}年的行政复议")
    return questions + ["哪些报告的数据对不上", "有哪些单位"]


def help_lines(agencies: int, years: list[int], examples: list[str] | None = None) -> list[str]:
    """The one help text (console, /start, /help, 你好); `examples` built from what is held."""
    span = f"{years[0]}–{years[-1]}年" if years else "暂无"
    return [
        "我能回答政府信息公开工作年度报告里的数字和内容，每个数字都注明出处（报告、表、行、列、原文行号）。",
        f"库中有{agencies}个单位的年报（{span}）。可以这样问：",
        *[f"  · {e}" for e in (EXAMPLES if examples is None else examples)],
        "单位可以用简称（发改委、人社局、秀洲分局）；年份可写2020、二〇二〇或去年；没写年份时用最新的年报。",
    ]


def fmt_value(value, unit: str) -> str:
    if value is None:
        return "空白（表中未填）"
    if isinstance(value, float):
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    elif isinstance(value, int):
        text = f"{value:,}" if abs(value) >= 10000 else str(value)
    else:
        return f"“{value}”"
    if unit == "元" and isinstance(value, int | float) and abs(value) >= 10000:
        return f"{text}元（{value / 10000:,.2f}万元）"
    return f"{text}{unit}"


def cite(f: Figure) -> str:
    raw = f"原文“{f.raw}”，" if f.raw else ""
    return f"出处：{f.table} › {f.row.replace('/', ' › ')} › {f.column}；{raw}{f.source.replace(':', ' 第')}行"


def figure_line(f: Figure, with_agency: bool = True) -> list[str]:
    who = f"{f.agency} {f.year}年 " if with_agency else f"{f.year}年 "
    lines = [f"{who}{f.label}：{fmt_value(f.value, f.unit)}"]
    if f.source and ";" not in f.source and "；" not in f.source:
        lines.append("  " + cite(f))
    elif f.source:
        lines.append(f"  出处：{f.table}，各项见 {f.source}")
    # a failed arithmetic check is "核对不符"; two versions of a report, or a value that was flagged, speak for themselves
    lines += [f"  ⚠ {x}" if x.startswith(("另一份文件", "此格由")) or "份报告：" in x else f"  ⚠ 本报告核对不符：{x}"
              for x in f.warnings]
    return lines


def render(a: Answer) -> str:
    out: list[str] = []
    if a.kind == "figure":
        if "第" in a.title and "名" in a.title:  # a place in a ranking: say which place (第2名, 排第4名)
            out.append(a.title)
        out += figure_line(a.figures[0])
    elif a.kind == "total":
        if a.op in ("difference", "change", "balance") and a.unit != "%":  # the title says it in words (2024年比2023年多74件)
            out.append(a.title)
        else:
            out.append(f"{a.title}：{fmt_value(a.value, a.unit or (a.figures[0].unit if a.figures else ''))}")
        out.append("由以下各项相加：" if a.op == "sum" or not a.op and a.unit != "%" else "由以下数字计算：")
        for f in a.figures:
            out += ["· " + x if i == 0 else "  " + x for i, x in enumerate(figure_line(f))]
    elif a.kind == "table":
        out.append(a.title)
        for i, f in enumerate(a.figures, 1):
            lines = figure_line(f)
            out += [f"{i}. {lines[0]}", *lines[1:]]
        out += [f"· {x}" for x in a.items]
    elif a.kind == "clarify":
        out.append(a.title)
        out += [f"{i}. {o.label}" for i, o in enumerate(a.options, 1)]
    elif a.kind == "search":
        out.append(a.title)
        for i, h in enumerate(a.hits, 1):
            out.append(f"{i}. {h.agency} {h.year}年 {h.section}（{h.source.replace(':', ' 第')}行）")
            out.append(f"   {h.snippet}")
    elif a.kind == "not_found":
        out.append(a.title or "没有找到")
        if a.items:
            held = a.title.startswith(("库中没有", "年报正文中没有", "单位名称里")) and "现有" not in a.items[0]
            out.append("库中现有：" if held else "")
            out += [f"· {x}" for x in a.items]
    else:  # help
        out.append(a.title or "使用说明")
        out += a.items
    out += [f"（{n}）" for n in dict.fromkeys(a.notes)]  # one note said once
    return "\n".join(x for x in out if x != "")
