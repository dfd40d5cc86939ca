"""JSON and JSON Lines article objects."""
from __future__ import annotations

import json

import pytest

from storyline.errors import InputError, MalformedInputError
from storyline.ingest import read_bytes, read_inputs
from storyline.model import Document
from storyline.settings import Settings

SETTINGS = Settings.load()
ONE = {
    "title": "Bridge opens",
    "text": "The bridge opened on Monday, the council said.",
    "url": "https://news.example/bridge",
    "published": "2024-05-06",
    "outlet": "Example News",
    "authors": ["Ana Ruiz", "Ben Cole"],
}


def read(path):
    return list(read_inputs([str(path)], SETTINGS))


def test_list_of_objects(tmp_path):
    second = {"headline": "Second", "body": "Another story body.", "date": "2024-05-07",
              "source": {"id": None, "name": "Daily Example"}, "author": {"name": "Cy Dee"}}
    (tmp_path / "a.json").write_text(json.dumps([ONE, second]))
    first, other = read(tmp_path / "a.json")
    assert first.source == "https://news.example/bridge" and first.kind == "text"
    assert first.content == ONE["text"] and first.url == ONE["url"]
    assert first.hints == {"title": "Bridge opens", "url": ONE["url"], "published": "2024-05-06",
                           "outlet": "Example News", "authors": ["Ana Ruiz", "Ben Cole"]}
    assert other.source == "a.json#2"
    assert other.hints == {"title": "Second", "published": "2024-05-07", "outlet": "Daily Example", "authors": ["Cy Dee"]}


def test_articles_wrapper_and_single_object(tmp_path):
    (tmp_path / "w.json").write_text(json.dumps({"status": "ok", "articles": [{"text": "Wrapped story."}]}))
    (tmp_path / "s.json").write_text(json.dumps({"text": "Single story.", "byline": "By Ann Lee"}))
    (wrapped,) = read(tmp_path / "w.json")
    (single,) = read(tmp_path / "s.json")
    assert (wrapped.source, wrapped.content) == ("w.json#1", "Wrapped story.")
    assert single.hints == {"authors": ["By Ann Lee"]}


def test_html_field_gives_html_document(tmp_path):
    (tmp_path / "h.json").write_text(json.dumps([{"html": "<html><body><p>Markup story.</p></body></html>"},
                                                 {"content": "<div><p>One</p><p>Two</p></div>"}]))
    docs = read(tmp_path / "h.json")
    assert [d.kind for d in docs] == ["html", "html"]


def test_jsonl(tmp_path):
    lines = [json.dumps({"text": f"Story number {i}.", "title": f"T{i}"}) for i in range(3)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n\n")
    docs = read(tmp_path / "a.jsonl")
    assert [d.source for d in docs] == ["a.jsonl#1", "a.jsonl#2", "a.jsonl#3"]
    assert docs[2].hints["title"] == "T2"


def test_jsonl_bad_line_reported_others_kept(tmp_path):
    (tmp_path / "a.ndjson").write_text('{"text": "Good one."}\n{"text": broken\n{"text": "Good two."}\n')
    items = read(tmp_path / "a.ndjson")
    assert [type(i).__name__ for i in items] == ["Document", "Document", "MalformedInputError"]
    assert "line 2" in str(items[2]) and str(items[2]).startswith(str(tmp_path / "a.ndjson"))


def test_json_lines_in_json_file(tmp_path):
    (tmp_path / "x.json").write_text('{"text": "One."}\n{"text": "Two."}\n')
    assert [d.content for d in read(tmp_path / "x.json")] == ["One.", "Two."]


def test_malformed_json_names_line(tmp_path):
    (tmp_path / "bad.json").write_text('[\n  {"text": "ok"},\n  {"text": "missing brace"\n]\n')
    (err,) = read(tmp_path / "bad.json")
    assert isinstance(err, MalformedInputError)
    assert str(err).startswith(f"{tmp_path / 'bad.json'}: malformed JSON at line 4")


def test_json_without_article_text(tmp_path):
    (tmp_path / "meta.json").write_text(json.dumps([{"title": "No body"}, {"url": "https://x.example"}]))
    (err,) = read(tmp_path / "meta.json")
    assert isinstance(err, MalformedInputError) and "without any article" in str(err)


def test_record_without_text_reported(tmp_path):
    (tmp_path / "m.json").write_text(json.dumps([{"text": "Has text."}, {"title": "Lacks text"}, 7]))
    doc, missing, number = read(tmp_path / "m.json")
    assert isinstance(doc, Document)
    assert str(missing) == "m.json#2: no article text (expected a 'text' or 'html' field)"
    assert isinstance(number, InputError) and "m.json#3" in str(number)


def test_json_sniffed_without_extension(tmp_path):
    (tmp_path / "dump").write_text(json.dumps([ONE]))
    (doc,) = read(tmp_path / "dump")
    assert doc.content == ONE["text"]
    (tmp_path / "note").write_text("[Update] The bridge opened.")  # looks like JSON, is text
    (note,) = read(tmp_path / "note")
    assert note.kind == "text" and note.content.startswith("[Update]")


def test_read_bytes_json():
    docs = read_bytes(json.dumps([ONE]).encode(), "upload.json", SETTINGS)
    assert docs[0].hints["outlet"] == "Example News"
    with pytest.raises(MalformedInputError, match="malformed JSON at line 1"):
        read_bytes(b'{"text": ', "upload.json", SETTINGS)
