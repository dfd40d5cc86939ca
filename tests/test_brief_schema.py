"""`storyline brief --format json` and `storyline extract` output follow the contracts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator, FormatChecker

from storyline.cli import cli

HERE = Path(__file__).parent
SAMPLES = HERE.parent / "samples" / "ferry-grounding"
SHARED = HERE.parent.parent / "shared" / "contract"


def schema(name: str) -> dict:
    """The contract copy in tests/data (the suite must pass without ../shared)."""
    return json.loads((HERE / "data" / name).read_text(encoding="utf-8"))


def assert_valid(instance, name: str) -> None:
    validator = Draft202012Validator(schema(name), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


@pytest.mark.parametrize("name", ["brief.schema.json", "extract.schema.json"])
def test_contract_copies_match_shared(name):
    if not (SHARED / name).exists():
        pytest.skip("../shared/contract not present")
    assert schema(name) == json.loads((SHARED / name).read_text(encoding="utf-8"))


@pytest.mark.slow
def test_brief_of_the_samples_follows_the_contract(db_url):
    result = CliRunner().invoke(cli, ["brief", str(SAMPLES), "--format", "json", "--db", db_url, "-q"])
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert_valid(brief, "brief.schema.json")
    assert len(brief["articles"]) == 5
    for item in brief["facts"] + brief["quotes"] + brief["events"]:
        texts = {a["id"]: a["text"] for a in brief["articles"]}
        for m in item.get("mentions", []):
            assert texts[m["article"]][m["start"]:m["end"]] == m["text"]


@pytest.mark.slow
@pytest.mark.parametrize("flags", [[], ["--no-clean"]])
def test_extract_of_the_samples_follows_the_contract(flags):
    result = CliRunner().invoke(cli, ["extract", *flags, "--published", "2031-06-11", str(SAMPLES), "-q"])
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(docs) == 5
    for doc in docs:
        assert_valid(doc, "extract.schema.json")
