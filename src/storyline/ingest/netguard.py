"""Refuse to fetch from private, loopback, link-local and reserved addresses.

The check sits in the connection layer (an httpcore network backend): the
host is resolved once, *every* resolved address is checked, and the socket is
opened to one of those checked addresses. So redirects are re-checked and a
DNS answer cannot change between the check and the connect.
"""
from __future__ import annotations

import functools
import ipaddress
import socket
import ssl
import typing

import httpcore
import httpx

from ..settings import Settings


class BlockedAddress(Exception):
    """A host resolved to an address we refuse to connect to."""

    def __init__(self, host: str, address: str, why: str):
        self.host, self.address, self.why = host, address, why
        where = f"{address} is a" if host.strip("[]") == address else f"{host} resolves to"
        super().__init__(f"{where} {why} address" + ("" if host.strip("[]") == address else f" {address}"))


class ResolveFailed(Exception):
    """DNS gave no address for the host."""

    def __init__(self, host: str, detail: str):
        self.host = host
        super().__init__(f"cannot resolve host {host} ({detail})")


def address_problem(address: str) -> str | None:
    """Why an IP address is off-limits ("private", "loopback", ...), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):  # IPv4 carried inside IPv6
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            ip = embedded
    for attr in ("is_loopback", "is_link_local", "is_private", "is_multicast", "is_reserved", "is_unspecified"):
        if getattr(ip, attr):
            return attr[3:].replace("_", "-")
    if not ip.is_global:
        return "non-global"
    return None


def resolve(host: str, port: int) -> list[str]:
    """All addresses of a host, in the resolver's order (IP literals as is)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ResolveFailed(host, str(exc)) from exc
    seen: list[str] = []
    for *_, sockaddr in infos:
        if sockaddr[0] not in seen:
            seen.append(sockaddr[0])
    if not seen:
        raise ResolveFailed(host, "no addresses")
    return seen


class GuardedBackend(httpcore.SyncBackend):
    """Resolve, check every address, then connect to a checked one."""

    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        if not self.allow_private:
            for address in addresses:
                why = address_problem(address)
                if why:
                    raise BlockedAddress(host, address, why)
        last: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:  # try the next address
                last = exc
        assert last is not None
        raise last


@functools.lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    """Loading the CA bundle is slow; one verified context serves every fetch."""
    return httpx.create_ssl_context(trust_env=False)


class GuardedTransport(httpx.HTTPTransport):
    """httpx transport whose connections go through :class:`GuardedBackend`.

    Same request/response handling as :class:`httpx.HTTPTransport`; only the
    connection pool (``_pool``, what HTTPTransport delegates to) differs.
    """

    def __init__(self, allow_private: bool):  # noqa: super().__init__ would build an unused pool
        self._pool = httpcore.ConnectionPool(ssl_context=_ssl_context(), network_backend=GuardedBackend(allow_private))


def make_client(settings: Settings) -> httpx.Client:
    """A client that never follows redirects itself and never uses env proxies."""
    return httpx.Client(
        transport=GuardedTransport(settings.fetch_allow_private),
        follow_redirects=False,
        timeout=settings.fetch_timeout,
        headers={"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"},
        trust_env=False,
    )
