"""Smoke tests: the real bot process (`python -m bot`, `reportbot serve`) against a Bot API on 127.0.0.1.

Each conversation goes through real HTTP: the process polls (or receives webhooks from) the fake
server in tests/fakes/bot_api.py, which rejects what Telegram would reject. Telegram is never contacted.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from fakes.bot_api import BotAPIServer
from fakes.bot_harness import ADMIN, NEW_REPORT, ROOT, copy_reports

pytestmark = pytest.mark.e2e


class BotProcess:
    """One bot subprocess with its own index, reports folder and log."""

    def __init__(self, tmp: Path, api: BotAPIServer, argv: list[str], **env):
        self.api, self.log = api, tmp / "bot.log"
        copy_reports(tmp / "reports")
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "REPORTBOT_"))}
        clean.update(
            TELEGRAM_BOT_TOKEN=api.token,
            TELEGRAM_BASE_URL=api.base_url,
            REPORTBOT_ADMIN_IDS=str(ADMIN),
            REPORTBOT_DB=str(tmp / "index.db"),
            REPORTBOT_REPORTS_DIR=str(tmp / "reports"),
            REPORTBOT_ENV_FILE=str(tmp / "no.env"),  # never a developer's own .env
            PYTHONPATH=str(ROOT),
            MPLCONFIGDIR=str(tmp / "mpl"),
            **env,
        )
        self.tmp = tmp
        self._out = self.log.open("wb")
        self.proc = subprocess.Popen(argv, cwd=ROOT, env=clean, stdout=self._out, stderr=subprocess.STDOUT)

    def wait_ready(self, predicate, timeout: float = 60) -> None:
        def ready():
            if self.proc.poll() is not None:
                raise AssertionError(f"bot exited with {self.proc.returncode}:\n{self.tail()}")
            return predicate()

        self.api.wait_for(ready, timeout, "the bot to start")

    def tail(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise
        finally:
            self._out.close()


@pytest.fixture(scope="module")
def polling(tmp_path_factory):
    """`python -m bot` with a token: the README's run command, polling the fake server."""
    with BotAPIServer() as api:
        bot = BotProcess(tmp_path_factory.mktemp("polling"), api, [sys.executable, "-m", "bot"])
        try:
            bot.wait_ready(lambda: api.polls > 0)
            yield api, bot
        finally:
            code = bot.stop()
        assert code == 0, bot.tail()
        assert "Traceback" not in bot.tail(), bot.tail()


def converse(api, text: str, user: int = 1001, count: int = 1) -> list[dict]:
    """The user sends `text`; the bot's replies (as the user sees them) once `count` have arrived."""
    mark = api.mark()
    api.send_text(text, user_id=user)
    return [api.message(c) for c in api.wait_sent(user, mark, count, timeout=30)]


def test_question_gets_a_cited_answer(polling):
    api, _ = polling
    [reply] = converse(api, "嘉兴市自然资源和规划局秀洲分局2020年收到多少政府信息公开申请？", user=2001)
    assert "97" in reply["text"] and "出处" in reply["text"] and "000_65c2709d2d0a946a.txt" in reply["text"]
    assert not api.errors()


def test_ambiguous_question_keyboard_then_tap(polling):
    api, _ = polling
    [ask_back] = converse(api, "自然资源局收到多少申请", user=2002)
    labels = api.buttons(ask_back)
    assert len(labels) >= 2, ask_back
    chosen = next(label for label in labels if "安康" in label)
    mark = api.mark()
    qid = api.tap(ask_back, chosen, user_id=2002)
    [answer] = [api.message(c) for c in api.wait_sent(2002, mark, timeout=30)]
    assert "安康市自然资源局" in answer["text"] and "42" in answer["text"] and "出处" in answer["text"]
    assert qid in api.callback_answers


def test_non_admin_reindex_refused(polling):
    api, _ = polling
    [reply] = converse(api, "/reindex", user=2003)
    assert "仅限管理员" in reply["text"]
    assert not any(
        "重建" in m.get("text", "")
        for m in api.messages.values()
        if m["chat"]["id"] == 2003 and m["from"]["is_bot"] and "仅限" not in m.get("text", "")
    )


def test_admin_upload_becomes_answerable(polling):
    api, bot = polling
    [before] = converse(api, "平潭综合实验区2022年收到多少政府信息公开申请", user=2004)
    assert "74" not in before["text"]
    mark = api.mark()
    report = NEW_REPORT
    api.send_document(report.name, report.read_bytes(), user_id=ADMIN)
    done = api.wait_for(
        lambda: [
            c
            for c in api.sent(ADMIN, mark)
            if "已加入索引" in c.result.get("text", "") or "无法读取" in c.result.get("text", "")
        ],
        60,
        "the upload report",
    )
    text = done[0].result["text"]
    assert "平潭综合实验区" in text and "2022" in text and "读出单元格" in text, text
    assert (bot.tmp / "reports").glob("*pingtan*") and any((bot.tmp / "reports").iterdir())
    [after] = converse(api, "平潭综合实验区2022年收到多少政府信息公开申请", user=2004)
    assert "74" in after["text"] and "出处" in after["text"], after["text"]


def test_reindex_while_questions_are_asked_loses_none(polling):
    api, bot = polling
    # a new report dropped into the folder: the reindex has real work to do, then swaps it in
    source = (bot.tmp / "reports" / "003_9ada3b8ff70e53da.txt").read_text(encoding="utf-8")
    (bot.tmp / "reports" / "003_jiaxing_fgw_2021.txt").write_text(
        source.replace("2020", "2021"), encoding="utf-8"
    )
    mark = api.mark()
    api.send_text("/reindex", user_id=ADMIN)
    users = list(range(3001, 3011))
    for uid in users:
        api.send_text("嘉兴市发展和改革委员会2020年收到多少政府信息公开申请", user_id=uid)
    for uid in users:
        [reply] = [api.message(c) for c in api.wait_sent(uid, mark, timeout=60)]
        assert "31 件" in reply["text"] and "出处" in reply["text"], reply["text"]
    done = api.wait_call("editMessageText", mark, 60, where=lambda c: "已重建" in c.params.get("text", ""))
    edits = {c.params["message_id"] for c in api.calls[mark:] if c.method == "editMessageText"}
    assert len(edits) == 1 and not api.errors(mark)
    assert "10 份年报" in done.params["text"]  # 8 bundled + the upload + the new file
    [new] = converse(api, "嘉兴发改委2021年收到多少申请", user=3001)
    assert "2021年" in new["text"] and "003_jiaxing_fgw_2021.txt" in new["text"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_webhook_mode_with_reportbot_serve(tmp_path):
    """`reportbot serve` in webhook mode: the server posts updates with the secret token."""
    port = free_port()
    with BotAPIServer() as api:
        bot = BotProcess(
            tmp_path,
            api,
            [sys.executable, "-c", "from bot.cli import main; main()", "serve"],
            REPORTBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/tg-hook",
            REPORTBOT_WEBHOOK_LISTEN="127.0.0.1",
            REPORTBOT_WEBHOOK_PORT=str(port),
            REPORTBOT_WEBHOOK_SECRET="s3cret-token",
        )
        try:
            bot.wait_ready(lambda: api.webhook is not None)
            assert api.webhook == {"url": f"http://127.0.0.1:{port}/tg-hook", "secret_token": "s3cret-token"}
            [reply] = converse(api, "乍浦镇2020年收到多少政府信息公开申请", user=4001)
            assert "乍浦镇" in reply["text"] and "出处" in reply["text"]
        finally:
            code = bot.stop()
        assert code == 0, bot.tail()


def _accepts(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_webhook_without_a_secret_generates_one_binds_loopback_and_refuses_a_forged_admin_post(tmp_path):
    """No REPORTBOT_WEBHOOK_SECRET: a random secret is generated, registered and printed; a POST
    without it (a forged /stats from the admin) is refused; the server listens on 127.0.0.1."""
    port = free_port()
    with BotAPIServer() as api:
        bot = BotProcess(
            tmp_path,
            api,
            [sys.executable, "-c", "from bot.cli import main; main()", "serve"],
            REPORTBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/tg-hook",
            REPORTBOT_WEBHOOK_PORT=str(port),
        )
        try:
            bot.wait_ready(lambda: api.webhook is not None)
            secret = api.webhook["secret_token"]
            assert secret and re.fullmatch(r"[A-Za-z0-9_-]{32,256}", secret)
            assert f"生成了随机密钥 {secret} " in bot.tail()
            assert f"listening on 127.0.0.1:{port}" in bot.tail()
            mark = api.mark()
            forged = {
                "update_id": 999_001,
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "text": "/stats",
                    "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                    "chat": {"id": ADMIN, "type": "private"},
                    "from": {"id": ADMIN, "is_bot": False, "first_name": "A"},
                },
            }
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/tg-hook",
                data=json.dumps(forged).encode(),
                headers={"Content-Type": "application/json"},
            )
            bot.wait_ready(lambda: _accepts(port))
            direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with pytest.raises(urllib.error.HTTPError) as refused:
                direct.open(request, timeout=10)
            assert refused.value.code == 403
            # Real updates (with the registered secret) are still answered; the forged one never was.
            [reply] = converse(api, "乍浦镇2020年收到多少政府信息公开申请", user=4002)
            assert "乍浦镇" in reply["text"]
            assert api.sent(ADMIN, since=mark) == []
        finally:
            code = bot.stop()
        assert code == 0, bot.tail()
