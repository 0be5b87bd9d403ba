"""The `reportbot` command: the indexer's commands plus the bot's (ask, chat, eval, serve)."""

from __future__ import annotations

from index.cli import cli


def main():
    cli(prog_name="reportbot")


if __name__ == "__main__":
    main()
