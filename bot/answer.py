"""What the answering core returns: an Answer, whatever the transport."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

KINDS = ("figure", "table", "total", "clarify", "search", "not_found", "help")


@dataclass
class Figure:
    """One cited cell."""

    agency: str
    year: int
    table: str  # e.g. "表三 收到和处理政府信息公开申请情况"
    row: str  # canonical row, e.g. "本年新收政府信息公开申请数量"
    column: str  # canonical column, e.g. "总计"
    value: float | int | str | None
    unit: str
    raw: str
    source: str  # "file.txt:123"
    warnings: list[str] = field(default_factory=list)
    label: str = ""  # how the answer names it for a reader (e.g. "本年新收申请（总计）")


@dataclass
class Hit:
    agency: str
    year: int
    section: str
    snippet: str  # original text, matches wrapped in 【】
    source: str = ""


@dataclass
class Option:
    """A choice offered when the question is ambiguous; `question` is what answering it asks."""

    label: str
    question: str


RANKED_KEPT = 50


def kept_places(order: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The places a conversation keeps of a ranking: the first RANKED_KEPT, and the last."""
    return order if len(order) <= RANKED_KEPT + 1 else order[:RANKED_KEPT] + order[-1:]


@dataclass
class Answer:
    kind: str
    text: str = ""  # the rendered plain-text answer
    figures: list[Figure] = field(default_factory=list)
    value: float | int | None = None  # for kind == "total"
    options: list[Option] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    items: list[str] = field(default_factory=list)  # list answers: agencies, years, reports failing checks
    notes: list[str] = field(default_factory=list)  # assumptions made (year defaulted, 去年 = …)
    title: str = ""  # one line saying what was answered (for charts/exports)
    unit: str = ""  # of `value` when it is not the figures' unit (a ratio: "%")
    op: str = ""  # for kind == "total": what `value` is: sum | difference | change | ratio | balance (both sides of 表三 一+二 = 七+四)
    asked: str = ""  # the question as it was read (normalised; a follow-up written out in full)
    # a ranking: (agency, year) of every place, best first (at most RANKED_KEPT, then the last place), whatever
    # was shown; a conversation's 第二名 / 垫底的 point into it
    ranked: list[tuple[str, int]] = field(default_factory=list)
    count: int = 0  # for op == "sum": how many figures were added (all of them, also when only some are listed)
    exact: float | None = None  # for op == "ratio": the share before rounding (a gap in points is taken between these)

    def to_json(self) -> dict:
        return asdict(self)
