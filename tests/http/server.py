#!/usr/bin/env python3
"""A small HTTP server on 127.0.0.1 for quoth's download tests.

Usage: server.py PORTFILE FIXTURES
It listens on a free port, writes the port number to PORTFILE, and
serves the routes below until killed (or for 120 seconds at most).
"""
import gzip
import http.server
import os
import sys
import threading
import time

FIX = sys.argv[2]
HITS = {}


def fixture(name):
    with open(os.path.join(FIX, name), "rb") as f:
        return f.read()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, code, body=b"", ctype="application/rss+xml",
             headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        HITS[path] = HITS.get(path, 0) + 1
        route = ROUTES.get(path)
        if route is None:
            self.send(404, b"no such page", "text/plain")
            return
        route(self)


def feed(h):
    """ETag and Last-Modified; 304 when the client has them."""
    etag, lm = '"v1"', "Tue, 10 Jun 2003 04:00:00 GMT"
    if h.headers.get("If-None-Match") == etag:
        h.send(304, headers=[("ETag", etag)])
        return
    h.send(200, fixture("feed.xml"), headers=[("ETag", etag),
                                              ("Last-Modified", lm)])


def since(h):
    """Last-Modified only."""
    lm = "Wed, 11 Jun 2003 05:00:00 GMT"
    if h.headers.get("If-Modified-Since") == lm:
        h.send(304)
        return
    h.send(200, fixture("feed.xml"), headers=[("Last-Modified", lm)])


def growing(h):
    """Two items at first, then a third and a changed first."""
    name = "feed.xml" if HITS["/growing.xml"] == 1 else "feed-more.xml"
    h.send(200, fixture(name))


def gz(h):
    if "gzip" not in h.headers.get("Accept-Encoding", ""):
        h.send(406, b"gzip only", "text/plain")
        return
    h.send(200, gzip.compress(fixture("feed.xml")),
           headers=[("Content-Encoding", "gzip")])


def slow(h):
    time.sleep(4)
    h.send(200, fixture("feed.xml"))


def hang(h):
    """A feed at first; then an answer that never comes, announced in a
    file beside PORTFILE so that a test knows the request is waiting."""
    if HITS["/hang.xml"] == 1:
        h.send(200, fixture("feed.xml"))
        return
    with open(sys.argv[1] + ".hang", "w") as f:
        f.write("waiting\n")
    time.sleep(20)
    try:
        h.send(200, fixture("feed.xml"))
    except (BrokenPipeError, ConnectionResetError):
        pass


def huge(h):
    chunk = b"<!-- " + b"x" * 65536 + b" -->\n"
    total = 80 << 20
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    sent = 0
    try:
        h.wfile.write(b"<html><body>")
        while sent < total:
            h.wfile.write(chunk)
            sent += len(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass
    h.close_connection = True


ROUTES = {
    "/feed.xml": feed,
    "/since.xml": since,
    "/growing.xml": growing,
    "/gzip.xml": gz,
    "/page.html": lambda h: h.send(200, fixture("page.html"),
                                   "text/html; charset=utf-8"),
    "/koi8.html": lambda h: h.send(
        200, "<html><head><title>\u041a\u0430\u0444\u0435 tables</title>"
        "</head><body><p>The caf\u00e9s of the old town may keep their "
        "tables outside until midnight, the council decided.</p></body>"
        "</html>".replace("\u00e9", "e").encode("koi8-r"),
        "text/html; charset=koi8-r"),
    "/truncated.xml": lambda h: h.send(200, fixture("feed.xml")[:300]),
    "/garbage": lambda h: h.send(200, b"\x00\x01\x02 not a feed \xff" * 50,
                                 "application/octet-stream"),
    "/fail": lambda h: h.send(500, b"internal error", "text/plain"),
    "/redirect": lambda h: h.send(302, headers=[("Location", "/feed.xml")]),
    "/loop": lambda h: h.send(302, headers=[("Location", "/loop")]),
    "/slow.xml": slow,
    "/hang.xml": hang,
    "/huge.html": huge,
}


def main():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    threading.Timer(120, lambda: os._exit(0)).start()
    srv.serve_forever()


if __name__ == "__main__":
    main()
