"""Reading files, directories and stdin: kinds, decoding and every file error."""
from __future__ import annotations

import io
import os
import shutil
import tempfile
import threading
import zlib
from pathlib import Path

import pytest

from storyline.errors import BinaryInputError, EmptyInputError, InputError, MalformedInputError, TooLargeError
from storyline.ingest import read_bytes, read_inputs
from storyline.model import Document
from storyline.settings import Settings

SETTINGS = Settings.load()
STORY = "Harbour City opens new bridge\n\nThe council said on Monday that the bridge will open in May.\n"
PAGE = "<!DOCTYPE html><html><head><title>Bridge</title></head><body><p>The bridge opens.</p></body></html>"


def read(*inputs, settings=SETTINGS, stdin=None):
    return list(read_inputs([str(i) for i in inputs], settings, stdin=stdin))


def only(items):
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize("name", ["a.txt", "b.text", "c.md", "d.story", "noext"])
def test_text_files(tmp_path, name):
    path = tmp_path / name
    path.write_text(STORY, encoding="utf-8")
    doc = only(read(path))
    assert isinstance(doc, Document)
    assert (doc.kind, doc.source, doc.content, doc.warnings) == ("text", name, STORY, [])


@pytest.mark.parametrize("name", ["p.html", "p.htm", "p.txt", "p.page"])
def test_html_by_extension_or_content(tmp_path, name):
    (tmp_path / name).write_text(PAGE, encoding="utf-8")
    doc = only(read(tmp_path / name))
    assert doc.kind == "html" and doc.content == PAGE  # raw markup, not extracted here


def test_text_with_angle_bracket_is_still_text(tmp_path):
    (tmp_path / "a.txt").write_text("<Updated> The mayor spoke.\nShe said 3 < 4.\n")
    assert only(read(tmp_path / "a.txt")).kind == "text"


def test_newlines_normalised(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(b"Line one.\r\nLine two.\rLine three.\n")
    assert only(read(tmp_path / "crlf.txt")).content == "Line one.\nLine two.\nLine three.\n"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_decides_encoding(tmp_path, encoding):
    (tmp_path / "bom.txt").write_bytes("Caf\u00e9 owners met on Tuesday.".encode(encoding))
    doc = only(read(tmp_path / "bom.txt"))
    assert doc.content == "Caf\u00e9 owners met on Tuesday." and doc.warnings == []


def test_legacy_encoding_guessed_with_warning(tmp_path):
    text = "The caf\u00e9 owner, Ren\u00e9e D\u00e9j\u00e0, said the r\u00e9sum\u00e9 was \u201cfine\u201d. " * 5
    (tmp_path / "old.txt").write_bytes(text.encode("cp1252"))
    doc = only(read(tmp_path / "old.txt"))
    assert "caf\u00e9" in doc.content and "Ren\u00e9e" in doc.content
    assert len(doc.warnings) == 1 and doc.warnings[0].endswith("(not UTF-8)")
    assert doc.warnings[0].startswith("decoded as ")


def test_declared_html_charset_used(tmp_path):
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u2013 news</p></body></html>'
    (tmp_path / "p.html").write_bytes(page.encode("cp1252"))
    doc = only(read(tmp_path / "p.html"))
    assert "Caf\u00e9 \u2013 news" in doc.content and doc.warnings == []


def test_undecodable_bytes(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xef\xbb\xbfValid start \xff\xfe\xfd then junk")
    err = only(read(tmp_path / "bad.txt"))
    assert isinstance(err, MalformedInputError) and "undecodable" in str(err)
    assert str(err).startswith(str(tmp_path / "bad.txt") + ": ")


def test_missing_path():
    err = only(read("/no/such/file.txt"))
    assert isinstance(err, InputError) and str(err) == "/no/such/file.txt: no such file or directory"


def _read_as_nobody(path: str) -> str:
    """Read as an unprivileged user in a forked child (root reads anything)."""
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.setgid(65534)
            os.setuid(65534)
            message = "\n".join(str(i) if not isinstance(i, Document) else f"Document {i.source}" for i in read(path))
        except BaseException as exc:  # noqa: BLE001
            message = f"child failed: {exc!r}"
        os.write(wfd, message.encode())
        os._exit(0)
    os.close(wfd)
    os.waitpid(pid, 0)
    with os.fdopen(rfd, "rb") as fh:
        return fh.read().decode()


@pytest.fixture
def open_dir():
    """A folder any user may enter (pytest's tmp_path is private to root)."""
    path = tempfile.mkdtemp(prefix="storyline-perm-")
    os.chmod(path, 0o755)
    yield Path(path)
    for root, dirs, _ in os.walk(path):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o755)
    shutil.rmtree(path)


def read_unprivileged(path) -> list[str]:
    if os.geteuid() == 0:
        return _read_as_nobody(str(path)).split("\n")
    return [str(i) if not isinstance(i, Document) else f"Document {i.source}" for i in read(path)]


def test_permission_denied(open_dir):
    path = open_dir / "secret.txt"
    path.write_text(STORY)
    path.chmod(0)
    assert read_unprivileged(path) == [f"{path}: permission denied"]


def test_unlistable_subfolder_reported(open_dir):
    (open_dir / "a.txt").write_text(STORY)
    (open_dir / "a.txt").chmod(0o644)
    (open_dir / "locked").mkdir()
    (open_dir / "locked" / "b.txt").write_text(STORY)
    (open_dir / "locked").chmod(0)
    assert read_unprivileged(open_dir) == ["Document a.txt", f"{open_dir / 'locked'}: permission denied"]


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\r\n  ")
    empty, blank = read(tmp_path / "empty.txt", tmp_path / "blank.txt")
    assert isinstance(empty, EmptyInputError) and str(empty) == f"{tmp_path / 'empty.txt'}: empty file"
    assert isinstance(blank, EmptyInputError) and "only whitespace" in str(blank)


@pytest.mark.parametrize(
    "data, says",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"Hello\x00world\x00\x00\x01", "NUL bytes"),
        (bytes(range(1, 9)) * 50, "non-text"),
    ],
)
def test_binary_files(tmp_path, data, says):
    (tmp_path / "thing.txt").write_bytes(data)
    err = only(read(tmp_path / "thing.txt"))
    assert isinstance(err, BinaryInputError) and says in str(err)


def test_too_large_checked_before_reading(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 400)
    err = only(read(tmp_path / "big.txt", settings=Settings.load(max_input_bytes=1000)))
    assert isinstance(err, TooLargeError) and "max_input_bytes" in str(err) and "big.txt" in str(err)


def test_gzip_text_is_unpacked(tmp_path):
    c = zlib.compressobj(wbits=16 + zlib.MAX_WBITS)
    (tmp_path / "story.txt.gz").write_bytes(c.compress(STORY.encode()) + c.flush())
    doc = only(read(tmp_path / "story.txt.gz"))
    assert doc.kind == "text" and doc.content == STORY


def test_directory_recursive_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b.txt").write_text("Second story text here.")
    (tmp_path / "a.txt").write_text("First story text here.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text(PAGE)
    (tmp_path / ".hidden.txt").write_text("Hidden file.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Inside a hidden folder.")
    docs = read(tmp_path)
    assert [d.source for d in docs] == ["a.txt", "b.txt", "c.html"]
    assert [d.kind for d in docs] == ["text", "text", "html"]


def test_directory_bad_file_reported_others_kept(tmp_path):
    (tmp_path / "a.txt").write_text("A fine story.")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 ...")
    good, bad = read(tmp_path)
    assert isinstance(good, Document) and isinstance(bad, BinaryInputError)
    assert str(bad).startswith(str(tmp_path / "b.pdf"))


def test_directory_with_nothing_readable(tmp_path):
    (tmp_path / "empty").mkdir()
    err = only(read(tmp_path / "empty"))
    assert isinstance(err, InputError) and str(err).startswith(str(tmp_path / "empty") + ": directory with nothing readable")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n....")
    items = read(tmp_path / "junk")
    assert isinstance(items[0], BinaryInputError) and "nothing readable" in str(items[1])


def test_stdin_sniffed():
    doc = only(read("-", stdin=io.BytesIO(PAGE.encode())))
    assert (doc.source, doc.kind) == ("stdin", "html")
    doc = only(read("-", stdin=io.BytesIO(STORY.encode())))
    assert (doc.source, doc.kind, doc.content) == ("stdin", "text", STORY)
    assert isinstance(only(read("-", stdin=io.BytesIO(b""))), EmptyInputError)


def test_mixed_inputs_keep_order_and_go_on(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.json").write_text('[{"title": "T", "text": "Body of the story."}]')
    (tmp_path / "e.txt").write_text("")
    items = read(tmp_path / "a.txt", "/missing.txt", tmp_path / "e.txt", tmp_path / "b.json", "-",
                 stdin=io.BytesIO(b"From stdin."))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "InputError", "EmptyInputError", "Document", "Document"]
    assert items[3].source == "b.json#1" and items[4].content == "From stdin."


def test_unsupported_scheme():
    err = only(read("ftp://example.org/story.txt"))
    assert isinstance(err, InputError) and "unsupported URL scheme 'ftp'" in str(err)


def test_read_bytes_for_uploads():
    docs = read_bytes(PAGE.encode(), "upload.html", SETTINGS)
    assert [(d.source, d.kind) for d in docs] == [("upload.html", "html")]
    with pytest.raises(BinaryInputError, match="upload.pdf: .*PDF"):
        read_bytes(b"%PDF-1.5 data", "upload.pdf", SETTINGS)
    with pytest.raises(EmptyInputError):
        read_bytes(b"", "nothing.txt", SETTINGS)


def test_stdin_json_and_size_cap():
    doc = only(read("-", stdin=io.BytesIO(b'[{"text": "Piped story.", "title": "P"}]')))
    assert (doc.source, doc.content, doc.hints["title"]) == ("stdin#1", "Piped story.", "P")
    err = only(read("-", settings=Settings.load(max_input_bytes=10), stdin=io.BytesIO(b"x" * 50)))
    assert isinstance(err, TooLargeError) and str(err).startswith("stdin: ")


def test_named_pipe_read_once(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(STORY.encode()))
    writer.start()
    doc = only(read(fifo))
    writer.join(timeout=5)
    assert (doc.source, doc.content) == ("pipe.txt", STORY)
