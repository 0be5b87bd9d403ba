"""A small Telegram Bot API server for tests: real HTTP on 127.0.0.1, never Telegram.

The bot talks to it through PTB's ``base_url``/``base_file_url`` (or ``TELEGRAM_BASE_URL`` for a
subprocess). It serves ``/bot<TOKEN>/<method>`` and ``/file/bot<TOKEN>/<path>``, and rejects what
Telegram would reject with Telegram-shaped 400 errors: malformed or unsupported HTML, text over
4096 characters, captions over 1024, callback_data over 64 bytes, empty text, unknown callback
queries, edits that change nothing.

The test side injects updates (text, commands, documents, stickers, photos, edits, button taps,
inline queries) and reads what the bot sent. The server runs in its own thread with its own event
loop, so both the in-process bot (pytest-asyncio) and a bot subprocess can use it; the blocking
``wait_*`` helpers have ``a*`` twins for async tests.

    with BotAPIServer() as api:
        api.send_text("你好", user_id=1)
        reply = api.wait_message(chat_id=1)
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from aiohttp import ClientSession, ClientTimeout, web

from .telegram_html import HtmlError, parse_html

MAX_TEXT, MAX_CAPTION, MAX_CALLBACK_DATA, MAX_DOWNLOAD = 4096, 1024, 64, 20 * 1024 * 1024
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
JSON_FIELDS = {
    "chat_id",
    "message_id",
    "offset",
    "limit",
    "timeout",
    "allowed_updates",
    "reply_markup",
    "commands",
    "scope",
    "results",
    "cache_time",
    "is_personal",
    "show_alert",
    "entities",
    "disable_notification",
    "reply_parameters",
    "link_preview_options",
    "max_connections",
    "drop_pending_updates",
    "protect_content",
}
SEND_METHODS = ("sendMessage", "sendPhoto", "sendDocument")


class ApiError(Exception):
    def __init__(self, code: int, description: str):
        super().__init__(description)
        self.code, self.description = code, description


def bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


@dataclass
class Upload:
    filename: str
    content_type: str
    data: bytes


@dataclass
class Call:
    """One Bot API request the bot made (rejected ones too, with `error`)."""

    method: str
    params: dict[str, Any]
    files: dict[str, Upload] = field(default_factory=dict)
    error: str | None = None
    result: Any = None


class BotAPIServer:
    """The fake server plus its test-side API. Use as a (sync or async) context manager."""

    def __init__(
        self, token: str = "123456:TEST-token", username: str = "reportbot_test_bot", max_poll: float = 0.5
    ):
        self.token = token
        self.max_poll = max_poll  # long polls end early (as Telegram may), so a stopping bot never waits long
        self.bot_user = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "年报助手",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.port = 0
        self.calls: list[Call] = []
        self.messages: dict[int, dict] = {}  # message_id -> current bot or user message
        self.files: dict[str, tuple[dict, bytes | None]] = {}  # file_id -> (File, content)
        self.commands: dict[str, list[dict]] = {}  # scope key -> commands
        self.webhook: dict[str, Any] | None = None
        self.inline_answers: dict[str, list[dict]] = {}
        self.callback_answers: dict[str, dict] = {}
        self.polls = 0  # getUpdates requests so far: > 0 once the bot is polling
        self._updates: list[dict] = []
        self._open_callbacks: set[str] = set()
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._cond = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None

    # ----------------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def start(self) -> BotAPIServer:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="fake-bot-api", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake Bot API server did not start")
        return self

    def stop(self) -> None:
        if self._loop and self._runner:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(10)

    def __enter__(self) -> BotAPIServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    async def __aenter__(self) -> BotAPIServer:
        return await asyncio.to_thread(self.start)

    async def __aexit__(self, *exc) -> None:
        await asyncio.to_thread(self.stop)

    def _serve(self, ready: threading.Event) -> None:
        self._loop = asyncio.new_event_loop()
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = self._runner.addresses[0][1]
        ready.set()
        self._loop.run_forever()
        self._loop.close()

    # ----------------------------------------------------------------- HTTP side
    async def _read_params(self, request: web.Request) -> tuple[dict, dict[str, Upload]]:
        params: dict[str, Any] = dict(request.query)
        files: dict[str, Upload] = {}
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    files[key] = Upload(value.filename, value.content_type, value.file.read())
                else:
                    params[key] = value
        for key in JSON_FIELDS & params.keys():
            if isinstance(params[key], str):
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(params[key])
        return params, files

    async def _handle_method(self, request: web.Request) -> web.Response:
        if unquote(request.match_info["token"]) != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params, files = await self._read_params(request)
        call = Call(method, params, files)
        try:
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            if method == "getUpdates":
                result = await self._api_getUpdates(params)
            elif method == "setWebhook":
                result = await self._api_setWebhook(params)
            else:
                with self._cond:
                    result = handler(params, files)
        except ApiError as e:
            call.error = e.description
            self._record(call)
            return web.json_response(
                {"ok": False, "error_code": e.code, "description": e.description}, status=e.code
            )
        call.result = result
        if method != "getUpdates" or result:
            self._record(call)
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        if unquote(request.match_info["token"]) != self.token:
            return web.Response(status=401)
        path = unquote(request.match_info["path"])
        with self._cond:
            found = [data for f, data in self.files.values() if f.get("file_path") == path]
        if not found or found[0] is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        return web.Response(body=found[0])

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    # ----------------------------------------------------------------- validation
    @staticmethod
    def _check_text(text: Any, parse_mode: str | None, limit: int, what: str) -> str:
        text = "" if text is None else str(text)
        if parse_mode and parse_mode.upper() == "HTML":
            try:
                plain = parse_html(text)
            except HtmlError as e:
                raise bad(f"can't parse entities: {e}") from e
        elif parse_mode:
            raise bad(f"unsupported parse_mode {parse_mode!r} (this server only speaks HTML)")
        else:
            plain = text
        if what == "text" and not plain.strip():
            raise bad("message text is empty")
        if len(plain) > limit:
            raise bad("message is too long" if what == "text" else "message caption is too long")
        return plain

    @staticmethod
    def _check_markup(markup: Any) -> dict | None:
        if not markup:
            return None
        if not isinstance(markup, dict):
            raise bad("can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not str(button.get("text", "")).strip():
                    raise bad("text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA:
                    raise bad("BUTTON_DATA_INVALID")
        return markup

    def _chat(self, params: dict) -> dict:
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise bad("chat_id is empty")
        try:
            chat_id = int(chat_id)
        except (TypeError, ValueError) as e:
            raise bad("chat not found") from e
        return {
            "id": chat_id,
            "type": "private" if chat_id > 0 else "group",
            **({"first_name": "用户"} if chat_id > 0 else {"title": "测试群"}),
        }

    def _new_bot_message(self, params: dict, **content) -> dict:
        msg = {
            "message_id": next(self._ids),
            "from": self.bot_user,
            "chat": self._chat(params),
            "date": int(time.time()),
            **content,
        }
        markup = self._check_markup(params.get("reply_markup"))
        if markup:
            msg["reply_markup"] = markup
        self.messages[msg["message_id"]] = msg
        return msg

    def _store_upload(self, upload: Upload | None, params: dict, field_name: str, kind: str) -> dict:
        if upload is None:
            ref = params.get(field_name)
            if isinstance(ref, str) and ref in self.files:
                return dict(self.files[ref][0])
            raise bad(f"there is no {field_name} in the request")
        fid = f"{kind}-{next(self._ids)}"
        meta = {
            "file_id": fid,
            "file_unique_id": f"u{fid}",
            "file_size": len(upload.data),
            "file_path": f"{kind}s/{fid}-{upload.filename or 'file'}",
        }
        self.files[fid] = (meta, upload.data)
        return {**meta, "file_name": upload.filename, "mime_type": upload.content_type}

    # ----------------------------------------------------------------- Bot API methods
    def _api_getMe(self, params, files):
        return self.bot_user

    def _api_logOut(self, params, files):
        return True

    def _api_close(self, params, files):
        return True

    async def _api_getUpdates(self, params: dict) -> list[dict]:
        if self.webhook:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        with self._cond:
            self.polls += 1
            self._cond.notify_all()
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), self.max_poll)
        while True:
            with self._cond:
                if offset > 0:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                pending = self._updates[:limit]
            if pending or time.monotonic() >= deadline:
                return pending
            await asyncio.sleep(0.02)

    async def _api_setWebhook(self, params: dict) -> bool:
        url = params.get("url", "")
        with self._cond:
            self.webhook = {"url": url, "secret_token": params.get("secret_token")} if url else None
            self.calls.append(Call("setWebhook", params, result=True))
        return True

    def _api_deleteWebhook(self, params, files):
        self.webhook = None
        if params.get("drop_pending_updates") in (True, "true"):
            self._updates.clear()
        return True

    def _api_getWebhookInfo(self, params, files):
        return {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _api_sendMessage(self, params, files):
        plain = self._check_text(params.get("text"), params.get("parse_mode"), MAX_TEXT, "text")
        return self._new_bot_message(params, text=plain, html=params.get("text"))

    def _api_sendPhoto(self, params, files):
        caption = self._check_text(params.get("caption"), params.get("parse_mode"), MAX_CAPTION, "caption")
        upload = files.get("photo")
        if upload is not None and len(upload.data) > 10 * 1024 * 1024:
            raise bad("PHOTO_INVALID_DIMENSIONS")
        meta = self._store_upload(upload, params, "photo", "photo")
        photo = [
            {k: meta[k] for k in ("file_id", "file_unique_id", "file_size")} | {"width": 800, "height": 600}
        ]
        return self._new_bot_message(params, photo=photo, **({"caption": caption} if caption else {}))

    def _api_sendDocument(self, params, files):
        caption = self._check_text(params.get("caption"), params.get("parse_mode"), MAX_CAPTION, "caption")
        meta = self._store_upload(files.get("document"), params, "document", "document")
        meta.pop("file_path", None)
        return self._new_bot_message(params, document=meta, **({"caption": caption} if caption else {}))

    def _api_editMessageText(self, params, files):
        msg = self._editable(params)
        plain = self._check_text(params.get("text"), params.get("parse_mode"), MAX_TEXT, "text")
        markup = self._check_markup(params.get("reply_markup"))
        if plain == msg.get("text") and markup == msg.get("reply_markup"):
            raise bad(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        msg.update(text=plain, html=params.get("text"), edit_date=int(time.time()))
        msg.pop("reply_markup", None)
        if markup:
            msg["reply_markup"] = markup
        return msg

    def _api_editMessageReplyMarkup(self, params, files):
        msg = self._editable(params)
        markup = self._check_markup(params.get("reply_markup"))
        if markup == msg.get("reply_markup"):
            raise bad("message is not modified")
        msg.pop("reply_markup", None)
        if markup:
            msg["reply_markup"] = markup
        return msg

    def _editable(self, params) -> dict:
        msg = self.messages.get(int(params.get("message_id") or 0))
        if msg is None or msg["chat"]["id"] != self._chat(params)["id"]:
            raise bad("message to edit not found")
        if msg["from"]["id"] != self.bot_user["id"]:
            raise bad("message can't be edited")
        return msg

    def _api_answerCallbackQuery(self, params, files):
        qid = str(params.get("callback_query_id"))
        if qid not in self._open_callbacks:
            raise bad("query is too old and response timeout expired or query ID is invalid")
        if len(str(params.get("text") or "")) > 200:
            raise bad("MESSAGE_TOO_LONG")
        self._open_callbacks.discard(qid)
        self.callback_answers[qid] = params
        return True

    def _api_answerInlineQuery(self, params, files):
        results = params.get("results") or []
        if len(results) > 50:
            raise bad("RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise bad("RESULT_ID_INVALID")
        for r in results:
            content = r.get("input_message_content") or {}
            if r.get("type") == "article" and not r.get("title"):
                raise bad("RESULT_TITLE_EMPTY")
            if "message_text" in content:
                self._check_text(content["message_text"], content.get("parse_mode"), MAX_TEXT, "text")
            self._check_markup(r.get("reply_markup"))
        self.inline_answers[str(params.get("inline_query_id"))] = results
        return True

    def _api_sendChatAction(self, params, files):
        self._chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise bad("wrong parameter action in request")
        return True

    @staticmethod
    def _scope_key(params) -> str:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True) + "|" + str(params.get("language_code") or "")

    def _api_setMyCommands(self, params, files):
        commands = params.get("commands") or []
        if len(commands) > 100:
            raise bad("BOT_COMMANDS_TOO_MUCH")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(c.get("command", ""))):
                raise bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(c.get("description", ""))) <= 256:
                raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._scope_key(params)] = commands
        return True

    def _api_deleteMyCommands(self, params, files):
        self.commands.pop(self._scope_key(params), None)
        return True

    def _api_getMyCommands(self, params, files):
        return self.commands.get(self._scope_key(params), [])

    def _api_getFile(self, params, files):
        entry = self.files.get(str(params.get("file_id")))
        if entry is None:
            raise bad("invalid file_id")
        meta, _data = entry
        if (meta.get("file_size") or 0) > MAX_DOWNLOAD:
            raise bad("file is too big")
        return dict(meta)

    # ----------------------------------------------------------------- test side: users' actions
    @staticmethod
    def user(user_id: int, first_name: str = "测试用户", username: str | None = None) -> dict:
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": "zh-hans",
            **({"username": username} if username else {}),
        }

    def _inject(self, update: dict) -> dict:
        with self._cond:
            update["update_id"] = next(self._update_ids)
            self._updates.append(update)
            self._cond.notify_all()
        if self.webhook:
            asyncio.run_coroutine_threadsafe(self._push_webhook(update), self._loop)
        return update

    async def _push_webhook(self, update: dict) -> None:
        headers = {}
        if self.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
        async with ClientSession(timeout=ClientTimeout(total=10)) as session:
            for _ in range(50):
                try:
                    async with session.post(self.webhook["url"], json=update, headers=headers) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                await asyncio.sleep(0.1)
        with self._cond:
            self._updates = [u for u in self._updates if u is not update]

    def _user_message(self, user_id: int, chat_id: int | None, **content) -> dict:
        msg = {
            "message_id": next(self._ids),
            "from": self.user(user_id),
            "date": int(time.time()),
            "chat": self._chat({"chat_id": chat_id if chat_id is not None else user_id}),
            **content,
        }
        with self._cond:
            self.messages[msg["message_id"]] = msg
        return msg

    def send_text(
        self, text: str, user_id: int = 1001, chat_id: int | None = None, reply_to: dict | None = None
    ) -> dict:
        """The user sends `text` (a leading /command gets a bot_command entity, an @username a mention),
        optionally as a reply to `reply_to` (a message). Returns the message."""
        content: dict[str, Any] = {"text": text}
        command = re.match(r"/[A-Za-z0-9_]+(@\w+)?", text)
        entities = []
        if command:
            entities.append({"type": "bot_command", "offset": 0, "length": len(command.group(0))})
        for m in re.finditer(r"@\w+", text):
            if not (command and m.start() < command.end()):
                offset = len(text[: m.start()].encode("utf-16-le")) // 2
                entities.append({"type": "mention", "offset": offset, "length": len(m.group(0).encode("utf-16-le")) // 2})
        if entities:
            content["entities"] = entities
        if reply_to is not None:
            with self._cond:
                content["reply_to_message"] = dict(self.messages[reply_to["message_id"]])
        msg = self._user_message(user_id, chat_id, **content)
        self._inject({"message": msg})
        return msg

    def edit_text(self, message: dict, text: str) -> dict:
        msg = dict(message, text=text, edit_date=int(time.time()))
        self._inject({"edited_message": msg})
        return msg

    def send_document(
        self,
        filename: str,
        data: bytes | None,
        user_id: int = 1001,
        mime_type: str = "text/plain",
        file_size: int | None = None,
        caption: str = "",
    ) -> dict:
        """A file from the user. `data=None` with a big `file_size` stands for a file too big to fetch."""
        fid = f"userdoc-{next(self._ids)}"
        size = len(data) if file_size is None else file_size
        meta = {
            "file_id": fid,
            "file_unique_id": f"u{fid}",
            "file_size": size,
            "file_path": f"documents/{fid}-{filename}",
        }
        with self._cond:
            self.files[fid] = (meta, data)
        document = {
            "file_id": fid,
            "file_unique_id": f"u{fid}",
            "file_name": filename,
            "mime_type": mime_type,
            "file_size": size,
        }
        msg = self._user_message(
            user_id, None, document=document, **({"caption": caption} if caption else {})
        )
        self._inject({"message": msg})
        return msg

    def send_sticker(self, user_id: int = 1001) -> dict:
        sticker = {
            "file_id": "sticker-1",
            "file_unique_id": "usticker-1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "👍",
        }
        msg = self._user_message(user_id, None, sticker=sticker)
        self._inject({"message": msg})
        return msg

    def send_photo(self, user_id: int = 1001, caption: str = "") -> dict:
        photo = [{"file_id": "photo-u1", "file_unique_id": "uphoto-u1", "width": 90, "height": 90}]
        msg = self._user_message(user_id, None, photo=photo, **({"caption": caption} if caption else {}))
        self._inject({"message": msg})
        return msg

    def tap(
        self, message: dict, button: str | None = None, user_id: int | None = None, data: str | None = None
    ) -> str:
        """The user taps the inline button whose text contains `button` (or sends raw `data`)."""
        with self._cond:
            current = self.messages[message["message_id"]]
        if data is None:
            buttons = [b for row in current.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
            matching = [b for b in buttons if button is None or button in b["text"]]
            if not matching:
                raise AssertionError(f"no button {button!r} in {[b['text'] for b in buttons]}")
            data = matching[0]["callback_data"]
        qid = f"cbq-{next(self._ids)}"
        uid = user_id if user_id is not None else current["chat"]["id"]
        with self._cond:
            self._open_callbacks.add(qid)
        self._inject(
            {
                "callback_query": {
                    "id": qid,
                    "from": self.user(uid),
                    "message": current,
                    "chat_instance": f"ci{current['chat']['id']}",
                    "data": data,
                }
            }
        )
        return qid

    def inline_query(self, query: str, user_id: int = 1001) -> str:
        qid = f"iq-{next(self._ids)}"
        self._inject(
            {
                "inline_query": {
                    "id": qid,
                    "from": self.user(user_id),
                    "query": query,
                    "offset": "",
                    "chat_type": "sender",
                }
            }
        )
        return qid

    # ----------------------------------------------------------------- test side: what the bot did
    def mark(self) -> int:
        """A position in the call log; pass it as `since` to look only at later calls."""
        with self._cond:
            return len(self.calls)

    def sent(self, chat_id: int | None = None, since: int = 0, methods=SEND_METHODS) -> list[Call]:
        with self._cond:
            return [
                c
                for c in self.calls[since:]
                if c.method in methods
                and c.error is None
                and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)
            ]

    def errors(self, since: int = 0) -> list[Call]:
        with self._cond:
            return [c for c in self.calls[since:] if c.error]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 15, what: str = "condition") -> Any:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    recent = [
                        (c.method, c.error or str(c.params.get("text", ""))[:80]) for c in self.calls[-8:]
                    ]
                    raise TimeoutError(f"timed out waiting for {what}; last calls: {recent}")
                self._cond.wait(min(left, 0.1))

    def wait_sent(
        self, chat_id: int, since: int, count: int = 1, timeout: float = 15, methods=SEND_METHODS
    ) -> list[Call]:
        """Block until the bot has sent `count` messages to `chat_id` after `since`."""
        return self.wait_for(
            lambda: (s := self.sent(chat_id, since, methods)) and len(s) >= count and s,
            timeout,
            f"{count} message(s) to chat {chat_id}",
        )

    def wait_call(
        self, method: str, since: int = 0, timeout: float = 15, where: Callable[[Call], bool] = lambda c: True
    ) -> Call:
        def find():
            return next((c for c in self.calls[since:] if c.method == method and where(c)), None)

        return self.wait_for(find, timeout, method)

    async def await_sent(self, *args, **kwargs) -> list[Call]:
        return await asyncio.to_thread(self.wait_sent, *args, **kwargs)

    async def await_call(self, *args, **kwargs) -> Call:
        return await asyncio.to_thread(self.wait_call, *args, **kwargs)

    async def await_for(self, *args, **kwargs) -> Any:
        return await asyncio.to_thread(self.wait_for, *args, **kwargs)

    def message(self, call: Call) -> dict:
        """The bot message (current state, after edits) that a send call created."""
        with self._cond:
            return self.messages[call.result["message_id"]]

    def buttons(self, message: dict) -> list[str]:
        with self._cond:
            current = self.messages[message["message_id"]]
        return [b["text"] for row in current.get("reply_markup", {}).get("inline_keyboard", []) for b in row]

    def file_bytes(self, call: Call) -> bytes:
        return next(iter(call.files.values())).data
