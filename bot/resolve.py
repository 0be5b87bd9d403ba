"""Resolving who is asked about: mentions → one agency, several, a scope, or an ask-back / "not held"."""

from __future__ import annotations

import re
from functools import cached_property

from bot.answer import Answer, Option
from bot.gather import MAX_LISTED, STRONG_TYPO_MATCH
from bot.index_reader import ReportRow
from bot.match import Mention, level_of
from bot.rows import Metric
from bot.understand import Query


class Resolve:
    """Mentions → agencies for the Responder; ask back rather than pick."""

    def _one_agency(self, q: Query) -> tuple[int | None, Answer | None]:
        """The single agency a question is about, or an Answer asking back / saying what we hold."""
        names = [m for m in q.mentions if m.kind in ("name", "parent")]
        regions = [m for m in q.mentions if m.kind == "region"]
        if len({i for m in names for i in m.agency_ids}) == 1:
            for m in names[1:]:  # 嘉兴发改委和湖州发改委: the second is another city's, not held
                before = m.word_before
                if (m.text in self.catalog._dept and re.fullmatch(r"[\u4e00-\u9fff]{2}", before or "")
                        and not self.catalog.knows_place(before) and not any(n.end == m.start for n in q.mentions)):
                    return None, self._no_agency(before + m.text)
            names = names[:1]  # the same agency named twice (乍浦镇和乍浦镇)
        if len(names) > 1:
            return None, None
        named = {i for m in names for i in m.agency_ids}
        if names and any(not set(r.agency_ids) & named and not any(0 <= n.start - r.end <= 2 for n in names) for r in regions):
            return None, None  # 秀洲分局、北戴河、安康: a place standing on its own is another agency asked about
        for m in names:  # 安康市 + 发改委: no 发改委 of 安康 is held, whatever other 发改委 are
            if m.region_before and not set(m.region_before.agency_ids) & set(m.agency_ids):
                return None, self._no_agency(m.with_region)
            unknown = m.unheld_place_before
            if unknown and len(names) > 1:
                return None, self._no_agency(unknown + m.text)
        if names:
            m = names[0]
            if m.kind == "parent":
                opts = "、".join(self.r.agency_names[i] for i in m.agency_ids)
                return None, self._clarify_agency(q, m, m.agency_ids, f"库中没有“{m.text}”本身的年报，只有它的分支机构：{opts}。要问它吗？")
            if q.unknown_agency and q.unknown_agency_at == m.end:
                return None, self._no_agency(m.text + q.unknown_agency)  # 嘉兴市自然资源和规划局 + 南湖分局
            if q.unknown_agency and q.unknown_agency_apart:
                near = [a for a, _ in self.catalog.near_forms(q.unknown_agency)][:3]
                if near:  # …稿子。淮按市政府…: a misspelt name of its own, asked back even beside one spelt right
                    return None, self._clarify_agency(q, None, near, f"库中没有“{q.unknown_agency}”，是不是：",
                                                      replace=q.unknown_agency)
                return None, self._no_agency(q.unknown_agency)  # 平潭和厦门市人民政府: one of the two is not held
            unknown = m.unheld_place_before
            if unknown:
                # 北载河区 + 自然资源和规划局: maybe a typo of a place we hold
                short = self._shortened(q, None)
                if short is not None:
                    return short, None
                return None, self._strong_typo(q, None) or self._typo_or_unknown(q, unknown + m.text)
            if len(m.agency_ids) == 1:
                return m.agency_ids[0], None
            short = self._shortened(q, m.agency_ids)
            if short is not None:
                return short, None
            typo = self._strong_typo(q, m.agency_ids)
            if typo is not None:
                return None, typo
            return None, self._clarify_agency(q, m, m.agency_ids, f"“{m.text}”对应{len(m.agency_ids)}个单位，请问是哪一个？")
        pointed = [i for m in regions if m.pointed for i in m.agency_ids]
        if len(regions) == 1 and len(set(pointed)) == 1:
            # 北戴河那家 / 北戴河那个局: the one agency held there, pointed at (a bare 北戴河 would mean its government)
            aid = pointed[0]
            q.assumed.append(f"“{regions[0].text}”那家按{self.r.agency_names[aid]}理解（库中{regions[0].text}只有这一家）")
            return aid, None
        if len(regions) == 1 and regions[0].kind_after:
            # 北戴河局: the one agency of that kind held there, said so; several of that kind are offered
            place, kind = regions[0].text, regions[0].kind_after
            of_kind = [i for i in regions[0].agency_ids if kind in self.r.agency_names[i][len(place):]]
            if len(of_kind) == 1:
                q.assumed.append(f"“{place}{kind}”按{self.r.agency_names[of_kind[0]]}理解（库中{place}只有这一个{kind}）")
                return of_kind[0], None
            if of_kind:
                return None, self._clarify_agency(q, regions[0], of_kind, f"“{place}{kind}”对应{len(of_kind)}个单位，请问是哪一个？")
            return None, self._no_agency(place + kind)  # (淮安局: no bureau held there; never its government)
        for m in regions:  # 安康市 + 人民政府 where only 安康市自然资源局 is held
            if m.unit_after and not q.unknown_agency and not any(n.start == m.end for n in q.mentions):
                return None, self._no_agency(m.text + m.unit_after)
        in_region = sorted({i for m in regions for i in m.agency_ids}) or None
        short = self._shortened(q, in_region)
        if short is not None:
            return short, None
        typo = self._strong_typo(q, in_region)
        if typo is not None:
            return None, typo
        if q.unknown_agency:
            prefix = "".join(m.text for m in regions)
            phrase = q.unknown_agency if q.unknown_agency.startswith(prefix) else prefix + q.unknown_agency
            return None, self._typo_or_unknown(q, phrase)
        if regions:  # a bare place whose government we do not hold: its departments are offered, never picked
            place = regions[0].text
            if len({m.text for m in regions}) > 1:  # several places named: which agency is meant is asked plainly
                return None, self._clarify_agency(q, None, in_region or [], "请问是哪个单位？")
            held_government = any(self.r.agency_names[i] == place + "人民政府" for i in in_region or [])
            return None, self._clarify_agency(q, regions[0], in_region or [], (
                "" if held_government else f"库中没有{place}人民政府的年报；") + f"{place}有{len(in_region or [])}个单位的年报，请问是哪一个？")
        near = self._typo_or_unknown(q, None)
        if near is not None:
            return None, near
        if len(self.r.agency_names) == 1:
            return next(iter(self.r.agency_names)), None
        ids = sorted(self.r.agency_names)
        if q.place_ids:  # 秦皇岛的单位: those held there are offered (placed by the administrative divisions)
            return None, self._clarify_agency(q, None, q.place_ids, f"库中{q.place_said}有{len(q.place_ids)}个单位的年报，请问是哪一个？")
        if q.government_said:  # 人民政府 with no place: the governments we hold
            ids = [i for i in ids if "人民政府" in self.r.agency_names[i]] or ids
            if q.government_level and not q.unknown_agency and not q.unknown_place:
                # 市府行政强制多少: the one government of that level held (said so); several are asked back
                level, said = q.government_level
                at = [i for i in ids if self.catalog.agencies[i].level == level_of(level)]
                if len(at) == 1:
                    q.assumed.append(f"“{said}”按库中唯一的{level}级人民政府{self.r.agency_names[at[0]]}理解")
                    return at[0], None
                ids = at or ids
        if q.years:  # those that have the year asked, when any has
            ids = [i for i in ids if set(q.years) & set(self.r.by_agency.get(i, {}))] or ids
        return None, self._clarify_agency(q, None, ids, "请问是哪个单位？")

    def _near(self, q: Query) -> list[tuple[int, float]]:
        """Agencies a misspelt name in the question may mean; only when words are left once the
        figure's own words, years and question words are taken out (typo search is the slow path)."""
        rest = q.leftover_words
        if len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) < 2:
            return []
        return self.catalog.near_forms(rest)

    def _shortened(self, q: Query, among: list[int] | None) -> int | None:
        """北戴河自然资源 for 北戴河区自然资源和规划局: a name written short, every character of it in the
        full name in order (nothing misspelt), near one agency only: taken, and said so."""
        written = q.name_as_written()
        near = [(a, sc) for a, sc in self._near(q) if among is None or a in among]
        if not written or len(written) < 4 or len(near) != 1 or q.unknown_place:
            return None
        aid = near[0][0]
        full = self.r.agency_names[aid]
        name = iter(full)
        in_order = near[0][1] >= STRONG_TYPO_MATCH and all(ch in name for ch in written)
        if not in_order and (written in full or not _pieces_of(written, full)):
            return None  # (a character not in the name, in order, nor pieces of it: a typo, asked back)
        q.assumed.append(f"“{written}”按{self.r.agency_names[aid]}理解")
        return aid

    def _strong_typo(self, q: Query, among: list[int] | None) -> Answer | None:
        """One agency whose name stands in the question with a small typo: asked back as 是不是…？, never
        taken (a one-character slip may as well be another name we do not hold)."""
        near = [(a, sc) for a, sc in self._near(q) if among is None or a in among]
        if q.unknown_place:
            return None  # 安庆市 is a place of its own, not a typo of 安康市: ask back instead
        if len(near) == 1 and STRONG_TYPO_MATCH <= near[0][1] < 100:
            return self._clarify_agency(q, None, [near[0][0]], "没有完全对上的单位名称，是不是：",
                                        replace=q.name_as_written())
        return None

    def _typo_or_unknown(self, q: Query, phrase: str | None) -> Answer | None:
        """A name we hold spelt with a bigger typo is offered back; otherwise say what we hold."""
        near = self._near(q)
        if near:
            ids = [a for a, _ in near]
            return self._clarify_agency(q, None, ids, "没有完全对上的单位名称，请问是不是：", replace=phrase)
        look_alike = self._look_alike_forms(q)
        if look_alike:  # 平谭, 乍蒲镇, 发该委: one character off a name form we hold is asked back, never taken
            written, forms = look_alike
            ids = sorted({i for f in forms for i in self.catalog.ids_of_form(f)})
            # 淮按 for 淮安: a bare place is its people's government, so that is the one offered (as 淮安 would be read)
            own = [i for i in ids if any(re.fullmatch(re.escape(f) + r"[市区县镇乡]?人民政府", self.r.agency_names[i]) for f in forms)]
            if len(own) == 1 and all(len(f) <= 4 for f in forms):
                ids = own
            return self._clarify_agency(q, None, ids, f"库中没有“{written}”，是不是：", replace=written)
        return self._no_agency(phrase) if phrase else None

    def _clarify_agency(self, q: Query, m: Mention | None, ids, title, replace: str | None = None) -> Answer:
        opts = []
        for aid in ids[:10]:
            name = self.r.agency_names[aid]
            if m:
                question = q.rewritten(m.start, m.end, name)
            elif replace and q.says(replace):
                question = q.replacing(replace, name)
            elif q.name_as_written() and q.says(q.name_as_written()):  # 淮按市政府: the whole name as written
                question = q.replacing(q.name_as_written(), name)
            elif q.government_word and "人民政府" in name:  # 2024年人民政府…: the government named
                question = q.rewritten(*q.government_word, name)
            else:
                question = q.rewritten(0, 0, name + "：")
            opts.append(Option(name, question))
        return Answer("clarify", title=title, options=opts)

    def _unknown_phrase(self, q: Query) -> str:
        """The name we do not hold, with the place written right before it (淮安市 + 淮阴区人民政府)."""
        before = [m for m in q.mentions if m.kind == "region" and m.end == q.unknown_agency_at]
        return (before[0].text if before else "") + q.unknown_agency

    def _unit_there(self, q: Query) -> Answer | None:
        """秀洲自然资源和规划分局 (not held as written) beside another agency: the one unit held in the place said,
        when its name shares the unit's words, is offered (是不是…？), never taken."""
        before = [m for m in q.mentions if m.kind == "region" and m.end == q.unknown_agency_at]
        if not (before and len(before[0].agency_ids) == 1 and q.unknown_agency):
            return None
        name = self.r.agency_names[before[0].agency_ids[0]]
        shared = (set(q.unknown_agency) & set(name)) - set("市区县镇乡局委会分办府人民政")
        if len(shared) < 3:
            return None  # (安康发改委: 安康's one unit held is another kind of unit)
        phrase = self._unknown_phrase(q)
        return Answer("clarify", title=f"库中没有“{phrase}”，是不是：", options=[Option(name, q.replacing(phrase, name))])

    def _no_agency(self, phrase: str) -> Answer:
        near = [self.r.agency_names[i] for i in self.catalog.suggest(phrase, 3)]
        notes = [f"名称相近的有：{'、'.join(near)}"] if near else []
        return Answer("not_found", title=f"库中没有“{phrase}”的年报", items=self._agency_list(), notes=notes)

    def _report_for(self, aid: int, q: Query, metric: Metric | None = None) -> tuple[ReportRow | None, Answer | None]:
        by_year = self.r.by_agency.get(aid, {})
        name = self.r.agency_names[aid]
        if q.years:
            y = q.years[0]
            if y in by_year:
                return by_year[y], None
            held = "、".join(f"{x}年" for x in sorted(by_year))
            return None, Answer("not_found", title=f"库中没有{name}{y}年的年报", items=[f"{name}现有：{held}"])
        held = [y for y in by_year if y not in q.years_denied]
        if not held:
            if by_year:
                return None, Answer("not_found", title=f"库中{name}只有{'、'.join(f'{y}年' for y in sorted(by_year))}的年报，没有别的年份")
            return None, Answer("not_found", title=f"库中没有{name}的年报")
        y = max(held)
        return by_year[y], None

    def _agency_or_answer(self, q: Query) -> tuple[int | None, Answer | None]:
        """The one agency asked about, or the answer to give instead (ask back, or compare several)."""
        aid, ask = self._one_agency(q)
        if ask:
            return None, ask
        if aid is None:
            return None, self._compare(q)
        return aid, None

    def _scope(self, q: Query) -> list[int]:
        named = q.mentions and not q.position_of  # 平潭排第几: ranked among all, not alone
        ids = sorted({i for m in q.mentions for i in m.agency_ids}) if named else sorted(self.r.agency_names)
        ids = [i for i in ids if i not in q.exclude_ids]
        if q.level:
            ids = [i for i in ids if self.catalog.agencies[i].level == q.level]
        if q.sector:  # (自然资源、规划部门: an agency with either word in its name)
            ids = [i for i in ids if any(self.catalog.has_word(i, w) for w in re.split(r"[、和与及或/]", q.sector) if w)]
        if q.place_ids:
            ids = [i for i in ids if i in set(q.place_ids)]
        return ids

    def _scope_ids(self, q: Query) -> set[int] | None:
        if not q.mentions and not q.level and not q.exclude_ids and not q.place_ids:
            return None
        return set(self._scope(q))

    def _scope_notes(self, q: Query) -> list[str]:
        """How the agencies were chosen, when by a word of their names (never a silent filter)."""
        words = [m.text for m in q.mentions if m.kind == "region"] + ([q.sector] if q.sector else [])
        left_out = [f"不含：{'、'.join(self.r.agency_names[i] for i in q.exclude_ids)}"] if q.exclude_ids else []
        if q.place_said:  # placed by the administrative divisions, not by a word of the names
            left_out.append(f"按行政区划，{q.place_said}的单位是：{'、'.join(self.r.agency_names[i] for i in q.place_ids[:5])}"
                            f"{'等' if len(q.place_ids) > 5 else ''}；名称看不出所在地的单位（例如只写镇名的乡镇政府）不在内")
        if not words:
            return left_out
        return [f"按单位名称中带“{'”“'.join(words)}”筛选；名称里不带这些字的单位（例如只写镇名的乡镇政府）不在内", *left_out]

    def _names_an_agency_we_miss(self, q: Query) -> bool:
        """No agency recognised, but the question names one (misspelt, or one we do not hold)."""
        if q.mentions or q.exclude_ids:
            return False
        # (平谭那份年报里…一共多少 / 洪责区政府…一共多少: a name one character off, in a total or ranking too, is asked
        # back, whatever level word stands beside it)
        if self._look_alike_forms(q):
            return True
        return not q.level and (bool(q.unknown_agency) or bool(self._near(q)))

    @cached_property
    def _agencies_held(self) -> list[tuple[int, str]]:
        """(id, "name（years）") of every agency, by name; built once per index."""
        return [(aid, f"{name}（{'、'.join(str(y) for y in sorted(self.r.by_agency.get(aid, {})))}年）")
                for aid, name in sorted(self.r.agency_names.items(), key=lambda kv: kv[1])]

    def _agency_list(self, limit: int | None = MAX_LISTED) -> list[str]:
        """What is held, for a not-found answer: the first `limit` agencies and how many more."""
        items = [x for _, x in self._agencies_held]
        if limit and len(items) > limit:
            return items[:limit] + [f"……共{len(items)}个单位（可问“有哪些单位”并加上地区，例如“嘉兴有哪些单位”）"]
        return items

    def _no_place(self, q: Query) -> Answer:
        if q.unknown_agency and q.unknown_place in q.unknown_agency:
            return self._no_agency(q.unknown_agency)  # 杭州市财政局
        look_alike = self._look_alike_place(q.unknown_place)
        if look_alike:  # 洪择区 for 洪泽区: one character off a place we hold is asked back, never taken
            return Answer("clarify", title=f"库中没有“{q.unknown_place}”，是不是：",
                          options=[Option(place, q.replacing(q.unknown_place, place)) for place in look_alike])
        near = [self.r.agency_names[i] for i in self.catalog.suggest(q.unknown_place, 3)]
        return Answer("not_found", title=f"库中没有名称带“{q.unknown_place}”的单位的年报", items=self._agency_list(),
                      notes=[f"名称相近的有：{'、'.join(near)}"] if near else [])

    def _look_alike_forms(self, q: Query) -> tuple[str, list[str]] | None:
        """A run of the question one character off name forms we hold: (what was written, the forms)."""
        return self.catalog.look_alike(q.leftover_words, q.sector or "")

    def _look_alike_place(self, place: str) -> list[str]:
        """Places we hold that differ from `place` in one character (洪择区 → 洪泽区, 准安市 → 淮安市)."""
        from rapidfuzz.distance import Levenshtein

        return sorted({r for r in self.catalog.regions() if len(r) == len(place) and Levenshtein.distance(r, place) == 1})[:5]

    def _place_not_sure(self, q: Query) -> Answer:
        """浙江的单位一共 / 排名 while some agencies held cannot be placed: a total or ranking that may leave
        one of them out is not given."""
        unplaced = self.catalog.unplaced()
        return Answer("not_found", title=f"库中有{len(unplaced)}个单位从名称看不出所在地，{q.place_said}的合计或排名可能不全，不给数字",
                      items=[f"按行政区划在{q.place_said}的：{'、'.join(self.r.agency_names[i] for i in q.place_ids[:10])}",
                             f"看不出所在地的：{'、'.join(self.r.agency_names[i] for i in unplaced[:5])}"
                             + ("等" if len(unplaced) > 5 else "")],
                      notes=[f"可以写出单位名称再问，例如“{'和'.join(self.r.agency_names[i] for i in q.place_ids[:2])}一共收到多少申请”"])

    def _no_province(self, q: Query) -> Answer:
        return Answer("not_found", title=f"单位名称里看不出哪些单位在{q.province}，无法按省份筛选", items=self._agency_list())


def _pieces_of(written: str, name: str) -> bool:
    """秀洲规划分局 for 嘉兴市自然资源和规划局秀洲分局: the name said in pieces of two or more of its characters,
    in another order (no character that is not the name's; 嘉兴秀洲的自然资源和规划分局: a 的 between pieces joins them)."""
    if "的" not in name:
        written = written.replace("的", "")
    ok = [True] + [False] * len(written)
    for end in range(2, len(written) + 1):
        ok[end] = any(ok[start] and written[start:end] in name for start in range(0, end - 1))
    return ok[-1]
