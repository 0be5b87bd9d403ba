"""Answers about one report: a figure, a sum of rows, a share (with its definition) or 办结率."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.answer import Answer, Option
from bot.gather import OUTCOME_GROUPS, AskColumn, Unavailable, Value, as_number, times, with_column
from bot.index_reader import ReportRow
from bot.rows import (
    APPLICANT_COLS,
    BY_KEY,
    LEGAL_PERSONS,
    METRICS,
    REVIEW_COLS,
    AmbiguousColumn,
    Metric,
    column_spans,
    find_column,
)
from bot.understand import Query
from index import templates as tpl
from index.model import ACTIVE, REQUESTS, REVIEW


class OneReportAnswers:
    """Intents answered from one report."""

    def _lookup(self, q: Query, aid: int | None = None) -> Answer:
        if aid is None:
            aid, other = self._agency_or_answer(q)
            if other:
                return other
        if q.stated_count and q.stated_count > 1:  # 三家…一共多少 with one agency recognised: which three is not known
            return Answer("not_found", title=f"问的是{q.stated_count}个，但只认出1个（{self.r.agency_names[aid]}），请写出每个单位的名称")
        rep, missing = self._report_for(aid, q)
        if missing:
            return missing
        denied = "、".join(f"{y}年" for y in q.years_denied)
        notes = [] if q.years else [f"不是{denied}的，按该单位其余年报中最新的一份（{rep.year}年）回答" if denied
                                    else f"未指明年份，按该单位最新的年报（{rep.year}年）回答"]
        keys = {m.key.split("/")[0] for m in q.metrics}
        if q.within and "上年结转" in keys and keys & {*OUTCOME_GROUPS, "总计"} and not q.mixed_sum and not q.balance:
            # 上年结转的34件里有多少予以公开: 表三 counts outcomes for new and carried-over applications together
            return Answer("not_found", title="表三的办理结果是本年新收和上年结转合在一起统计的，不单独列出上年结转申请的办理结果",
                          notes=notes)
        values, problems, read = [], [], []
        for metric in q.metrics:
            try:
                values.append(self._value(rep, metric, q))
                read.append(metric)
            except Unavailable as e:
                problems.append(str(e))
            except AskColumn as e:
                return e.answer
        if problems and all(m.weight == 1 or m.key.endswith("~") for m in read):
            # 复议里申请人是企业的有几件: the row asked has no such figure; 申请 alone is not what was asked
            values = []
        if not values:
            return Answer("not_found", title=problems[0] if problems else "没有找到这一项", notes=notes)
        notes += problems
        if len(values) == 1 and (q.which_column, q.metrics[0].table) in (("applicant", REQUESTS), ("result", REVIEW)) and not q.ratio:
            return self._columns_ranked(q, rep, q.metrics[0], notes)
        if q.exclude_column and len(values) == 1:
            return self._less_a_column(q, rep, notes)
        if q.exclude_row and len(values) == 1:
            return self._less_a_part(q, rep, values[0], notes)
        if q.mixed_sum and q.signs and len(values) == len(q.signs) == len(q.metrics) and not problems and all(
                v.total is not None for v in values):  # 新收加上年结转再减去结转下年: worked out, each term cited
            terms = [(v, sign) for v, sign in zip(values, q.signs, strict=True) if sign]
            total = sum((v.total * sign for v, sign in terms), Decimal(0))
            if q.difference:  # 直接起诉和复议后起诉加起来比复议少多少: one side's sum against the other's
                return self._gap_of_sides(rep, terms, total, values, notes)
            said = "".join(("" if i == 0 else (" + " if sign > 0 else " − ")) + f"{v.label}{as_number(v.total)}"
                           for i, (v, sign) in enumerate(terms))
            checked = []
            for side in (v for v, sign in zip(values, q.signs, strict=True) if not sign):  # …应该等于结转下年度吧
                gap = total - side.total
                checked.append(f"与{side.label}{as_number(side.total)}" + ("一致" if not gap else f"不一致，相差{as_number(abs(gap))}"))
            return Answer("total", value=as_number(total), figures=[self._one(v) for v in values], unit=values[0].unit,
                          notes=[*notes, f"{said} = {as_number(total)}", *checked],
                          title="、".join(v.label for v, _ in terms) + "（加减）", op="mixed")
        if q.mixed_sum and len(values) <= 2 and not any(sign < 0 for sign in q.signs):  # 再减掉当年办完的: what is taken away was not read
            return Answer("not_found", title="算式里要减去的那一项没能认出来，不能确定结果；请写出要减去的项目",
                          notes=[*notes, "例如：新收加上年结转再减去办结总计"])
        if q.mixed_sum and len(values) > 2:  # plus and minus at once: each term cited, the arithmetic not guessed
            return Answer("table", figures=[self._one(v) for v in values], notes=notes,
                          title="、".join(v.label for v in values) + "（加减混合的算式没有代为计算，各项如下）")
        if q.balance and len(values) == 4:  # 新收加上年结转，和办结加结转下年，两头相等吗: 一+二 against （七）+四
            return self._balance(q, values, notes)
        if (q.difference and q.add_up and len(values) == 2 and not q.ratio and len(q.mentions) == 1
                and q.mentions[0].word_before.endswith("比")):
            # 复议加诉讼的总数，比洪泽区多出多少 (no one else named): the two rows are one side; the other is not known
            return Answer("not_found", title="两项加起来以后要和谁比没能确定；请写出比的双方（例如：淮安市政府2024年复议加诉讼比洪泽区多多少）",
                          notes=notes)
        if q.difference and len(values) == 2 and not q.ratio:  # 结转下年度比上年结转多多少: two figures of one report
            return self._difference_of(values, notes)
        apart = self._two_columns(q, rep, r"(?:的|数|件数|数量|金额|申请)*(?:比|较)") if (
            q.difference and len(q.metrics) == 1 and not q.ratio) else None
        if apart is not None:  # 自然人比企业多提了多少件: one column of the row against another
            try:
                pair = [self._value(rep, q.metrics[0], with_column(q, c), cols=(c,)) for c in apart]
            except (Unavailable, AskColumn):
                return Answer("not_found", title=f"“{apart[0]}”或“{apart[1]}”一栏没能读出，算不出差多少", notes=notes)
            return self._difference_of(pair, notes)
        if q.difference and q.parts_sum and len(values) == 1 and not q.ratio:
            # 各项之和与印的总计差几件: the gap between what the parts add up to and the total as printed
            whole = self._whole_value(rep, q.metrics[0], q, values[0]) or values[0]
            summed = self._parts_sum(rep, whole, notes)
            if summed.kind != "total" or whole.total is None:
                return summed if summed.kind != "total" else Answer(
                    "not_found", title=f"表中{whole.label}是空白（未填），算不出差多少", figures=summed.figures, notes=notes)
            gap = Decimal(str(summed.value)) - whole.total
            summed.notes.append(f"各项之和{summed.value} − 表中印的{as_number(whole.total)} = {as_number(gap)}")
            return Answer("total", value=as_number(gap), figures=[self._one(whole), *summed.figures],
                          notes=summed.notes, op="difference",
                          title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年 {whole.label}：各项之和比表中印的"
                                f"{'多' if gap >= 0 else '少'}{as_number(abs(gap))}{whole.unit or '件'}")
        if q.against_number is not None and len(values) == 1 and not q.ratio and values[0].total is not None:
            # 实际比3500少多少: the figure against the number said
            v, n = values[0], Decimal(str(q.against_number))
            gap = v.total - n
            return Answer("total", value=as_number(gap), figures=[self._one(v)], op="difference",
                          notes=[*notes, f"{as_number(v.total)} − {as_number(n)} = {as_number(gap)}"],
                          title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年 {v.label}：{as_number(v.total)}{v.unit or '件'}，"
                                f"比{as_number(n)}{'多' if gap >= 0 else '少'}{as_number(abs(gap))}{v.unit or '件'}")
        if q.difference and len(values) == 1 and values[0].parts == 1 and not q.ratio and not q.claimed:
            # 多多少 with only one figure found: what it is compared with was not understood; one figure is no answer
            return Answer("not_found", title=f"“比…多多少”只找到一个数（{values[0].label}），另一方没能确定，请写明和谁比",
                          figures=values[0].figures, notes=notes)
        if q.parts_sum and len(values) == 1:  # 把维持、纠正等分项加起来: the parts of the row's own total
            summed = self._parts_sum(rep, self._whole_value(rep, q.metrics[0], q, values[0]) or values[0], notes)
            whole = self._whole_value(rep, q.metrics[0], q, values[0])
            if q.printed_then_parts and whole is not None and whole.total is not None and summed.kind == "total":
                return self._total_checked(rep, whole, summed)  # 总数印的是多少？跟分项加起来对得上吗: the printed one first
            return summed
        if (q.asks_check or q.claimed is not None) and len(values) == 1 and not q.ratio and not q.printed_asked:
            # 复议总计印的是0？这表是不是错了: a total its own parts contradict is answered with both
            whole = self._whole_value(rep, q.metrics[0], q, values[0])
            asked_whole = all(f.column == "总计" for f in values[0].figures)  # (维持和纠正合起来: those columns only)
            # (复议总计对得上吗 where they agree: the parts added, said to agree, never the total alone)
            if whole is not None and asked_whole and (q.asks_check and q.claimed is None and whole.total is not None
                                                  or any(w for f in whole.figures for w in f.warnings if "各项之和" in w)):
                summed = self._parts_sum(rep, whole, notes)
                if summed.kind == "total":
                    return summed
        if q.dispute_rate:
            return self._dispute_rate(q, rep, notes)
        if q.per_item and len(q.metrics) == 1:
            return self._per_item(q, rep, notes)
        if q.done_rate and all(
            m.key in ("总计", "总计~", "本年新收", "本年新收~", "上年结转", "申请") for m in q.metrics
        ):
            return self._done_rate(q, rep, notes)
        if q.ratio and q.which_part and q.top_n and q.add_up:
            if q.whole_rows <= {q.metrics[0].key} and len(values) == 1 and values[0].parts > 1:
                # 前三类合起来占不予公开总数的比例 / 占多少: the first N parts added, over all its parts added
                return self._parts_ranked(q, values[0].figures, values[0].label, notes)
            return Answer("not_found", notes=notes, title=f"最多的{q.top_n}项之和占别的数的比例还不会算；"
                                                          f"可以问它占{values[0].label}各项之和的比例")
        if q.ratio:
            return self._ratio(q, rep, values, notes)
        same_kind = len({(v.unit, q.metrics[0].table) for v in values}) == 1 and len({m.table for m in q.metrics}) == 1
        # a row and a total that already holds it (不予公开 + 办结总计) are never added up
        kinds = {"total" if m.key.rstrip("~") == "总计" else "intake" if m.key.rstrip("~") in ("本年新收", "上年结转", "申请")
                 else "other" for m in q.metrics}
        balance_side = {m.key.rstrip("~") for m in q.metrics} == {"总计", "结转下年度"}  # 办结 + 结转下年 (一+二 = 七+四)
        same_kind = same_kind and (len(kinds) == 1 and kinds != {"total"} or balance_side)
        if len(values) > 1 and q.add_up and same_kind and not q.separately:
            return self._sum_of(values, notes, "、".join(v.label for v in values) + "合计")
        if len(values) > 1 and q.add_up and not q.separately:  # 上年结转和结转下年度加起来: said, not silently listed
            notes.insert(0, "这几项不是同一类数字（收到的申请、办理结果、结转各自成项，或一项已含在另一项里），"
                            "相加没有意义，没有代为相加；各项如下")
        intake = q.metrics[0].key.rstrip("~") in ("本年新收", "申请") and q.outcomes_asked  # 申请最常见的处理结果
        if len(values) == 1 and values[0].parts == 1 and q.which_part and (q.metrics[0].key.rstrip("~") == "总计" or intake):
            whole = values[0] if not intake else self._value(rep, BY_KEY["总计"], q)
            if q.outcome_groups:  # 按（一）到（六）这几个大类，哪几类最多: each group as one figure (its rows added)
                try:
                    groups = [self._value(rep, BY_KEY[k], q) for k in OUTCOME_GROUPS if k != "实质公开" and rep.template in BY_KEY[k].rows]
                except Unavailable as e:
                    return Answer("not_found", title=str(e), notes=notes)
                return self._parts_ranked(q, [self._one(v) for v in groups], f"{whole.label}（按六大类）", notes)
            values = [self._outcomes_in_one(rep, q, whole)]  # 哪种处理结果最多: the outcome rows, ranked
        if len(values) == 1 and values[0].parts > 1 and q.which_part:
            return self._parts_ranked(q, values[0].figures, values[0].label, notes)
        if q.which_part and len(values) == 1 and values[0].parts == 1:
            # 哪一类最多 of a row with no parts: answering its one figure would drop the question's ranking
            return Answer("not_found", title=f"“{values[0].label}”在表中没有再分项，“哪一类”没能确定是按什么分的，"
                                             "请说明（例如：各类申请人、各种办理结果）", notes=notes)
        if len(values) == 1 and values[0].parts == 1:
            if values[0].total is None:  # a blank total: what its parts add up to is said, not given as the figure
                summed = self._parts_sum(rep, values[0], [])
                if summed.kind == "total":
                    notes.append(f"表中此格空白；{summed.title.split(' ', 2)[-1]}为{summed.value}{values[0].unit or '件'}")
            return Answer("figure", figures=values[0].figures, notes=notes, title=values[0].label)
        if len(values) == 1:
            v = values[0]
            return Answer("total", value=as_number(v.total), figures=v.figures, notes=notes, title=v.label, op="sum")
        figs = [self._one(v) for v in values]
        if q.which_part and len({v.unit for v in values}) == 1 and len({m.table for m in q.metrics}) == 1:
            # （部分公开、不予公开、无法提供…），件数前三是哪几类: the rows listed, ranked (never listed in the order said)
            return self._parts_ranked(q, figs, "、".join(v.label for v in values), notes)
        return Answer("table", figures=figs, notes=notes, title="、".join(v.label for v in values))

    def _parts_ranked(self, q: Query, figures: list, label: str, notes: list[str]) -> Answer:
        """The parts of one figure ranked: all of them, the first (N), or the Nth, as asked."""
        parts = sorted(figures, key=lambda f: (f.value is None, -(f.value or 0) if not q.ascending else (f.value or 0)))
        if all(f.value is None for f in parts):
            return Answer("not_found", title=f"{label}的各项在表中都是空白（未填），无法比较", notes=notes)
        if q.nth:  # 第二多的是哪一类: that part only (with any part tied with it)
            if q.nth > len(parts) or parts[q.nth - 1].value is None:
                return Answer("not_found", title=f"{label}没有第{q.nth}项", notes=notes)
            nth = [f for f in parts if f.value == parts[q.nth - 1].value]
            return Answer("table" if len(nth) > 1 else "figure", figures=nth, notes=notes,
                          title=f"{label}：第{q.nth}{'少' if q.ascending else '多'}的一项")
        if q.wants_top or q.top_n:  # 最多的是哪一类: the first (with any tied with it), or the first N
            last = parts[min(q.top_n or 1, len(parts)) - 1].value
            top = [f for f in parts if f.value is not None and (f.value <= last if q.ascending else f.value >= last)]
            if q.add_up and q.top_n and len(top) == q.top_n:  # 前三项加起来: those parts, summed (a tie past N is not guessed)
                total = sum((Decimal(str(f.value)) for f in top), Decimal(0))
                if q.ratio:  # …占不予公开总数的比例: over every part added (blank parts make it unknown)
                    if any(f.value is None for f in parts):
                        return Answer("not_found", title=f"{label}有的分项是空白，各项之和算不出，无法算这个比例", notes=notes)
                    whole = sum((Decimal(str(f.value)) for f in parts), Decimal(0))
                    if not whole:
                        return Answer("not_found", title=f"{label}各项都是0，无法算比例", notes=notes)
                    share = (total / whole * 100).quantize(Decimal("0.1"))
                    return Answer("total", value=as_number(share), unit="%", figures=parts, op="ratio", notes=[
                        *notes, f"比例 = 最多的{len(top)}项之和 {as_number(total)} ÷ 各项之和 {as_number(whole)}"],
                        title=f"{label}：{'最少' if q.ascending else '最多'}的{len(top)}项合计占各项之和的比例")
                return Answer("total", value=as_number(total), figures=top, notes=notes, op="sum", count=len(top),
                              title=f"{label}：{'最少' if q.ascending else '最多'}的{len(top)}项合计")
            return Answer("table" if len(top) > 1 else "figure", figures=top, notes=notes,
                          title=f"{label}：{'最少' if q.ascending else '最多'}的{'几' if len(top) > 1 else '一'}项")
        shown = [f for f in parts if f.value] if not q.ascending else parts
        if shown and len(shown) < len(parts):  # 分别是什么理由: the parts that count, the rest said in one line
            zero = [f for f in parts if f.value is not None and not f.value]
            blank = [f for f in parts if f.value is None]
            notes.append("其余" + "，".join(filter(None, [f"{len(zero)}项为0" if zero else "", f"{len(blank)}项空白（未填）" if blank else ""])))
            parts = shown
        return Answer("table", figures=parts, notes=notes, title=f"{label}：各项{'从少到多' if q.ascending else '从多到少'}")

    def _columns_ranked(self, q: Query, rep: ReportRow, metric: Metric, notes: list[str]) -> Answer:
        """哪类申请人最多 / 除了个人以外，各类申请人排一下: the row's columns in one report, ranked (the
        column left out, if any, said)."""
        names = APPLICANT_COLS if metric.table == REQUESTS else REVIEW_COLS
        cols = [c for c in (tpl.REQUEST_COLS if metric.table == REQUESTS else tpl.REVIEW_COLS) if c != "总计"]
        if q.exclude_column:
            word = q.exclude_column
            left = [c for c in cols if word in names.get(c, ()) or word == c] or (
                [c for c in cols if c != "自然人"] if word in LEGAL_PERSONS else [])
            if not left:
                return Answer("not_found", title=f"“{metric.label}”没有“{word}”这一栏", notes=notes)
            cols = [c for c in cols if c not in left]
            notes.append(f"不含“{word}”（{'、'.join(left)}）")
        figures = []
        for col in cols:
            try:
                figures += self._value(rep, metric, with_column(q, col), cols=(col,)).figures
            except (Unavailable, AskColumn):
                return Answer("not_found", title=f"{metric.label}的“{col}”一栏没能读出，无法排序", notes=notes)
        return self._parts_ranked(q, figures, f"{self.r.agency_names[rep.agency_id]} {rep.year}年 {metric.label}", notes)

    def _outcomes_in_one(self, rep: ReportRow, q: Query, total: Value) -> Value:
        """Every outcome row of 表三 (the finest the template has) as the parts of one value."""
        grounds = ("不予公开", "无法提供", "不予处理", "其他处理")  # the groups whose rows are split by reason
        split = {m.parent for m in METRICS if m.parent in grounds and rep.template in m.rows}
        leaves = [m for m in METRICS if m.table == REQUESTS and rep.template in m.rows and (
            m.parent in split or m.key in ("予以公开", "部分公开") or (m.key in grounds and m.key not in split))]
        parts, unreadable = [], []
        for m in leaves:
            try:
                parts.append(self._value(rep, m, q))
            except Unavailable:
                unreadable.append(m.label)
        if unreadable:  # ranked without them only when the total bounds them below the largest row read
            read = [v.total for v in parts if v.total is not None]
            room = None if total.total is None else total.total - sum(read, Decimal(0))
            if room is None or not read or room > max(read):
                raise Unavailable(f"{'、'.join(unreadable)}未能从原文可靠读出，哪一项最多无法确定")
        return Value(rep, total.total, total.label, total.unit, len(parts), lambda: [f for v in parts for f in v.figures])

    def _whole_value(self, rep: ReportRow, metric: Metric, q: Query, value: Value) -> Value | None:
        """The total cell of the metric's row (the 总计 column), which its parts should add up to."""
        if value.figures and all(f.column == "总计" for f in value.figures):
            return value
        if value.figures and all(f.table.startswith("表三") and f.row == "总计" for f in value.figures):
            return value  # 商业企业那一列的办理结果逐项加起来: that column's (七)总计, over the outcome rows of that column
        if len(value.figures) > 1 and all(f.table.startswith("表三") for f in value.figures) and len({f.column for f in value.figures}) == 1:
            return value  # 商业企业那一列，“其他处理”各项加起来: a group printed with no total, its rows in that column
        try:
            return self._value(rep, metric, q, cols=("总计",))
        except (Unavailable, AskColumn):
            return None

    def _total_checked(self, rep: ReportRow, whole: Value, summed: Answer) -> Answer:
        """复议总数是多少，表里对得上吗: the total as printed is the figure asked; its parts added stand beside it, and
        whether the two agree is said in the title."""
        agree = Decimal(str(summed.value)) == whole.total
        unit = whole.unit or "件"
        said = f"各项之和{as_number(Decimal(str(summed.value)))}{unit}，与表中印的{as_number(whole.total)}{unit}{'一致' if agree else '不一致'}"
        return Answer("total", value=as_number(whole.total), figures=[*whole.figures, *summed.figures], op="check",
                      notes=[said, *summed.notes[:-1]],
                      title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年 {whole.label}（表中印的总计）")

    def _parts_sum(self, rep: ReportRow, whole: Value, notes: list[str]) -> Answer:
        """各项加起来: the parts a printed total stands for, added up, beside the total as printed.
        The parts are the template's: a 表四 group's four results, the outcome rows (一)…(六) of
        表三's (七)总计, or the applicant columns of a 表三 row."""
        printed = whole.figures
        if len(printed) > 1 and all(f.table.startswith("表三") for f in printed) and len({f.column for f in printed}) == 1:
            # 不予公开各项一共: a group of rows the table prints no total of; its parts are those rows, not their cells
            nums = [f.value for f in printed if isinstance(f.value, int | float)]
            if len(nums) != len(printed):
                return Answer("not_found", title=f"“{whole.label}”有分项空白或不是数字，无法相加", figures=printed, notes=notes)
            total = sum((Decimal(str(v)) for v in nums), Decimal(0))
            return Answer("total", value=as_number(total), figures=printed, op="sum",
                          notes=[*notes, f"表中没有印“{whole.label}”这一类的合计，这里是{len(printed)}项相加"],
                          title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年 {whole.label}的各项之和")
        cells = self.r.all_cells(rep.id)
        parts = []
        for f in printed:
            if f.table.startswith("表四") and f.column == "总计":
                parts += [c for c in cells if c.tbl == REVIEW and c.row == f.row and c.col in tpl.REVIEW_COLS[:-1]]
            elif f.table.startswith("表三") and f.row == "总计":
                parts += [c for c in cells if c.tbl == REQUESTS and c.col == f.column and c.row.startswith(tpl.OUTCOME_PREFIXES)]
            elif f.table.startswith("表三") and f.column == "总计":
                parts += [c for c in cells if c.tbl == REQUESTS and c.row == f.row and c.col in tpl.REQUEST_COLS[:-1]]
        if not parts or len(printed) != len({(f.row, f.column) for f in printed}):
            return Answer("not_found", title=f"“{whole.label}”没有分项可加", figures=printed, notes=notes)
        checks = self.r.failed_checks(rep.id)
        figs = [self._figure(rep, c, checks) for c in parts]
        nums = [f.value for f in figs if f.value is not None]
        if not nums:
            return Answer("not_found", title=f"“{whole.label}”的各项在表中都是空白（未填），没有数可加", notes=notes)
        if any(not isinstance(v, int | float) for v in nums):
            return Answer("not_found", title="有分项不是数字，无法相加", figures=figs, notes=notes)
        total = sum((Decimal(str(v)) for v in nums), Decimal(0))
        if whole.total is None:
            said = f"表中{whole.label}是空白（未填）"
        else:
            same = "与各项之和一致" if total == whole.total else "与各项之和不一致"
            said = f"表中印的{whole.label}是{as_number(whole.total)}{whole.unit or '件'}，{same}"
        for f in figs[1:]:  # the check that names every part is said once, beside the first
            f.warnings = [w for w in f.warnings if w not in figs[0].warnings]
        notes = [*notes, said]
        return Answer("total", value=as_number(total), figures=figs, notes=notes, op="sum",
                      title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年 {whole.label}的各项之和")


    def _gap_of_sides(self, rep, terms, gap, values, notes) -> Answer:
        """The rows added on each side of 比, and how far apart the two sums are."""
        sides = [[v for v, sign in terms if sign == side] for side in (1, -1)]
        said = ["、".join(v.label for v in side) + (f"合计{as_number(sum((v.total for v in side), Decimal(0)))}" if len(side) > 1
                                                    else f"{as_number(side[0].total)}") for side in sides]
        unit = values[0].unit or "件"
        return Answer("total", value=as_number(gap), figures=[self._one(v) for v in values], unit=values[0].unit,
                      notes=[*notes, " − ".join(f"（{' + '.join(str(as_number(v.total)) for v in side)}）" for side in sides)
                             + f" = {as_number(gap)}"], op="difference",
                      title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年：{said[0]}，比{said[1]}"
                            f"{'多' if gap >= 0 else '少'}{as_number(abs(gap))}{unit}")

    def _balance(self, q: Query, values: list[Value], notes: list[str]) -> Answer:
        """The template's own equation of 表三: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理."""
        by_key = {m.key.rstrip("~"): v for m, v in zip(q.metrics, values, strict=True)}
        left, right = [by_key["本年新收"], by_key["上年结转"]], [by_key["总计"], by_key["结转下年度"]]
        figures = [self._one(v) for v in left + right]
        if any(v.total is None for v in left + right):
            return Answer("not_found", title="其中有空白的格，两边无法核对", figures=figures, notes=notes)
        a, b = (sum((v.total for v in side), Decimal(0)) for side in (left, right))
        said = "两边相等" if a == b else f"两边不等，相差{as_number(abs(a - b))}件，报告自己的数字对不上"
        title = (("" if not q.column_said else f"{q.column_said}一列：")
                 + f"本年新收 + 上年结转 = {as_number(left[0].total)} + {as_number(left[1].total)} = {as_number(a)}；"
                 f"办理结果总计 + 结转下年度 = {as_number(right[0].total)} + {as_number(right[1].total)} = {as_number(b)}：{said}")
        if q.difference:  # …对得上吗？差几件: the gap is the figure asked for
            return Answer("total", value=as_number(abs(a - b)), figures=figures, notes=notes, title=title, op="balance")
        return Answer("total", value=as_number(a), figures=figures, notes=notes, title=title, op="balance")

    def _sum_of(self, values: list[Value], notes: list[str], title: str) -> Answer:
        if any(v.total is None for v in values):
            return Answer("not_found", title="其中有空白的格，无法相加", figures=[self._one(v) for v in values], notes=notes)
        total = sum((v.total for v in values), Decimal(0))
        return Answer("total", value=as_number(total), figures=[self._one(v) for v in values], notes=notes, title=title, op="sum",
                      count=len(values))

    def _ratio(self, q: Query, rep: ReportRow, values: list[Value], notes: list[str]) -> Answer:
        """A share of two cited figures (予以公开占办结的比例, 复议纠正率), or why it cannot be given."""
        known = False  # the part and the whole are known from the metric: no reading of 占/中 needed
        subs = [m for m in q.metrics if m.parent and m.parent in q.whole_rows and m.table == REQUESTS]
        sub = subs[0] if len(subs) == 1 else None
        if sub is not None and len(values) > 1:  # 不掌握…在无法提供类答复里占多大比重: its own group is the whole
            values = [next(v for v in values if v.label.startswith(sub.label))]
        parents = {m.parent for m in q.metrics}
        pair = self._two_columns(q, rep) if len(q.metrics) == 1 else None
        if pair is not None:  # 纠正的是维持的百分之几 / 废止数是制发数的百分之几: one column of the row over another
            metric = q.metrics[0]
            try:
                part, whole = (self._value(rep, metric, with_column(q, c), cols=(c,)) for c in pair)
            except (Unavailable, AskColumn):
                return Answer("not_found", title=f"“{metric.label}”的“{pair[0]}”或“{pair[1]}”一栏没能读出，算不出比例", notes=notes)
            values, known = [part, whole], True
            notes.append(f"按“{part.label} ÷ {whole.label}”计算")
        elif len(values) >= 2 and len(parents) == 1 and None not in parents and next(iter(parents)) in q.whole_rows:
            # 信访举报投诉加重复申请占不予处理的比例: the parts named, summed, over their own group
            whole = self._value(rep, BY_KEY[next(iter(parents))], q)
            values, known = [_combined(values), whole], True
            notes.append(f"按“{values[0].label} ÷ {whole.label}”计算")
        elif len(values) == 1:
            v = values[0]
            metric = next(m for m in q.metrics if m.label in v.label or v.label.startswith(m.label))
            cols = self._columns(metric, q, rep.template, rep)
            if metric.key.rstrip("~") in q.whole_rows and cols == ("总计",) and not q.outcome_rate and not q.part_rows:
                # 占全部不予公开的比例 with nothing said before 占: which part is asked is not known
                return Answer("not_found", title=f"问的是占“{metric.label}”的比例，但没说是哪一项占，请写明"
                                                 f"（例如：行政查询事项占不予公开的比例）", figures=v.figures, notes=notes)
            # 予以公开率 / 商业企业提出的申请，予以公开的比例: over the outcomes in that column (the applicants first);
            # 予以公开的申请里商业企业占多少: the column over the row (see below)
            whole_metric = self._whole_of(q, metric) if cols == ("总计",) or q.outcome_rate or q.column_first else None
            if whole_metric is not None:  # 不予公开率: over the outcomes in all (or 占无法提供: over its group)
                whole = self._value(rep, whole_metric, q, cols=cols)  # 企业申请的予以公开率: in the 商业企业 column
                notes.append(f"按“{v.label} ÷ {whole.label}”计算")
            elif metric.table == ACTIVE or cols == ("总计",):
                return Answer("not_found", title="算比例需要两个数字（谁占谁的比例），请说得具体些", figures=v.figures, notes=notes)
            elif self._whole_of(q, metric) is not None and metric.key not in q.whole_rows:
                # 予以公开（法律服务机构）占比: over that row's 总计 (the applicants' share), or over that
                # column's outcomes (the outcome's rate among those applicants): both are said this way
                who = f"{self.r.agency_names[rep.agency_id]}{rep.year}年"
                col = "、".join(cols)
                return Answer("clarify", title=f"“{metric.label}（{col}）”占哪个数的比例？", figures=v.figures, notes=notes, options=[
                    Option(f"占{metric.label}总数（各类申请人合计）", f"{who}{metric.label}的申请里{col}占多少"),
                    Option(f"占{col}申请的办理结果总计（{col}的{metric.label}率）", f"{who}{col}的申请{metric.label}率")])
            else:  # 自然人申请占比: the column over the row's 总计
                whole = self._value(rep, metric, with_column(q, "总计"))
            values, known = [v, whole], True
        elif (len(values) >= 2 and len({m.table for m in q.metrics}) == 1 and not (q.whole_rows & {m.key for m in q.metrics})
              and (q.add_up and not q.whole_rows or q.part_rows >= {m.key for m in q.metrics})):
            # (予以公开和部分公开的占多大比例: every row named before 占, so all of them are the part)
            # 予以公开和部分公开加起来占比多少: the rows named, summed, over the whole each of them is part of
            whole_keys = {getattr(self._whole_of(q, m), "key", None) for m in q.metrics}
            if len(whole_keys) != 1 or None in whole_keys:
                return Answer("not_found", title="加起来之后占哪个数的比例没能确定，请写明（例如：占办结总数的比例）",
                              figures=[self._one(v) for v in values], notes=notes)
            whole = self._value(rep, BY_KEY[whole_keys.pop()], q)
            values, known = [_combined(values), whole], True
            notes.append(f"按“{values[0].label} ÷ {whole.label}”计算")

        def key(v: Value) -> str | None:
            return key_of(v, q.metrics)
        wholes = [v for v in values if key(v) in q.whole_rows]
        parts = [v for v in values if key(v) in q.part_rows]
        if len(values) >= 2 and len(wholes) == len(values) and 1 <= len(parts) < len(values) and len({m.table for m in q.metrics}) == 1:
            # 强制占许可、处罚、强制三项合计: the row before 占 over all the rows after it, itself among them
            # (予以公开和部分公开里，部分公开占多少: one of the two rows over both)
            values, known = [_combined(parts), _combined(values)], True
        elif len(values) > 2 and len(wholes) == len(values) and q.share_order == "占":
            return Answer("not_found", title="占哪几项之和没能确定，请写明（例如：强制占许可、处罚、强制三项合计的比例）",
                          figures=[self._one(v) for v in values], notes=notes)
        elif len(wholes) == 1 and (len(values) > 2 or len(values) == 2 and parts and parts[0] is not wholes[0]) and len({m.table for m in q.metrics}) == 1:
            # 办结的申请里，予以公开加部分公开的占多大比例: the row named as the whole, over the others summed
            values, known = [_combined([v for v in values if v is not wholes[0]]), wholes[0]], True
        elif len(values) > 2 and len(wholes) >= 2 and len(wholes) < len(values) and len({m.table for m in q.metrics}) == 1:
            # 办结的占新收加上年结转的几成: the rows after 占 summed are the whole, those before it the part
            values, known = [_combined([v for v in values if v not in wholes]), _combined(wholes)], True
        elif len(values) > 2 and q.share_order == "占" and len({m.table for m in q.metrics}) == 1:
            values = [_combined(values[:-1]), values[-1]]  # 予以公开加部分公开占办结: the rows before 占, summed
        if len(values) != 2 or len({m.table for m in q.metrics}) > 1:
            return Answer("not_found", title="算比例需要同一张表里的两个数字（谁占谁的比例），请说得具体些",
                          figures=[self._one(v) for v in values], notes=notes)
        part, whole = values if known else self._part_and_whole(q, values)
        if not known and q.metrics[0].table == REVIEW and not self._inside(part, whole) and not q.ratio_of:
            # 直接起诉 and 复议后起诉 are two kinds of case: neither is a share of the other
            return Answer("not_found", title=f"{part.label}不是{whole.label}的一部分，算不出比例；两类的比例请分别问",
                          figures=[self._one(part), self._one(whole)], notes=notes)
        figures = [self._one(part), self._one(whole)]
        whole_summed = False
        if part.total is not None and q.by_parts:
            # 按分项算: the whole is what its own parts add up to, said so (a whole left blank or printed 0 is
            # declined unless 按分项 is asked: readers take a blank total as no rate)
            summed = self._parts_sum(rep, whole, [])
            if summed.kind == "total" and summed.value:
                printed = "表中为空白（未填）" if whole.total is None else f"表中印的是{as_number(whole.total)}"
                notes.append(f"{whole.label}{printed}，按其各项之和{as_number(summed.value)}计算")
                figures = [figures[0], *summed.figures]
                whole = Value(whole.report, Decimal(str(summed.value)), whole.label, whole.unit, whole.parts)
                whole_summed = True
        if part.total is None or whole.total is None or whole.total == 0:
            blank = whole if whole.total == 0 else part if part.total is None else whole  # (a printed 0 whole: no rate, whatever the part)
            said = "表中为空白（未填）" if blank.total is None else "为0"
            if (whole.total == 0 or whole.total is None) and part.total is not None and not q.by_parts:
                summed = self._parts_sum(rep, whole, [])
                if summed.kind == "total" and summed.value:  # a blank or printed 0 its own parts contradict: said, with the way on
                    printed = "为空白（未填）" if whole.total is None else "印为0"
                    notes.append(f"表中{whole.label}{printed}，但其各项之和是{as_number(summed.value)}；要按各项之和算，可以再问“按分项算”")
            return Answer("not_found", title=f"{blank.label}{said}，无法计算比例", figures=figures, notes=notes)
        if part.total > whole.total and not q.ratio_of:  # not a part of that whole: a share would be a wrong number
            return Answer("not_found", title=f"{part.label}（{as_number(part.total)}）比{whole.label}（{as_number(whole.total)}）还大，"
                          "两者不是部分与整体的关系，算不出有意义的比例；请说明谁占谁", figures=figures, notes=notes)
        cells = [(f.row, f.column) for f in part.figures]
        if cells and cells == [(f.row, f.column) for f in whole.figures] and not whole_summed:
            # the same cells on both sides (…纠正占…纠正): a share of a figure over itself was never asked
            return Answer("not_found", title=f"“{part.label}”占它自己算不出有意义的比例，没能确定要拿哪个数作分母，请说明", figures=figures, notes=notes)
        pct = (part.total / whole.total * 100).quantize(Decimal("0.1"))
        how = "分母按各项之和" if whole_summed else "按表中印出的数字计算"
        if q.times:  # 诉讼是复议的几倍: the same division, said as a multiple
            notes.append(f"倍数 = {as_number(part.total)} ÷ {as_number(whole.total)}，{how}")
            return Answer("total", value=as_number(times(part.total, whole.total)), figures=figures, notes=notes,
                          title=f"{part.label}是{whole.label}的倍数", unit="倍", op="ratio")
        notes.append(f"比例 = {as_number(part.total)} ÷ {as_number(whole.total)}，{how}")
        title = f"{part.label}相当于{whole.label}的比例" if q.ratio_of else f"{part.label}占{whole.label}的比例"
        # (纠正的是维持的百分之几: over another column, no 纠错率 — a rate of cases is over the row's total)
        over_total = whole.label.startswith(("行政复议", "行政诉讼")) and not re.search(r"（(?!总计|两类合计)[^）]*）$", whole.label)
        if "结果纠正" in part.label and "+" not in part.label and over_total:  # (维持+纠正 over the total is no 纠错率)
            title = f"{whole.label}纠错率（纠正 ÷ 总计）"
            other = self._decided_variant(q, rep, part, whole)
            if q.over_decided and isinstance(other, tuple):  # 按纠正 ÷ 已审结算: the definition the question names
                alt, said = other
                notes[-1:] = [said.replace("另一种算法：", "纠错率按"), f"按纠正 ÷ 总计算是{as_number(pct)}%"]
                return Answer("total", value=as_number(alt), figures=figures, notes=notes, unit="%", op="ratio",
                              title=f"{whole.label}纠错率（纠正 ÷ 已审结）")
            notes.append(other[1] if isinstance(other, tuple) else other)
        elif q.over_decided and over_total:
            # 结果维持占已审结案件的比例: over the cases decided (总计 − 尚未审结), never the printed 总计 in its place
            other = self._decided_variant(q, rep, part, whole)
            if not isinstance(other, tuple):
                return Answer("not_found", title=f"{part.label}占已审结的比例算不出：{other}", figures=figures, notes=notes)
            alt, said = other
            notes[-1:] = [f"{part.label}占已审结的比例 = " + said.split("已审结 = ", 1)[1], f"按 ÷ 总计算是{as_number(pct)}%"]
            return Answer("total", value=as_number(alt), figures=figures, notes=notes, unit="%", op="ratio",
                          title=f"{part.label}占已审结案件的比例")
        return Answer("total", value=as_number(pct), figures=figures, notes=notes, title=title, unit="%", op="ratio",
                      exact=float(part.total / whole.total * 100))

    @staticmethod
    def _two_columns(q: Query, rep: ReportRow, joined: str = r"(?:的|数|件数|数量|金额)*[，,]?(?:占|是|相当于|为)(?:了)?(?:它|其|自己|自身|本身)?(?:的)?(?:当年|本年|同年|同期)?(?:的)?") -> tuple[str, str] | None:
        """(part, whole): two columns of the one row asked, the first said before 占/是/相当于 and the other after it
        (结果纠正占结果维持的比例); None when the question names fewer or more, or not as a share of one by the other."""
        text = q.column_said or q.column_text
        named: list[tuple[str, int, int]] = []
        for a, b in column_spans(text):
            try:
                cols = find_column(text[a:b], q.metrics[0], rep.template)
            except AmbiguousColumn:
                return None
            # (纠正的占复议总计的比例: a column over the row's own total, 总计 said second)
            if named and named[-1][2] == a and re.fullmatch(r"总数量?|总量|总额", text[a:b]):
                continue  # (现行有效总数: one column said with a word for all of it)
            if cols and len(cols) == 1 and (cols[0] != "总计" or len(named) == 1) and cols[0] not in [c for c, _, _ in named]:
                named.append((cols[0], a, b))
        other_wholes = {w.rstrip("~") for w in q.whole_rows} - {q.metrics[0].key.rstrip("~"), "申请"}  # (新收申请里…: the row itself)
        words = sorted((q.metrics[0].label, *q.metrics[0].synonyms), key=len, reverse=True)
        own = [(m.start(), m.end()) for w in words for m in re.finditer(re.escape(w), text)]

        def inside_own(key: str) -> bool:  # (复议后起诉: 复议 and 起诉 said only inside the row's own name)
            said = [(m.start(), m.end()) for w in (BY_KEY[key].label, *BY_KEY[key].synonyms) for m in re.finditer(re.escape(w), text)]
            return bool(said) and all(any(a <= s and e <= b for a, b in own) for s, e in said)
        other_wholes = {k for k in other_wholes if not (k in BY_KEY and inside_own(k))}
        between = text[named[0][2] : named[1][1]] if len(named) == 2 else ""
        between = re.sub("|".join(map(re.escape, words)), "", between)  # (纠正的占复议总计: the row said again)
        if len(named) != 2 or other_wholes or q.over_decided or not re.fullmatch(joined, between):
            return None  # (纠错率，扣掉尚未审结 / 纠正÷(总计−尚未审结): a rate of its own, read elsewhere)
        return named[0][0], named[1][0]

    @staticmethod
    def _inside(part: Value, whole: Value) -> bool:
        """Whether every cell of `part` lies in the rows of `whole` (表四: the same kind of case)."""
        rows = {f.row for f in whole.figures}
        return all(f.row in rows for f in part.figures)

    def _whole_of(self, q: Query, metric: Metric) -> Metric | None:
        """What a share of one outcome row of 表三 is taken over: its own group when the question names
        it (不掌握占无法提供), otherwise all outcomes, （七）总计 (不予公开率, 实质公开率)."""
        group = metric.key.split("/")[0]
        parent = BY_KEY.get(metric.parent or "")
        if metric.table == REVIEW and parent is not None and parent.key in q.whole_rows:
            return parent  # 未经复议直接起诉占行政诉讼的比例: over both kinds of suit
        if metric.table != REQUESTS or group not in OUTCOME_GROUPS:
            return None
        if parent is not None and parent.key in q.whole_rows:
            return parent
        return BY_KEY["总计"]

    def _decided_variant(self, q: Query, rep: ReportRow, part: Value, whole: Value) -> tuple[Decimal, str] | str:
        """纠错率 has two common definitions: the other one (纠正 ÷ 已审结) as (percent, how it is said), or
        why it cannot be computed."""
        metric = None
        for m in q.metrics:
            if whole.label.startswith(m.label):
                metric = m
        try:
            pending = self._value(rep, metric, with_column(q, "尚未审结")) if metric else None
        except (Unavailable, AskColumn):
            pending = None
        if pending is None or pending.total is None or whole.total - pending.total <= 0:
            return "另一种算法是纠正 ÷ 已审结（总计 − 尚未审结），这里算不出"
        alt = (part.total / (whole.total - pending.total) * 100).quantize(Decimal("0.1"))
        return alt, (f"另一种算法：纠正 ÷ 已审结 = {as_number(part.total)} ÷（{as_number(whole.total)} − 尚未审结{as_number(pending.total)}）"
                     f" = {as_number(alt)}%")

    def _per_item(self, q: Query, rep: ReportRow, notes: list[str]) -> Answer:
        """平均一个项目多少钱: the row's amount over its count of items, both cited (only a row that prints both)."""
        metric = q.metrics[0]
        cols = list(metric.cols.get(rep.template, {}))
        count = next((c for c in cols if "数量" in c or "项目数" in c), None)
        amount = next((c for c in cols if "金额" in c), None)
        if count is None or amount is None:
            return Answer("not_found", title=f"{rep.year}年的年报里“{metric.label}”没有同时印项目数和金额，算不出平均每个项目多少")
        try:
            total, items = (self._value(rep, metric, with_column(q, c), cols=(c,)) for c in (amount, count))
        except (Unavailable, AskColumn):
            return Answer("not_found", title=f"“{metric.label}”的项目数或金额没能读出，算不出平均每个项目多少", notes=notes)
        figures = [self._one(total), self._one(items)]
        if total.total is None or not items.total:
            return Answer("not_found", title=f"“{metric.label}”的金额为空或项目数为0，算不出平均每个项目多少",
                          figures=figures, notes=notes)
        each = (total.total / items.total).quantize(Decimal("0.1") if total.unit == "元" else Decimal("0.0001")).normalize()
        notes.append(f"平均每个项目 = 金额{as_number(total.total)}{total.unit} ÷ {as_number(items.total)}个项目，按表中印出的数字计算")
        return Answer("total", value=as_number(each), figures=figures, notes=notes, unit=total.unit, op="ratio",
                      title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年 {metric.label}：平均每个项目")

    def _done_rate(self, q: Query, rep: ReportRow, notes: list[str]) -> Answer:
        """办结率: （七）总计 over what there was to handle (本年新收 + 上年结转), all in the 总计 column."""
        plain = with_column(q, "总计")
        done = self._value(rep, BY_KEY["总计"], plain)
        new = self._value(rep, BY_KEY["本年新收"], plain)
        carried = self._value(rep, BY_KEY["上年结转"], plain)
        figures = [self._one(done), self._one(new), self._one(carried)]
        if done.total is None or new.total is None:
            return Answer("not_found", title="办结数或新收数为空，无法计算办结率", figures=figures, notes=notes)
        todo = new.total + (carried.total or Decimal(0))
        if todo == 0 or done.total > todo:
            return Answer("not_found", title="办结数与应办数对不上，无法计算办结率", figures=figures, notes=notes)
        pct = (done.total / todo * 100).quantize(Decimal("0.1"))
        notes.append(f"办结率 = 办结{as_number(done.total)} ÷（本年新收{as_number(new.total)} + 上年结转{as_number(carried.total or Decimal(0))}），按表中印出的数字计算")
        return Answer("total", value=as_number(pct), figures=figures, notes=notes, title="办结率", unit="%", op="ratio")

    def _less_a_part(self, q: Query, rep: ReportRow, whole: Value, notes: list[str]) -> Answer:
        """不予公开去掉行政查询事项: the row's total less that part of it, both cited."""
        parts = []
        for key in (q.exclude_row, *q.exclude_more):
            left_out = BY_KEY[key]
            # 办结的去掉无法提供的 / 除了不掌握，其余办理结果: an outcome, or a part of one, out of all outcomes
            outcome = left_out.key.split("/")[0] in OUTCOME_GROUPS and q.metrics[0].key.rstrip("~") == "总计"
            if left_out.parent != q.metrics[0].key.rstrip("~") and not outcome:
                return Answer("not_found", title=f"“{left_out.label}”不是“{q.metrics[0].label}”的一部分，算不出去掉它之后的数", notes=notes)
            try:
                parts.append(self._value(rep, left_out, q))
            except (Unavailable, AskColumn):
                return Answer("not_found", title=f"没有找到“{left_out.label}”这一项", notes=notes)
        part = _combined(parts)  # (除去予以公开和部分公开: both, added)
        return self._whole_less(rep, whole, part, whole.label, part.label, notes)

    def _less_a_column(self, q: Query, rep: ReportRow, notes: list[str]) -> Answer:
        """新收申请去掉自然人: the row's 总计 less the column left out, both cited."""
        metric = q.metrics[0]
        try:
            whole = self._value(rep, metric, with_column(q, "总计"))
            part = self._value(rep, metric, with_column(q, q.exclude_column))
        except (Unavailable, AskColumn):
            return Answer("not_found", title=f"“{metric.label}”没有“{q.exclude_column}”这一栏，算不出去掉它之后的数", notes=notes)
        if part.figures == whole.figures:
            return Answer("not_found", title=f"“{metric.label}”没有“{q.exclude_column}”这一栏", notes=notes)
        rest = self._whole_less(rep, whole, part, metric.label, q.exclude_column, notes)
        if not q.ratio or rest.kind != "total":
            return rest
        if q.whole_rows - {metric.key.rstrip("~"), "申请"} or not whole.total:
            # 非个人申请占办结的多少: a whole other than the row's own total is not read here
            return Answer("not_found", title=f"“{metric.label}”去掉“{q.exclude_column}”之后占哪个数的比例没能确定，请写明",
                          figures=rest.figures, notes=notes)
        pct = (Decimal(str(rest.value)) / whole.total * 100).quantize(Decimal("0.1"))
        notes[-1] = (f"比例 =（{as_number(whole.total)} − {as_number(part.total)}）÷ {as_number(whole.total)}，"
                     "按表中印出的数字计算")
        return Answer("total", value=as_number(pct), figures=rest.figures, notes=notes, unit="%", op="ratio",
                      title=f"{metric.label}去掉“{q.exclude_column}”占{metric.label}总计的比例")

    def _whole_less(self, rep: ReportRow, whole: Value, part: Value, label: str, left_out: str, notes: list[str]) -> Answer:
        """A total less one of its parts (去掉…), both cited; a blank cell is said, never counted as 0."""
        figures = [self._one(whole), self._one(part)]
        if whole.total is None or part.total is None:
            return Answer("not_found", title="其中一格是空白，算不出去掉之后的数", figures=figures, notes=notes)
        rest = whole.total - part.total
        notes.append(f"{as_number(whole.total)} − {as_number(part.total)}（{part.label}），按表中印出的数字计算")
        return Answer("total", value=as_number(rest), figures=figures, notes=notes, op="difference",
                      title=f"{self.r.agency_names[rep.agency_id]} {rep.year}年 {label}去掉“{left_out}”：{as_number(rest)}件")

    def _dispute_rate(self, q: Query, rep: ReportRow, notes: list[str]) -> Answer:
        """争议转化率: the applications that turned into a dispute, （行政复议 + 行政诉讼）÷ 本年新收."""
        plain = with_column(q, "总计")
        review = self._value(rep, BY_KEY["行政复议"], plain)
        suits = self._value(rep, BY_KEY["行政诉讼"], plain)
        new = self._value(rep, BY_KEY["本年新收"], plain)
        figures = [self._one(review), self._one(suits), self._one(new)]
        if review.total is None or suits.total is None or not new.total:
            return Answer("not_found", title="复议、诉讼或新收申请数为空（或为0），无法计算争议转化率", figures=figures, notes=notes)
        contradicted = [f.label for f in figures if any("各项之和" in w for w in f.warnings)]
        if contradicted:  # 复议总计印的是0 while its parts add to 11: the rate would rest on a total the report contradicts
            return Answer("not_found", title=f"{'、'.join(dict.fromkeys(contradicted))}的总计与其分项之和不符（见⚠），"
                                             "争议转化率无法确定", figures=figures, notes=notes)
        disputes = review.total + suits.total
        pct = (disputes / new.total * 100).quantize(Decimal("0.1"))
        notes.append(f"争议转化率 =（行政复议{as_number(review.total)} + 行政诉讼{as_number(suits.total)}）÷ 本年新收申请"
                     f"{as_number(new.total)}，按表中印出的数字计算")
        return Answer("total", value=as_number(pct), figures=figures, notes=notes, title="争议转化率", unit="%", op="ratio")

    def _part_and_whole(self, q: Query, values: list[Value]) -> tuple[Value, Value]:
        """Which of two figures is the part: Y占X (the one before 占), X中Y (the one after 中);
        otherwise the smaller is the part of the larger (a share is never above 100 %)."""
        first, second = values
        def key(v: Value) -> str | None:
            return key_of(v, q.metrics)
        wholes = [v for v in values if key(v) in q.whole_rows]
        if len(wholes) == 1:  # 答复“不掌握”的，占全部办理结果的…: the row named after 占 is the whole, wherever else it is read
            return (second, first) if wholes[0] is first else (first, second)
        if q.share_order == "占":  # Y占X的比例
            return first, second
        if q.share_order == "中":  # X中Y的比例
            return second, first
        if first.total is not None and second.total is not None and first.total > second.total:
            return second, first
        return first, second


def _combined(values: list[Value]) -> Value:
    """Several figures of one report as one part (their sum); blank when any of them is blank."""
    total = None if any(v.total is None for v in values) else sum((v.total for v in values), Decimal(0))
    return Value(values[0].report, total, "+".join(v.label for v in values), values[0].unit, sum(v.parts for v in values),
                 lambda: [f for v in values for f in v.figures])


def key_of(v: Value, metrics: list) -> str | None:
    """The metric a value was gathered for: the longest label it carries (予以公开+部分公开 is 实质公开, not 部分公开)."""
    found = [m for m in metrics if m.label in v.label or v.label.startswith(m.label)]
    return max(found, key=lambda m: len(m.label)).key if found else None
