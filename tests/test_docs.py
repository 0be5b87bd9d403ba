"""The help teaches: every command has help with an example, and the README names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example_and_is_in_the_readme(name):
    command = cli.commands[name]
    assert command.help and "Example:" in command.help, f"{name} needs help with an Example"
    assert f"reportbot {name}" in README, f"README does not mention `reportbot {name}`"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_readme_gives_exactly_the_two_commands_and_ci_runs_the_test_one():
    root = Path(__file__).resolve().parent.parent
    assert "scripts/run" in README and "scripts/test" in README
    assert "scripts/test" in (root / ".ci" / "run").read_text(encoding="utf-8")
