"""Figures derived from the tables: rates compared across reports, a total's parts added up, columns
asked one by one, differences inside a ranking, zero claims. Over a real index of data/reports."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.conversation import Conversation
from bot.service import Assistant

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    base = tmp_path_factory.mktemp("derived")
    shutil.copytree(ROOT / "data" / "reports", base / "reports")
    return Assistant(base / "index.db", base / "reports", today=date(2026, 11, 26))


def shown(ans) -> list[tuple[str, int, object]]:
    return [(f.agency, f.year, f.value) for f in ans.figures]


def test_a_rate_compared_across_agencies_is_computed_for_each_report_and_the_higher_comes_first(assistant):
    ans = assistant.answer("淮安市政府和洪泽区2024年的行政复议纠错率，哪个高")
    assert ans.kind == "table"
    # 洪泽 1 ÷ 2 and 淮安 64 ÷ 351: each report's own counts, never the counts compared
    assert shown(ans) == [("淮安市洪泽区人民政府", 2024, 50), ("淮安市人民政府", 2024, 18.2)]
    assert all(f.unit == "%" for f in ans.figures)


def test_a_rate_ranking_names_the_reports_it_could_not_compute(assistant):
    ans = assistant.answer("2020年各单位的不予公开率排名")
    assert [f.agency for f in ans.figures] == ["嘉兴市发展和改革委员会"]
    assert any("算不出：安康市自然资源局 2020年" in n and "空白" in n for n in ans.notes)
    # 北戴河's （七）总计 is blank: it has no such rate (its parts are not used unasked), and the ranking says so
    assert any(n.startswith("算不出：北戴河区自然资源和规划局 2020年") and "空白" in n for n in ans.notes)


def test_a_rate_over_a_blank_total_is_not_computed_and_the_ranking_goes_on_without_it(assistant):
    ans = assistant.answer("2020年的五家单位里，实质公开率谁最高？排一下")
    assert [f.value for f in ans.figures] == [96.9, 81.8, 3.2]
    assert any(n.startswith("算不出：北戴河区自然资源和规划局 2020年") for n in ans.notes)
    chat = Conversation()
    compared = [assistant.answer(q, chat) for q in ("安康市自然资源局2020年实质公开率多少", "跟北戴河区自然资源和规划局比呢")][-1]
    assert compared.kind == "not_found" and not compared.figures and "无法比较" in compared.title


def test_a_rate_change_needs_both_years(assistant):
    ans = assistant.answer("平潭综合实验区2021年到2022年复议纠错率有什么变化？")
    assert ans.kind == "not_found" and not ans.figures
    assert "2021" in ans.title


def test_the_parts_of_a_total_are_added_up_beside_the_total_as_printed(assistant):
    ans = assistant.answer("安康市自然资源局2020年的行政复议，各项结果加起来是多少？")
    assert ans.kind == "total" and ans.value == 2  # 维持0 + 纠正1 + 其他0 + 尚未审结1, printed 0
    assert any("表中印的行政复议是0件，与各项之和不一致" in n for n in ans.notes)
    outcomes = assistant.answer("淮安市2024年办理结果各项加起来一共多少")
    assert outcomes.value == 3050 and len(outcomes.figures) > 6
    blank = assistant.answer("北戴河区自然资源和规划局2020年各项办理结果加起来一共多少件？")
    assert blank.value == 4 and any("空白" in n for n in blank.notes)


def test_columns_asked_one_by_one_are_never_summed(assistant):
    ans = assistant.answer("淮安市2024年自然人和法人或其他组织各提交了多少申请？")
    assert [f.value for f in ans.figures] == [3001, 118]
    review = assistant.answer("淮安市2024年复议维持和纠正各几件")
    assert [f.value for f in review.figures] == [72, 64]


def test_which_is_more_and_by_how_much_gives_the_difference(assistant):
    ans = assistant.answer("2020年秀洲分局和安康市自然资源局，哪家收到的申请多？多几件？")
    assert ans.kind == "total" and ans.op == "difference" and ans.value == 55


def test_agencies_listed_beside_a_name_are_all_answered_for(assistant):
    ans = assistant.answer("三家自然资源部门（秀洲分局、北戴河、安康）2020年新收申请合计多少？")
    assert ans.kind == "total" and ans.value == 143 and len(ans.figures) == 3


def test_a_place_inside_a_held_city_is_not_the_city(assistant):
    ans = assistant.answer("淮安市清江浦区2024年收到多少信息公开申请？")
    assert ans.kind == "not_found" and not ans.figures and "清江浦区" in ans.title


def test_a_ranking_that_leaves_out_a_named_agency_does_not_say_who_is_last(assistant):
    ans = assistant.answer("淮安市、洪泽区、平潭2023和2024年这几份里，行政处罚决定数最少的是哪份？")
    assert ans.kind == "not_found" and "平潭综合实验区" in ans.title


def test_years_in_brackets_after_an_agency_are_its_own_and_the_others_rank_with_their_reports(assistant):
    ans = assistant.answer("淮安市、洪泽区（2023和2024两年）、平潭这几份里，行政处罚决定数最少的是哪份？")
    assert [(f.agency, f.year, f.value) for f in ans.figures][:1] == [("平潭综合实验区", 2022, 2113)]
    assert len(ans.figures) == 4


@pytest.mark.parametrize(("question", "printed"), [
    ("洪泽区2024年复议一件都没纠正吧", 1),
    ("淮安市政府2024年没有一件被起诉吗", 46),
    ("洪泽区2024年一件都没公开，对吗", 50),
])
def test_a_claim_that_nothing_happened_is_held_against_the_table(assistant, question, printed):
    ans = assistant.answer(question)
    assert any(n.startswith("问题里说的是0，") and f"的是{printed}：不一致" in n for n in ans.notes)


def test_a_reason_is_not_in_the_tables(assistant):
    ans = assistant.answer("平潭2022年那件复议被纠正，原因是什么？")
    assert ans.kind == "clarify" and not any(f.value for f in ans.figures)


def test_a_share_written_as_a_division_takes_the_part_before_the_sign(assistant):
    # the rows are named in the other order before the formula: the formula decides
    ans = assistant.answer("平潭综合实验区2022年办结的申请中，予以公开的占多大比例？（予以公开数÷办理结果总计）")
    assert ans.unit == "%" and ans.value == 28  # 21 ÷ 75


def test_the_row_after_li_and_before_zhan_is_the_part(assistant):
    ans = assistant.answer("安康市自然资源局2020年办结的申请里，部分公开占了多少？")
    assert ans.unit == "%" and ans.value == 50  # 22 ÷ 44, not "办结比部分公开还大"


def test_the_template_equation_is_answered_with_both_sides(assistant):
    ans = assistant.answer("淮安市政府2024年本年新收加上年结转，和办结加结转下年，两头相等吗")
    assert ans.kind == "total" and ans.op == "balance" and ans.value == 3153
    assert "3119 + 34" in ans.title and "3050 + 103" in ans.title and "两边相等" in ans.title


def test_the_gap_of_an_unbalanced_equation_is_the_figure_when_asked(assistant):
    ans = assistant.answer("安康市自然资源局2020年表三，自然人那一栏“新收+上年结转”和“办结总计+结转下年”对得上吗？差几件？")
    assert ans.op == "balance" and ans.value == 4 and "两边不等" in ans.title


def test_which_outcome_was_most_common_ranks_the_outcome_rows(assistant):
    ans = assistant.answer("淮安市洪泽区人民政府2023年办结的申请里，哪种处理结果最多，多少件")
    assert [(f.label, f.value) for f in ans.figures] == [("无法提供·本机关不掌握相关政府信息（总计）", 10)]


def test_a_sum_over_years_counts_a_contradicted_total_by_its_parts_and_says_the_printed_sum(assistant):
    ans = assistant.answer("洪泽区2023年和2024年行政复议一共多少件")
    assert ans.value == 13  # 2023 printed 0 but its parts add to 11; 2024: 2
    assert any("按表中印出的总计相加是2" in n for n in ans.notes)


def test_a_fall_in_percent_is_said_as_a_fall(assistant):
    ans = assistant.answer("洪泽区2024年比2023年行政事业性收费金额下降了百分之几")
    assert ans.unit == "%" and ans.value == 2.4 and "下降" in ans.title


def test_one_gong_beside_a_named_column_adds_that_column(assistant):
    ans = assistant.answer("淮安市府24年起诉的维持一共多少")
    assert ans.value == 25  # 维持 in both kinds of lawsuit, not the 46 lawsuits in all


def test_the_printed_total_is_given_when_the_printed_figure_is_asked(assistant):
    ans = assistant.answer("安康市自然资源局2020年表里复议总计印的是多少 对得上吗")
    assert ans.kind == "figure" and ans.figures[0].value == 0 and ans.figures[0].warnings


def test_dispute_rate_is_reviews_and_suits_over_new_applications_with_its_definition(assistant):
    ans = assistant.answer("淮安市政府2024年的争议转化率")
    assert ans.unit == "%" and ans.value == 12.7  # (351 + 46) ÷ 3119
    assert any("争议转化率 =（行政复议351 + 行政诉讼46）÷ 本年新收申请3119" in n for n in ans.notes)


def test_dispute_rate_on_totals_the_report_contradicts_is_declined(assistant):
    ans = assistant.answer("洪泽2023年争议转化率")
    assert ans.kind == "not_found" and "无法确定" in ans.title


def test_one_agency_as_a_share_of_another_divides_the_same_figure(assistant):
    ans = assistant.answer("2024年洪泽区收到的申请量相当于淮安市政府的百分之几")
    assert ans.unit == "%" and ans.value == 3.0  # 95 ÷ 3119


@pytest.mark.parametrize(("question", "value"), [
    ("淮安市2024年新收申请是洪泽区的几倍", 32.8),  # 3119 ÷ 95 = 32.83
    ("洪泽2024年行政诉讼总数是复议总数的多少倍", 2),  # 4 ÷ 2, two rows of one report
    ("洪泽区2024年新收申请是2023年的几倍", 4.5),  # 95 ÷ 21, two years of one agency
])
def test_one_figure_as_a_multiple_of_another_is_their_quotient_in_times(assistant, question, value):
    ans = assistant.answer(question)
    assert ans.kind == "total" and ans.unit == "倍" and ans.value == value


def test_a_change_asked_as_a_multiple_is_still_the_growth(assistant):
    ans = assistant.answer("洪泽2024年新收比2023年翻了几倍")
    assert ans.unit == "%" and ans.value == 352.4  # (95 − 21) ÷ 21, the growth, never 4.52倍


def test_one_year_as_a_share_of_another_year_of_the_same_agency(assistant):
    ans = assistant.answer("洪泽区2023年新收申请相当于2024年的百分之几")
    assert ans.unit == "%" and ans.value == 22.1  # 21 ÷ 95


def test_one_agency_as_a_share_of_a_sum_of_agencies(assistant):
    ans = assistant.answer("秀洲分局2020年新收申请占秀洲分局、发改委和乍浦镇合计的几成")
    assert ans.unit == "%" and ans.value == 75.8  # 97 ÷ (97 + 31 + 0)


def test_two_rows_named_after_the_whole_they_are_in_are_summed_over_it(assistant):
    # 办结的申请里，X加Y的占: 办结 is the whole, named first; never 部分公开 over (办结 + 予以公开)
    ans = assistant.answer("平潭综合实验区2022年办结的申请里，予以公开加部分公开的占多大比例")
    assert ans.value == 40.0  # (21 + 9) ÷ 75


@pytest.mark.parametrize(("question", "verdict"), [
    ("听说淮安市政府2024年行政处罚决定接近400万件，真有这么多？", "属实"),
    ("洪泽2024年行政许可三千多件吗", "不属实"),  # 9487 is not 三千多
    ("洪泽2024年行政许可九千多件吧", "属实"),
    ("有人说平潭2022年行政强制决定上千件，真的吗", "不属实"),
    ("秀洲分局2020年集中采购一千一百多万，没记错吧", "属实"),  # the amount column, by the money said
])
def test_an_amount_claimed_in_words_is_checked_as_a_bound(assistant, question, verdict):
    ans = assistant.answer(question)
    assert any(n.startswith("问题里说的是") and n.endswith("：" + verdict) for n in ans.notes), ans.notes


def test_a_difference_between_years_by_parts_uses_each_years_sum_of_parts(assistant):
    ans = assistant.answer("洪泽区行政复议按分项加总算，2024年比2023年少几件")
    assert ans.value == -9  # 2 − 11 (2023 prints 0 while its parts add to 11)


def test_two_asks_in_a_row_are_both_answered(assistant):
    both = assistant.answer("洪泽区2023年复议纠正了几件，维持了几件")
    assert sorted(f.value for f in both.figures) == [1, 10]
    agencies = assistant.answer("洪泽2024年复议几件，淮安市几件")
    assert sorted(f.value for f in agencies.figures) == [2, 351]


def test_each_unit_of_a_place_is_listed_when_asked_without_a_sum(assistant):
    ans = assistant.answer("淮安市各单位2024年复议多少")
    assert ans.kind == "table" and sorted(f.value for f in ans.figures) == [2, 351]


def test_a_change_in_percent_over_a_range_is_not_read_as_a_share(assistant):
    ans = assistant.answer("洪泽区新收申请从2023到2024年涨了百分之几")
    assert ans.unit == "%" and ans.value == 352.4


def test_each_number_of_a_draft_sentence_is_checked_against_its_own_row(assistant):
    ans = assistant.answer("淮安市人民政府2024年新收3119件，上年结转43件，对吗")
    assert any(n.endswith("问题里说的是3119，表中印的是3119：一致") for n in ans.notes)
    assert any(n.endswith("问题里说的是43，表中印的是34：不一致") for n in ans.notes)


def test_a_column_left_out_of_a_row_is_its_total_less_that_column(assistant):
    ans = assistant.answer("淮安市政府2024年新收申请除了自然人还有多少")
    assert ans.value == 3119 - 3001


def test_named_indicator_workload_is_new_plus_carried(assistant):
    ans = assistant.answer("淮安市政府2024年受理总量是多少")
    assert ans.value == 3153
    share = assistant.answer("淮安市政府2024年需要办理的申请里有多大比例结转到了下一年")
    assert share.unit == "%" and float(share.value) == 3.3


def test_carried_into_a_year_is_the_year_befores_report(assistant):
    ans = assistant.answer("淮安结转到2025年继续办的有多少件")
    assert ans.figures[0].year == 2024 and ans.figures[0].value == 103
    assert any("结转下年度" in n for n in ans.notes)


def test_the_public_total_column_is_not_a_sum_across_a_place(assistant):
    ans = assistant.answer("嘉兴那家规范性文件对外公开总数多少")
    assert ans.kind == "clarify"


def test_court_words_and_judged_results(assistant):
    ans = assistant.answer("淮安市政府2024年行政诉讼里被判纠正的一共几件（两种起诉都算）")
    assert ans.value == 5


def test_two_columns_less_one_another(assistant):
    ans = assistant.answer("平潭2022年行政规范性文件制发减去废止")
    assert ans.value == 33


def test_all_but_one_applicant_column(assistant):
    ans = assistant.answer("淮安市政府2024年的申请里，自然人以外的（企业、律所这些）一共多少件？")
    assert ans.value == 118


def test_answered_with_a_ground_names_the_row_not_the_answers(assistant):
    ans = assistant.answer("洪泽区2024年的申请里头，最后答复“本机关不掌握”的占了多少")
    assert float(ans.value) == pytest.approx(32.6, abs=0.05)


def test_a_share_over_the_parts_when_asked_or_when_the_whole_is_blank(assistant):
    ans = assistant.answer("洪泽区政府2023年复议维持10件、纠正1件，按分项算的话复议纠错率是多少？")
    assert float(ans.value) == pytest.approx(9.1, abs=0.05) and any("各项之和11" in n for n in ans.notes)
    blank = assistant.answer("北戴河区自然资源和规划局2020年部分公开占了多大比例")
    assert blank.kind == "not_found" and any("空白" in n and "各项之和是4" in n and "按分项算" in n for n in blank.notes)
    summed = assistant.answer("北戴河区自然资源和规划局2020年部分公开占了多大比例，按分项算")
    assert float(summed.value) == 50 and any("空白" in n and "各项之和4" in n for n in summed.notes)
    printed = assistant.answer("洪泽区2023年复议纠错率")
    assert printed.kind == "not_found"  # the printed 0 is no whole, and the parts are not used unasked


def test_the_total_less_one_outcome(assistant):
    ans = assistant.answer("洪泽2024年办结的去掉无法提供的 还剩几件")
    assert ans.value == 63


def test_a_quoted_row_before_its_rate(assistant):
    ans = assistant.answer("淮安市人民政府2024年依申请公开的“予以公开”率是多少")
    assert float(ans.value) == pytest.approx(44.7, abs=0.05)


def test_disclosure_rate_counting_partial_disclosure(assistant):
    ans = assistant.answer("算上部分公开的话，淮安市政府2024年申请的公开率是多少？")
    assert float(ans.value) == pytest.approx(59.5, abs=0.05)


def test_new_plus_carried_said_bare(assistant):
    ans = assistant.answer("安康市自然资源局2020年只看自然人那一列，新收加结转是多少")
    assert ans.value == 41


def test_ranked_from_most_without_from(assistant):
    ans = assistant.answer("淮安市政府、洪泽区两年、平潭这几份报告，行政许可处理决定数量按多到少怎么排？")
    assert [f.value for f in ans.figures] == [447228, 10690, 9487, 550]


def test_blank_cells_left_out_of_a_sum_in_words(assistant):
    ans = assistant.answer("2020年这几家的政府集中采购金额加起来一共多少钱？北戴河没填就不算")
    assert ans.value == 18402655


def test_a_quoted_ground_with_a_share_is_a_figure(assistant):
    ans = assistant.answer("嘉兴市发改委2020年答复“不掌握相关信息”的申请占全部申请的百分比")
    assert float(ans.value) == pytest.approx(90.3, abs=0.05)


def test_two_places_compared_each_its_one_agency(assistant):
    ans = assistant.answer("2020年秀洲比发改委多几件申请")
    assert ans.value == 66


def test_disclosed_including_partial_is_the_substantive_rate(assistant):
    ans = assistant.answer("淮安市政府2024年办结的申请中，公开的（包括部分公开）比例是多少")
    assert float(ans.value) == pytest.approx(59.5, abs=0.05)


def test_the_items_changed_column_is_not_the_count_asked(assistant):
    ans = assistant.answer("北戴河区自然资源和规划局2020年行政事业性收费项目本年增减了几项")
    assert ans.figures[0].column == "本年增/减" and ans.figures[0].value == 1


def test_a_bound_with_le_is_still_a_bound(assistant):
    ans = assistant.answer("有报道说淮安市政府2024年新收申请超过了三千件，属实吗")
    assert ans.figures[0].value == 3119 and any("属实" in n for n in ans.notes)


def test_columns_with_duo_le_are_a_difference(assistant):
    ans = assistant.answer("淮安市政府2024年废止的规范性文件比新制发的多了几件")
    assert ans.value == 18


def test_a_city_or_district_government_said_bare_is_the_one_held(assistant):
    city = assistant.answer("市府行政强制多少")
    assert city.figures[0].agency == "淮安市人民政府" and any("唯一的市级人民政府" in n for n in city.notes)
    several = assistant.answer("24年人民政府新收申请几件")
    assert several.kind == "clarify"  # no level said: the governments held are offered


def test_the_two_kinds_of_lawsuit_named_in_brackets_are_the_group(assistant):
    ans = assistant.answer("淮安市政府和洪泽区政府2024年的行政诉讼案件数(直接起诉加复议后起诉)对比一下")
    assert sorted(f.value for f in ans.figures) == [4, 46]


def test_a_quoted_amount_claimed_in_words(assistant):
    ans = assistant.answer("我稿子里写的是“乍浦镇全年采购金额约244.8万元”，这个说法对吗")
    assert ans.figures[0].value == 2448023 and any("属实" in n for n in ans.notes)


def test_which_kind_of_applicant_ranks_the_columns_of_the_row_not_its_total(assistant):
    top = assistant.answer("淮安市人民政府2024年哪类申请人提的申请最多")
    assert top.kind == "figure" and [(f.column, f.value) for f in top.figures] == [("自然人", 3001)]
    ranked = assistant.answer("淮安市人民政府2024年新收申请按申请人类型排序")
    assert [f.column for f in ranked.figures] == ["自然人", "法律服务机构", "商业企业", "其他"]
    assert any("其余2项为0" in n for n in ranked.notes)


def test_a_column_left_out_of_the_ranking_of_applicants_is_left_out_and_said(assistant):
    ans = assistant.answer("淮安市人民政府2024年新收申请，除了个人以外，各类申请人按件数从多到少排一下")
    assert [(f.column, f.value) for f in ans.figures] == [("法律服务机构", 61), ("商业企业", 53), ("其他", 4)]
    assert any("不含“个人”（自然人）" in n for n in ans.notes)


def test_which_result_of_a_review_ranks_its_result_columns(assistant):
    ans = assistant.answer("淮安市人民政府2024年行政复议哪种结果最多")
    assert [(f.column, f.value) for f in ans.figures] == [("其他结果", 178)]


def test_which_kind_of_a_row_with_no_parts_is_declined_never_its_one_figure(assistant):
    ans = assistant.answer("淮安市人民政府2024年本年新收哪一类最多")
    assert ans.kind == "not_found" and not ans.figures


def test_all_but_one_applicant_as_a_share_is_the_rest_over_the_total(assistant):
    ans = assistant.answer("淮安市人民政府2024年非个人申请占多少")
    assert ans.unit == "%" and ans.value == 3.8  # (3119 − 3001) ÷ 3119
    claim = assistant.answer("淮安市人民政府2024年非个人申请不到4%，对吗")
    assert claim.value == 3.8 and any("属实" in n and "不属实" not in n for n in claim.notes)


def test_two_rows_added_up_as_a_share_are_taken_over_the_whole_they_belong_to(assistant):
    # once answered 部分公开 ÷ 予以公开: the rows named together are one part of the outcomes
    ans = assistant.answer("淮安市政府2024年予以公开和部分公开加起来占比多少")
    assert ans.unit == "%" and ans.value == 59.5  # (1362 + 454) ÷ 3050
    bound = assistant.answer("淮安市政府2024年予以公开和部分公开加起来有没有过半")
    assert bound.value == 59.5 and any("超过50%" in n and "属实" in n for n in bound.notes)


def test_a_share_claimed_as_half_or_more_is_checked_as_a_bound(assistant):
    ans = assistant.answer("淮安市政府2024年一半以上的申请都予以公开了，对吗")
    assert ans.value == 44.7 and any("超过50%" in n and "不属实" in n for n in ans.notes)


def test_a_rate_written_with_its_column_in_brackets_is_a_rate_not_the_count(assistant):
    ans = assistant.answer("淮安市政府2024年行政诉讼的败诉（被纠正）率大概多少？")
    assert ans.unit == "%" and ans.value == 10.9  # 5 ÷ 46


def test_the_gap_between_a_totals_parts_and_the_total_printed(assistant):
    ans = assistant.answer("安康市自然资源局2020年行政复议各项加起来比总计多几件")
    assert ans.kind == "total" and ans.value == 2  # 0 + 1 + 0 + 1 against a printed 0
    assert "多2件" in ans.title


def test_a_total_asked_as_the_cases_involved_is_a_figure_not_a_search(assistant):
    ans = assistant.answer("洪泽区政府2024年涉及的行政诉讼案件总数？")
    assert ans.kind == "total" and ans.value == 4


def test_a_zero_claimed_in_words_and_in_brackets_is_checked_against_the_parts(assistant):
    ans = assistant.answer("有人说安康市自然资源局2020年没有行政复议案件（0件），准确吗？")
    assert ans.value == 2 and any("表中印的行政复议是0件" in n for n in ans.notes)


def test_the_former_of_two_agencies_named_in_the_question_is_the_one_asked(assistant):
    ans = assistant.answer("淮安市政府和洪泽这两家，前者的上年结转是多少")
    assert [(f.agency, f.value) for f in ans.figures] == [("淮安市人民政府", 34)]
    latter = assistant.answer("2024年淮安市政府和洪泽区政府，后者的上年结转是多少")
    assert [(f.agency, f.value) for f in latter.figures] == [("淮安市洪泽区人民政府", 0)]


def test_a_clause_on_the_users_own_work_names_no_agency_asked_about(assistant):
    ans = assistant.answer("我在做淮安各区县依申请公开的稿子，先问洪泽区：2024年新收到的政府信息公开申请有多少件？")
    assert [(f.agency, f.value) for f in ans.figures] == [("淮安市洪泽区人民政府", 95)]


def test_the_agencies_of_a_year_summed_with_jiazong(assistant):
    ans = assistant.answer("2020年各单位的依申请新收件数加总是多少？")
    assert ans.kind == "total" and ans.value == 174


def test_a_year_asked_in_a_comparison_that_no_agency_named_holds_is_said_never_dropped(assistant):
    ans = assistant.answer("淮安市政府和洪泽区政府2024年和2025年上年结转各多少")
    assert {(f.agency, f.year) for f in ans.figures} == {("淮安市人民政府", 2024), ("淮安市洪泽区人民政府", 2024)}
    assert sum("没有2025年的年报" in n for n in ans.notes) == 2


def test_the_top_grounds_of_refusal_are_ranked_not_added(assistant):
    ans = assistant.answer("淮安市2024年拒绝公开（不予公开）排前三的理由分别是什么，各多少件")
    assert [f.value for f in ans.figures] == [105, 31, 12]


def test_the_most_common_outcome_of_the_applications_ranks_the_outcome_rows(assistant):
    ans = assistant.answer("平潭2022年的公开申请，最常见的处理结果是哪一种")
    assert [(f.row, f.value) for f in ans.figures] == [("无法提供/本机关不掌握相关政府信息", 37)]


def test_processed_over_what_there_was_to_process_sums_the_whole_after_zhan(assistant):
    ans = assistant.answer("淮安市人民政府2024年办结的占新收加上年结转的几成")
    assert ans.unit == "%" and ans.value == 96.7  # 3050 ÷ (3119 + 34)


def test_a_growth_asked_as_times_is_the_percent_change(assistant):
    ans = assistant.answer("洪泽区的行政许可处理决定数，2024年比2023年翻了几倍？")
    assert ans.unit == "%" and ans.value == 1624.9  # (9487 − 550) ÷ 550


def test_a_share_claimed_roughly_is_held_within_a_tenth(assistant):
    near = assistant.answer("据说平潭2022年办结的申请里将近一半是“本机关不掌握”，对不对？")
    assert near.value == 49.3 and any("约50%" in n and "属实" in n and "不属实" not in n for n in near.notes)
    about = assistant.answer("有文章说淮安市2024年依申请予以公开的只有三成左右，准确吗")
    assert about.value == 44.7 and any("不属实" in n for n in about.notes)


def test_rows_named_together_across_agencies_are_never_cut_to_the_first(assistant):
    summed = assistant.answer("平潭综合实验区和淮安市人民政府予以公开和部分公开加起来比一比")
    assert [(f.agency, f.value) for f in summed.figures] == [("平潭综合实验区", 30), ("淮安市人民政府", 1816)]
    each = assistant.answer("平潭综合实验区和淮安市人民政府予以公开和部分公开各多少")
    assert each.kind == "not_found" and not each.figures  # each row apart is not taken across agencies: said so


def test_under_counted_in_a_total_is_the_gap_to_its_parts_and_across_reports_it_is_asked_one_by_one(assistant):
    one = assistant.answer("安康市自然资源局2020年复议总计少算了多少件")
    assert one.kind == "total" and one.value == 2
    two = assistant.answer("洪泽23年和安康这两份，复议总计一共少算了多少件")
    assert two.kind == "not_found" and not two.figures


def test_a_name_written_short_is_taken_and_a_misspelt_one_asked_back(assistant):
    short = assistant.answer("北戴河自然资源20年新收几件")
    assert [f.value for f in short.figures] == [4] and any("北戴河区自然资源和规划局" in n for n in short.notes)
    assert assistant.answer("北载河自然资源局20年部分公开几件").kind == "clarify"


def test_the_main_ground_of_refusal_is_the_top_ground(assistant):
    ans = assistant.answer("淮安市政府2024年不予公开主要是因为什么，有几件")
    assert ans.figures[0].value == 105 and ans.figures[0].row.endswith("行政查询事项")  # the grounds, largest first


def test_a_claim_that_a_count_broke_a_mark_is_a_bound(assistant):
    ans = assistant.answer("有媒体说淮安市政府2024年收到的申请突破了3000件，属实吗？")
    assert [f.value for f in ans.figures] == [3119] and any("超过3000" in n and "属实" in n for n in ans.notes)


def test_the_most_common_ground_of_refusal(assistant):
    ans = assistant.answer("平潭2022年拒绝公开的理由中，哪一条最常见？")
    assert [(f.row, f.value) for f in ans.figures] == [("不予公开/属于四类过程性信息", 2)]
