"""Admin handlers: upload a report, /reindex with progress, /stats, /checks; a polite refusal for others.

Uploads and reindexing share one asyncio.Lock, so they never overlap; questions keep being
answered meanwhile (from the old index until the Assistant swaps the new one in).

A report whose agency or year cannot be found is read but not indexed: the reply says what was
read and asks for them. The admin answers with a message ("某某市人民政府 2024"), or sends the
file again with them as its caption; the report is then saved under a name that carries them
(the parser reads a missing agency or year from the file name, as `reportbot index` does), so it
keeps them through every later reindex.
"""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import httpx
from telegram import Message, Update
from telegram.constants import FileSizeLimit
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import telegram_render as render
from bot.download import DownloadTooLarge, download_capped
from index.errors import IndexingError, ReportParseError
from index.parse import MissingNames
from index.readers import SUFFIXES, SUFFIXES_CN, conversion_hint

log = logging.getLogger(__name__)

UPLOAD_SUFFIXES = SUFFIXES
MAX_DOWNLOAD = FileSizeLimit.FILESIZE_DOWNLOAD  # 20 MB: what the Bot API lets a bot download
PROGRESS_EVERY = 0.7  # seconds between progress edits
PENDING_FOR = 30 * 60  # seconds an upload waits for its agency and year
CANCEL_WORDS = ("取消", "放弃")
Context = ContextTypes.DEFAULT_TYPE


def safe_filename(name: str | None) -> str:
    """The uploaded file's own name, reduced to something safe to save (no folders, no controls)."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r'[\x00-\x1f:*?"<>|]', "_", base).strip(" .")
    return base[-120:] or "report.txt"


_QUESTION = re.compile(r"[?？吗呢]|多少|几[件个次]|哪|什么|怎么|是否|有没有|排名|对比")
_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff（）()·]{1,39}")


def names_from(text: str | None, missing: tuple[str, ...]) -> tuple[str | None, int | None] | None:
    """An admin's "单位 年份" ("某某市人民政府 2024", "年份：2024"), or None when the text does not
    give what is missing or reads like a question (then it is answered as one)."""
    t = unicodedata.normalize("NFKC", text or "").strip()
    if not t or len(t) > 60 or _QUESTION.search(t):
        return None
    t = re.sub(r"(?:单位名称|单位|名称|年份|年度)\s*[:：]", " ", t)
    m = re.search(r"((?:19|20)\d{2})\s*(?:年度|年)?", t)
    year = int(m.group(1)) if m else None
    rest = t[: m.start()] + " " + t[m.end() :] if m else t
    agency = "".join(re.sub(r"[，,；;、:：。.\s]+", " ", rest).split()) or None
    if agency and not _NAME.fullmatch(agency):
        return None
    if ("单位" in missing and not agency) or ("年份" in missing and not year):
        return None
    return agency, year


def named_file(name: str, agency: str, year: int) -> str:
    """A file name that states the agency and year (the original name kept in brackets)."""
    stem, suffix = Path(name).stem, Path(name).suffix.lower()
    return safe_filename(f"{agency}{year}年政府信息公开工作年度报告（{stem[:40]}）{suffix}")


@dataclass
class _Pending:
    """An upload read but not indexed: it waits for its agency and year."""

    folder: Path  # a temporary folder of its own, holding the downloaded file
    name: str
    error: MissingNames
    since: float

    @property
    def path(self) -> Path:
        return self.folder / self.name


class AdminHandlers:
    def __init__(self, bot):
        self.bot = bot  # the ReportBot: its assistant, settings and index lock
        self.pending: dict[tuple[int, int], _Pending] = {}  # (chat, admin) → upload waiting for names

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
        key = self._key(update)
        self._drop(key)  # a new upload replaces one still waiting for its names
        async with lock:
            await update.effective_message.reply_text(f"📥 已收到“{render.esc(name)}”，正在读取和核对…")
            folder = Path(tempfile.mkdtemp(prefix="reportbot-upload-"))
            path = folder / name
            try:
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
                    result = await self._ingest(path, name)
                except MissingNames as e:
                    names = names_from(update.effective_message.caption, e.missing)
                    if names is None:
                        self.pending[key] = _Pending(folder, name, e, time.monotonic())
                        folder = None  # kept until the names come (or PENDING_FOR passes)
                        await self.bot.reply(update, ask_names_blocks(name, e))
                        return
                    await self._ingest_named(update, path, name, e, names)
                    return
                except IndexingError as e:
                    await self.bot.reply(update, _error_text(e, path, name))
                    return
            finally:
                if folder is not None:
                    shutil.rmtree(folder, ignore_errors=True)
        await self.bot.reply(update, render.ingest_blocks(result))

    async def names(self, update: Update, context: Context) -> None:
        """An admin's text while an upload waits for its agency and year: when it gives them, the
        report is indexed under them ("取消" drops the upload). Any other text goes on to be
        answered as a question."""
        key = self._key(update)
        pending = self.pending.get(key)
        if pending is None:
            return
        if time.monotonic() - pending.since > PENDING_FOR:
            self._drop(key)
            return
        text = (update.effective_message.text or "").strip()
        if text in CANCEL_WORDS:
            self._drop(key)
            await self.bot.reply(update, f"已放弃“{render.esc(pending.name)}”，索引未改动。")
            raise ApplicationHandlerStop
        names = names_from(text, pending.error.missing)
        if names is None:
            return
        lock = self.bot.index_lock
        if lock.locked():
            await self.bot.reply(update, render.esc(render.BUSY_REINDEX))
            raise ApplicationHandlerStop
        async with lock:
            if self.pending.get(key) is not pending:  # dropped or replaced meanwhile
                raise ApplicationHandlerStop
            await update.effective_message.reply_text(f"📥 正在按“{render.esc(text)}”读取和入库…")
            if await self._ingest_named(update, pending.path, pending.name, pending.error, names):
                self._drop(key)
            else:
                pending.since = time.monotonic()
        raise ApplicationHandlerStop

    async def _ingest(self, path: Path, name: str):
        return await asyncio.to_thread(self.bot.assistant.ingest, path, name)

    async def _ingest_named(self, update: Update, path: Path, name: str, missing: MissingNames, names) -> bool:
        """Index the upload under a name stating the agency and year given; False when it is still
        waiting for them (what was given does not read as a name)."""
        agency = names[0] or missing.agency
        year = names[1] or missing.year
        if not agency or not year:
            await self.bot.reply(update, ask_names_blocks(name, missing))
            return False
        target = named_file(name, agency, year)
        try:
            result = await self._ingest(path, target)
        except MissingNames as e:
            await self.bot.reply(
                update,
                f"“{render.esc(agency)}”不像单位全称（应以人民政府、局、委员会、办公室、中心、镇、街道等结尾），"
                f"{render.esc('、'.join(e.missing))}仍未确定，暂未入库。请回复单位全称和年份，或回复“取消”。",
            )
            return False
        except IndexingError as e:
            await self.bot.reply(update, _error_text(e, path, name))
            return True
        supplied = "、".join(w for w in missing.missing)
        await self.bot.reply(update, [*render.ingest_blocks(result), f"（{supplied}按您提供的填写，已写进文件名）"])
        return True

    def _drop(self, key: tuple[int, int]) -> None:
        """Forget an upload waiting for its names (and those waiting too long), with their files."""
        now = time.monotonic()
        for k in [k for k, p in self.pending.items() if k == key or now - p.since > PENDING_FOR]:
            shutil.rmtree(self.pending.pop(k).folder, ignore_errors=True)

    @staticmethod
    def _key(update: Update) -> tuple[int, int]:
        return (update.effective_chat.id, update.effective_user.id)


def _error_text(e: IndexingError, path: Path, name: str) -> str:
    if isinstance(e, ReportParseError):
        where = f"（第 {e.line} 行）" if e.line else ""
        return render.ingest_error(f"{e.reason}{where}")
    return render.ingest_error(str(e).replace(str(path), name))


def ask_names_blocks(name: str, e: MissingNames) -> list[str]:
    """What was read of an upload without an agency or year, and the question for them."""
    missing = "和".join(e.missing)
    read = f"读出单元格：{e.cells_read}/{e.cells_expected}；未读出（已略去）：{max(0, e.cells_expected - e.cells_read)}"
    if e.ocr_cells:
        read += f"；其中 OCR 识别并经加总核对：{e.ocr_cells}"
    found = "；".join(f"{w}：{render.esc(v)}" for w, v in (("单位", e.agency), ("年份", e.year)) if v)
    example = " ".join(x for x, w in (("某某市人民政府", "单位"), ("2024", "年份")) if w in e.missing)
    return [
        f"📝 <b>“{render.esc(name)}”的表格已读出，但找不到报告{missing}，暂未入库。</b>",
        f"格式：{render.esc(render.FORMAT_CN.get(e.format, e.format))}",
        read + (f"\n已识别 {found}" if found else ""),
        f"请直接回复{missing}，例如：{example}\n（{PENDING_FOR // 60} 分钟内有效；回复“取消”放弃。也可以重新发送文件，"
        f"并在文件说明里写上{missing}。）",
    ]


def add_admin_handlers(app: Application, bot) -> None:
    admin = AdminHandlers(bot)
    only_admins = bot.admins
    for name in ("reindex", "stats", "checks"):
        app.add_handler(CommandHandler(name, getattr(admin, name), filters=only_admins))
    app.add_handler(CommandHandler(["reindex", "stats", "checks"], admin.refuse))
    document = filters.UpdateType.MESSAGE & filters.Document.ALL
    app.add_handler(MessageHandler(document & only_admins, admin.upload))
    # Before the questions (group 0): an admin's reply giving a waiting upload its agency and year.
    names = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & only_admins
    app.add_handler(MessageHandler(names, admin.names), group=-1)
    app.add_handler(MessageHandler(document & filters.ChatType.PRIVATE, admin.refuse))
