"""understand() reads the wording the resolver and the answers need once, into the Query and its mentions:
the word before a name, a place joined to it, a unit word after a place, where an unheld name stands, …
(a question → a Query, with a catalog and no index)."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest
from test_understand import ask  # the same small catalog, no index

from bot.rows import BY_KEY
from index.templates import CHANGE_COLUMN


def mention(q, text: str):
    return next(m for m in q.mentions if m.text == text)


def test_the_two_characters_before_a_second_name_are_its_place_as_written():
    q = ask("嘉兴发改委和湖州发改委2020年新收多少")
    assert mention(q, "发改委").word_before == "湖州"  # 和 joins the two names; it is not part of the place
    assert mention(q, "嘉兴发改委").word_before == ""


@pytest.mark.parametrize("question, joined", [("安康市的发改委2020年新收多少", "安康市的发改委"),
                                              ("安康发改委2020年新收多少", "安康发改委")])
def test_a_place_written_right_before_a_department_is_joined_to_it(question, joined):
    q = ask(question)
    dept = mention(q, "发改委")
    assert dept.region_before is mention(q, joined[:3] if "市" in joined else "安康")
    assert dept.with_region == joined


def test_a_place_two_words_away_is_not_joined():
    q = ask("安康市和平潭2022年新收多少")
    assert all(m.region_before is None and m.with_region == "" for m in q.mentions)


def test_a_place_we_hold_nothing_of_before_a_department_is_noted_on_it():
    q = ask("成都市发改委2020年新收多少")
    assert mention(q, "发改委").unheld_place_before == "成都市"
    assert mention(ask("嘉兴发改委2020年新收多少"), "嘉兴发改委").unheld_place_before == ""


@pytest.mark.parametrize("question, unit", [("安康市人民政府2020年新收多少", "人民政府"),
                                            ("安康市财政局2020年新收多少", "财政局"),
                                            ("安康市2020年新收多少", "")])
def test_the_unit_word_after_a_place_is_read(question, unit):
    assert mention(ask(question), "安康市").unit_after == unit


def test_a_unit_word_is_read_after_places_only():
    assert mention(ask("洪泽区人民政府南湖分局2024年新收多少"), "洪泽区人民政府").unit_after == ""


def test_an_unheld_name_after_a_connective_stands_apart():
    q = ask("平潭和厦门市人民政府2022年新收多少")
    assert q.unknown_agency == "厦门市人民政府"
    assert q.unknown_agency_at == 3 and q.unknown_agency_apart


def test_an_unheld_name_right_after_a_held_one_is_its_tail():
    q = ask("洪泽区人民政府南湖分局2024年新收多少")
    assert q.unknown_agency == "南湖分局"
    assert q.unknown_agency_at == mention(q, "洪泽区人民政府").end and not q.unknown_agency_apart


def test_no_unheld_name_has_no_place():
    q = ask("洪泽2024年新收多少")
    assert q.unknown_agency is None and q.unknown_agency_at == -1 and not q.unknown_agency_apart


@pytest.mark.parametrize("question, said, word", [("2024年人民政府新收多少", True, (5, 9)), ("市府2024年新收多少", True, None),
                                                  ("区政府2024年新收多少", True, (1, 3)), ("2024年新收多少", False, None)])
def test_a_government_said_without_a_place_is_noted(question, said, word):
    q = ask(question)
    assert (q.government_said, q.government_word) == (said, word)


def test_only_words_that_may_name_an_agency_are_left_for_the_typo_search():
    left = ask("平谭2022年新收多少").leftover_words
    assert "平谭" in left and "新收" not in left and "2022" not in left and "多少" not in left


@pytest.mark.parametrize("question, at", [("北带河自然资源局申请几件", 8), ("洪泽2024年新收多少", 2), ("2024年洪泽新收多少", 0),
                                          ("洪泽怎么样", 0)])
def test_the_words_before_the_first_year_or_row_are_where_the_agency_is_written(question, at):
    assert ask(question).known_from == at


def test_an_option_rewrites_the_question_at_a_mention():
    q = ask("洪泽2024年新收多少")
    m = mention(q, "洪泽")
    assert q.rewritten(m.start, m.end, "淮安市洪泽区人民政府") == "淮安市洪泽区人民政府2024年新收多少"
    assert q.rewritten(0, 0, "平潭综合实验区：") == "平潭综合实验区：洪泽2024年新收多少"


def test_an_option_replaces_the_first_word_written_and_leaves_a_word_not_written():
    q = ask("嘉兴发改委2020年结转多少还是结转下年度")
    assert q.says("结转") and not q.says("上年结转")
    assert q.replacing("结转", "上年结转") == "嘉兴发改委2020年上年结转多少还是结转下年度"
    assert q.replacing("南湖", "秀洲") == q.text


def test_the_reading_without_unread_words_drops_each_once():
    q = ask("洪泽2024年直接赔偿多少")
    assert q.unread == ["直接赔偿"]
    assert q.without(q.unread) == "洪泽2024年多少"


def test_a_picked_column_is_written_after_the_question_and_read_as_the_column():
    q = ask("洪泽2024年新收多少")
    picked = ask(q.picking("商业企业"))
    assert q.picking("商业企业") == "洪泽2024年新收多少（商业企业）"
    assert picked.columns_named(BY_KEY["本年新收"], "2021") == ("商业企业",)


def test_a_search_looks_for_its_words_else_the_whole_question():
    assert ask("哪些报告提到“网上申请”").searched_text == "网上申请"
    q = ask("洪泽2024年新收多少")
    assert q.search_text == "" and q.searched_text == q.text


def test_columns_are_read_from_the_question_or_from_a_column_named_outright():
    q = ask("洪泽2024年自然人申请多少")
    assert q.columns_named(BY_KEY["本年新收"], "2021") == ("自然人",)
    assert replace(q, column_said="总计").columns_named(BY_KEY["本年新收"], "2021") == ("总计",)
    assert q.other_tables_columns(BY_KEY["本年新收"]) == []
    assert ask("洪泽2024年自然人行政复议多少").other_tables_columns(BY_KEY["行政复议"]) == ["自然人"]


def test_than_last_year_can_be_left_out_of_the_column_words():
    q = ask("平潭2019年许可事项比上一年增加多少")
    assert q.columns_named(q.metrics[0], "2019") == ("上一年项目数量",)  # 上一年 is that column's word
    assert q.columns_named(q.metrics[0], "2019", than_last_year=False) == (CHANGE_COLUMN,)  # 增加: the report's own change


def test_the_resolver_and_answers_do_not_read_the_question_text():
    """Issue 8: after understand(), the Query is the contract. Only the answer's record of the question
    (Answer.asked) takes the text as it is."""
    root = Path(__file__).resolve().parent.parent / "bot"
    reads = []
    for name in ("resolve.py", "gather.py", "respond.py", "across_sql.py", *(p.name for p in root.glob("answer_*.py"))):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        recorded = {id(n) for a in ast.walk(tree) if isinstance(a, ast.Assign)
                    and any(isinstance(t, ast.Attribute) and t.attr == "asked" for t in a.targets) for n in ast.walk(a.value)}
        reads += [f"{name}:{n.lineno}" for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "text"
                  and isinstance(n.value, ast.Name) and n.value.id in ("q", "query", "one") and id(n) not in recorded]
    assert reads == []
