"""The ``storyline`` command line on small invented inputs (in-process via click's runner)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import cli

SAMPLES = Path(__file__).parent.parent / "samples" / "ferry-grounding"
COMMANDS = ["ingest", "brief", "articles", "extract", "serve"]
STORY = (
    "Bridge over the Lune river closed for repairs\n\n"
    "The Lune bridge in the town of Vessmark closed on Monday for at least three weeks, "
    "the roads office said.\n\n"
    "\"Safety comes first,\" said engineer Mira Tolvo.\n"
)


@pytest.fixture
def run(db_url):
    """``run(*args)`` -> click Result, with the test database and no terminal."""
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, list(args), input=input, env={"STORYLINE_DB": db_url}, catch_exceptions=False)

    return invoke


@pytest.fixture
def story(tmp_path) -> Path:
    path = tmp_path / "lune.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and f"storyline {command}" in result.output


def test_ingest_then_articles(run, story):
    result = run("ingest", str(story))
    assert result.exit_code == 0, result.stderr
    assert "1 added" in result.stderr and result.stdout == ""
    again = run("ingest", str(story))
    assert "0 added, 1 already stored" in again.stderr
    listing = run("articles")
    assert listing.exit_code == 0 and "lune.txt" in listing.stdout
    rows = [json.loads(line) for line in run("articles", "--json").stdout.splitlines()]
    assert [r["source"] for r in rows] == ["lune.txt"] and "Vessmark" in rows[0]["text"]


def test_bad_inputs_get_one_line_each_and_the_rest_is_processed(run, story, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = run("ingest", str(tmp_path / "nope.txt"), str(empty), str(binary), str(story))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    for name in ("nope.txt", "empty.txt", "photo.txt"):
        assert any(line.startswith("storyline: ") and name in line for line in lines), result.stderr
    assert "Traceback" not in result.stderr
    assert "1 added" in result.stderr
    assert "lune.txt" in run("articles").stdout


def test_stdin_input(run):
    result = run("ingest", "-", input=STORY)
    assert result.exit_code == 0, result.stderr
    assert "1 added" in result.stderr


def test_unusable_database_is_one_line_no_traceback(story, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["ingest", "--db", f"sqlite:///{blocker}/sub/x.db", str(story)])
    assert result.exit_code == 1
    assert result.stderr.startswith("storyline: ") and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_brief_of_an_empty_database_is_valid_json(run):
    result = run("brief")
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["schema"] == "storyline.brief/1" and brief["articles"] == []


def test_brief_with_only_bad_inputs_fails(run, tmp_path):
    result = run("brief", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1 and result.stdout == ""
    assert "nope.txt" in result.stderr


@pytest.mark.slow
def test_brief_of_inputs_covers_exactly_them(run, story, tmp_path):
    run("ingest", str(SAMPLES / "harbor-watch.txt"))
    out = tmp_path / "brief.json"
    result = run("brief", str(story), "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert [a["source"] for a in brief["articles"]] == ["lune.txt"]
    everything = json.loads(run("brief").stdout)
    assert sorted(a["source"] for a in everything["articles"]) == ["harbor-watch.txt", "lune.txt"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt, marker", [("markdown", "#"), ("html", "<")])
def test_brief_reports_for_people(run, story, fmt, marker):
    result = run("brief", str(story), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.lstrip().startswith(marker)


@pytest.mark.slow
def test_extract_no_clean_indexes_the_input_exactly(run, story):
    result = run("extract", "--no-clean", "--published", "2031-03-03", str(story))
    assert result.exit_code == 0, result.stderr
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert doc["text"] == STORY and doc["source"] == "lune.txt" and doc["published"] == "2031-03-03"
    for item in doc["timexes"] + doc["quotes"] + doc["quantities"]:
        assert STORY[item["start"]:item["end"]] == item["text"]


@pytest.mark.slow
def test_extract_cleaned_text_and_bad_input(run, story, tmp_path):
    result = run("extract", str(story), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert "Vessmark" in doc["text"]
    for item in doc["timexes"] + doc["quotes"] + doc["quantities"]:
        assert doc["text"][item["start"]:item["end"]] == item["text"]
