"""The README documents every command, option bundle and setting."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.cli import cli
from storyline.settings import Settings

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented(command):
    assert f"storyline {command}" in README


@pytest.mark.parametrize("var", sorted(Settings._ENV.values()))
def test_every_environment_setting_is_documented(var):
    assert var in README


def test_the_two_commands_are_in_the_readme():
    assert "bash scripts/demo" in README and "bash scripts/test" in README

