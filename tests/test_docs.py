"""The README and .env.example stay true to the code."""

from __future__ import annotations

import re

from bot.config import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def settings_variables() -> set[str]:
    source = (PROJECT_ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    return set(re.findall(r'get(?:_int)?\("([A-Z_]+)"', source))


def test_ci_runs_exactly_the_readme_test_command() -> None:
    block = README.split("**Run the tests**", 1)[1].split("```sh\n", 1)[1].split("\n```", 1)[0]
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == block.strip()


def test_every_setting_is_documented() -> None:
    example = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8")
    variables = settings_variables()
    assert {"DATABASE_URL", "TELEGRAM_BOT_TOKEN"} <= variables
    for name in variables:
        assert re.search(rf"^{name}=", example, re.MULTILINE), f"{name} not in .env.example"
        assert f"`{name}`" in README, f"{name} not in the README's table"
