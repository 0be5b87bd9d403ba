"""Admin handlers: upload a report, /reindex with progress, /stats, /checks; a polite refusal for others.

Uploads and reindexing share one asyncio.Lock, so they never overlap; questions keep being
answered meanwhile (from the old index until the Assistant swaps the new one in).
"""

from __future__ import annotations

import asyncio
import logging
import re
import tempfile
from pathlib import Path

import httpx
from telegram import Message, Update
from telegram.constants import FileSizeLimit
from telegram.error import BadRequest
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from bot import telegram_render as render
from bot.download import DownloadTooLarge, download_capped
from index.errors import IndexingError, ReportParseError
from index.readers import SUFFIXES, SUFFIXES_CN, conversion_hint

log = logging.getLogger(__name__)

UPLOAD_SUFFIXES = SUFFIXES
MAX_DOWNLOAD = FileSizeLimit.FILESIZE_DOWNLOAD  # 20 MB: what the Bot API lets a bot download
PROGRESS_EVERY = 0.7  # seconds between progress edits
Context = ContextTypes.DEFAULT_TYPE


def safe_filename(name: str | None) -> str:
    """The uploaded file's own name, reduced to something safe to save (no folders, no controls)."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r'[\x00-\x1f:*?"<>|]', "_", base).strip(" .")
    return base[-120:] or "report.txt"


class AdminHandlers:
    def __init__(self, bot):
        self.bot = bot  # the ReportBot: its assistant, settings and index lock

    async def refuse(self, update: Update, context: Context) -> None:
        """Admin commands and uploads from anyone else: a polite refusal."""
        await self.bot.reply(update, render.esc(render.NOT_ADMIN))

    async def stats(self, update: Update, context: Context) -> None:
        """/stats: reports, agencies, years, last reindex, failures."""
        stats = await asyncio.to_thread(self.bot.assistant.stats)
        await self.bot.reply(update, render.stats_blocks(stats))

    async def checks(self, update: Update, context: Context) -> None:
        """/checks: reports whose arithmetic fails."""
        await self.bot.send_answer(update.effective_chat.id, context, ("checks",))

    async def reindex(self, update: Update, context: Context) -> None:
        """/reindex: rebuild in the background, editing one message with the progress."""
        lock = self.bot.index_lock
        if lock.locked():
            await self.bot.reply(update, render.esc(render.BUSY_REINDEX))
            return
        await lock.acquire()
        shown = render.reindex_progress(0, 0)
        try:
            status = await update.effective_message.reply_text(shown)
        except BaseException:
            lock.release()
            raise
        context.application.create_task(self._reindex(status, shown, lock), update=update)

    async def _reindex(self, status: Message, shown: str, lock: asyncio.Lock) -> None:
        progress = [0, 0]

        def on_progress(done: int, total: int, *_current) -> None:  # called from the worker thread
            progress[:] = [done, total]

        try:
            work = asyncio.ensure_future(asyncio.to_thread(self.bot.assistant.reindex, on_progress))
            while not work.done():
                await asyncio.wait({work}, timeout=PROGRESS_EVERY)
                text = render.reindex_progress(*progress)
                if not work.done() and text != shown:
                    shown = await self._edit(status, text, shown)
            try:
                summary = work.result()
            except Exception as e:  # the old index stays in use
                log.exception("reindex failed")
                await self._edit(status, f"❌ 重建失败：{render.esc(e)}\n旧索引仍在使用。", shown)
                return
            await self._edit(status, render.reindex_done(summary), shown)
        finally:
            lock.release()

    @staticmethod
    async def _edit(status: Message, text: str, shown: str) -> str:
        if text == shown:
            return shown
        try:
            await status.edit_text(text)
        except BadRequest as e:
            log.warning("could not edit the progress message: %s", e)
            return shown
        return text

    async def upload(self, update: Update, context: Context) -> None:
        """An admin sends a report file: download (≤ 20 MB), parse, check, save, index, report."""
        doc = update.effective_message.document
        name = safe_filename(doc.file_name)
        if hint := conversion_hint(name):
            await self.bot.reply(update, render.esc(hint))
            return
        if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
            await self.bot.reply(
                update, f"只接受 {SUFFIXES_CN} 格式的年报文件，而不是“{render.esc(name)}”。"
            )
            return
        if doc.file_size and doc.file_size > MAX_DOWNLOAD:
            mb = doc.file_size / 1024 / 1024
            await self.bot.reply(
                update, f"文件太大（{mb:.1f} MB）：机器人只能下载 20 MB 以内的文件。索引未改动。"
            )
            return
        lock = self.bot.index_lock
        if lock.locked():
            await self.bot.reply(update, render.esc(render.BUSY_REINDEX))
            return
        async with lock:
            await update.effective_message.reply_text(f"📥 已收到“{render.esc(name)}”，正在读取和核对…")
            with tempfile.TemporaryDirectory(prefix="reportbot-upload-") as tmp:
                path = Path(tmp) / name
                try:
                    file = await doc.get_file()
                    if not file.file_path:
                        await self.bot.reply(update, render.ingest_error("Telegram 没有给出这个文件的下载地址，请重新发送"))
                        return
                    await download_capped(file.file_path, path, MAX_DOWNLOAD)
                except DownloadTooLarge:
                    await self.bot.reply(
                        update, "文件太大：下载到 20 MB 时仍未结束，已停止下载（机器人只能处理 20 MB 以内的文件）。索引未改动。"
                    )
                    return
                except BadRequest as e:  # the Bot API itself refuses files over 20 MB
                    await self.bot.reply(update, render.ingest_error(f"无法下载：{e.message}"))
                    return
                except httpx.HTTPError as e:
                    log.warning("download failed: %s", type(e).__name__)
                    await self.bot.reply(update, "下载文件失败，请稍后重新发送。索引未改动。")
                    return
                try:
                    result = await asyncio.to_thread(self.bot.assistant.ingest, path, name)
                except ReportParseError as e:
                    where = f"（第 {e.line} 行）" if e.line else ""
                    await self.bot.reply(update, render.ingest_error(f"{e.reason}{where}"))
                    return
                except IndexingError as e:
                    await self.bot.reply(update, render.ingest_error(str(e).replace(str(path), name)))
                    return
        await self.bot.reply(update, render.ingest_blocks(result))


def add_admin_handlers(app: Application, bot) -> None:
    admin = AdminHandlers(bot)
    only_admins = bot.admins
    for name in ("reindex", "stats", "checks"):
        app.add_handler(CommandHandler(name, getattr(admin, name), filters=only_admins))
    app.add_handler(CommandHandler(["reindex", "stats", "checks"], admin.refuse))
    document = filters.UpdateType.MESSAGE & filters.Document.ALL
    app.add_handler(MessageHandler(document & only_admins, admin.upload))
    app.add_handler(MessageHandler(document & filters.ChatType.PRIVATE, admin.refuse))
