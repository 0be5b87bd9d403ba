"""Time words in questions: bot.when.read_period next to JioNLP's time parser, on the same questions.

Not a test: a measurement. JioNLP is not a dependency of the project; install it into the venv first:

    .venv/bin/pip install jionlp
    .venv/bin/python tests/bench/bench_time_words.py

The phrases are the forms users write (absolute, Chinese numerals, short years, 今年/去年 against a fixed
today, years relative to a named year, ranges); the expected years are written by hand. Prints how many
each reads right and the time per question, then the first misses of each.
"""
import datetime
import sys
import time

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
cases = []
Q = ["洪泽{}收到多少申请", "淮安市政府{}不予公开几件", "{}平潭行政复议多少", "秀洲分局{}的采购金额"]
def add(phrase, years):
    for q in Q:
        cases.append((q.format(phrase), years))
for y in (2019, 2020, 2021, 2022, 2023, 2024):
    add(f"{y}年", [y]); add(f"{y}年度", [y]); add(f"{str(y)[2:]}年", [y])
    add("二〇" + "".join("〇一二三四五六七八九"[int(c)] for c in str(y)[2:]) + "年", [y])
for w, back in (("今年", 0), ("去年", 1), ("前年", 2), ("大前年", 3), ("两年前", 2), ("三年前", 3), ("一年前", 1)):
    add(w, [2026 - back])
for y in (2021, 2023, 2024):
    add(f"{y}年的前一年", [y - 1]); add(f"{y}年的上一年", [y - 1]); add(f"{y}年的后一年", [y + 1]); add(f"{y}年的下一年", [y + 1])
add("2019到2021年", [2019, 2020, 2021]); add("2019-2021年", [2019, 2020, 2021]); add("2019年至2021年", [2019, 2020, 2021])
add("2022年以来", [2022, 2023, 2024, 2025, 2026]); add("2023年以后", [2023, 2024, 2025, 2026])
add("现在是2025年，去年", [2024])
print(len(cases), "questions")

import bot.understand as u
from bot.when import read_period

today = datetime.date(2026, 11, 26)
t0 = time.perf_counter(); ours = [read_period(u.normalise_question(q), today).years for q, _ in cases]; t_ours = time.perf_counter() - t0

try:
    import jionlp as jio
except ImportError:
    sys.exit("JioNLP is not installed: .venv/bin/pip install jionlp")
base = time.mktime(datetime.datetime(2026, 11, 26, 12).timetuple())
def jio_years(q):
    try:
        ents = jio.ner.extract_time(q, time_base=base, with_parsing=True)
    except Exception:
        return None
    years = set()
    for e in ents:
        d = e.get("detail") or {}
        t = d.get("time")
        if isinstance(t, list) and len(t) == 2 and all(isinstance(x, str) for x in t):
            if not (t[0][:4].isdigit() and t[1][:4].isdigit()): continue
            a, b = int(t[0][:4]), int(t[1][:4])
            if 1990 <= a <= b <= 2100 and b - a < 30:
                years.update(range(a, b + 1))
    return sorted(years)
t0 = time.perf_counter(); theirs = [jio_years(q) for q, _ in cases]; t_jio = time.perf_counter() - t0
ok_o = sum(o == e for o, (_, e) in zip(ours, cases)); ok_j = sum(j == e for j, (_, e) in zip(theirs, cases))
print(f"read_period: {ok_o}/{len(cases)} right, {t_ours*1000/len(cases):.3f} ms each")
print(f"jionlp:      {ok_j}/{len(cases)} right, {t_jio*1000/len(cases):.3f} ms each")
bad = [(q, e, j) for (q, e), j in zip(cases, theirs) if j != e][:12]
for b in bad: print("  jio wrong:", b)
for (q, e), o in zip(cases, ours):
    if o != e: print("  ours wrong:", q, e, o)
