#!/usr/bin/env python3
"""Canned HTTP server for claimex's network tests, on 127.0.0.1 only.

usage: server.py PORTFILE [--lifetime SECS]

Binds an ephemeral port, writes it to PORTFILE, serves the routes below
and exits by itself after --lifetime seconds (default 300), so a test that
dies cannot leave it running. Standard library only.
"""
import gzip
import http.server
import os
import socketserver
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))

ARTICLE = (b"<!doctype html><html lang=en><head><meta charset=utf-8>"
           b"<title>Talks stall - The Test Herald</title>"
           b"<meta property='og:site_name' content='The Test Herald'>"
           b"<meta property='article:published_time' content='2019-11-19T08:00:00Z'>"
           b"<link rel=canonical href='/news/talks-stall'></head><body>"
           b"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
           b"<article><h1>Talks stall</h1>"
           b"<p>The United States asked South Korea to pay nearly $5 billion a year "
           b"for the 28,500 American troops stationed there, officials said on Tuesday.</p>"
           b"<p>Seoul currently pays about $890 million, and negotiators said the gap "
           b"between the two sides remained wide after two days of talks.</p>"
           b"</article><footer>Copyright The Test Herald</footer></body></html>")

CP1252 = ("<html><head><title>Caf\u00e9 prices</title></head><body><article>"
          "<p>The caf\u00e9 said prices rose by \u20ac2 \u2014 \u201cquite a lot\u201d, "
          "the owner said, and customers were not happy about it at all.</p>"
          "<p>A second paragraph keeps the article long enough to be found.</p>"
          "</article></body></html>").encode("cp1252")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # keep test output clean
        pass

    def send(self, status, body, ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        p = self.path.split("?")[0]
        ua = self.headers.get("User-Agent", "")
        if p == "/article.html":
            self.send(200, ARTICLE)
        elif p == "/ua":
            # Only claimex's own User-Agent gets the article.
            if ua.startswith("claimex/"):
                self.send(200, ARTICLE)
            else:
                self.send(403, b"forbidden")
        elif p == "/plain.txt":
            self.send(200, b"A headline\n\nSome plain text that the test reads "
                      b"back, with $4.7 billion in it.\n", "text/plain; charset=utf-8")
        elif p == "/cp1252":
            self.send(200, CP1252, "text/html; charset=windows-1252")
        elif p == "/gzip":
            self.send(200, gzip.compress(ARTICLE), headers=[("Content-Encoding", "gzip")])
        elif p == "/badgzip":
            self.send(200, b"\x1f\x8b\x08\x00this is not gzip at all" * 10,
                      headers=[("Content-Encoding", "gzip")])
        elif p == "/404":
            self.send(404, b"<html><body>not found</body></html>")
        elif p == "/500":
            self.send(500, b"<html><body>oops</body></html>")
        elif p == "/redirect":
            self.send(301, b"", headers=[("Location", "/article.html")])
        elif p == "/loop":
            self.send(302, b"", headers=[("Location", "/loop")])
        elif p == "/to-file":
            self.send(302, b"", headers=[("Location", "file:///etc/passwd")])
        elif p == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b"<p>slow</p>")
                    self.wfile.flush()
                    time.sleep(0.5)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif p == "/huge":
            body = b"<html><body><p>" + b"x" * (3 * 1000 * 1000) + b"</p></body></html>"
            self.send(200, body)
        elif p == "/huge-chunked":
            # No Content-Length: the cap must work while streaming.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(300):
                    self.wfile.write(b"y" * 10000)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
        elif p == "/empty":
            self.send(200, b"")
        else:
            self.send(404, b"no such route")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # A client that hangs up on purpose (size caps, timeouts) is the
        # point of several tests, not an error worth a traceback.
        exc = sys.exc_info()[1]
        if not isinstance(exc, (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


def main():
    portfile = sys.argv[1]
    lifetime = 300.0
    if "--lifetime" in sys.argv:
        lifetime = float(sys.argv[sys.argv.index("--lifetime") + 1])
    srv = Server(("127.0.0.1", 0), Handler)
    tmp = portfile + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(tmp, portfile)
    threading.Timer(lifetime, srv.shutdown).start()
    srv.serve_forever()


if __name__ == "__main__":
    main()
