"""Issue: answers a journalist can read on a phone at a glance. Each test drives the real bot and
the real Assistant over the fake Bot API on 127.0.0.1 and reads the message text, the markup sent
and the files attached, as the user would."""

from __future__ import annotations

import io
import re
import time

from fakes.bot_harness import ADMIN, USER
from fakes.phone import phone_lines
from openpyxl import load_workbook

from bot import telegram_render as render


async def say(api, text, user=USER, count=1, chat=None):
    mark = api.mark()
    api.send_text(text, user_id=user, chat_id=chat)
    return [api.message(c) for c in await api.await_sent(chat or user, mark, count)]


async def tap(api, message, button, user=USER, count=1):
    mark = api.mark()
    api.tap(message, button, user_id=user)
    return [api.message(c) for c in await api.await_sent(message["chat"]["id"], mark, count)]


# ------------------------------------------------------------------ 1. say what was computed
async def test_a_change_reads_as_a_change(api, bot):
    reply, photo = await say(api, "洪泽区2024年收到的申请比2023年多多少", count=2)
    lines = reply["text"].splitlines()
    assert "2024年比2023年多74件（+352.4%）" in lines[0]
    assert lines[1] == "变化：+74 件" and "<b>+74 件</b>" in reply["html"]
    assert "合计" not in reply["text"] and "由以下两年的数字相减" in reply["text"]
    assert "1. 2023年：21 件" in reply["text"] and "2. 2024年：95 件" in reply["text"]
    assert "photo" in photo


async def test_a_total_across_agencies_names_its_year(api, bot):
    reply, _chart = await say(api, "所有单位一共收到多少申请", count=2)
    lines = reply["text"].splitlines()
    assert lines[0].startswith("2024年") and "合计" in lines[0]
    assert lines[1] == "合计：3214 件" and lines[2] == "由以下各项相加："


async def test_a_share_says_it_is_a_share_and_how(api, bot):
    [reply] = await say(api, "淮安市府不予公开占比")
    assert "比例：5.8%" in reply["text"] and "178 ÷ 3050" in reply["text"]


# ------------------------------------------------------------------ 3. short citations
async def test_one_figure_has_one_short_source_line_and_the_full_citation_folded(api, bot):
    [reply] = await say(api, "嘉兴发改委2020年收到多少政府信息公开申请？")
    lines = reply["text"].splitlines()
    assert lines[0] == "嘉兴市发展和改革委员会 2020年 本年新收申请（总计）：31 件"
    assert lines[1] == "表三·本年新收申请·总计 · 第79行"
    quote = reply["html"][reply["html"].index("<blockquote expandable>") :]
    assert "003_9ada3b8ff70e53da.txt 第79行" in quote and "原文“31”" in quote
    assert phone_lines(reply["html"]) <= 6


async def test_a_ranking_of_five_fits_a_phone_screen(api, bot):
    reply, _chart = await say(api, "2020年各单位收到的申请数量排名", count=2)
    ranked = [line for line in reply["text"].splitlines() if line[:2] in {"1.", "2.", "3.", "4.", "5."}]
    assert len(ranked) >= 5 and all("第" in line and "行" in line for line in ranked[:5])
    assert reply["html"].count("<blockquote expandable>") == 1  # every file and line, folded in one place
    assert phone_lines(reply["html"]) <= 20, phone_lines(reply["html"])


# ------------------------------------------------------------------ 9. rate limits
async def test_typing_is_sent_only_when_the_answer_is_slow(api, bot, assistant):
    await say(api, "秀洲分局收到多少申请")
    assert not [c for c in api.calls if c.method == "sendChatAction"]
    real = assistant.answer

    def slow(question, conversation=None):
        time.sleep(0.8)
        return real(question, conversation)

    assistant.answer = slow
    mark = api.mark()
    await say(api, "乍浦镇收到多少申请")
    actions = [c for c in api.calls[mark:] if c.method == "sendChatAction"]
    assert [c.params["action"] for c in actions] == ["typing"]


# ------------------------------------------------------------------ 2. /report: a one-screen card
async def test_report_is_a_one_screen_card_with_table_buttons(api, bot):
    [card] = await say(api, "/report 安康市自然资源局")
    text = card["text"]
    assert text.startswith("安康市自然资源局 2020年年报（2019年版模板）")
    assert "本年新收 42 · 上年结转 3 · 办结 44 · 结转下年度 1 件" in text
    assert "予以公开 14（31.8%）" in text and "部分公开 22（50%）" in text and "（占办结）" in text
    assert "行政复议 0 · 复议纠正 1" in text  # printed 0 with 1 corrected: no share is made up
    assert "核对未通过 2 处" in text and "表四 行政复议：总计印0，各项相加2" in text
    assert "空白（表中未填）" not in text and "• 本年新收申请（商业企业）" not in text
    assert phone_lines(card["html"]) <= 30, phone_lines(card["html"])
    assert api.buttons(card) == ["表二（图）", "表三（图）", "表四（图）", "导出整份年报（XLSX，按原表格式）"]

    [picture] = await tap(api, card, "表四")
    assert "photo" in picture and picture["caption"].startswith("🗂 安康市自然资源局 2020年 表四")
    png = api.file_bytes([c for c in api.calls if c.method == "sendPhoto"][-1])
    assert png.startswith(b"\x89PNG")

    [document] = await tap(api, card, "导出整份年报")
    data = api.file_bytes([c for c in api.calls if c.method == "sendDocument"][-1])
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames[:3] == ["表二", "表三", "表四"]
    t4 = list(wb["表四"].iter_rows(values_only=True))
    assert t4[1] == ("项目", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    assert t4[2] == ("行政复议", 0, 1, 0, 1, 0)  # the grid as printed, not 15 long rows
    assert len(list(wb["表三"].iter_rows())) < 40 and document["document"]["file_name"].endswith(".xlsx")


async def test_agency_button_opens_the_card(api, bot):
    [page] = await say(api, "/agencies")
    [card] = await tap(api, page, "淮安市人民政府")
    assert card["text"].startswith("淮安市人民政府 2024年年报（2021年版模板）")
    assert "本年新收 3119 · 上年结转 34 · 办结 3050" in card["text"] and "全部通过" in card["text"]
    assert "行政复议 351 · 复议纠正 64（18.2%）" in card["text"]


# ------------------------------------------------------------------ 5. exports
async def test_xlsx_of_a_ranking_has_rank_filter_frozen_header_notes_and_year_in_its_name(api, bot):
    reply, _chart = await say(api, "2020年各单位收到的申请数量排名", count=2)
    [document] = await tap(api, reply, "导出表格")
    assert document["document"]["file_name"] == "年报数据_2020年_本年新收申请排名（共5个）.xlsx"
    wb = load_workbook(io.BytesIO(api.file_bytes([c for c in api.calls if c.method == "sendDocument"][-1])))
    ws = wb["数据"]
    rows = list(ws.iter_rows(values_only=True))
    assert [r[0] for r in rows[:6]] == ["名次", 1, 2, 3, 4, 5]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:K6"
    notes = [r[0] for r in wb["说明"].iter_rows(values_only=True)]
    assert "标题：本年新收申请排名（共5个）" in notes and "说明：未计入：淮安市人民政府（没有2020年的年报）" in notes


async def test_exports_of_a_total_carry_the_computed_figure(api, bot):
    reply, _chart = await say(api, "所有单位一共收到多少申请", count=2)
    [document] = await tap(api, reply, "导出表格")
    assert "2024年" in document["document"]["file_name"]
    wb = load_workbook(io.BytesIO(api.file_bytes([c for c in api.calls if c.method == "sendDocument"][-1])))
    last = list(wb["数据"].iter_rows(values_only=True))[-1]
    assert last[0] == "合计" and last[6] == 3214 and last[7] == "件"
    assert "合计：3214件" in [r[0] for r in wb["说明"].iter_rows(values_only=True)]
    [csv_doc] = await tap(api, reply, "CSV")
    text = api.file_bytes([c for c in api.calls if c.method == "sendDocument"][-1]).decode("utf-8-sig")
    head = text.splitlines()[:4]
    assert head[0].startswith("# 标题：2024年") and "# 合计：3214件" in head
    assert any(line.startswith("# 说明：未指明年份") for line in text.splitlines())


# ------------------------------------------------------------------ 6. inline mode
async def inline(api, text):
    qid = api.inline_query(text)
    await api.await_for(lambda: qid in api.inline_answers)
    return qid, api.inline_answers[qid]


async def test_inline_empty_query_gets_a_hint_not_a_spinner(api, bot):
    for text in ("", "淮"):
        _qid, [hint] = await inline(api, text)
        assert hint["title"] == "请输入问题（单位、年份、要查的数字）"
        assert hint["description"].startswith("例如：淮安市人民政府2024年收到多少政府信息公开申请？")
        assert "可以这样问" in hint["input_message_content"]["message_text"]


async def test_inline_ranking_and_total_are_articles_with_a_one_line_summary(api, bot):
    _qid, [ranking] = await inline(api, "2020年各单位收到的申请数量排名")
    assert ranking["title"] == "本年新收申请排名（共5个）"
    assert ranking["description"].startswith("1. 嘉兴市自然资源和规划局秀洲分局 97 件；2. 安康市自然资源局 42 件")
    message = ranking["input_message_content"]["message_text"]
    assert message.startswith("<i>问：2020年各单位收到的申请数量排名</i>") and "<blockquote expandable>" in message
    _qid, [total] = await inline(api, "所有单位一共收到多少申请")
    assert total["title"].startswith("合计：3214 件 · 2024年")


# ------------------------------------------------------------------ 7. keyboards and groups
async def test_a_tap_marks_the_choice_and_the_answer_restates_the_question(api, bot):
    [ask_back] = await say(api, "自然资源局收到多少申请")
    [answer] = await tap(api, ask_back, "安康")
    edited = api.messages[ask_back["message_id"]]
    assert edited["text"].endswith("✓ 安康市自然资源局") and "reply_markup" not in edited
    assert answer["text"].startswith("问：安康市自然资源局收到多少申请")
    assert "安康市自然资源局 2020年" in answer["text"] and "42 件" in answer["text"]


GROUP = -5001


async def test_in_a_group_the_bot_answers_when_mentioned_or_replied_to_and_quotes_the_question(api, bot):
    mark = api.mark()
    api.send_text("大家看看这个报告", user_id=USER, chat_id=GROUP)  # not for the bot: no reply
    question = api.send_text("@reportbot_test_bot 秀洲分局收到多少申请", user_id=USER, chat_id=GROUP)
    [reply] = [api.message(c) for c in await api.await_sent(GROUP, mark)]
    call = next(c for c in api.sent(GROUP, mark))
    assert call.params["reply_parameters"]["message_id"] == question["message_id"]
    assert "97 件" in reply["text"]
    mark = api.mark()
    api.send_text("那乍浦镇呢", user_id=USER, chat_id=GROUP, reply_to=reply)
    [follow] = [api.message(c) for c in await api.await_sent(GROUP, mark)]
    assert "乍浦镇" in follow["text"]
    assert len(api.sent(GROUP)) == 2  # the chatter got nothing


# ------------------------------------------------------------------ 8. consistency
async def test_start_help_and_hello_give_one_help_text_built_from_the_data_held(api, bot):
    [start] = await say(api, "/start")
    [help_] = await say(api, "/help")
    [hello] = await say(api, "你好")
    body = "可以这样问：\n  · 淮安市人民政府2024年收到多少政府信息公开申请？\n  · 2024年各单位收到的申请数量排名\n"
    for reply in (start, help_, hello):
        assert "库中有7个单位的年报（2020–2024年）" in reply["text"] and body in reply["text"], reply["text"]
    assert "比较淮安市人民政府和淮安市洪泽区人民政府2024年的行政复议" in hello["text"]
    assert "嘉兴发改委2020年" not in help_["text"]  # no example the data does not hold
    assert api.buttons(start) == api.buttons(hello)


async def test_stats_is_in_local_time(api, bot):
    mark = api.mark()
    api.send_text("/stats", user_id=ADMIN)
    [stats] = [api.message(c) for c in await api.await_sent(ADMIN, mark)]
    assert re.search(r"上次重建：20\d\d-\d\d-\d\d \d\d:\d\d（北京时间）", stats["text"]), stats["text"]


def test_local_time_is_shanghai():
    assert render.local_time("2026-11-26T16:10:40+00:00") == "2026-11-27 00:10（北京时间）"
    assert render.template_name("2019") == "2019年版" and render.template_name("2021年版") == "2021年版"


async def test_the_checks_list_is_short_readable_lines_with_the_formulas_folded(api, bot):
    [checks] = await say(api, "哪些报告的数据对不上")
    lines = checks["text"].splitlines()
    at = lines.index("⚠️ 安康市自然资源局 2020年")
    assert lines[at + 1] == "   表三（自然人列）：新收+上年结转 41 ≠ 办结+结转下年度 45"
    assert lines[at + 2] == "   表四 行政复议：总计印0，各项相加2"
    assert "   表四 行政诉讼·复议后起诉：总计印0，各项相加5" in lines
    assert "❔ 北戴河区自然资源和规划局 2020年" in lines
    quote = checks["html"][checks["html"].index("<blockquote expandable>") :]
    assert "结果维持0 + 结果纠正1 + 其他结果0 + 尚未审结1 = 2，但总计印为0" in quote


async def test_a_failed_check_beside_figures_and_in_the_notes_is_said_once(api, bot):
    reply, _chart = await say(api, "洪泽区历年收到的申请", count=2)
    assert reply["text"].count("正文写17件") == 1
