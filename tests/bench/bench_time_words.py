"""Time words in questions: bot.when.read_period next to JioNLP's time parser, on the same questions.

Not a test: a measurement. JioNLP is not a dependency of the project; install it into the venv first:

    .venv/bin/pip install jionlp
    .venv/bin/python tests/bench/bench_time_words.py

The phrases are the forms users write (absolute, Chinese numerals, short years, 今年/去年 against a fixed
today, years relative to a named year, ranges); the expected years are written by hand. Prints how many
each reads right and the time per question, then the first misses of each.
"""

from __future__ import annotations

import datetime
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.understand import normalise_question  # noqa: E402
from bot.when import read_period  # noqa: E402

TODAY = datetime.date(2026, 11, 26)
QUESTIONS = ["洪泽{}收到多少申请", "淮安市政府{}不予公开几件", "{}平潭行政复议多少", "秀洲分局{}的采购金额"]
CN = "〇一二三四五六七八九"


def phrases() -> list[tuple[str, list[int]]]:
    out: list[tuple[str, list[int]]] = []
    for y in (2019, 2020, 2021, 2022, 2023, 2024):
        out += [(f"{y}年", [y]), (f"{y}年度", [y]), (f"{str(y)[2:]}年", [y]),
                ("二〇" + "".join(CN[int(c)] for c in str(y)[2:]) + "年", [y])]
    for word, back in (("今年", 0), ("去年", 1), ("前年", 2), ("大前年", 3), ("两年前", 2), ("三年前", 3), ("一年前", 1)):
        out.append((word, [TODAY.year - back]))
    for y in (2021, 2023, 2024):
        out += [(f"{y}年的前一年", [y - 1]), (f"{y}年的上一年", [y - 1]),
                (f"{y}年的后一年", [y + 1]), (f"{y}年的下一年", [y + 1])]
    span = [2019, 2020, 2021]
    out += [("2019到2021年", span), ("2019-2021年", span), ("2019年至2021年", span),
            ("2022年以来", list(range(2022, TODAY.year + 1))), ("2023年以后", list(range(2023, TODAY.year + 1))),
            ("现在是2025年，去年", [2024])]
    return out


def jio_years(jio, question: str) -> list[int] | None:
    base = time.mktime(datetime.datetime(TODAY.year, TODAY.month, TODAY.day, 12).timetuple())
    try:
        found = jio.ner.extract_time(question, time_base=base, with_parsing=True)
    except Exception:  # noqa: BLE001 - a parser failure counts as a miss
        return None
    years: set[int] = set()
    for entity in found:
        span = (entity.get("detail") or {}).get("time")
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, str) for x in span)):
            continue
        if not (span[0][:4].isdigit() and span[1][:4].isdigit()):
            continue
        a, b = int(span[0][:4]), int(span[1][:4])
        if 1990 <= a <= b <= 2100 and b - a < 30:
            years.update(range(a, b + 1))
    return sorted(years)


def main() -> None:
    try:
        import jionlp as jio
    except ImportError:
        sys.exit("JioNLP is not installed: .venv/bin/pip install jionlp")
    cases = [(q.format(p), years) for p, years in phrases() for q in QUESTIONS]
    print(f"{len(cases)} questions")
    t0 = time.perf_counter()
    ours = [read_period(normalise_question(q), TODAY).years for q, _ in cases]
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    theirs = [jio_years(jio, q) for q, _ in cases]
    t_jio = time.perf_counter() - t0
    for name, got, seconds in (("read_period", ours, t_ours), ("jionlp", theirs, t_jio)):
        right = sum(g == e for g, (_, e) in zip(got, cases, strict=True))
        print(f"{name:12} {right}/{len(cases)} right, {seconds * 1000 / len(cases):.3f} ms each")
        for g, (q, e) in [(g, c) for g, c in zip(got, cases, strict=True) if g != c[1]][:8]:
            print(f"  {name} missed: {q} → {g} (expected {e})")


if __name__ == "__main__":
    main()
