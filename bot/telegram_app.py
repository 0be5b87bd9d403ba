"""The Telegram front-end: a python-telegram-bot 22 Application over one Assistant.

`build_application(settings)` wires everything (tests call it too, pointing `settings.base_url` at a
Bot API server on 127.0.0.1); `serve(settings)` runs it by polling or webhook. The handlers only
call Assistant methods, off the event loop, and render with bot.telegram_render.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import secrets
import sys

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    PersistenceInput,
    PicklePersistence,
    filters,
)

from bot import charts, export, report_card, wording
from bot import telegram_render as render
from bot.answer import Answer
from bot.config import Settings, SettingsError
from bot.conversation import Conversation
from bot.telegram_render import LOCAL_TIME

log = logging.getLogger(__name__)

PER_PAGE = 8
MIN_INLINE = 2  # characters: a shorter inline query gets a hint
TYPING_AFTER = 0.3  # seconds: a quicker answer needs no "typing…"
MAX_BUTTONS = 300  # short ids remembered per chat; older buttons become "stale"
USER_COMMANDS = [
    BotCommand("start", "开始：收录情况和示例问题"),
    BotCommand("help", "使用说明"),
    BotCommand("agencies", "收录的单位和年度"),
    BotCommand("report", "一份年报的表格数据：/report 单位 [年份]"),
    BotCommand("search", "在报告正文中检索：/search 关键词"),
]
ADMIN_COMMANDS = [
    BotCommand("reindex", "重建索引"),
    BotCommand("stats", "索引概况"),
    BotCommand("checks", "数据对不上的报告"),
]
Context = ContextTypes.DEFAULT_TYPE


class ReportBot:
    """The handlers, bound to one Assistant and the admins' ids."""

    def __init__(self, settings: Settings, assistant=None):
        self.settings = settings
        self.assistant = assistant
        self.admins = filters.User(user_id=settings.admin_ids, allow_empty=False)
        self.index_lock = asyncio.Lock()  # one /reindex or upload at a time

    def is_admin(self, update: Update) -> bool:
        user = update.effective_user
        return bool(user) and user.id in self.settings.admin_ids

    # ------------------------------------------------------------------ lifecycle
    async def post_init(self, app: Application) -> None:
        if self.assistant is None:
            from bot.service import Assistant

            self.settings.db_path.parent.mkdir(parents=True, exist_ok=True)
            self.assistant = await asyncio.to_thread(
                Assistant, self.settings.db_path, self.settings.reports_dir
            )
        await self.set_commands(app)

    async def set_commands(self, app: Application) -> None:
        """Everyone sees the user commands; each admin's own chat also lists the admin commands."""
        await app.bot.set_my_commands(USER_COMMANDS, scope=BotCommandScopeDefault())
        for admin_id in sorted(self.settings.admin_ids):
            try:
                await app.bot.set_my_commands(
                    USER_COMMANDS + ADMIN_COMMANDS, scope=BotCommandScopeChat(admin_id)
                )
            except TelegramError as e:  # the admin never opened a chat with the bot
                log.warning("could not set admin commands for %s: %s", admin_id, e)

    # ------------------------------------------------------------------ buttons
    def remember(self, context: Context, action: str, *payload) -> str:
        """Keep (action, payload) under a short id in chat_data; the id goes into callback_data."""
        store = context.chat_data.setdefault("buttons", {})
        key = secrets.token_urlsafe(6)
        store[key] = (action, *payload)
        while len(store) > MAX_BUTTONS:
            store.pop(next(iter(store)))
        return f"b:{key}"

    def answer_markup(self, context: Context, answer: Answer, source: tuple) -> InlineKeyboardMarkup | None:
        if answer.kind == "clarify" and answer.options:
            rows = [
                [InlineKeyboardButton(o.label[:60], callback_data=self.remember(context, "pick", o.question))]
                for o in answer.options[:20]
            ]
            return InlineKeyboardMarkup(rows)
        if answer.kind in ("table", "total") and answer.figures:
            return InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            render.EXPORT_BUTTON, callback_data=self.remember(context, "xlsx", source)
                        ),
                        InlineKeyboardButton("CSV", callback_data=self.remember(context, "csv", source)),
                    ]
                ]
            )
        return None

    def card_markup(self, context: Context, answer: Answer, source: tuple) -> InlineKeyboardMarkup:
        """Under a report card: one button per table (sent as a picture of its grid), and the export."""
        tables = report_card.summary(answer).tables
        row = [
            InlineKeyboardButton(f"{t}（图）", callback_data=self.remember(context, "grid", source, t)) for t in tables
        ]
        export_row = [
            InlineKeyboardButton(render.CARD_EXPORT, callback_data=self.remember(context, "xlsx", source))
        ]
        return InlineKeyboardMarkup([row, export_row] if row else [export_row])

    async def send_grid(self, chat_id: int, context: Context, source: tuple, table: str) -> None:
        """One table of a report as a picture of its grid (rows × columns as printed)."""
        answer = await self.replay(source)
        grid = report_card.grid(answer, table) if report_card.is_card(answer) else None
        if grid is None:
            await context.bot.send_message(chat_id, render.esc(render.STALE_BUTTON))
            return
        card = report_card.summary(answer)
        source_line = f"出处：{'、'.join(card.files)}；空白格画作“—”，核对未通过的格标红"
        png = await asyncio.to_thread(
            charts.grid_png, grid, f"{card.agency} {card.year}年 {grid.table}", source_line
        )
        await context.bot.send_photo(chat_id, png, caption=render.card_caption(card, grid))

    async def replay(self, source: tuple) -> Answer:
        """Produce again the answer a button refers to (after a reindex it reflects the new index)."""
        kind, *args = source
        method = {
            "ask": self.assistant.answer,
            "card": self.assistant.report_card,
            "search": self.assistant.search,
            "checks": self.assistant.failed_checks,
        }[kind]
        return await asyncio.to_thread(method, *args)

    # ------------------------------------------------------------------ sending
    async def send_answer(
        self,
        chat_id: int,
        context: Context,
        source: tuple,
        answer: Answer | None = None,
        restate: bool = False,
        reply_to: int | None = None,
    ) -> None:
        """Answer, with its keyboard, then its chart if it has one.

        "typing…" is sent only when the answer takes longer than TYPING_AFTER (each chat action costs
        one of the bot's ~30 calls a second). `restate`: say on top what was asked (after a tap);
        `reply_to`: quote the question (in groups)."""
        if answer is None:
            work = asyncio.ensure_future(self.produce(context, source))
            done, _ = await asyncio.wait({work}, timeout=TYPING_AFTER)
            if not done:
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
            answer, source = await work
        if source[0] == "card" and report_card.is_card(answer):
            messages = render.split_messages(render.card_blocks(report_card.summary(answer)))
            markup = self.card_markup(context, answer, source)
        else:
            messages = render.answer_messages(answer, answer.asked if restate else "")
            markup = self.answer_markup(context, answer, source)
            if answer.kind == "help":  # 你好 / 帮助: the help text of /start, with its example buttons
                markup = self.examples_markup(context, await asyncio.to_thread(self.assistant.agencies))
        quote = {"reply_parameters": ReplyParameters(reply_to, allow_sending_without_reply=True)} if reply_to else {}
        for i, text in enumerate(messages):
            last = i == len(messages) - 1
            await context.bot.send_message(
                chat_id, text, reply_markup=markup if last else None, **(quote if i == 0 else {})
            )
        png = None if source[0] == "card" else await asyncio.to_thread(charts.chart_png, answer)
        if png:
            await context.bot.send_photo(chat_id, png, caption=render.chart_caption(answer))

    async def produce(self, context: Context, source: tuple) -> tuple[Answer, tuple]:
        """The answer a source asks for, and the source its buttons should replay."""
        if source[0] == "ask":  # read against this chat's conversation (follow-ups, picks by name)
            conversation = context.chat_data.setdefault("conversation", Conversation())
            answer = await asyncio.to_thread(self.assistant.answer, source[1], conversation)
            return answer, ("ask", answer.asked or source[1])  # buttons replay the question as it was read
        return await self.replay(source), source

    async def reply(self, update: Update, blocks: list[str] | str, **kwargs) -> None:
        blocks = [blocks] if isinstance(blocks, str) else blocks
        for text in render.split_messages(blocks):
            await update.effective_message.reply_text(text, **kwargs)

    # ------------------------------------------------------------------ user commands
    async def start(self, update: Update, context: Context) -> None:
        """/start: a greeting, the help text (what the bot holds, examples) and the examples as buttons."""
        agencies = await asyncio.to_thread(self.assistant.agencies)
        await update.effective_message.reply_text(
            "\n".join(render.start_blocks(agencies, self.help_lines(agencies))),
            reply_markup=self.examples_markup(context, agencies),
        )

    async def help(self, update: Update, context: Context) -> None:
        """/help: the same help text, then the commands (admin ones for admins)."""
        agencies = await asyncio.to_thread(self.assistant.agencies)
        await self.reply(
            update, render.help_blocks(self.help_lines(agencies), context.bot.username, self.is_admin(update))
        )

    @staticmethod
    def help_lines(agencies: list[tuple[str, list[int]]]) -> list[str]:
        years = sorted({y for _, ys in agencies for y in ys})
        return wording.help_lines(len(agencies), years, example_questions(agencies))

    def examples_markup(self, context: Context, agencies) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(q[:60], callback_data=self.remember(context, "ask", q))]
                for q in example_questions(agencies)
            ]
        )

    async def agencies(self, update: Update, context: Context) -> None:
        """/agencies: the agencies held, a page at a time."""
        text, markup = await self.agencies_page(context, 0)
        await update.effective_message.reply_text(text, reply_markup=markup)

    async def agencies_page(self, context: Context, page: int) -> tuple[str, InlineKeyboardMarkup]:
        agencies = await asyncio.to_thread(self.assistant.agencies)
        text, pages = render.agencies_page(agencies, page, PER_PAGE)
        page = min(max(page, 0), pages - 1)
        rows = [
            [InlineKeyboardButton(name[:60], callback_data=self.remember(context, "card", name, None))]
            for name, _years in agencies[page * PER_PAGE : (page + 1) * PER_PAGE]
        ]
        nav = []
        if page > 0:
            nav.append(InlineKeyboardButton("« 上一页", callback_data=f"ag:{page - 1}"))
        if page < pages - 1:
            nav.append(InlineKeyboardButton("下一页 »", callback_data=f"ag:{page + 1}"))
        return text, InlineKeyboardMarkup(rows + ([nav] if nav else []))

    async def search(self, update: Update, context: Context) -> None:
        """/search 关键词: full-text search over the reports' prose."""
        text = " ".join(context.args or []).strip()
        if not text:
            await self.reply(update, render.esc(render.USAGE["search"]))
            return
        await self.send_answer(update.effective_chat.id, context, ("search", text), reply_to=quote_id(update))

    async def report(self, update: Update, context: Context) -> None:
        """/report 单位 [年份]: one report's tables as a card."""
        args = list(context.args or [])
        year = None
        if args and re.fullmatch(r"(19|20)\d\d年?", args[-1]):
            year = int(args.pop()[:4])
        agency = " ".join(args).strip()
        if not agency:
            await self.reply(update, render.esc(render.USAGE["report"]))
            return
        await self.send_answer(update.effective_chat.id, context, ("card", agency, year), reply_to=quote_id(update))

    async def question(self, update: Update, context: Context) -> None:
        """Free text: a question for the answering core. In a group, only a message that mentions the
        bot or replies to it is a question (as with privacy mode on), and the answer quotes it."""
        message = update.effective_message
        text = message.text or ""
        username = context.bot.username
        group = update.effective_chat.type in ("group", "supergroup")
        if group and not self.addressed(message, username, context.bot.id):
            return
        if username:
            text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
        text = text.strip()
        if not text:
            await self.reply(update, render.EMPTY_QUESTION)
            return
        await self.send_answer(
            update.effective_chat.id, context, ("ask", text), reply_to=quote_id(update)
        )

    @staticmethod
    def addressed(message, username: str | None, bot_id: int) -> bool:
        """A group message meant for the bot: it mentions @username or replies to one of its messages."""
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
            return True
        return bool(username) and f"@{username.lower()}" in (message.text or "").lower()

    async def non_text(self, update: Update, context: Context) -> None:
        """Stickers, photos, voice…: say what the bot understands."""
        await self.reply(update, render.esc(render.NON_TEXT))

    async def button(self, update: Update, context: Context) -> None:
        """A tap on an inline button: page through agencies, answer an option, export a table."""
        query = update.callback_query
        data = query.data or ""
        if data.startswith("ag:") and data[3:].isdigit():
            await query.answer()
            text, markup = await self.agencies_page(context, int(data[3:]))
            if text != (query.message.text if query.message else None):
                await query.edit_message_text(text, reply_markup=markup)
            return
        known = data.startswith("b:") and update.effective_chat is not None
        entry = (context.chat_data or {}).get("buttons", {}).get(data[2:]) if known else None
        if entry is None:
            await query.answer(render.STALE_BUTTON, show_alert=True)
            return
        action, *payload = entry
        chat_id = update.effective_chat.id
        if action in ("xlsx", "csv"):
            await query.answer("正在导出…")
            await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
            answer = await self.replay(payload[0])
            data_bytes = await asyncio.to_thread(
                export.to_xlsx if action == "xlsx" else export.to_csv, answer
            )
            await context.bot.send_document(
                chat_id, data_bytes, filename=export.filename(answer, action), caption=render.EXPORT_CAPTION
            )
            return
        if action == "grid":
            await query.answer("正在画表…")
            await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_PHOTO)
            await self.send_grid(chat_id, context, *payload)
            return
        await query.answer()
        if action == "pick":  # an ask-back answered: the question now shows the choice, without buttons
            await self.show_choice(query)
        source = ("ask", payload[0]) if action in ("ask", "pick") else ("card", *payload)
        await self.send_answer(chat_id, context, source, restate=action in ("ask", "pick"))

    @staticmethod
    async def show_choice(query) -> None:
        """Edit the ask-back to say which option was tapped (✓ 安康市自然资源局)."""
        message = query.message
        if message is None or not getattr(message, "text", None):
            return
        chosen = next(
            (b.text for row in (message.reply_markup.inline_keyboard if message.reply_markup else ())
             for b in row if b.callback_data == query.data),
            None,
        )
        if chosen is None:
            return
        try:
            await query.edit_message_text(f"{message.text_html}\n✓ <b>{render.esc(chosen)}</b>", reply_markup=None)
        except TelegramError as e:  # an old message: the answer still comes
            log.warning("could not mark the choice: %s", e)

    async def inline(self, update: Update, context: Context) -> None:
        """Inline mode (@bot 问题 in any chat): a figure, a ranking or a total as one article with a
        one-line summary; an empty or too short query gets a hint instead of a spinner."""
        query = update.inline_query
        text = query.query.strip()
        if len(text) < MIN_INLINE:
            agencies = await asyncio.to_thread(self.assistant.agencies)
            examples = example_questions(agencies)[:2]
            hint = InlineQueryResultArticle(
                id="hint",
                title=render.INLINE_HINT_TITLE,
                description="例如：" + "；".join(examples),
                input_message_content=InputTextMessageContent(render.inline_hint_message(examples)),
            )
            await query.answer([hint], cache_time=300, button=self.inline_button())
            return
        answer = await asyncio.to_thread(self.assistant.answer, text)
        results = []
        summary = render.inline_summary(answer)
        if summary:
            title, description = summary
            message = render.truncate("\n".join(render.answer_blocks(answer, answer.asked)), render.MAX_TEXT)
            results.append(
                InlineQueryResultArticle(
                    id=secrets.token_hex(8),
                    title=title,
                    description=description,
                    input_message_content=InputTextMessageContent(message),
                )
            )
        await query.answer(results, cache_time=30, button=None if results else self.inline_button())

    @staticmethod
    def inline_button() -> InlineQueryResultsButton:
        return InlineQueryResultsButton(text="这个问题请到对话中问我", start_parameter="inline")

    # ------------------------------------------------------------------ errors
    async def on_error(self, update: object, context: Context) -> None:
        """Log the traceback; tell the user briefly, in Chinese."""
        log.error("error while handling an update", exc_info=context.error)
        if not isinstance(update, Update):
            return
        if update.callback_query:
            try:
                await update.callback_query.answer(render.ERROR, show_alert=True)
                return
            except TelegramError:  # already answered: say it in the chat instead
                pass
        if update.effective_chat and (update.effective_message or update.callback_query):
            try:
                await context.bot.send_message(update.effective_chat.id, render.esc(render.ERROR))
            except TelegramError:
                log.warning("could not tell the user about the error", exc_info=True)


def quote_id(update: Update) -> int | None:
    """In a group, the message to quote in the reply (so everyone sees which question it answers)."""
    group = update.effective_chat is not None and update.effective_chat.type in ("group", "supergroup")
    return update.effective_message.message_id if group and update.effective_message else None


def example_questions(agencies: list[tuple[str, list[int]]]) -> list[str]:
    """Questions that work on what is held (the same examples the help text gives)."""
    return wording.example_questions(agencies)


def add_handlers(app: Application, bot: ReportBot) -> None:
    from bot.telegram_admin import add_admin_handlers

    messages = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
    app.add_handler(CommandHandler("start", bot.start))
    app.add_handler(CommandHandler("help", bot.help))
    app.add_handler(CommandHandler("agencies", bot.agencies))
    app.add_handler(CommandHandler("search", bot.search))
    app.add_handler(CommandHandler("report", bot.report))
    add_admin_handlers(app, bot)
    app.add_handler(MessageHandler(messages & filters.TEXT & ~filters.COMMAND, bot.question))
    app.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & ~filters.TEXT, bot.non_text)
    )
    app.add_handler(CallbackQueryHandler(bot.button))
    app.add_handler(InlineQueryHandler(bot.inline))
    app.add_error_handler(bot.on_error)


def build_application(settings: Settings, assistant=None) -> Application:
    """The bot's Application: HTML by default, rate-limited, state persisted beside the index.

    `assistant` defaults to `Assistant(settings.db_path, settings.reports_dir)`, built in post_init.
    """
    if not settings.token:
        raise SettingsError("没有设置 TELEGRAM_BOT_TOKEN：请在环境变量或 .env 文件中填写 @BotFather 给的令牌")
    bot = ReportBot(settings, assistant)
    settings.state_path.parent.mkdir(parents=True, exist_ok=True)
    persistence = PicklePersistence(
        filepath=settings.state_path,
        store_data=PersistenceInput(bot_data=False, user_data=False, chat_data=True, callback_data=False),
        update_interval=30,
    )
    app = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=LOCAL_TIME))
        .rate_limiter(AIORateLimiter(max_retries=3))
        .persistence(persistence)
        .concurrent_updates(16)
        .post_init(bot.post_init)
        .build()
    )
    add_handlers(app, bot)
    return app


def setup_logging(level: int = logging.INFO) -> None:
    """For entry points only: log to stderr, without one line per getUpdates call."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    logging.getLogger("httpx").setLevel(logging.WARNING)


WEBHOOK_SECRET_GENERATED = (
    "未设置 REPORTBOT_WEBHOOK_SECRET：本次启动生成了随机密钥 {secret} ，注册 webhook 时已交给 Telegram，"
    "不带这个密钥的请求一律拒绝（403）。要固定密钥，把 REPORTBOT_WEBHOOK_SECRET={secret} 写进 .env。"
)


def serve(settings: Settings) -> None:
    """Run the bot until interrupted: long polling, or a webhook when REPORTBOT_WEBHOOK_URL is set."""
    if settings.webhook_url and not settings.webhook_secret:
        secret = secrets.token_urlsafe(32)  # A-Z a-z 0-9 _ -, as Telegram requires
        settings = dataclasses.replace(settings, webhook_secret=secret)
        print(WEBHOOK_SECRET_GENERATED.format(secret=secret), file=sys.stderr)
    app = build_application(settings)
    if settings.webhook_url:
        log.info("webhook mode: listening on %s:%s", settings.webhook_listen, settings.webhook_port)
        if settings.webhook_listen not in ("127.0.0.1", "::1", "localhost"):
            log.warning(
                "webhook server listens on %s, not only on this machine: put it behind a reverse proxy "
                "(deploy/README.md) or set REPORTBOT_WEBHOOK_LISTEN=127.0.0.1",
                settings.webhook_listen,
            )
        app.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=settings.webhook_path,
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        log.info("polling %s", re.sub(r"/bot.*$", "/bot…", settings.base_url))
        app.run_polling(allowed_updates=Update.ALL_TYPES)
