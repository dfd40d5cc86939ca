"""WARC and WARC.gz archives written with warcio."""
from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.errors import EmptyInputError, MalformedInputError
from storyline.ingest import read_bytes, read_inputs
from storyline.model import Document
from storyline.settings import Settings

SETTINGS = Settings.load()


def page(i: int) -> bytes:
    return f"<html><head><title>Story {i}</title></head><body><p>Story {i} text.</p></body></html>".encode()


def make_warc(gzip: bool, extra: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))

    def response(uri, status, ctype, body):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))

    response("https://news.example/a", "200 OK", "text/html; charset=utf-8", page(1))
    if extra:
        response("https://news.example/missing", "404 Not Found", "text/html", b"<html>gone</html>")
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        response("https://news.example/c", "200 OK", "text/html; charset=windows-1252",
                 "<html><body><p>Caf\u00e9 story</p></body></html>".encode("cp1252"))
    response("https://news.example/b", "200 OK", "text/html", page(2))
    return buf.getvalue()


@pytest.mark.parametrize("gzip, name", [(False, "crawl.warc"), (True, "crawl.warc.gz")])
def test_html_responses_become_documents(tmp_path, gzip, name):
    (tmp_path / name).write_bytes(make_warc(gzip))
    docs = list(read_inputs([str(tmp_path / name)], SETTINGS))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.url for d in docs] == ["https://news.example/a", "https://news.example/c", "https://news.example/b"]
    assert [d.source for d in docs] == [d.url for d in docs]
    assert all(d.kind == "html" for d in docs)
    assert docs[0].content == page(1).decode() and docs[0].hints["url"] == "https://news.example/a"
    assert "crawled" in docs[0].hints
    assert "Caf\u00e9 story" in docs[1].content


def test_warc_sniffed_without_extension():
    docs = read_bytes(make_warc(True), "upload.bin", SETTINGS)
    assert len(docs) == 3


@pytest.mark.parametrize("gzip", [False, True])
def test_truncated_warc_keeps_complete_records_and_reports(tmp_path, gzip):
    data = make_warc(gzip, extra=False)
    (tmp_path / "cut.warc").write_bytes(data[: len(data) - 60])
    items = list(read_inputs([str(tmp_path / "cut.warc")], SETTINGS))
    assert isinstance(items[0], Document) and items[0].url == "https://news.example/a"
    assert isinstance(items[-1], MalformedInputError)
    assert str(items[-1]).startswith(f"{tmp_path / 'cut.warc'}: malformed or truncated WARC")


def test_garbage_warc(tmp_path):
    (tmp_path / "bad.warc").write_bytes(b"this is not a warc file at all\r\n" * 3)
    (err,) = read_inputs([str(tmp_path / "bad.warc")], SETTINGS)
    assert isinstance(err, MalformedInputError) and "WARC" in str(err)


def test_warc_without_html(tmp_path):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("x.warc", {"software": "test"}))
    (tmp_path / "x.warc.gz").write_bytes(buf.getvalue())
    (err,) = read_inputs([str(tmp_path / "x.warc.gz")], SETTINGS)
    assert isinstance(err, EmptyInputError) and "no HTML response records" in str(err)


def test_large_warc_streamed_with_per_record_cap(tmp_path):
    data = make_warc(False)
    (tmp_path / "big.warc").write_bytes(data)
    cap = Settings.load(max_input_bytes=len(page(1)) + 10)  # whole file is larger than the cap
    items = list(read_inputs([str(tmp_path / "big.warc")], cap))
    assert [i.url for i in items if isinstance(i, Document)] == ["https://news.example/a", "https://news.example/c", "https://news.example/b"]
    tiny = Settings.load(max_input_bytes=20)
    items = list(read_inputs([str(tmp_path / "big.warc")], tiny))
    assert any("over the" in str(i) and "max_input_bytes" in str(i) for i in items)
