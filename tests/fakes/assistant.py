"""A tiny stand-in for bot.service.Assistant (same methods), for developing the Telegram layer."""

from __future__ import annotations

import time
from pathlib import Path

from bot.answer import Answer, Figure, Hit, Option
from bot.service import IngestResult, Stats
from index.errors import ReportParseError

A1, A2 = "嘉兴市自然资源和规划局秀洲分局", "安康市自然资源局"


def fig(agency, year, value, row="本年新收政府信息公开申请数量", warnings=()):
    return Figure(agency, year, "表三 收到和处理政府信息公开申请情况", row, "总计", value, "件", str(value),
                  "000_x.txt:120", list(warnings), "本年新收申请（总计）")


class FakeAssistant:
    def __init__(self, db_path: Path | None = None, reports_dir: Path | None = None):
        self.reports_dir = reports_dir
        self.extra: dict[str, int] = {}
        self.delay = 0.0

    def answer(self, question: str) -> Answer:
        time.sleep(self.delay)
        if "自然资源局收到" in question and "安康" not in question:
            return Answer("clarify", "“自然资源局”对应多个单位，您问的是哪一个？",
                          options=[Option(A1, f"{A1}收到多少申请"), Option(A2, f"{A2}收到多少申请")])
        if "排名" in question:
            return Answer("table", "2020年各单位收到的申请数量排名", figures=[fig(A1, 2020, 97), fig(A2, 2020, 5)],
                          title="2020年各单位本年新收申请数量排名")
        for name, value in self.extra.items():
            if name in question:
                return Answer("figure", f"{name} {value}", figures=[fig(name, 2023, value)])
        if A2 in question:
            return Answer("figure", "x", figures=[fig(A2, 2020, 0, warnings=["表三：总计 0，各项相加为 2"])])
        if A1 in question or "秀洲" in question:
            return Answer("figure", "x", figures=[fig(A1, 2020, 97)], notes=["未指明年份，按最新的2020年回答"])
        return Answer("not_found", "没有找到相关单位。收录的单位有：", items=[A1, A2])

    def agencies(self):
        return [(A1, [2019, 2020]), (A2, [2020])] + [(n, [2023]) for n in self.extra]

    def report_card(self, agency_text, year=None):
        return Answer("table", f"{A1} 2020年", figures=[fig(A1, 2020, i, row=f"行{i}") for i in range(8)],
                      title=f"{A1} 2020年年报")

    def search(self, text):
        return Answer("search", f"“{text}”", hits=[Hit(A1, 2020, "一、总体情况", f"坚持【{text}】<原则>")])

    def failed_checks(self):
        return Answer("table", "数据对不上的报告", items=[f"{A2} 2020年 表三：总计 0，各项相加为 2"])

    def stats(self):
        return Stats(2, 2, [2019, 2020], "2026-11-20T10:00:00", [], 1)

    def ingest(self, path: Path, filename=None):
        text = Path(path).read_text("utf-8")
        if "年度报告" not in text:
            raise ReportParseError(str(path), 1, "不是政府信息公开工作年度报告")
        name = text.splitlines()[0].strip()
        self.extra[name] = 42
        return IngestResult(f"data/reports/{filename}", name, 2023, "2021", 120, 3, [], [])

    def reindex(self, progress=None):
        for i in range(5):
            time.sleep(self.delay / 5)
            if progress:
                progress(i + 1, 5)
        return None
