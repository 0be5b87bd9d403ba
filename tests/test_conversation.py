"""A chat carries a conversation: follow-ups inherit what they leave out, options are picked by name."""

from __future__ import annotations

import shutil

import pytest
from conftest import SAMPLE_REPORTS

from bot.conversation import Conversation
from bot.service import Assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, sample_db) -> Assistant:
    db = tmp_path_factory.mktemp("conv") / "index.db"
    shutil.copy(sample_db, db)
    return Assistant(db, SAMPLE_REPORTS)


def talk(assistant, *questions):
    chat = Conversation()
    return [assistant.answer(q, chat) for q in questions]


def value(ans):
    return ans.value if ans.kind == "total" else ans.figures[0].value


def test_another_agency_keeps_the_year_and_the_figure(assistant):
    first, then = talk(assistant, "淮安市府24年收到多少申请", "那洪泽呢")
    assert value(first) == 3119 and value(then) == 95
    assert any(n.startswith("接上题") for n in then.notes)


def test_another_year_keeps_the_agency_and_the_figure(assistant):
    *_, then = talk(assistant, "洪泽2024年收到多少申请", "那2023年呢")
    assert value(then) == 21 and then.figures[0].year == 2023


def test_the_year_before_the_last_answer(assistant):
    *_, then = talk(assistant, "洪泽收到多少申请", "上一年呢")
    assert value(then) == 21


def test_another_row_and_another_column(assistant):
    _, row, col = talk(assistant, "淮安市府2024年行政复议多少", "诉讼呢", "维持的呢")
    assert value(row) == 46
    assert col.figures and all(f.column == "结果维持" for f in col.figures)


def test_compare_with_another_agency_and_with_another_year(assistant):
    _, other = talk(assistant, "洪泽2024年行政复议几件", "跟淮安市政府比呢")
    assert {f.value for f in other.figures} == {2, 351}
    _, change = talk(assistant, "洪泽2024年收到多少申请", "和2023年比呢")
    assert change.kind == "total" and change.value == 74


def test_an_option_is_picked_by_part_of_its_name(assistant):
    ask_back, picked = talk(assistant, "自然资源局收到多少申请", "安康那个")
    assert ask_back.kind == "clarify" and value(picked) == 42
    *_, by_number = talk(assistant, "自然资源局收到多少申请", "第3个")
    assert by_number.figures[0].agency == ask_back.options[2].label


def test_a_follow_up_that_cannot_be_tied_gets_no_figure(assistant):
    *_, then = talk(assistant, "淮安市府24年收到多少申请", "那个呢")
    assert then.kind not in ("figure", "total") or not then.figures


def test_a_relative_year_not_held_says_so(assistant):
    *_, then = talk(assistant, "洪泽2024年收到多少申请", "去年呢")
    assert then.kind == "not_found" and "2025" in then.text


def test_the_conversation_pickles(assistant):
    import pickle

    chat = Conversation()
    assistant.answer("自然资源局收到多少申请", chat)
    again = pickle.loads(pickle.dumps(chat))
    assert again.options == chat.options and again.last_question == chat.last_question
