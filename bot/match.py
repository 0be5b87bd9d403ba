"""Finding agencies in a question: full names, short names, abbreviations and regions.

Each agency gets a set of name forms (its names as printed, harvested 以下简称 aliases, and
region × department combinations with the curated abbreviations in data/aliases.tsv). A question
*mentions* an agency where one of its forms stands in it; the longest mention wins, and a mention
that several agencies share is returned with all of them — the caller asks back, never picks.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable

from rapidfuzz import fuzz, process

from index.normalize import norm
from index.segment import word_frequency

_COMMON_WORD = 1000  # times in jieba's dictionary above which two characters are an everyday word (淮阴 131 is not)

ALIASES_FILE = files("reportbot_data") / "aliases.tsv"  # data/aliases.tsv, shipped as package data
_REGION = re.compile(r"^(.{2,9}?)(特别行政区|自治区|自治州|自治县|综合实验区|新区|开发区|省|市|州|盟|区|县|旗|镇|乡|街道)")
_DEPT_WORDS = re.compile(r"局|委|厅|办|政府|中心|人民|管理|服务|公司|学校|医院|规划|资源|发展")
_SUBUNIT = re.compile(r"([^局委办厅院和]{2,4})(分局|支队|大队|中队|派出所|站)$")
# Department forms too generic to name an agency on their own.
_GENERIC_DEPTS = {"政府", "人民政府", "管委会", "管理委员会", "办公室", "分局", "委员会"}
# A phrase that looks like an agency name (for "we hold no report of X").
_AGENCYISH = re.compile(
    r"((?:[\u4e00-\u9fff]{2,6}?(?:省|市|区|县|镇|乡))?[\u4e00-\u9fff]{1,10}?"
    r"(?:委员会|人民政府|政府办|办公室|管委会|分局|局|委|厅|镇政府|中心))(?!信息|工作|公开)"
)
_PLACE_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{2,4}?[省市区县])(?:人民)?(?:政府|政付|正府)")
_NOT_AGENCY = {"单位", "部门", "机关", "政府", "人民政府", "各局", "哪个局", "哪个委", "这个局", "该局"}


@dataclass
class Agency:
    id: int
    name: str
    names: list[str]  # every name form as printed in reports
    regions: list[str] = field(default_factory=list)  # region forms: 嘉兴市, 嘉兴, 洪泽区, 洪泽
    forms: set[str] = field(default_factory=set)  # full-mention forms
    level: str = ""  # 省 市 县 (区、县、旗) 乡 (乡、镇、街道): of the most specific place in its name


_DEPARTMENT_END = re.compile(r"(?:局|分局|委员会|委|办公室|办|中心|厅|署|院|所|站|队)$")


def is_department(name: str) -> bool:
    """A department (自然资源局, 发改委), not a government (淮安市人民政府, 平潭综合实验区): by how its name ends."""
    return "人民政府" not in name and bool(_DEPARTMENT_END.search(name))


@dataclass
class Mention:
    start: int
    end: int
    text: str
    agency_ids: list[int]
    kind: str  # "name" (an agency's own form) | "region" (a place: all agencies there)
    # What is written around it, read by understand() so that the resolver need not read the question:
    word_before: str = ""  # the two characters before it, a trailing 的/和/与… left out (湖州 in 湖州发改委)
    region_before: Mention | None = None  # a place right before it, nothing or 的/之 between (安康市 + 发改委)
    with_region: str = ""  # that place and this name as written (安康市的发改委)
    unheld_place_before: str = ""  # a place we hold nothing of right before a department form (成都市 + 发改委)
    unit_after: str = ""  # of a place: the unit word written right after it (安康市 + 人民政府, 财政局)
    pointed: bool = False  # of a place: pointed at as one agency there (北戴河那家, 秀洲那边), not as its government
    kind_after: str = ""  # of a place: a bare kind of unit right after it (北戴河局, 嘉兴发改那个委): one of that kind there


def load_abbreviations(path: Traversable = ALIASES_FILE) -> list[tuple[str, list[str]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbr, _, full = line.partition("\t")
        out.append((norm(abbr.strip()), [norm(f.strip()) for f in full.split("|") if f.strip()]))
    return sorted(out, key=lambda x: -len(x[0]))


def split_regions(name: str) -> tuple[list[str], str]:
    """'淮安市洪泽区人民政府' → (['淮安市', '洪泽区'], '人民政府')."""
    regions, rest = [], name
    while True:
        m = _REGION.match(rest)
        if not m or _DEPT_WORDS.search(m.group(1)) or len(rest) == len(m.group(0)) and regions:
            break
        regions.append(m.group(0))
        rest = rest[len(m.group(0)) :]
    return regions, rest


def level_of(region: str) -> str:
    for suffix, level in (("街道", "乡"), ("镇", "乡"), ("乡", "乡"), ("区", "县"), ("县", "县"), ("旗", "县"),
                          ("市", "市"), ("州", "市"), ("盟", "市"), ("省", "省"), ("自治区", "省")):
        if region.endswith(suffix):
            return level
    return ""


def _bare(region: str) -> str:
    m = re.match(r"^(.{2,}?)(特别行政区|自治区|自治州|自治县|综合实验区|新区|开发区|省|市|州|盟|区|县|旗|镇|乡|街道)$", region)
    return m.group(1) if m else region


class AgencyCatalog:
    """All agencies of the index with their name forms, and the matching of questions to them."""

    def __init__(self, agencies: list[tuple[int, str, list[str]]], abbreviations=None):
        abbreviations = abbreviations if abbreviations is not None else load_abbreviations()
        self.agencies: dict[int, Agency] = {}
        self._forms: dict[str, set[int]] = defaultdict(set)  # full-mention form → agency ids
        self._dept: dict[str, set[int]] = defaultdict(set)  # department-only forms
        self._region: dict[str, set[int]] = defaultdict(set)
        # Forms an agency has by its own words (扬州市自然资源局), not through an abbreviation
        # (自然资源局 for 自然资源和规划局): where a form is some agency's own, it names that one.
        self._primary: dict[str, set[int]] = defaultdict(set)
        self._branches: set[int] = set()  # agencies that are a branch (分局) of a department
        for aid, name, names in agencies:
            a = Agency(aid, name, sorted({name, *names}))
            self.agencies[aid] = a
            for n in a.names:
                self._add_name(a, norm(n), abbreviations)
        self._by_bigram: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for table, kind in ((self._forms, "name"), (self._dept, "dept"), (self._region, "region")):
            for form in table:
                if len(form) >= 2:
                    self._by_bigram[form[:2]].append((form, kind))
        self._names = {aid: norm(a.name) for aid, a in self.agencies.items()}

    def _add_name(self, a: Agency, name: str, abbreviations) -> None:
        regions, rest = split_regions(name)
        main, sub, sub_regions = rest, "", []
        m = _SUBUNIT.search(rest)
        if m and m.start() > 0:  # 自然资源和规划局 + 秀洲分局: a branch named after its district
            main, sub = rest[: m.start()], m.group(0)
            self._branches.add(a.id)
            sub_regions = [m.group(1), m.group(1) + "区"]
        depts = {main} if main else {"", "人民政府", "政府"}
        for abbr, fulls in abbreviations:
            for d in list(depts):
                for full in fulls:
                    if full and full in d:
                        depts.add(d.replace(full, abbr, 1))
        region_forms = {f for r in regions for f in (r, _bare(r))} | set(sub_regions)
        a.regions = sorted(region_forms)
        if regions and not a.level:
            a.level = level_of(regions[-1])
            if a.name.endswith("分局") and a.level == "市":  # 嘉兴市…局秀洲分局: a city bureau's branch in a district
                a.level = "县"
        for r in region_forms:
            if len(r) >= 2:
                self._region[r].add(a.id)
        chains = {""}
        for i in range(len(regions)):
            tail = regions[i:]
            for mask in range(1 << len(tail)):
                chains.add("".join(_bare(r) if mask >> k & 1 else r for k, r in enumerate(tail)))
        own = {main} if main else {"", "人民政府"}  # department words as printed, not abbreviated

        def combine(ds):
            out = {c + d + sub for c in chains for d in ds if c or sub}
            if sub:
                out |= {c + sub for c in chains} | {r + d for r in sub_regions for d in ds if d}
            return out

        primary = combine(own) | {name}
        for d in depts:
            if d not in _GENERIC_DEPTS and len(d) >= 3:
                self._dept[d].add(a.id)

        for form in combine(depts) | {name}:
            if len(form) >= 2:
                self._forms[form].add(a.id)
                a.forms.add(form)
                if form in primary:
                    self._primary[form].add(a.id)

    # -----------------------------------------------------------------------------------------

    def mentions(self, question: str) -> list[Mention]:
        """Agency and region mentions in a normalised question, longest first, not overlapping."""
        q = question
        found: list[Mention] = []
        for i in range(len(q) - 1):
            for form, kind in self._by_bigram.get(q[i : i + 2], ()):
                if q.startswith(form, i):
                    table = {"name": self._forms, "dept": self._dept, "region": self._region}[kind]
                    ids = sorted(self._primary.get(form) or table[form]) if kind != "region" else sorted(table[form])
                    found.append(Mention(i, i + len(form), form, ids, "region" if kind == "region" else "name"))
        # A region right before a department form (嘉兴的发改委, 安康 自然资源局) names the agencies
        # that have both.
        regions = [m for m in found if m.kind == "region"]
        depts = [m for m in found if m.kind == "name" and m.text in self._dept]
        for r in regions:
            for d in depts:
                gap = q[r.end : d.start]
                # (秀洲那个自然资源分局: the place, then which of its units)
                if 0 <= d.start - r.end <= 3 and re.fullmatch(r"[的之市区县 ]*|的?(?:那|这)(?:个|家|一家)", gap):
                    ids = sorted(set(r.agency_ids) & set(d.agency_ids))
                    if ids:
                        # 嘉兴市 + 自然资源和规划局 names the city bureau; what we hold may only be its
                        # branch (…秀洲分局): such a mention is a "parent" and is asked back, not answered.
                        # (秀洲的自然资源分局: 分局 names the branch itself)
                        kind = "parent" if all(i in self._branches for i in ids) and not d.text.endswith("分局") and not any(
                            q[r.start : d.end] in self.agencies[i].forms and not q[r.start : d.end].endswith(("局", "委")) for i in ids
                        ) else "name"
                        found.append(Mention(r.start, d.end, q[r.start : d.end], ids, kind))
        found.sort(key=lambda m: (-(m.end - m.start), m.kind != "name", m.start))
        chosen: list[Mention] = []
        for m in found:
            if any(m.start < c.end and c.start < m.end for c in chosen):
                continue
            chosen.append(m)
        return sorted(chosen, key=lambda m: m.start)

    def unknown_agency(self, question: str, mentions: list[Mention]) -> str | None:
        """A phrase that reads like an agency name but is none of ours (杭州市财政局)."""
        masked = list(question)
        for m in mentions:
            for k in range(m.start, m.end):
                masked[k] = " "
        text = "".join(masked)
        for m in _AGENCYISH.finditer(text):
            phrase = re.sub(r"^(?:年度|年|[的和与及跟、])+", "", m.group(1).strip())  # 2024年人民政府: the year is not in the name
            if phrase in _NOT_AGENCY or len(phrase) < 3 or re.match(r"^(哪个|哪些|各|所有|全部|这个|每个)", phrase) or re.search(
                r"系统|条线|[一二三四五六七八九十两几\d]家", phrase):  # 三家自然资源系统的局: a sector, not a name
                continue
            if re.search(r"[我你他她咱]|让|叫|核一下|问一下|查一下|领导|说|称|写|提到", phrase):
                continue  # 秀洲这边的，领导让我核一下我们分局: the asker's words around a name, not a name
            return phrase
        for m in _PLACE_GOVERNMENT.finditer(text):  # 淮按市政府: a misspelt place with its government
            place = m.group(1)
            if not self.knows_place(place) and any(len(r) == len(place) and sum(a != b for a, b in zip(r, place, strict=True)) == 1
                                                   and r[-1] == place[-1] for r in self.regions()):
                return m.group(0)  # (one character off a place we hold, its level word the same)
        return None

    def look_alike(self, leftover: str, sector: str = "") -> tuple[str, list[str]] | None:
        """A run of the words a question left (its figure, years and asking words taken out) one character off name
        forms we hold: (what was written, the forms), or None (平谭 → 平潭)."""
        from rapidfuzz.distance import Levenshtein

        forms = self.name_forms()
        # (去掉淮安市政府: a name said right is no misspelt one, nor is any piece of it)
        said_right = [f for size_forms in forms.values() for f in size_forms if len(f) >= 2 and f in leftover]
        for run in re.findall(r"[\u4e00-\u9fff]{2,}", leftover):
            for size in (5, 4, 3, 2):
                for start in range(len(run) - size + 1):
                    written = run[start : start + size]
                    if sector and any(written in sector + w for w in ("部门系统", "系统", "部门", "口")):
                        continue  # 自然资源部门: a kind of agency said as a sector, no misspelt name
                    if any(set(range(start, start + size)) & set(range(m.start(), m.end())) for f in said_right
                           for m in re.finditer(re.escape(f), run)):
                        continue
                    if size == 2 and word_frequency(written) >= _COMMON_WORD:
                        continue  # 平均 / 健康 / 高兴: an everyday word, not 平潭 / 安康 / 嘉兴 misspelt
                    near = [f for f in forms.get(size, ()) if Levenshtein.distance(f, written) == 1]
                    if near:
                        return written, near
        return None

    def near_forms(self, question: str, cutoff: float = 74) -> list[tuple[int, float]]:
        """(agency, score) whose distinctive forms stand in the question with a typo, best first."""
        if not hasattr(self, "_fuzzy_forms"):
            self._fuzzy_forms = {}
            for table in (self._forms, self._region):
                for form, ids in table.items():
                    if len(form) >= 3 or table is self._region:
                        self._fuzzy_forms.setdefault(form, set()).update(ids)
            self._fuzzy_keys = list(self._fuzzy_forms)
        best: dict[int, float] = {}
        raw: dict[int, float] = {}
        for form, score, _ in process.extract(question, self._fuzzy_keys, scorer=fuzz.partial_ratio,
                                              score_cutoff=cutoff if len(question) > 2 else 100, limit=50):
            if len(form) < 2 or score >= 100:  # an exact form is a mention, found before any typo
                continue
            if len(form) == 2 and score < 50:
                continue
            # One wrong character in a short form (淮安市府 ~ 淮安市教) is no evidence of a typo:
            # short forms may offer an agency, never be taken for one.
            strength = score if len(form) >= 6 else min(score, 80)
            for aid in self._fuzzy_forms[form]:
                best[aid] = max(best.get(aid, 0), score * min(len(form), 6))
                raw[aid] = max(raw.get(aid, 0), strength)
        if not best:
            return []
        top = max(best.values())
        return sorted(((a, raw[a]) for a, sc in best.items() if sc >= top * 0.9), key=lambda x: -x[1])[:5]

    def government_of(self, place: str) -> int | None:
        """The people's government of a place we hold (淮安市, 淮安 → 淮安市人民政府), or None."""
        if not hasattr(self, "_governments"):
            self._governments: dict[str, int] = {}
            for a in self.agencies.values():
                for name in a.names:
                    regions, rest = split_regions(name)
                    if regions and rest in ("人民政府", "政府", "人民政府办公室") and rest != "人民政府办公室":
                        for form in (regions[-1], _bare(regions[-1])):
                            self._governments.setdefault(form, a.id)
        return self._governments.get(place)

    def government_at(self, level: str, near: int) -> int | None:
        """The one people's government of `level` (市/区/县/镇) in the place of agency `near` (the city's
        government for a district's, a district's for the city's), or None when there is not exactly one."""
        regions = split_regions(self.agencies[near].name)[0]
        if not regions:
            return None
        place, want = regions[0], level_of(level)
        found = [a.id for a in self.agencies.values() if a.id != near and "人民政府" in a.name and a.level == want
                 and (place in a.name or any(place in r for r in split_regions(a.name)[0]))]
        return found[0] if len(found) == 1 else None

    def name_forms(self) -> dict[int, list[str]]:
        """Every place and name form of two or more characters, by length (for look-alike checks)."""
        if not hasattr(self, "_forms_by_len"):
            self._forms_by_len: dict[int, list[str]] = {}
            for form in {*self._region, *self._forms, *self._dept}:
                if len(form) >= 2:
                    self._forms_by_len.setdefault(len(form), []).append(form)
        return self._forms_by_len

    def ids_of_form(self, form: str) -> list[int]:
        """The agencies a name or place form stands for."""
        return sorted(self._primary.get(form) or self._forms.get(form) or self._dept.get(form) or self._region.get(form) or [])

    def regions(self) -> list[str]:
        """Every place form some agency's name carries (嘉兴市, 嘉兴, 洪泽区, 洪泽 …)."""
        return list(self._region)

    def has_word(self, aid: int, word: str) -> bool:
        """Whether the agency's name, or a form of it, carries the word (自然资源 in 自然资源和规划局)."""
        a = self.agencies[aid]
        return any(word in n for n in a.names) or any(word in f for f in a.forms)

    def agencies_in(self, place: str) -> list[int]:
        """Agencies whose names start from a place inside `place` (a province or city: 陕西, 秦皇岛市), by
        China's administrative divisions; an agency not placed (乍浦镇) is never counted in."""
        from bot.places import within

        located = self.__dict__.setdefault("_in_place", {})  # (a catalog pickled before this has none yet)
        if place not in located:
            located[place] = sorted(aid for aid, a in self.agencies.items() if within(a.name, place))
        return located[place]

    def kind_pointed(self, question: str) -> list[Mention]:
        """A kind of department said without its unit and pointed at (自然资源那家, 发改那个): that department."""
        stems = self.__dict__.get("_stems")
        if stems is None:
            stems = {}
            for form in self._dept:  # every form of that kind (自然资源局, 自然资源分局 …) adds its agencies
                stem = re.sub(r"(?:委员会|分局|局|委)$", "", form)
                if len(stem) >= 2 and stem != form:
                    stems.setdefault(stem, set()).update(self._primary.get(form) or self._dept[form])
            self._stems = stems
        out = []
        for stem, ids in stems.items():
            for m in re.finditer(re.escape(stem) + r"(?=(?:的)?(?:那家|那个|这家|那一家|那边|口|系统))", question):
                out.append(Mention(m.start(), m.end(), stem, sorted(ids), "name"))
        return out

    def unplaced(self) -> list[int]:
        """Agencies whose names say no place the administrative divisions know (乍浦镇人民政府)."""
        from bot.places import locate

        if "_unplaced" not in self.__dict__:
            self._unplaced = sorted(aid for aid, a in self.agencies.items() if locate(a.name) is None)
        return self._unplaced

    def knows_place(self, name: str) -> bool:
        """Whether some agency's name carries this place (嘉兴, 洪泽区…)."""
        return name in self._region or any(r.startswith(name) for r in self._region if len(name) >= 2 and len(r) <= len(name) + 3)

    def unknown_region_before(self, question: str, m: Mention) -> str | None:
        """A place we hold nothing of, right before a department form (成都市 + 发改委)."""
        if m.text not in self._dept:
            return None
        before = re.search(r"([\u4e00-\u9fff]{2,6}?(?:省|市|区|县|镇|乡))(?:的)?$", question[: m.start])
        if not before:
            return None
        place = before.group(1)
        if any(place.endswith(r) or r.endswith(place) for r in self._region):
            return None
        return place

    def suggest(self, text: str, limit: int = 5) -> list[int]:
        """Agencies whose names look like `text` (for "did you mean"), best first."""
        res = process.extract(norm(text), self._names, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
        return [key for _, _, key in res]
