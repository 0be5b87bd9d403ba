"""Where an agency is: the province and city of the place its name starts from (安康市自然资源局 → 陕西省
安康市; 北戴河区自然资源和规划局 → 河北省 秦皇岛市), from China's administrative divisions down to county
level (data/places.tsv). A name whose place is not there (a township: 乍浦镇) or names several places of one
name in different provinces is not placed, and is never put in a province by guess."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

PLACES_FILE = files("reportbot_data") / "places.tsv"
# the ending a place's own name carries; what is left is how people say it (陕西, 安康, 平潭)
_SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$")


@lru_cache(maxsize=1)
def _said_places() -> re.Pattern:
    """Place names as people write them in a question: any full name (秦皇岛市, 北戴河区), or a province's or
    city's name without its ending (陕西, 秦皇岛); a county's bare name is too often a common word (和平, 新华)."""
    names: set[str] = set()
    for line in PLACES_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, level = line.split("\t")[:2]
            names.add(name)
            if level != "county" and len(_SUFFIX.sub("", name)) >= 2:
                names.add(_SUFFIX.sub("", name))
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def places_said(text: str) -> list[re.Match]:
    """Where the question names a province, city or county (full name, or a province's or city's bare name)."""
    return list(_said_places().finditer(text))


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, set[tuple[str, str]]], re.Pattern]:
    """Each place name (full, and without its ending when two characters are left) → {(province, city)},
    and a pattern finding any of them."""
    where: dict[str, set[tuple[str, str]]] = {}
    for line in PLACES_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, level, province, city = (line.split("\t") + [""] * 4)[:4]
        at = (province, "" if level == "province" else (city or name))
        for form in {name, _SUFFIX.sub("", name)}:
            if len(form) >= 2:
                where.setdefault(form, set()).add(at)
    pattern = re.compile("|".join(re.escape(n) for n in sorted(where, key=len, reverse=True)))
    return where, pattern


def locate(agency_name: str) -> tuple[str, str] | None:
    """(province, city) of the place the name starts from; None when unknown. Only the places written at the
    start count (资源 inside 自然资源局 is no 资源县), each one after the other (北京市 + 朝阳区)."""
    where, pattern = _places()
    at, found = 0, None
    while (m := pattern.match(agency_name, at)) is not None:
        places = where[m.group(0)]
        provinces = {p for p, _ in places}
        if len(provinces) == 1:
            cities = {c for _, c in places if c}
            found = next(iter(provinces)), next(iter(cities)) if len(cities) == 1 else ""
            if found[1]:
                return found
        at = m.end()
    return found


def within(agency_name: str, place: str) -> bool | None:
    """Whether the agency is in `place` (a province or city, with or without its ending); None when unknown."""
    at = locate(agency_name)
    if at is None:
        return None
    key = _SUFFIX.sub("", place)
    return any(_SUFFIX.sub("", x) == key for x in at if x)
