"""The fake Bot API rejects what Telegram rejects, so our own bugs cannot pass the bot tests."""

from __future__ import annotations

import pytest
from fakes.bot_api import BotAPIServer
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, InvalidToken


@pytest.fixture
async def api_bot():
    async with BotAPIServer() as api:
        bot = Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url)
        async with bot:
            yield api, bot


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"text": "<b>未闭合", "parse_mode": "HTML"}, "can't parse entities"),
        ({"text": "<div>x</div>", "parse_mode": "HTML"}, "Unsupported start tag"),
        ({"text": "1 < 2", "parse_mode": "HTML"}, "can't parse entities"),
        ({"text": "字" * 4097}, "message is too long"),
        ({"text": "<b>" + "字" * 4096 + "</b>", "parse_mode": "HTML"}, None),
        ({"text": "  "}, "message text is empty"),
        (
            {
                "text": "x",
                "reply_markup": InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="问" * 22)]]),
            },
            "BUTTON_DATA_INVALID",
        ),
    ],
)
async def test_send_message_limits(api_bot, kwargs, error):
    api, bot = api_bot
    if error is None:
        await bot.send_message(1, **kwargs)
        return
    with pytest.raises(BadRequest, match=f"(?i){error}"):
        await bot.send_message(1, **kwargs)


async def test_caption_limit_and_uploads(api_bot):
    api, bot = api_bot
    with pytest.raises(BadRequest, match="(?i)caption is too long"):
        await bot.send_photo(1, b"\x89PNG....", caption="字" * 1025)
    msg = await bot.send_document(
        1, "表格".encode(), filename="导出.csv", caption="<i>ok</i>", parse_mode="HTML"
    )
    assert msg.document.file_name == "导出.csv" and msg.caption == "ok"
    assert api.file_bytes(api.sent(1)[-1]) == "表格".encode()


async def test_edits_callbacks_files_and_commands(api_bot):
    api, bot = api_bot
    msg = await bot.send_message(1, "a")
    with pytest.raises(BadRequest, match="(?i)not modified"):
        await bot.edit_message_text("a", 1, msg.message_id)
    assert (await bot.edit_message_text("b", 1, msg.message_id)).text == "b"
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query("nope")
    api.send_document("r.txt", "报告".encode(), user_id=1)
    fid = api.messages[max(api.messages)]["document"]["file_id"]
    assert bytes(await (await bot.get_file(fid)).download_as_bytearray()) == "报告".encode()
    api.send_document("big.txt", None, user_id=1, file_size=21 * 1024 * 1024)
    fid = api.messages[max(api.messages)]["document"]["file_id"]
    with pytest.raises(BadRequest, match="(?i)file is too big"):
        await bot.get_file(fid)
    with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("统计", "中文命令名不行")])


async def test_updates_long_poll_with_offset(api_bot):
    api, bot = api_bot
    assert await bot.get_updates(timeout=0) == ()
    api.send_text("/start")
    api.send_text("你好")
    first = await bot.get_updates(timeout=1)
    assert [u.message.text for u in first] == ["/start", "你好"]
    assert first[0].message.entities[0].type == "bot_command"
    again = await bot.get_updates(offset=first[-1].update_id + 1, timeout=0)
    assert again == ()


async def test_wrong_token_is_unauthorized():
    async with BotAPIServer() as api:
        bot = Bot("999:WRONG", base_url=api.base_url)
        with pytest.raises(InvalidToken):
            await bot.get_me()
