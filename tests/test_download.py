"""Uploads are downloaded with the 20 MB cap enforced while the bytes arrive: a file whose size is
missing or understated is stopped at the cap, never fetched whole."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp import web
from fakes.bot_harness import ADMIN

from bot.download import DownloadTooLarge, download_capped

LIMIT = 1024 * 1024


@pytest.fixture
async def endless():
    """A file server whose body never ends (chunked, no length): how much did it get to send?"""
    sent = {"bytes": 0}

    async def forever(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        block = b"x" * 65536
        while True:  # until the client hangs up
            await response.write(block)
            sent["bytes"] += len(block)

    app = web.Application()
    app.router.add_get("/file/{name}", forever)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/file/年报.txt", sent
    await runner.cleanup()


async def test_an_endless_download_stops_at_the_cap(endless, tmp_path):
    url, sent = endless
    dest = tmp_path / "upload.txt"
    t0 = time.perf_counter()
    with pytest.raises(DownloadTooLarge) as e:
        await asyncio.wait_for(download_capped(url, dest, LIMIT), timeout=30)
    assert time.perf_counter() - t0 < 10
    assert str(e.value) == "文件超过 1 MB，已停止下载"
    assert dest.stat().st_size <= LIMIT
    assert sent["bytes"] < 20 * LIMIT  # the server was cut off, not drained


async def test_a_file_within_the_cap_is_saved_whole(tmp_path):
    source = tmp_path / "local.txt"
    source.write_bytes(b"x" * 1000)
    dest = tmp_path / "copy.txt"
    assert await download_capped(str(source), dest, LIMIT) == 1000
    with pytest.raises(DownloadTooLarge):
        await download_capped(str(source), tmp_path / "no.txt", 999)


async def test_an_upload_whose_size_is_understated_is_refused_without_touching_the_index(api, bot, assistant):
    before = assistant.stats().reports
    mark = api.mark()
    api.send_document("big.txt", b"x" * (21 * 1024 * 1024), user_id=ADMIN, file_size=1000)
    _, refused = [api.message(c) for c in await api.await_sent(ADMIN, mark, 2, timeout=30)]
    assert refused["text"].startswith("文件太大：下载到 20 MB 时仍未结束，已停止下载")
    assert "索引未改动" in refused["text"]
    assert assistant.stats().reports == before
    assert not (assistant.reports_dir / "big.txt").exists()
