"""The bot in-process, polling a fake Bot API over real HTTP on 127.0.0.1."""

from __future__ import annotations

import pytest
from fakes.assistant import FakeAssistant
from fakes.bot_api import BotAPIServer
from fakes.bot_harness import ADMIN, USER, running_bot, settings_for


@pytest.fixture
async def api():
    async with BotAPIServer() as server:
        yield server


@pytest.fixture
def assistant():
    return FakeAssistant()


@pytest.fixture
async def bot(api, assistant, tmp_path):
    async with running_bot(api, settings_for(api, tmp_path), assistant) as app:
        yield app


async def ask(api, text, user=USER, count=1):
    mark = api.mark()
    api.send_text(text, user_id=user)
    return await api.await_sent(user, mark, count)


async def test_question_gets_cited_answer(api, bot):
    [reply] = await ask(api, "秀洲分局收到多少申请")
    text = api.message(reply)["text"]
    assert "97" in text and "出处" in text and "000_x.txt:120" in text
    assert not api.errors()


async def test_commands_scoped(api, bot):
    default = api.commands['{"type": "default"}|']
    admin = api.commands['{"chat_id": 42, "type": "chat"}|']
    assert "reindex" not in [c["command"] for c in default]
    assert "reindex" in [c["command"] for c in admin]


async def test_clarify_then_tap(api, bot):
    [reply] = await ask(api, "自然资源局收到多少申请")
    msg = api.message(reply)
    assert len(api.buttons(msg)) == 2
    mark = api.mark()
    api.tap(msg, "安康")
    [answer] = await api.await_sent(USER, mark)
    assert "安康市自然资源局" in api.message(answer)["text"]
    assert "核对未通过" in api.message(answer)["text"]


async def test_ranking_chart_and_export(api, bot):
    replies = await ask(api, "2020年各单位收到的申请数量排名", count=2)
    assert [c.method for c in replies] == ["sendMessage", "sendPhoto"]
    assert api.file_bytes(replies[1]).startswith(b"\x89PNG")
    mark = api.mark()
    api.tap(api.message(replies[0]), "导出表格")
    [doc] = await api.await_sent(USER, mark)
    assert doc.method == "sendDocument" and api.file_bytes(doc)[:2] == b"PK"


async def test_non_admin_refused(api, bot):
    [reply] = await ask(api, "/reindex")
    assert "仅限管理员" in api.message(reply)["text"]


async def test_reindex_progress(api, bot, assistant):
    assistant.delay = 2
    [status] = await ask(api, "/reindex", user=ADMIN)
    mark = api.mark()
    await api.await_call("editMessageText", mark, where=lambda c: "已重建" in c.params["text"])
    assert not api.errors()


async def test_odd_updates_do_not_crash(api, bot):
    mark = api.mark()
    api.send_sticker(USER)
    api.send_photo(USER)
    await api.await_sent(USER, mark, 2)
    api.edit_text(api.send_text("秀洲分局"), "秀洲分局收到多少申请")
    api.send_document("x.txt", b"hello", user_id=USER)
    await api.await_sent(USER, mark, 5)
    assert not api.errors()
