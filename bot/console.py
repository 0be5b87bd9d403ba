"""The console chat: a REPL over the answering core, with line editing and history."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.conversation import Conversation
from bot.service import Assistant

PROMPT = "问> "
HISTORY = Path.home() / ".reportbot_history"


def run_console(assistant: Assistant, stdin=None, stdout=None) -> None:
    """Read questions until EOF or 退出; a numbered choice answers the last clarification."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin is sys.stdin and stdin.isatty()
    if interactive:
        _enable_history()
    agencies = assistant.agencies()
    print(f"政府信息公开年报助手：库中有{len(agencies)}个单位的年报。输入问题，输入“帮助”看示例，Ctrl-D 或“退出”结束。", file=stdout)
    conversation = Conversation()  # follow-ups (那2023年呢) and picks (安康那个, 2) read against it
    while True:
        try:
            line = input(PROMPT) if interactive else _read(stdin, stdout)
        except (EOFError, KeyboardInterrupt):
            print(file=stdout)
            return
        if line is None:
            return
        question = line.strip()
        if question in ("退出", "exit", "quit", "q"):
            return
        if not question:
            continue
        ans = assistant.answer(question, conversation)
        print(ans.text, file=stdout)
        if ans.options:
            print("（输入序号选择）", file=stdout)
        print(file=stdout)


def _read(stdin, stdout) -> str | None:
    print(PROMPT, end="", file=stdout, flush=True)
    line = stdin.readline()
    if line:
        print(line.rstrip("\n"), file=stdout)  # echo piped input, so the transcript reads as a dialogue
    return line if line else None


def _enable_history() -> None:
    try:
        import atexit
        import readline

        if HISTORY.exists():
            readline.read_history_file(HISTORY)
        readline.set_history_length(1000)
        atexit.register(readline.write_history_file, HISTORY)
    except (ImportError, OSError):
        pass  # no readline on this platform: plain input still works
