"""Every option of an ask-back is a question that answers: picking one never asks the same again."""

from __future__ import annotations

import pytest

from bot.service import Assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    from conftest import SAMPLE_REPORTS

    return Assistant(tmp_path_factory.mktemp("opts") / "index.db", SAMPLE_REPORTS)


@pytest.mark.parametrize(
    "question",
    ["自然资源局收到多少申请", "秀洲分局规章", "嘉兴收到多少申请", "北戴河自规局 结转"],
)
def test_each_option_of_an_ask_back_answers(assistant, question):
    ans = assistant.answer(question)
    assert ans.kind == "clarify" and len(ans.options) >= 2
    for option in ans.options:
        picked = assistant.answer(option.question)
        assert picked.kind in ("figure", "total", "table"), (option.label, picked.text)
