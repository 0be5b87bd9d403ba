"""What users see: the real bot and the real Assistant over the bundled reports, in-process,
polling a fake Bot API over real HTTP on 127.0.0.1 (which rejects what Telegram would reject)."""

from __future__ import annotations

import asyncio
import csv
import io
import time

from fakes.bot_harness import ADMIN, USER, running_bot, settings_for
from openpyxl import load_workbook

from bot import telegram_render as render


async def say(api, text, user=USER, count=1, methods=("sendMessage", "sendPhoto", "sendDocument")):
    """The user sends `text`; returns the bot's first `count` replies as the user sees them."""
    mark = api.mark()
    api.send_text(text, user_id=user)
    return [api.message(c) for c in await api.await_sent(user, mark, count, methods=methods)]


async def tap(api, message, button, user=USER, count=1):
    mark = api.mark()
    api.tap(message, button, user_id=user)
    return [api.message(c) for c in await api.await_sent(user, mark, count)]


async def test_question_gets_a_cited_answer(api, bot):
    [reply] = await say(api, "嘉兴发改委2020年收到多少政府信息公开申请？")
    text = reply["text"]
    assert "嘉兴市发展和改革委员会 2020年" in text and "31 件" in text
    assert "出处：表三 收到和处理政府信息公开申请情况 › 本年新收政府信息公开申请数量 › 总计" in text
    assert "003_9ada3b8ff70e53da.txt 第79行" in text
    assert "<b>31 件</b>" in reply["html"]
    # a quick answer spends no call on "typing…" (see test_telegram_phone for a slow one)
    assert [c for c in api.calls if c.method == "sendChatAction"] == []


async def test_assumptions_and_failed_checks_are_shown(api, bot):
    [reply] = await say(api, "安康市自然资源局行政复议总数")
    assert "ℹ️ " in reply["text"]  # the assumption (year) is said
    assert "⚠️" in reply["text"]  # 表四 prints 0 but its parts add to 2


async def test_ambiguous_question_keyboard_then_tap(api, bot):
    [ask_back] = await say(api, "自然资源局收到多少申请")
    assert api.buttons(ask_back) == [
        "北戴河区自然资源和规划局",
        "嘉兴市自然资源和规划局秀洲分局",
        "安康市自然资源局",
    ]
    data = [b["callback_data"] for row in ask_back["reply_markup"]["inline_keyboard"] for b in row]
    assert all(len(d.encode()) <= 64 and d.startswith("b:") for d in data)
    [answer] = await tap(api, ask_back, "北戴河")
    assert "北戴河区自然资源和规划局 2020年" in answer["text"] and "4 件" in answer["text"]


async def test_follow_ups_and_picks_by_name_carry_the_conversation(api, bot):
    [first] = await say(api, "淮安市府24年收到多少申请")
    assert "3,119 件" in first["text"] or "3119 件" in first["text"]
    [then] = await say(api, "那洪泽呢")
    assert "淮安市洪泽区人民政府 2024年" in then["text"] and "95 件" in then["text"] and "接上题" in then["text"]
    await say(api, "自然资源局收到多少申请")
    [picked] = await say(api, "安康那个")
    assert "安康市自然资源局 2020年" in picked["text"] and "42 件" in picked["text"]


async def test_stale_button_gets_a_polite_message(api, bot):
    [ask_back] = await say(api, "自然资源局收到多少申请")
    qid = api.tap(ask_back, data="b:forgotten")
    await api.await_for(lambda: qid in api.callback_answers)
    assert api.callback_answers[qid]["text"] == render.STALE_BUTTON


async def test_ranking_has_chart_numbers_and_export(api, bot):
    text_reply, photo = await say(api, "2020年各单位收到的申请数量排名", count=2)
    lines = text_reply["text"].splitlines()
    assert "排名" in lines[0]
    assert lines[1] == "表三·本年新收申请·总计 · 2020年"  # what the figures share, said once
    assert lines[2].startswith("1. 嘉兴市自然资源和规划局秀洲分局") and "97 件" in lines[2] and "第137行" in lines[2]
    assert "photo" in photo and "排名" in photo["caption"] and len(photo["caption"]) <= 1024
    call = next(c for c in api.calls if c.method == "sendPhoto")
    assert api.file_bytes(call).startswith(b"\x89PNG")
    assert api.buttons(text_reply) == ["导出表格", "CSV"]

    [xlsx] = await tap(api, text_reply, "导出表格")
    assert xlsx["document"]["file_name"].endswith(".xlsx")
    data = api.file_bytes(next(c for c in api.calls if c.method == "sendDocument"))
    rows = list(load_workbook(io.BytesIO(data))["数据"].iter_rows(values_only=True))
    assert rows[0][0] == "名次" and rows[1][:3] == (1, "嘉兴市自然资源和规划局秀洲分局", 2020) and rows[1][6] == 97
    assert rows[1][9] == "000_65c2709d2d0a946a.txt:137"

    [csv_doc] = await tap(api, text_reply, "CSV")
    raw = api.file_bytes([c for c in api.calls if c.method == "sendDocument"][-1])
    assert raw.startswith(b"\xef\xbb\xbf") and csv_doc["document"]["file_name"].endswith(".csv")
    lines = [r for r in csv.reader(io.StringIO(raw.decode("utf-8-sig"))) if not r[0].startswith("# ")]
    assert lines[5][1].startswith("乍浦镇") and lines[5][0] == "5"


async def test_total_and_not_found(api, bot):
    [total, _chart] = await say(api, "所有单位一共收到多少申请", count=2)
    assert "合计：" in total["text"] and "出处" in total["text"]
    [missing] = await say(api, "杭州市财政局收到多少申请")
    assert "杭州市财政局" in missing["text"] and "没有" in missing["text"] and "乍浦镇" in missing["text"]


async def test_start_shows_what_is_held_and_example_buttons(api, bot):
    [start] = await say(api, "/start")
    assert "7 个单位" in start["text"] and "2020–2024" in start["text"]
    examples = api.buttons(start)
    assert examples[0] == "淮安市人民政府2024年收到多少政府信息公开申请？"
    [answer] = await tap(api, start, examples[0])
    assert "淮安市人民政府 2024年" in answer["text"] and "3119 件" in answer["text"]


async def test_help_lists_admin_commands_only_for_admins(api, bot):
    [user_help] = await say(api, "/help")
    [admin_help] = await say(api, "/help", user=ADMIN)
    assert "/search" in user_help["text"] and "/reindex" not in user_help["text"]
    assert "/reindex" in admin_help["text"]


async def test_command_menus_are_scoped(api, bot):
    default = [c["command"] for c in api.commands['{"type": "default"}|']]
    admin = [c["command"] for c in api.commands['{"chat_id": 42, "type": "chat"}|']]
    assert default == ["start", "help", "agencies", "report", "search"]
    assert admin == default + ["reindex", "stats", "checks"]


async def test_agencies_pages_and_report_card(api, bot, monkeypatch):
    monkeypatch.setattr("bot.telegram_app.PER_PAGE", 5)
    [page] = await say(api, "/agencies")
    assert "共 7 个" in page["text"] and "第 1/2 页" in page["text"]
    mark = api.mark()
    api.tap(page, "下一页")
    await api.await_call("editMessageText", mark)
    assert "第 2/2 页" in api.messages[page["message_id"]]["text"]
    assert api.buttons(page)[-1] == "« 上一页"
    [card] = await tap(api, page, "淮安市洪泽区人民政府")
    assert card["text"].startswith("淮安市洪泽区人民政府 2024年年报")
    assert "本年新收 95" in card["text"] and "表三 本年新收申请·总计 · 第66行" in card["text"]


async def test_report_command_and_usage(api, bot):
    [usage] = await say(api, "/report")
    assert usage["text"].startswith("用法：/report 单位")
    [card] = await say(api, "/report 秀洲分局 2020")  # one report's ~200 cells: one card, not pages
    assert card["text"].startswith("嘉兴市自然资源和规划局秀洲分局 2020年年报")
    assert api.buttons(card)[-1] == render.CARD_EXPORT


async def test_search(api, bot):
    [usage] = await say(api, "/search")
    assert "用法" in usage["text"]
    [hits] = await say(api, "/search 双随机、一公开")
    assert "嘉兴市发展和改革委员会 2020年" in hits["text"]
    assert "<b>双随机</b>" in hits["html"]


async def test_inline_mode_single_figure(api, bot):
    qid = api.inline_query("乍浦镇政府集中采购花了多少钱")
    await api.await_for(lambda: qid in api.inline_answers)
    [result] = api.inline_answers[qid]
    assert result["title"] == "2,448,023 元（244.80万元）"
    assert "001_07f20437b86f2480.txt 第86行" in result["input_message_content"]["message_text"]
    qid = api.inline_query("自然资源局收到多少申请")
    await api.await_for(lambda: qid in api.inline_answers)
    assert api.inline_answers[qid] == []
    assert api.wait_call("answerInlineQuery", where=lambda c: c.params["inline_query_id"] == qid).params[
        "button"
    ]


async def test_odd_updates_do_not_crash(api, bot):
    mark = api.mark()
    api.send_sticker()
    api.send_photo(caption="这是什么")
    replies = await api.await_sent(USER, mark, 2)
    assert all(render.NON_TEXT in api.message(c)["text"] for c in replies)
    [empty] = await say(api, "@reportbot_test_bot")
    assert empty["text"] == render.EMPTY_QUESTION
    mark = api.mark()
    first = api.send_text("秀洲分局")
    await api.await_sent(USER, mark)
    mark = api.mark()
    api.edit_text(first, "秀洲分局收到多少申请")
    [edited] = [api.message(c) for c in await api.await_sent(USER, mark)]
    assert "97 件" in edited["text"]
    mark = api.mark()
    api.send_document("report.txt", "年度报告".encode())
    [refused] = [api.message(c) for c in await api.await_sent(USER, mark)]
    assert "仅限管理员" in refused["text"]
    assert not [c for c in api.calls if c.method == "getFile"]


async def test_errors_are_logged_and_told_briefly(api, bot, assistant, caplog):
    def broken(question, conversation=None):
        raise RuntimeError("boom")

    assistant.answer = broken
    [reply] = await say(api, "秀洲分局收到多少申请")
    assert reply["text"] == render.ERROR
    assert "boom" in caplog.text and "Traceback" in caplog.text


async def test_a_slow_question_does_not_block_other_chats(api, bot, assistant):
    real = assistant.answer

    def slow(question, conversation=None):
        if "慢" in question:
            time.sleep(2)
        return real(question, conversation)

    assistant.answer = slow
    mark = api.mark()
    api.send_text("慢慢来：秀洲分局收到多少申请", user_id=7001)
    await asyncio.sleep(0.2)
    started = time.monotonic()
    [fast] = await say(api, "乍浦镇收到多少申请", user=7002)
    assert time.monotonic() - started < 1.5 and "乍浦镇" in fast["text"]
    assert not api.sent(7001, mark)
    await api.await_sent(7001, mark, timeout=10)


async def test_buttons_survive_a_restart(api, assistant, tmp_path):
    """Short ids live in PicklePersistence beside the index, so yesterday's keyboard still works."""
    settings = settings_for(api, tmp_path)
    async with running_bot(api, settings, assistant):
        [ask_back] = await say(api, "自然资源局收到多少申请")
    assert settings.state_path.is_file() and settings.state_path.parent == settings.db_path.parent
    async with running_bot(api, settings, assistant):
        [answer] = await tap(api, ask_back, "秀洲分局")
    assert "嘉兴市自然资源和规划局秀洲分局 2020年" in answer["text"] and "97 件" in answer["text"]
