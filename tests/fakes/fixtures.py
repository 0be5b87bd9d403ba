"""Fixtures of the Telegram tests: the fake Bot API server, a fresh Assistant, the running bot.

Loaded for every test module through `pytest_plugins` in tests/conftest.py.
"""

from __future__ import annotations

import pytest

from fakes.bot_api import BotAPIServer
from fakes.bot_harness import base_index, fresh_assistant, running_bot, settings_for


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """An index of the bundled reports, built once per test module and copied for each test."""
    return base_index(tmp_path_factory.mktemp("base"))


@pytest.fixture
async def api():
    async with BotAPIServer() as server:
        yield server


@pytest.fixture
def assistant(base, tmp_path):
    return fresh_assistant(base, tmp_path)


@pytest.fixture
async def bot(api, assistant, tmp_path):
    async with running_bot(api, settings_for(api, tmp_path), assistant) as app:
        yield app
    assert not api.errors(), [(c.method, c.error) for c in api.errors()]
