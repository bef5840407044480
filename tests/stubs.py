"""A real HTTP server on 127.0.0.1 for testing online backends against canned responses.

    with StubServer({("GET", "/v2/local/search/keyword.json"): (200, payload)}) as stub:
        settings.KAKAO_BASE_URL = stub.url
        ...
        stub.requests  # what was asked: [(method, path, query dict, headers, body)]

A handler value may be a callable `(request) -> (status, body[, headers])`.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class StubRequest:
    method: str
    path: str
    query: dict
    headers: dict
    body: bytes


class StubServer:
    def __init__(self, routes: dict):
        self.routes = routes
        self.requests: list[StubRequest] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self):
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                req = StubRequest(
                    self.command, parts.path, parse_qs(parts.query), dict(self.headers), body
                )
                stub.requests.append(req)
                route = stub.routes.get((self.command, parts.path)) or stub.routes.get(
                    ("*", parts.path)
                )
                if route is None:
                    status, payload, headers = 404, {"error": "no stub route"}, {}
                else:
                    result = route(req) if callable(route) else route
                    status, payload = result[0], result[1]
                    headers = result[2] if len(result) > 2 else {}
                raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", headers.pop("Content-Type", "application/json"))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> StubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Slow:
    """A reply sent only after `seconds`: a server slower than the client's timeout."""

    seconds: float
    reply: tuple


class Scripted:
    """A route that answers the n-th request with `replies[n]`, the last one again after
    that: `Scripted((429, busy), (200, answer))` is a rate limit, then success. A reply is
    `(status, body[, headers])` or a `Slow` one."""

    def __init__(self, *replies):
        self.replies = replies
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self, request: StubRequest):
        with self._lock:
            reply = self.replies[min(self.calls, len(self.replies) - 1)]
            self.calls += 1
        if isinstance(reply, Slow):
            time.sleep(reply.seconds)
            reply = reply.reply
        return reply
