"""What admins do: upload reports, /reindex (one at a time, questions still answered), /stats, /checks."""

from __future__ import annotations

import time
from pathlib import Path

from fakes.bot_harness import ADMIN, NEW_REPORT, USER

from bot import telegram_render as render


async def replies(api, mark, user=ADMIN, count=1, timeout=30):
    return [api.message(c) for c in await api.await_sent(user, mark, count, timeout=timeout)]


async def upload(api, name, data, user=ADMIN, count=1, **kwargs):
    mark = api.mark()
    api.send_document(name, data, user_id=user, **kwargs)
    return await replies(api, mark, user, count)


async def test_upload_reports_what_was_read_and_becomes_answerable(api, bot, assistant):
    question = "平潭综合实验区2022年收到多少政府信息公开申请"
    mark = api.mark()
    api.send_text(question, user_id=USER)
    [before] = await replies(api, mark, USER)
    assert "74 件" not in before["text"]

    received, result = await upload(api, NEW_REPORT.name, NEW_REPORT.read_bytes(), count=2)
    assert "正在读取" in received["text"]
    text = result["text"]
    assert text.startswith("✅ 已加入索引")
    for needle in [
        "单位：平潭综合实验区",
        "年度：2022",
        "模板：2021年版",
        "格式：纯文本",
        "读出单元格：",
        "未读出（已略去）：",
        "算术核对",
    ]:
        assert needle in text, text
    assert (assistant.reports_dir / NEW_REPORT.name).is_file()

    mark = api.mark()
    api.send_text(question, user_id=USER)
    [after] = await replies(api, mark, USER)
    assert "74 件" in after["text"] and "010_pingtan_2022.txt 第" in after["text"]


async def test_a_pdf_upload_names_its_format(api, bot, assistant):
    pdf = Path(__file__).parent / "data" / "reports" / "pdf" / "002_hongze_qu_2023.pdf"
    _, result = await upload(api, "hongze_2023.pdf", pdf.read_bytes(), count=2, mime_type="application/pdf")
    text = result["text"]
    assert text.startswith("✅ 已加入索引"), text
    assert "单位：洪泽区人民政府" in text and "格式：PDF" in text and "读出单元格：186" in text
    assert (assistant.reports_dir / "hongze_2023.pdf").is_file()


async def test_a_file_that_is_not_a_report_leaves_the_index_unchanged(api, bot, assistant):
    before = assistant.stats()
    _, result = await upload(api, "notes.txt", "会议纪要：今天天气很好。\n".encode(), count=2)
    assert result["text"].startswith("❌ 无法读取这份年报：") and "索引未改动" in result["text"]
    assert assistant.stats().reports == before.reports
    assert not (assistant.reports_dir / "notes.txt").exists()


async def test_size_and_type_are_checked_before_downloading(api, bot):
    [big] = await upload(api, "huge.txt", None, file_size=25 * 1024 * 1024)
    assert "文件太大（25.0 MB）" in big["text"] and "20 MB" in big["text"]
    [xls] = await upload(api, "report.xls", b"\xd0\xcf", mime_type="application/vnd.ms-excel")
    assert "只接受 .txt、.md、.html、.pdf、.docx" in xls["text"]
    [doc] = await upload(api, "report.doc", b"\xd0\xcf\x11\xe0", mime_type="application/msword")
    assert "另存为" in doc["text"] and "libreoffice --headless --convert-to docx" in doc["text"]
    [evil] = await upload(api, "a<b>&c.exe", b"MZ")
    assert "“a_b_&c.exe”" in evil["text"]  # the name is made safe, then escaped
    assert not [c for c in api.calls if c.method == "getFile"]


async def test_non_admins_are_refused_politely(api, bot):
    for command in ["/reindex", "/stats", "/checks"]:
        mark = api.mark()
        api.send_text(command, user_id=USER)
        [reply] = await replies(api, mark, USER)
        assert reply["text"] == render.NOT_ADMIN
    [refused] = await upload(api, NEW_REPORT.name, NEW_REPORT.read_bytes(), user=USER)
    assert refused["text"] == render.NOT_ADMIN
    assert not [c for c in api.calls if c.method in ("getFile", "editMessageText")]


async def test_reindex_edits_one_message_and_questions_keep_being_answered(api, bot, assistant):
    real = assistant.reindex

    def slow_reindex(progress=None):  # a big folder: progress first, the swap ~1.5 s later
        for done in range(3):
            progress(done, 3, "")
            time.sleep(0.5)
        return real(progress)

    assistant.reindex = slow_reindex
    mark = api.mark()
    api.send_text("/reindex", user_id=ADMIN)
    [status] = await replies(api, mark)
    assert status["text"].startswith("⏳ 正在重建索引")
    api.send_text("/reindex", user_id=ADMIN)  # a second one while the first runs
    users = range(5001, 5007)
    for uid in users:
        api.send_text("嘉兴发改委2020年收到多少申请", user_id=uid)
    for uid in users:
        [answer] = await replies(api, mark, uid)
        assert "31 件" in answer["text"]
    done = await api.await_call("editMessageText", mark, where=lambda c: "已重建" in c.params["text"])
    edits = [c for c in api.calls[mark:] if c.method == "editMessageText"]
    assert {int(c.params["message_id"]) for c in edits} == {status["message_id"]}
    assert any("/3" in c.params["text"] for c in edits)  # progress shown before the end
    answered = [
        i for i, c in enumerate(api.calls) if c.method == "sendMessage" and int(c.params["chat_id"]) in users
    ]
    assert max(answered) < api.calls.index(done)  # all answered while the rebuild was still running
    assert "份年报" in done.params["text"]
    texts = [api.message(c)["text"] for c in api.sent(ADMIN, mark)]
    assert render.BUSY_REINDEX in texts


async def test_stats_and_checks(api, bot):
    mark = api.mark()
    api.send_text("/stats", user_id=ADMIN)
    [stats] = await replies(api, mark)
    assert "年报：8 份" in stats["text"] and "单位：7 个" in stats["text"] and "上次重建：" in stats["text"]
    mark = api.mark()
    api.send_text("/checks", user_id=ADMIN)
    [checks] = await replies(api, mark)
    assert "数据对不上的报告" in checks["text"] and "安康市自然资源局" in checks["text"]


def nameless_report() -> bytes:
    """The 平潭 report without anything that names it: no title, no statistics period."""
    body = NEW_REPORT.read_text(encoding="utf-8").split("==================== 正文 ====================", 1)[1]
    return body.replace("统计时限为2022年1月1日至2022年12月31日", "统计时限为全年").encode()


async def say(api, text, user=ADMIN, count=1):
    mark = api.mark()
    api.send_text(text, user_id=user)
    return await replies(api, mark, user, count)


async def test_an_upload_without_agency_or_year_asks_for_them_then_is_indexed(api, bot, assistant):
    before = assistant.stats().reports
    _, ask = await upload(api, "nianbao.txt", nameless_report(), count=2)
    text = ask["text"]
    assert "找不到报告单位和年份，暂未入库" in text, text
    assert "格式：纯文本" in text and "读出单元格：200/200" in text and "未读出（已略去）：0" in text
    assert "请直接回复单位和年份" in text and "取消" in text
    assert assistant.stats().reports == before and not list(assistant.reports_dir.glob("*nianbao*"))

    # A question meanwhile is answered as a question, and the upload keeps waiting.
    [answer] = await say(api, "淮安市人民政府2024年收到多少政府信息公开申请")
    assert "已加入索引" not in answer["text"] and "件" in answer["text"]

    # A name that is not an organisation's is refused, and the upload still waits.
    [_, refused] = await say(api, "平潭 2022", count=2)
    assert "不像单位全称" in refused["text"] and assistant.stats().reports == before

    [_, done] = await say(api, "平潭综合实验区 2022年", count=2)
    text = done["text"]
    assert text.startswith("✅ 已加入索引"), text
    assert "单位：平潭综合实验区" in text and "年度：2022" in text and "按您提供的填写" in text
    saved = list(assistant.reports_dir.glob("*nianbao*"))
    assert [p.name for p in saved] == ["平潭综合实验区2022年政府信息公开工作年度报告（nianbao）.txt"]
    assert assistant.stats().reports == before + 1

    # The names live in the file name: a full rebuild keeps the report.
    summary = assistant.reindex()
    assert not summary.failed and assistant.stats().reports == before + 1
    [after] = await say(api, "平潭综合实验区2022年收到多少政府信息公开申请", user=USER)
    assert "74 件" in after["text"]

    # Nothing waits any more: the same words are now a question like any other.
    [again] = await say(api, "平潭综合实验区 2022年")
    assert "已加入索引" not in again["text"]


async def test_the_caption_can_give_the_names_and_cancel_drops_the_upload(api, bot, assistant):
    before = assistant.stats().reports
    _, ask = await upload(api, "a.txt", nameless_report(), count=2)
    assert "暂未入库" in ask["text"]
    [dropped] = await say(api, "取消")
    assert "已放弃“a.txt”" in dropped["text"] and "索引未改动" in dropped["text"]
    [after] = await say(api, "平潭综合实验区 2022")
    assert "已加入索引" not in after["text"]
    assert assistant.stats().reports == before

    _, result = await upload(api, "b.txt", nameless_report(), count=2, caption="单位：平潭综合实验区 年份：2022")
    assert result["text"].startswith("✅ 已加入索引") and "单位：平潭综合实验区" in result["text"], result["text"]
    assert assistant.stats().reports == before + 1


async def test_only_what_is_missing_is_asked_for(api, bot, assistant):
    data = nameless_report().decode().replace("本报告根据", "2022年政府信息公开工作年度报告\n本报告根据", 1)
    _, ask = await upload(api, "c.txt", data.encode(), count=2)
    assert "找不到报告单位，暂未入库" in ask["text"] and "年份：2022" in ask["text"], ask["text"]
    assert "例如：某某市人民政府\n" in ask["text"]
    [_, done] = await say(api, "平潭综合实验区", count=2)
    assert done["text"].startswith("✅ 已加入索引") and "年度：2022" in done["text"], done["text"]
    assert "单位按您提供的填写" in done["text"]
