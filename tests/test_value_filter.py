"""A filter said before a ranking or a total (新收超过30件的几家里, 一件都没收到的那家不算, 零件的不算)
keeps only the reports that pass it, says which were left out, and stays with the ranking's follow-ups."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from conftest import SAMPLE_REPORTS

from bot.conversation import Conversation
from bot.service import Assistant
from bot.value_filter import filter_said


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, sample_db) -> Assistant:
    db = tmp_path_factory.mktemp("filter") / "index.db"
    shutil.copy(sample_db, db)
    return Assistant(db, SAMPLE_REPORTS)


def talk(assistant, *questions):
    chat = Conversation()
    return [assistant.answer(q, chat) for q in questions]


@pytest.mark.parametrize("said, key, op, bound", [
    ("新收申请超过30件的几家里，谁予以公开最多", "本年新收", "gt", 30),
    ("复议5件以上的几家里谁被纠正最多", "行政复议", "ge", 5),
    ("本年新收不到三十件的单位有哪些", "本年新收", "lt", 30),
    ("除去一件申请都没收到的那家，新收最少的是哪家", "本年新收", "gt", 0),
    ("没有收到申请的单位不算，谁的不予公开最少", "本年新收", "gt", 0),
    ("各家复议数排名，零件的不算", "", "gt", 0),
])
def test_a_filter_is_read_with_its_row_and_bound(said, key, op, bound):
    f, span = filter_said(said)
    assert (f.key, f.op, f.bound) == (key, op, Decimal(bound))
    assert said[span[0] : span[1]] == f.said


@pytest.mark.parametrize("question", ["淮安市政府2024年收到申请多少件，超过3000件了吗", "洪泽2024年新收多少件"])
def test_a_claim_or_a_plain_question_states_no_filter(question):
    assert filter_said(question) == (None, None)


def test_a_ranking_keeps_only_the_reports_that_pass_and_says_which_did_not(assistant):
    ans = assistant.answer("2020年那批报告中，新收申请超过30件的几家里，谁予以公开的件数最多？多少件？")
    assert [f.agency for f in ans.figures] == ["嘉兴市自然资源和规划局秀洲分局"] and ans.figures[0].value == 89
    said = "\n".join(ans.notes)
    assert "只看本年新收申请超过30件的3份年报" in said and "乍浦镇人民政府2020年（0）" in said


def test_the_report_with_no_requests_leaves_a_lowest_first_ranking(assistant):
    ans = assistant.answer("2020年五家里，除去一件申请都没收到的那家，新收申请最少的是哪家？收了几件？")
    assert ans.figures[0].agency == "北戴河区自然资源和规划局" and ans.figures[0].value == 4


def test_an_agency_left_out_needs_no_comma_after_its_name(assistant):
    ans = assistant.answer("20年的几家除了秀洲分局新收申请加起来多少")
    assert ans.kind == "total" and ans.value == 77


def test_the_filter_stays_with_the_follow_ups_of_the_ranking(assistant):
    first, lowest, other_row, new = talk(assistant, "2020年新收申请超过30件的几家里，谁予以公开最多", "最少呢",
                                         "不予公开呢", "2020年各家不予公开谁最多")
    assert lowest.figures[0].agency == "嘉兴市发展和改革委员会" and lowest.figures[0].value == 1
    assert any("只看本年新收申请超过30件" in n for n in other_row.notes)
    assert other_row.figures[0].agency != "北戴河区自然资源和规划局"  # (left out by the filter)
    assert not any("只看" in n for n in new.notes) and "共2个" in new.title  # (北戴河 ranked again)


def test_a_filter_on_a_question_of_one_agency_is_not_dropped_silently(assistant):
    ans = assistant.answer("淮安市政府2024年新收超过30件的几家里予以公开多少")
    assert ans.kind == "not_found" and not any(f.value is not None for f in ans.figures)
