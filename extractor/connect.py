"""HTTP connections that go only to the addresses the fetcher checked, and end at the request's deadline.

Without this, the HTTP library would look the host up again when it connects, and a DNS answer that changed
since the check (DNS rebinding) would reach a private address; and its timeouts bound each read, not the request,
so a server sending its headers a byte at a time would hold a fetch for ever.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from contextvars import ContextVar, Token
from typing import Any, Self

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


class Guard:
    """What the requests of a block may connect to (host -> checked addresses) and the time by which they must be
    over; used as a context manager around them, in the thread that makes them.

    At the deadline every socket the requests use is shut down, which ends a read blocked in C at once.
    """

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline
        self.pins: dict[str, list[str]] = {}
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._token: Token[Guard | None] | None = None

    def __enter__(self) -> Self:
        self._token = _GUARD.set(self)
        if self.deadline is not None:
            self._timer = threading.Timer(max(0.0, self.deadline - time.monotonic()), self._expire)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._token is not None:
            _GUARD.reset(self._token)

    def watch(self, sock: socket.socket | None) -> None:
        """Shut `sock` down at the deadline (at once when it has passed)."""
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


_GUARD: ContextVar[Guard | None] = ContextVar("extractor_fetch_guard", default=None)


def pin(host: str, addresses: list[str]) -> None:
    """Connect the current Guard's requests to `host` only at these addresses (none: as the system resolves it)."""
    guard = _GUARD.get()
    if guard is not None and addresses:
        guard.pins[host] = addresses


class _GuardedConnection(HTTPConnection):
    """Connects to the guard's checked addresses of its host (in order), and lets the guard watch its socket."""

    def _new_conn(self) -> socket.socket:
        guard = _GUARD.get()
        pinned = guard.pins.get(self._dns_host) if guard is not None else None
        if not pinned:
            sock = super()._new_conn()
        else:
            host = self._dns_host
            for number, address in enumerate(pinned, 1):
                self._dns_host = address  # what urllib3 looks up; TLS still checks the certificate for `host`
                try:
                    sock = super()._new_conn()
                    break
                except OSError:
                    if number == len(pinned):
                        raise
                finally:
                    self._dns_host = host
        if guard is not None:
            guard.watch(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        guard = _GUARD.get()
        if guard is not None:
            guard.watch(self.sock)  # a kept-alive connection made by an earlier request
        super().request(*args, **kwargs)


class _GuardedHTTPSConnection(_GuardedConnection, HTTPSConnection):
    pass


class _GuardedPool(HTTPConnectionPool):
    ConnectionCls = _GuardedConnection


class _GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class GuardedAdapter(HTTPAdapter):
    """A requests adapter whose connections obey the Guard of the request being made."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Build the pool manager with guarded connection pools."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _GuardedPool, "https": _GuardedHTTPSPool}
