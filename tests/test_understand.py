"""understand() on its own: a question → a Query, with a catalog and no index."""

from __future__ import annotations

from datetime import date

import pytest

from bot.match import AgencyCatalog
from bot.text import MAX_QUESTION_CHARS, QuestionTooLong, clean_question
from bot.understand import understand
from bot.when import read_period

TODAY = date(2026, 11, 26)
CATALOG = AgencyCatalog([
    (1, "淮安市人民政府", []),
    (2, "淮安市洪泽区人民政府", ["洪泽区人民政府"]),
    (3, "平潭综合实验区", []),
    (4, "嘉兴市发展和改革委员会", []),
    (5, "安康市自然资源局", []),
])


def ask(question: str):
    return understand(question, CATALOG, TODAY)


@pytest.mark.parametrize("pasted", ["洪泽去\u200b年收了几个申请", "洪泽去\ufeff年收了几个申请", "洪泽去\x00年收了几个申请",
                                    "洪 泽 去 年 收 了 几 个 申 请", "洪泽去\u00ad年收了几个申请", "洪泽\u00a0去年收了几个申请"])
def test_invisible_characters_and_spaced_letters_do_not_change_the_reading(pasted):
    assert ask(pasted).years == ask("洪泽去年收了几个申请").years == [2025]


def test_a_question_longer_than_the_cap_is_refused_before_any_work():
    with pytest.raises(QuestionTooLong):
        clean_question("淮" * (MAX_QUESTION_CHARS + 1))
    with pytest.raises(QuestionTooLong):
        clean_question("淮" * 100_000)


@pytest.mark.parametrize("question, years", [
    ("洪泽去年收了几个申请", [2025]),
    ("洪泽今年收了几个申请", [2026]),
    ("洪泽前年收了几个申请", [2024]),
    ("洪泽大前年收了几个申请", [2023]),
    ("现在是2025年，去年洪泽收了几个申请", [2024]),
    ("2024年的前一年洪泽收了几个申请", [2023]),
    ("洪泽2024年的上一年收了几个申请", [2023]),
    ("洪泽2023年的后一年收了几个申请", [2024]),
    ("洪泽二〇二三年收了几个申请", [2023]),
    ("洪泽23年收了几个申请", [2023]),
    ("洪泽2019到2021年一共收了几个申请", [2019, 2020, 2021]),
    ("洪泽2024年上年结转几件", [2024]),
    ("安康自然资源局行政许可上一年项目数量", []),
    ("淮安市府24年结转到明年的有多少", [2024]),
])
def test_years_are_read_against_today_and_against_the_year_named(question, years):
    assert ask(question).years == years


def test_since_a_year_means_up_to_this_year():
    p = read_period("2023年以来洪泽收了多少申请", TODAY)
    assert p.year_range == (2023, 2026) and p.years == [2023, 2024, 2025, 2026]


@pytest.mark.parametrize("question, words", [
    ("淮安市人民政府2024年行政复议涉及的赔偿金额是多少", ["赔偿", "金额"]),  # (金额: no column of 表四)
    ("淮安市人民政府2024年涉及征地拆迁的政府信息公开申请有多少件", ["征地拆迁"]),
    ("淮安市洪泽区人民政府2024年通过网络平台提交的申请有多少件", ["通过网络平台"]),
])
def test_words_no_slot_reads_are_reported(question, words):
    assert ask(question).unread == words


@pytest.mark.parametrize("question", [
    "淮安市政府2024年收到多少申请", "洪泽区2023年行政复议纠正了几件", "请问平潭2022年不予公开一共多少件呢",
    "嘉兴发改委2020年收到的申请里企业提的有几件", "淮安市府24年依申请公开多少", "安康市自然资源局予以公开的申请有多少",
    "淮安市政府保护第三方合法权益不予公开几件", "淮安市政府直接起诉的行政诉讼有几件",
])
def test_plain_questions_leave_nothing_unread(question):
    assert ask(question).unread == []


def test_a_bare_city_name_means_its_government_not_the_units_inside():
    q = ask("淮安市2024年不予公开一共多少")
    assert [m.agency_ids for m in q.mentions] == [[1]]
    assert any("淮安市人民政府" in a for a in q.assumed)


def test_a_city_with_scope_words_stays_a_scope():
    q = ask("淮安市各单位2024年收到的申请排名")
    assert sorted(q.mentions[0].agency_ids) == [1, 2]


def test_which_year_is_a_ranking_of_one_agencys_years():
    q = ask("洪泽区人民政府哪一年收到的申请最多")
    assert q.intent == "trend" and q.by_year


@pytest.mark.parametrize("question, nth", [("2020年收到申请数量排第二的是哪家", 2), ("予以公开第三多的是谁", 3)])
def test_nth_place(question, nth):
    assert ask(question).nth == nth


def test_a_template_year_in_brackets_is_the_template_not_a_year():
    q = ask("用新版（2021）模板的几份年报里，行政事业性收费金额从高到低怎么排？")
    assert q.template == "2021" and not q.years


@pytest.mark.parametrize("question, year", [("洪泽行政许可两千零二十四年多少件", 2024), ("两千零二十年嘉兴发改委新收多少", 2020),
                                            ("二千零二十三年洪泽新收多少", 2023)])
def test_a_year_said_as_a_number_in_chinese(question, year):
    q = ask(question)
    assert q.years == [year] and not q.unread


@pytest.mark.parametrize("question", ["就是那个洪泽区嘛，二零二三年那会儿，他们报告里行政强制的决定一共是写了多少件来着",
                                      "嘉兴发改委2020年这些申请最后因为“本机关不掌握”没法提供的有几件？",
                                      "安康市自然资源局2020年政府集中采购的总金额，折算成元是多少？"])
def test_spoken_words_that_choose_nothing_are_read(question):
    assert not ask(question).unread


@pytest.mark.parametrize("question", ["翻秀洲分局2020年报的时候看到“其他对外管理服务事项”的处理决定数量特别大，具体是多少来着？",
                                      "平潭综合实验区2022年有没有申请人没走复议、直接告到法院，最后判维持的？有的话几件",
                                      "淮安24年 复议后起诉 现在还没审结的有几件",
                                      "淮安市政府、洪泽区两年、平潭这四份报告比一比，现行有效行政规范性文件数量排前两位的是哪两份？"])
def test_scene_and_spoken_words_leave_nothing_unread(question):
    assert not ask(question).unread
