"""URLs and feeds against a real HTTP server on 127.0.0.1 (no other network)."""
from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storyline.errors import EmptyInputError, FetchError, InputError, MalformedInputError
from storyline.ingest import fetch_url, read_inputs
from storyline.ingest.netguard import address_problem
from storyline.model import Document
from storyline.settings import Settings

LOCAL = Settings.load(fetch_allow_private=True, fetch_timeout=3.0)
LONG = "The river rose two metres overnight and the council opened three shelters. " * 8


def article(title: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><p>{title} body.</p></body></html>".encode()


def rss(base: str) -> bytes:
    items = [
        ("First", f"{base}/a1", "Short teaser."),
        ("Second", f"{base}/redirect/2", "Short teaser."),
        ("Gone but full", f"{base}/404", LONG),
        ("Gone and short", f"{base}/500", "Too short."),
        ("Points to feed", f"{base}/feed.xml", "Tiny."),
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
        f"<pubDate>Mon, 06 May 2024 09:30:00 GMT</pubDate><author>desk@news.example (Ana Ruiz)</author></item>"
        for t, link, d in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>River Daily</title>{body}</channel></rss>'.encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):  # keep test output clean
        pass

    def send(self, status: int, ctype: str | None, body: bytes, length: bool = True, **headers) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def do_GET(self):  # noqa: C901 - a routing table
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path in ("/a1", "/a2", "/page.html"):
            self.send(200, "text/html; charset=utf-8", article(path[1:]))
        elif path == "/plain":
            self.send(200, "text/plain", b"Plain story text.\r\nSecond line.")
        elif path == "/latin":
            self.send(200, "text/html; charset=iso-8859-1", "<html><body><p>Caf\u00e9 news</p></body></html>".encode("cp1252"))
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self.send(302, None, b"", Location="/a2" if n == 0 else f"/redirect/{n - 1}")
        elif path == "/loop":
            self.send(301, None, b"", Location="/loop")
        elif path in ("/404", "/500"):
            self.send(int(path[1:]), "text/html", b"<html>error</html>")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, "text/html", article("slow"))
        elif path == "/big-declared":
            self.send(200, "text/html", b"x" * 5000)
        elif path == "/big-streamed":
            self.send(200, "text/html", b"<p>" + b"y" * 5000, length=False)
        elif path == "/pdf":
            self.send(200, "application/pdf", b"%PDF-1.4")
        elif path == "/empty":
            self.send(200, "text/html", b"")
        elif path == "/ua":
            self.send(200, "text/plain", self.headers.get("User-Agent", "").encode())
        elif path == "/json":
            self.send(200, "application/json", b'[{"title": "J", "text": "JSON story."}]')
        elif path == "/feed.xml":
            self.send(200, "application/rss+xml", rss(base))
        elif path == "/atom":
            atom = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>'
                    f'<entry><title>Atom one</title><link href="{base}/a1"/><updated>2024-05-07T10:00:00Z</updated>'
                    f'<author><name>Ben Cole</name></author><id>1</id></entry></feed>')
            self.send(200, "application/atom+xml", atom.encode())
        else:
            self.send(404, "text/plain", b"not found")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def one(url: str, settings: Settings = LOCAL):
    items = list(read_inputs([url], settings))
    assert len(items) == 1, items
    return items[0]


def test_html_page(server):
    doc = one(f"{server}/page.html")
    assert isinstance(doc, Document)
    assert (doc.kind, doc.source, doc.url) == ("html", f"{server}/page.html", f"{server}/page.html")
    assert doc.content == article("page.html").decode()


def test_plain_text_and_declared_charset(server):
    doc = one(f"{server}/plain")
    assert (doc.kind, doc.content) == ("text", "Plain story text.\nSecond line.")
    assert "Caf\u00e9 news" in one(f"{server}/latin").content


def test_json_url(server):
    assert one(f"{server}/json").content == "JSON story."


def test_user_agent_sent(server):
    assert one(f"{server}/ua").content == LOCAL.user_agent


def test_redirects_followed_within_limit(server):
    doc = one(f"{server}/redirect/3")
    assert doc.source == f"{server}/redirect/3" and doc.url == f"{server}/a2"


def test_too_many_redirects(server):
    err = one(f"{server}/loop")
    assert isinstance(err, FetchError) and str(err) == f"{server}/loop: too many redirects (more than 5)"
    err = one(f"{server}/redirect/3", Settings.load(fetch_allow_private=True, fetch_max_redirects=2))
    assert "too many redirects (more than 2)" in str(err)


@pytest.mark.parametrize("path, says", [("/404", "HTTP 404 Not Found"), ("/500", "HTTP 500"),
                                         ("/pdf", "unsupported content type application/pdf"),
                                         ("/empty", "empty")])
def test_http_failures(server, path, says):
    err = one(server + path)
    assert isinstance(err, InputError) and str(err).startswith(f"{server}{path}: ") and says in str(err)


def test_size_cap(server):
    small = Settings.load(fetch_allow_private=True, fetch_max_bytes=1000)
    for path in ("/big-declared", "/big-streamed"):
        err = one(server + path, small)
        assert isinstance(err, FetchError) and "too large" in str(err) and "fetch_max_bytes" in str(err)


def test_timeout(server):
    err = one(f"{server}/slow", Settings.load(fetch_allow_private=True, fetch_timeout=0.3))
    assert isinstance(err, FetchError) and "timed out after 0.3 s" in str(err)


def test_connection_refused():
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    err = one(f"http://127.0.0.1:{port}/x")
    assert isinstance(err, FetchError) and "unreachable: connection failed" in str(err)


def test_dns_failure(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    err = one("http://news.invalid/story")
    assert isinstance(err, FetchError) and "cannot resolve host news.invalid" in str(err)


@pytest.mark.parametrize("url, why", [("http://10.1.2.3/x", "private"), ("http://169.254.169.254/latest", "link-local"),
                                      ("http://[::1]/x", "loopback"), ("http://0.0.0.0/", "private")])
def test_default_refuses_private_addresses(url, why):
    err = one(url, Settings.load())
    assert isinstance(err, FetchError) and f"{why} address" in str(err) and "refused" in str(err)


def test_default_refuses_loopback_server(server):
    err = one(f"{server}/page.html", Settings.load())
    assert isinstance(err, FetchError) and "127.0.0.1 is a loopback address" in str(err)
    port = server.rsplit(":", 1)[1]
    err = one(f"http://localhost:{port}/page.html", Settings.load())
    assert "localhost resolves to loopback address" in str(err)


def test_address_policy():
    assert address_problem("93.184.216.34") is None
    assert address_problem("2606:4700::1111") is None
    assert address_problem("192.168.1.5") == "private"
    assert address_problem("172.16.0.1") == "private"
    assert address_problem("::ffff:10.0.0.1") == "private"
    assert address_problem("fe80::1") == "link-local"
    assert address_problem("2002:a00:1::1") == "private"  # 6to4 around 10.0.0.1
    assert address_problem("100.64.0.1") == "non-global"


def test_feed_url_fetches_every_entry(server):
    items = list(read_inputs([f"{server}/feed.xml"], LOCAL))
    first, second, full, short, nested = items
    assert isinstance(first, Document) and first.url == f"{server}/a1" and first.kind == "html"
    assert first.hints["title"] == "First" and first.hints["feed"] == "River Daily"
    assert first.hints["published"] == "2024-05-06T09:30:00+00:00"
    assert first.hints["authors"] and "Ana Ruiz" in first.hints["authors"][0]
    assert second.url == f"{server}/a2" and second.hints["title"] == "Second"
    assert isinstance(full, Document) and "two metres" in full.content
    assert "HTTP 404" in full.warnings[0] and "feed entry's own text" in full.warnings[0]
    assert isinstance(short, InputError) and short.source == f"{server}/500" and "HTTP 500" in str(short)
    assert isinstance(nested, InputError) and "is a feed" in str(nested)


def test_atom_feed(server):
    doc = one(f"{server}/atom")
    assert doc.url == f"{server}/a1"
    assert doc.hints["authors"] == ["Ben Cole"] and doc.hints["published"].startswith("2024-05-07")


def test_feed_file_with_links(server, tmp_path):
    (tmp_path / "river.rss").write_bytes(rss(server))
    items = list(read_inputs([str(tmp_path / "river.rss")], LOCAL))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Document", "InputError", "InputError"]


def test_malformed_and_empty_feeds(tmp_path):
    (tmp_path / "bad.rss").write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken')
    (tmp_path / "none.xml").write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    bad, empty = read_inputs([str(tmp_path / "bad.rss"), str(tmp_path / "none.xml")], LOCAL)
    assert isinstance(bad, MalformedInputError) and str(bad).startswith(f"{tmp_path / 'bad.rss'}: malformed feed")
    assert isinstance(empty, EmptyInputError) and "feed has no entries" in str(empty)


def test_fetch_url_api(server):
    docs = fetch_url(f"{server}/page.html", LOCAL)
    assert [d.url for d in docs] == [f"{server}/page.html"]
    assert len(fetch_url(f"{server}/feed.xml", LOCAL)) == 3
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_url(f"{server}/404", LOCAL)
    with pytest.raises(FetchError, match="not an http"):
        fetch_url("file:///etc/passwd", LOCAL)


@pytest.mark.parametrize("url", ["http://[::1/x", "http://news.example:99999/x"])
def test_invalid_urls(url):
    err = one(url, Settings.load())
    assert isinstance(err, FetchError) and "invalid URL" in str(err)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_https_certificate_is_checked_against_the_host_name(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=localhost"],
                   check=True, capture_output=True)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        err = one(f"https://localhost:{httpd.server_address[1]}/page.html")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert isinstance(err, FetchError) and "TLS handshake failed" in str(err) and "certificate" in str(err)
