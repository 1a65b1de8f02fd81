#!/usr/bin/env python3
"""Canned HTTP server for claimex's network tests, on 127.0.0.1 only.

usage: server.py PORTFILE [--lifetime SECS] [--robots MODE]

Binds an ephemeral port, writes it to PORTFILE, serves the routes below
and exits by itself after --lifetime seconds (default 300), so a test that
dies cannot leave it running. Standard library only.

Cron-mode routes (tests/cron.sh):
  /robots.txt          MODE rules (default): "*" may fetch nothing, the
                       claimex group may fetch all but /private/ (except
                       /private/ok*) with Crawl-delay 0; 404; 500; deny
                       (claimex may fetch nothing); huge: "Disallow: /"
                       for all first, then 64 MB of comment lines (the
                       bytes actually sent are at /_robots_sent); cut:
                       "Allow: /" for all, then the connection closes
                       before the promised Content-Length
  /feed.rss /feed.atom /feed.rdf
                       feeds of /a/N.txt items (see FEED_ITEMS) with
                       ETag/Last-Modified and 304; feed.rss also lists a
                       dead link, a robots-forbidden page and, once
                       /_ctl/add-item was called, /a/new.txt
  /a/NAME.txt          a plain-text article made from NAME, with ETag,
                       Last-Modified and 304 on a match; /a/dead.txt 404
  /private/NAME.txt    an article robots.txt forbids
  /flaky/NAME          500 the first time, then the article
  /slow-art/NAME       the article after SLOW seconds (/_ctl/fast: 0)
  /ph/NAME             the article after 0.3 s (per-host limit test)
  /dated/YYYY-MM-DD/NAME  an article with that dateline
  /xxe.rss             an RSS feed of /a/one.txt whose title is an
                       external entity (file:///etc/passwd)
  /laughs.rss          an RSS feed of /a/one.txt, two, three whose second
                       item's title is a billion-laughs entity
  /big-feed            an RSS feed of /a/bN.txt items (?n=COUNT)
  /_hits               JSON: {"paths": {path: {status: count}},
                       "max": {prefix: most concurrent requests}}
  /list.rss?i=P1,P2    a feed of the paths given
  /sitemap.xml         a Google news sitemap of /a/N.txt items and a
                       robots-forbidden page (tests/sitemap.sh)
  /sitemap2.xml        a plain sitemap (no namespace) of two more items
  /sitemap-index.xml   an index of /sitemap.xml and /sitemap2.xml
  /index-N.xml         an index of /index-(N+1).xml, down to
                       /index-3.xml, which lists /sitemap2.xml
  /feed.json           a JSON Feed 1.1 of /a/N.txt items
  /_ctl/add-item /_ctl/fast /_ctl/slow /_ctl/reset
"""
import gzip
import hashlib
import http.server
import json
import os
import socketserver
import sys
import threading
import time
from email.utils import formatdate

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


ROBOTS = {
    "rules": b"User-agent: *\nDisallow: /\n\n"
             b"User-agent: claimex\nDisallow: /private/\nAllow: /private/ok\n"
             b"Crawl-delay: 0\n",
    "deny": b"User-agent: claimex\nDisallow: /\n",
}
FEED_ITEMS = ["one", "two", "three", "four", "five"]
LAST_MODIFIED = formatdate(1700000000, usegmt=True)
SLOW = 20


class State:
    """What the tests can see and switch, shared by the handler threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.hits = {}        # path -> {status: count}
        self.active = {}      # prefix -> current concurrent requests
        self.max = {}         # prefix -> most concurrent requests
        self.flaky = set()    # names that already failed once
        self.new_item = False
        self.fast = False
        self.robots = "rules"
        self.robots_sent = 0  # bytes of the huge robots.txt written


STATE = State()


def article_text(name, dateline=None):
    n = sum(name.encode()) % 90 + 10
    head = "Report %s\n\n" % name
    if dateline:
        head += "date %s\n\n" % dateline
    return (head +
            "The ministry said on Tuesday that the %s project would cost "
            "$%d billion over ten years, officials said in a statement.\n\n"
            "Critics said the figure for %s was far higher than the "
            "estimate given last year.\n" % (name, n, name)).encode()


def laughs():
    """An RSS feed whose second item's title is a billion-laughs entity."""
    ents, prev = '<!ENTITY lol "lol">', "lol"
    for i in range(1, 10):
        ents += '<!ENTITY lol%d "%s">' % (i, ("&%s;" % prev) * 10)
        prev = "lol%d" % i
    return ('<?xml version="1.0"?>\n<!DOCTYPE rss [%s]>\n'
            '<rss version="2.0"><channel><title>Laughs</title>'
            "<item><link>/a/one.txt</link></item>"
            "<item><title>&lol9;</title><link>/a/two.txt</link></item>"
            "<item><link>/a/three.txt</link></item>"
            "</channel></rss>\n" % ents).encode()


def rss(port, extra):
    items = ["/a/%s.txt" % n for n in FEED_ITEMS] + ["/a/dead.txt", "/private/secret.txt"]
    if extra:
        items.append("/a/new.txt")
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
           "<title>Test feed</title><link>http://127.0.0.1:%d/</link>" % port]
    for i, it in enumerate(items):
        # Relative links: the reader must resolve them against the feed.
        out.append("<item><title>Item %d</title><link>%s</link>"
                   "<pubDate>Mon, 0%d Jan 2024 10:00:00 GMT</pubDate></item>"
                   % (i, it if i % 2 else "http://127.0.0.1:%d%s" % (port, it), i % 9 + 1))
    out.append("</channel></rss>")
    return "".join(out).encode()


def sitemap(port):
    out = ['<?xml version="1.0" encoding="UTF-8"?>'
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">']
    for i, n in enumerate(["a/" + n for n in FEED_ITEMS[:3]] + ["private/sm"]):
        out.append("<url><loc>http://127.0.0.1:%d/%s.txt</loc>"
                   "<lastmod>2024-02-0%d</lastmod><news:news><news:publication>"
                   "<news:name>Test</news:name><news:language>en</news:language>"
                   "</news:publication><news:publication_date>2024-01-1%dT08:00:00Z"
                   "</news:publication_date><news:title>Item %d</news:title>"
                   "</news:news></url>" % (port, n, i + 1, i, i))
    out.append("</urlset>")
    return "".join(out).encode()


def json_feed(port):
    items = [{"id": "item-%s" % n, "url": "http://127.0.0.1:%d/a/%s.txt" % (port, n),
              "title": n, "date_published": "2024-01-05T10:00:00Z"}
             for n in FEED_ITEMS[3:]]
    # an item whose id is its URL and has no url
    items.append({"id": "http://127.0.0.1:%d/a/jsonid.txt" % port})
    return json.dumps({"version": "https://jsonfeed.org/version/1.1",
                       "title": "JSON test", "items": items}).encode()


def atom():
    out = ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
           "<title>Atom test</title>"]
    for n in FEED_ITEMS[:3]:
        out.append('<entry><title>%s</title><link rel="alternate" href="/a/%s.txt"/>'
                   '<link rel="edit" href="/edit/%s"/>'
                   "<updated>2024-01-02T10:00:00Z</updated></entry>" % (n, n, n))
    out.append("</feed>")
    return "".join(out).encode()


def rdf():
    out = ['<?xml version="1.0"?><rdf:RDF '
           'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           "<channel><title>RDF test</title></channel>"]
    for n in FEED_ITEMS[3:]:
        out.append('<item rdf:about="/a/%s.txt"><title>%s</title>'
                   "<dc:date>2024-01-03</dc:date></item>" % (n, n))
    out.append("</rdf:RDF>")
    return "".join(out).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: without TCP_NODELAY each
    # keep-alive response waits 40 ms for a delayed ACK.
    disable_nagle_algorithm = True

    def log_message(self, fmt, *args):  # keep test output clean
        pass

    def send_response(self, code, message=None):
        p = self.path.split("?")[0]
        if not p.startswith("/_"):
            with STATE.lock:
                d = STATE.hits.setdefault(p, {})
                d[str(code)] = d.get(str(code), 0) + 1
        super().send_response(code, message)

    def cached(self, body, ctype):
        """200 with validators, or 304 when the client's match."""
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm == etag or (inm is None and ims == LAST_MODIFIED):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send(200, body, ctype, headers=[("ETag", etag),
                                              ("Last-Modified", LAST_MODIFIED)])

    def huge_robots(self):
        head = b"User-agent: *\nDisallow: /\n"
        line = b"# " + b"padding " * 12 + b"\n"
        chunk = line * (65536 // len(line))
        total = 64 << 20
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(head) + total))
        self.end_headers()
        sent = 0
        try:
            self.wfile.write(head)
            while sent < total:
                part = chunk[:total - sent]
                self.wfile.write(part)
                sent += len(part)
                with STATE.lock:
                    STATE.robots_sent = sent
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def tracked(self, prefix, fn):
        with STATE.lock:
            STATE.active[prefix] = STATE.active.get(prefix, 0) + 1
            STATE.max[prefix] = max(STATE.max.get(prefix, 0), STATE.active[prefix])
        try:
            fn()
        finally:
            with STATE.lock:
                STATE.active[prefix] -= 1

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
        if not self.cron_route(p):
            self.canned(p)

    def cron_route(self, p):
        port = self.server.server_address[1]
        text = "text/plain; charset=utf-8"
        if p == "/robots.txt":
            mode = STATE.robots
            if mode == "404":
                self.send(404, b"none")
            elif mode == "500":
                self.send(500, b"oops")
            elif mode == "huge":
                self.huge_robots()
            elif mode == "cut":
                self.send_response(200)
                self.send_header("Content-Type", text)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b"User-agent: *\nAllow: /\n")
                self.close_connection = True
            else:
                self.send(200, ROBOTS[mode], text)
        elif p == "/xxe.rss":
            self.send(200, b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY '
                      b'xxe SYSTEM "file:///etc/passwd">]><rss version="2.0">'
                      b"<channel><item><title>&xxe;</title><link>/a/one.txt"
                      b"</link></item></channel></rss>\n",
                      "application/rss+xml")
        elif p == "/laughs.rss":
            self.send(200, laughs(), "application/rss+xml")
        elif p == "/_robots_sent":
            with STATE.lock:
                n = STATE.robots_sent
            self.send(200, str(n).encode(), text)
        elif p == "/_hits":
            with STATE.lock:
                body = json.dumps({"paths": STATE.hits, "max": STATE.max},
                                  sort_keys=True).encode()
            self.send(200, body, "application/json")
        elif p == "/_ctl/add-item":
            STATE.new_item = True
            self.send(200, b"ok", text)
        elif p == "/_ctl/fast":
            STATE.fast = True
            self.send(200, b"ok", text)
        elif p == "/_ctl/slow":
            STATE.fast = False
            self.send(200, b"ok", text)
        elif p == "/list.rss":
            # /list.rss?i=a/x.txt,slow-art/y: a feed of those paths
            paths = self.path.split("i=", 1)[1].split(",") if "i=" in self.path else []
            items = "".join("<item><link>/%s</link></item>" % q for q in paths)
            self.cached(("<rss version='2.0'><channel>%s</channel></rss>" % items).encode(),
                        "application/rss+xml")
        elif p == "/_ctl/reset":
            with STATE.lock:
                STATE.hits.clear()
                STATE.max.clear()
            self.send(200, b"ok", text)
        elif p == "/feed.rss":
            self.cached(rss(port, STATE.new_item), "application/rss+xml")
        elif p == "/sitemap.xml":
            self.cached(sitemap(port), "application/xml")
        elif p == "/sitemap2.xml":
            self.cached(("<urlset><url><loc>http://127.0.0.1:%d/a/sm1.txt</loc></url>"
                         "<url><loc>http://127.0.0.1:%d/a/sm2.txt</loc></url></urlset>"
                         % (port, port)).encode(), "text/xml")
        elif p == "/sitemap-index.xml":
            self.cached(('<?xml version="1.0"?><sitemapindex '
                         'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                         "<sitemap><loc>http://127.0.0.1:%d/sitemap.xml</loc></sitemap>"
                         "<sitemap><loc>http://127.0.0.1:%d/sitemap2.xml</loc></sitemap>"
                         "</sitemapindex>" % (port, port)).encode(), "application/xml")
        elif p.startswith("/index-") and p.endswith(".xml"):
            k = int(p[7:-4])
            nxt = "/index-%d.xml" % (k + 1) if k < 3 else "/sitemap2.xml"
            self.cached(("<sitemapindex><sitemap><loc>http://127.0.0.1:%d%s</loc>"
                         "</sitemap></sitemapindex>" % (port, nxt)).encode(), "text/xml")
        elif p == "/feed.json":
            self.cached(json_feed(port), "application/feed+json")
        elif p == "/feed.atom":
            self.cached(atom(), "application/atom+xml")
        elif p == "/feed.rdf":
            self.cached(rdf(), "application/rdf+xml")
        elif p == "/big-feed":
            n = int(self.path.split("n=")[1]) if "n=" in self.path else 200
            items = "".join("<item><link>/a/b%d.txt</link></item>" % i for i in range(n))
            self.send(200, ("<rss version='2.0'><channel>%s</channel></rss>" % items).encode(),
                      "text/xml")
        elif p == "/a/dead.txt":
            self.send(404, b"gone", text)
        elif p.startswith("/a/") and p.endswith(".txt"):
            # held 20 ms so that concurrent requests overlap in the server
            # however busy the machine is (the concurrency tests count them)
            self.tracked("/a/", lambda: (time.sleep(0.02),
                                         self.cached(article_text(p[3:-4]), text)))
        elif p.startswith("/private/"):
            self.send(200, article_text("private"), text)
        elif p.startswith("/flaky/"):
            name = p[7:]
            with STATE.lock:
                first = name not in STATE.flaky
                STATE.flaky.add(name)
            if first:
                self.send(500, b"try again", text)
            else:
                self.send(200, article_text("flaky-" + name), text)
        elif p.startswith("/slow-art/"):
            if not STATE.fast:
                for _ in range(SLOW * 10):
                    if STATE.fast:
                        break
                    time.sleep(0.1)
            self.send(200, article_text("slow-" + p[10:]), text)
        elif p.startswith("/ph/"):
            def slow_article():
                time.sleep(0.3)
                self.send(200, article_text("ph-" + p[4:]), text)
            self.tracked("/ph/", slow_article)
        elif p.startswith("/dated/"):
            _, _, date, name = p.split("/", 3)
            self.send(200, article_text(name, date), text)
        else:
            return False
        return True

    def canned(self, p):
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
        elif p in ("/slow", "/slow-body"):
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
    request_queue_size = 128

    def handle_error(self, request, client_address):
        # A client that gave up (timeout, cap, kill -9) is part of the
        # tests; anything else is still reported.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)

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
    if "--robots" in sys.argv:
        STATE.robots = sys.argv[sys.argv.index("--robots") + 1]
    srv = Server(("127.0.0.1", 0), Handler)
    tmp = portfile + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(tmp, portfile)
    threading.Timer(lifetime, srv.shutdown).start()
    srv.serve_forever()


if __name__ == "__main__":
    main()
