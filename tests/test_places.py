"""Where agencies are: China's administrative divisions place an agency by the place its name starts from,
so a province or a city no name carries (陕西, 秦皇岛) still picks, offers or declines, never guesses."""

from __future__ import annotations

import shutil

import pytest
from conftest import SAMPLE_REPORTS

from bot.conversation import Conversation
from bot.places import locate, within
from bot.service import Assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, sample_db) -> Assistant:
    db = tmp_path_factory.mktemp("places") / "index.db"
    shutil.copy(sample_db, db)
    return Assistant(db, SAMPLE_REPORTS)


@pytest.mark.parametrize("name, province, city", [
    ("安康市自然资源局", "陕西省", "安康市"),
    ("北戴河区自然资源和规划局", "河北省", "秦皇岛市"),  # a district: its city and province
    ("平潭综合实验区", "福建省", "福州市"),  # a county's name without its ending
    ("淮安市洪泽区人民政府", "江苏省", "淮安市"),
    ("北京市朝阳区人民政府", "北京市", "北京市"),  # 朝阳区 alone is in two provinces: the city says which
])
def test_an_agency_is_placed_by_the_place_its_name_starts_from(name, province, city):
    assert locate(name) == (province, city)


@pytest.mark.parametrize("name", ["乍浦镇人民政府", "自然资源局", "朝阳区人民政府"])
def test_a_township_a_bare_department_or_an_ambiguous_district_is_not_placed(name):
    assert locate(name) is None  # (资源 inside 自然资源局 is no 资源县; 朝阳区 is in 北京 and in 长春)


def test_a_place_may_be_said_with_or_without_its_ending():
    assert within("安康市自然资源局", "陕西") and within("安康市自然资源局", "陕西省")
    assert within("北戴河区自然资源和规划局", "秦皇岛") and not within("北戴河区自然资源和规划局", "浙江")


def test_an_option_is_picked_by_the_province_it_is_in(assistant):
    chat = Conversation()
    asked = assistant.answer("自然资源局20年收了几件申请", chat)
    assert asked.kind == "clarify" and len(asked.options) == 3
    picked = assistant.answer("陕西那个", chat)
    assert picked.figures[0].agency == "安康市自然资源局" and picked.figures[0].value == 42


def test_a_city_no_name_carries_offers_the_agencies_held_there(assistant):
    ans = assistant.answer("秦皇岛的单位收到几件申请")
    assert ans.kind == "clarify" and [o.label for o in ans.options] == ["北戴河区自然资源和规划局"]


def test_a_total_over_a_province_is_declined_while_some_agency_cannot_be_placed(assistant):
    # 乍浦镇 is in 浙江 too, but its name does not say so: a sum of the two placed ones would be wrong
    ans = assistant.answer("浙江的单位2020年一共收到多少申请")
    assert ans.kind == "not_found" and ans.value is None and not ans.figures
    assert any("乍浦镇人民政府" in item for item in ans.items)


def test_a_province_none_held_is_in_is_said_so(assistant):
    ans = assistant.answer("四川的单位收到多少申请")
    assert ans.kind == "not_found" and "四川" in ans.title
