"""Documentation stays true: every command and every option of the CLI appears in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from extractor.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
GROUP = typer.main.get_command(app)

COMMANDS = sorted(GROUP.commands.items())  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_has_a_readme_section(name: str) -> None:
    assert f"### `extractor {name}`" in README


@pytest.mark.parametrize(("name", "option"), [
    (name, opt) for name, command in COMMANDS for param in command.params
    for opt in param.opts if opt.startswith("--") and opt != "--help"
])
def test_every_option_is_documented(name: str, option: str) -> None:
    section = README.split(f"### `extractor {name}`", 1)[1].split("\n### ", 1)[0]
    assert option in section, f"{option} of `extractor {name}` is not in its README section"


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_has_help_text(name: str) -> None:
    assert (GROUP.commands[name].help or "").strip()


def test_quick_start_has_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert quick.count("```bash") == 2
    assert "extractor ingest corpus/samples" in quick and "pytest" in quick
