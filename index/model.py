"""The shared vocabulary: a parsed report, its sections, cells and checks."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

# Canonical table keys, as in the gold JSON files.
ACTIVE = "active"  # 表二 主动公开政府信息情况
REQUESTS = "requests"  # 表三 收到和处理政府信息公开申请情况
REVIEW = "review_litigation"  # 表四 政府信息公开行政复议、行政诉讼情况
TABLES = (ACTIVE, REQUESTS, REVIEW)
TABLE_TITLES = {
    ACTIVE: "表二 主动公开政府信息情况",
    REQUESTS: "表三 收到和处理政府信息公开申请情况",
    REVIEW: "表四 行政复议、行政诉讼情况",
}


@dataclass
class Cell:
    """One table cell as printed, with its canonical place in the template."""

    table: str
    row: str
    col: str
    value: Decimal | str | None  # None = blank cell; str for '/', '-', '无'
    raw: str
    line: int  # 1-based line in the source file
    unit: str = "件"
    yuan: Decimal | None = None  # amounts only: the value converted to yuan
    ocr: bool = False  # read by OCR from a scan (and confirmed by the report's own arithmetic)

    def json_value(self):
        """The value as the gold JSON writes it."""
        if self.col == "采购总金额":  # the 2019 template's amount: the gold gives it in yuan
            return {"raw": self.raw, "yuan": _num(self.yuan)} if self.yuan is not None else None
        if isinstance(self.value, Decimal):
            return _num(self.value)
        return self.value


@dataclass
class Section:
    number: str  # 一 … 六
    title: str
    text: str
    line: int


@dataclass
class Check:
    """A check of the report's own arithmetic (or prose vs table, or year to year)."""

    kind: str  # "arithmetic" | "value" | "encoding" | "prose" | "year" | "duplicate"
    table: str
    name: str  # short Chinese name of the rule
    status: str  # "ok" | "fail" | "unknown"
    message: str  # Chinese: what was expected and what is printed
    cells: list[tuple[str, str, str]] = field(default_factory=list)  # (table, row, col) touched

    @property
    def failed(self) -> bool:
        return self.status == "fail"


@dataclass
class Report:
    path: str
    agency: str | None  # None: the report does not say (the tables are still read)
    year: int | None
    template: str  # "2019" | "2021"
    sections: list[Section] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # cells left out and why, layout oddities
    aliases: list[str] = field(default_factory=list)  # names the report gives itself (以下简称…)
    expected_cells: int = 0
    format: str = "text"  # what the file was read as: text, html, pdf, docx, image
    line_pages: list[int] = field(default_factory=list)  # PDF: the page of each source line (line n at n-1)

    def where(self, line: int) -> str:
        """A source line as a reader finds it: 第4页第77行 in a PDF, 第77行 elsewhere."""
        if 0 < line <= len(self.line_pages):
            return f"第{self.line_pages[line - 1]}页第{line}行"
        return f"第{line}行"

    def cell(self, table: str, row: str, col: str) -> Cell | None:
        index = self.__dict__.get("_cell_index")
        if index is None or index[0] != len(self.cells):  # cells are appended while parsing
            found: dict = {}
            for c in self.cells:
                found.setdefault((c.table, c.row, c.col), c)  # the first printed wins, as before
            index = self.__dict__["_cell_index"] = (len(self.cells), found)
        return index[1].get((table, row, col))

    def to_json(self) -> dict:
        out: dict = {
            "agency": self.agency,
            "year": self.year,
            "template": self.template,
        }
        for t in TABLES:
            rows: dict = {}
            for c in self.cells:
                if c.table == t:
                    rows.setdefault(c.row, {})[c.col] = c.json_value()
            out[t] = rows
        out["checks"] = [asdict(c) for c in self.checks]
        out["warnings"] = list(self.warnings)
        out["aliases"] = list(self.aliases)
        out["sections"] = [asdict(s) for s in self.sections]
        out["cells_read"] = len(self.cells)
        out["cells_expected"] = self.expected_cells
        out["format"] = self.format
        out["ocr_cells"] = [f"{c.table}/{c.row}/{c.col}" for c in self.cells if c.ocr]
        return out


def _num(d: Decimal):
    """Decimal → int when whole, else float (JSON has no decimals)."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)
