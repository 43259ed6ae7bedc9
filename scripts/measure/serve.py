"""Serve a built site on localhost with gzip, as any real host would, and count the bytes sent.

The page-weight budgets and Lighthouse measure what a reader downloads; Python's own
http.server sends everything uncompressed, which would measure the wrong thing.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

COMPRESSED = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


class Counter:
    """Body bytes sent since the last reset."""

    def __init__(self) -> None:
        self.bytes = 0
        self._lock = threading.Lock()

    def add(self, size: int) -> None:
        with self._lock:
            self.bytes += size

    def reset(self) -> None:
        with self._lock:
            self.bytes = 0


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    counter: Counter

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")  # as GitHub Pages sends
        super().end_headers()

    def do_GET(self) -> None:
        file = Path(self.translate_path(self.path))
        if file.is_dir() and self.path.split("?")[0].endswith("/"):
            file = file / "index.html"
        ctype = self.guess_type(str(file))
        if (
            not file.is_file()
            or "gzip" not in self.headers.get("Accept-Encoding", "")
            or not ctype.startswith(COMPRESSED)
        ):
            super().do_GET()  # directory redirects, 404s, images: as http.server does
            return
        body = gzip.compress(file.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.counter.add(len(body))

    def copyfile(self, source: BinaryIO, outputfile: BinaryIO) -> None:  # type: ignore[override]
        body = source.read()
        outputfile.write(body)
        self.counter.add(len(body))

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[tuple[str, Counter]]:
    """Serve `folder` on 127.0.0.1 with gzip: (base URL, byte counter)."""
    counter = Counter()
    handler = type("Handler", (_GzipHandler,), {"counter": counter})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", counter
    finally:
        server.shutdown()
        server.server_close()
