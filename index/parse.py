"""A report file → Report: agency, year, template, sections 一…六, every table cell, checks.

Cells are placed by the template: a row is anchored where its own label names it, and rows
between two anchors are placed by order only when their count equals the template's count for
that stretch. Anything else is left out with a warning — never guessed.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from index import templates as tpl
from index.checks import arithmetic_checks, prose_checks, replaced_byte_checks, value_checks
from index.errors import ReportParseError, UnsupportedTemplate
from index.glued import (
    COUNT,
    active_targets,
    confirmed,
    prose_figures,
    readings,
    request_equations,
    review_confirmed,
    slots_for,
    solve_columns,
)
from index.lazy import lazy_module
from index.model import ACTIVE, REQUESTS, REVIEW, Cell, Report, Section
from index.normalize import UNIT_FACTORS, norm, norm_aligned
from index.readers import Progress, read_source
from index.tables import (
    COUNT_UNITS,
    Run,
    Tok,
    fit_cells,
    flattened,
    match_label,
    region_runs,
    split_glued,
    value_of,
)

cn2an = lazy_module("cn2an")  # 0.3 s of imports, needed only when a number is written in Chinese

SECTIONS = [
    ("一", "总体情况", r"总体情况"),
    ("二", "主动公开政府信息情况", r"主动公开政府信息(?:情况)?"),
    ("三", "收到和处理政府信息公开申请情况", r"收到和处理政府信息公开申请(?:情况)?"),
    ("四", "政府信息公开行政复议、行政诉讼情况", r"(?:政府信息公开)?行政[^\n、]{0,2}复议[、,， ]*(?:行政)?诉讼(?:情况)?"),
    ("五", "存在的主要问题及改进情况", r"存在的主要问题(?:及|和)?(?:改进情况)?"),
    ("六", "其他需要报告的事项", r"其他需要报告的事项"),
]
_ALIAS = re.compile(r"以下简称[“\"「『]([^”\"」』]{2,20})[”\"」』]")
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}(?<!综合实验)(?<!新)(?<!开发)(?<!高新)(省|市|县|区|镇|乡)")
_AGENCY_SUFFIX = re.compile(r"(局|委|委员会|政府|办公室|办|院|会|区|县|市|州|盟|旗|镇|乡|村|街道|社区|分局|中心|所|厅|部|署|馆|站|队|处|管委会|实验区|公司|集团|银行|学校|大学|医院)$")


@dataclass
class _Text:
    """The report's normalised text, with a map from offsets back to source lines."""

    lines: list[tuple[int, str]]
    full: str
    starts: list[int]

    @classmethod
    def of(cls, lines):
        starts, parts, pos = [], [], 0
        for _, t in lines:
            starts.append(pos)
            parts.append(t)
            pos += len(t) + 1
        return cls(lines, "\n".join(parts), starts)

    def line_at(self, offset: int) -> int:
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.lines[i][0] if self.lines else 1

    def slice_lines(self, start: int, end: int) -> list[tuple[int, str]]:
        out = []
        for i, (no, t) in enumerate(self.lines):
            a = self.starts[i]
            b = a + len(t)
            if b < start or a >= end:
                continue
            out.append((no, t[max(0, start - a) : max(0, min(len(t), end - a))]))
        return out


def parse_report(
    path: str | Path, agency: str | None = None, year: int | None = None, progress: Progress | None = None
) -> Report:
    """Read one report file. Raises ReportParseError (with file, line, reason) when it is not one.

    The agency and year come from the title (else the file name; the year also from the statistics
    period). `agency` and `year` fill in what the report does not say. When neither finds them, the
    tables are still read: the report's agency or year is None and a warning says so.
    `progress` is told how far OCR has got (scanned pages, images).
    """
    path = Path(path)
    source = read_source(path, progress)
    src = source.lines
    if not any(t.strip() for _, t in src):
        raise ReportParseError(str(path), None, "读不出任何文字：" + "；".join(source.notes) if source.notes else "文件是空的")
    text = _Text.of([(no, norm_aligned(t)) for no, t in src])
    original = _Text.of(src)  # same offsets: prose is shown as printed
    found_agency, found_year, title_line = _title(src)
    if found_agency is None or found_year is None:
        name_agency, name_year, _ = _title([(0, path.stem)])
        found_agency = found_agency or name_agency
        found_year = found_year or name_year or _period_year(text.full)
    agency, year = found_agency or agency, found_year or year
    if year is not None and year < 2019:
        raise UnsupportedTemplate(
            str(path), title_line, f"{year}年的年报使用2019年以前的旧版统计表，暂不支持（只支持2019年版和2021年版模板）"
        )
    printed_name = agency
    if agency and _BARE_PLACE.fullmatch(norm(agency)):  # "乍浦镇2020年度…报告": the township's government
        agency += "人民政府"
    heads = _find_sections(text)
    if len(heads) < 2 and "第二十条" not in text.full and "本年新收" not in text.full:
        raise ReportParseError(str(path), None, "不像政府信息公开年报：找不到“一、总体情况”等章节和统计表")
    template = _template(text.full, year)
    report = Report(path=str(path), agency=agency, year=year, template=template, format=source.format)
    report.line_pages = list(source.pages)
    report.warnings.extend(source.notes)
    if not agency:
        report.warnings.append("找不到报告单位（标题前后应有单位名称）；表格照常读出")
    if year is None:
        report.warnings.append("找不到报告年份（标题应含“××××年政府信息公开工作年度报告”）；表格照常读出")
    report.sections = _sections(text, original, heads)
    report.aliases = sorted({a for a in _ALIAS.findall(text.full) if a not in ("条例", "《条例》")} | {printed_name} - {agency})
    regions = _regions(text, heads)
    runs = {key: region_runs(text.slice_lines(*region)) if region else [] for key, region in regions.items()}
    # A web page flattened to one line: cells may be glued, and every cell is printed.
    flat = any(flattened(r) for r in runs.values())
    prose = _prose(text, heads)
    other_agg = _parse_requests(report, runs[REQUESTS], flat)
    _parse_active(report, runs[ACTIVE], flat, prose)
    _parse_review(report, runs[REVIEW], flat, prose)
    for key, region in regions.items():
        if region is None:
            report.warnings.append(f"找不到{_TABLE_CN[key]}，该表单元格全部略去")
    report.expected_cells = tpl.expected_cell_count(template, other_agg)
    report.checks = value_checks(report) + arithmetic_checks(report) + prose_checks(report, prose)
    report.checks += replaced_byte_checks(report, sorted({no for no, t in src if "\ufffd" in t}))
    if source.ocr_lines:
        _confirm_ocr_cells(report, source.ocr_lines, prose)
    return report


def _confirm_ocr_cells(report: Report, ocr_lines: frozenset[int], prose: str) -> None:
    """Keep a cell read by OCR only where a passing arithmetic check of the report includes it
    (applicant columns sum to 总计, outcomes to （七）, 一+二 = （七）+四, 表四 parts to 总计)."""
    confirmed = {c for chk in report.checks if chk.kind == "arithmetic" and chk.status == "ok" for c in chk.cells}
    kept, dropped = [], []
    for cell in report.cells:
        if cell.line not in ocr_lines:
            kept.append(cell)
        elif (cell.table, cell.row, cell.col) in confirmed:
            cell.ocr = True
            kept.append(cell)
        else:
            dropped.append(cell)
    if dropped:
        names = "、".join(f"{_TABLE_SHORT[c.table]} {c.row}/{c.col}" for c in dropped[:12])
        more = f"等{len(dropped)}个" if len(dropped) > 12 else ""
        report.warnings.append(f"OCR 读出但表内加总无法确认的单元格已略去：{names}{more}")
    report.cells = kept
    report.checks = arithmetic_checks(report) + prose_checks(report, prose)


class MissingNames(ReportParseError):
    """The report's agency or year cannot be found: its tables were read, but it is not indexed
    until someone supplies them. Says what is missing and what was read, for the one who asks."""

    def __init__(self, path: str, line: int | None, reason: str, *, report: Report | None = None):
        super().__init__(path, line, reason)
        self.missing = tuple(w for w, v in (("单位", report and report.agency), ("年份", report and report.year)) if not v)
        self.agency, self.year = (report.agency, report.year) if report else (None, None)
        self.format = report.format if report else "text"
        self.cells_read = len(report.cells) if report else 0
        self.cells_expected = report.expected_cells if report else 0
        self.ocr_cells = sum(c.ocr for c in report.cells) if report else 0

    def __reduce__(self):  # crosses process boundaries (parallel indexing) without the report
        return (MissingNames, (self.path, self.line, self.reason))


def require_names(report: Report) -> None:
    """Raise MissingNames (a ReportParseError) when the report has no agency or year: it cannot be
    indexed yet."""
    missing = "、".join(w for w, v in (("单位", report.agency), ("年份", report.year)) if not v)
    if missing:
        raise MissingNames(
            report.path,
            None,
            f"找不到报告{missing}，未入库（表格已读出 {len(report.cells)}/{report.expected_cells} 个单元格）。"
            "可把文件名改为“单位名称××××年政府信息公开工作年度报告”，"
            "或用 reportbot index --agency 单位名称 --year 年份 文件 指定",
            report=report,
        )


_TABLE_SHORT = {ACTIVE: "表二", REQUESTS: "表三", REVIEW: "表四"}
_TABLE_CN = {ACTIVE: "表二（主动公开）", REQUESTS: "表三（收到和处理申请）", REVIEW: "表四（行政复议、行政诉讼）"}


# ---------------------------------------------------------------------------------------------
# Title, agency, year, template


# Lines that mention the report without being its title: sentences, citations, a portal's breadcrumbs.
_NOT_TITLE = re.compile(r"^(?:根据|按照|依据|依照|本报告|现将|现就|为)|[《》。>]|当前位置|您的位置|首页")
_TITLE_WINDOW = 40  # non-empty lines searched for the title (a portal's header block comes first)


def _title(src: list[tuple[int, str]]):
    lines = [(no, _unspaced(unicodedata.normalize("NFKC", t).strip())) for no, t in src[:200]]
    lines = [(no, t) for no, t in lines if t][: _TITLE_WINDOW + 2]
    # A title wrapped over two lines ("××局2023年政府信息公开" / "工作年度报告") is read as one.
    for idx in range(min(len(lines), _TITLE_WINDOW) - 1):
        no, t = lines[idx]
        nxt = lines[idx + 1][1]
        if "信息公开" in norm(t) and not re.search("报告|年报", norm(t)) and re.match(r"^[^。，]{0,12}(报告|年报)", norm(nxt)):
            lines[idx] = (no, t + nxt)
    for idx, (no, t) in enumerate(lines[:_TITLE_WINDOW]):
        simple = norm(t)
        if "信息公开" in simple and ("报告" in simple or "年报" in simple) and len(t) <= 80 and not _NOT_TITLE.search(simple):
            year = _year_of(t)
            if year is None:
                continue
            # The name stands before the year, or before 政府信息公开 when the year comes last
            # (××局政府信息公开工作年度报告（2021年）), or after a leading year (2019年××局政府…).
            parts = re.split(r"(?:19|20)\d{2}\s*年|[〇○零一二三四五六七八九]{4}\s*年|政府信息公开|政府信息公開|关于|關於", t, maxsplit=2)
            prefix = _clean_name(parts[0])
            if not prefix and len(parts) > 1 and _year_of(t[: len(t) - len(parts[1])]):
                prefix = _clean_name(re.sub(r"^度", "", parts[1].strip()))
            agency = prefix if _plausible_agency(prefix) else None
            if agency is None:
                near = [lines[j] for j in (idx - 1, idx - 2, idx + 1, idx + 2) if 0 <= j < len(lines)]
                for _, cand in near:
                    cand = _clean_name(cand)
                    if _plausible_agency(cand) and _AGENCY_SUFFIX.search(norm(cand)):
                        agency = cand
                        break
            return agency, year, no
    return None, None, None


def _unspaced(t: str) -> str:
    """A letter-spaced title (2 0 2 4 年 度 …) without its spacing."""
    if re.search(r"\d \d \d \d", t):
        t = re.sub(r"(?<=\d) (?=\d)", "", t)
    return re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", t) if re.search(r"(?:[\u4e00-\u9fff] ){4}", t) else t


def _year_of(t: str) -> int | None:
    m = _YEAR.search(t)
    if m:
        return int(m.group(1))
    m = _CN_YEAR.search(t)
    if m:
        try:
            return int(cn2an.cn2an(m.group(1).replace("○", "〇"), "smart"))
        except ValueError:
            return None
    return None


def _clean_name(s: str) -> str:
    s = re.sub(r"^\s*(?:#+|标题\s*[:：]|【|\*+)", "", s)
    s = re.sub(r"(关于|的|\*+|】)\s*$", "", s.strip())
    return "".join(s.split())


def _plausible_agency(s: str) -> bool:
    """An organisation's name: short, Chinese, no figures or punctuation of a sentence, and it ends
    like one (人民政府, 局, 委员会, 办公室, 中心, 镇, 街道, 管委会…)."""
    return (
        2 <= len(s) <= 40
        and not re.search(r"\d|报告|发布|时间|根据|按照|[:：，。《》“”、]", s)
        and bool(re.search(r"[\u4e00-\u9fff]", s))
        and bool(_AGENCY_SUFFIX.search(norm(s)))
    )


_PERIOD = re.compile(r"(?:统计期限|统计时限|统计期|期限)?自\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*至\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日")


def _period_year(full: str) -> int | None:
    """The year of the statistics period the report states (自2024年1月1日至2024年12月31日)."""
    m = _PERIOD.search(full[:3000])
    return int(m.group(1)) if m and m.group(1) == m.group(2) else None


def _template(full: str, year: int | None) -> str:
    if re.search(r"本年制发件数|现行有效件数|本年废止件数|逾期不补正|收费通知", full):
        return "2021"
    if re.search(r"本年新制作数量|对外公开总数量|第\s*\(\s*九\s*\)\s*项|采购总金额", full):
        return "2019"
    return "2021" if year is None or year >= 2021 else "2019"


# ---------------------------------------------------------------------------------------------
# Sections


def _find_sections(text: _Text) -> dict[str, tuple[int, int]]:
    """Section number → (heading start, heading end) offsets, in order."""
    found: dict[str, tuple[int, int]] = {}
    pos = 0
    for num, _title_cn, pat in SECTIONS:
        line_start = re.compile(rf"(?m)^[ \t#>*]*(?:{num}\s*[、.．]\s*)?({pat})[^\n]{{0,40}}$")
        numbered = re.compile(rf"{num}\s*[、.．]\s*({pat})")
        best = None
        for rx in (line_start, numbered):
            m = rx.search(text.full, pos)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(1) if rx is numbered else m.start(), m.end(1))
        if best:
            found[num] = best
            pos = best[1]
    return found


def _sections(text: _Text, original: _Text, heads) -> list[Section]:
    out = []
    keys = list(heads)
    for i, num in enumerate(keys):
        start, end = heads[num]
        stop = heads[keys[i + 1]][0] if i + 1 < len(keys) else len(text.full)
        title = dict((n, t) for n, t, _ in SECTIONS)[num]
        body = original.full[end:stop].strip()
        out.append(Section(num, title, body, text.line_at(start)))
    return out


def _prose(text: _Text, heads) -> str:
    """Narrative text only (sections 一, 五, 六 and anything before the tables)."""
    start2 = heads.get("二", (len(text.full), 0))[0]
    parts = [text.full[:start2]]
    for num in ("五", "六"):
        if num in heads:
            keys = list(heads)
            i = keys.index(num)
            stop = heads[keys[i + 1]][0] if i + 1 < len(keys) else len(text.full)
            parts.append(text.full[heads[num][0] : stop])
    return "\n".join(parts)


def _regions(text: _Text, heads) -> dict[str, tuple[int, int] | None]:
    def span(a, b, fallback_start=None):
        start = heads[a][1] if a in heads else fallback_start
        if start is None:
            return None
        ends = [heads[k][0] for k in heads if heads[k][0] > start]
        end = heads[b][0] if b in heads and heads[b][0] > start else (min(ends) if ends else len(text.full))
        return (start, end)

    def first(pattern):
        m = re.search(pattern, text.full)
        return m.start() if m else None

    return {
        ACTIVE: span("二", "三", first(r"第二十条")),
        REQUESTS: span("三", "四", first(r"申请人情况|本年新收")),
        REVIEW: span("四", "五"),
    }


# ---------------------------------------------------------------------------------------------
# Tables


def _cells_for(report: Report, table: str, spec: tpl.RowSpec, toks: list[Tok], cols) -> None:
    for col, tok in zip(cols, toks, strict=True):
        kind, v = tok.parsed
        value = value_of(tok)
        unit = tpl.unit_of(spec, col)
        yuan = None
        raw = "".join(tok.text.split())
        if kind == "number":
            printed_unit = v[1]
            if printed_unit in COUNT_UNITS and col not in (tpl.AMOUNT_2019, tpl.FEE_2021):
                printed_unit = ""  # a measure word in a count cell (2个): nothing to convert
            if printed_unit and col not in (tpl.AMOUNT_2019, tpl.FEE_2021):
                report.warnings.append(f"第{tok.line}行 {spec.key}/{col} 带有意外的单位“{printed_unit}”，已略去")
                continue
            if col == tpl.AMOUNT_2019:
                if not printed_unit and value == 0:
                    printed_unit = "元"  # nothing bought: 0 in any unit
                if not printed_unit:
                    report.warnings.append(f"第{tok.line}行 采购总金额“{raw}”未注明单位，无法换算为元，已略去")
                    continue
                yuan = value * UNIT_FACTORS[printed_unit]
                unit = "元"
            elif col == tpl.FEE_2021:
                if printed_unit and printed_unit not in ("万", "万元"):
                    report.warnings.append(f"第{tok.line}行 收费金额“{raw}”的单位与表头（万元）不符，已略去")
                    continue
                yuan = value * UNIT_FACTORS["万元"]
        report.cells.append(Cell(table, spec.key, col, value, raw, tok.line, unit, yuan))


def _parse_active(report: Report, runs: list[Run], flat: bool, prose: str) -> None:
    specs = tpl.active_rows(report.template)
    stated = prose_figures(prose, active_targets(specs)) if flat else {}
    seen: set[int] = set()
    for run in runs:
        m = match_label(run.labels, specs)
        if m.index is None:
            continue
        spec = specs[m.index]
        if m.index in seen:
            report.warnings.append(f"表二“{spec.key}”出现了两次（第{run.line}行），只取第一次")
            continue
        toks = fit_cells(run, len(spec.cols), total_last=False)
        why = ""
        if toks is None and flat:
            toks, why = _glued_active_row(report, spec, run, stated)
        if toks is None:
            report.warnings.append(
                f"表二“{spec.key}”第{run.line}行的数字无法可靠对应到{len(spec.cols)}列（{_show(run)}）{why}，已略去"
            )
            seen.add(m.index)
            continue
        seen.add(m.index)
        _cells_for(report, ACTIVE, spec, toks, spec.cols)


def _glued_active_row(report: Report, spec: tpl.RowSpec, run: Run, stated) -> tuple[list[Tok] | None, str]:
    """A 表二 row of glued digits: its only reading, or the one the prose confirms; else (None, why)."""
    if run.explicit or not run.cells:
        return None, ""
    options = readings(run.cells, slots_for(spec.cols))
    if options is None:
        return None, "：数字连在一起，分法太多"
    values = [[value_of(t) for t in o] for o in options]
    if options and all(v == values[0] for v in values):
        return list(options[0]), ""
    pick = confirmed(values, [stated.get((spec.key, col), set()) for col in spec.cols])
    if pick is None:
        return None, f"：数字连在一起，有{len(options)}种分法，正文也无法确认" if options else ""
    shown = "、".join(f"{col}{t.text}" for col, t in zip(spec.cols, options[pick], strict=True))
    report.warnings.append(f"表二“{spec.key}”第{run.line}行的数字连在一起（{_show(run)}），按正文所述拆分为{shown}")
    return list(options[pick]), ""


def _parse_requests(report: Report, runs: list[Run], flat: bool) -> bool:
    """Fill 表三; returns whether （六）其他处理 was printed as one row in a 2021 report."""
    n = len(tpl.REQUEST_COLS)
    all_specs = tpl.all_request_specs() if report.template == "2021" else tpl.request_rows("2019", True)
    rows: list[tuple[Run, list[Tok] | None, str | None]] = []
    glued: dict[int, list[tuple[Tok, ...]]] = {}  # row → its readings, when glued digits allow several
    for run in runs:
        toks = fit_cells(run, n, total_last=True)
        options = None
        if toks is None and not run.explicit and run.cells:
            options = readings(run.cells, [COUNT] * n, groups=1)
            if options and len(options) == 1:
                toks, options = list(options[0]), None
        m = match_label(run.labels, all_specs)
        key = all_specs[m.index].key if m.index is not None else None
        if toks is None and not options and key is None and not (run.explicit and len(run.cells) >= n):
            continue  # header fragments, spacer cells
        if options:
            glued[len(rows)] = options
        rows.append((run, toks, key))
    # A header cell (其他 over its column of blanks) names no row: only runs that print something count.
    keys_seen = {k for run, _, k in rows if k and not all(t.parsed[0] == "blank" for t in run.cells)}
    other_agg = report.template == "2021" and "其他处理" in keys_seen and not any(
        k.startswith("其他处理/") for k in keys_seen
    )
    specs = tpl.request_rows(report.template, other_agg)
    index_of = {s.key: i for i, s in enumerate(specs)}
    anchors = _increasing(
        [(ri, index_of[k]) for ri, (_, _, k) in enumerate(rows) if k in index_of],
        weight=lambda p: 2 if rows[p[0]][1] is not None else 1,
    )
    assigned: dict[int, int] = dict(anchors)
    bounds = [(-1, -1), *anchors, (len(rows), len(specs))]
    for (r0, s0), (r1, s1) in zip(bounds, bounds[1:], strict=False):
        free_rows = [r for r in range(r0 + 1, r1)]
        free_specs = list(range(s0 + 1, s1))
        if len(free_rows) != len(free_specs):
            junk = [r for r in free_rows if _is_blank_junk(rows[r])]
            if len(free_rows) - len(junk) == len(free_specs):
                free_rows = [r for r in free_rows if r not in junk]
        if len(free_rows) == len(free_specs):
            assigned.update(zip(free_rows, free_specs, strict=True))
        elif free_specs:
            names = "、".join(specs[s].key for s in free_specs)
            where = f"第{rows[r0][0].line}行之后" if r0 >= 0 else "表头之后"
            report.warnings.append(
                f"表三{where}有{len(free_rows)}行数字，但模板在此处应有{len(free_specs)}行（{names}），无法可靠对应，已略去"
            )
    picks = _column_picks(rows, glued, assigned, specs) if glued else {}
    for ri, si in sorted(assigned.items()):
        run, toks, _ = rows[ri]
        if toks is None and ri in picks:
            toks = list(glued[ri][picks[ri]])
        if toks is None:
            why = f"：数字连在一起，有{len(glued[ri])}种分法，表内加总也无法确认" if ri in glued else ""
            report.warnings.append(f"表三“{specs[si].key}”第{run.line}行的数字无法可靠分到7列（{_show(run)}）{why}，已略去")
            continue
        _cells_for(report, REQUESTS, specs[si], toks, tpl.REQUEST_COLS)
    return other_agg


def _column_picks(rows, glued, assigned: dict[int, int], specs) -> dict[int, int]:
    """Glued rows with several readings → the reading 表三's column sums leave (row → index)."""
    cands: dict[str, list[list]] = {}
    row_of: dict[str, int] = {}
    for ri, si in assigned.items():
        _, toks, _ = rows[ri]
        options = [toks] if toks is not None else glued.get(ri)
        if not options:
            continue
        values = [[value_of(t) for t in o] for o in options]
        if all(isinstance(v, Decimal) or v is None for vs in values for v in vs):
            cands[specs[si].key] = values
            row_of[specs[si].key] = ri
    return {row_of[k]: i for k, i in solve_columns(cands, request_equations(specs)).items()}


def _is_blank_junk(row) -> bool:
    run, toks, key = row
    return key is None and run.explicit and all(t.parsed[0] == "blank" for t in run.cells)


def _increasing(pairs: list[tuple[int, int]], weight=lambda p: 1) -> list[tuple[int, int]]:
    """The heaviest chain of anchors whose template positions strictly increase (drops misreads);
    an anchor whose cells could be read weighs more than a bare label."""
    # Linear in the number of pairs (a hostile table repeats a row 100,000 times): each chain is kept
    # as a pointer to its previous pair, and the best chain ending at each template position is
    # remembered. Ties go to the earliest chain, as before.
    weights: list[int] = []
    previous: list[int | None] = []
    best_at: dict[int, int] = {}  # template position → the earliest heaviest chain ending there
    for i, p in enumerate(pairs):
        j = None
        for pos, k in best_at.items():
            if pos < p[1] and (j is None or weights[k] > weights[j] or (weights[k] == weights[j] and k < j)):
                j = k
        weights.append((weights[j] if j is not None else 0) + weight(p))
        previous.append(j)
        if p[1] not in best_at or weights[i] > weights[best_at[p[1]]]:
            best_at[p[1]] = i
    if not pairs:
        return []
    i: int | None = max(range(len(pairs)), key=weights.__getitem__)
    chain = []
    while i is not None:
        chain.append(pairs[i])
        i = previous[i]
    return chain[::-1]


def _parse_review(report: Report, runs: list[Run], flat: bool, prose: str) -> None:
    n = len(tpl.REVIEW_GROUPS) * len(tpl.REVIEW_COLS)
    found = None
    for run in reversed(runs):
        toks = _fit_review(run, n)
        if toks:
            found = toks
            break
    if found is None:
        # PDF text may print the 15 numbers over several lines (one group under each header).
        text_cells = [t for run in runs if not run.explicit for t in run.cells]
        if len(text_cells) == n:
            found = text_cells
        elif flat:
            found = _glued_review(report, runs, n, prose)
    if found is None:
        if runs and not any(w.startswith("表四的数字连在一起") for w in report.warnings):
            report.warnings.append("表四找不到15个可靠的数字（行政复议5个、行政诉讼两组各5个），已略去")
        return
    for g, group in enumerate(tpl.REVIEW_GROUPS):
        spec = tpl.RowSpec(group, (), cols=tuple(tpl.REVIEW_COLS))
        _cells_for(report, REVIEW, spec, found[g * 5 : g * 5 + 5], tpl.REVIEW_COLS)


def _glued_review(report: Report, runs: list[Run], n: int, prose: str) -> list[Tok] | None:
    """表四's 15 numbers glued on a flattened line: the one reading whose three groups add up, or
    the one whose totals agree with what the prose states (行政复议2件, 行政诉讼1件)."""
    text_runs = [run for run in runs if not run.explicit]
    for cells in ([t for t in text_runs[-1].cells] if text_runs else [], [t for run in text_runs for t in run.cells]):
        if not cells:
            continue
        options = readings(cells, [COUNT] * n, groups=len(tpl.REVIEW_GROUPS))
        if not options:
            continue
        values = [[value_of(t) for t in o] for o in options]
        if all(v == values[0] for v in values):
            return list(options[0])
        pick = review_confirmed(values, prose)
        if pick is not None:
            shown = " ".join(t.text for t in options[pick])
            report.warnings.append(f"表四的数字连在一起，按正文所述的复议、诉讼件数拆分为 {shown}")
            return list(options[pick])
        report.warnings.append(f"表四的数字连在一起，有{len(options)}种分法，正文也无法确认，已略去")
        return None
    return None


def _fit_review(run: Run, n: int) -> list[Tok] | None:
    cells = run.cells
    if not run.explicit and len(cells) == 1 and cells[0].parsed[0] == "number":
        return split_glued(cells[0], n, True, groups=3)
    if len(cells) < n:
        return None
    if len(cells) == n:
        return cells
    windows = [
        cells[s : s + n]
        for s in range(len(cells) - n + 1)
        if all(t.parsed[0] == "blank" for t in cells[:s] + cells[s + n :])
    ]
    vals = {tuple(value_of(t) for t in w) for w in windows}
    if len(vals) == 1:
        return windows[0]
    ok = [w for w in windows if all(_group_adds(w[g * 5 : g * 5 + 5]) for g in range(3))]
    if len({tuple(value_of(t) for t in w) for w in ok}) == 1:
        return ok[0]
    return None


def _group_adds(cells: list[Tok]) -> bool:
    vals = [value_of(t) for t in cells]
    if not isinstance(vals[-1], Decimal):
        return False
    return sum(v if isinstance(v, Decimal) else Decimal(0) for v in vals[:-1]) == vals[-1]


def _show(run: Run) -> str:
    return " ".join(t.text.strip() or "□" for t in run.cells)[:60]
